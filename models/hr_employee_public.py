from odoo import fields, models

from .hr_employee_base import RECORDS_GROUPS


class HrEmployeePublic(models.Model):
    """Users of the Office and Directors without HR rights open employees as
    public profiles: they get the same smart buttons and tab there (fields,
    computes and buttons shared on ``hr.employee.base``)."""

    _inherit = "hr.employee.public"

    # Public recognition: colleagues see the valid awards of each other.
    commendation_award_ids = fields.Many2many(
        "commendation.award",
        string="Awards",
        compute="_compute_commendation_award_ids",
    )
    emulation_rating_ids = fields.One2many(readonly=True)
    emulation_discipline_ids = fields.One2many(readonly=True)
    emulation_pending_matter_ids = fields.One2many(readonly=True)
    emulation_service_start = fields.Date(
        string="Service Start (Emulation)",
        readonly=True,
        groups=RECORDS_GROUPS,
    )

    def _compute_commendation_award_ids(self):
        awards = self.env["commendation.award"].search(
            [("employee_id", "in", self.ids), ("state", "=", "valid")]
        )
        for employee in self:
            employee.commendation_award_ids = awards.filtered(
                lambda a, e=employee: a.employee_id.id == e.id
            )
