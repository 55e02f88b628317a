from odoo import api, fields, models
from odoo.exceptions import UserError

CRITERION_KINDS = [
    ("normal", "Criterion"),
    ("bonus", "Bonus"),
    ("penalty", "Penalty"),
]


class EmulationPledgeCriterion(models.Model):
    _name = "emulation.pledge.criterion"
    _description = "Pledge Criterion"
    _order = "pledge_id, sequence, id"

    pledge_id = fields.Many2one(
        "emulation.pledge",
        required=True,
        ondelete="cascade",
        index=True,
    )
    sequence = fields.Integer(default=10)
    code = fields.Char(help="Number of the criterion in the pledge, e.g. 1.2.")
    name = fields.Char(string="Criterion", required=True)
    description = fields.Text(help="How the criterion is assessed.")
    kind = fields.Selection(
        CRITERION_KINDS,
        required=True,
        default="normal",
        help="Criterion points add up to the maximum of the pledge; bonus "
        "points are added on top; penalty points are deducted.",
    )
    max_points = fields.Float(
        string="Maximum Points",
        required=True,
        default=10.0,
        help="Highest score for this line (for a penalty: the most points "
        "that can be deducted).",
    )

    _sql_constraints = [
        (
            "max_points_positive",
            "CHECK(max_points > 0)",
            "The maximum points of a criterion must be positive.",
        ),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for criterion in self:
            criterion.display_name = (
                f"{criterion.code}. {criterion.name}"
                if criterion.code
                else criterion.name
            )

    def _check_pledge_open(self, pledges):
        closed = pledges.filtered(lambda p: p.state == "closed")
        if closed:
            raise UserError(
                self.env._(
                    "The pledge “%(pledge)s” is closed: its criteria can no "
                    "longer change.",
                    pledge=closed[0].name,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        criteria = super().create(vals_list)
        self._check_pledge_open(criteria.pledge_id)
        criteria.pledge_id.filtered(
            lambda p: p.state in ("signed", "scoring")
        ).sudo()._generate_score_lines()
        return criteria

    def write(self, vals):
        self._check_pledge_open(self.pledge_id)
        res = super().write(vals)
        if "max_points" in vals:
            self.env["emulation.pledge.score"].search(
                [("criterion_id", "in", self.ids)]
            )._check_scores()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_closed(self):
        self._check_pledge_open(self.pledge_id)
