from odoo import api, fields, models
from odoo.exceptions import UserError

REVIEW_GROUPS = ("emulation_commendation.group_office", "hr.group_hr_user")


class CommendationEligibilityWizard(models.TransientModel):
    """Eligibility review of a year ("Xét điều kiện năm N").

    Lists who is eligible for what, by unit, with the engine's explanation,
    and creates draft annual dossiers for the selected lines, one per unit.
    """

    _name = "commendation.eligibility.wizard"
    _description = "Eligibility Review"

    year = fields.Integer(
        required=True,
        default=lambda self: fields.Date.context_today(self).year,
    )
    date = fields.Date(
        string="Review Date",
        required=True,
        default=fields.Date.context_today,
        help="The criteria in force on this date apply (e.g. NĐ 98/2023 until "
        "30/6/2025, NĐ 152/2025 from 01/7/2025).",
    )
    department_ids = fields.Many2many(
        "hr.department",
        string="Units",
        help="Units reviewed, with their sub-units (empty: all units).",
    )
    type_ids = fields.Many2many(
        "commendation.type",
        string="Titles and Forms",
        help="Titles and forms reviewed (empty: every one with criteria).",
    )
    include_unknown = fields.Boolean(
        string="Also List What Must Be Judged",
        help="Also list the recipients whose eligibility depends on a judgment "
        "of the council or a check by hand.",
    )
    line_ids = fields.One2many(
        "commendation.eligibility.wizard.line", "wizard_id", string="Results"
    )
    line_count = fields.Integer(compute="_compute_counts")
    eligible_count = fields.Integer(compute="_compute_counts")
    reviewed = fields.Boolean(readonly=True)

    @api.depends("line_ids.state")
    def _compute_counts(self):
        for wizard in self:
            wizard.line_count = len(wizard.line_ids)
            wizard.eligible_count = len(
                wizard.line_ids.filtered(lambda line: line.state == "eligible")
            )

    @api.constrains("year")
    def _check_year(self):
        for wizard in self:
            if not 2000 <= wizard.year <= 2100:
                raise UserError(
                    self.env._(
                        "The year %(year)s is not valid: it must be between "
                        "2000 and 2100.",
                        year=wizard.year,
                    )
                )

    def _check_reviewer(self):
        if self.env.su:
            return
        if not any(self.env.user.has_group(group) for group in REVIEW_GROUPS):
            raise UserError(
                self.env._(
                    "Only the Office or Human Resources can run the eligibility review."
                )
            )

    # ------------------------------------------------------------------
    # Review
    # ------------------------------------------------------------------
    def _review_types(self):
        types = self.type_ids
        if not types:
            types = (
                self.env["commendation.criterion"]
                .search([("type_id.active", "=", True)])
                .type_id
            )
        return types.filtered(
            lambda t: t.recipient_kind in ("individual", "collective")
        )

    def _review_departments(self):
        Department = self.env["hr.department"].sudo()
        if self.department_ids:
            return Department.search([("id", "child_of", self.department_ids.ids)])
        return Department.search([("company_id", "in", self.env.companies.ids)])

    def _review_items(self):
        """The requests sent to the engine: (type, recipient) for the year."""
        self.ensure_one()
        types = self._review_types()
        departments = self._review_departments()
        employees = (
            self.env["hr.employee"]
            .sudo()
            .search([("department_id", "in", departments.ids)], order="id")
        )
        individual = types.filtered(lambda t: t.recipient_kind == "individual")
        collective = types.filtered(
            lambda t: t.recipient_kind == "collective" or t.allow_collective
        )
        Employee = self.env["hr.employee"]
        Department = self.env["hr.department"]
        items = []
        for employee in employees:
            for ctype in individual:
                items.append(
                    {
                        "key": (ctype.id, employee.id, False),
                        "type": ctype,
                        "employee": employee,
                        "department": Department,
                        "year": self.year,
                        "date": self.date,
                    }
                )
        for department in departments:
            for ctype in collective:
                items.append(
                    {
                        "key": (ctype.id, False, department.id),
                        "type": ctype,
                        "employee": Employee,
                        "department": department,
                        "year": self.year,
                        "date": self.date,
                    }
                )
        return items, employees

    def action_review(self):
        self.ensure_one()
        self._check_reviewer()
        items, employees = self._review_items()
        results = self.env["commendation.eligibility"].evaluate(items)
        unit_of = {employee.id: employee.department_id.id for employee in employees}
        wanted = {"eligible", "unknown"} if self.include_unknown else {"eligible"}
        vals_list = []
        for (type_id, employee_id, department_id), (state, note) in results.items():
            if state not in wanted:
                continue
            vals_list.append(
                {
                    "wizard_id": self.id,
                    "type_id": type_id,
                    "employee_id": employee_id,
                    "department_id": department_id,
                    "unit_id": department_id or unit_of.get(employee_id),
                    "state": state,
                    "note": note,
                    "selected": state == "eligible",
                }
            )
        self.line_ids.unlink()
        self.env["commendation.eligibility.wizard.line"].create(vals_list)
        self.reviewed = True
        return self._reopen()

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Eligibility Review %(year)s", year=self.year),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_open_lines(self):
        """The results in a list grouped by unit."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Eligibility %(year)s by Unit", year=self.year),
            "res_model": "commendation.eligibility.wizard.line",
            "view_mode": "list",
            "domain": [("wizard_id", "=", self.id)],
            "context": {"group_by": ["unit_id", "type_id"]},
            "target": "current",
        }

    # ------------------------------------------------------------------
    # Draft dossiers
    # ------------------------------------------------------------------
    def action_create_dossiers(self):
        self.ensure_one()
        self._check_reviewer()
        lines = self.line_ids.filtered("selected")
        return lines._create_dossiers(self.year)
