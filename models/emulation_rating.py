from odoo import api, fields, models
from odoo.exceptions import ValidationError

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
        "emulation.rating.mixin",
        "emulation.employee.record.mixin",
        "mail.thread",
    ]
    _order = "year desc, employee_id"
    _import_natural_key = ("employee_id", "year")
    _rated_field = "employee_id"
    _import_aliases = {"rating": RATING_ALIASES}

    points = fields.Float(digits=(5, 2), help="Score out of 100 (HP QĐ 212/2025).")

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "xep_loai_ca_nhan.xlsx",
                self.env._("Import Template for Quality Ratings"),
            )
        ]

    def _rated_twice_message(self, rated, year):
        return self.env._(
            "%(employee)s already has a quality rating for %(year)s: "
            "an employee has one rating per year.",
            employee=rated.name,
            year=year,
        )

    @api.constrains("points")
    def _check_points(self):
        for rec in self:
            if not 0 <= rec.points <= 100:
                raise ValidationError(
                    self.env._("Rating points must be between 0 and 100.")
                )
