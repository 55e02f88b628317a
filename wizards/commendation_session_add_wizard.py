from odoo import api, fields, models


class CommendationSessionAddWizard(models.TransientModel):
    """Puts the verified lines of the chosen dossiers on a session's agenda."""

    _name = "commendation.session.add.wizard"
    _description = "Add Dossiers to a Council Session"

    session_id = fields.Many2one(
        "commendation.council.session", required=True, ondelete="cascade"
    )
    year = fields.Integer(related="session_id.year")
    candidate_dossier_ids = fields.Many2many(
        "commendation.dossier",
        "commendation_session_add_wizard_candidate_rel",
        compute="_compute_candidate_dossier_ids",
    )
    dossier_ids = fields.Many2many(
        "commendation.dossier",
        string="Dossiers",
        domain="[('id', 'in', candidate_dossier_ids)]",
    )

    @api.depends("session_id")
    def _compute_candidate_dossier_ids(self):
        Dossier = self.env["commendation.dossier"]
        for wizard in self:
            wizard.candidate_dossier_ids = (
                Dossier.search(wizard.session_id._year_dossier_domain())
                if wizard.session_id
                else Dossier
            )

    def action_confirm(self):
        self.ensure_one()
        self.session_id.action_add_dossiers(self.dossier_ids)
        return {"type": "ir.actions.act_window_close"}

    def action_add_all(self):
        self.ensure_one()
        self.session_id.action_add_year_dossiers()
        return {"type": "ir.actions.act_window_close"}
