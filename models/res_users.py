from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    emulation_department_ids = fields.Many2many(
        "hr.department",
        string="Own Departments (Emulation)",
        compute="_compute_emulation_department_ids",
        compute_sudo=True,
        help="The departments of the user's employees: the user acts for them "
        "and their sub-departments.",
    )
    # The record rules read this field (child_of
    # user.emulation_department_ids.ids); the code asks
    # hr.department._emulation_acting_for(), which expands the same roots.

    @api.depends("employee_ids.department_id")
    def _compute_emulation_department_ids(self):
        for user in self:
            user.emulation_department_ids = user.employee_ids.department_id
