from odoo import api, fields, models
from odoo.exceptions import ValidationError

YEAR_MIN = 2000
YEAR_MAX = 2100


class EmulationYearMixin(models.AbstractModel):
    _name = "emulation.year.mixin"
    _inherit = ["emulation.record.mixin"]
    _description = "Record of a Year"

    year = fields.Integer(
        required=True,
        index=True,
        default=lambda self: fields.Date.context_today(self).year,
    )

    @api.constrains("year")
    def _check_year(self):
        for record in self:
            if not YEAR_MIN <= record.year <= YEAR_MAX:
                raise ValidationError(
                    self.env._(
                        "The year %(year)s is not valid: it must be between "
                        "%(min)s and %(max)s.",
                        year=record.year,
                        min=YEAR_MIN,
                        max=YEAR_MAX,
                    )
                )

    def _check_one_per_year(self, field, message):
        """One record per ``field`` (e.g. the employee) and year:
        ``message(value, year)`` says which one is recorded twice."""
        groups = self.with_context(active_test=False)._read_group(
            [
                (field, "in", self[field].ids),
                ("year", "in", list(set(self.mapped("year")))),
            ],
            [field, "year"],
            ["__count"],
        )
        for value, year, count in groups:
            if count > 1:
                raise ValidationError(message(value, year))

    def _set_year_display_name(self, who_field, value_field):
        """``<who> <year>: <value's label>``, e.g. a unit's rating."""
        self._set_display_name_with_label(
            value_field,
            lambda record, label: (
                f"{record[who_field].name or ''} {record.year}: {label}"
            ),
        )
