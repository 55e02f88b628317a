/** @odoo-module **/
/*
 * The Print menu downloads a Word document: run by tests/test_docx_http.py on
 * a plan it creates. The tour watches the browser's download request (the
 * web client downloads through XMLHttpRequest) and waits for the answer: a
 * .docx named after the plan.
 */
import { registry } from "@web/core/registry";
import { browser } from "@web/core/browser/browser";

export const TOUR_DOCX = {
    plan: "Tour: kế hoạch Word",
    report: "Plan (Kế hoạch, Word)",
    fileName: "KH-77-2025-Thi-dua-khen-thuong.docx",
};

function watchDownloads() {
    const Original = browser.XMLHttpRequest;
    browser.XMLHttpRequest = class extends Original {
        open(method, url, ...args) {
            this.ecUrl = String(url);
            return super.open(method, url, ...args);
        }
        send(body) {
            if (this.ecUrl.includes("/report/download")) {
                this.addEventListener("loadend", () => {
                    const type = this.getResponseHeader("Content-Type") || "";
                    const name = this.getResponseHeader("Content-Disposition") || "";
                    document.body.dataset.ecDownload = `${this.status} ${type} ${name}`;
                });
            }
            return super.send(body);
        }
    };
}

registry.category("web_tour.tours").add("emulation_commendation_docx_print_tour", {
    url: "/odoo/emulation-plans",
    steps: () => [
        {
            content: "The plans are listed",
            trigger: `.o_data_row td[name="name"]:contains("${TOUR_DOCX.plan}")`,
            run() {
                watchDownloads();
            },
        },
        {
            content: "Select the plan",
            trigger: `.o_data_row:has(td[name="name"]:contains("${TOUR_DOCX.plan}")) .o_list_record_selector input`,
            run: "click",
        },
        {
            content: "Open the Print menu",
            trigger: ".o_cp_action_menus button:has(.fa-print)",
            run: "click",
        },
        {
            content: "Print the plan as Word",
            trigger: `.o-dropdown-item:contains("${TOUR_DOCX.report}")`,
            run: "click",
        },
        {
            content: "The server answered with the .docx of the plan",
            trigger: `body[data-ec-download^="200 application/vnd.openxmlformats-officedocument.wordprocessingml.document"][data-ec-download*="${TOUR_DOCX.fileName}"]`,
        },
        {
            content: "The screen is usable again",
            trigger: "body:not(:has(.o_blockUI))",
        },
    ],
});
