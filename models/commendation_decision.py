from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError

from .commendation_type import AUTHORITY_LEVELS


class CommendationDecision(models.Model):
    """A decision (Quyết định khen thưởng): the Director's for the titles and
    forms the Department decides, or a higher body's, recorded by the Office
    when it arrives. Its lines come from any number of dossiers; issuing it
    creates one award per line."""

    _name = "commendation.decision"
    _description = "Award Decision"
    _inherit = [
        "emulation.year.mixin",
        "commendation.round.document.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date desc, id desc"
    _rec_names_search = ["name", "subject"]
    _workflow_activity_types = ("mail_activity_type_decision_sign",)
    _round_line_field = "decision_id"

    name = fields.Char(
        string="Number",
        copy=False,
        tracking=True,
        index="trigram",
        help="Number and symbol of the decision, e.g. 152/QĐ-NV.",
    )
    date = fields.Date(tracking=True, copy=False)
    subject = fields.Char(
        compute="_compute_subject",
        store=True,
        readonly=False,
        help="Summary (trích yếu), e.g. Về việc công nhận danh hiệu Lao động "
        "tiên tiến năm 2025.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    authority_level = fields.Selection(
        AUTHORITY_LEVELS,
        string="Deciding Level",
        required=True,
        default="department",
        tracking=True,
    )
    is_own = fields.Boolean(
        string="Department's Own Decision", compute="_compute_is_own", store=True
    )
    issuing_body = fields.Char(
        compute="_compute_issuing_body",
        store=True,
        readonly=False,
        tracking=True,
        help="Who signs, as printed and recorded on the awards, e.g. Giám đốc "
        "Sở Ngoại vụ, Chủ tịch UBND thành phố.",
    )
    signer_name = fields.Char(
        string="Signer",
        compute="_compute_signer",
        store=True,
        readonly=False,
    )
    signer_title = fields.Char(
        string="Signer's Title",
        compute="_compute_signer",
        store=True,
        readonly=False,
        help="Title in the signature block, e.g. GIÁM ĐỐC, or KT. GIÁM ĐỐC / "
        "PHÓ GIÁM ĐỐC.",
    )
    proposal_id = fields.Many2one(
        "commendation.proposal",
        string="Answers Proposal",
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    line_ids = fields.One2many(
        "commendation.dossier.line", "decision_id", string="Recipients"
    )
    award_ids = fields.One2many("commendation.award", "decision_id", string="Awards")
    type_ids = fields.Many2many(
        "commendation.type", compute="_compute_line_stats", string="Titles / Forms"
    )
    dossier_ids = fields.Many2many(
        "commendation.dossier", compute="_compute_line_stats", string="Dossiers"
    )
    line_count = fields.Integer(
        string="Number of Recipients", compute="_compute_line_stats"
    )
    award_count = fields.Integer(compute="_compute_award_stats")
    reward_total = fields.Monetary(
        string="Total Rewards",
        compute="_compute_award_stats",
        currency_field="currency_id",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("issued", "Issued"), ("cancelled", "Cancelled")],
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    cancel_reason = fields.Text(readonly=True, copy=False, tracking=True)
    cancel_date = fields.Date(readonly=True, copy=False)
    signed_file = fields.Binary(
        string="Signed Decision (Scan)", attachment=True, copy=False
    )
    signed_file_name = fields.Char(copy=False)
    note = fields.Html()
    can_issue = fields.Boolean(compute="_compute_workflow_can")
    can_cancel = fields.Boolean(compute="_compute_workflow_can")
    can_request_signature = fields.Boolean(compute="_compute_workflow_can")
    can_edit_lines = fields.Boolean(compute="_compute_workflow_can")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("authority_level")
    def _compute_is_own(self):
        for decision in self:
            decision.is_own = decision.authority_level == "department"

    @api.depends("authority_level", "company_id")
    def _compute_issuing_body(self):
        helper = self.env["emulation.document.helper"]
        for decision in self:
            decision.issuing_body = helper.issuing_body(
                decision.authority_level, decision.company_id
            )

    @api.depends("authority_level", "company_id")
    def _compute_signer(self):
        for decision in self:
            if decision.authority_level == "department":
                company = decision.company_id
                decision.signer_name = company.emulation_signer_name or False
                decision.signer_title = company.emulation_signer_title or False
            else:
                decision.signer_name = decision.signer_name or False
                decision.signer_title = decision.signer_title or False

    @api.depends("line_ids.decided_type_id", "year")
    def _compute_subject(self):
        self._set_draft_default("subject", lambda decision: decision._default_subject())

    def _default_subject(self):
        """The subject from the titles and forms decided ("Về việc công nhận
        danh hiệu … và tặng … năm …"); without any, the subject as it is."""
        types = self.line_ids.decided_type_id
        if not types:
            return self.subject or False
        titles = types.filtered(lambda t: t.category == "title")
        forms = types - titles
        parts = []
        if titles:
            parts.append("công nhận danh hiệu %s" % ", ".join(titles.mapped("name")))
        if forms:
            parts.append("tặng %s" % ", ".join(forms.mapped("name")))
        return "Về việc %s năm %s" % (" và ".join(parts), self.year)

    @api.depends("line_ids.decided_type_id", "line_ids.dossier_id")
    def _compute_line_stats(self):
        for decision in self:
            decision.type_ids = decision.line_ids.decided_type_id
            decision.dossier_ids = decision.line_ids.dossier_id
            decision.line_count = len(decision.line_ids)

    @api.depends("award_ids.reward_amount", "award_ids.state")
    def _compute_award_stats(self):
        for decision in self:
            awards = decision.award_ids.filtered(lambda a: a.state == "valid")
            decision.award_count = len(decision.award_ids)
            decision.reward_total = sum(awards.mapped("reward_amount"))

    # ------------------------------------------------------------------
    # Who acts
    # ------------------------------------------------------------------
    def _issue_groups(self):
        """The Director issues the Department's decisions; the Office records
        those of higher bodies."""
        if self.authority_level == "department":
            return ("group_director",)
        return ("group_office", "group_director")

    def _workflow_transitions(self):
        own = self.authority_level == "department" if len(self) == 1 else True
        who_issue = (
            self.env._("the Director")
            if own
            else self.env._("the Office or the Director")
        )
        return {
            **self._round_transitions(
                "mail_activity_type_decision_sign",
                self.env._("Sign and issue the decision"),
                self.env._("Change the Recipients"),
            ),
            "issue": {
                "label": self.env._("Issue the Decision")
                if own
                else self.env._("Record the Decision"),
                "from": ("draft",),
                "to": "issued",
                "groups": "_issue_groups",
                "who": who_issue,
            },
            "cancel": {
                "label": self.env._("Cancel the Decision"),
                "from": ("issued",),
                "to": "cancelled",
                "groups": "_issue_groups",
                "who": who_issue,
            },
        }

    # ------------------------------------------------------------------
    # Lines
    # ------------------------------------------------------------------
    def _round_texts(self):
        return {
            "draft_name": lambda decision: self.env._(
                "Draft decision %(id)s", id=decision.id or ""
            ),
            "locked": lambda decision: self.env._(
                "The decision %(decision)s is %(state)s: only its "
                "signed scan and notes can still be changed.",
                decision=decision.display_name,
                state=decision._workflow_state_label(),
            ),
            "undeletable": lambda decision: self.env._(
                "An issued decision is never deleted: cancel %(decision)s "
                "with a reason instead.",
                decision=decision.display_name,
            ),
            "missing": lambda decision, **values: self.env._(
                "%(action)s: fill in the %(missing)s of %(decision)s.",
                decision=decision.display_name,
                **values,
            ),
            "empty": lambda decision: self.env._(
                "The decision %(decision)s has no recipient yet.",
                decision=decision.display_name,
            ),
            "not_addable": lambda **values: self.env._(
                "Only lines passed by the council (or proposed upwards) and "
                "not yet in a decision can be added: %(lines)s.",
                **values,
            ),
            "wrong_level": lambda **values: self.env._(
                "A decision at the level “%(level)s” cannot hold %(lines)s: "
                "%(type)s is decided by %(other)s.",
                **values,
            ),
            "add_title": self.env._("Add Recipients"),
        }

    def _round_line_refused(self, line):
        return line.state not in ("passed", "proposed") or line.decision_id

    def _candidate_line_domain(self):
        self.ensure_one()
        states = ("passed",) if self.is_own else ("passed", "proposed")
        domain = [
            ("state", "in", states),
            ("decision_id", "=", False),
            ("authority_level", "=", self.authority_level),
            ("company_id", "=", self.company_id.id),
        ]
        if self.proposal_id:
            domain.append(("proposal_id", "=", self.proposal_id.id))
        return domain

    # ------------------------------------------------------------------
    # Issue and cancel
    # ------------------------------------------------------------------
    def action_issue(self):
        self._workflow_check("issue")
        for decision in self:
            decision._check_can_issue()
        for decision in self:
            decision._create_awards()
        self._workflow_move("issue", message="_issue_summary")
        lines = self.line_ids
        lines.dossier_id._sync_round_state()
        lines.proposal_id._sync_state()
        self._after_issue()
        return True

    def _check_can_issue(self):
        self._round_check_ready(
            "issue",
            (
                ("name", self.env._("number")),
                ("date", self.env._("date")),
                ("issuing_body", self.env._("issuing body")),
            ),
        )
        lines = self.line_ids
        if self.is_own:
            proposed = lines.filtered(lambda line: line.state != "passed")
            if proposed:
                raise UserError(
                    self.env._(
                        "The Director decides lines passed by the council: "
                        "%(lines)s are %(state)s.",
                        lines=", ".join(proposed.mapped("display_name")),
                        state=proposed[0]._workflow_state_label(),
                    )
                )
        lines._workflow_check("decide")
        lines._check_eligible_or_overridden()
        sessions = lines.session_id
        last = max(sessions.mapped("date")) if sessions else None
        if last and self.date < last:
            raise UserError(
                self.env._(
                    "The decision %(decision)s cannot be dated %(date)s, before "
                    "the council session of %(session_date)s.",
                    decision=self.display_name,
                    date=self.date,
                    session_date=last,
                )
            )

    def _create_awards(self):
        """One award per line: rewards under the rule of Decree 152 Art. 49,
        Gold Book numbers from the Department's book for its own decisions."""
        self.ensure_one()
        Award = self.env["commendation.award"]
        lines = self.line_ids
        rewards = Award._compute_rewards(lines, self.date, self.company_id)
        # The award's default currency, looked up once (its default, an
        # env.ref() checking the record exists, costs a query per award).
        currency_id = Award.default_get(["currency_id"]).get("currency_id")
        numbers = iter(Award._next_gold_book_numbers(len(lines)) if self.is_own else ())
        vals_list = []
        for line in lines:
            nominal, amount, rule = rewards[line.id]
            vals_list.append(
                {
                    "company_id": self.company_id.id,
                    "currency_id": currency_id,
                    "employee_id": line.employee_id.id,
                    "department_id": line.department_id.id,
                    "partner_id": line.partner_id.id,
                    "recipient_name": line.recipient_name,
                    "recipient_job_title": line.recipient_job_title,
                    "recipient_unit_name": line.recipient_unit_name,
                    "type_id": line.decided_type_id.id,
                    "year": line.year,
                    "kind": line.dossier_id.kind,
                    "decision_id": self.id,
                    "decision_number": self.name,
                    "decision_date": self.date,
                    "authority": self.issuing_body,
                    "authority_level": self.authority_level,
                    "signer": self.signer_name,
                    "dossier_id": line.dossier_id.id,
                    "dossier_line_id": line.id,
                    "achievements": line.achievements,
                    "initiative_ids": [(6, 0, line.initiative_ids.ids)],
                    "reward_nominal": nominal,
                    "reward_amount": amount,
                    "reward_rule": rule,
                    "gold_book_number": next(numbers)
                    if self.is_own
                    else (line.higher_gold_book_number or False),
                }
            )
        awards = Award.with_context(
            mail_create_nolog=True, mail_notrack=True, tracking_disable=True
        ).create(vals_list)
        lines._workflow_move("decide")
        return awards

    def _issue_summary(self):
        self.ensure_one()
        return self.env._(
            "Decision %(decision)s issued on %(date)s by %(body)s: %(count)s "
            "awards, %(total)s in rewards.",
            decision=self.name,
            date=self.date,
            body=self.issuing_body,
            count=len(self.award_ids),
            total=self.env["emulation.document.helper"].money(self.reward_total),
        )

    def _after_issue(self):
        """Hook: what follows an issued decision (e.g. the fund's expense)."""
        for decision in self:
            for dossier in decision.line_ids.dossier_id:
                dossier._workflow_post(
                    self.env._(
                        "Decision %(decision)s of %(date)s (%(body)s) decides: "
                        "%(lines)s.",
                        decision=decision.name,
                        date=decision.date,
                        body=decision.issuing_body,
                        lines=", ".join(
                            decision.line_ids.filtered(
                                lambda line, d=dossier: line.dossier_id == d
                            ).mapped("display_name")
                        ),
                    )
                )

    def action_cancel(self, reason=None):
        if reason is None:
            return self._reason_wizard("cancel")
        reason = self._require_reason(reason, self._workflow("cancel")["label"])
        self._workflow_check("cancel")
        today = fields.Date.context_today(self)
        self.award_ids.filtered(lambda a: a.state == "valid")._revoke(
            self.env._(
                "Decision %(decision)s cancelled: %(reason)s",
                decision=", ".join(self.mapped("display_name")),
                reason=reason,
            ),
            today,
        )
        lines = self.line_ids
        lines._workflow_check("undecide")
        for state, group in (
            ("proposed", lines.filtered("proposal_id")),
            ("passed", lines.filtered(lambda line: not line.proposal_id)),
        ):
            group._workflow_write({"state": state, "decision_id": False})
        self._workflow_move(
            "cancel",
            {"cancel_reason": reason, "cancel_date": today},
            self.env._(
                "Decision cancelled, its awards revoked and its recipients back "
                "to “%(state)s”. Reason: %(reason)s",
                state=lines[:1]._workflow_state_label("passed") if lines else "-",
                reason=reason,
            ),
        )
        lines.dossier_id._sync_round_state()
        lines.proposal_id._sync_state()
        self._after_cancel()
        return True

    def _after_cancel(self):
        """Hook: what follows a cancelled decision (e.g. the fund's reversal)."""
        return True

    def action_open_awards(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            "commendation_award_action", "decision_id", self, defaults=False
        )

    def action_open_dossiers(self):
        self.ensure_one()
        return self.env["commendation.dossier"]._open_records(
            "commendation.dossier", self.dossier_ids, self.env._("Dossiers")
        )

    @api.model
    def _draft_for_lines(self, lines, **vals):
        """Draft decisions for passed ``lines``: one per deciding level and
        title or form (the usual practice)."""
        groups = defaultdict(lambda: self.env["commendation.dossier.line"])
        for line in lines:
            groups[(line.authority_level, line.decided_type_id)] |= line
        decisions = self.browse()
        for (level, _ctype), group in groups.items():
            decision = self.create(
                dict(
                    vals,
                    authority_level=level,
                    year=group[0].year,
                    company_id=group[0].company_id.id,
                )
            )
            decision.action_add_lines(group)
            decisions |= decision
        return decisions
