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
    emulation_service_start = fields.Date(
        string="Service Start (Emulation)",
        groups=RECORDS_GROUPS,
        # Not on hr.employee.public: prefetching it would make every read of
        # an employee by an Office user without HR rights fail.
        prefetch=False,
        help="Start of the service counted for seniority awards (e.g. the "
        "Commemorative Medal: 20 years for men, 15 for women).",
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

    def action_open_emulation_pending_matters(self):
        return self._emulation_action(
            "emulation_commendation.emulation_pending_matter_action"
        )

    # Awards (commendation side): public recognition, no group restriction;
    # the record rules of commendation.award decide what each user sees.
    commendation_award_ids = fields.One2many(
        "commendation.award", "employee_id", string="Awards"
    )
    commendation_award_count = fields.Integer(
        string="Award Count", compute="_compute_commendation_award_count"
    )
    # The same relation as emulation.initiative.employee_ids, seen from the
    # employee: lets stored computes depend on the employee's initiatives.
    commendation_initiative_ids = fields.Many2many(
        "emulation.initiative",
        "emulation_initiative_hr_employee_rel",
        "hr_employee_id",
        "emulation_initiative_id",
        string="Initiatives (Authored)",
        groups=RECORDS_GROUPS,
    )
    commendation_next_eligible = fields.Html(
        string="Eligible Next",
        compute="_compute_commendation_next_eligible",
        groups=RECORDS_GROUPS,
        help="The titles and forms this employee meets the criteria for this "
        "year, according to the eligibility engine.",
    )

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

    def _compute_commendation_next_eligible(self):
        Type = self.env["commendation.type"]
        types = Type.search([("recipient_kind", "=", "individual")])
        today = fields.Date.context_today(self)
        results = {}
        if "commendation.eligibility" in self.env and types and self.ids:
            items = [
                {
                    "key": (employee.id, ctype.id),
                    "type": ctype,
                    "employee": employee,
                    "department": self.env["hr.department"],
                    "partner": self.env["res.partner"],
                    "year": today.year,
                    "date": today,
                }
                for employee in self.sudo()
                for ctype in types
            ]
            results = self.env["commendation.eligibility"].sudo().evaluate(items)
        for employee in self:
            eligible = [
                ctype.name
                for ctype in types
                if results.get((employee.id, ctype.id), ("",))[0] == "eligible"
            ]
            to_judge = [
                ctype.name
                for ctype in types
                if results.get((employee.id, ctype.id), ("",))[0] == "unknown"
            ]
            employee.commendation_next_eligible = (
                self.env["ir.qweb"]._render(
                    "emulation_commendation.commendation_next_eligible",
                    {"year": today.year, "eligible": eligible, "to_judge": to_judge},
                )
                if results
                else False
            )

    # Guard for Odoo 18.0 (build 18.0-20250702), with the view guard on
    # hr.view_employee_filter (views/hr_employee_views.xml): a user without
    # HR rights who opens Employees (/odoo/employees) gets hr's search view,
    # whose <searchpanel> (company, department, with counters) calls
    # hr.employee.search_panel_select_range. hr routes such users' searches
    # and reads to hr.employee.public (hr/models/hr_employee.py, search_fetch,
    # _search, get_views) but not the search panel, which counts with
    # _read_group on hr.employee and is refused. Ask the public profiles
    # instead, as hr does for the rest. Drop once hr does it itself.
    @api.model
    def search_panel_select_range(self, field_name, **kwargs):
        if self.browse().has_access("read"):
            return super().search_panel_select_range(field_name, **kwargs)
        return self.env["hr.employee.public"].search_panel_select_range(
            field_name, **kwargs
        )

    @api.model
    def search_panel_select_multi_range(self, field_name, **kwargs):
        if self.browse().has_access("read"):
            return super().search_panel_select_multi_range(field_name, **kwargs)
        return self.env["hr.employee.public"].search_panel_select_multi_range(
            field_name, **kwargs
        )

    # Guard for Odoo 18.0 (build 18.0-20250702), third part: the same user
    # opening a colleague from that list loads the public form (hr's get_views)
    # through hr.employee.web_read; hr's fetch() (hr/models/hr_employee.py)
    # flushes the requested fields on hr.employee, and the public form carries
    # a field hr.employee does not have (employee_id, added invisible by
    # hr_skills' view hr_skills.hr_employee_public_view_form_inherit; hr_skills
    # is installed with hr): KeyError 'employee_id'. Read the public profiles,
    # whose ids are the employees', as the form was built for them.
    def web_read(self, specification):
        if self.browse().has_access("read"):
            return super().web_read(specification)
        return self.env["hr.employee.public"].browse(self.ids).web_read(specification)

    def action_open_commendation_awards(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.commendation_award_action"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {"search_default_filter_valid": 1}
        return action
