from odoo import api, fields, models
from odoo.exceptions import UserError

# The moves of the round that need a reason, by model.
REASON_ACTIONS = {
    "commendation.dossier": ("return", "reject"),
    "commendation.dossier.line": ("drop", "override"),
    "commendation.decision": ("cancel",),
    "commendation.proposal": ("return",),
}


class CommendationRoundReasonWizard(models.TransientModel):
    """Asks the reason of a move (return, reject, drop, override, cancel) and
    then calls ``action_<action>(reason=...)`` on the records."""

    _name = "commendation.round.reason.wizard"
    _description = "Reason of a Move"

    res_model = fields.Char(required=True)
    res_ids = fields.Char(required=True)
    action = fields.Char(required=True)
    reason = fields.Text(required=True)
    record_names = fields.Text(compute="_compute_record_names", string="Records")

    @api.depends("res_model", "res_ids")
    def _compute_record_names(self):
        for wizard in self:
            wizard.record_names = "\n".join(wizard._records().mapped("display_name"))

    def _records(self):
        self.ensure_one()
        if self.action not in REASON_ACTIONS.get(self.res_model, ()):
            raise UserError(self.env._("This move does not take a reason."))
        ids = [int(i) for i in (self.res_ids or "").split(",") if i.strip()]
        return self.env[self.res_model].browse(ids).exists()

    def action_confirm(self):
        self.ensure_one()
        getattr(self._records(), f"action_{self.action}")(reason=self.reason)
        return {"type": "ir.actions.act_window_close"}
