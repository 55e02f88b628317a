from odoo import api, models


class ReportDocxDossierAchievements(models.AbstractModel):
    """The Báo cáo thành tích of every recipient of the dossiers (Word), one
    document after the other."""

    _name = "report.emulation_commendation.docx_dossier_achievements"
    _inherit = "report.emulation_commendation.docx_achievement"
    _description = "Achievement Reports of a Dossier (Word)"
    _docx_model = "commendation.dossier"
    # the same template as the report of one recipient
    _docx_template_report = (
        "emulation_commendation.action_report_dossier_line_achievement_docx"
    )

    @api.model
    def _get_docx_documents(self, docids, data=None):
        dossiers = self.env[self._docx_model].browse(docids or [])
        dossiers.check_access("read")
        return self._line_documents(dossiers.mapped("line_ids"))
