import math

from odoo import api, fields, models
from odoo.exceptions import UserError

REWARD_ROUNDING = 10000


class CommendationBaseSalary(models.Model):
    _name = "commendation.base.salary"
    _description = "Base Salary (Mức lương cơ sở)"
    _order = "date_from desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one("res.company")
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: (
            self.env.ref("base.VND", raise_if_not_found=False)
            or self.env.company.currency_id
        ),
    )
    amount = fields.Monetary(required=True, currency_field="currency_id")
    date_from = fields.Date(string="In Force From", required=True)
    legal_document_id = fields.Many2one(
        "emulation.legal.document", string="Legal Basis"
    )
    note = fields.Char()

    _sql_constraints = [
        (
            "amount_positive",
            "CHECK(amount > 0)",
            "The base salary must be positive.",
        ),
        (
            "date_company_uniq",
            "unique(company_id, date_from)",
            "Only one base salary can come into force on a given date.",
        ),
    ]

    @api.depends("amount", "date_from")
    def _compute_name(self):
        for rec in self:
            rec.name = f"{rec.amount:,.0f} ({rec.date_from or ''})"

    @api.model
    def _get_amount_on(self, date, company=None):
        """The base salary in force on ``date`` (company-specific first)."""
        company = company or self.env.company
        record = self.sudo().search(
            [
                ("date_from", "<=", date),
                ("company_id", "in", [company.id, False]),
            ],
            order="date_from desc, company_id",
            limit=1,
        )
        if not record:
            raise UserError(
                self.env._(
                    "No base salary is configured in force on %(date)s: add it in "
                    "Configuration > Base Salary.",
                    date=date,
                )
            )
        return record.amount

    @api.model
    def _reward(self, coefficient, base):
        """coefficient × base, rounded UP to the next 10.000 đ (NĐ 152 Điều 49)."""
        if not coefficient or not base:
            return 0.0
        # Work in whole đồng to avoid float noise (0,3 × 2.340.000).
        raw = round(coefficient * base)
        return float(math.ceil(raw / REWARD_ROUNDING) * REWARD_ROUNDING)
