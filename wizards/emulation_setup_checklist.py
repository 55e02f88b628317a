from odoo import api, fields, models

# key -> (sequence, label, xml id of the action that fixes it)
CHECKS = {
    "agency": (
        10,
        "Agency identity: governing agency, issuing agency, abbreviation, place",
        "emulation_commendation.res_config_settings_action",
    ),
    "signer": (
        20,
        "Signer of the documents: title and name of the head of the agency",
        "emulation_commendation.res_config_settings_action",
    ),
    "base_salary": (
        30,
        "Base salary in force today (rewards are multiples of it)",
        "emulation_commendation.commendation_base_salary_action",
    ),
    "council": (
        40,
        "Emulation and Commendation Council with its members",
        "emulation_commendation.emulation_council_action",
    ),
    "plan": (
        50,
        "Emulation and commendation plan of the year",
        "emulation_commendation.emulation_plan_action",
    ),
    "users": (
        60,
        "Users linked to their employees (proposals, approvals and own awards "
        "follow the employee)",
        "hr.open_view_employee_list_my",
    ),
}


class EmulationSetupChecklist(models.TransientModel):
    """What a fresh agency still has to set up, for the administrator: each
    missing item with a button to fix it (Configuration > First-Run
    Checklist; the app opens on it while the agency has no identity)."""

    _name = "emulation.setup.checklist"
    _description = "First-Run Checklist"

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    line_ids = fields.One2many(
        "emulation.setup.checklist.line", "checklist_id", string="Items"
    )
    missing_count = fields.Integer(compute="_compute_missing_count")

    @api.depends("line_ids.done")
    def _compute_missing_count(self):
        for checklist in self:
            checklist.missing_count = len(
                checklist.line_ids.filtered(lambda line: not line.done)
            )

    @api.model_create_multi
    def create(self, vals_list):
        checklists = super().create(vals_list)
        checklists._fill_lines()
        return checklists

    def _fill_lines(self):
        for checklist in self:
            results = checklist._check(checklist.company_id)
            checklist.line_ids.unlink()
            checklist.line_ids = [
                (
                    0,
                    0,
                    {
                        "key": key,
                        "sequence": CHECKS[key][0],
                        "done": not detail,
                        "detail": detail or False,
                    },
                )
                for key, detail in results.items()
            ]

    @api.model
    def _check(self, company):
        """``{key: None when done, else what is missing}`` for ``company``."""
        _ = self.env._
        today = fields.Date.context_today(self)
        env = self.env
        on_date = today.strftime("%d/%m/%Y")
        results = {}

        def missing_fields(names):
            labels = [
                company._fields[name]._description_string(env)
                for name in names
                if not company[name]
            ]
            return labels and _("Missing: %(fields)s", fields=", ".join(labels))

        def serving(model, domain, limit=None):
            """The records of ``model`` in ``domain`` that serve ``company``."""
            return (
                env[model]
                .sudo()
                .search(
                    [*domain, ("company_id", "in", [company.id, False])], limit=limit
                )
            )

        results["agency"] = missing_fields(
            [
                "emulation_parent_agency",
                "emulation_agency_name",
                "emulation_agency_code",
                "emulation_place",
            ]
        )
        results["signer"] = missing_fields(
            ["emulation_signer_title", "emulation_signer_name"]
        )
        if not serving("commendation.base.salary", [("date_from", "<=", today)], 1):
            results["base_salary"] = _(
                "No base salary in force on %(date)s.", date=on_date
            )
        councils = serving("emulation.council", [])
        if not councils.filtered(lambda c: c._get_members_on(today)):
            results["council"] = _("No council with members on %(date)s.", date=on_date)
        if not serving("emulation.plan", [("year", "=", today.year)], 1):
            results["plan"] = _("No plan for %(year)s.", year=today.year)
        unlinked = (
            env["res.users"]
            .sudo()
            .search(
                [
                    ("share", "=", False),
                    ("company_ids", "in", company.id),
                    ("employee_ids", "=", False),
                ]
            )
        )
        results["users"] = unlinked and _(
            "%(count)s internal users have no employee: %(names)s",
            count=len(unlinked),
            names=", ".join(unlinked.mapped("name")),
        )
        return {key: results.get(key) or None for key in CHECKS}

    def action_refresh(self):
        self._fill_lines()
        return self._action_open(self)

    @api.model
    def _action_open(self, checklist=None):
        checklist = checklist or self.create({})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("First-Run Checklist"),
            "res_model": self._name,
            "res_id": checklist.id,
            "view_mode": "form",
            "target": "current",
        }

    @api.model
    def action_open(self):
        return self._action_open()

    @api.model
    def _is_first_run(self, company=None):
        """The agency has no identity yet: a fresh install."""
        results = self._check(company or self.env.company)
        return bool(results["agency"] or results["signer"])

    @api.model
    def action_home(self):
        """The app's home: the checklist for the administrator of a fresh
        install, the plans otherwise."""
        if (
            self.env.user.has_group("emulation_commendation.group_manager")
            and self._is_first_run()
        ):
            return self.action_open()
        return self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.emulation_plan_action"
        )
