from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Lines that can still be announced: verified, and not yet at an end.
ANNOUNCEABLE_STATES = ("verified", "on_agenda", "passed", "proposed")
# What the announcement published: fixed once it is published.
LOCKED_FIELDS = {
    "date_start",
    "working_days",
    "line_ids",
    "session_id",
    "company_id",
    "year",
    "subject",
    "place",
}


class CommendationAnnouncement(models.Model):
    """A public announcement (thông báo công khai) of the candidates before
    the council decides: every internal user sees the list and may comment
    on a candidate or object to one during a window of working days; the
    Office answers each comment."""

    _name = "commendation.announcement"
    _description = "Public Announcement of Candidates"
    _inherit = [
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_start desc, id desc"
    _workflow_activity_types = ("mail_activity_type_announcement_end",)

    name = fields.Char(
        string="Number",
        copy=False,
        tracking=True,
        help="Number of the printed notice, e.g. 05/TB-NV; empty until the "
        "registry gives it.",
    )
    subject = fields.Char(
        compute="_compute_subject",
        store=True,
        readonly=False,
        help="Summary (trích yếu) of the printed notice.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    session_id = fields.Many2one(
        "commendation.council.session",
        string="Council Session",
        index=True,
        tracking=True,
        domain="[('state', '!=', 'closed'), ('company_id', '=', company_id)]",
        help="The session whose agenda is announced (optional).",
    )
    date_start = fields.Date(
        string="Announced On",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
        help="The day the list is made public; the window is counted from the "
        "next day (Civil Code 2015, Article 147).",
    )
    working_days = fields.Integer(
        string="Window (working days)",
        required=True,
        default=lambda self: self.env.company.emulation_announcement_days or 10,
        tracking=True,
    )
    date_end = fields.Date(
        string="Comments Until",
        compute="_compute_date_end",
        store=True,
        help="Last day of the window, counted in the company's working days "
        "(weekends and the public holidays of its working schedule skipped).",
    )
    place = fields.Char(
        string="Published At",
        default="bảng tin tại trụ sở cơ quan và trang thông tin nội bộ",
        help="Where the list is posted, as printed in the notice (in Vietnamese).",
    )
    line_ids = fields.Many2many(
        "commendation.dossier.line",
        "commendation_announcement_line_rel",
        "announcement_id",
        "line_id",
        string="Candidates",
        domain="[('state', 'in', %s), ('company_id', '=', company_id)]"
        % (ANNOUNCEABLE_STATES,),
    )
    line_count = fields.Integer(string="Candidates Count", compute="_compute_counts")
    entry_ids = fields.One2many(
        "commendation.announcement.entry",
        "announcement_id",
        string="Published List",
        readonly=True,
    )
    comment_ids = fields.One2many(
        "commendation.announcement.comment", "announcement_id", string="Comments"
    )
    comment_count = fields.Integer(compute="_compute_counts")
    open_comment_count = fields.Integer(
        string="Unanswered Comments", compute="_compute_counts"
    )
    state = fields.Selection(
        [("draft", "Draft"), ("published", "Published"), ("closed", "Closed")],
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    is_open_for_comments = fields.Boolean(compute="_compute_is_open_for_comments")
    note = fields.Html()
    can_publish = fields.Boolean(compute="_compute_workflow_can")
    can_close = fields.Boolean(compute="_compute_workflow_can")
    can_reset = fields.Boolean(compute="_compute_workflow_can")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("date_start", "working_days", "company_id")
    def _compute_date_end(self):
        for announcement in self:
            announcement.date_end = (
                announcement.company_id._emulation_add_working_days(
                    announcement.date_start, announcement.working_days
                )
                if announcement.date_start and announcement.company_id
                else False
            )

    @api.depends("year")
    def _compute_subject(self):
        self._set_draft_default(
            "subject",
            lambda announcement: (
                "Công khai danh sách tập thể, cá nhân đề nghị xét tặng danh hiệu "
                "thi đua, hình thức khen thưởng năm %s" % announcement.year
            ),
        )

    @api.depends("line_ids", "comment_ids.state")
    def _compute_counts(self):
        for announcement in self:
            comments = announcement.comment_ids
            announcement.line_count = len(announcement.line_ids.sudo())
            announcement.comment_count = len(comments)
            announcement.open_comment_count = len(
                comments.filtered(lambda c: c.state == "open")
            )

    @api.depends("state", "date_start", "date_end")
    def _compute_is_open_for_comments(self):
        for announcement in self:
            announcement.is_open_for_comments = not announcement._comment_refusal()

    @api.depends("name", "date_start")
    def _compute_display_name(self):
        for announcement in self:
            announcement.display_name = announcement.name or self.env._(
                "Announcement of %(date)s",
                date=announcement.date_start
                and announcement.date_start.strftime("%d/%m/%Y"),
            )

    # ------------------------------------------------------------------
    # Constraints and ORM
    # ------------------------------------------------------------------
    @api.constrains("working_days")
    def _check_working_days(self):
        for announcement in self:
            if announcement.working_days < 1:
                raise ValidationError(
                    self.env._(
                        "The announcement window lasts at least one working day."
                    )
                )

    @api.constrains("line_ids", "company_id")
    def _check_lines(self):
        for announcement in self:
            other = announcement.line_ids.filtered(
                lambda line, a=announcement: line.company_id != a.company_id
            )
            if other:
                raise ValidationError(
                    self.env._(
                        "%(lines)s belong to another agency than the announcement.",
                        lines=", ".join(other.mapped("display_name")),
                    )
                )

    def write(self, vals):
        self._workflow_guard_write(
            vals,
            lambda announcement: self.env._(
                "The announcement %(announcement)s is %(state)s: its "
                "list and window cannot be changed any more.",
                announcement=announcement.display_name,
                state=announcement._workflow_state_label(),
            ),
            locked=LOCKED_FIELDS,
        )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        self._workflow_refuse(
            lambda announcement: announcement.state != "draft",
            lambda announcement: self.env._(
                "A published announcement is kept: %(announcement)s cannot be deleted.",
                announcement=announcement.display_name,
            ),
        )

    # ------------------------------------------------------------------
    # State machine
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who = self.env._("the Office")
        return {
            "publish": {
                "label": self.env._("Publish"),
                "from": ("draft",),
                "to": "published",
                "groups": office,
                "who": who,
            },
            "close": {
                "label": self.env._("Close the Announcement"),
                "from": ("published",),
                "to": "closed",
                "groups": office,
                "who": who,
                "activity": (
                    "mail_activity_type_announcement_end",
                    "_office_users",
                    self.env._("Answer the comments; the candidates' list is final"),
                ),
            },
            "reset": {
                "label": self.env._("Reset to Draft"),
                "from": ("published",),
                "to": "draft",
                "groups": office,
                "who": who,
                "check": "_check_no_comment",
            },
        }

    def _check_no_comment(self):
        if self.comment_ids:
            return self.env._(
                "The announcement %(announcement)s has received comments: it "
                "cannot go back to draft.",
                announcement=self.display_name,
            )
        return False

    def action_load_session(self):
        """Announce the agenda of the chosen session."""
        for announcement in self:
            if not announcement.session_id:
                raise UserError(
                    self.env._("Choose the council session whose agenda is announced.")
                )
            lines = announcement.session_id.line_ids.filtered(
                lambda line: line.state in ANNOUNCEABLE_STATES
            )
            announcement.write({"line_ids": [(4, line.id) for line in lines]})
        return True

    def action_add_verified_lines(self):
        """Announce every verified line of the year not announced yet."""
        for announcement in self:
            lines = self.env["commendation.dossier.line"].search(
                [
                    ("year", "=", announcement.year),
                    ("company_id", "=", announcement.company_id.id),
                    ("state", "in", ("verified", "on_agenda")),
                    ("id", "not in", announcement.line_ids.ids),
                ]
            )
            announcement.write({"line_ids": [(4, line.id) for line in lines]})
        return True

    def action_publish(self):
        for announcement in self:
            if not announcement.line_ids:
                raise UserError(
                    self.env._(
                        "Publish: the announcement %(announcement)s lists no "
                        "candidate.",
                        announcement=announcement.display_name,
                    )
                )
            ended = announcement.line_ids.filtered(
                lambda line: line.state not in ANNOUNCEABLE_STATES
            )
            if ended:
                raise UserError(
                    self.env._(
                        "Publish: %(lines)s can no longer be announced (%(state)s).",
                        lines=", ".join(ended.mapped("display_name")),
                        state=ended[0]._workflow_state_label(),
                    )
                )
        Entry = self.env["commendation.announcement.entry"].sudo()
        for announcement in self:
            lines = announcement.line_ids.sorted(
                lambda line: (
                    line.type_id.sequence,
                    line.type_id.id,
                    line.proposing_department_id.name or "",
                    line.recipient_name or "",
                )
            )
            Entry.create(Entry._vals_from_lines(announcement, lines))
        self._workflow_move("publish", message="_publish_summary")
        return True

    def _publish_summary(self):
        self.ensure_one()
        return self.env._(
            "List of %(count)s candidates made public on %(start)s; comments "
            "until %(end)s (%(days)s working days).",
            count=len(self.line_ids),
            start=self.date_start.strftime("%d/%m/%Y"),
            end=self.date_end and self.date_end.strftime("%d/%m/%Y"),
            days=self.working_days,
        )

    def action_close(self):
        return self._workflow_move("close", message="_close_summary")

    def _close_summary(self):
        self.ensure_one()
        return self.env._(
            "Announcement closed: %(count)s comments received, %(open)s still "
            "unanswered.",
            count=self.comment_count,
            open=self.open_comment_count,
        )

    def action_reset(self):
        self._workflow_check("reset")
        self.entry_ids.sudo().unlink()
        return self._workflow_move("reset")

    @api.model
    def _cron_close_ended_announcements(self):
        """Close the announcements whose window has ended; the Office gets an
        activity to answer what is left and finalise the list."""
        today = fields.Date.context_today(self)
        ended = self.search([("state", "=", "published"), ("date_end", "<", today)])
        if ended:
            ended._workflow_move("close", message="_close_summary")
        return ended

    # ------------------------------------------------------------------
    # Comments
    # ------------------------------------------------------------------
    def _comment_refusal(self):
        """Why comments are not accepted now, or False."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        if self.state != "published":
            return self.env._(
                "The announcement %(announcement)s is %(state)s: comments are "
                "received while it is published.",
                announcement=self.display_name,
                state=self._workflow_state_label(),
            )
        if self.date_end and today > self.date_end:
            return self.env._(
                "The window of %(announcement)s ended on %(end)s: comments are no "
                "longer received.",
                announcement=self.display_name,
                end=self.date_end.strftime("%d/%m/%Y"),
            )
        if today < self.date_start:
            return self.env._(
                "The announcement %(announcement)s opens on %(start)s.",
                announcement=self.display_name,
                start=self.date_start.strftime("%d/%m/%Y"),
            )
        return False

    def action_open_comment_form(self, entry=None):
        """A new comment on this announcement (about one of its candidates)."""
        self.ensure_one()
        refusal = self._comment_refusal()
        if refusal:
            raise UserError(refusal)
        context = {"default_announcement_id": self.id}
        if entry:
            context["default_entry_id"] = entry.id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Comment on a Candidate"),
            "res_model": "commendation.announcement.comment",
            "view_mode": "form",
            "views": [
                (
                    self.env.ref(
                        "emulation_commendation.commendation_announcement_comment_view_form_new"
                    ).id,
                    "form",
                )
            ],
            "target": "new",
            "context": context,
        }

    def _notice_rows(self):
        """The candidates of the printed notice: as published, or the lines
        still being prepared."""
        self.ensure_one()
        if self.entry_ids:
            return self.entry_ids
        Entry = self.env["commendation.announcement.entry"]
        return [
            Entry.new(vals)
            for vals in Entry._vals_from_lines(self, self.sudo().line_ids)
        ]

    def action_open_comments(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            "commendation_announcement_comment_action", "announcement_id", self
        )
