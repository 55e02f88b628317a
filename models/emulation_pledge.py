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
        return self.env["hr.department"].search(
            [("id", "child_of", self.env.user.employee_ids.department_id.ids)]
        )

    def _is_head_unit_user(self):
        """Whether the user is a unit officer of the head unit of the pledge."""
        self.ensure_one()
        return bool(
            self.head_department_id
            and self.env.user.has_group("emulation_commendation.group_unit_officer")
            and self.head_department_id in self._user_departments()
        )

    def _check_organiser(self, label):
        """The Office, or the head unit of the cluster for the year."""
        if self.env.su or self.env.user.has_group(
            "emulation_commendation.group_office"
        ):
            return
        for pledge in self:
            if not pledge._is_head_unit_user():
                raise UserError(
                    self.env._(
                        "%(action)s is reserved to the Office and to the head "
                        "unit of “%(cluster)s” for %(year)s.",
                        action=label,
                        cluster=pledge.cluster_id.name,
                        year=pledge.year,
                    )
                )

    # ------------------------------------------------------------------
    # State moves
    # ------------------------------------------------------------------
    def action_sign(self):
        label = self.env._("Signing a pledge")
        self._check_organiser(label)
        self._check_state(["draft"], label)
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
            pledge._set_state(
                "signed",
                date_signed=pledge.date_signed or fields.Date.context_today(self),
            )
        self.sudo()._generate_score_lines()
        return True

    def action_start_scoring(self):
        label = self.env._("Starting the scoring")
        self._check_organiser(label)
        self._check_state(["signed"], label)
        self._set_state("scoring")
        self.sudo()._generate_score_lines()
        return True

    def action_close(self):
        label = self.env._("Closing a pledge")
        self._check_group("emulation_commendation.group_office", label)
        self._check_state(["scoring"], label)
        # settle the ranking and the proposal before they are frozen
        self.mapped("leader_member_id")
        self._set_state("closed", date_closed=fields.Date.context_today(self))
        for pledge in self:
            pledge.message_post(
                body=self.env._(
                    "Pledge closed. Proposed for the Emulation Flag: %(leader)s.",
                    leader=pledge.leader_member_id.name or self.env._("nobody"),
                )
            )
        return True

    def action_reopen(self):
        label = self.env._("Reopening the scoring")
        self._check_group("emulation_commendation.group_office", label)
        self._check_state(["closed"], label)
        self._set_state("scoring", date_closed=False)
        return True

    def action_reset_draft(self):
        label = self.env._("Resetting a pledge to draft")
        self._check_group("emulation_commendation.group_office", label)
        self._check_state(["signed"], label)
        self._set_state("draft")
        return True

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
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.emulation_pledge_score_action"
        )
        action["domain"] = [("pledge_id", "=", self.id)]
        action["context"] = {"search_default_group_member": 1}
        action["name"] = self.env._("Score Sheet: %(pledge)s", pledge=self.name)
        return action
