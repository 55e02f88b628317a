from odoo import fields, models


class CommendationDossierReasonWizard(models.TransientModel):
    _name = "commendation.dossier.reason.wizard"
    _description = "Return or Reject a Dossier"

    dossier_ids = fields.Many2many("commendation.dossier", string="Dossiers")
    mode = fields.Selection(
        [("returned", "Return to the Unit"), ("rejected", "Reject")],
        required=True,
        default="returned",
    )
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        if self.mode == "returned":
            self.dossier_ids.action_return(reason=self.reason)
        else:
            self.dossier_ids.action_reject(reason=self.reason)
        return {"type": "ir.actions.act_window_close"}
