from odoo import api, fields, models

from .emulation_rating import RATING_ALIASES, RATINGS


class EmulationDepartmentRating(models.Model):
    """Xếp loại chất lượng tập thể: the yearly rating of a unit as a unit
    (not of its head), which the collective criteria (TTLĐTT, TTLĐXS, Cờ thi
    đua, collective Bằng khen) read."""

    _name = "emulation.department.rating"
    _description = "Collective Quality Rating"
    _inherit = ["emulation.year.mixin", "emulation.import.mixin", "mail.thread"]
    _order = "year desc, department_id"
    _import_natural_key = ("department_id", "year")
    _import_aliases = {"rating": RATING_ALIASES}

    department_id = fields.Many2one(
        "hr.department",
        string="Unit",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
        # Dissolved units (archived) keep their history.
        context={"active_test": False},
    )
    company_id = fields.Many2one(related="department_id.company_id", store=True)
    rating = fields.Selection(RATINGS, required=True, tracking=True)
    assessed_by = fields.Char(
        tracking=True,
        help="Who assessed the unit, e.g. Giám đốc Sở, UBND thành phố.",
    )
    decision_number = fields.Char(string="Rating Decision")
    date = fields.Date(string="Date Rated")
    note = fields.Text()

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "xep_loai_tap_the.xlsx",
                self.env._("Import Template for Collective Ratings"),
            )
        ]

    @api.depends("department_id", "year", "rating")
    def _compute_display_name(self):
        self._set_year_display_name("department_id", "rating")

    @api.constrains("department_id", "year")
    def _check_unique_per_year(self):
        self._check_one_per_year(
            "department_id",
            lambda department, year: self.env._(
                "%(unit)s already has a collective quality rating for "
                "%(year)s: a unit has one rating per year.",
                unit=department.name,
                year=year,
            ),
        )

    # The stored eligibility of the open dossier lines about these units
    # follows their collective ratings.
    def _refresh_dossier_eligibility(self, departments):
        self.env["commendation.dossier.line"]._recompute_eligibility_for(
            departments=departments
        )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        self._refresh_dossier_eligibility(records.department_id)
        return records

    def write(self, vals):
        before = self.department_id
        res = super().write(vals)
        self._refresh_dossier_eligibility(before | self.department_id)
        return res

    def unlink(self):
        departments = self.department_id
        res = super().unlink()
        self._refresh_dossier_eligibility(departments)
        return res
