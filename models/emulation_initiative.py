from odoo import api, fields, models
from odoo.exceptions import ValidationError

INITIATIVE_LEVELS = [
    ("unit", "Grassroots (Unit)"),
    ("city", "City / Province"),
    ("national", "National"),
]
LEVEL_RANK = {"unit": 0, "city": 1, "national": 2}
# The Vietnamese names of the levels (for the import).
LEVEL_ALIASES = {
    "Cơ sở": "unit",
    "Cấp cơ sở": "unit",
    "Thành phố": "city",
    "Cấp thành phố": "city",
    "Tỉnh": "city",
    "Cấp tỉnh": "city",
    "Toàn quốc": "national",
    "Cấp toàn quốc": "national",
}


class EmulationInitiative(models.Model):
    _name = "emulation.initiative"
    _description = "Initiative or Research Project"
    _inherit = [
        "emulation.year.mixin",
        "emulation.import.employee.mixin",
        "mail.thread",
    ]
    _order = "year desc, id desc"
    _import_natural_key = ("name", "year")
    _import_aliases = {
        "level": LEVEL_ALIASES,
        "kind": {"Sáng kiến": "initiative", "Đề tài": "research", "Đề án": "scheme"},
    }

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

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "sang_kien.xlsx", self.env._("Import Template for Initiatives")
            )
        ]

    def _import_resolve(self, table, errors):
        result = super()._import_resolve(table, errors)
        if table.has("employee_ids"):
            self._import_resolve_employee_list(table, "employee_ids", errors)
        return result

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
