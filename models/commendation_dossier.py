from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Context key set by the action_* methods to let them change ``state``.
DOSSIER_STATE_CONTEXT = "commendation_dossier_state_change"

DOSSIER_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("verified", "Verified"),
    ("council", "At the Council"),
    ("approved", "Approved"),
    ("proposed", "Proposed Upwards"),
    ("decided", "Decided"),
    ("returned", "Returned"),
    ("rejected", "Rejected"),
    ("cancelled", "Cancelled"),
]
OPEN_STATES = ("draft", "submitted", "verified", "council", "approved", "proposed")
# States in which the council (and its members) may read a dossier.
COUNCIL_STATES = ("council", "approved", "proposed", "decided")

DOSSIER_KINDS = [
    ("annual", "Annual (Merit)"),
    ("thematic", "Thematic / Campaign"),
    ("ad_hoc", "Ad Hoc"),
    ("dedication", "Dedication"),
    ("foreign", "Foreign Affairs"),
]

MODULE = "emulation_commendation"
ACTIVITY_XMLIDS = [
    f"{MODULE}.mail_activity_type_dossier_verify",
    f"{MODULE}.mail_activity_type_dossier_council",
    f"{MODULE}.mail_activity_type_dossier_vote",
    f"{MODULE}.mail_activity_type_dossier_approve",
    f"{MODULE}.mail_activity_type_dossier_propose",
    f"{MODULE}.mail_activity_type_dossier_decide",
    f"{MODULE}.mail_activity_type_dossier_fix",
]


