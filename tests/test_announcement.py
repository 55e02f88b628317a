from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import RoundCase


@tagged("post_install", "-at_install")
class TestAnnouncementWindow(RoundCase):
    """The window is counted in the company's working days, from the day
    after the announcement (Civil Code 2015, Article 147)."""

    def test_window_over_weekend_and_public_holiday(self):
        # Friday 29/08/2025 + 10 working days: Sat 30, Sun 31, Mon 1/9 and
        # Tue 2/9 (National Day) skipped; the 10th working day is Tue 16/09.
        end = self.company._emulation_add_working_days(date(2025, 8, 29), 10)
        self.assertEqual(end, date(2025, 9, 16))
        announcement = self.env["commendation.announcement"].create(
            {"date_start": date(2025, 8, 29), "working_days": 10, "year": 2025}
        )
        self.assertEqual(announcement.date_end, date(2025, 9, 16))

    def test_window_without_the_holiday(self):
        # The same period in a week without a holiday: only the weekends are
        # skipped (Fri 05/09 + 10 = Fri 19/09).
        self.assertEqual(
            self.company._emulation_add_working_days(date(2025, 9, 5), 10),
            date(2025, 9, 19),
        )
        # The holiday counts only when it is on the company's schedule.
        other = self.env["resource.calendar"].create(
            {"name": "No holidays (test)", "tz": "Asia/Ho_Chi_Minh"}
        )
        self.company.resource_calendar_id = other
        self.assertEqual(
            self.company._emulation_add_working_days(date(2025, 8, 29), 10),
            date(2025, 9, 12),
        )

    def test_default_days_from_settings(self):
        self.company.emulation_announcement_days = 7
        announcement = (
            self.env["commendation.announcement"]
            .with_user(self.user_office)
            .create({"date_start": date(2025, 12, 5), "year": 2025})
        )
        self.assertEqual(announcement.working_days, 7)
        self.assertEqual(announcement.date_end, date(2025, 12, 16))


