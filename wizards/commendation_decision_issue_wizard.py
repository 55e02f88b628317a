from odoo import fields, models

from ..models.commendation_decision_fund import OVERSPEND_CONFIRMED


class CommendationDecisionIssueWizard(models.TransientModel):
    """Asked before issuing a decision whose rewards exceed the fund's
    balance: issue all the same (the overspending is recorded and the Office
    warned), or go back and top up the fund first."""

    _name = "commendation.decision.issue.wizard"
    _description = "Issue a Decision Beyond the Fund"

    decision_id = fields.Many2one("commendation.decision", required=True)
    currency_id = fields.Many2one(related="decision_id.fund_currency_id")
    fund_id = fields.Many2one(related="decision_id.fund_id")
    amount = fields.Monetary(related="decision_id.fund_reward_estimate")
    balance = fields.Monetary(related="decision_id.fund_balance")
    warning = fields.Char(related="decision_id.fund_warning")

    def action_confirm(self):
        self.ensure_one()
        self.decision_id.with_context(**{OVERSPEND_CONFIRMED: True}).action_issue()
        return {"type": "ir.actions.act_window_close"}
