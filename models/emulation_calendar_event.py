from odoo import fields, models, tools

EVENT_KINDS = [
    ("movement", "Emulation Movement"),
    ("session", "Council Session"),
    ("announcement", "Public Announcement"),
    ("deadline", "Deadline"),
    ("report", "Report Date"),
]


class EmulationCalendarEvent(models.Model):
    """The year at a glance in one calendar: movements, council sessions,
    public announcements, the dates of the year's round and the periodic
    reports' dates. A read-only SQL view over their own tables (one query
    whatever their number); an event opens the record it comes from.

    Ids are stable (source id × 10 + a digit per source), so that the
    calendar's popover and form read the same event twice."""

    _name = "emulation.calendar.event"
    _description = "Calendar of the Year"
    _auto = False
    _order = "date_start, id"
    # The source tables are flushed before the view is read.
    _depends = {
        "emulation.movement": ["name", "date_start", "date_end", "state", "active"],
        "commendation.council.session": ["name", "date", "company_id", "state"],
        "commendation.announcement": [
            "name",
            "subject",
            "date_start",
            "date_end",
            "company_id",
            "state",
        ],
        "emulation.year.deadline": [
            "kind",
            "date",
            "date_end",
            "company_id",
            "calendar_id",
        ],
    }

    name = fields.Char(readonly=True)
    kind = fields.Selection(EVENT_KINDS, readonly=True)
    date_start = fields.Date(string="Start", readonly=True)
    date_stop = fields.Date(string="End", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    res_model = fields.Char(string="Source Model", readonly=True)
    res_id = fields.Many2oneReference(
        string="Source", model_field="res_model", readonly=True
    )
    detail = fields.Char(readonly=True)
    all_day = fields.Boolean(readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT m.id * 10 + 1 AS id,
                       m.name AS name,
                       'movement' AS kind,
                       m.date_start AS date_start,
                       COALESCE(m.date_end, m.date_start) AS date_stop,
                       NULL::integer AS company_id,
                       'emulation.movement' AS res_model,
                       m.id AS res_id,
                       m.state AS detail,
                       TRUE AS all_day
                  FROM emulation_movement m
                 WHERE m.date_start IS NOT NULL
                   AND m.active
                   AND m.state != 'draft'
                UNION ALL
                SELECT s.id * 10 + 2, s.name, 'session', s.date, s.date,
                       s.company_id, 'commendation.council.session', s.id, s.state, TRUE
                  FROM commendation_council_session s
                UNION ALL
                SELECT a.id * 10 + 3,
                       COALESCE(a.name, a.subject), 'announcement',
                       a.date_start, COALESCE(a.date_end, a.date_start),
                       a.company_id, 'commendation.announcement', a.id, a.state, TRUE
                  FROM commendation_announcement a
                 WHERE a.state != 'draft'
                UNION ALL
                SELECT d.id * 10 + 4, d.kind,
                       CASE WHEN d.kind IN ('semiannual_report', 'annual_report')
                            THEN 'report' ELSE 'deadline' END,
                       d.date, COALESCE(d.date_end, d.date),
                       d.company_id, 'emulation.year.calendar', d.calendar_id,
                       d.kind, TRUE
                  FROM emulation_year_deadline d
                 WHERE d.date IS NOT NULL
            )
            """
        )

    def _compute_display_name(self):
        kinds = dict(
            self.env["emulation.year.deadline"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        for event in self:
            if event.kind in ("deadline", "report"):
                event.display_name = kinds.get(event.name, event.name)
            else:
                event.display_name = event.name

    def action_open_source(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
