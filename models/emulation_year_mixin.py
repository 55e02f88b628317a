from odoo import api, fields, models
from odoo.exceptions import ValidationError

YEAR_MIN = 2000
YEAR_MAX = 2100


class EmulationYearMixin(models.AbstractModel):
    _name = "emulation.year.mixin"
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