class CommendationDossier(models.Model):
    _name = "commendation.dossier"
    _description = "Award Proposal Dossier"
    _inherit = ["emulation.year.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "year desc, id desc"
    _mail_post_access = "read"

    name = fields.Char(
        string="Number",
        required=True,
        readonly=True,
        copy=False,
        default=lambda self: self.env._("New"),
        index="trigram",
    )
    title = fields.Char(string="Subject", tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    kind = fields.Selection(
        DOSSIER_KINDS, required=True, default="annual", tracking=True
    )
    movement_id = fields.Many2one(
        "emulation.movement",
        string="Emulation Movement",
        tracking=True,
        index=True,
        help="The movement (phong trào thi đua) a thematic dossier answers.",
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Proposing Unit",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.employee_id.department_id,
    )
    user_id = fields.Many2one(
        "res.users",
        string="Prepared By",
        default=lambda self: self.env.user,
        tracking=True,
        index=True,
    )
    office_user_id = fields.Many2one(
        "res.users",
        string="Office Officer",
        tracking=True,
        help="The Office officer in charge of this dossier: gets its activities. "
        "When empty, every Office officer does.",
    )
    date = fields.Date(
        string="Proposal Date", default=fields.Date.context_today, tracking=True
    )
    council_id = fields.Many2one("emulation.council", tracking=True)
    council_date = fields.Date(string="Council Meeting Date", tracking=True)
    present_member_ids = fields.Many2many(
        "emulation.council.member",
        "commendation_dossier_council_member_rel",
        "dossier_id",
        "member_id",
        string="Members Present",
        domain="[('council_id', '=', council_id)]",
    )
    council_member_total = fields.Integer(
        string="Council Total Members",
        compute="_compute_council_member_total",
        store=True,
        help="Members of the council on the meeting date: vote thresholds are "
        "counted against this total, not against those present.",
    )
    present_count = fields.Integer(
        string="Members Present (Count)", compute="_compute_present_count"
    )
    line_ids = fields.One2many(
        "commendation.dossier.line", "dossier_id", string="Proposed Recipients"
    )
    line_count = fields.Integer(
        string="Recipients", compute="_compute_line_stats", store=True
    )
    warning_count = fields.Integer(
        string="Eligibility Warnings",
        compute="_compute_line_stats",
        store=True,
        help="Lines not (or not surely) eligible.",
    )
    document_ids = fields.One2many(
        "commendation.dossier.document", "dossier_id", string="Documents"
    )
    required_document_kind_ids = fields.Many2many(
        "commendation.document.kind",
        string="Required Documents",
        compute="_compute_required_documents",
    )
    missing_document_kind_ids = fields.Many2many(
        "commendation.document.kind",
        string="Missing Documents",
        compute="_compute_required_documents",
    )
    state = fields.Selection(
        DOSSIER_STATES,
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    needs_higher_authority = fields.Boolean(
        compute="_compute_needs_higher_authority",
        help="Some proposed title or form is decided above the Director: the "
        "approved dossier is proposed upwards.",
    )
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    reject_reason = fields.Text(readonly=True, copy=False, tracking=True)
    decision_number = fields.Char(copy=False, tracking=True)
    decision_date = fields.Date(copy=False, tracking=True)
    decision_authority = fields.Char(copy=False)
    decision_signer = fields.Char(copy=False)
    decision_attachment_id = fields.Many2one(
        "ir.attachment", string="Signed Decision", copy=False
    )
    decision_file = fields.Binary(
        string="Signed Decision (Scan)", attachment=True, copy=False
    )
    decision_file_name = fields.Char(copy=False)
    award_ids = fields.One2many("commendation.award", "dossier_id", string="Awards")
    award_count = fields.Integer(compute="_compute_award_count")
    note = fields.Html()
    in_my_department = fields.Boolean(
        compute="_compute_in_my_department",
        search="_search_in_my_department",
    )
    is_waiting_for_me = fields.Boolean(
        compute="_compute_is_waiting_for_me",
        search="_search_is_waiting_for_me",
        string="Waiting for Me",
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("line_ids", "line_ids.eligibility_state", "line_ids.dropped")
    def _compute_line_stats(self):
        for dossier in self:
            lines = dossier.line_ids.filtered(lambda line: not line.dropped)
            dossier.line_count = len(lines)
            dossier.warning_count = len(
                lines.filtered(lambda line: line.eligibility_state != "eligible")
            )

    @api.depends(
        "council_id",
        "council_date",
        "council_id.member_ids.date_from",
        "council_id.member_ids.date_to",
    )
    def _compute_council_member_total(self):
        for dossier in self:
            dossier.council_member_total = dossier._get_council_member_total()

    @api.depends("present_member_ids")
    def _compute_present_count(self):
        for dossier in self:
            dossier.present_count = len(dossier.present_member_ids)

    def _get_council_member_total(self):
        self.ensure_one()
        if not self.council_id:
            return 0
        date = self.council_date or self.date or fields.Date.context_today(self)
        return len(self.council_id._get_members_on(date))

    @api.depends(
        "line_ids.type_id.required_document_kind_ids",
        "line_ids.dropped",
        "document_ids.kind_id",
        "document_ids.file",
    )
    def _compute_required_documents(self):
        for dossier in self:
            required = dossier.line_ids.filtered(
                lambda line: not line.dropped
            ).type_id.required_document_kind_ids
            present = dossier.document_ids.filtered("file").kind_id
            dossier.required_document_kind_ids = required
            dossier.missing_document_kind_ids = required - present

    @api.depends("line_ids.type_id.authority_level", "line_ids.dropped")
    def _compute_needs_higher_authority(self):
        for dossier in self:
            dossier.needs_higher_authority = any(
                line.type_id.authority_level != "department"
                for line in dossier.line_ids
                if not line.dropped
            )

    def _compute_award_count(self):
        counts = {
            dossier.id: count
            for dossier, count in self.env["commendation.award"]._read_group(
                [("dossier_id", "in", self.ids)], ["dossier_id"], ["__count"]
            )
        }
        for dossier in self:
            dossier.award_count = counts.get(dossier.id, 0)

    @api.depends("department_id")
    @api.depends_context("uid")
    def _compute_in_my_department(self):
        own = self._own_department_ids()
        for dossier in self:
            dossier.in_my_department = dossier.department_id.id in own

    def _search_in_my_department(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on “In My Department”."))
        departments = self.env.user.employee_ids.department_id.ids
        domain = [("department_id", "child_of", departments)]
        if (operator == "=") == value:
            return domain
        return ["!", *domain]

    @api.depends("activity_ids.user_id")
    @api.depends_context("uid")
    def _compute_is_waiting_for_me(self):
        waiting = self.search(
            [("id", "in", self.ids), ("is_waiting_for_me", "=", True)]
        )
        for dossier in self:
            dossier.is_waiting_for_me = dossier in waiting

    def _search_is_waiting_for_me(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on “Waiting for Me”."))
        positive = (operator == "=") == value
        domain = [
            ("activity_ids.user_id", "=", self.env.uid),
            (
                "activity_ids.activity_type_id",
                "in",
                self._activity_type_ids(),
            ),
        ]
        if positive:
            return domain
        return ["!", "&", *domain]

    @api.model
    def _activity_type_ids(self):
        ids = []
        for xmlid in ACTIVITY_XMLIDS:
            record = self.env.ref(xmlid, raise_if_not_found=False)
            if record:
                ids.append(record.id)
        return ids

    # ------------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("state", "draft") != "draft" and not (
                self.env.context.get(DOSSIER_STATE_CONTEXT) or self.env.su
            ):
                raise UserError(self.env._("A new dossier starts as a draft."))
            if not vals.get("name") or vals["name"] == self.env._("New"):
                # HS/<year>/: the year of the proposal, not of the server.
                date = vals.get("date") or fields.Date.context_today(self)
                vals["name"] = self.env["ir.sequence"].with_context(
                    ir_sequence_date=fields.Date.to_string(fields.Date.to_date(date))
                ).next_by_code("commendation.dossier") or self.env._("New")
        return super().create(vals_list)

    def write(self, vals):
        if "state" in vals and not (
            self.env.context.get(DOSSIER_STATE_CONTEXT) or self.env.su
        ):
            raise UserError(
                self.env._(
                    "The state of a dossier cannot be edited directly: use the "
                    "buttons (submit, verify, approve...)."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        for dossier in self:
            if dossier.state not in ("draft", "cancelled") or dossier.award_ids:
                raise UserError(
                    self.env._(
                        "Only a draft or cancelled dossier can be deleted: "
                        "%(dossier)s is %(state)s.",
                        dossier=dossier.name,
                        state=dossier._state_label(),
                    )
                )

    @api.constrains("kind", "line_ids")
    def _check_kind_recipients(self):
        self.line_ids._check_recipient()

    # ------------------------------------------------------------------
    # Checks shared by the actions
    # ------------------------------------------------------------------
    def _state_label(self, state=None):
        labels = dict(self._fields["state"]._description_selection(self.env))
        return labels.get(state or self.state, state or self.state)

    def _check_state(self, allowed, action):
        for dossier in self:
            if dossier.state not in allowed:
                raise UserError(
                    self.env._(
                        "%(action)s: the dossier %(dossier)s is %(state)s; this "
                        "step is only possible from %(allowed)s.",
                        action=action,
                        dossier=dossier.name,
                        state=dossier._state_label(),
                        allowed=", ".join(dossier._state_label(s) for s in allowed),
                    )
                )

    def _user_in(self, *groups):
        if self.env.su:
            return True
        user = self.env.user
        return any(user.has_group(f"{MODULE}.{group}") for group in groups)

    def _check_group(self, action, *groups, who=None):
        if not self._user_in(*groups):
            raise UserError(
                self.env._(
                    "%(action)s: only %(who)s can do this.",
                    action=action,
                    who=who or ", ".join(groups),
                )
            )

    def _own_department_ids(self):
        departments = self.env.user.employee_ids.department_id
        if not departments:
            return set()
        return set(
            self.env["hr.department"]
            .sudo()
            .search([("id", "child_of", departments.ids)])
            .ids
        )

    def _check_own_unit(self, action):
        """Unit officers act only for their own department and its children."""
        if self._user_in("group_office"):
            return
        own = self._own_department_ids()
        for dossier in self:
            if dossier.department_id.id not in own:
                raise UserError(
                    self.env._(
                        "%(action)s: %(dossier)s belongs to %(department)s, which "
                        "is not your department.",
                        action=action,
                        dossier=dossier.name,
                        department=dossier.department_id.name,
                    )
                )

    def _active_lines(self):
        return self.line_ids.filtered(lambda line: not line.dropped)

    # ------------------------------------------------------------------
    # Moves
    # ------------------------------------------------------------------
    def _move(self, new_state, message, extra=None):
        vals = dict(extra or {}, state=new_state)
        self.with_context(**{DOSSIER_STATE_CONTEXT: True}).write(vals)
        for dossier in self:
            dossier.message_post(body=message, subtype_xmlid="mail.mt_note")

    def _close_activities(self):
        self.sudo().activity_feedback(ACTIVITY_XMLIDS)

    def _group_users(self, group):
        users = (
            self.env.ref(f"{MODULE}.{group}")
            .sudo()
            .users.filtered(lambda u: not u.share and u.active and u.id != 1)
        )
        if group == "group_office":
            # Prefer the operational officers to the administrators.
            managers = self.env.ref(f"{MODULE}.group_manager").sudo().users
            operational = users - managers
            users = operational or users
        return users

    def _office_users(self):
        self.ensure_one()
        return self.office_user_id or self._group_users("group_office")

    def _secretary_users(self):
        self.ensure_one()
        date = self.council_date or fields.Date.context_today(self)
        if self.council_id:
            members = self.council_id.sudo()._get_members_on(date)
            secretary = members.filtered(lambda m: m.role == "secretary")
            users = secretary.employee_id.user_id
            if users:
                return users
        return self._office_users()

    def _schedule(self, xmlid_suffix, users, summary):
        """Close the previous step's activities and give the next actor one."""
        self._close_activities()
        for dossier in self:
            for user in users(dossier) if callable(users) else users:
                dossier.sudo().activity_schedule(
                    f"{MODULE}.{xmlid_suffix}",
                    summary=summary,
                    user_id=user.id,
                )

    def action_submit(self):
        action = self.env._("Submit")
        self._check_group(action, "group_unit_officer", who=self.env._("unit officers"))
        self._check_state(("draft", "returned"), action)
        self._check_own_unit(action)
        for dossier in self:
            if not dossier._active_lines():
                raise UserError(
                    self.env._(
                        "Submit: the dossier %(dossier)s proposes nobody: add at "
                        "least one recipient.",
                        dossier=dossier.name,
                    )
                )
            if dossier.kind == "thematic" and not dossier.movement_id:
                raise UserError(
                    self.env._(
                        "Submit: the thematic dossier %(dossier)s must name the "
                        "emulation movement it answers.",
                        dossier=dossier.name,
                    )
                )
            if dossier.missing_document_kind_ids:
                raise UserError(
                    self.env._(
                        "Submit: the dossier %(dossier)s lacks required documents: "
                        "%(documents)s.",
                        dossier=dossier.name,
                        documents=", ".join(
                            dossier.missing_document_kind_ids.mapped("name")
                        ),
                    )
                )
        self._move(
            "submitted",
            self.env._(
                "Dossier submitted to the Office by %(user)s.", user=self.env.user.name
            ),
            {"return_reason": False},
        )
        self._schedule(
            "mail_activity_type_dossier_verify",
            lambda d: d._office_users(),
            self.env._("Check the dossier"),
        )
        return True

    def action_verify(self):
        action = self.env._("Verify")
        self._check_group(action, "group_office", who=self.env._("the Office"))
        self._check_state(("submitted",), action)
        self._move(
            "verified",
            self.env._(
                "Dossier checked by the Office (%(user)s): complete.",
                user=self.env.user.name,
            ),
        )
        self._schedule(
            "mail_activity_type_dossier_council",
            lambda d: d._office_users(),
            self.env._("Put the dossier on the council's agenda"),
        )
        return True

    def action_to_council(self):
        action = self.env._("Send to Council")
        self._check_group(action, "group_office", who=self.env._("the Office"))
        self._check_state(("verified",), action)
        for dossier in self:
            if not dossier.council_id or not dossier.council_date:
                raise UserError(
                    self.env._(
                        "Send to Council: set the council and the meeting date of "
                        "%(dossier)s first.",
                        dossier=dossier.name,
                    )
                )
        self._move(
            "council",
            self.env._("Dossier put on the agenda of the council."),
        )
        self._schedule(
            "mail_activity_type_dossier_vote",
            lambda d: d._secretary_users(),
            self.env._("Record the council's vote"),
        )
        return True

    def action_vote_recorded(self):
        """The council's tallies are in: hand the dossier to the Director."""
        action = self.env._("Vote Recorded")
        self._check_group(
            action,
            "group_office",
            "group_council",
            who=self.env._("the Office or the council secretary"),
        )
        self._check_state(("council",), action)
        for dossier in self:
            if not dossier.present_member_ids:
                raise UserError(
                    self.env._(
                        "Vote Recorded: list the members present at the meeting "
                        "of %(dossier)s.",
                        dossier=dossier.name,
                    )
                )
            dossier.message_post(
                body=dossier._vote_summary(), subtype_xmlid="mail.mt_note"
            )
        self._schedule(
            "mail_activity_type_dossier_approve",
            self._group_users("group_director"),
            self.env._("Approve the council's proposal"),
        )
        return True

    def _vote_summary(self):
        self.ensure_one()
        parts = [
            self.env._(
                "Council vote: %(present)s of %(total)s members present.",
                present=len(self.present_member_ids),
                total=self.council_member_total,
            )
        ]
        for line in self._active_lines():
            parts.append(
                self.env._(
                    "%(recipient)s (%(type)s): %(for)s for, %(against)s against: "
                    "%(result)s.",
                    recipient=line.recipient_name,
                    type=line.type_id.name,
                    **{"for": line.votes_for},
                    against=line.votes_against,
                    result=self.env._("passed")
                    if line.vote_passed
                    else self.env._("not passed"),
                )
            )
        return "\n".join(parts)

    def action_approve(self):
        action = self.env._("Approve")
        self._check_group(action, "group_director", who=self.env._("the Director"))
        self._check_state(("council",), action)
        for dossier in self:
            lines = dossier._active_lines()
            if not lines:
                raise UserError(
                    self.env._(
                        "Approve: every line of %(dossier)s is dropped; reject the "
                        "dossier instead.",
                        dossier=dossier.name,
                    )
                )
            failed = lines.filtered(lambda line: not line.vote_passed)
            if failed:
                raise UserError(
                    self.env._(
                        "Approve: the council's vote did not reach the threshold "
                        "for %(lines)s. Drop these lines before approving.",
                        lines=", ".join(
                            f"{line.recipient_name} ({line.type_id.name})"
                            for line in failed
                        ),
                    )
                )
        self._move(
            "approved",
            self.env._("Approved by the Director (%(user)s).", user=self.env.user.name),
        )
        for dossier in self:
            if dossier.needs_higher_authority:
                dossier._schedule(
                    "mail_activity_type_dossier_propose",
                    dossier._office_users(),
                    self.env._("Send the proposal to the higher authority"),
                )
            else:
                dossier._schedule(
                    "mail_activity_type_dossier_decide",
                    self._group_users("group_director"),
                    self.env._("Sign the award decision"),
                )
        return True

    def action_propose(self):
        action = self.env._("Propose Upwards")
        self._check_group(
            action,
            "group_director",
            "group_office",
            who=self.env._("the Director or the Office"),
        )
        self._check_state(("approved",), action)
        for dossier in self:
            if not dossier.needs_higher_authority:
                raise UserError(
                    self.env._(
                        "Propose Upwards: every title or form of %(dossier)s is "
                        "decided by the Director; decide it here.",
                        dossier=dossier.name,
                    )
                )
        self._move(
            "proposed",
            self.env._("Proposal sent to the higher authority."),
        )
        self._schedule(
            "mail_activity_type_dossier_decide",
            lambda d: d._office_users(),
            self.env._("Record the decision received from the higher authority"),
        )
        return True

    def action_decide(self):
        action = self.env._("Decide")
        self._check_state(("approved", "proposed"), action)
        for dossier in self:
            if dossier.state == "approved":
                if dossier.needs_higher_authority:
                    raise UserError(
                        self.env._(
                            "Decide: %(dossier)s holds titles or forms decided "
                            "above the Director; propose it upwards first.",
                            dossier=dossier.name,
                        )
                    )
                dossier._check_group(
                    action, "group_director", who=self.env._("the Director")
                )
            else:
                dossier._check_group(
                    action,
                    "group_director",
                    "group_office",
                    who=self.env._("the Director or the Office"),
                )
            missing = [
                label
                for field, label in (
                    ("decision_number", self.env._("decision number")),
                    ("decision_date", self.env._("decision date")),
                )
                if not dossier[field]
            ]
            if missing:
                raise UserError(
                    self.env._(
                        "Decide: fill in the %(missing)s of %(dossier)s.",
                        missing=", ".join(missing),
                        dossier=dossier.name,
                    )
                )
        Award = self.env["commendation.award"]
        award_vals = []
        for dossier in self:
            award_vals += dossier._prepare_award_values()
        awards = Award.create(award_vals)
        for award in awards:
            award.dossier_line_id.award_id = award
        for dossier in self:
            if dossier.decision_file and not dossier.decision_attachment_id:
                dossier.decision_attachment_id = (
                    self.env["ir.attachment"]
                    .sudo()
                    .search(
                        [
                            ("res_model", "=", self._name),
                            ("res_id", "=", dossier.id),
                            ("res_field", "=", "decision_file"),
                        ],
                        limit=1,
                    )
                )
        self._move(
            "decided",
            self.env._(
                "Decision recorded; %(count)s award(s) created.",
                count=len(awards),
            ),
        )
        self._close_activities()
        return True

    def _prepare_award_values(self):
        self.ensure_one()
        BaseSalary = self.env["commendation.base.salary"]
        base = BaseSalary._get_amount_on(self.decision_date, self.company_id)
        vals_list = []
        for line in self._active_lines():
            vals_list.append(
                {
                    "company_id": self.company_id.id,
                    "employee_id": line.employee_id.id,
                    "department_id": line.department_id.id,
                    "partner_id": line.partner_id.id,
                    "type_id": line.type_id.id,
                    "year": self.year,
                    "decision_number": self.decision_number,
                    "decision_date": self.decision_date,
                    "authority": self.decision_authority or line.type_id.authority,
                    "signer": self.decision_signer,
                    "dossier_id": self.id,
                    "dossier_line_id": line.id,
                    "achievements": line.achievements,
                    "initiative_ids": [(6, 0, line.initiative_ids.ids)],
                    "reward_amount": BaseSalary._reward(
                        line._reward_coefficient(), base
                    ),
                }
            )
        return vals_list

    def _reason_wizard(self, mode):
        return {
            "type": "ir.actions.act_window",
            "name": dict(
                returned=self.env._("Return to the Unit"),
                rejected=self.env._("Reject"),
            )[mode],
            "res_model": "commendation.dossier.reason.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_dossier_ids": self.ids, "default_mode": mode},
        }

    def _check_reason(self, reason, action):
        if not (reason or "").strip():
            raise UserError(
                self.env._("%(action)s: a reason is required.", action=action)
            )

    def action_return(self, reason=None):
        action = self.env._("Return to the Unit")
        self._check_group(action, "group_office", who=self.env._("the Office"))
        self._check_state(("submitted", "verified", "council"), action)
        if reason is None:
            return self._reason_wizard("returned")
        self._check_reason(reason, action)
        self._move(
            "returned",
            self.env._(
                "Dossier returned to the unit. Reason: %(reason)s", reason=reason
            ),
            {"return_reason": reason},
        )
        self._schedule(
            "mail_activity_type_dossier_fix",
            lambda d: d.user_id,
            self.env._("Complete the returned dossier"),
        )
        return True

    def action_reject(self, reason=None):
        action = self.env._("Reject")
        self._check_group(
            action,
            "group_office",
            "group_director",
            who=self.env._("the Office or the Director"),
        )
        self._check_state(
            ("submitted", "verified", "council", "approved", "proposed"), action
        )
        if reason is None:
            return self._reason_wizard("rejected")
        self._check_reason(reason, action)
        self._move(
            "rejected",
            self.env._("Dossier rejected. Reason: %(reason)s", reason=reason),
            {"reject_reason": reason},
        )
        self._close_activities()
        return True

    def action_cancel(self):
        action = self.env._("Cancel")
        self._check_group(action, "group_unit_officer", who=self.env._("unit officers"))
        self._check_state(OPEN_STATES + ("returned",), action)
        if not self._user_in("group_office"):
            self._check_own_unit(action)
            self._check_state(("draft", "returned"), action)
        self._move(
            "cancelled",
            self.env._("Dossier cancelled by %(user)s.", user=self.env.user.name),
        )
        self._close_activities()
        return True

    def action_draft(self):
        """Reopen a cancelled dossier as a draft."""
        action = self.env._("Reset to Draft")
        self._check_group(action, "group_unit_officer", who=self.env._("unit officers"))
        self._check_state(("cancelled",), action)
        self._check_own_unit(action)
        # Checked above; the unit's write access covers open dossiers only.
        self.sudo()._move("draft", self.env._("Dossier reopened as a draft."))
        return True

    def action_check_eligibility(self):
        """Recompute the eligibility of every line from the current data."""
        self.line_ids._refresh_eligibility()
        return True

    def action_open_awards(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            f"{MODULE}.commendation_award_action"
        )
        action["domain"] = [("dossier_id", "=", self.id)]
        action["context"] = {}
        return action

    @api.constrains("decision_date", "decision_number")
    def _check_decision(self):
        for dossier in self:
            if (
                dossier.decision_date
                and dossier.date
                and (dossier.decision_date < dossier.date)
            ):
                raise ValidationError(
                    self.env._(
                        "The decision of %(dossier)s cannot be dated before the "
                        "proposal.",
                        dossier=dossier.name,
                    )
                )
