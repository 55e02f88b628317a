import datetime

from odoo import api, fields, models


class EmulationYearCalendar(models.Model):
    """The dates of the year's round (lịch công tác thi đua, khen thưởng):
    quality ratings, the units' proposals, the public announcement, the
    council session, the decisions, the proposals upwards and the periodic
    reports. Each date is a record with its source; most are local rules an
    agency sets for itself."""

    _name = "emulation.year.calendar"
    _description = "Calendar of the Year's Round"
    _inherit = ["emulation.year.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "year desc, company_id"

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    announcement_days = fields.Integer(
        string="Announcement Window (working days)",
        required=True,
        default=lambda self: self.env.company.emulation_announcement_days or 10,
    )
    deadline_ids = fields.One2many(
        "emulation.year.deadline", "calendar_id", string="Dates", copy=True
    )
    warning = fields.Text(
        compute="_compute_warning",
        help="Dates of the round that cannot all hold.",
    )
    has_warning = fields.Boolean(compute="_compute_warning")
    note = fields.Html()

    _sql_constraints = [
        (
            "year_company_uniq",
            "unique (year, company_id)",
            "An agency has one calendar per year.",
        ),
    ]

    @api.depends("year", "company_id")
    def _compute_name(self):
        for calendar in self:
            calendar.name = self.env._("Round of %(year)s", year=calendar.year)

    @api.depends("deadline_ids.date", "deadline_ids.date_end", "deadline_ids.kind")
    def _compute_warning(self):
        labels = dict(
            self.env["emulation.year.deadline"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        # (earlier, later, message): ``earlier`` must end before ``later``.
        rules = [
            (
                "unit_proposal",
                "announcement",
                self.env._(
                    "%(first)s (%(first_date)s) come after %(second)s "
                    "(%(second_date)s): the list would be announced before the "
                    "units have proposed."
                ),
            ),
            (
                "announcement",
                "session",
                self.env._(
                    "%(first)s ends on %(first_date)s, after %(second)s of "
                    "%(second_date)s: the council would decide while colleagues "
                    "may still object."
                ),
            ),
            (
                "rating",
                "session",
                self.env._(
                    "%(first)s (%(first_date)s) come after %(second)s "
                    "(%(second_date)s): ratings precede the council's review."
                ),
            ),
            (
                "session",
                "decision",
                self.env._(
                    "%(second)s (%(second_date)s) come before %(first)s "
                    "(%(first_date)s)."
                ),
            ),
            (
                "session",
                "proposal",
                self.env._(
                    "%(second)s (%(second_date)s) come before %(first)s "
                    "(%(first_date)s)."
                ),
            ),
        ]
        for calendar in self:
            dates = {d.kind: d for d in calendar.deadline_ids if d.date}
            problems = []
            for first, second, message in rules:
                earlier, later = dates.get(first), dates.get(second)
                if not (earlier and later):
                    continue
                end = earlier.date_end or earlier.date
                if end > later.date:
                    problems.append(
                        message
                        % {
                            "first": labels[first],
                            "first_date": end.strftime("%d/%m/%Y"),
                            "second": labels[second],
                            "second_date": later.date.strftime("%d/%m/%Y"),
                        }
                    )
            calendar.warning = "\n".join(problems) or False
            calendar.has_warning = bool(problems)

    # ------------------------------------------------------------------
    # Defaults
    # ------------------------------------------------------------------
    @api.model
    def _default_deadline_vals(self, year, company, announcement_days):
        """The default dates of ``year`` (domain rules noted with each)."""
        add = company._emulation_add_working_days
        rating = datetime.date(year, 12, 15)
        unit_proposal = datetime.date(year, 12, 10)
        announcement = add(max(rating, unit_proposal), 1)
        announcement_end = add(announcement, announcement_days)
        session = add(announcement_end, 1)
        follow_up = add(session, 5)
        agency_choice = self.env._("The agency's own choice (no rule found).")
        return [
            {
                "kind": "rating",
                "date": rating,
                "basis": "QĐ 212/2025/QĐ-UBND (Hải Phòng), Điều 10: "
                + self.env._("quality ratings before 15/12, before the review."),
            },
            {
                "kind": "unit_proposal",
                "date": unit_proposal,
                "basis": "QĐ 86/2025/QĐ-UBND (Bắc Ninh), Điều 6 k2: "
                + self.env._(
                    "year-end proposals before 10/12 (a province's model; "
                    "Hải Phòng's own date not found)."
                ),
            },
            {
                "kind": "announcement",
                "date": announcement,
                "basis": "NĐ 152/2025/NĐ-CP, Điều 44 k2: "
                + self.env._(
                    "10 working days for the highest titles; the agency sets "
                    "its own window."
                ),
            },
            {"kind": "session", "date": session, "basis": agency_choice},
            {"kind": "decision", "date": follow_up, "basis": agency_choice},
            {
                "kind": "proposal",
                "date": follow_up,
                "basis": self.env._(
                    "Set by the City's call for proposals (Hải Phòng's date not found)."
                ),
            },
            {
                "kind": "semiannual_report",
                "basis": self.env._("Settings: periodic reports."),
            },
            {
                "kind": "annual_report",
                "basis": self.env._("Settings: periodic reports."),
            },
        ]

    @api.model_create_multi
    def create(self, vals_list):
        calendars = super().create(vals_list)
        for calendar in calendars.filtered(lambda c: not c.deadline_ids):
            calendar._reset_deadlines()
        return calendars

    def _reset_deadlines(self):
        for calendar in self:
            calendar.deadline_ids.unlink()
            calendar.write(
                {
                    "deadline_ids": [
                        (0, 0, vals)
                        for vals in self._default_deadline_vals(
                            calendar.year,
                            calendar.company_id,
                            calendar.announcement_days,
                        )
                    ]
                }
            )

    def action_reset_defaults(self):
        self._reset_deadlines()
        return True

    @api.model
    def _get_for(self, company, year):
        return self.search(
            [("company_id", "=", company.id), ("year", "=", year)], limit=1
        )

    def action_open_events(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.emulation_calendar_event_action"
        )
        action["context"] = {
            "initial_date": fields.Date.to_string(datetime.date(self.year, 12, 1))
        }
        return action
