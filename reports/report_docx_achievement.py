from odoo import api, models


class ReportDocxAchievement(models.AbstractModel):
    """Báo cáo thành tích (Word), for an individual, a collective or a foreign
    recipient: the same values as the PDF (``report_achievement``)."""

    _name = "report.emulation_commendation.docx_achievement"
    _inherit = "emulation.docx.report"
    _description = "Achievement Report (Word)"
    _docx_model = "commendation.dossier.line"
    _docx_extra_keys = ("kind", "recipient_name", "number_line")

    @api.model
    def _get_docx_documents(self, docids, data=None):
        lines = self.env[self._docx_model].browse(docids or [])
        return self._line_documents(lines)

    def _line_documents(self, lines):
        values = self.env[
            "report.emulation_commendation.report_achievement"
        ]._achievement_values(lines)
        return [values[line.id] for line in lines]
