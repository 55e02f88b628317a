from odoo import fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    emulation_code = fields.Char(help="Short code used in documents, e.g. VP.")
    emulation_illustrative = fields.Boolean(
        string="Illustrative Unit",
        help="Set on demo units that are not in the source documents.",
    )

    commendation_award_ids = fields.One2many(
        "commendation.award", "department_id", string="Collective Awards"
    )
    commendation_award_count = fields.Integer(
        string="Award Count", compute="_compute_commendation_award_count"
    )
    commendation_member_award_count = fields.Integer(
        string="Members' Awards", compute="_compute_commendation_award_count"
    )
    commendation_dossier_count = fields.Integer(
        string="Dossiers", compute="_compute_commendation_award_count"
    )

    def _compute_commendation_award_count(self):
        Award = self.env["commendation.award"]
        collective = {
            dept.id: count
            for dept, count in Award._read_group(
                [("department_id", "in", self.ids), ("state", "=", "valid")],
                ["department_id"],
                ["__count"],
            )
        }
        members = {
            dept.id: count
            for dept, count in Award._read_group(
                [
                    ("employee_id.department_id", "in", self.ids),
                    ("state", "=", "valid"),
                ],
                ["employee_department_id"],
                ["__count"],
            )
        }
        dossiers = {}
        if self.env["commendation.dossier"].has_access("read"):
            dossiers = {
                dept.id: count
                for dept, count in self.env["commendation.dossier"]._read_group(
                    [("department_id", "in", self.ids)],
                    ["department_id"],
                    ["__count"],
                )
            }
        for dept in self:
            dept.commendation_award_count = collective.get(dept.id, 0)
            dept.commendation_member_award_count = members.get(dept.id, 0)
            dept.commendation_dossier_count = dossiers.get(dept.id, 0)

    def action_open_commendation_awards(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.commendation_award_action"
        )
        action["domain"] = [
            "|",
            ("department_id", "=", self.id),
            ("employee_id.department_id", "=", self.id),
        ]
        action["context"] = {"search_default_filter_valid": 1}
        return action

    def action_open_commendation_dossiers(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.commendation_dossier_action"
        )
        action["domain"] = [("department_id", "child_of", self.id)]
        action["context"] = {"default_department_id": self.id}
        return action

    commendation_member_award_ids = fields.Many2many(
        "commendation.award",
        string="Members' Award List",
        compute="_compute_commendation_member_awards",
    )
    commendation_initiative_ids = fields.One2many(
        "emulation.initiative", "department_id", string="Unit Initiatives"
    )
    commendation_next_eligible = fields.Html(
        string="Collective Eligible Next",
        compute="_compute_commendation_next_eligible",
        groups="emulation_commendation.group_office,"
        "emulation_commendation.group_director,hr.group_hr_user",
    )

    def _compute_commendation_member_awards(self):
        awards = self.env["commendation.award"].search(
            [("employee_id.department_id", "in", self.ids), ("state", "=", "valid")]
        )
        for dept in self:
            dept.commendation_member_award_ids = awards.filtered(
                lambda a, d=dept: a.employee_department_id == d
            )

    def _compute_commendation_next_eligible(self):
        types = self.env["commendation.type"].search(
            [
                "|",
                ("recipient_kind", "=", "collective"),
                ("allow_collective", "=", True),
            ]
        )
        today = fields.Date.context_today(self)
        results = {}
        if "commendation.eligibility" in self.env and types and self.ids:
            items = [
                {
                    "key": (dept.id, ctype.id),
                    "type": ctype,
                    "employee": self.env["hr.employee"],
                    "department": dept,
                    "partner": self.env["res.partner"],
                    "year": today.year,
                    "date": today,
                }
                for dept in self.sudo()
                for ctype in types
            ]
            results = self.env["commendation.eligibility"].sudo().evaluate(items)
        for dept in self:
            states = {
                ctype: results.get((dept.id, ctype.id), ("",))[0] for ctype in types
            }
            dept.commendation_next_eligible = (
                self.env["ir.qweb"]._render(
                    "emulation_commendation.commendation_next_eligible",
                    {
                        "year": today.year,
                        "eligible": [
                            t.name for t, s in states.items() if s == "eligible"
                        ],
                        "to_judge": [
                            t.name for t, s in states.items() if s == "unknown"
                        ],
                    },
                )
                if results
                else False
            )
