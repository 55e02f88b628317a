from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

SCORE_FIELDS = {"self_score", "cluster_score"}


class EmulationPledgeScore(models.Model):
    _name = "emulation.pledge.score"
    _description = "Pledge Score"
    _order = "pledge_id, result_id, criterion_sequence, criterion_id"

    result_id = fields.Many2one(
        "emulation.pledge.result",
        string="Member Result",
        required=True,
        ondelete="cascade",
        index=True,
    )
    criterion_id = fields.Many2one(
        "emulation.pledge.criterion",
        required=True,
        ondelete="cascade",
        index=True,
    )
    pledge_id = fields.Many2one(
        related="result_id.pledge_id", store=True, index=True, string="Pledge"
    )
    pledge_state = fields.Selection(related="pledge_id.state", string="Pledge Status")
    member_id = fields.Many2one(
        related="result_id.member_id", store=True, string="Member"
    )
    department_id = fields.Many2one(
        related="result_id.department_id", store=True, index=True
    )
    criterion_sequence = fields.Integer(
        related="criterion_id.sequence", store=True, string="Criterion Order"
    )
    kind = fields.Selection(related="criterion_id.kind")
    max_points = fields.Float(related="criterion_id.max_points")
    self_score = fields.Float(help="Points the member gives itself.")
    cluster_score = fields.Float(
        help="Points given by the cluster (the Office or the head unit).",
    )
    note = fields.Char(help="Evidence or reason for the score.")
    can_edit_self = fields.Boolean(compute="_compute_can_edit")
    can_edit_cluster = fields.Boolean(compute="_compute_can_edit")

    _sql_constraints = [
        (
            "result_criterion_uniq",
            "unique(result_id, criterion_id)",
            "A member has one score line per criterion.",
        ),
    ]

    @api.depends("member_id", "criterion_id")
    def _compute_display_name(self):
        for score in self:
            score.display_name = (
                f"{score.member_id.name} - {score.criterion_id.display_name}"
            )

    @api.depends("pledge_id.state", "department_id")
    @api.depends_context("uid")
    def _compute_can_edit(self):
        is_office = self.env.user.has_group("emulation_commendation.group_office")
        mine = self.env["emulation.pledge"]._user_departments()
        for score in self:
            state = score.pledge_id.state
            score.can_edit_self = state in ("signed", "scoring") and (
                is_office or score.department_id in mine
            )
            score.can_edit_cluster = state == "scoring" and (
                is_office or score.pledge_id._is_head_unit_user()
            )

    @api.constrains("self_score", "cluster_score", "criterion_id")
    def _check_scores(self):
        for score in self:
            for field_name in SCORE_FIELDS:
                value = score[field_name]
                if value < 0 or value > score.criterion_id.max_points:
                    raise ValidationError(
                        self.env._(
                            "The score %(value)s of %(member)s for “%(criterion)s” "
                            "must lie between 0 and %(max)s.",
                            value=value,
                            member=score.member_id.name,
                            criterion=score.criterion_id.name,
                            max=score.criterion_id.max_points,
                        )
                    )

    def _check_score_write(self, vals):
        """Server-side rules on who enters which score, and when."""
        if self.env.su:
            return
        self._check_pledge_not_closed(
            lambda pledge: self.env._(
                "The pledge “%(pledge)s” is closed: its scores are read-only.",
                pledge=pledge.name,
            )
        )
        for score in self:
            pledge = score.pledge_id
            if "self_score" in vals and not score.can_edit_self:
                if pledge.state not in ("signed", "scoring"):
                    raise UserError(
                        self.env._("Self scores are entered once the pledge is signed.")
                    )
                raise UserError(
                    self.env._(
                        "You can only enter the self score of your own unit, "
                        "not of %(member)s.",
                        member=score.member_id.name,
                    )
                )
            if "cluster_score" in vals and not score.can_edit_cluster:
                if pledge.state != "scoring":
                    raise UserError(
                        self.env._(
                            "Cluster scores are entered during the scoring of "
                            "the pledge “%(pledge)s”.",
                            pledge=pledge.name,
                        )
                    )
                raise UserError(
                    self.env._(
                        "Only the Office or the head unit of the cluster for "
                        "%(year)s enters the cluster score.",
                        year=pledge.year,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        scores = super().create(vals_list)
        scores._check_score_write(
            {f: True for f in SCORE_FIELDS if any(f in v for v in vals_list)}
        )
        return scores

    def write(self, vals):
        self._check_score_write(vals)
        return super().write(vals)

    def _check_pledge_not_closed(self, message):
        """Refuse when a pledge of these scores is closed: ``message(pledge)``."""
        closed = self.pledge_id.filtered(lambda p: p.state == "closed")
        if closed:
            raise UserError(message(closed[0]))

    @api.ondelete(at_uninstall=False)
    def _unlink_except_closed(self):
        self._check_pledge_not_closed(
            lambda pledge: self.env._(
                "The pledge “%(pledge)s” is closed: its scores cannot be deleted.",
                pledge=pledge.name,
            )
        )
