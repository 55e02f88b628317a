from odoo import api, fields, models
from odoo.exceptions import ValidationError

RATINGS = [
    ("excellent", "Excellently Completed (HTXS)"),
    ("good", "Well Completed (HTT)"),
    ("complete", "Completed (HT)"),
    ("incomplete", "Not Completed (KHT)"),
]
# Higher is better: used to compare a rating with a required minimum.
RATING_RANK = {"incomplete": 0, "complete": 1, "good": 2, "excellent": 3}
# What a spreadsheet says for a rating besides the value and the label:
# the usual abbreviations and the Vietnamese wording (for the import).
RATING_ALIASES = {
    "HTXS": "excellent",
    "HTT": "good",
    "HT": "complete",
    "KHT": "incomplete",
    "Hoàn thành xuất sắc nhiệm vụ": "excellent",
    "Hoàn thành xuất sắc": "excellent",
    "Hoàn thành tốt nhiệm vụ": "good",
    "Hoàn thành tốt": "good",
    "Hoàn thành nhiệm vụ": "complete",
    "Hoàn thành": "complete",
    "Không hoàn thành nhiệm vụ": "incomplete",
    "Không hoàn thành": "incomplete",
}


class EmulationRating(models.Model):
    _name = "emulation.rating"
    _description = "Quality Rating"
    _inherit = [
        "emulation.year.mixin",
        "emulation.import.employee.mixin",
        "mail.thread",
    ]
    _order = "year desc, employee_id"
    _import_natural_key = ("employee_id", "year")
    _import_aliases = {"rating": RATING_ALIASES}

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
    rating = fields.Selection(RATINGS, required=True, tracking=True)
    points = fields.Float(digits=(5, 2), help="Score out of 100 (HP QĐ 212/2025).")
    decision_number = fields.Char(string="Rating Decision")
    date = fields.Date(string="Date Rated")
    note = fields.Text()

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "xep_loai_ca_nhan.xlsx",
                self.env._("Import Template for Quality Ratings"),
            )
        ]

    @api.depends("employee_id", "year", "rating")
    def _compute_display_name(self):
        self._set_year_display_name("employee_id", "rating")

    @api.constrains("employee_id", "year")
    def _check_unique_per_year(self):
        self._check_one_per_year(
            "employee_id",
            lambda employee, year: self.env._(
                "%(employee)s already has a quality rating for %(year)s: "
                "an employee has one rating per year.",
                employee=employee.name,
                year=year,
            ),
        )

    @api.constrains("points")
    def _check_points(self):
        for rec in self:
            if not 0 <= rec.points <= 100:
                raise ValidationError(
                    self.env._("Rating points must be between 0 and 100.")
                )
