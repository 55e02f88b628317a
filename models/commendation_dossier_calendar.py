from odoo import api, fields, models
from odoo.osv import expression

# A dossier not yet sent to the Office.
UNSENT_STATES = ("draft", "returned")


class CommendationDossier(models.Model):
    """The dossier's steps are logged (time spent in each, for the analysis)
    and a dossier still unsent after the units' deadline of the year's
    calendar is flagged on the board."""

    _inherit = "commendation.dossier"

    stage_log_ids = fields.One2many(
        "commendation.dossier.stage.log", "dossier_id", string="Steps"
    )
    unit_deadline = fields.Date(
        string="Units' Deadline",
        compute="_compute_unit_deadline",
        help="Date by which the units send their proposals (the year's calendar).",
    )
    is_past_deadline = fields.Boolean(
        string="Past the Deadline",
        compute="_compute_unit_deadline",
        search="_search_is_past_deadline",
        help="Not yet sent to the Office although the units' deadline of the "
        "year has passed.",
    )

    @api.model
    def _unit_deadlines(self, companies, years):
        """``{(company id, year): date}`` of the units' proposals."""
        return {
            (deadline.company_id.id, deadline.year): deadline.date
            for deadline in self.env["emulation.year.deadline"]
            .sudo()
            .search(
                [
                    ("kind", "=", "unit_proposal"),
                    ("company_id", "in", companies.ids),
                    ("year", "in", years),
                    ("date", "!=", False),
                ]
            )
        }

    @api.depends("year", "company_id", "state")
    @api.depends_context("uid")
    def _compute_unit_deadline(self):
        today = fields.Date.context_today(self)
        dates = self._unit_deadlines(self.company_id, list(set(self.mapped("year"))))
        for dossier in self:
            date = dates.get((dossier.company_id.id, dossier.year))
            dossier.unit_deadline = date or False
            dossier.is_past_deadline = bool(
                date and date < today and dossier.state in UNSENT_STATES
            )

    def _search_is_past_deadline(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(operator)
        today = fields.Date.context_today(self)
        passed = (
            self.env["emulation.year.deadline"]
            .sudo()
            .search([("kind", "=", "unit_proposal"), ("date", "<", today)])
        )
        domain = expression.AND(
            [
                [("state", "in", UNSENT_STATES)],
                expression.OR(
                    [
                        [("company_id", "=", d.company_id.id), ("year", "=", d.year)]
                        for d in passed
                    ]
                    or [expression.FALSE_DOMAIN]
                ),
            ]
        )
        if (operator == "=") == value:
            return domain
        return ["!", *domain]

    # ------------------------------------------------------------------
    # Steps
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        dossiers = super().create(vals_list)
        self.env["commendation.dossier.stage.log"]._log_states(dossiers)
        return dossiers

    def write(self, vals):
        before = (
            {dossier.id: dossier.state for dossier in self} if "state" in vals else {}
        )
        result = super().write(vals)
        if before:
            moved = self.filtered(lambda d: d.state != before.get(d.id))
            self.env["commendation.dossier.stage.log"]._log_states(moved)
        return result
