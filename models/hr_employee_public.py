from odoo import fields, models

from .hr_employee import (
    PERSONAL_GROUPS,
    RECORDS_GROUPS,
    emulation_counts,
    initiatives_by_employee,
    personal_counts,
)


class HrEmployeePublic(models.Model):
    """Users of the Office and Directors without HR rights open employees as
    public profiles: they get the same smart buttons and tab there."""

    _inherit = "hr.employee.public"

    # Public recognition: colleagues see the valid awards of each other.
    commendation_award_ids = fields.Many2many(
        "commendation.award",
        string="Awards",
        compute="_compute_commendation_awards",
    )
    commendation_award_count = fields.Integer(
        string="Award Count", compute="_compute_commendation_awards"
    )
    emulation_rating_ids = fields.One2many(
        "emulation.rating",
        "employee_id",
        string="Quality Ratings",
        readonly=True,
        groups=RECORDS_GROUPS,
    )
    emulation_discipline_ids = fields.One2many(
        "emulation.discipline",
        "employee_id",
        string="Disciplinary Measures",
        readonly=True,
        groups=PERSONAL_GROUPS,
    )
    emulation_pending_matter_ids = fields.One2many(
        "emulation.pending.matter",
        "employee_id",
        string="Pending Matters",
        readonly=True,
        groups=PERSONAL_GROUPS,
    )
    emulation_initiative_ids = fields.Many2many(
        "emulation.initiative",
        string="Initiatives",
        compute="_compute_emulation_initiative_ids",
        groups=RECORDS_GROUPS,
    )
    emulation_service_start = fields.Date(
        string="Service Start (Emulation)", readonly=True, groups=RECORDS_GROUPS
    )
    emulation_rating_count = fields.Integer(
        compute="_compute_emulation_counts", groups=RECORDS_GROUPS
    )
    emulation_initiative_count = fields.Integer(
        compute="_compute_emulation_counts", groups=RECORDS_GROUPS
    )
    emulation_discipline_count = fields.Integer(
        compute="_compute_emulation_personal_counts", groups=PERSONAL_GROUPS
    )
    emulation_pending_matter_count = fields.Integer(
        string="Open Pending Matters",
        compute="_compute_emulation_personal_counts",
        groups=PERSONAL_GROUPS,
    )

    def _compute_commendation_awards(self):
        awards = self.env["commendation.award"].search(
            [("employee_id", "in", self.ids), ("state", "=", "valid")]
        )
        for employee in self:
            mine = awards.filtered(lambda a, e=employee: a.employee_id.id == e.id)
            employee.commendation_award_ids = mine
            employee.commendation_award_count = len(mine)

    def _compute_emulation_initiative_ids(self):
        initiatives = initiatives_by_employee(self.env, self.ids)
        for employee in self:
            employee.emulation_initiative_ids = initiatives.get(
                employee.id, self.env["emulation.initiative"]
            )

    def _compute_emulation_counts(self):
        ratings, initiatives = emulation_counts(self.env, self.ids)
        for employee in self:
            employee.emulation_rating_count = ratings.get(employee.id, 0)
            employee.emulation_initiative_count = initiatives.get(employee.id, 0)

    def _compute_emulation_personal_counts(self):
        disciplines, matters = personal_counts(self.env, self.ids)
        for employee in self:
            employee.emulation_discipline_count = disciplines.get(employee.id, 0)
            employee.emulation_pending_matter_count = matters.get(employee.id, 0)

    def _employee(self):
        self.ensure_one()
        return self.env["hr.employee"].browse(self.id)

    def action_open_emulation_ratings(self):
        return self._employee().action_open_emulation_ratings()

    def action_open_emulation_initiatives(self):
        return self._employee().action_open_emulation_initiatives()

    def action_open_emulation_disciplines(self):
        return self._employee().action_open_emulation_disciplines()

    def action_open_emulation_pending_matters(self):
        return self._employee().action_open_emulation_pending_matters()
