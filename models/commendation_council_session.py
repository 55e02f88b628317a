from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# What the council secretary may write on a session (the rest is the Office's).
ATTENDANCE_FIELDS = {"present_member_ids", "written_member_ids", "minutes", "line_ids"}
# What may still change once the session is closed.
AFTER_CLOSE_FIELDS = {"signed_file", "signed_file_name"}


class CommendationCouncilSession(models.Model):
    """One meeting of the council (phiên họp Hội đồng Thi đua - Khen thưởng):
    its agenda gathers the lines of many units' verified dossiers; the members
    present vote, absent members may send a written opinion (ý kiến bằng văn
    bản); closing the session settles each line as passed or not passed."""

    _name = "commendation.council.session"
    _description = "Council Session"
    _inherit = [
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date desc, id desc"
    _workflow_activity_types = (
        "mail_activity_type_session_record",
        "mail_activity_type_session_follow_up",
    )

    name = fields.Char(
        string="Number",
        required=True,
        readonly=True,
        copy=False,
        default=lambda self: self.env._("New"),
    )
    council_id = fields.Many2one(
        "emulation.council",
        required=True,
        tracking=True,
        index=True,
        default=lambda self: self.env["emulation.council"].search(
            [("company_id", "in", [self.env.company.id, False])], limit=1
        ),
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    place = fields.Char(tracking=True)
    chair_id = fields.Many2one(
        "hr.employee",
        compute="_compute_officers",
        store=True,
        readonly=False,
        tracking=True,
    )
    secretary_id = fields.Many2one(
        "hr.employee",
        compute="_compute_officers",
        store=True,
        readonly=False,
        tracking=True,
        help="Records the attendance, the written opinions and the tallies.",
    )
    line_ids = fields.One2many(
        "commendation.dossier.line", "session_id", string="Agenda"
    )
    dossier_ids = fields.Many2many(
        "commendation.dossier", compute="_compute_line_stats", string="Dossiers"
    )
    line_count = fields.Integer(string="Candidates", compute="_compute_line_stats")
    passed_count = fields.Integer(string="Passed", compute="_compute_line_stats")
    member_ids = fields.Many2many(
        "emulation.council.member",
        compute="_compute_member_ids",
        string="Members on the Date",
    )
    member_total = fields.Integer(
        string="Total Members",
        compute="_compute_member_total",
        store=True,
        help="Members of the council on the session's date: thresholds are "
        "counted against this total, not against those present.",
    )
    present_member_ids = fields.Many2many(
        "emulation.council.member",
        "commendation_session_present_member_rel",
        "session_id",
        "member_id",
        string="Members Present",
        domain="[('id', 'in', member_ids)]",
    )
    written_member_ids = fields.Many2many(
        "emulation.council.member",
        "commendation_session_written_member_rel",
        "session_id",
        "member_id",
        string="Written Opinions",
        domain="[('id', 'in', member_ids), ('id', 'not in', present_member_ids)]",
        help="Absent members who sent their opinion in writing (ý kiến bằng văn "
        "bản). Their votes are counted in the totals; what each chose is not "
        "stored (secret ballot).",
    )
    present_count = fields.Integer(compute="_compute_attendance")
    written_count = fields.Integer(compute="_compute_attendance")
    quorum_required = fields.Integer(
        compute="_compute_attendance",
        help="Members who must be present (written opinions do not count).",
    )
    quorum_reached = fields.Boolean(compute="_compute_attendance")
    state = fields.Selection(
        [("draft", "Draft"), ("in_progress", "In Progress"), ("closed", "Closed")],
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    date_closed = fields.Date(readonly=True, copy=False)
    signed_file = fields.Binary(
        string="Signed Minutes (Scan)",
        attachment=True,
        copy=False,
        help="The signed Biên bản: the e-dossier package carries it instead of "
        "a regenerated PDF.",
    )
    signed_file_name = fields.Char(copy=False)
    minutes = fields.Html(
        string="Discussion",
        help="Opinions and conclusions printed in the minutes (Biên bản).",
    )
    can_start = fields.Boolean(compute="_compute_workflow_can")
    can_close = fields.Boolean(compute="_compute_workflow_can")
    can_reset = fields.Boolean(compute="_compute_workflow_can")
    can_edit_agenda = fields.Boolean(compute="_compute_workflow_can")
    can_record = fields.Boolean(compute="_compute_workflow_can")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("council_id", "date")
    def _compute_officers(self):
        for session in self:
            members = session._members_on_date()
            chair = members.filtered(lambda m: m.role == "chair")[:1]
            secretary = members.filtered(lambda m: m.role == "secretary")[:1]
            session.chair_id = chair.employee_id
            session.secretary_id = secretary.employee_id

    def _members_on_date(self):
        self.ensure_one()
        if not self.council_id:
            return self.env["emulation.council.member"]
        return self.council_id._get_members_on(
            self.date or fields.Date.context_today(self)
        )

    @api.depends(
        "council_id",
        "date",
        "council_id.member_ids.date_from",
        "council_id.member_ids.date_to",
    )
    def _compute_member_ids(self):
        for session in self:
            session.member_ids = session._members_on_date()

    @api.depends(
        "council_id",
        "date",
        "council_id.member_ids.date_from",
        "council_id.member_ids.date_to",
    )
    def _compute_member_total(self):
        for session in self:
            session.member_total = len(session._members_on_date())

    @api.depends("present_member_ids", "written_member_ids", "member_total")
    def _compute_attendance(self):
        for session in self:
            session.present_count = len(session.present_member_ids)
            session.written_count = len(session.written_member_ids)
            required = (
                session.council_id._quorum_required(session.member_total)
                if session.council_id
                else 0
            )
            session.quorum_required = required
            session.quorum_reached = bool(
                session.member_total and session.present_count >= required
            )

    @api.depends("line_ids.state", "line_ids.dossier_id")
    def _compute_line_stats(self):
        for session in self:
            lines = session.line_ids
            session.dossier_ids = lines.dossier_id
            session.line_count = len(lines)
            session.passed_count = len(
                lines.filtered(lambda line: line.state == "passed")
            )

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("present_member_ids", "written_member_ids", "council_id", "date")
    def _check_attendance(self):
        for session in self:
            both = session.present_member_ids & session.written_member_ids
            if both:
                raise ValidationError(
                    self.env._(
                        "%(members)s cannot be both present and absent with a "
                        "written opinion.",
                        members=", ".join(both.mapped("employee_id.name")),
                    )
                )
            outside = (
                session.present_member_ids | session.written_member_ids
            ) - session._members_on_date()
            if outside:
                raise ValidationError(
                    self.env._(
                        "%(members)s are not members of %(council)s on %(date)s.",
                        members=", ".join(outside.mapped("employee_id.name")),
                        council=session.council_id.name,
                        date=session.date,
                    )
                )
            session.line_ids._check_votes()

    # ------------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        return super().create(self._number_by_sequence(vals_list))

    def write(self, vals):
        if not self._workflow_unlocked():
            fields_written = set(vals) - AFTER_CLOSE_FIELDS
            if fields_written - ATTENDANCE_FIELDS:
                if not self._user_in("group_office"):
                    raise UserError(
                        self.env._(
                            "Only the Office prepares a council session; the "
                            "secretary records its attendance and tallies."
                        )
                    )
                for session in self.filtered(lambda s: s.state == "closed"):
                    raise UserError(
                        self.env._(
                            "The session %(session)s is closed: it cannot be "
                            "changed any more.",
                            session=session.display_name,
                        )
                    )
            if fields_written & ATTENDANCE_FIELDS:
                for session in self:
                    error = session._attendance_refusal(allow_draft=True)
                    if error:
                        raise UserError(error)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_empty_drafts(self):
        self._workflow_refuse(
            lambda session: session.state != "draft" or session.line_ids,
            lambda session: self.env._(
                "Only a draft session with an empty agenda can be deleted: "
                "remove the lines of %(session)s from its agenda first.",
                session=session.display_name,
            ),
        )

    # ------------------------------------------------------------------
    # Who acts
    # ------------------------------------------------------------------
    def _attendance_refusal(self, allow_draft=False):
        """Why the current user may not record this session's attendance and
        tallies now, or False: the Office or the session's secretary, while
        the session is in progress."""
        self.ensure_one()
        states = ("draft", "in_progress") if allow_draft else ("in_progress",)
        if self.state not in states:
            return self.env._(
                "The session %(session)s is %(state)s: attendance and tallies are "
                "recorded while it is in progress.",
                session=self.display_name,
                state=self._workflow_state_label(),
            )
        if self.env.su or self._user_in("group_office"):
            return False
        if self.secretary_id and self.secretary_id.user_id == self.env.user:
            return False
        return self.env._(
            "Only the Office or the secretary of the session (%(secretary)s) "
            "records its attendance and tallies.",
            secretary=self.secretary_id.name or "-",
        )

    def _check_secretary(self):
        return self._attendance_refusal()

    def _secretary_users(self):
        self.ensure_one()
        return self.secretary_id.user_id or self._workflow_office_users()

    # ------------------------------------------------------------------
    # State machine
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        return {
            "start": {
                "label": self.env._("Start the Session"),
                "from": ("draft",),
                "to": "in_progress",
                "groups": office,
                "who": self.env._("the Office"),
                "activity": (
                    "mail_activity_type_session_record",
                    "_secretary_users",
                    self.env._("Record the attendance, written opinions and tallies"),
                ),
            },
            "close": {
                "label": self.env._("Close the Session"),
                "from": ("in_progress",),
                "to": "closed",
                "groups": ("group_office", "group_council"),
                "who": self.env._("the Office or the council secretary"),
                "check": "_check_secretary",
                "activity": (
                    "mail_activity_type_session_follow_up",
                    "_office_users",
                    self.env._("Draft the decisions and the proposals upwards"),
                ),
            },
            "reset": {
                "label": self.env._("Reset to Draft"),
                "from": ("in_progress",),
                "to": "draft",
                "groups": office,
                "who": self.env._("the Office"),
            },
            "edit_agenda": {
                "label": self.env._("Change the Agenda"),
                "from": ("draft", "in_progress"),
                "to": None,
                "groups": office,
                "who": self.env._("the Office"),
            },
            "record": {
                "label": self.env._("Record the Tallies"),
                "from": ("in_progress",),
                "to": None,
                "groups": ("group_office", "group_council"),
                "who": self.env._("the Office or the council secretary"),
                "check": "_check_secretary",
            },
        }

    def action_add_dossiers(self, dossiers):
        """Put the verified lines of ``dossiers`` (records or ids) on the
        agenda."""
        self.ensure_one()
        dossiers = self._workflow_records(dossiers, "commendation.dossier")
        self._workflow_check("edit_agenda")
        lines = dossiers.line_ids.filtered(lambda line: line.state == "verified")
        if not lines:
            raise UserError(
                self.env._(
                    "%(dossiers)s have no verified line to put on the agenda.",
                    dossiers=", ".join(dossiers.mapped("name")) or "-",
                )
            )
        lines._workflow_move("put_on_agenda", {"session_id": self.id})
        lines.dossier_id._sync_round_state()
        self._workflow_post(
            self.env._(
                "%(count)s candidates of %(dossiers)s put on the agenda.",
                count=len(lines),
                dossiers=", ".join(lines.dossier_id.mapped("name")),
            )
        )
        return True

    def _year_dossier_domain(self):
        self.ensure_one()
        return [
            ("year", "=", self.year),
            ("company_id", "=", self.company_id.id),
            ("state", "in", ("verified", "in_round")),
            ("line_ids.state", "=", "verified"),
        ]

    def action_add_year_dossiers(self):
        """Put every verified dossier of the session's year on the agenda."""
        self.ensure_one()
        self._workflow_check("edit_agenda")
        dossiers = self.env["commendation.dossier"].search(self._year_dossier_domain())
        return self.action_add_dossiers(dossiers)

    def action_open_add_wizard(self):
        self.ensure_one()
        return self._workflow_dialog(
            "edit_agenda",
            "commendation.session.add.wizard",
            self.env._("Add Dossiers to the Agenda"),
            {"default_session_id": self.id},
        )

    def action_remove_lines(self, lines):
        self.ensure_one()
        lines = self._workflow_records(lines)
        self._workflow_check("edit_agenda")
        lines = lines.filtered(lambda line: line.session_id == self)
        lines._workflow_move(
            "remove_from_agenda",
            {"session_id": False, "votes_for": 0, "votes_against": 0},
        )
        lines.dossier_id._sync_round_state()
        return True

    def action_start(self):
        self._workflow_refuse(
            lambda session: not session.line_ids,
            lambda session: self.env._(
                "Start the Session: the agenda of %(session)s is empty; "
                "add the verified dossiers first.",
                session=session.display_name,
            ),
        )
        return self._workflow_move(
            "start",
            message=self.env._("Session opened."),
        )

    def action_reset(self):
        return self._workflow_move("reset")

    def action_record_tallies(self, tallies):
        """Enter the tallies: ``{line id: (votes for, votes against)}``.
        Lines with the same figures are written together."""
        self.ensure_one()
        self._workflow_check("record")
        groups = defaultdict(list)
        for line_id, (votes_for, votes_against) in tallies.items():
            groups[(int(votes_for), int(votes_against))].append(int(line_id))
        Line = self.env["commendation.dossier.line"]
        if {int(line_id) for line_id in tallies} - set(self.line_ids.ids):
            raise UserError(
                self.env._(
                    "Record the Tallies: some lines are not on the agenda of "
                    "%(session)s.",
                    session=self.display_name,
                )
            )
        for (votes_for, votes_against), ids in groups.items():
            Line.browse(ids).write(
                {"votes_for": votes_for, "votes_against": votes_against}
            )
        return True

    def _close_blockers(self):
        """Reasons that forbid closing (extended by other features, e.g. an
        unanswered objection to an announced candidate)."""
        self.ensure_one()
        blockers = []
        if not self.quorum_reached:
            blockers.append(
                self.env._(
                    "the quorum is not reached: %(present)s of %(total)s members "
                    "present, at least %(required)s needed (%(num)s/%(den)s of the "
                    "members; written opinions do not count)",
                    present=self.present_count,
                    total=self.member_total,
                    required=self.quorum_required,
                    num=self.council_id.quorum_numerator,
                    den=self.council_id.quorum_denominator,
                )
            )
        untallied = self.line_ids.filtered(
            lambda line: (
                line.state == "on_agenda"
                and line.votes_needed
                and not (line.votes_for or line.votes_against)
            )
        )
        if untallied:
            blockers.append(
                self.env._(
                    "no tally is recorded for %(lines)s",
                    lines=", ".join(untallied.mapped("display_name")),
                )
            )
        return blockers

    def action_close(self):
        self._workflow_check("close")
        for session in self:
            blockers = session._close_blockers()
            if blockers:
                raise UserError(
                    self.env._(
                        "The session %(session)s cannot close: %(reasons)s.",
                        session=session.display_name,
                        reasons="; ".join(blockers),
                    )
                )
        for session in self:
            session._settle_lines()
        self._workflow_move(
            "close",
            {"date_closed": fields.Date.context_today(self)},
            "_close_summary",
        )
        self.line_ids.dossier_id._sync_round_state()
        return True

    def _settle_lines(self):
        """Freeze each line's figures and result; same figures, one write."""
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: line.state == "on_agenda")
        lines._workflow_check("settle")
        groups = defaultdict(list)
        total = self.member_total
        for line in lines:
            required = line.type_id._votes_required(total)
            passed = not required or line.votes_for >= required
            groups[(required, passed)].append(line.id)
        Line = self.env["commendation.dossier.line"]
        for (required, passed), ids in groups.items():
            Line.browse(ids)._workflow_write(
                {
                    "state": "passed" if passed else "not_passed",
                    "votes_required": required,
                    "vote_passed": passed,
                    "vote_member_total": total,
                }
            )

    def _close_summary(self):
        self.ensure_one()
        lines = self.line_ids
        passed = lines.filtered(lambda line: line.state == "passed")
        return self.env._(
            "Session closed: %(present)s of %(total)s members present, "
            "%(written)s written opinions; %(passed)s of %(count)s candidates "
            "passed.",
            present=self.present_count,
            total=self.member_total,
            written=self.written_count,
            passed=len(passed),
            count=len(lines),
        )

    def action_open_dossiers(self):
        self.ensure_one()
        return self.env["commendation.dossier"]._open_records(
            "commendation.dossier", self.dossier_ids, self.env._("Dossiers")
        )
