from datetime import date as date_cls

from odoo import api, fields, models


class EmulationCouncilMember(models.Model):
    _name = "emulation.council.member"
    _description = "Council Member"
    _inherit = ["emulation.record.mixin"]
    _order = "council_id, sequence, id"
    _rec_name = "employee_id"

    council_id = fields.Many2one(
        "emulation.council", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    employee_id = fields.Many2one("hr.employee", required=True)
    user_id = fields.Many2one(related="employee_id.user_id", string="User")
    job_title = fields.Char(
        string="Position", help="Position held in the agency, e.g. Giám đốc Sở."
    )
    role = fields.Selection(
        [
            ("chair", "Chair"),
            ("vice_chair", "Vice Chair"),
            ("member", "Member"),
            ("secretary", "Secretary"),
        ],
        required=True,
        default="member",
    )
    date_from = fields.Date(string="Member From")
    date_to = fields.Date(string="Member Until")

    _sql_constraints = [
        (
            "employee_council_uniq",
            "unique(council_id, employee_id)",
            "An employee is listed only once in a council.",
        ),
    ]

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        self._check_date_order(
            "date_from",
            "date_to",
            lambda member: self.env._(
                "The membership of %(name)s cannot end before it starts.",
                name=member.employee_id.name,
            ),
        )

    def _is_member_on(self, date):
        self.ensure_one()
        if self.date_from and date < self.date_from:
            return False
        return not (self.date_to and date > self.date_to)

    def _overlaps(self, other):
        self.ensure_one()
        start = self.date_from or date_cls.min
        end = self.date_to or date_cls.max
        other_start = other.date_from or date_cls.min
        other_end = other.date_to or date_cls.max
        return start <= other_end and other_start <= end
