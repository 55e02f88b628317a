from odoo import api, fields, models
from odoo.exceptions import ValidationError

RATINGS = [
    ("excellent", "Excellently Completed (HTXS)"),
    ("good", "Well Completed (HTT)"),
    ("complete", "Completed (HT)"),
    ("incomplete", "Not Completed (KHT)"),
]


class EmulationRatingMixin(models.AbstractModel):
    """A yearly quality rating (xếp loại chất lượng) of what ``_rated_field``
    names (an employee, a unit): one a year, shown as
    ``<who> <year>: <rating>``."""

    _name = "emulation.rating.mixin"
    _inherit = ["emulation.year.mixin", "emulation.record.mixin"]
    _description = "Yearly Quality Rating"
    # The many2one to what is rated, e.g. "employee_id".
    _rated_field = None

    rating = fields.Selection(RATINGS, required=True, tracking=True)
    decision_number = fields.Char(string="Rating Decision")
    date = fields.Date(string="Date Rated")
    note = fields.Text()

    def _rated_and(self, *fnames):
        """``fnames`` after the rated field (the mixin itself has none)."""
        return (self._rated_field, *fnames) if self._rated_field else fnames

    @api.depends(lambda self: self._rated_and("year", "rating"))
    def _compute_display_name(self):
        self._set_year_display_name(self._rated_field, "rating")

    @api.constrains(lambda self: self._rated_and("year"))
    def _check_unique_per_year(self):
        self._check_one_per_year(self._rated_field, self._rated_twice_message)

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

    def _rated_twice_message(self, rated, year):
        """The refusal of a second rating of ``rated`` for ``year``."""
        raise NotImplementedError
