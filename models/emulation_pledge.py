from odoo import api, fields, models
from odoo.exceptions import UserError

PLEDGE_STATES = [
    ("draft", "Draft"),
    ("signed", "Signed"),
    ("scoring", "Scoring"),
    ("closed", "Closed"),
]
RANKING_RULE = (
    "Members are ranked by the total given by the cluster (higher first). "
    "Ties are broken, in this order, by the number of criteria the cluster "
    "scored at their maximum (more first), by the penalty points (fewer "
    "first), by the self-assessed total (higher first), and finally by the "
    "member's name in alphabetical order."
)


class EmulationPledge(models.Model):
    _name = "emulation.pledge"
    _description = "Emulation Pledge"
    _inherit = [
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "year desc, cluster_id, id desc"

    # Activities of the workflow, closed when the pledge moves on.
    _workflow_activity_types = (
        "mail_activity_type_pledge_self_score",
        "mail_activity_type_pledge_cluster_score",
    )

    name = fields.Char(required=True, tracking=True)
    cluster_id = fields.Many2one(
        "emulation.cluster",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    date_signed = fields.Date(string="Signed On", tracking=True, copy=False)
    document_number = fields.Char(
        string="Pledge Document", help="Number of the signed pledge document."
    )
    document_file = fields.Binary(string="Signed Copy", attachment=True, copy=False)
    document_filename = fields.Char()
    description = fields.Html(help="Commitments of the members.")
    criterion_ids = fields.One2many(
        "emulation.pledge.criterion", "pledge_id", string="Criteria", copy=True
    )
    result_ids = fields.One2many(
        "emulation.pledge.result", "pledge_id", string="Results", copy=False
    )
    score_ids = fields.One2many(
        "emulation.pledge.score", "pledge_id", string="Scores", copy=False
    )
    max_total = fields.Float(
        string="Maximum Points",
        compute="_compute_max_total",
        help="Sum of the maximum points of the normal criteria.",
    )
    head_member_id = fields.Many2one(
        "emulation.cluster.member",
        string="Head Unit",
        compute="_compute_head_member_id",
        store=True,
        help="Head of the cluster for the pledge's year: enters the cluster "
        "scores with the Office.",
    )
    head_department_id = fields.Many2one(
        related="head_member_id.department_id",
        string="Head Department",
        store=True,
    )
    leader_member_id = fields.Many2one(
        "emulation.cluster.member",
        string="Proposed for the Emulation Flag",
        compute="_compute_leader_member_id",
        store=True,
        readonly=False,
        tracking=True,
        domain="[('cluster_id', '=', cluster_id)]",
        help="The member ranked first, proposed for the Emulation Flag; the "
        "Office may choose another member before closing the pledge.",
    )
    flag_type_id = fields.Many2one(
        "commendation.type",
        string="Proposed Award",
        help="Emulation Flag (or other award) proposed for the leader.",
    )
    state = fields.Selection(
        PLEDGE_STATES,
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    date_closed = fields.Date(string="Closed On", readonly=True, copy=False)
    can_sign = fields.Boolean(compute="_compute_workflow_can")
    can_start_scoring = fields.Boolean(compute="_compute_workflow_can")
    can_close = fields.Boolean(compute="_compute_workflow_can")
    can_reopen = fields.Boolean(compute="_compute_workflow_can")
    can_reset_draft = fields.Boolean(compute="_compute_workflow_can")

    _sql_constraints = [
        (
            "cluster_year_uniq",
            "unique(cluster_id, year)",
            "The cluster already has a pledge for this year.",
        ),
    ]

    @api.depends("criterion_ids.max_points", "criterion_ids.kind")
    def _compute_max_total(self):
        for pledge in self:
            pledge.max_total = sum(
                pledge.criterion_ids.filtered(lambda c: c.kind == "normal").mapped(
                    "max_points"
                )
            )

    @api.depends(
        "cluster_id",
        "year",
        "cluster_id.role_ids.member_id",
        "cluster_id.role_ids.year",
    )
    def _compute_head_member_id(self):
        for pledge in self:
            pledge.head_member_id = (
                pledge.cluster_id._get_role_member("head", pledge.year)
                if pledge.cluster_id
                else False
            )

    @api.depends("result_ids.rank", "result_ids.cluster_total")
    def _compute_leader_member_id(self):
        for pledge in self:
            if pledge.state == "closed":
                # the proposal is frozen once the pledge is closed
                pledge.leader_member_id = pledge.leader_member_id
                continue
            first = pledge.result_ids.filtered(
                lambda r: r.rank == 1 and r.cluster_total > 0
            )
            pledge.leader_member_id = first[:1].member_id

    # ------------------------------------------------------------------
    # Who may act
    # ------------------------------------------------------------------
    def _user_departments(self):
        return self.env["hr.department"]._emulation_acting_for()

    def _is_head_unit_user(self):
        """Whether the user is a unit officer of the head unit of the pledge."""
        self.ensure_one()
        return bool(
            self.head_department_id
            and self.env.user.has_group("emulation_commendation.group_unit_officer")
            and self.head_department_id in self._user_departments()
        )

    def _check_organiser(self):
        """The workflow's check: the Office, or the head unit of the cluster
        for the year."""
        self.ensure_one()
        if (
            self.env.user.has_group("emulation_commendation.group_office")
            or self._is_head_unit_user()
        ):
            return False
        return self.env._(
            "This step of the pledge is reserved to the Office and to the head "
            "unit of “%(cluster)s” for %(year)s.",
            cluster=self.cluster_id.name,
            year=self.year,
        )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        organisers = ("group_office", "group_unit_officer")
        who_organisers = self.env._("the Office and the head unit of the cluster")
        office = ("group_office",)
        who_office = self.env._("the Office")
        return {
            "sign": {
                "label": self.env._("Signing a pledge"),
                "from": ("draft",),
                "to": "signed",
                "groups": organisers,
                "who": who_organisers,
                "check": "_check_organiser",
                "activity": (
                    "mail_activity_type_pledge_self_score",
                    "_member_users",
                    self.env._("Enter your unit's self scores"),
                ),
            },
            "start_scoring": {
                "label": self.env._("Starting the scoring"),
                "from": ("signed",),
                "to": "scoring",
                "groups": organisers,
                "who": who_organisers,
                "check": "_check_organiser",
                "activity": (
                    "mail_activity_type_pledge_cluster_score",
                    "_head_unit_users",
                    self.env._("Enter the cluster scores"),
                ),
            },
            "close": {
                "label": self.env._("Closing a pledge"),
                "from": ("scoring",),
                "to": "closed",
                "groups": office,
                "who": who_office,
                "message": "_close_message",
            },
            "reopen": {
                "label": self.env._("Reopening the scoring"),
                "from": ("closed",),
                "to": "scoring",
                "groups": office,
                "who": who_office,
            },
            "reset_draft": {
                "label": self.env._("Resetting a pledge to draft"),
                "from": ("signed",),
                "to": "draft",
                "groups": office,
                "who": who_office,
            },
        }

    def _member_users(self):
        """Heads of the member departments, who enter their self scores."""
        self.ensure_one()
        return self.sudo().cluster_id.member_ids.department_id.manager_id.user_id

    def _head_unit_users(self):
        """Head of the cluster's head unit, who enters the cluster scores."""
        self.ensure_one()
        return self.sudo().head_department_id.manager_id.user_id

    def _close_message(self):
        self.ensure_one()
        return self.env._(
            "Pledge closed. Proposed for the Emulation Flag: %(leader)s.",
            leader=self.leader_member_id.name or self.env._("nobody"),
        )

    def action_sign(self):
        self._workflow_check("sign")
        for pledge in self:
            if not pledge.criterion_ids:
                raise UserError(
                    self.env._(
                        "The pledge “%(pledge)s” has no criteria: add them "
                        "before signing.",
                        pledge=pledge.name,
                    )
                )
            if not pledge.cluster_id.member_ids:
                raise UserError(
                    self.env._(
                        "The cluster “%(cluster)s” has no members.",
                        cluster=pledge.cluster_id.name,
                    )
                )
        for pledge in self:
            pledge._workflow_move(
                "sign",
                {"date_signed": pledge.date_signed or fields.Date.context_today(self)},
            )
        self.sudo()._generate_score_lines()
        return True

    def action_start_scoring(self):
        self._workflow_move("start_scoring")
        self.sudo()._generate_score_lines()
        return True

    def action_close(self):
        self._workflow_check("close")
        # settle the ranking and the proposal before they are frozen
        self.mapped("leader_member_id")
        return self._workflow_move(
            "close", {"date_closed": fields.Date.context_today(self)}
        )

    def action_reopen(self):
        return self._workflow_move("reopen", {"date_closed": False})

    def action_reset_draft(self):
        return self._workflow_move("reset_draft")

    def _generate_score_lines(self):
        """Create the missing results (one per member) and score lines (one
        per member and criterion). Running it again creates nothing new."""
        Result = self.env["emulation.pledge.result"]
        Score = self.env["emulation.pledge.score"]
        for pledge in self:
            existing = {r.member_id: r for r in pledge.result_ids}
            new_members = pledge.cluster_id.member_ids.filtered(
                lambda m, existing=existing: m not in existing
            )
            if new_members:
                for result in Result.create(
                    [{"pledge_id": pledge.id, "member_id": m.id} for m in new_members]
                ):
                    existing[result.member_id] = result
            scored = {(s.result_id, s.criterion_id) for s in pledge.score_ids}
            vals_list = [
                {"result_id": result.id, "criterion_id": criterion.id}
                for result in existing.values()
                for criterion in pledge.criterion_ids
                if (result, criterion) not in scored
            ]
            if vals_list:
                Score.create(vals_list)

    def action_open_score_sheet(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._emulation_records_of(
            "emulation_pledge_score_action",
            "pledge_id",
            self,
            defaults=False,
            search_default_group_member=1,
        )
        action["name"] = self.env._("Score Sheet: %(pledge)s", pledge=self.name)
        return action
