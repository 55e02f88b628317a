import datetime

from odoo import api, fields, models
from odoo.exceptions import ValidationError

DEADLINE_KINDS = [
    ("rating", "Quality Ratings"),
    ("unit_proposal", "Units' Proposals"),
    ("announcement", "Public Announcement"),
    ("session", "Council Session"),
    ("decision", "Department's Decisions"),
    ("proposal", "Proposals Upwards"),
    ("semiannual_report", "Semiannual Report"),
    ("annual_report", "Annual Report"),
]
# Dates that come from the company's settings of the periodic reports.
REPORT_KINDS = {"semiannual_report": "semiannual", "annual_report": "annual"}
DEFAULT_REMINDER_DAYS = 7


class EmulationYearDeadline(models.Model):
    """One date of the year's round, with its source and its reminder."""

    _name = "emulation.year.deadline"
    _description = "Date of the Year's Round"
    _inherit = ["emulation.record.mixin"]
    _order = "date, sequence, id"

    calendar_id = fields.Many2one(
        "emulation.year.calendar",
        required=True,
        index=True,
        ondelete="cascade",
    )
    year = fields.Integer(related="calendar_id.year", store=True)
    company_id = fields.Many2one(related="calendar_id.company_id", store=True)
    sequence = fields.Integer(compute="_compute_sequence", store=True)
    kind = fields.Selection(DEADLINE_KINDS, required=True)
    date = fields.Date(
        compute="_compute_date",
        store=True,
        readonly=False,
        help="The date, or the first day for the announcement. The reports' "
        "dates come from the Settings (periodic reports).",
    )
    date_end = fields.Date(
        string="Until",
        compute="_compute_date_end",
        store=True,
        help="For the announcement: the last day of its window, in working "
        "days (the first day not counted).",
    )
    basis = fields.Char(
        string="Source",
        help="The rule the date follows, or why the agency chose it.",
    )
    is_local_rule = fields.Boolean(
        string="Local Rule",
        default=True,
        help="The date is a rule of the city, a province's model or the "
        "agency's own choice, not a national one: check it each year.",
    )
    reminder_days = fields.Integer(
        string="Remind (days before)",
        default=lambda self: self._default_reminder_days(),
    )
    reminder_date = fields.Date(compute="_compute_reminder_date", store=True)
    reminded = fields.Boolean(readonly=True, copy=False)

    _sql_constraints = [
        (
            "calendar_kind_uniq",
            "unique (calendar_id, kind)",
            "Each date appears once in the year's calendar.",
        ),
    ]

    @api.model
    def _default_reminder_days(self):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("emulation_commendation.deadline_reminder_days")
        )
        try:
            return (
                int(value) if value not in (None, False, "") else DEFAULT_REMINDER_DAYS
            )
        except ValueError:
            return DEFAULT_REMINDER_DAYS

    @api.depends("kind")
    def _compute_sequence(self):
        order = [kind for kind, _label in DEADLINE_KINDS]
        for deadline in self:
            deadline.sequence = order.index(deadline.kind) if deadline.kind else 0

    @api.depends(
        "kind",
        "calendar_id.year",
        "calendar_id.company_id.emulation_semiannual_due_day",
        "calendar_id.company_id.emulation_semiannual_due_month",
        "calendar_id.company_id.emulation_annual_due_day",
        "calendar_id.company_id.emulation_annual_due_month",
    )
    def _compute_date(self):
        Report = self.env["emulation.report"]
        for deadline in self:
            report_kind = REPORT_KINDS.get(deadline.kind)
            if report_kind and deadline.calendar_id:
                deadline.date = Report._due_date(
                    deadline.calendar_id.company_id,
                    report_kind,
                    deadline.calendar_id.year,
                )
            else:
                deadline.date = deadline.date

    @api.depends("kind", "date", "calendar_id.announcement_days", "company_id")
    def _compute_date_end(self):
        for deadline in self:
            if deadline.kind == "announcement" and deadline.date:
                deadline.date_end = (
                    deadline.calendar_id.company_id._emulation_add_working_days(
                        deadline.date, deadline.calendar_id.announcement_days
                    )
                )
            else:
                deadline.date_end = deadline.date

    @api.depends("date", "reminder_days")
    def _compute_reminder_date(self):
        for deadline in self:
            deadline.reminder_date = (
                deadline.date
                and deadline.date
                - datetime.timedelta(days=max(deadline.reminder_days, 0))
            )

    @api.depends("kind", "date", "year")
    def _compute_display_name(self):
        self._set_display_name_with_label(
            "kind", lambda deadline, kind: f"{kind} {deadline.year or ''}"
        )

    @api.constrains("reminder_days")
    def _check_reminder_days(self):
        for deadline in self:
            if deadline.reminder_days < 0:
                raise ValidationError(
                    self.env._("A reminder comes before the date, not after it.")
                )

    def write(self, vals):
        if "date" in vals or "reminder_days" in vals:
            vals = dict(vals, reminded=False)
        return super().write(vals)

    # ------------------------------------------------------------------
    # Reminders
    # ------------------------------------------------------------------
    def _reminder_users(self):
        """The Office; for the units' proposals, the heads of the units too."""
        self.ensure_one()
        users = self.env["emulation.state.guard.mixin"]._workflow_office_users()
        if self.kind == "unit_proposal":
            users |= (
                self.env["hr.department"]
                .sudo()
                .search([("company_id", "in", [self.company_id.id, False])])
                .manager_id.user_id
            )
        return users

    @api.model
    def _cron_remind_deadlines(self):
        """Give the Office an activity ``reminder_days`` before each date of
        the year's calendar (once; a changed date reminds again)."""
        today = fields.Date.context_today(self)
        deadlines = self.search(
            [
                ("reminded", "=", False),
                ("date", ">=", today),
                ("reminder_date", "<=", today),
            ]
        )
        labels = dict(self._fields["kind"]._description_selection(self.env))
        activity_type = self.env.ref(
            "emulation_commendation.mail_activity_type_deadline"
        )
        for deadline in deadlines:
            calendar = deadline.calendar_id
            for user in deadline._reminder_users():
                calendar.activity_schedule(
                    activity_type_id=activity_type.id,
                    date_deadline=deadline.date,
                    summary=self.env._(
                        "%(date)s: %(what)s",
                        date=deadline.date.strftime("%d/%m/%Y"),
                        what=labels.get(deadline.kind),
                    ),
                    note=deadline.basis or "",
                    user_id=user.id,
                )
        deadlines.write({"reminded": True})
        return deadlines
