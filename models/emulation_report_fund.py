from odoo import models


class EmulationReport(models.Model):
    """The annual report gives the year's figures of the fund."""

    _inherit = "emulation.report"

    def _get_figures(self):
        figures = super()._get_figures()
        fund = self.env["commendation.fund"].search(
            [("company_id", "=", self.company_id.id), ("year", "=", self.year)],
            limit=1,
        )
        sums = {"receipt": 0.0, "expense": 0.0, "reversal": 0.0}
        counts = dict.fromkeys(sums, 0)
        if fund:
            for kind, amount, count in self.env["commendation.fund.move"]._read_group(
                [
                    ("fund_id", "=", fund.id),
                    ("date", ">=", self.date_from),
                    ("date", "<=", self.date_to),
                ],
                ["kind"],
                ["amount:sum", "__count"],
            ):
                sums[kind] = amount
                counts[kind] = count
        figures["fund"] = {
            "fund": fund,
            "receipts": sums["receipt"],
            "expenses": sums["expense"] - sums["reversal"],
            "balance": fund.balance if fund else 0.0,
            "receipt_count": counts["receipt"],
            "expense_count": counts["expense"],
        }
        return figures
