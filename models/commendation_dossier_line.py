from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

# Whatever the engine may need about a recipient: a change of any of these
# recomputes the stored eligibility of the open lines.
ELIGIBILITY_DEPENDS = (
    "employee_id",
    "department_id",
    "partner_id",
    "type_id",
    "dossier_id.year",
    "dossier_id.date",
    "dossier_id.kind",
    "employee_id.emulation_rating_ids.rating",
    "employee_id.emulation_rating_ids.year",
    "employee_id.emulation_discipline_ids.form",
    "employee_id.emulation_discipline_ids.date_block_start",
    "employee_id.emulation_discipline_ids.date_block_end",
    "employee_id.commendation_award_ids.state",
    "employee_id.commendation_award_ids.type_id",
    "employee_id.commendation_award_ids.year",
    "employee_id.commendation_award_ids.initiative_ids",
    "employee_id.commendation_initiative_ids.level",
    "employee_id.commendation_initiative_ids.year",
    "employee_id.emulation_service_start",
    "employee_id.gender",
    "department_id.commendation_award_ids.state",
    "department_id.commendation_award_ids.type_id",
    "department_id.commendation_award_ids.year",
    "department_id.member_ids.emulation_rating_ids.rating",
    "department_id.member_ids.emulation_rating_ids.year",
    "department_id.member_ids.emulation_discipline_ids.form",
    "department_id.member_ids.emulation_discipline_ids.date_block_end",
    "department_id.member_ids.commendation_award_ids.state",
    "department_id.member_ids.commendation_award_ids.type_id",
)

LINE_STATES = [
    ("draft", "Draft"),
    ("verified", "Verified"),
    ("on_agenda", "On the Agenda"),
    ("passed", "Passed"),
    ("not_passed", "Not Passed"),
    ("proposed", "Proposed Upwards"),
    ("decided", "Decided"),
    ("not_granted", "Not Granted"),
    ("dropped", "Dropped"),
]
# A line in one of these states has reached the end of the round.
END_STATES = ("decided", "not_passed", "not_granted", "dropped")
# Lines that still carry the proposal (not ended, not dropped).
LIVE_STATES = ("draft", "verified", "on_agenda", "passed", "proposed")
VOTE_FIELDS = {"votes_for", "votes_against"}
# Fields only the round's actions write (through the state machine).
ROUND_FIELDS = {
    "state",
    "session_id",
    "decision_id",
    "proposal_id",
    "granted_type_id",
    "votes_required",
    "vote_passed",
    "vote_member_total",
    "drop_reason",
    "not_granted_reason",
    "eligibility_override",
    "override_reason",
    "higher_gold_book_number",
}


