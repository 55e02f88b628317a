"""Report types of the official documents.

Word (.docx): the report type ``docx`` (rendered by ``_render_docx`` from a
docxtpl template, see ``emulation.docx.template``).

Page numbers of the official documents when wkhtmltopdf cannot print headers.

Decree 30 numbers the pages from the second one, centred in the top margin. The
layout puts the number in a wkhtmltopdf header (hidden on the first page), which
needs a wkhtmltopdf built with patched Qt. A build with unpatched Qt ignores
--header-html; then each document is rendered on its own and the numbers are
stamped on its pages 2..n.
"""

import io
import logging
import subprocess

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.pdf import PdfFileReader, PdfFileWriter, merge_pdf

_logger = logging.getLogger(__name__)

# Reports whose PDF is drawn by reportlab at true size (certificates on
# pre-printed blanks), not by wkhtmltopdf: see reports/blank_pdf.py.
BLANK_REPORT_PREFIX = "emulation_commendation.blank_"

ND30_PAPERFORMAT = "emulation_commendation.paperformat_nd30_portrait"
ND30_PAPERFORMATS = (
    ND30_PAPERFORMAT,
    "emulation_commendation.paperformat_nd30_landscape",
)
# wkhtmltopdf with unpatched Qt always shrinks the page (--disable-smart-shrinking
# is ignored): 100 mm in CSS come out as 77.2 mm. A CSS zoom gives the sizes back,
# so that 14 pt stays 14 pt and the certificate fills its A4 sheet.
UNPATCHED_QT_ZOOM = 1.2953

_patched_qt = None


def _wkhtmltopdf_has_patched_qt(binary):
    global _patched_qt
    if _patched_qt is None:
        try:
            output = subprocess.run(
                [binary, "--version"], capture_output=True, text=True, timeout=20
            ).stdout
        except (OSError, subprocess.SubprocessError):
            output = ""
        _patched_qt = "patched qt" in output.lower()
    return _patched_qt


def stamp_page_numbers(pdf_content, top_mm=10.0, font_size=13):
    """Write 2, 3, ... centred at the top of every page but the first."""
    reader = PdfFileReader(io.BytesIO(pdf_content), strict=False)
    if reader.getNumPages() < 2:
        return pdf_content
    writer = PdfFileWriter()
    for index in range(reader.getNumPages()):
        page = reader.getPage(index)
        if index:
            width = float(page.mediabox.width)
            height = float(page.mediabox.height)
            packet = io.BytesIO()
            can = canvas.Canvas(packet, pagesize=(width, height))
            can.setFont("Times-Roman", font_size)
            can.drawCentredString(width / 2.0, height - top_mm * mm, str(index + 1))
            can.save()
            packet.seek(0)
            page.mergePage(PdfFileReader(packet, strict=False).getPage(0))
        writer.addPage(page)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


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

    # ------------------------------------------------------------------
    # PDF through wkhtmltopdf
    # ------------------------------------------------------------------

    def _emulation_paperformat(self, report_ref):
        """The xml id of our paper format used by the report when wkhtmltopdf
        has unpatched Qt (else False: nothing to compensate)."""
        if not report_ref:
            return False
        report = self._get_report(report_ref)
        paperformat = report.paperformat_id
        xmlid = paperformat.get_external_id().get(paperformat.id) if paperformat else ""
        if xmlid not in ND30_PAPERFORMATS:
            return False
        from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin

        if _wkhtmltopdf_has_patched_qt(_get_wkhtmltopdf_bin()):
            return False
        return xmlid

    def _run_wkhtmltopdf(
        self,
        bodies,
        report_ref=False,
        header=None,
        footer=None,
        landscape=False,
        specific_paperformat_args=None,
        set_viewport_size=False,
    ):
        paperformat = self._emulation_paperformat(report_ref)
        if paperformat:
            style = (
                "<style>.o_nd30, .o_nd30_cert { zoom: %s; }</style></head>"
                % UNPATCHED_QT_ZOOM
            )
            bodies = [str(body).replace("</head>", style, 1) for body in bodies]
        if paperformat != ND30_PAPERFORMAT:
            return super()._run_wkhtmltopdf(
                bodies,
                report_ref=report_ref,
                header=header,
                footer=footer,
                landscape=landscape,
                specific_paperformat_args=specific_paperformat_args,
                set_viewport_size=set_viewport_size,
            )
        documents = []
        for body in bodies:
            pdf = super()._run_wkhtmltopdf(
                [body],
                report_ref=report_ref,
                header=None,
                footer=None,
                landscape=landscape,
                specific_paperformat_args=specific_paperformat_args,
                set_viewport_size=set_viewport_size,
            )
            documents.append(stamp_page_numbers(pdf))
        return documents[0] if len(documents) == 1 else merge_pdf(documents)
