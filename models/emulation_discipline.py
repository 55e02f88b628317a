from odoo import api, fields, models
from odoo.exceptions import ValidationError

DISCIPLINE_FORMS = [
    ("reprimand", "Reprimand"),
    ("warning", "Warning"),
    ("salary_reduction", "Salary Grade Reduction"),
    ("demotion", "Demotion"),
    ("removal", "Removal from Office"),
    ("dismissal", "Dismissal"),
]
# The Vietnamese names of the forms (for the import).
DISCIPLINE_ALIASES = {
    "Khiển trách": "reprimand",
    "Cảnh cáo": "warning",
    "Hạ bậc lương": "salary_reduction",
    "Giáng chức": "demotion",
    "Cách chức": "removal",
    "Buộc thôi việc": "dismissal",
}
# Heavier forms rank higher.
DISCIPLINE_RANK = {code: rank for rank, (code, _label) in enumerate(DISCIPLINE_FORMS)}


class EmulationDiscipline(models.Model):
    _name = "emulation.discipline"
    _description = "Disciplinary Measure"
    _inherit = ["emulation.import.employee.mixin", "mail.thread"]
    _order = "date desc, id desc"
    _import_natural_key = ("employee_id", "date", "form")
    _import_aliases = {"form": DISCIPLINE_ALIASES}

    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    # The unit the employee was in at the time: moving the employee later
    # leaves the record with that unit.
    department_id = fields.Many2one(
        "hr.department",
        compute="_compute_department_at_the_time",
        store=True,
        readonly=False,
        index=True,
        context={"active_test": False},
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True)
    date = fields.Date(
        string="Decision Date",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    form = fields.Selection(DISCIPLINE_FORMS, required=True, tracking=True)
    decision_number = fields.Char(tracking=True)
    reason = fields.Text()
    date_block_start = fields.Date(
        string="Blocks Awards From",
        required=True,
        default=fields.Date.context_today,
        help="First day of the period during which the measure blocks awards.",
    )
    date_block_end = fields.Date(
        string="Blocks Awards Until",
        required=True,
        help="Achievements count again only after this date.",
    )

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "ky_luat.xlsx", self.env._("Import Template for Disciplinary Measures")
            )
        ]

    @api.depends("employee_id", "form", "date")
    def _compute_display_name(self):
        labels = dict(self._fields["form"]._description_selection(self.env))
        for rec in self:
            rec.display_name = (
                f"{rec.employee_id.name or ''}: {labels.get(rec.form, '')}"
                f" ({rec.date or ''})"
            )

    @api.constrains("date_block_start", "date_block_end")
    def _check_block_period(self):
        for rec in self:
            if rec.date_block_end < rec.date_block_start:
                raise ValidationError(
                    self.env._(
                        "The period during which the discipline blocks awards "
                        "cannot end (%(end)s) before it starts (%(start)s).",
                        end=rec.date_block_end,
                        start=rec.date_block_start,
                    )
                )
