from unittest.mock import patch

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import D, ReportsCase


@tagged("post_install", "-at_install")
class TestEmulationReport(ReportsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Report = cls.env["emulation.report"]
        # other companies must not get reports in these tests
        cls.env["res.company"].search([("id", "!=", cls.company.id)]).write(
            {
                "emulation_semiannual_due_month": 12,
                "emulation_semiannual_due_day": 31,
                "emulation_annual_due_month": 12,
                "emulation_annual_due_day": 31,
            }
        )

    def _reports(self, year=2031):
        return self.Report.search(
            [("year", "=", year), ("company_id", "=", self.company.id)]
        )

    def test_cron_due_dates(self):
        with freeze_time("2031-06-14"):
            self.Report._cron_generate_due_reports()
        self.assertFalse(self._reports(), "nothing before the due date")
        with freeze_time("2031-06-15"):
            self.Report._cron_generate_due_reports()
        report = self._reports()
        self.assertEqual(len(report), 1)
        self.assertEqual(report.kind, "semiannual")
        self.assertTrue(report.pdf_attachment_id)
        self.assertTrue(report.xlsx_attachment_id)
        self.assertEqual(report.xlsx_attachment_id.res_id, report.id)
        # one recipient has an address: e-mailed, so sent
        self.assertEqual(report.state, "sent")
        message = report.message_ids.filtered(lambda m: m.message_type == "comment")
        self.assertEqual(message.partner_ids, self.recipient_mail)
        self.assertEqual(
            message.attachment_ids, report.pdf_attachment_id | report.xlsx_attachment_id
        )
        activity = report.activity_ids
        self.assertEqual(activity.user_id, self.user_office)
        # none twice
        with freeze_time("2031-06-16"):
            self.Report._cron_generate_due_reports()
        self.assertEqual(len(self._reports()), 1)
        self.assertEqual(len(report.activity_ids), 1)
        # the annual one on its own date
        with freeze_time("2031-12-01"):
            self.Report._cron_generate_due_reports()
        self.assertEqual(
            sorted(self._reports().mapped("kind")), ["annual", "semiannual"]
        )

    def test_cron_failure_does_not_stop_others(self):
        original = type(self.Report)._generate_and_notify
        calls = []

        def flaky(report):
            calls.append(report.kind)
            if report.kind == "semiannual":
                raise ValueError("boom")
            return original(report)

        with (
            freeze_time("2031-12-02"),
            patch.object(type(self.Report), "_generate_and_notify", flaky),
            self.assertLogs(
                "odoo.addons.emulation_commendation.models.emulation_report",
                level="ERROR",
            ),
        ):
            self.Report._cron_generate_due_reports()
        self.assertEqual(sorted(calls), ["annual", "semiannual"])
        self.assertEqual(self._reports().mapped("kind"), ["annual"])

    def test_generate_again_replaces(self):
        report = self.Report.create({"kind": "annual", "year": 2031})
        report.action_generate()
        pdf, xlsx = report.pdf_attachment_id, report.xlsx_attachment_id
        report.action_generate()
        self.assertEqual(report.pdf_attachment_id, pdf)
        self.assertEqual(report.xlsx_attachment_id, xlsx)
        self.assertEqual(
            self.env["ir.attachment"].search_count(
                [("res_model", "=", "emulation.report"), ("res_id", "=", report.id)]
            ),
            2,
        )

    def test_only_office_generates(self):
        report = self.Report.create({"kind": "annual", "year": 2031})
        with self.assertRaises(UserError) as error:
            report.with_user(self.user_plain).action_generate()
        self.assertIn(
            "Generating the report: only the Office can do this.",
            str(error.exception),
        )
        with self.assertRaisesRegex(UserError, "cannot be changed directly"):
            report.with_user(self.user_office).write({"state": "sent"})
        with self.assertRaisesRegex(UserError, "starts in its first status"):
            self.Report.with_user(self.user_office).create(
                {"kind": "semiannual", "year": 2031, "state": "sent"}
            )

    def test_report_buttons_by_group(self):
        report = self.Report.create({"kind": "annual", "year": 2031})
        self.assert_can(
            report, self.user_office, generate=True, send=False, reset_draft=False
        )
        nothing = dict(generate=False, send=False, reset_draft=False)
        self.assert_can(report, self.user_plain, **nothing)
        self.assert_refused(
            report,
            self.user_office,
            "send",
            "Sending the report is not possible for “Annual report 2031”: it is "
            "Draft, and this step needs it to be Generated.",
        )
        report.with_user(self.user_office).action_generate()
        self.assertEqual(report.state, "generated")
        self.assert_can(
            report, self.user_office, generate=True, send=True, reset_draft=True
        )
        self.assert_can(report, self.user_plain, **nothing)
        self.assert_refused(
            report,
            self.user_plain,
            "send",
            "Sending the report: only the Office can do this.",
        )
        # posting from the composer opened by Send marks the report sent
        action = report.with_user(self.user_office).action_send()
        self.assertTrue(action["context"]["mark_emulation_report_sent"])
        report.with_user(self.user_office).with_context(
            mark_emulation_report_sent=True
        ).message_post(body="Báo cáo gửi kèm.")
        self.assertEqual(report.state, "sent")
        self.assert_can(
            report, self.user_office, generate=False, send=False, reset_draft=True
        )
        self.assert_refused(
            report,
            self.user_office,
            "generate",
            "Generating the report is not possible for “Annual report 2031”: it "
            "is Sent, and this step needs it to be Draft or Generated.",
        )
        report.with_user(self.user_office).action_reset_draft()
        self.assertEqual(report.state, "draft")

    def test_figures_equal_counts(self):
        self._make_decided_dossier(
            year=2031, date=D(2031, 5, 20), people=(self.emp1, self.emp2)
        )
        others = self.env["hr.employee"].create(
            [
                {"name": "Người %s" % i, "department_id": self.dept_b.id}
                for i in range(3)
            ]
        )
        self._make_decided_dossier(
            year=2031, number="30/QĐ-NV", date=D(2031, 9, 1), people=others
        )
        plan = self.env["emulation.plan"].create(
            {"number": "1/KH-NV", "name": "Kế hoạch thử", "year": 2031}
        )
        tasks = self.env["emulation.plan.task"].create(
            [
                {
                    "plan_id": plan.id,
                    "quarter": "q1",
                    "name": "A",
                    "department_ids": [(6, 0, self.dept_a.ids)],
                },
                {
                    "plan_id": plan.id,
                    "quarter": "q2",
                    "name": "B",
                    "department_ids": [(6, 0, self.dept_a.ids)],
                },
                {"plan_id": plan.id, "quarter": "q3", "name": "C"},
            ]
        )
        tasks[0].sudo().write({"state": "done"})
        movement = self.env["emulation.movement"].create(
            {
                "name": "Phong trào thử",
                "level": "department",
                "kind": "regular",
                "date_start": D(2031, 2, 1),
                "date_end": D(2031, 12, 31),
            }
        )
        movement.sudo().write({"state": "launched"})
        report = self.Report.create({"kind": "semiannual", "year": 2031})
        figures = report._get_figures()
        self.assertEqual(report.task_count, 2)  # q1 + q2, not q3
        self.assertEqual(report.task_done_count, 1)
        self.assertEqual(
            dict(figures["tasks_by_quarter"])["q1"], {"total": 1, "done": 1}
        )
        self.assertIn(movement, figures["movements"])
        self.assertEqual(report.award_count, 2)  # decided 20/05, the 01/09 ones are out
        self.assertEqual(report.dossier_count, 1)
        unit = next(u for u in figures["units"] if u["department"] == self.dept_a)
        self.assertEqual(unit["tasks"], 2)
        self.assertEqual(unit["awards"], 2)  # both awardees of dept A
        self.assertEqual(report.dossier_count, 1)
        annual = self.Report.create({"kind": "annual", "year": 2031})
        self.assertEqual(annual.award_count, 5)
        self.assertEqual(annual.task_count, 3)
        self.assertEqual(
            annual.award_count,
            self.env["commendation.award"].search_count(
                [
                    ("decision_date", ">=", "2031-01-01"),
                    ("decision_date", "<=", "2031-12-31"),
                    ("state", "=", "valid"),
                    ("company_id", "=", self.company.id),
                ]
            ),
        )
