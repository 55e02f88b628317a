from odoo import api, fields, models
from odoo.exceptions import ValidationError

PENDING_KINDS = [
    ("disciplinary_review", "Disciplinary Review"),
    ("inspection", "Inspection"),
    ("investigation", "Investigation"),
    ("complaint", "Complaint or Denunciation Being Verified"),
]


class EmulationPendingMatter(models.Model):
    """A matter under way about a person or a unit: no award while it is open
    (NĐ 152/2025 Điều 4, Luật Thi đua, khen thưởng Điều 5; domain §B.1.d).
    Personal data (NĐ 13/2023): HR and the Office only."""

    _name = "emulation.pending.matter"
    _description = "Pending Matter"
    _inherit = ["emulation.record.mixin", "mail.thread"]
    _order = "date_start desc, id desc"

    employee_id = fields.Many2one(
        "hr.employee",
        index=True,
        ondelete="cascade",
        tracking=True,
        context={"active_test": False},
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        index=True,
        ondelete="cascade",
        tracking=True,
        context={"active_test": False},
        help="The unit concerned, when the matter is about a collective.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    kind = fields.Selection(PENDING_KINDS, required=True, tracking=True)
    date_start = fields.Date(
        string="Opened On",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    date_end = fields.Date(
        string="Closed On",
        tracking=True,
        help="Empty while the matter is under way: it blocks awards until then.",
    )
    reference = fields.Char(help="Number of the decision or letter opening it.")
    description = fields.Text()
    is_open = fields.Boolean(
        string="Open",
        compute="_compute_is_open",
        search="_search_is_open",
        help="Open today: started and not closed yet.",
    )

    @api.depends("employee_id", "department_id", "kind", "date_start")
    def _compute_display_name(self):
        self._set_display_name_with_label(
            "kind",
            lambda rec, kind: (
                f"{rec.employee_id.name or rec.department_id.name or ''}"
                f": {kind} ({rec.date_start or ''})"
            ),
        )

    @api.depends("date_start", "date_end")
    @api.depends_context("date")
    def _compute_is_open(self):
        today = fields.Date.context_today(self)
        for rec in self:
            rec.is_open = rec.is_open_on(today)

    def _search_is_open(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Operation not supported."))
        today = fields.Date.context_today(self)
        domain = [
            ("date_start", "<=", today),
            "|",
            ("date_end", "=", False),
            ("date_end", ">=", today),
        ]
        if (operator == "=") == value:
            return domain
        return [
            "|",
            ("date_start", ">", today),
            "&",
            ("date_end", "!=", False),
            ("date_end", "<", today),
        ]

    def is_open_on(self, date):
        """Whether the matter is under way on ``date``."""
        self.ensure_one()
        return self.date_start <= date and (not self.date_end or self.date_end >= date)

    @api.constrains("employee_id", "department_id", "kind")
    def _check_subject(self):
        for rec in self:
            if bool(rec.employee_id) == bool(rec.department_id):
                raise ValidationError(
                    self.env._(
                        "A pending matter concerns either one employee or one unit."
                    )
                )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        self._check_date_order(
            "date_start",
            "date_end",
            lambda rec: self.env._(
                "A pending matter cannot close (%(end)s) before it opens (%(start)s).",
                end=rec.date_end,
                start=rec.date_start,
            ),
        )

    # The stored eligibility of the open dossier lines about these persons
    # and units follows their pending matters.
    def _refresh_dossier_eligibility(self, employees, departments):
        self.env["commendation.dossier.line"]._recompute_eligibility_for(
            employees=employees, departments=departments
        )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        self._refresh_dossier_eligibility(records.employee_id, records.department_id)
        return records

    def write(self, vals):
        employees, departments = self.employee_id, self.department_id
        res = super().write(vals)
        self._refresh_dossier_eligibility(
            employees | self.employee_id, departments | self.department_id
        )
        return res

    def unlink(self):
        employees, departments = self.employee_id, self.department_id
        res = super().unlink()
        self._refresh_dossier_eligibility(employees, departments)
        return res