@tagged("post_install", "-at_install")
class TestAnnouncementObjections(RoundCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.comment_model = cls.env["commendation.announcement.comment"]

    def setUp(self):
        super().setUp()
        self.dossier = self.verified_dossier(
            [(self.emp_a1, self.type_ldtt), (self.emp_a2, self.type_ldtt)]
        )
        self.session = self.open_session(self.dossier)
        self.line_1, self.line_2 = self.dossier.line_ids.sorted("id")
        self.announcement = (
            self.env["commendation.announcement"]
            .with_user(self.user_office)
            .create(
                {
                    "name": "05/TB-NV",
                    "date_start": date(2030, 12, 2),
                    "year": 2030,
                    "session_id": self.session.id,
                }
            )
        )
        self.announcement.action_load_session()
        with freeze_time("2030-12-02"):
            self.announcement.action_publish()

    def comment(self, user, line, body="Objection"):
        return (
            self.comment_model.with_user(user)
            .create(
                {
                    "announcement_id": self.announcement.id,
                    "line_id": line.id,
                    "body": body,
                }
            )
            .with_env(self.env)
        )

    def test_every_user_sees_the_list_and_comments(self):
        self.assertEqual(self.announcement.line_ids, self.line_1 | self.line_2)
        self.assertEqual(self.announcement.date_end, date(2030, 12, 16))
        plain = self.announcement.with_user(self.user_plain)
        # The published list, not the proposed lines (eligibility notes...).
        self.assertEqual(
            plain.entry_ids.mapped("recipient_name"), ["Nguyễn Văn A1", "Trần Thị A2"]
        )
        self.assertEqual(plain.entry_ids.line_id, self.line_1 | self.line_2)
        with self.assertRaises(AccessError):
            self.line_1.with_user(self.user_plain).read(["eligibility_note"])
        with freeze_time("2030-12-04"):
            self.assertTrue(plain.is_open_for_comments)
            action = plain.entry_ids[0].action_comment()
            self.assertEqual(action["res_model"], "commendation.announcement.comment")
            comment = (
                self.comment_model.with_user(self.user_plain)
                .with_context(**action["context"])
                .create({"body": "An objection"})
            )
        self.assertEqual(comment.author_id, self.user_plain)
        self.assertEqual(comment.line_id, self.line_1)
        self.assertEqual(comment.state, "open")

    def test_comments_are_private_to_office_and_council(self):
        with freeze_time("2030-12-04"):
            mine = self.comment(self.user_plain, self.line_1)
            other = self.comment(self.user_unit_b, self.line_2, "Another one")
        Comment = self.comment_model
        here = [("announcement_id", "=", self.announcement.id)]
        self.assertEqual(Comment.with_user(self.user_plain).search(here), mine)
        self.assertEqual(Comment.with_user(self.user_unit_b).search(here), other)
        with self.assertRaises(AccessError):
            other.with_user(self.user_plain).read(["body"])
        self.assertEqual(
            Comment.with_user(self.user_council).search(here), mine | other
        )
        self.assertEqual(Comment.with_user(self.user_office).search(here), mine | other)

    def test_draft_list_is_not_public_and_window_is_enforced(self):
        draft = (
            self.env["commendation.announcement"]
            .with_user(self.user_office)
            .create({"date_start": date(2030, 12, 2), "year": 2030})
        )
        self.assertFalse(
            self.env["commendation.announcement"]
            .with_user(self.user_plain)
            .search([("id", "=", draft.id)])
        )
        with freeze_time("2030-12-17"), self.assertRaises(UserError) as caught:
            self.comment(self.user_plain, self.line_1)
        self.assertIn("ended on 16/12/2030", str(caught.exception))

    def test_published_list_is_fixed(self):
        office = self.announcement.with_user(self.user_office)
        with self.assertRaises(UserError) as caught:
            office.write({"working_days": 5})
        self.assertIn("cannot be changed any more", str(caught.exception))
        with self.assertRaises(UserError):
            office.write({"line_ids": [(3, self.line_2.id)]})
        office.write({"name": "06/TB-NV"})
        self.assertEqual(self.announcement.name, "06/TB-NV")
        # Back to draft only before any comment.
        with freeze_time("2030-12-04"):
            self.comment(self.user_plain, self.line_1)
        with self.assertRaises(UserError) as caught:
            office.action_reset()
        self.assertIn("has received comments", str(caught.exception))

    def test_only_the_office_answers(self):
        with freeze_time("2030-12-04"):
            comment = self.comment(self.user_plain, self.line_1)
        comment.with_user(self.user_office).answer = "Checked: eligible."
        with self.assertRaises(UserError) as caught:
            comment.with_user(self.user_council).action_keep()
        self.assertIn("only the Office", str(caught.exception))
        with self.assertRaises(UserError):
            comment.with_user(self.user_plain).write({"answer": "I answer myself"})

    def test_answer_is_required(self):
        with freeze_time("2030-12-04"):
            comment = self.comment(self.user_plain, self.line_1)
        with self.assertRaises(UserError) as caught:
            comment.with_user(self.user_office).action_uphold()
        self.assertIn("write the answer", str(caught.exception))
        self.assertEqual(comment.state, "open")
        self.assertEqual(self.line_1.state, "on_agenda")

    def test_unanswered_objection_blocks_the_session(self):
        with freeze_time("2030-12-04"):
            objection = self.comment(self.user_plain, self.line_1)
        with self.assertRaises(UserError) as caught:
            self.session.with_user(self.user_office).action_close()
        message = str(caught.exception)
        self.assertIn("cannot close", message)
        self.assertIn("Nguyễn Văn A1", message)
        self.assertIn("unanswered", message)
        self.assertEqual(self.session.state, "in_progress")
        # Kept: the candidate stays, the session closes.
        objection.with_user(self.user_office).write({"answer": "Eligible."})
        objection.with_user(self.user_office).action_keep()
        self.assertEqual(objection.state, "kept")
        self.assertEqual(objection.answered_by_id, self.user_office)
        self.session.with_user(self.user_office).action_close()
        self.assertEqual(self.session.state, "closed")
        self.assertEqual(self.line_1.state, "passed")

    def test_upheld_objection_drops_the_line(self):
        with freeze_time("2030-12-04"):
            objection = self.comment(self.user_plain, self.line_2)
            second = self.comment(self.user_unit_b, self.line_2, "Same concern")
        objection.with_user(self.user_office).write(
            {"answer": "Disciplined in 2025: not eligible."}
        )
        objection.with_user(self.user_office).action_uphold()
        self.assertEqual(objection.state, "upheld")
        self.assertEqual(self.line_2.state, "dropped")
        self.assertFalse(self.line_2.session_id)
        self.assertIn("Disciplined in 2025", self.line_2.drop_reason)
        # The other comment on the same candidate is settled with it.
        self.assertEqual(second.state, "upheld")
        self.session.with_user(self.user_office).action_close()
        self.assertEqual(self.session.line_ids, self.line_1)
        self.assertEqual(self.line_1.state, "passed")

    def test_end_of_window_closes_and_gives_the_office_an_activity(self):
        Announcement = self.env["commendation.announcement"]
        with freeze_time("2030-12-16"):
            self.assertFalse(Announcement._cron_close_ended_announcements())
        with freeze_time("2030-12-17"):
            closed = Announcement._cron_close_ended_announcements()
        self.assertEqual(closed, self.announcement)
        self.assertEqual(self.announcement.state, "closed")
        activity = self.announcement.activity_ids
        self.assertEqual(
            activity.activity_type_id,
            self.env.ref("emulation_commendation.mail_activity_type_announcement_end"),
        )
        self.assertIn(self.user_office, activity.user_id)

    def test_printed_notice(self):
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "emulation_commendation.report_announcement", self.announcement.ids
            )[0]
            .decode()
        )
        self.assertIn("THÔNG BÁO", html)
        self.assertIn("Số: 05/TB-NV", html)
        self.assertIn("10 ngày làm việc", html)
        self.assertIn("đến hết ngày 16/12/2030", html)
        self.assertIn("Nguyễn Văn A1", html)
