from collections import defaultdict

from odoo import api, fields, models

RECORDS_GROUPS = (
    "emulation_commendation.group_office,"
    "emulation_commendation.group_director,"
    "hr.group_hr_user"
)


def emulation_counts(env, employee_ids):
    """Ratings, initiatives and disciplines per employee id, as the current user
    sees them: three ``{employee_id: count}`` dicts, three queries."""

    def count_by(model, field):
        return {
            employee.id: count
            for employee, count in env[model]._read_group(
                [(field, "in", employee_ids)], [field], ["__count"]
            )
        }

    return (
        count_by("emulation.rating", "employee_id"),
        count_by("emulation.initiative", "employee_ids"),
        count_by("emulation.discipline", "employee_id"),
    )


def initiatives_by_employee(env, employee_ids):
    """``{employee_id: initiatives}`` for the given employee ids."""
    Initiative = env["emulation.initiative"]
    ids_by_employee = defaultdict(list)
    for initiative in Initiative.search([("employee_ids", "in", employee_ids)]):
        for employee_id in initiative.employee_ids.ids:
            ids_by_employee[employee_id].append(initiative.id)
    return {emp: Initiative.browse(ids) for emp, ids in ids_by_employee.items()}


class HrEmployee(models.Model):
    _inherit = "hr.employee"

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
        groups=RECORDS_GROUPS,
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
        compute="_compute_emulation_counts", groups=RECORDS_GROUPS
    )

    def _compute_emulation_initiative_ids(self):
        initiatives = initiatives_by_employee(self.env, self.ids)
        for employee in self:
            employee.emulation_initiative_ids = initiatives.get(
                employee.id, self.env["emulation.initiative"]
            )

    @api.depends("emulation_rating_ids", "emulation_discipline_ids")
    def _compute_emulation_counts(self):
        ratings, initiatives, disciplines = emulation_counts(self.env, self.ids)
        for employee in self:
            employee.emulation_rating_count = ratings.get(employee.id, 0)
            employee.emulation_initiative_count = initiatives.get(employee.id, 0)
            employee.emulation_discipline_count = disciplines.get(employee.id, 0)

    def _emulation_action(self, xmlid, field="employee_id"):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [(field, "in", self.ids)]
        default = [self.id] if field == "employee_ids" else self.id
        action["context"] = {f"default_{field}": default}
        return action

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
