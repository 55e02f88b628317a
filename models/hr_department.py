from odoo import fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    emulation_code = fields.Char(help="Short code used in documents, e.g. VP.")
    emulation_illustrative = fields.Boolean(
        string="Illustrative Unit",
        help="Set on demo units that are not in the source documents.",
    )
