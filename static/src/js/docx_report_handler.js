/** @odoo-module **/
/**
 * Print menu of the emulation_commendation reports.
 *
 * - Word (.docx) reports (report_type "docx"): downloads
 *   /report/docx/<report_name>/<ids> through /report/download, as the web
 *   client does for "qweb-pdf" (the server renders the docxtpl template, see
 *   controllers/report.py). An error (e.g. a broken custom template) comes
 *   back from the download as the server's message.
 * - Certificates on blanks (report names "emulation_commendation.blank_*"):
 *   their PDF is drawn by reportlab at true size, so they are downloaded
 *   without asking whether wkhtmltopdf works.
 */
import { registry } from "@web/core/registry";
import { download } from "@web/core/network/download";
import { user } from "@web/core/user";
import { getReportUrl } from "@web/webclient/actions/reports/utils";

const BLANK_PREFIX = "emulation_commendation.blank_";

export async function docxReportHandler(action, options, env) {
    let type;
    if (action.report_type === "docx") {
        type = "docx";
    } else if (
        action.report_type === "qweb-pdf" &&
        (action.report_name || "").startsWith(BLANK_PREFIX)
    ) {
        type = "pdf";
    } else {
        return false;
    }
    const url = getReportUrl(action, type, user.context);
    const context = { ...user.context, ...(action.context || {}) };
    env.services.ui.block();
    try {
        await download({
            url: "/report/download",
            data: {
                data: JSON.stringify([url, type === "docx" ? "docx" : "qweb-pdf"]),
                context: JSON.stringify(context),
            },
        });
    } finally {
        env.services.ui.unblock();
    }
    const { onClose } = options;
    if (action.close_on_report_download) {
        return env.services.action.doAction(
            { type: "ir.actions.act_window_close" },
            { onClose }
        );
    }
    if (onClose) {
        onClose();
    }
    return true;
}

registry
    .category("ir.actions.report handlers")
    .add("emulation_commendation_docx", docxReportHandler);
