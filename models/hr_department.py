from odoo import fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    emulation_code = fields.Char(
        string="Emulation Code", help="Short code used in documents, e.g. VP."
    )
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
