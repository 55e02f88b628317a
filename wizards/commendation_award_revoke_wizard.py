from odoo import fields, models


class CommendationAwardRevokeWizard(models.TransientModel):
    _name = "commendation.award.revoke.wizard"
    _description = "Revoke Awards"

    award_ids = fields.Many2many("commendation.award", string="Awards", required=True)
    reason = fields.Text(
        required=True,
        help="Why the award is revoked (Law on Emulation and Commendation, "
        "Article 93): e.g. false declaration of achievements.",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)

    def action_confirm(self):
        self.ensure_one()
        self.award_ids._revoke(self.reason, self.date)
        return {"type": "ir.actions.act_window_close"}
