from odoo import api, fields, models

from .emulation_rating import RATING_ALIASES


class EmulationDepartmentRating(models.Model):
    """Xếp loại chất lượng tập thể: the yearly rating of a unit as a unit
    (not of its head), which the collective criteria (TTLĐTT, TTLĐXS, Cờ thi
    đua, collective Bằng khen) read."""

    _name = "emulation.department.rating"
    _description = "Collective Quality Rating"
    _inherit = ["emulation.rating.mixin", "emulation.import.mixin", "mail.thread"]
    _order = "year desc, department_id"
    _import_natural_key = ("department_id", "year")
    _rated_field = "department_id"
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
    assessed_by = fields.Char(
        tracking=True,
        help="Who assessed the unit, e.g. Giám đốc Sở, UBND thành phố.",
    )

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "xep_loai_tap_the.xlsx",
                self.env._("Import Template for Collective Ratings"),
            )
        ]

    def _rated_twice_message(self, rated, year):
        return self.env._(
            "%(unit)s already has a collective quality rating for "
            "%(year)s: a unit has one rating per year.",
            unit=rated.name,
            year=year,
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
