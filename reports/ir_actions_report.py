"""Report types of the official documents.

Word (.docx): the report type ``docx`` (rendered by ``_render_docx`` from a
docxtpl template, see ``emulation.docx.template``).

Certificates on pre-printed blanks: drawn by reportlab (reports/blank_pdf.py).

The workaround for a wkhtmltopdf without patched Qt (zoom, page numbers) is in
reports/wkhtmltopdf_compat.py.
"""

import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

# Reports whose PDF is drawn by reportlab at true size (certificates on
# pre-printed blanks), not by wkhtmltopdf: see reports/blank_pdf.py.
BLANK_REPORT_PREFIX = "emulation_commendation.blank_"


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    report_type = fields.Selection(
        selection_add=[("docx", "Word (.docx)")], ondelete={"docx": "cascade"}
    )

    # ------------------------------------------------------------------
    # Word (.docx)
    # ------------------------------------------------------------------
    @api.model
    def _render_docx(self, report_ref, res_ids, data=None):
        """Render a Word report: ``(bytes, "docx")``.

        The values come from the model ``report.<report_name>`` (see
        ``emulation.docx.report``), one dict per record; the template is the
        report's ``emulation.docx.template`` (custom or default). Several
        records give one .docx, each document in its own section."""
        report = self._get_report(report_ref)
        if report.report_type != "docx":
            raise UserError(
                self.env._("“%(report)s” is not a Word document.", report=report.name)
            )
        if isinstance(res_ids, int):
            res_ids = [res_ids]
        values_model = self.env.get("report.%s" % report.report_name)
        if values_model is None:
            raise UserError(
                self.env._(
                    "“%(report)s” has no values to fill its Word template in.",
                    report=report.name,
                )
            )
        documents = values_model.with_context(
            active_model=report.model
        )._get_docx_documents(res_ids or [], data=data)
        template_report = report
        if values_model._docx_template_report:
            template_report = self.env.ref(values_model._docx_template_report).sudo()
        template = self.env["emulation.docx.template"]._for_report(template_report)
        return template._render_documents(documents), "docx"

    # ------------------------------------------------------------------
    # Certificates on blanks: true-size PDF, without wkhtmltopdf
    # ------------------------------------------------------------------
    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        report = self._get_report(report_ref)
        if (report.report_name or "").startswith(BLANK_REPORT_PREFIX):
            return self._render_blank_pdf(report, res_ids), "pdf"
        return super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)

    def _render_blank_pdf(self, report, res_ids):
        """The certificates of the awards behind these records, each on the
        blank of its title or form; or the calibration sheet of blanks."""
        if isinstance(res_ids, int):
            res_ids = [res_ids]
        records = self.env[report.model].browse(res_ids or [])
        records.check_access("read")
        Blank = self.env["commendation.certificate.blank"]
        if report.model == Blank._name:
            return records._render_calibration_pdf()
        if report.model == "commendation.award":
            awards = records
        elif "award_ids" in records._fields:
            awards = records.mapped("award_ids")
        else:
            raise UserError(
                self.env._(
                    "“%(report)s” cannot print certificates of %(model)s.",
                    report=report.name,
                    model=report.model,
                )
            )
        return Blank._render_awards_pdf(awards)
