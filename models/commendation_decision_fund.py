from odoo import api, fields, models

from .commendation_fund_move import SYSTEM_CONTEXT

# Context key: the user confirmed issuing beyond the fund's balance.
OVERSPEND_CONFIRMED = "commendation_fund_overspend_confirmed"


class CommendationDecision(models.Model):
    """A decision of the agency's own head pays its rewards from the agency's
    fund: issuing it records one expense, cancelling it the reversal. A
    higher body's decision is paid by that body's fund (Law on Emulation and
    Commendation 2022, Article 11(4)): nothing is recorded here."""

    _inherit = "commendation.decision"

    fund_move_ids = fields.One2many(
        "commendation.fund.move", "decision_id", string="Fund Movements"
    )
    fund_id = fields.Many2one(
        "commendation.fund",
        compute="_compute_fund_preview",
        string="Paid From",
        help="The agency's fund of the decision's year (own decisions only).",
    )
    fund_currency_id = fields.Many2one("res.currency", compute="_compute_fund_preview")
    fund_reward_estimate = fields.Monetary(
        string="Rewards to Pay",
        compute="_compute_fund_preview",
        currency_field="fund_currency_id",
        help="What issuing the decision now would take from the fund.",
    )
    fund_balance = fields.Monetary(
        compute="_compute_fund_preview",
        currency_field="fund_currency_id",
    )
    fund_warning = fields.Char(compute="_compute_fund_preview")

    @api.depends(
        "is_own", "date", "company_id", "line_ids", "state", "fund_move_ids.amount"
    )
    def _compute_fund_preview(self):
        today = fields.Date.context_today(self)
        own = self.filtered(lambda d: d.is_own and d.id)
        funds = {
            (fund.company_id.id, fund.year): fund
            for fund in self.env["commendation.fund"]
            .sudo()
            .search(
                [
                    ("company_id", "in", own.company_id.ids),
                    ("year", "in", list({(d.date or today).year for d in own})),
                ]
            )
        }
        currency = self.env["commendation.fund"]._default_currency()
        for decision in self:
            decision.fund_currency_id = currency
            decision.fund_id = False
            decision.fund_reward_estimate = 0.0
            decision.fund_balance = 0.0
            decision.fund_warning = False
            if decision not in own:
                continue
            year = (decision.date or today).year
            fund = funds.get(
                (decision.company_id.id, year), self.env["commendation.fund"]
            )
            decision.fund_id = fund
            decision.fund_balance = fund.balance
            if decision.state != "draft":
                decision.fund_reward_estimate = sum(
                    decision.fund_move_ids.filtered(
                        lambda m: m.kind == "expense"
                    ).mapped("amount")
                )
                continue
            amount = decision._fund_rewards_due()
            decision.fund_reward_estimate = amount
            if amount and amount > fund.balance:
                decision.fund_warning = decision._fund_overspend_message(
                    fund, amount, year
                )

    def _fund_rewards_due(self):
        """The rewards the decision would pay if issued now (the same rule as
        on issue: Decree 152/2025, Article 49)."""
        self.ensure_one()
        lines = self.line_ids
        if not lines:
            return 0.0
        date = self.date or fields.Date.context_today(self)
        rewards = self.env["commendation.award"]._compute_rewards(
            lines, date, self.company_id
        )
        return sum(amount for _due, amount, _rule in rewards.values())

    def _fund_overspend_message(self, fund, amount, year):
        helper = self.env["emulation.document.helper"]
        balance = fund.balance if fund else 0.0
        return self.env._(
            "Issuing %(decision)s pays %(amount)s from the fund of %(year)s, whose "
            "balance is %(balance)s: the fund would be overspent by %(over)s.",
            decision=self.display_name,
            amount=helper.money(amount),
            year=year,
            balance=helper.money(balance),
            over=helper.money(amount - balance),
        )

    # ------------------------------------------------------------------
    # Issue with the fund's check
    # ------------------------------------------------------------------
    def action_issue_checked(self):
        """The Issue button: when the rewards exceed the fund's balance, ask
        for a confirmation first; otherwise issue."""
        self.ensure_one()
        self._workflow_check("issue")
        self._check_can_issue()
        if (
            self.is_own
            and not self.env.context.get(OVERSPEND_CONFIRMED)
            and self.fund_warning
        ):
            return {
                "type": "ir.actions.act_window",
                "name": self.env._("The Fund Would Be Overspent"),
                "res_model": "commendation.decision.issue.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_decision_id": self.id},
            }
        return self.action_issue()

    def _after_issue(self):
        result = super()._after_issue()
        self._fund_record_expenses()
        return result

    def _after_cancel(self):
        result = super()._after_cancel()
        self._fund_reverse_expenses()
        return result

    def _fund_record_expenses(self):
        """One expense per own decision: the rewards of its valid awards. An
        expense that takes the balance below zero is recorded all the same,
        flagged, noted on the decision and the fund, and the Office gets an
        activity (the user was asked to confirm before issuing)."""
        Move = (
            self.env["commendation.fund.move"]
            .sudo()
            .with_context(**{SYSTEM_CONTEXT: True})
        )
        helper = self.env["emulation.document.helper"]
        for decision in self.filtered("is_own"):
            awards = decision.award_ids.filtered(lambda a: a.state == "valid")
            amount = sum(awards.mapped("reward_amount"))
            if not amount:
                continue
            fund = self.env["commendation.fund"]._get_for(
                decision.company_id, decision.date
            )
            overspent = amount > fund.balance
            Move.create(
                {
                    "fund_id": fund.id,
                    "date": decision.date,
                    "kind": "expense",
                    "amount": amount,
                    "decision_id": decision.id,
                    "document_ref": decision.name,
                    "description": self.env._(
                        "Rewards of decision %(decision)s (%(count)s awards)",
                        decision=decision.name,
                        count=len(awards),
                    ),
                    "overspent": overspent,
                }
            )
            if overspent:
                note = self.env._(
                    "The rewards of %(decision)s (%(amount)s) exceed the fund's "
                    "balance: the fund of %(year)s is now %(balance)s. Issued by "
                    "%(user)s%(confirmed)s.",
                    decision=decision.name,
                    amount=helper.money(amount),
                    year=fund.year,
                    balance=helper.money(fund.balance),
                    user=self.env.user.name,
                    confirmed=self.env._(" after the warning")
                    if self.env.context.get(OVERSPEND_CONFIRMED)
                    else "",
                )
                decision._workflow_post(note)
                fund.message_post(body=note, subtype_xmlid="mail.mt_note")
                for user in self._workflow_office_users():
                    fund.activity_schedule(
                        "mail.mail_activity_data_todo",
                        summary=self.env._("The fund is overspent"),
                        note=note,
                        user_id=user.id,
                    )

    def _fund_reverse_expenses(self):
        Move = (
            self.env["commendation.fund.move"]
            .sudo()
            .with_context(**{SYSTEM_CONTEXT: True})
        )
        expenses = self.sudo().fund_move_ids.filtered(lambda m: m.kind == "expense")
        expenses -= Move.search([("reversed_move_id", "in", expenses.ids)]).mapped(
            "reversed_move_id"
        )
        today = fields.Date.context_today(self)
        Move.create(
            [
                {
                    "fund_id": expense.fund_id.id,
                    "date": today,
                    "kind": "reversal",
                    "amount": expense.amount,
                    "decision_id": expense.decision_id.id,
                    "reversed_move_id": expense.id,
                    "document_ref": expense.decision_id.name,
                    "description": self.env._(
                        "Reversal: decision %(decision)s cancelled (%(reason)s)",
                        decision=expense.decision_id.name,
                        reason=expense.decision_id.cancel_reason or "-",
                    ),
                }
                for expense in expenses
            ]
        )

    def action_open_fund(self):
        self.ensure_one()
        fund = self.fund_move_ids.fund_id[:1] or self.fund_id
        return {
            "type": "ir.actions.act_window",
            "res_model": "commendation.fund",
            "view_mode": "form",
            "res_id": fund.id,
        }
