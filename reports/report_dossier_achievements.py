from odoo import api, models


class ReportDossierAchievements(models.AbstractModel):
    """The Báo cáo thành tích of every recipient proposed in the dossiers:
    individuals, collectives and foreign recipients alike."""

    _name = "report.emulation_commendation.report_dossier_achievements"
    _description = "Achievement Reports of a Dossier"

    @api.model
    def _get_report_values(self, docids, data=None):
        dossiers = self.env["commendation.dossier"].browse(docids)
        lines = dossiers.mapped("line_ids")
        return {
            "doc_ids": docids,
            "doc_model": "commendation.dossier",
            "docs": dossiers,
            "lines": lines,
            "achievements": self.env[
                "report.emulation_commendation.report_achievement"
            ]._achievement_values(lines),
        }
