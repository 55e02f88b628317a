from collections import defaultdict

from odoo import api, fields, models

RECORDS_GROUPS = (
    "emulation_commendation.group_office,"
    "emulation_commendation.group_director,"
    "hr.group_hr_user"
)
# Personal data (Nghị định 13/2023/NĐ-CP): disciplines and pending matters are
# for HR and the Office only.
PERSONAL_GROUPS = "emulation_commendation.group_office,hr.group_hr_user"


def count_by(env, model, field, employee_ids):
    """``{employee_id: count}`` of the records of ``model`` the current user
    sees, in one query."""
    return {
        employee.id: count
        for employee, count in env[model]._read_group(
            [(field, "in", employee_ids)], [field], ["__count"]
        )
    }


def emulation_counts(env, employee_ids):
    """Ratings and initiatives per employee id, as the current user sees them:
    two ``{employee_id: count}`` dicts, two queries."""
    return (
        count_by(env, "emulation.rating", "employee_id", employee_ids),
        count_by(env, "emulation.initiative", "employee_ids", employee_ids),
    )


def personal_counts(env, employee_ids):
    """Disciplines and open pending matters per employee id (personal data,
    HR and the Office): two ``{employee_id: count}`` dicts."""
    return (
        count_by(env, "emulation.discipline", "employee_id", employee_ids),
        {
            employee.id: count
            for employee, count in env["emulation.pending.matter"]._read_group(
                [("employee_id", "in", employee_ids), ("is_open", "=", True)],
                ["employee_id"],
                ["__count"],
            )
        },
    )


def initiatives_by_employee(env, employee_ids):
    """``{employee_id: initiatives}`` for the given employee ids."""
    Initiative = env["emulation.initiative"]
    ids_by_employee = defaultdict(list)
    for initiative in Initiative.search([("employee_ids", "in", employee_ids)]):
        for employee_id in initiative.employee_ids.ids:
            ids_by_employee[employee_id].append(initiative.id)
    return {emp: Initiative.browse(ids) for emp, ids in ids_by_employee.items()}


class HrEmployeeBase(models.AbstractModel):
    """What employees and their public profiles (``hr.employee.public``, a SQL
    view of the employees with the same ids) show alike: the emulation
    records, their counters and smart buttons, the valid awards' counter.
    Only non-stored fields here: the public view's columns are those of
    ``hr.employee``."""

    _inherit = "hr.employee.base"

    emulation_rating_ids = fields.One2many(
        "emulation.rating",
        "employee_id",
        string="Quality Ratings",
        groups=RECORDS_GROUPS,
    )
    emulation_discipline_ids = fields.One2many(
        "emulation.discipline",
        "employee_id",
        string="Disciplinary Measures",
        groups=PERSONAL_GROUPS,
    )
    emulation_pending_matter_ids = fields.One2many(
        "emulation.pending.matter",
        "employee_id",
        string="Pending Matters",
        groups=PERSONAL_GROUPS,
    )
    emulation_initiative_ids = fields.Many2many(
        "emulation.initiative",
        string="Initiatives",
        compute="_compute_emulation_initiative_ids",
        groups=RECORDS_GROUPS,
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
    # Awards: public recognition, no group restriction; the record rules of
    # commendation.award decide what each user sees.
    commendation_award_count = fields.Integer(
        string="Award Count", compute="_compute_commendation_award_count"
    )

    def _compute_emulation_initiative_ids(self):
        initiatives = initiatives_by_employee(self.env, self.ids)
        for employee in self:
            employee.emulation_initiative_ids = initiatives.get(
                employee.id, self.env["emulation.initiative"]
            )

    @api.depends("emulation_rating_ids")
    def _compute_emulation_counts(self):
        ratings, initiatives = emulation_counts(self.env, self.ids)
        for employee in self:
            employee.emulation_rating_count = ratings.get(employee.id, 0)
            employee.emulation_initiative_count = initiatives.get(employee.id, 0)

    @api.depends("emulation_discipline_ids", "emulation_pending_matter_ids")
    def _compute_emulation_personal_counts(self):
        disciplines, matters = personal_counts(self.env, self.ids)
        for employee in self:
            employee.emulation_discipline_count = disciplines.get(employee.id, 0)
            employee.emulation_pending_matter_count = matters.get(employee.id, 0)

    def _compute_commendation_award_count(self):
        counts = {
            emp.id: count
            for emp, count in self.env["commendation.award"]._read_group(
                [("employee_id", "in", self.ids), ("state", "=", "valid")],
                ["employee_id"],
                ["__count"],
            )
        }
        for employee in self:
            employee.commendation_award_count = counts.get(employee.id, 0)

    def _emulation_action(self, xmlid, field="employee_id"):
        """The list of ``xmlid`` for this employee (ids are the employee's
        on the public profile too)."""
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            xmlid, field, self, operator="in"
        )

    def action_open_emulation_ratings(self):
        return self._emulation_action("emulation_commendation.emulation_rating_action")

    def action_open_emulation_initiatives(self):
        return self._emulation_action(
            "emulation_commendation.emulation_initiative_action", "employee_ids"
        )

    def action_open_emulation_disciplines(self):
        return self._emulation_action(
            "emulation_commendation.emulation_discipline_action"
        )

    def action_open_emulation_pending_matters(self):
        return self._emulation_action(
            "emulation_commendation.emulation_pending_matter_action"
        )
