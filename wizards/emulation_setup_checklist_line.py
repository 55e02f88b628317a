from odoo import api, fields, models

from .emulation_setup_checklist import CHECKS


class EmulationSetupChecklistLine(models.TransientModel):
    _name = "emulation.setup.checklist.line"
    _description = "First-Run Checklist Item"
    _order = "sequence, id"

    checklist_id = fields.Many2one(
        "emulation.setup.checklist", required=True, ondelete="cascade"
    )
    sequence = fields.Integer()
    key = fields.Selection(
        [(key, label) for key, (_seq, label, _action) in CHECKS.items()],
        string="Item",
        required=True,
    )
    done = fields.Boolean()
    detail = fields.Char(string="What Is Missing")

    @api.depends("key")
    def _compute_display_name(self):
        labels = dict(self._fields["key"]._description_selection(self.env))
        for line in self:
            line.display_name = labels.get(line.key, "")

    def action_fix(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(CHECKS[self.key][2])
        if self.key == "users" and self.env.user.has_group("base.group_system"):
            action = self.env["ir.actions.act_window"]._for_xml_id(
                "base.action_res_users"
            )
            action["domain"] = [("share", "=", False), ("employee_ids", "=", False)]
        return action
