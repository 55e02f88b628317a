import math

from odoo import api, fields, models
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

CLOSED_STATES = ("decided", "rejected", "cancelled")
VOTE_FIELDS = {"votes_for", "votes_against"}
DECISION_FIELDS = {"dropped", "drop_reason"}
EDIT_STATES = ("draft", "returned")
OFFICE_EDIT_STATES = ("draft", "returned", "submitted", "verified")


class CommendationDossierLine(models.Model):
    _name = "commendation.dossier.line"
    _inherit = ["commendation.recipient.mixin"]
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
    secret_ballot = fields.Boolean(related="type_id.secret_ballot")
    vote_threshold = fields.Float(related="type_id.vote_threshold")
    achievements = fields.Text()
    initiative_ids = fields.Many2many(
        "emulation.initiative",
        "commendation_dossier_line_initiative_rel",
        "line_id",
        "initiative_id",
        string="Initiatives Used as Grounds",
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
    votes_for = fields.Integer()
    votes_against = fields.Integer()
    votes_required = fields.Integer(
        compute="_compute_vote_passed",
        store=True,
        help="Votes for needed: the type's threshold × the council's total "
        "members on the meeting date (rounded up).",
    )
    vote_passed = fields.Boolean(compute="_compute_vote_passed", store=True)
    dropped = fields.Boolean(
        help="Not carried further (vote not passed, or not granted above)."
    )
    drop_reason = fields.Char()
    award_id = fields.Many2one("commendation.award", readonly=True)

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends(*ELIGIBILITY_DEPENDS)
    def _compute_eligibility(self):
        # Once the dossier is closed the assessment is history: keep it.
        closed = self.filtered(
            lambda line: (
                line.dossier_id.state in CLOSED_STATES
                and line._origin.eligibility_state
            )
        )
        for line in closed:
            line.eligibility_state = line._origin.eligibility_state
            line.eligibility_note = line._origin.eligibility_note
        todo = self - closed
        results = todo._evaluate_eligibility()
        for line in todo:
            line.eligibility_state, line.eligibility_note = results[line]

    def _evaluate_eligibility(self):
        """Ask the eligibility engine about every line at once.

        Returns ``{line: (state, note)}``. Without the engine, or for lines
        whose recipient or type is not set yet, the answer is ``unknown``.
        """
        results = {}
        todo = self.filtered(
            lambda line: (
                line.type_id
                and (line.employee_id or line.department_id or line.partner_id)
            )
        )
        for line in self - todo:
            results[line] = ("unknown", False)
        if not todo:
            return results
        if "commendation.eligibility" not in self.env:
            for line in todo:
                results[line] = (
                    "unknown",
                    self.env._("The eligibility engine is not available."),
                )
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
        answers = self.env["commendation.eligibility"].sudo().evaluate(items)
        for index, line in enumerate(todo):
            state, note = answers.get(index, ("unknown", False))
            results[line] = (state or "unknown", note or False)
        return results

    def _refresh_eligibility(self):
        """Recompute the stored eligibility now (on demand)."""
        if not self:
            return
        for fname in ("eligibility_state", "eligibility_note"):
            self.env.add_to_compute(self._fields[fname], self)
        self._recompute_recordset(["eligibility_state", "eligibility_note"])

    @api.model
    def _recompute_eligibility_for(self, employees=None, departments=None):
        """Refresh the open lines about these employees or departments."""
        domain = [("dossier_state", "not in", CLOSED_STATES)]
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
        "dossier_id.council_member_total",
        "votes_against",
    )
    def _compute_vote_passed(self):
        for line in self:
            threshold = line.type_id.vote_threshold
            total = line.dossier_id.council_member_total
            if not threshold:
                # A simple review: passes unless a majority voted against.
                line.votes_required = 0
                line.vote_passed = line.votes_against <= line.votes_for
                continue
            # Counted on the council's TOTAL members, not on those present.
            required = math.ceil(round(threshold * total / 100.0, 6))
            line.votes_required = required
            line.vote_passed = bool(total) and line.votes_for >= required

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("employee_id", "department_id", "partner_id", "type_id")
    def _check_recipient(self):
        for line in self:
            count = (
                bool(line.employee_id)
                + bool(line.department_id)
                + bool(line.partner_id)
            )
            if count != 1:
                raise ValidationError(
                    self.env._(
                        "Each proposed line names exactly one recipient: an "
                        "employee, a department or a foreign partner."
                    )
                )
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

    @api.constrains("votes_for", "votes_against")
    def _check_votes(self):
        for line in self:
            if line.votes_for < 0 or line.votes_against < 0:
                raise ValidationError(self.env._("A vote count cannot be negative."))
            dossier = line.dossier_id
            present = len(dossier.present_member_ids)
            limit = present or dossier.council_member_total
            if limit and line.votes_for + line.votes_against > limit:
                raise ValidationError(
                    self.env._(
                        "%(recipient)s: %(votes)s votes recorded, but only "
                        "%(limit)s members took part.",
                        recipient=line.recipient_name,
                        votes=line.votes_for + line.votes_against,
                        limit=limit,
                    )
                )

    # ------------------------------------------------------------------
    # ORM: who may change what, when
    # ------------------------------------------------------------------
    def _user_in(self, *groups):
        return self.env["commendation.dossier"]._user_in(*groups)

    def _check_edit(self, vals):
        if self.env.su:
            return
        vals = set(vals) - {"award_id", "sequence"}
        if not vals:
            return
        for line in self:
            state = line.dossier_id.state
            if vals & VOTE_FIELDS:
                if state != "council" or not self._user_in(
                    "group_council", "group_office"
                ):
                    raise UserError(
                        self.env._(
                            "Votes are recorded by the council secretary or the "
                            "Office while the dossier is at the council."
                        )
                    )
            if vals & DECISION_FIELDS:
                if state not in ("council", "approved", "proposed") or not (
                    self._user_in("group_office", "group_director")
                ):
                    raise UserError(
                        self.env._(
                            "Lines are dropped by the Office or the Director, "
                            "between the council and the decision."
                        )
                    )
            other = vals - VOTE_FIELDS - DECISION_FIELDS
            if other:
                line._check_content_editable()

    def _check_content_editable(self):
        self.ensure_one()
        state = self.dossier_id.state
        allowed = OFFICE_EDIT_STATES if self._user_in("group_office") else EDIT_STATES
        if state not in allowed:
            raise UserError(
                self.env._(
                    "The recipients of %(dossier)s cannot be changed any more: "
                    "it is %(state)s.",
                    dossier=self.dossier_id.name,
                    state=self.dossier_id._state_label(),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        if not self.env.su:
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

    def _reward_coefficient(self):
        self.ensure_one()
        ctype = self.type_id
        collective = bool(self.department_id) or (
            self.partner_id and self.partner_id.is_company
        )
        if collective:
            return ctype.coefficient_collective
        return ctype.coefficient_individual
