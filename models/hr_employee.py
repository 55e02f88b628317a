from odoo import api, fields, models

RECORDS_GROUPS = (
    "emulation_commendation.group_office,"
    "emulation_commendation.group_director,"
    "hr.group_hr_user"
)


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
        initiatives = self.env["emulation.initiative"].search(
            [("employee_ids", "in", self.ids)]
        )
        for employee in self:
            employee.emulation_initiative_ids = initiatives.filtered(
                lambda i, e=employee: e in i.employee_ids
            )

    @api.depends("emulation_rating_ids", "emulation_discipline_ids")
    def _compute_emulation_counts(self):
        def count_by(model, field):
            return {
                emp.id: count
                for emp, count in self.env[model]._read_group(
                    [(field, "in", self.ids)], [field], ["__count"]
                )
            }

        ratings = count_by("emulation.rating", "employee_id")
        disciplines = count_by("emulation.discipline", "employee_id")
        initiatives = count_by("emulation.initiative", "employee_ids")
        for employee in self:
            employee.emulation_rating_count = ratings.get(employee.id, 0)
            employee.emulation_discipline_count = disciplines.get(employee.id, 0)
            employee.emulation_initiative_count = initiatives.get(employee.id, 0)

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
