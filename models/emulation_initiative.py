from odoo import api, fields, models
from odoo.exceptions import ValidationError

INITIATIVE_LEVELS = [
    ("unit", "Grassroots (Unit)"),
    ("city", "City / Province"),
    ("national", "National"),
]
LEVEL_RANK = {"unit": 0, "city": 1, "national": 2}


class EmulationInitiative(models.Model):
    _name = "emulation.initiative"
    _description = "Initiative or Research Project"
    _inherit = ["emulation.year.mixin", "mail.thread"]
    _order = "year desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    kind = fields.Selection(
        [
            ("initiative", "Initiative"),
            ("research", "Research Project"),
            ("scheme", "Scheme / Science Work"),
        ],
        required=True,
        default="initiative",
    )
    employee_ids = fields.Many2many(
        "hr.employee",
        string="Authors",
        tracking=True,
    )
    department_id = fields.Many2one(
        "hr.department",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        index=True,
    )
    level = fields.Selection(
        INITIATIVE_LEVELS,
        required=True,
        default="unit",
        tracking=True,
        help="Level at which the initiative was recognised and applied.",
    )
    decision_number = fields.Char(string="Recognising Decision", tracking=True)
    decision_date = fields.Date()
    description = fields.Text()
    active = fields.Boolean(default=True)

    @api.depends("employee_ids.department_id")
    def _compute_department_id(self):
        for rec in self:
            if not rec.department_id:
                rec.department_id = rec.employee_ids[:1].department_id

    def write(self, vals):
        res = super().write(vals)
        if "department_id" in vals or "employee_ids" in vals:
            # A unit officer may not move an initiative out of their own units:
            # the record rules must still grant the write on the new values.
            self.check_access("write")
        return res

    @api.constrains("employee_ids")
    def _check_employees(self):
        for rec in self:
            if not rec.employee_ids:
                raise ValidationError(
                    self.env._(
                        "The initiative “%(name)s” has no author: name at least "
                        "one employee.",
                        name=rec.name,
                    )
                )
