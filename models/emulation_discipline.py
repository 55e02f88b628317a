from odoo import api, fields, models

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
    _inherit = [
        "emulation.employee.record.mixin",
        "emulation.record.mixin",
        "mail.thread",
    ]
    _order = "date desc, id desc"
    _import_natural_key = ("employee_id", "date", "form")
    _import_aliases = {"form": DISCIPLINE_ALIASES}

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
        self._set_display_name_with_label(
            "form",
            lambda rec, form: (
                f"{rec.employee_id.name or ''}: {form} ({rec.date or ''})"
            ),
        )

    @api.constrains("date_block_start", "date_block_end")
    def _check_block_period(self):
        self._check_date_order(
            "date_block_start",
            "date_block_end",
            lambda rec: self.env._(
                "The period during which the discipline blocks awards "
                "cannot end (%(end)s) before it starts (%(start)s).",
                end=rec.date_block_end,
                start=rec.date_block_start,
            ),
        )
