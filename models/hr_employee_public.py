from odoo import fields, models


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    # Public recognition: colleagues see the valid awards of each other.
    commendation_award_ids = fields.Many2many(
        "commendation.award",
        string="Awards",
        compute="_compute_commendation_awards",
    )
    commendation_award_count = fields.Integer(
        string="Award Count", compute="_compute_commendation_awards"
    )

    def _compute_commendation_awards(self):
        awards = self.env["commendation.award"].search(
            [("employee_id", "in", self.ids), ("state", "=", "valid")]
        )
        for employee in self:
            mine = awards.filtered(lambda a, e=employee: a.employee_id.id == e.id)
            employee.commendation_award_ids = mine
            employee.commendation_award_count = len(mine)