class CommendationDossierLine(models.Model):
    _name = "commendation.dossier.line"
    _inherit = ["commendation.recipient.mixin", "emulation.state.guard.mixin"]
    _description = "Proposed Recipient"
    _order = "dossier_id, sequence, id"

    dossier_id = fields.Many2one(
        "commendation.dossier",
        required=True,
        ondelete="cascade",
        index=True,
    )
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="dossier_id.company_id", store=True)
    year = fields.Integer(related="dossier_id.year", store=True)
    dossier_kind = fields.Selection(related="dossier_id.kind")
    dossier_state = fields.Selection(
        related="dossier_id.state", store=True, string="Dossier State"
    )
    proposing_department_id = fields.Many2one(
        related="dossier_id.department_id", store=True, string="Proposing Unit"
    )
    employee_id = fields.Many2one("hr.employee", index=True, ondelete="restrict")
    department_id = fields.Many2one(
        "hr.department", string="Collective", index=True, ondelete="restrict"
    )
    partner_id = fields.Many2one(
        "res.partner", string="Foreign Recipient", index=True, ondelete="restrict"
    )
    nationality_id = fields.Many2one("res.country")
    organisation = fields.Char(
        help="Organisation of a foreign recipient (embassy, NGO, sister city...)."
    )
    type_id = fields.Many2one(
        "commendation.type",
        string="Title / Form",
        required=True,
        index=True,
        ondelete="restrict",
    )
    granted_type_id = fields.Many2one(
        "commendation.type",
        string="Granted Title / Form",
        readonly=True,
        ondelete="restrict",
        help="When the higher body grants another title or form than the one proposed.",
    )
    decided_type_id = fields.Many2one(
        "commendation.type",
        string="Title / Form Decided",
        compute="_compute_decided_type_id",
        store=True,
        index=True,
        help="The title or form granted, else the one proposed.",
    )
    authority_level = fields.Selection(
        related="decided_type_id.authority_level", store=True, string="Decided By"
    )
    proposal_level = fields.Selection(
        related="decided_type_id.proposal_level", store=True
    )
    category = fields.Selection(related="decided_type_id.category")
    secret_ballot = fields.Boolean(related="type_id.secret_ballot")
    vote_threshold = fields.Float(related="type_id.vote_threshold")
    achievements = fields.Text()
    initiative_ids = fields.Many2many(
        "emulation.initiative",
        "commendation_dossier_line_initiative_rel",
        "line_id",
        "initiative_id",
        string="Initiatives Used as Grounds",
        compute="_compute_eligibility",
        store=True,
        help="The initiatives the eligibility check counted for this proposal: "
        "the award will carry them, and an initiative grounds one award only.",
    )
    ground_document_kind_ids = fields.Many2many(
        "commendation.document.kind",
        "commendation_dossier_line_document_kind_rel",
        "line_id",
        "kind_id",
        string="Proof Documents",
        compute="_compute_eligibility",
        store=True,
        help="The documents that prove the grounds this proposal rests on "
        "(e.g. the recognition of the excellent rating, or of the initiative).",
    )
    state = fields.Selection(
        LINE_STATES,
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    eligibility_state = fields.Selection(
        [
            ("eligible", "Eligible"),
            ("not_eligible", "Not Eligible"),
            ("unknown", "To Judge"),
        ],
        compute="_compute_eligibility",
        store=True,
        index=True,
    )
    eligibility_note = fields.Text(compute="_compute_eligibility", store=True)
    eligibility_override = fields.Boolean(
        string="Eligibility Overridden",
        readonly=True,
        copy=False,
        help="The Office recorded why this line, judged not eligible, may "
        "still go into a decision or a proposal.",
    )
    override_reason = fields.Text(readonly=True, copy=False)
    session_id = fields.Many2one(
        "commendation.council.session",
        string="Council Session",
        readonly=True,
        copy=False,
        index=True,
        ondelete="restrict",
    )
    session_state = fields.Selection(related="session_id.state", string="Session State")
    decision_id = fields.Many2one(
        "commendation.decision",
        readonly=True,
        copy=False,
        index=True,
        ondelete="restrict",
    )
    proposal_id = fields.Many2one(
        "commendation.proposal",
        readonly=True,
        copy=False,
        index=True,
        ondelete="restrict",
    )
    votes_for = fields.Integer(copy=False)
    votes_against = fields.Integer(copy=False)
    votes_needed = fields.Integer(
        compute="_compute_vote_preview",
        help="Votes for needed at this session: the type's threshold × the "
        "council's total members on the session's date.",
    )
    vote_passing = fields.Boolean(string="Passing", compute="_compute_vote_preview")
    votes_required = fields.Integer(
        readonly=True,
        copy=False,
        help="Votes for that were needed, settled when the session closed.",
    )
    vote_member_total = fields.Integer(
        string="Council Members",
        readonly=True,
        copy=False,
        help="Members of the council on the session's date, settled when the "
        "session closed: thresholds are counted against them.",
    )
    vote_passed = fields.Boolean(
        readonly=True,
        copy=False,
        help="Result settled when the session closed.",
    )
    drop_reason = fields.Text(readonly=True, copy=False)
    not_granted_reason = fields.Text(readonly=True, copy=False)
    higher_gold_book_number = fields.Char(
        string="Gold Book No. Given Above",
        readonly=True,
        copy=False,
        help="The number the higher body gave in its decision, if any.",
    )
    award_ids = fields.One2many(
        "commendation.award", "dossier_line_id", string="Awards"
    )
    award_id = fields.Many2one("commendation.award", compute="_compute_award_id")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("employee_id", "department_id", "partner_id", "type_id", "state")
    @api.depends_context("lang")
    def _compute_display_name(self):
        for line in self:
            line.display_name = (
                " — ".join(
                    part for part in (line.recipient_name, line.type_id.name) if part
                )
                or line.dossier_id.name
                or ""
            )

    @api.depends("type_id", "granted_type_id")
    def _compute_decided_type_id(self):
        for line in self:
            line.decided_type_id = line.granted_type_id or line.type_id

    @api.depends("award_ids.state")
    def _compute_award_id(self):
        for line in self:
            awards = line.award_ids
            line.award_id = (awards.filtered(lambda a: a.state == "valid") or awards)[
                :1
            ]

    def _recipient_frozen(self):
        return self.state == "decided" and bool(self._origin.recipient_name)

    @api.depends(*ELIGIBILITY_DEPENDS)
    def _compute_eligibility(self):
        # Once the line has ended, its assessment is history: keep it.
        closed = self.filtered(
            lambda line: line.state in END_STATES and line._origin.eligibility_state
        )
        for line in closed:
            line.eligibility_state = line._origin.eligibility_state
            line.eligibility_note = line._origin.eligibility_note
            line.initiative_ids = line._origin.initiative_ids
            line.ground_document_kind_ids = line._origin.ground_document_kind_ids
        todo = self - closed
        results = todo._evaluate_eligibility(details=True)
        for line in todo:
            result = results[line]
            line.eligibility_state = result["state"]
            line.eligibility_note = result["note"]
            line.initiative_ids = [Command.set(result["initiative_ids"])]
            line.ground_document_kind_ids = [Command.set(result["document_kind_ids"])]

    def _evaluate_eligibility(self, details=False):
        """Ask the eligibility engine about every line at once.

        Returns ``{line: (state, note)}``; with ``details``, ``{line: {"state",
        "note", "initiative_ids", "document_kind_ids"}}`` (the initiatives
        counted as grounds and the proof documents of the grounds used). For
        lines whose recipient or type is not set yet, the answer is
        ``unknown``.
        """
        results = {}
        todo = self.filtered(
            lambda line: (
                line.type_id
                and (line.employee_id or line.department_id or line.partner_id)
            )
        )
        empty = {
            "state": "unknown",
            "note": False,
            "initiative_ids": [],
            "document_kind_ids": [],
        }
        for line in self - todo:
            results[line] = dict(empty) if details else ("unknown", False)
        if not todo:
            return results
        items = []
        for index, line in enumerate(todo.sudo()):
            items.append(
                {
                    "key": index,
                    "type": line.type_id,
                    "employee": line.employee_id,
                    "department": line.department_id,
                    "partner": line.partner_id,
                    "year": line.dossier_id.year,
                    "date": line.dossier_id.date or fields.Date.context_today(line),
                    "dossier_kind": line.dossier_id.kind or "annual",
                    "dossier_line": line,
                }
            )
        answers = (
            self.env["commendation.eligibility"].sudo().evaluate(items, details=True)
        )
        for index, line in enumerate(todo):
            answer = dict(empty, **answers.get(index, {}))
            answer["state"] = answer["state"] or "unknown"
            answer["note"] = answer["note"] or False
            results[line] = answer if details else (answer["state"], answer["note"])
        return results

    def _refresh_eligibility(self):
        """Recompute the stored eligibility now (on demand)."""
        if not self:
            return
        fnames = [
            "eligibility_state",
            "eligibility_note",
            "initiative_ids",
            "ground_document_kind_ids",
        ]
        for fname in fnames:
            self.env.add_to_compute(self._fields[fname], self)
        self._recompute_recordset(fnames)

    @api.model
    def _recompute_eligibility_for(self, employees=None, departments=None):
        """Refresh the open lines about these employees or departments."""
        domain = [("state", "not in", END_STATES)]
        recipients = []
        if employees:
            recipients.append([("employee_id", "in", employees.ids)])
        if departments:
            recipients.append([("department_id", "in", departments.ids)])
        if not recipients:
            return
        lines = self.sudo().search(domain + expression.OR(recipients))
        lines._refresh_eligibility()

    @api.depends(
        "votes_for",
        "type_id.vote_threshold",
        "type_id.vote_rule",
        "session_id.member_total",
    )
    def _compute_vote_preview(self):
        for line in self:
            needed = line.type_id._votes_required(line.session_id.member_total)
            line.votes_needed = needed
            line.vote_passing = not needed or line.votes_for >= needed

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("employee_id", "department_id", "partner_id", "type_id")
    def _check_recipient(self):
        self._check_single_recipient(
            self.env._(
                "Each proposed line names exactly one recipient: an "
                "employee, a department or a foreign partner."
            )
        )
        for line in self:
            kind = line.dossier_id.kind
            if kind == "foreign" and not line.partner_id:
                raise ValidationError(
                    self.env._(
                        "A foreign-affairs dossier proposes foreign individuals or "
                        "organisations (partners) only: %(recipient)s is not one.",
                        recipient=line.recipient_name,
                    )
                )
            if kind != "foreign" and line.partner_id:
                raise ValidationError(
                    self.env._(
                        "A foreign recipient (%(recipient)s) can only be proposed "
                        "in a foreign-affairs dossier.",
                        recipient=line.recipient_name,
                    )
                )
            ctype = line.type_id
            if not line._type_fits(ctype):
                raise ValidationError(
                    self.env._(
                        "“%(type)s” is not awarded to %(recipient)s: it is for "
                        "%(kind)s recipients.",
                        type=ctype.name,
                        recipient=line.recipient_name,
                        kind=dict(
                            ctype._fields["recipient_kind"]._description_selection(
                                self.env
                            )
                        ).get(ctype.recipient_kind),
                    )
                )

    @api.constrains("department_id")
    def _check_unit_not_dissolved(self):
        """No award to a unit dissolved in a reorganisation (Thông tư
        15/2025/TT-BNV)."""
        for line in self:
            unit = line.department_id
            if unit.emulation_dissolved_date:
                raise ValidationError(
                    self.env._(
                        "%(unit)s was dissolved on %(date)s: a unit dissolved in "
                        "a reorganisation cannot be proposed for an award "
                        "(Circular 15/2025/TT-BNV). Propose its successor.",
                        unit=unit.name,
                        date=unit.emulation_dissolved_date.strftime("%d/%m/%Y"),
                    )
                )

    def _type_fits(self, ctype):
        self.ensure_one()
        kind = ctype.recipient_kind
        if self.employee_id:
            return kind == "individual"
        if self.department_id:
            return kind == "collective" or ctype.allow_collective
        if self.partner_id:
            return kind in ("foreign_individual", "foreign_collective") or (
                ctype.category == "form"
            )
        return True

    @api.constrains(
        "employee_id", "department_id", "partner_id", "type_id", "dossier_id"
    )
    def _check_duplicate_in_dossier(self):
        for dossier in self.dossier_id:
            seen = set()
            for line in dossier.line_ids:
                key = (
                    line.type_id.id,
                    line.employee_id.id,
                    line.department_id.id,
                    line.partner_id.id,
                )
                if key in seen:
                    raise ValidationError(
                        self.env._(
                            "%(recipient)s is proposed twice for “%(type)s” in "
                            "%(dossier)s.",
                            recipient=line.recipient_name,
                            type=line.type_id.name,
                            dossier=dossier.name,
                        )
                    )
                seen.add(key)

    @api.constrains("votes_for", "votes_against", "session_id")
    def _check_votes(self):
        for line in self:
            if line.votes_for < 0 or line.votes_against < 0:
                raise ValidationError(self.env._("A vote count cannot be negative."))
            session = line.session_id
            if not session:
                continue
            limit = session.present_count + session.written_count
            if line.votes_for + line.votes_against > limit:
                raise ValidationError(
                    self.env._(
                        "%(recipient)s: %(votes)s votes recorded, but only "
                        "%(limit)s members took part (%(present)s present, "
                        "%(written)s in writing).",
                        recipient=line.recipient_name,
                        votes=line.votes_for + line.votes_against,
                        limit=limit,
                        present=session.present_count,
                        written=session.written_count,
                    )
                )

    # ------------------------------------------------------------------
    # ORM: who may change what, when
    # ------------------------------------------------------------------
    def _check_edit(self, vals):
        if self._workflow_unlocked():
            return
        vals = set(vals) - {"sequence"}
        if not vals:
            return
        protected = vals & ROUND_FIELDS
        if protected:
            raise UserError(
                self.env._(
                    "%(fields)s of a proposed line change only through the round's "
                    "buttons (session, decision, proposal).",
                    fields=", ".join(
                        sorted(
                            self._fields[f].get_description(self.env)["string"]
                            for f in protected
                        )
                    ),
                )
            )
        if vals & VOTE_FIELDS:
            for line in self:
                error = line._tally_refusal()
                if error:
                    raise UserError(error)
        other = vals - VOTE_FIELDS
        if other:
            for line in self:
                line._check_content_editable()

    def _tally_refusal(self):
        """Why the current user may not enter this line's tally, or False."""
        self.ensure_one()
        session = self.session_id
        if not session or session.state != "in_progress" or self.state != "on_agenda":
            return self.env._(
                "Votes are recorded during the council session, for lines on its "
                "agenda: %(line)s is not on an open session.",
                line=self.display_name,
            )
        return session._attendance_refusal()

    def _check_content_editable(self):
        self.ensure_one()
        if self.state not in ("draft", "verified") or (
            self.state == "verified" and not self._user_in("group_office")
        ):
            raise UserError(
                self.env._(
                    "The proposal of %(line)s cannot be changed any more: it is "
                    "%(state)s.",
                    line=self.display_name,
                    state=self._workflow_state_label(),
                )
            )
        dossier = self.dossier_id
        if self.state == "draft" and not self._user_in("group_office"):
            if dossier.state not in ("draft", "returned"):
                raise UserError(
                    self.env._(
                        "The recipients of %(dossier)s cannot be changed any "
                        "more: it is %(state)s.",
                        dossier=dossier.name,
                        state=dossier._workflow_state_label(),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        if not self._workflow_unlocked():
            for line in lines:
                line._check_content_editable()
        return lines

    def write(self, vals):
        self._check_edit(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_editable(self):
        if self.env.su:
            return
        for line in self:
            line._check_content_editable()

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        if self.partner_id:
            self.nationality_id = self.partner_id.country_id
            if self.partner_id.parent_id and not self.organisation:
                self.organisation = self.partner_id.parent_id.name

    # ------------------------------------------------------------------
    # The line's own state machine (moved by the dossier, the session, the
    # decision and the proposal, which check who acts)
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who_office = self.env._("the Office")
        return {
            "verify": {
                "label": self.env._("Verify"),
                "from": ("draft",),
                "to": "verified",
                "groups": office,
                "who": who_office,
            },
            "reset": {
                "label": self.env._("Return to the Unit"),
                "from": ("draft", "verified"),
                "to": "draft",
                "groups": office,
                "who": who_office,
            },
            "put_on_agenda": {
                "label": self.env._("Put on the Agenda"),
                "from": ("verified",),
                "to": "on_agenda",
                "groups": office,
                "who": who_office,
                "check": "_check_may_enter_round",
            },
            "remove_from_agenda": {
                "label": self.env._("Remove from the Agenda"),
                "from": ("on_agenda",),
                "to": "verified",
                "groups": office,
                "who": who_office,
            },
            "settle": {
                "label": self.env._("Close the Session"),
                "from": ("on_agenda",),
                "to": None,
                "groups": ("group_office", "group_council"),
                "who": self.env._("the Office or the council secretary"),
            },
            "propose": {
                "label": self.env._("Send the Proposal"),
                "from": ("passed",),
                "to": "proposed",
                "groups": ("group_director",),
                "who": self.env._("the Director"),
            },
            "withdraw": {
                "label": self.env._("Return the Proposal"),
                "from": ("proposed",),
                "to": "passed",
                "groups": office,
                "who": who_office,
            },
            "decide": {
                "label": self.env._("Issue the Decision"),
                "from": ("passed", "proposed"),
                "to": "decided",
                "groups": ("group_director", "group_office"),
                "who": self.env._("the Director or the Office"),
            },
            "undecide": {
                "label": self.env._("Cancel the Decision"),
                "from": ("decided",),
                "to": None,
                "groups": ("group_director", "group_office"),
                "who": self.env._("the Director or the Office"),
            },
            "not_grant": {
                "label": self.env._("Not Granted"),
                "from": ("proposed",),
                "to": "not_granted",
                "groups": office,
                "who": who_office,
            },
            "drop": {
                "label": self.env._("Drop"),
                "from": ("verified", "on_agenda", "passed", "proposed"),
                "to": "dropped",
                "groups": office,
                "who": who_office,
            },
            "end": {
                "label": self.env._("Close the Dossier"),
                "from": ("draft", "verified"),
                "to": "dropped",
                "groups": (),
            },
            "reopen": {
                "label": self.env._("Reset to Draft"),
                "from": ("dropped",),
                "to": "draft",
                "groups": (),
            },
            "override": {
                "label": self.env._("Override Eligibility"),
                "from": ("verified", "on_agenda", "passed", "proposed"),
                "to": None,
                "groups": office,
                "who": who_office,
            },
        }

    def _check_may_enter_round(self):
        if self.dossier_id.state not in ("verified", "in_round"):
            return self.env._(
                "%(line)s cannot go on the agenda: its dossier %(dossier)s is "
                "%(state)s; the Office verifies the dossier first.",
                line=self.display_name,
                dossier=self.dossier_id.name,
                state=self.dossier_id._workflow_state_label(),
            )
        return False

    def _check_eligible_or_overridden(self):
        """A line judged not eligible enters a decision or a proposal only when
        the Office has recorded why (a business rule: checked for everyone)."""
        refused = self.filtered(
            lambda line: (
                line.eligibility_state == "not_eligible"
                and not line.eligibility_override
            )
        )
        if refused:
            raise UserError(
                self.env._(
                    "%(lines)s judged not eligible: the Office records why they may "
                    "still be decided or proposed (Override Eligibility) before "
                    "they go into a decision or a proposal.",
                    lines=", ".join(refused.mapped("display_name")),
                )
            )

    def action_drop(self, reason=None):
        if reason is None:
            return self._reason_wizard("drop")
        reason = self._require_reason(reason, self._workflow("drop")["label"])
        self._workflow_move("drop", {"drop_reason": reason, "session_id": False})
        self._post_on_dossiers(
            lambda lines: self.env._(
                "Dropped from the round: %(lines)s. Reason: %(reason)s",
                lines=", ".join(lines.mapped("display_name")),
                reason=reason,
            )
        )
        self.dossier_id._sync_round_state()
        return True

    def action_override(self, reason=None):
        if reason is None:
            return self._reason_wizard("override")
        reason = self._require_reason(reason, self._workflow("override")["label"])
        self._workflow_check("override")
        self._workflow_write({"eligibility_override": True, "override_reason": reason})
        self._post_on_dossiers(
            lambda lines: self.env._(
                "Eligibility overridden by the Office for %(lines)s. Reason: "
                "%(reason)s",
                lines=", ".join(lines.mapped("display_name")),
                reason=reason,
            )
        )
        return True

    def _post_on_dossiers(self, message):
        """Post ``message(lines)`` on each dossier's chatter, for its lines."""
        for dossier in self.dossier_id:
            dossier._workflow_post(
                message(self.filtered(lambda line, d=dossier: line.dossier_id == d))
            )

    def _reward_coefficient(self, ctype=None):
        self.ensure_one()
        ctype = ctype or self.decided_type_id
        collective = bool(self.department_id) or (
            self.partner_id and self.partner_id.is_company
        )
        if collective:
            return ctype.coefficient_collective
        return ctype.coefficient_individual
