from odoo import api, fields, models
from odoo.exceptions import UserError


class CommendationFund(models.Model):
    """The emulation and commendation fund (Quỹ thi đua, khen thưởng) of an
    agency for a year: its receipts (allocations), and its expenses, among
    which the rewards of every decision the agency's own head issues (the
    body that decides pays from the fund it manages: Law on Emulation and
    Commendation 2022, Article 11(4))."""

    _name = "commendation.fund"
    _description = "Emulation and Commendation Fund"
    _inherit = ["emulation.year.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "year desc, company_id"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self._default_currency(),
        help="Vietnamese đồng, as the rewards of the awards.",
    )
    move_ids = fields.One2many("commendation.fund.move", "fund_id", string="Movements")
    receipt_total = fields.Monetary(
        string="Receipts", compute="_compute_totals", store=True
    )
    expense_total = fields.Monetary(
        string="Expenses",
        compute="_compute_totals",
        store=True,
        help="Expenses, net of the reversals of cancelled decisions.",
    )
    balance = fields.Monetary(compute="_compute_totals", store=True)
    move_count = fields.Integer(compute="_compute_totals", store=True)
    note = fields.Html()

    _sql_constraints = [
        (
            "year_company_uniq",
            "unique (year, company_id)",
            "An agency has one fund per year.",
        ),
    ]

    @api.model
    def _default_currency(self):
        return (
            self.env.ref("base.VND", raise_if_not_found=False)
            or self.env.company.currency_id
        )

    @api.depends("year", "company_id")
    def _compute_name(self):
        for fund in self:
            fund.name = self.env._(
                "Fund %(year)s - %(company)s",
                year=fund.year,
                company=fund.company_id.name or "",
            )

    @api.depends("move_ids.amount", "move_ids.kind")
    def _compute_totals(self):
        for fund in self:
            sums = dict.fromkeys(("receipt", "expense", "reversal"), 0.0)
            for move in fund.move_ids:
                sums[move.kind] += move.amount
            fund.receipt_total = sums["receipt"]
            fund.expense_total = sums["expense"] - sums["reversal"]
            fund.balance = sums["receipt"] - sums["expense"] + sums["reversal"]
            fund.move_count = len(fund.move_ids)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_empty(self):
        for fund in self:
            if fund.move_ids:
                raise UserError(
                    self.env._(
                        "The fund %(fund)s has movements: it is kept.",
                        fund=fund.display_name,
                    )
                )

    @api.model
    def _get_for(self, company, date):
        """The fund of ``company`` for the year of ``date``, created when
        missing (with sudo: the system records the decisions' expenses)."""
        year = fields.Date.to_date(date).year
        Fund = self.sudo()
        fund = Fund.search(
            [("company_id", "=", company.id), ("year", "=", year)], limit=1
        )
        if not fund:
            fund = Fund.create({"company_id": company.id, "year": year})
        return fund

    def action_open_moves(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            "commendation_fund_move_action", "fund_id", self
        )

    def action_export_xlsx(self):
        return self.env["emulation.xlsx.export"].action_export("fund", self)
