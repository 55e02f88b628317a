from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import RoundCase


@tagged("post_install", "-at_install")
class TestRoundCalendar(RoundCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {
                "emulation_semiannual_due_day": 15,
                "emulation_semiannual_due_month": 6,
                "emulation_annual_due_day": 1,
                "emulation_annual_due_month": 12,
            }
        )
        cls.dept_a.manager_id = cls.emp_unit_a
        cls.env["ir.config_parameter"].sudo().set_param(
            "emulation_commendation.deadline_reminder_days", "5"
        )
        cls.round = cls.env["emulation.year.calendar"].create(
            {"year": 2030, "company_id": cls.company.id, "announcement_days": 10}
        )

    def dates(self):
        return {d.kind: d for d in self.round.deadline_ids}

    def test_defaults_are_local_rules_and_hold(self):
        dates = self.dates()
        self.assertEqual(
            set(dates),
            {
                "rating",
                "unit_proposal",
                "announcement",
                "session",
                "decision",
                "proposal",
                "semiannual_report",
                "annual_report",
            },
        )
        self.assertEqual(dates["rating"].date, date(2030, 12, 15))
        self.assertIn("212/2025", dates["rating"].basis)
        self.assertEqual(dates["unit_proposal"].date, date(2030, 12, 10))
        self.assertIn("Bắc Ninh", dates["unit_proposal"].basis)
        self.assertTrue(all(d.is_local_rule for d in dates.values()))
        # The announcement starts the working day after the ratings (Tue 16/12)
        # and ends 10 working days later; the session follows.
        self.assertEqual(dates["announcement"].date, date(2030, 12, 16))
        self.assertEqual(dates["announcement"].date_end, date(2030, 12, 30))
        self.assertEqual(dates["session"].date, date(2030, 12, 31))
        # The reports' dates come from the Settings, and follow them.
        self.assertEqual(dates["semiannual_report"].date, date(2030, 6, 15))
        self.assertEqual(dates["annual_report"].date, date(2030, 12, 1))
        self.company.emulation_annual_due_day = 5
        self.assertEqual(dates["annual_report"].date, date(2030, 12, 5))
        self.assertFalse(self.round.has_warning)

    def test_warning_when_the_dates_cannot_hold(self):
        dates = self.dates()
        dates["session"].date = date(2030, 12, 22)
        self.assertTrue(self.round.has_warning)
        self.assertIn("ends on 30/12/2030", self.round.warning)
        self.assertIn("may still object", self.round.warning)
        # A shorter window fits.
        self.round.announcement_days = 3
        self.assertEqual(dates["announcement"].date_end, date(2030, 12, 19))
        self.assertFalse(self.round.has_warning)

    def test_reminders_before_each_date(self):
        Deadline = self.env["emulation.year.deadline"]
        dates = self.dates()
        self.assertEqual(dates["unit_proposal"].reminder_days, 5)
        activity_type = self.env.ref(
            "emulation_commendation.mail_activity_type_deadline"
        )

        def reminders():
            return self.round.activity_ids.filtered(
                lambda a: a.activity_type_id == activity_type
            )

        with freeze_time("2030-12-04"):
            Deadline._cron_remind_deadlines()
        self.assertFalse(reminders())
        with freeze_time("2030-12-05"):
            reminded = Deadline._cron_remind_deadlines()
        self.assertEqual(reminded, dates["unit_proposal"])
        first = reminders()
        self.assertTrue(first)
        self.assertEqual(set(first.mapped("date_deadline")), {date(2030, 12, 10)})
        self.assertIn(self.user_office, first.user_id)
        # The units' heads are reminded of their own deadline too.
        self.assertIn(self.user_unit_a, first.user_id)
        # Once only; the next date (ratings, 15/12) on its own day.
        with freeze_time("2030-12-06"):
            self.assertFalse(Deadline._cron_remind_deadlines())
        with freeze_time("2030-12-10"):
            self.assertEqual(Deadline._cron_remind_deadlines(), dates["rating"])
        # A date moved later is reminded again.
        dates["unit_proposal"].date = date(2030, 12, 12)
        self.assertFalse(dates["unit_proposal"].reminded)
        with freeze_time("2030-12-10"):
            self.assertEqual(Deadline._cron_remind_deadlines(), dates["unit_proposal"])

    def test_dossiers_past_the_units_deadline(self):
        late = self.make_dossier()
        sent = self.make_dossier(lines=[(self.emp_a2, self.type_ldtt)])
        sent.with_user(self.user_unit_a).action_submit()
        Dossier = self.env["commendation.dossier"]
        with freeze_time("2030-12-10"):
            late.invalidate_recordset(["is_past_deadline"])
            self.assertFalse(late.is_past_deadline)
            self.assertFalse(
                Dossier.search([("is_past_deadline", "=", True), ("id", "=", late.id)])
            )
        with freeze_time("2030-12-11"):
            (late | sent).invalidate_recordset(["is_past_deadline"])
            self.assertTrue(late.is_past_deadline)
            self.assertEqual(late.unit_deadline, date(2030, 12, 10))
            self.assertFalse(sent.is_past_deadline)
            found = Dossier.search(
                [("is_past_deadline", "=", True), ("id", "in", (late | sent).ids)]
            )
            self.assertEqual(found, late)
            self.assertEqual(
                Dossier.search(
                    [("is_past_deadline", "=", False), ("id", "in", (late | sent).ids)]
                ),
                sent,
            )

    def test_calendar_gathers_movements_sessions_and_dates(self):
        movement = self.env["emulation.movement"].create(
            {
                "name": "Movement (test)",
                "level": "department",
                "date_start": date(2030, 3, 1),
                "date_end": date(2030, 11, 30),
            }
        )
        movement.action_launch()
        session = (
            self.env["commendation.council.session"]
            .with_user(self.user_office)
            .create({"council_id": self.council.id, "date": date(2030, 12, 31)})
        )
        events = (
            self.env["emulation.calendar.event"]
            .with_user(self.user_plain)
            .search(
                [
                    ("date_start", ">=", date(2030, 1, 1)),
                    ("date_start", "<=", date(2030, 12, 31)),
                ]
            )
        )
        sources = {(e.res_model, e.res_id, e.kind) for e in events}
        self.assertIn(("emulation.movement", movement.id, "movement"), sources)
        self.assertIn(("commendation.council.session", session.id, "session"), sources)
        self.assertIn(("emulation.year.calendar", self.round.id, "deadline"), sources)
        self.assertIn(("emulation.year.calendar", self.round.id, "report"), sources)
        announcement = events.filtered(
            lambda e: e.kind == "deadline" and e.date_start == date(2030, 12, 16)
        )
        self.assertEqual(announcement.date_stop, date(2030, 12, 30))
        self.assertEqual(announcement.display_name, "Public Announcement")
        action = announcement.action_open_source()
        self.assertEqual(
            (action["res_model"], action["res_id"]),
            ("emulation.year.calendar", self.round.id),
        )
