import io
from datetime import date

from openpyxl import load_workbook

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import RoundCase, xlsx_download

LDTT = 710000.0  # 0,3 × 2.340.000 = 702.000, rounded up to 10.000 đ
COLLECTIVE = 1880000.0  # 0,8 × 2.340.000 = 1.872.000, rounded up


@tagged("post_install", "-at_install")
class TestFund(RoundCase):
    def passed_lines(self, lines):
        dossier = self.verified_dossier(lines)
        session = self.open_session(dossier)
        session.with_user(self.user_office).action_close()
        return dossier.line_ids

    def manual_expense(self, fund, amount, **vals):
        return (
            self.env["commendation.fund.move"]
            .with_user(self.user_office)
            .create(
                dict(
                    {
                        "fund_id": fund.id,
                        "kind": "expense",
                        "date": date(2030, 12, 22),
                        "amount": amount,
                        "description": "Certificate blanks (test)",
                        "document_ref": "PC 01/2025",
                    },
                    **vals,
                )
            )
        )

    def test_balance_after_two_decisions_and_a_manual_expense(self):
        fund = self.fund(receipts=5000000)
        individuals = self.passed_lines(
            [(self.emp_a1, self.type_ldtt), (self.emp_a2, self.type_ldtt)]
        )
        collective = self.passed_lines([(self.dept_a, self.type_collective)])
        first = self.decide(individuals, "101/QĐ-NV")
        second = self.decide(collective, "102/QĐ-NV")
        self.manual_expense(fund, 500000)
        self.assertEqual(first.reward_total, 2 * LDTT)
        self.assertEqual(second.reward_total, COLLECTIVE)
        expenses = fund.move_ids.filtered(lambda m: m.kind == "expense")
        self.assertEqual(len(expenses), 3)
        self.assertEqual(first.fund_move_ids.amount, 2 * LDTT)
        self.assertEqual(first.fund_move_ids.fund_id, fund)
        self.assertEqual(second.fund_move_ids.amount, COLLECTIVE)
        self.assertEqual(fund.receipt_total, 5000000)
        self.assertEqual(fund.expense_total, 2 * LDTT + COLLECTIVE + 500000)
        self.assertEqual(fund.balance, 5000000 - 2 * LDTT - COLLECTIVE - 500000)
        self.assertEqual(fund.balance, 1200000)
        self.assertFalse(any(expenses.mapped("overspent")))

    def test_overspend_warning_before_issuing(self):
        fund = self.fund(receipts=1000000)
        lines = self.passed_lines(
            [(self.emp_a1, self.type_ldtt), (self.emp_a2, self.type_ldtt)]
        )
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create({"name": "103/QĐ-NV", "date": self.decision_date, "year": 2030})
        )
        decision.action_add_lines(lines)
        director = decision.with_user(self.user_director)
        self.assertEqual(director.fund_reward_estimate, 2 * LDTT)
        self.assertIn("overspent by 420.000", director.fund_warning)
        # The Issue button asks first: nothing is issued yet.
        action = director.action_issue_checked()
        self.assertEqual(action["res_model"], "commendation.decision.issue.wizard")
        self.assertEqual(decision.state, "draft")
        self.assertFalse(fund.move_ids.filtered(lambda m: m.kind == "expense"))
        wizard = (
            self.env["commendation.decision.issue.wizard"]
            .with_user(self.user_director)
            .with_context(**action["context"])
            .create({})
        )
        self.assertEqual(wizard.balance, 1000000)
        wizard.action_confirm()
        self.assertEqual(decision.state, "issued")
        expense = decision.fund_move_ids
        self.assertTrue(expense.overspent)
        self.assertEqual(fund.balance, -420000)
        self.assertTrue(
            any(
                "after the warning" in body
                for body in decision.message_ids.mapped("body")
            )
        )
        self.assertTrue(
            fund.activity_ids.filtered(lambda a: a.user_id == self.user_office)
        )

    def test_within_the_balance_issues_at_once(self):
        self.fund(receipts=5000000)
        lines = self.passed_lines([(self.emp_a1, self.type_ldtt)])
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create({"name": "104/QĐ-NV", "date": self.decision_date, "year": 2030})
        )
        decision.action_add_lines(lines)
        self.assertFalse(decision.fund_warning)
        self.assertTrue(decision.with_user(self.user_director).action_issue_checked())
        self.assertEqual(decision.state, "issued")
        self.assertFalse(decision.fund_move_ids.overspent)

    def test_no_fund_yet_records_and_warns(self):
        lines = self.passed_lines([(self.emp_a1, self.type_ldtt)])
        decision = self.decide(lines, "105/QĐ-NV")
        fund = decision.fund_move_ids.fund_id
        self.assertEqual((fund.year, fund.balance), (2030, -LDTT))
        self.assertTrue(decision.fund_move_ids.overspent)

    def test_cancelled_decision_reverses_its_expense(self):
        fund = self.fund(receipts=5000000)
        lines = self.passed_lines([(self.emp_a1, self.type_ldtt)])
        decision = self.decide(lines, "106/QĐ-NV")
        self.assertEqual(fund.balance, 5000000 - LDTT)
        decision.with_user(self.user_director).action_cancel(reason="Wrong list")
        self.assertEqual(fund.balance, 5000000)
        reversal = fund.move_ids.filtered(lambda m: m.kind == "reversal")
        self.assertEqual(reversal.amount, LDTT)
        self.assertEqual(
            reversal.reversed_move_id,
            decision.fund_move_ids.filtered(lambda m: m.kind == "expense"),
        )
        self.assertIn("Wrong list", reversal.description)
        # Issued again (a new decision): a new expense.
        again = self.decide(lines, "107/QĐ-NV")
        self.assertEqual(again.fund_move_ids.mapped("amount"), [LDTT])
        self.assertEqual(fund.balance, 5000000 - LDTT)

    def test_higher_body_decision_is_not_the_departments_expense(self):
        fund = self.fund(receipts=5000000)
        lines = self.passed_lines([(self.emp_a1, self.type_city)])
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create(
                {
                    "name": "3120/QĐ-UBND",
                    "date": self.decision_date,
                    "year": 2030,
                    "authority_level": "city",
                }
            )
        )
        decision.action_add_lines(lines)
        decision.with_user(self.user_office).action_issue()
        self.assertEqual(decision.state, "issued")
        self.assertTrue(decision.reward_total)
        self.assertFalse(decision.fund_move_ids)
        self.assertEqual(fund.balance, 5000000)

    def test_moves_of_decisions_are_kept_by_the_system(self):
        fund = self.fund(receipts=5000000)
        lines = self.passed_lines([(self.emp_a1, self.type_ldtt)])
        expense = self.decide(lines, "108/QĐ-NV").fund_move_ids
        office_expense = expense.with_user(self.user_office)
        with self.assertRaises(UserError):
            office_expense.write({"amount": 1})
        with self.assertRaises(UserError):
            office_expense.unlink()
        office_expense.write({"document_ref": "UNC 12"})
        with self.assertRaises(ValidationError) as caught:
            self.manual_expense(fund, 100000, document_ref=False)
        self.assertIn("needs its document", str(caught.exception))
        with self.assertRaises(ValidationError):
            self.manual_expense(fund, -5)
        with self.assertRaises(UserError):
            self.env["commendation.fund.move"].with_user(self.user_office).create(
                {
                    "fund_id": fund.id,
                    "kind": "expense",
                    "amount": 10,
                    "description": "Fake",
                    "document_ref": "X",
                    "decision_id": expense.decision_id.id,
                }
            )

    def test_excel_export_and_annual_report(self):
        fund = self.fund(receipts=5000000)
        lines = self.passed_lines([(self.emp_a1, self.type_ldtt)])
        self.decide(lines, "109/QĐ-NV")
        self.manual_expense(fund, 500000)
        action = fund.with_user(self.user_office).action_export_xlsx()
        content = xlsx_download(self.env(user=self.user_office), action)[0]
        sheet = load_workbook(io.BytesIO(content))["Quỹ 2030"]
        rows = [
            [cell.value for cell in row]
            for row in sheet.iter_rows(min_row=5)
            if row[0].value
        ]
        self.assertEqual([row[2] for row in rows], ["Thu", "Chi", "Chi"])
        self.assertEqual(rows[-1][7], 5000000 - LDTT - 500000)
        report = self.env["emulation.report"].create({"kind": "annual", "year": 2030})
        figures = report._get_figures()["fund"]
        self.assertEqual(figures["receipts"], 5000000)
        self.assertEqual(figures["expenses"], LDTT + 500000)
        self.assertEqual(figures["balance"], fund.balance)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "emulation_commendation.report_emulation_report", report.ids
            )[0]
            .decode()
        )
        self.assertIn("Quỹ thi đua, khen thưởng năm 2030", html)
        self.assertIn("số dư <strong>3.790.000</strong>", html)
        workbook = load_workbook(
            io.BytesIO(self.env["emulation.xlsx.export"]._report_xlsx(report))
        )
        self.assertIn("Quỹ 2030", workbook.sheetnames)
