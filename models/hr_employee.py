from odoo import api, fields, models

from .hr_employee_base import RECORDS_GROUPS

# what decides the departments a user acts for (see HrEmployee.write)
RULE_FIELDS = frozenset({"department_id", "user_id", "active"})


class HrEmployee(models.Model):
    """The emulation fields and buttons shared with the public profiles are on
    ``hr.employee.base`` (models/hr_employee_base.py)."""

    _inherit = "hr.employee"

    emulation_service_start = fields.Date(
        string="Service Start (Emulation)",
        groups=RECORDS_GROUPS,
        # Not on hr.employee.public: prefetching it would make every read of
        # an employee by an Office user without HR rights fail.
        prefetch=False,
        help="Start of the service counted for seniority awards (e.g. the "
        "Commemorative Medal: 20 years for men, 15 for women).",
    )

    # The record rules read user.emulation_department_ids (the departments
    # of the user's employees), and Odoo caches each user's evaluated rule
    # domains (ir.rule._compute_domain): an employee who joins, leaves or
    # changes unit must see the new unit's records at once.
    @api.model_create_multi
    def create(self, vals_list):
        employees = super().create(vals_list)
        if employees.user_id:
            self.env.registry.clear_cache()
        return employees

    def write(self, vals):
        result = super().write(vals)
        if RULE_FIELDS & set(vals):
            self.env.registry.clear_cache()
        return result

    # Awards (commendation side): public recognition, no group restriction;
    # the record rules of commendation.award decide what each user sees.
    commendation_award_ids = fields.One2many(
        "commendation.award", "employee_id", string="Awards"
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
