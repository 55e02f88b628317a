from odoo import api, fields, models
from odoo.exceptions import UserError

from .commendation_dossier_line import END_STATES

DOSSIER_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("verified", "Verified"),
    ("in_round", "In the Round"),
    ("done", "Done"),
    ("returned", "Returned"),
    ("rejected", "Rejected"),
    ("cancelled", "Cancelled"),
]
OPEN_STATES = ("draft", "submitted", "verified", "in_round")
CLOSED_STATES = ("done", "rejected", "cancelled")

DOSSIER_KINDS = [
    ("annual", "Annual (Merit)"),
    ("thematic", "Thematic / Campaign"),
    ("ad_hoc", "Ad Hoc"),
    ("dedication", "Dedication"),
    ("foreign", "Foreign Affairs"),
]

MODULE = "emulation_commendation"


class CommendationDossier(models.Model):
    """A unit's proposal (hồ sơ đề nghị khen thưởng). Its lines may mix titles
    and forms of every deciding level; each line then goes its own way
    through the year's round (sessions, decisions, proposals upwards), and
    the dossier is done when every line has reached an end."""

    _name = "commendation.dossier"
    _description = "Award Proposal Dossier"
    _inherit = [
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "year desc, id desc"
    _mail_post_access = "read"
    _workflow_activity_types = (
        "mail_activity_type_dossier_verify",
        "mail_activity_type_dossier_council",
        "mail_activity_type_dossier_fix",
    )

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
    decided_count = fields.Integer(
        string="Decided", compute="_compute_line_stats", store=True
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
        help="Some proposed title or form is decided above the Director: it "
        "goes upwards in the Department's proposal.",
    )
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    reject_reason = fields.Text(readonly=True, copy=False, tracking=True)
    session_ids = fields.Many2many(
        "commendation.council.session",
        compute="_compute_round_records",
        string="Council Sessions",
    )
    decision_ids = fields.Many2many(
        "commendation.decision", compute="_compute_round_records", string="Decisions"
    )
    proposal_ids = fields.Many2many(
        "commendation.proposal",
        compute="_compute_round_records",
        string="Proposals Upwards",
    )
    session_count = fields.Integer(compute="_compute_round_records")
    decision_count = fields.Integer(compute="_compute_round_records")
    proposal_count = fields.Integer(compute="_compute_round_records")
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
    can_submit = fields.Boolean(compute="_compute_workflow_can")
    can_verify = fields.Boolean(compute="_compute_workflow_can")
    can_return = fields.Boolean(compute="_compute_workflow_can")
    can_reject = fields.Boolean(compute="_compute_workflow_can")
    can_cancel = fields.Boolean(compute="_compute_workflow_can")
    can_draft = fields.Boolean(compute="_compute_workflow_can")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("line_ids.state", "line_ids.eligibility_state")
    def _compute_line_stats(self):
        for dossier in self:
            lines = dossier.line_ids.filtered(lambda line: line.state != "dropped")
            dossier.line_count = len(lines)
            dossier.warning_count = len(
                lines.filtered(
                    lambda line: (
                        line.eligibility_state != "eligible"
                        and line.state not in END_STATES
                    )
                )
            )
            dossier.decided_count = len(
                lines.filtered(lambda line: line.state == "decided")
            )

    @api.depends(
        "line_ids.decided_type_id",
        "line_ids.state",
        "line_ids.initiative_ids",
        "line_ids.ground_document_kind_ids",
        "kind",
        "document_ids.kind_id",
        "document_ids.file",
    )
    def _compute_required_documents(self):
        ad_hoc_kinds = self.env["commendation.document.kind"]
        if any(dossier.kind == "ad_hoc" for dossier in self):
            ad_hoc_kinds = ad_hoc_kinds.search([("ad_hoc_required", "=", True)])
        for dossier in self:
            required = dossier._required_document_kinds(ad_hoc_kinds)
            present = dossier.document_ids.filtered("file").kind_id
            dossier.required_document_kind_ids = required
            dossier.missing_document_kind_ids = required - present

    def _required_document_kinds(self, ad_hoc_kinds=None):
        """The documents the dossier's live lines need together: those of
        their titles and forms, the proofs of the grounds each line rests on
        (domain.md §B.4.a: the HTXS recognition for CSTĐCS on that ground,
        the initiative's recognition on the initiative ground, not both),
        and in an ad hoc dossier the confirmation of the achievement (Luật
        Điều 84 k2)."""
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: line.state != "dropped")
        required = (
            lines.type_id.required_document_kind_ids | lines.ground_document_kind_ids
        )
        if lines and self.kind == "ad_hoc":
            if ad_hoc_kinds is None:
                ad_hoc_kinds = self.env["commendation.document.kind"].search(
                    [("ad_hoc_required", "=", True)]
                )
            required |= ad_hoc_kinds
        return required

    @api.depends("line_ids.authority_level", "line_ids.state")
    def _compute_needs_higher_authority(self):
        for dossier in self:
            dossier.needs_higher_authority = any(
                line.authority_level != "department"
                for line in dossier.line_ids
                if line.state != "dropped"
            )

    @api.depends("line_ids.session_id", "line_ids.decision_id", "line_ids.proposal_id")
    def _compute_round_records(self):
        for dossier in self:
            lines = dossier.line_ids
            dossier.session_ids = lines.session_id
            dossier.decision_ids = lines.decision_id | lines.award_ids.decision_id
            dossier.proposal_ids = lines.proposal_id
            dossier.session_count = len(dossier.session_ids)
            dossier.decision_count = len(dossier.decision_ids)
            dossier.proposal_count = len(dossier.proposal_ids)

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
        return self.env["hr.department"]._emulation_acting_search(
            "department_id", (operator == "=") == value
        )

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
            ("activity_ids.activity_type_id", "in", self._activity_type_ids()),
        ]
        if positive:
            return domain
        return ["!", "&", *domain]

    @api.model
    def _activity_type_ids(self):
        ids = []
        for xmlid in self._workflow_activity_types:
            record = self.env.ref(f"{MODULE}.{xmlid}", raise_if_not_found=False)
            if record:
                ids.append(record.id)
        return ids

    # ------------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        return super().create(self._number_by_sequence(vals_list))

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        self._workflow_refuse(
            lambda dossier: (
                dossier.state not in ("draft", "cancelled") or dossier.award_ids
            ),
            lambda dossier: self.env._(
                "Only a draft or cancelled dossier can be deleted: "
                "%(dossier)s is %(state)s.",
                dossier=dossier.name,
                state=dossier._workflow_state_label(),
            ),
        )

    @api.constrains("kind", "line_ids")
    def _check_kind_recipients(self):
        self.line_ids._check_recipient()

    # ------------------------------------------------------------------
    # Who acts
    # ------------------------------------------------------------------
    def _own_department_ids(self):
        return set(self.env["hr.department"]._emulation_acting_for().ids)

    def _check_own_unit(self):
        """Unit officers act only for their own department and its children."""
        if self._user_in("group_office"):
            return False
        if self.department_id.id not in self._own_department_ids():
            return self.env._(
                "%(dossier)s belongs to %(department)s, which is not your department.",
                dossier=self.name,
                department=self.department_id.name,
            )
        return False

    def _check_can_cancel(self):
        if self._user_in("group_office"):
            return False
        if self.state not in ("draft", "returned"):
            return self.env._(
                "%(dossier)s is %(state)s: only the Office can cancel it now.",
                dossier=self.name,
                state=self._workflow_state_label(),
            )
        return self._check_own_unit()

    def _office_users(self):
        self.ensure_one()
        return self.office_user_id or self._workflow_office_users()

    def _author_users(self):
        self.ensure_one()
        return self.user_id

    # ------------------------------------------------------------------
    # State machine
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        unit = ("group_unit_officer",)
        office = ("group_office",)
        return {
            "submit": {
                "label": self.env._("Submit"),
                "from": ("draft", "returned"),
                "to": "submitted",
                "groups": unit,
                "who": self.env._("unit officers"),
                "check": "_check_own_unit",
                "activity": (
                    "mail_activity_type_dossier_verify",
                    "_office_users",
                    self.env._("Check the dossier"),
                ),
            },
            "verify": {
                "label": self.env._("Verify"),
                "from": ("submitted",),
                "to": "verified",
                "groups": office,
                "who": self.env._("the Office"),
                "activity": (
                    "mail_activity_type_dossier_council",
                    "_office_users",
                    self.env._("Put the dossier's lines on a council session"),
                ),
            },
            "return": {
                "label": self.env._("Return to the Unit"),
                "from": ("submitted", "verified"),
                "to": "returned",
                "groups": office,
                "who": self.env._("the Office"),
                "activity": (
                    "mail_activity_type_dossier_fix",
                    "_author_users",
                    self.env._("Complete the returned dossier"),
                ),
            },
            "reject": {
                "label": self.env._("Reject"),
                "from": ("submitted", "verified"),
                "to": "rejected",
                "groups": ("group_office", "group_director"),
                "who": self.env._("the Office or the Director"),
            },
            "cancel": {
                "label": self.env._("Cancel"),
                "from": ("draft", "returned", "submitted", "verified"),
                "to": "cancelled",
                "groups": unit,
                "who": self.env._("unit officers"),
                "check": "_check_can_cancel",
            },
            "draft": {
                "label": self.env._("Reset to Draft"),
                "from": ("cancelled",),
                "to": "draft",
                "groups": unit,
                "who": self.env._("unit officers"),
                "check": "_check_own_unit",
            },
            # Moves made by the round itself (lines on a session, every line
            # ended): no button.
            "enter_round": {
                "label": self.env._("Put on the Agenda"),
                "from": ("verified",),
                "to": "in_round",
                "groups": (),
            },
            "leave_round": {
                "label": self.env._("Remove from the Agenda"),
                "from": ("in_round",),
                "to": "verified",
                "groups": (),
            },
            "finish": {
                "label": self.env._("Close the Dossier"),
                "from": ("verified", "in_round"),
                "to": "done",
                "groups": (),
            },
            "reopen": {
                "label": self.env._("Cancel the Decision"),
                "from": ("done",),
                "to": "in_round",
                "groups": (),
            },
        }

    def action_submit(self):
        self._workflow_check("submit")
        for dossier in self:
            if not dossier.line_ids.filtered(lambda line: line.state != "dropped"):
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
        return self._workflow_move(
            "submit",
            {"return_reason": False},
            self.env._(
                "Dossier submitted to the Office by %(user)s.", user=self.env.user.name
            ),
        )

    def action_verify(self):
        self._workflow_check("verify")
        self._workflow_move(
            "verify",
            message=self.env._(
                "Dossier checked by the Office (%(user)s): complete.",
                user=self.env.user.name,
            ),
        )
        self.line_ids.filtered(lambda line: line.state == "draft")._workflow_move(
            "verify"
        )
        return True

    def action_return(self, reason=None):
        if reason is None:
            return self._reason_wizard("return")
        reason = self._require_reason(reason, self._workflow("return")["label"])
        self._workflow_move(
            "return",
            {"return_reason": reason},
            self.env._(
                "Dossier returned to the unit. Reason: %(reason)s", reason=reason
            ),
        )
        self.line_ids.filtered(lambda line: line.state == "verified")._workflow_move(
            "reset"
        )
        return True

    def action_reject(self, reason=None):
        if reason is None:
            return self._reason_wizard("reject")
        reason = self._require_reason(reason, self._workflow("reject")["label"])
        self._workflow_move(
            "reject",
            {"reject_reason": reason},
            self.env._("Dossier rejected. Reason: %(reason)s", reason=reason),
        )
        self._end_open_lines(reason)
        return True

    def action_cancel(self):
        self._workflow_move(
            "cancel",
            message=self.env._(
                "Dossier cancelled by %(user)s.", user=self.env.user.name
            ),
        )
        self._end_open_lines(self.env._("Dossier cancelled."))
        return True

    def _end_open_lines(self, reason):
        self.line_ids.filtered(
            lambda line: line.state in ("draft", "verified")
        )._workflow_move("end", {"drop_reason": reason})

    def action_draft(self):
        """Reopen a cancelled dossier as a draft."""
        self._workflow_move("draft", message=self.env._("Dossier reopened as a draft."))
        self.line_ids.filtered(
            lambda line: line.state == "dropped" and not line.session_id
        )._workflow_move("reopen", {"drop_reason": False})
        return True

    def _sync_round_state(self):
        """Follow the lines: in the round once a line is on a session (or
        beyond), done once every line has reached an end."""
        for dossier in self:
            lines = dossier.line_ids
            if not lines or dossier.state not in ("verified", "in_round", "done"):
                continue
            if all(line.state in END_STATES for line in lines):
                target = "done"
            elif any(
                line.state not in ("draft", "verified", "dropped") for line in lines
            ):
                target = "in_round"
            else:
                target = "verified"
            if target == dossier.state:
                continue
            if target == "done":
                dossier._workflow_move(
                    "finish",
                    message=self.env._(
                        "Every proposed line has reached its end: %(decided)s decided.",
                        decided=dossier.decided_count,
                    ),
                )
            elif dossier.state == "done":
                dossier._workflow_move("reopen")
            elif target == "in_round":
                dossier._workflow_move("enter_round")
            else:
                dossier._workflow_move("leave_round")

    def action_check_eligibility(self):
        """Recompute the eligibility of every line from the current data."""
        self.line_ids._refresh_eligibility()
        return True

    def _open_records(self, model, records, name):
        action = {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("id", "in", records.ids)],
            "context": {},
        }
        if len(records) == 1:
            action.update(view_mode="form", res_id=records.id)
        return action

    def action_open_awards(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            "commendation_award_action", "dossier_id", self, defaults=False
        )

    def action_open_sessions(self):
        self.ensure_one()
        return self._open_records(
            "commendation.council.session",
            self.session_ids,
            self.env._("Council Sessions"),
        )

    def action_open_decisions(self):
        self.ensure_one()
        return self._open_records(
            "commendation.decision", self.decision_ids, self.env._("Decisions")
        )

    def action_open_proposals(self):
        self.ensure_one()
        return self._open_records(
            "commendation.proposal",
            self.proposal_ids,
            self.env._("Proposals Upwards"),
        )
