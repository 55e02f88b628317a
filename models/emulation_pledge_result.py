from collections import defaultdict

from odoo import api, fields, models

from .emulation_pledge import RANKING_RULE


class EmulationPledgeResult(models.Model):
    _name = "emulation.pledge.result"
    _description = "Pledge Result of a Member"
    _order = "pledge_id, rank, id"

    pledge_id = fields.Many2one(
        "emulation.pledge",
        required=True,
        ondelete="cascade",
        index=True,
    )
    pledge_state = fields.Selection(related="pledge_id.state", string="Pledge Status")
    year = fields.Integer(related="pledge_id.year", store=True)
    member_id = fields.Many2one(
        "emulation.cluster.member",
        required=True,
        ondelete="restrict",
        index=True,
    )
    name = fields.Char(related="member_id.name", store=True)
    department_id = fields.Many2one(
        related="member_id.department_id", store=True, index=True
    )
    score_ids = fields.One2many("emulation.pledge.score", "result_id", string="Scores")
    self_total = fields.Float(
        compute="_compute_totals",
        store=True,
        help="Criteria plus bonus minus penalty points, as scored by the member.",
    )
    cluster_total = fields.Float(
        compute="_compute_totals",
        store=True,
        help="Criteria plus bonus minus penalty points, as scored by the "
        "cluster. This total decides the ranking.",
    )
    penalty_total = fields.Float(
        string="Penalty Points", compute="_compute_totals", store=True
    )
    criteria_at_max_count = fields.Integer(
        string="Criteria at Maximum",
        compute="_compute_totals",
        store=True,
        help="Number of criteria the cluster scored at their maximum.",
    )
    rank = fields.Integer(compute="_compute_rank", store=True, help=RANKING_RULE)
    is_leader = fields.Boolean(string="Proposed Leader", compute="_compute_is_leader")

    _sql_constraints = [
        (
            "member_uniq",
            "unique(pledge_id, member_id)",
            "A member has one result per pledge.",
        ),
    ]

    @api.depends(
        "score_ids.self_score",
        "score_ids.cluster_score",
        "score_ids.criterion_id.kind",
        "score_ids.criterion_id.max_points",
    )
    def _compute_totals(self):
        # One ordered-by-id query for all the results: reading ``score_ids``
        # would order the scores by their result, hence by its rank, and
        # flush the rank (computed from these very totals) too early.
        scores_by_result = defaultdict(list)
        if self.ids and all(self.ids):
            for score in self.env["emulation.pledge.score"].search_fetch(
                [("result_id", "in", self.ids)],
                ["result_id", "self_score", "cluster_score", "criterion_id"],
                order="id",
            ):
                scores_by_result[score.result_id.id].append(score)
        else:
            for result in self:
                scores_by_result[result.id] = list(result.score_ids)
        for result in self:
            self_total = cluster_total = penalty = 0.0
            at_max = 0
            for score in scores_by_result[result.id]:
                kind = score.criterion_id.kind
                sign = -1 if kind == "penalty" else 1
                self_total += sign * score.self_score
                cluster_total += sign * score.cluster_score
                if kind == "penalty":
                    penalty += score.cluster_score
                elif (
                    kind == "normal"
                    and score.cluster_score >= score.criterion_id.max_points
                ):
                    at_max += 1
            result.self_total = self_total
            result.cluster_total = cluster_total
            result.penalty_total = penalty
            result.criteria_at_max_count = at_max

    def _ranking_key(self):
        return (
            -self.cluster_total,
            -self.criteria_at_max_count,
            self.penalty_total,
            -self.self_total,
            (self.name or "").lower(),
            self.id,
        )

    @api.depends(
        "pledge_id.result_ids.cluster_total",
        "pledge_id.result_ids.criteria_at_max_count",
        "pledge_id.result_ids.penalty_total",
        "pledge_id.result_ids.self_total",
        "pledge_id.result_ids.name",
    )
    def _compute_rank(self):
        for pledge in self.pledge_id:
            ordered = pledge.result_ids.sorted(lambda r: r._ranking_key())
            for rank, result in enumerate(ordered, start=1):
                if result in self:
                    result.rank = rank
        for result in self.filtered(lambda r: not r.pledge_id):
            result.rank = 0

    @api.depends("pledge_id.leader_member_id", "member_id")
    def _compute_is_leader(self):
        for result in self:
            result.is_leader = result.member_id == result.pledge_id.leader_member_id

    def action_open_scores(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._emulation_records_of(
            "emulation_pledge_score_action", "result_id", self, defaults=False
        )
        action["name"] = self.env._("Scores: %(member)s", member=self.name)
        return action
