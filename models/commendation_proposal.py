from odoo import api, fields, models
from odoo.exceptions import UserError

PROPOSAL_LEVELS = [("city", "The City"), ("ministry", "The Ministry")]


class CommendationProposal(models.Model):
    """The Department's proposal upwards (Tờ trình đề nghị cấp trên khen
    thưởng): to the City for its titles and forms and for those it forwards
    to the Prime Minister or the President, to the Ministry for its own. The
    higher body answers with decisions that may grant some candidates,
    another title or form to some, and refuse others."""

    _name = "commendation.proposal"
    _description = "Proposal to a Higher Authority"
    _inherit = [
        "emulation.year.mixin",
        "commendation.round.document.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date desc, id desc"
    _rec_names_search = ["name", "subject"]
    _workflow_activity_types = (
        "mail_activity_type_proposal_sign",
        "mail_activity_type_proposal_answer",
    )
    _round_line_field = "proposal_id"

    name = fields.Char(
        string="Number",
        copy=False,
        tracking=True,
        index="trigram",
        help="Number and symbol of the Tờ trình, e.g. 25/TTr-NV.",
    )
    date = fields.Date(tracking=True, copy=False)
    subject = fields.Char(
        compute="_compute_subject",
        store=True,
        readonly=False,
        help="Summary (trích yếu) of the Tờ trình.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    authority_level = fields.Selection(
        PROPOSAL_LEVELS,
        string="Addressed To",
        required=True,
        default="city",
        tracking=True,
    )
    addressee = fields.Char(
        compute="_compute_addressee",
        store=True,
        readonly=False,
        help="Printed after “Kính gửi:”.",
    )
    signer_name = fields.Char(
        string="Signer",
        default=lambda self: self.env.company.emulation_signer_name,
    )
    signer_title = fields.Char(
        string="Signer's Title",
        default=lambda self: self.env.company.emulation_signer_title,
    )
    line_ids = fields.One2many(
        "commendation.dossier.line", "proposal_id", string="Candidates"
    )
    decision_ids = fields.One2many(
        "commendation.decision", "proposal_id", string="Decisions Received"
    )
    session_ids = fields.Many2many(
        "commendation.council.session",
        compute="_compute_line_stats",
        string="Council Sessions",
    )
    dossier_ids = fields.Many2many(
        "commendation.dossier", compute="_compute_line_stats", string="Dossiers"
    )
    type_ids = fields.Many2many(
        "commendation.type", compute="_compute_line_stats", string="Titles / Forms"
    )
    line_count = fields.Integer(
        string="Number of Candidates", compute="_compute_line_stats"
    )
    granted_count = fields.Integer(string="Granted", compute="_compute_line_stats")
    not_granted_count = fields.Integer(
        string="Not Granted", compute="_compute_line_stats"
    )
    pending_count = fields.Integer(string="Awaiting", compute="_compute_line_stats")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("sent", "Sent"),
            ("partly_decided", "Partly Decided"),
            ("decided", "Decided"),
            ("returned", "Returned"),
        ],
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    signed_file = fields.Binary(
        string="Signed Proposal (Scan)", attachment=True, copy=False
    )
    signed_file_name = fields.Char(copy=False)
    note = fields.Html()
    can_request_signature = fields.Boolean(compute="_compute_workflow_can")
    can_send = fields.Boolean(compute="_compute_workflow_can")
    can_answer = fields.Boolean(compute="_compute_workflow_can")
    can_return = fields.Boolean(compute="_compute_workflow_can")
    can_edit_lines = fields.Boolean(compute="_compute_workflow_can")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("authority_level")
    def _compute_addressee(self):
        for proposal in self:
            if proposal.authority_level == "ministry":
                proposal.addressee = "Bộ trưởng Bộ Ngoại giao"
            else:
                proposal.addressee = "Chủ tịch Ủy ban nhân dân thành phố"

    @api.depends("year")
    def _compute_subject(self):
        self._set_draft_default(
            "subject",
            lambda proposal: (
                "Về việc đề nghị xét tặng danh hiệu thi đua, hình thức khen "
                "thưởng năm %s" % proposal.year
            ),
        )

    @api.depends("line_ids.state", "line_ids.session_id", "line_ids.decided_type_id")
    def _compute_line_stats(self):
        for proposal in self:
            lines = proposal.line_ids
            proposal.session_ids = lines.session_id
            proposal.dossier_ids = lines.dossier_id
            proposal.type_ids = lines.type_id
            proposal.line_count = len(lines)
            proposal.granted_count = len(
                lines.filtered(lambda line: line.state == "decided")
            )
            proposal.not_granted_count = len(
                lines.filtered(lambda line: line.state == "not_granted")
            )
            proposal.pending_count = len(
                lines.filtered(lambda line: line.state == "proposed")
            )

    # ------------------------------------------------------------------
    # State machine
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who_office = self.env._("the Office")
        return {
            **self._round_transitions(
                "mail_activity_type_proposal_sign",
                self.env._("Sign and send the proposal upwards"),
                self.env._("Change the Candidates"),
            ),
            "send": {
                "label": self.env._("Sign and Send"),
                "from": ("draft",),
                "to": "sent",
                "groups": ("group_director",),
                "who": self.env._("the Director"),
                "activity": (
                    "mail_activity_type_proposal_answer",
                    "_office_users",
                    self.env._("Record the higher body's answer"),
                ),
            },
            "answer": {
                "label": self.env._("Record the Answer"),
                "from": ("sent", "partly_decided"),
                "to": None,
                "groups": office,
                "who": who_office,
            },
            "return": {
                "label": self.env._("Returned by the Higher Body"),
                "from": ("sent",),
                "to": "returned",
                "groups": office,
                "who": who_office,
            },
            "progress": {
                "label": self.env._("Record the Answer"),
                "from": ("sent", "partly_decided", "decided"),
                "to": None,
                "groups": (),
                "close_activities": False,
            },
        }

    def _round_texts(self):
        return {
            "draft_name": lambda proposal: self.env._(
                "Draft proposal %(id)s", id=proposal.id or ""
            ),
            "locked": lambda proposal: self.env._(
                "The proposal %(proposal)s is %(state)s: only its "
                "signed scan and notes can still be changed.",
                proposal=proposal.display_name,
                state=proposal._workflow_state_label(),
            ),
            "undeletable": lambda proposal: self.env._(
                "A sent proposal is never deleted: %(proposal)s is %(state)s.",
                proposal=proposal.display_name,
                state=proposal._workflow_state_label(),
            ),
            "missing": lambda proposal, **values: self.env._(
                "%(action)s: fill in the %(missing)s of %(proposal)s.",
                proposal=proposal.display_name,
                **values,
            ),
            "empty": lambda proposal: self.env._(
                "The proposal %(proposal)s has no candidate yet.",
                proposal=proposal.display_name,
            ),
            "not_addable": lambda **values: self.env._(
                "Only lines passed by the council and not yet proposed or "
                "decided can be added: %(lines)s.",
                **values,
            ),
            "wrong_level": lambda **values: self.env._(
                "A proposal to %(level)s cannot hold %(lines)s: %(type)s is "
                "proposed through %(other)s.",
                **values,
            ),
            "no_level": self.env._("no one (the Director decides it)"),
            "add_title": self.env._("Add Candidates"),
        }

    def _round_line_refused(self, line):
        return line.state != "passed" or line.proposal_id or line.decision_id

    def _round_line_level(self, line):
        return line.proposal_level, line.type_id

    def _candidate_line_domain(self):
        self.ensure_one()
        return [
            ("state", "=", "passed"),
            ("proposal_id", "=", False),
            ("decision_id", "=", False),
            ("proposal_level", "=", self.authority_level),
            ("company_id", "=", self.company_id.id),
        ]

    def action_send(self):
        self._workflow_check("send")
        for proposal in self:
            proposal._round_check_ready(
                "send",
                (("name", self.env._("number")), ("date", self.env._("date"))),
            )
            proposal.line_ids._check_eligible_or_overridden()
        self.line_ids._workflow_move("propose")
        self._workflow_move("send", message="_send_summary")
        self.line_ids.dossier_id._sync_round_state()
        return True

    def _send_summary(self):
        self.ensure_one()
        return self.env._(
            "Proposal %(proposal)s signed and sent to %(addressee)s: %(count)s "
            "candidates.",
            proposal=self.name,
            addressee=self.addressee,
            count=len(self.line_ids),
        )

    def action_return(self, reason=None):
        if reason is None:
            return self._reason_wizard("return")
        reason = self._require_reason(reason, self._workflow("return")["label"])
        self._workflow_check("return")
        lines = self.line_ids.filtered(lambda line: line.state == "proposed")
        lines._workflow_move("withdraw")
        self._workflow_move(
            "return",
            {"return_reason": reason},
            self.env._(
                "Returned by the higher body; its candidates are back to passed "
                "and can be proposed again. Reason: %(reason)s",
                reason=reason,
            ),
        )
        lines._workflow_write({"proposal_id": False})
        return True

    def action_open_answer_wizard(self):
        self.ensure_one()
        return self._workflow_dialog(
            "answer",
            "commendation.proposal.answer.wizard",
            self.env._("Record the Higher Body's Decision"),
            {"default_proposal_id": self.id},
        )

    def _record_answer(self, decision_vals, granted, refused):
        """Record a higher body's decision answering this proposal.

        ``decision_vals``: the decision's level, number, date, issuing body...
        ``granted``: ``{line: (granted type or empty, gold book number)}``;
        ``refused``: ``{line: reason}`` (lines and types as records or ids).
        Returns the decision (if any)."""
        self.ensure_one()
        self._workflow_check("answer")
        Line = self.env["commendation.dossier.line"]
        Type = self.env["commendation.type"]

        def line_of(key):
            return key if isinstance(key, models.BaseModel) else Line.browse(key)

        def type_of(value):
            if isinstance(value, models.BaseModel):
                return value
            return Type.browse(value or [])

        granted = {
            line_of(key): (type_of(ctype), number)
            for key, (ctype, number) in (granted or {}).items()
        }
        refused = {line_of(key): reason for key, reason in (refused or {}).items()}
        lines = Line.union(*granted) if granted else Line
        pending = lines | Line.union(*refused) if refused else lines
        outside = pending.filtered(
            lambda line: line.proposal_id != self or line.state != "proposed"
        )
        if outside:
            raise UserError(
                self.env._(
                    "%(lines)s are not awaiting an answer in %(proposal)s.",
                    lines=", ".join(outside.mapped("display_name")),
                    proposal=self.display_name,
                )
            )
        decision = self.env["commendation.decision"]
        if granted:
            for line, (ctype, number) in granted.items():
                vals = {"higher_gold_book_number": number or False}
                if ctype and ctype != line.type_id:
                    vals["granted_type_id"] = ctype.id
                line._workflow_write(vals)
            decision = decision.create(
                dict(decision_vals, proposal_id=self.id, company_id=self.company_id.id)
            )
            decision.action_add_lines(lines)
            decision.action_issue()
        for line, reason in (refused or {}).items():
            line._workflow_move("not_grant", {"not_granted_reason": reason})
        if refused:
            self._workflow_post(
                self.env._(
                    "Not granted by the higher body: %(lines)s.",
                    lines="; ".join(
                        f"{line.display_name} ({reason})"
                        for line, reason in refused.items()
                    ),
                )
            )
            Line.union(*refused).dossier_id._sync_round_state()
        self._sync_state()
        return decision

    def _sync_state(self):
        """Partly decided while some candidates still await an answer,
        decided once none does."""
        for proposal in self.filtered(
            lambda p: p.state in ("sent", "partly_decided", "decided")
        ):
            lines = proposal.line_ids
            if not lines.filtered(lambda line: line.state == "proposed"):
                target = "decided"
            elif lines.filtered(
                lambda line: line.state in ("decided", "not_granted", "dropped")
            ):
                target = "partly_decided"
            else:
                target = "sent"
            if target != proposal.state:
                proposal._workflow_move(
                    "progress",
                    {"state": target},
                    message=self.env._(
                        "Answer recorded: %(granted)s granted, %(refused)s not "
                        "granted, %(pending)s awaiting.",
                        granted=proposal.granted_count,
                        refused=proposal.not_granted_count,
                        pending=proposal.pending_count,
                    ),
                )
                if target == "decided":
                    proposal._workflow_close_activities()

    def action_download_package(self):
        """The e-dossier package (.zip) of the proposal; a proposal that has
        nothing to package is refused here, in the form, rather than on the
        download's own page."""
        self.ensure_one()
        self.env["commendation.proposal.package"]._check_packable(self)
        return {
            "type": "ir.actions.act_url",
            "url": "/emulation_commendation/proposal/%s/package" % self.id,
            "target": "self",
        }

    def action_open_decisions(self):
        self.ensure_one()
        return self.env["commendation.dossier"]._open_records(
            "commendation.decision", self.decision_ids, self.env._("Decisions")
        )
