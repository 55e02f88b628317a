from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DossierCase


@tagged("post_install", "-at_install")
class TestAward(DossierCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Award = cls.env["commendation.award"]
        cls.BaseSalary = cls.env["commendation.base.salary"]

    def award(self, employee=None, ctype=None, year=2025, **vals):
        if employee is None:
            employee = self.emp_a1
        return self.Award.with_user(self.user_office).create(
            dict(
                {
                    "employee_id": employee.id,
                    "type_id": (ctype or self.type_ldtt).id,
                    "year": year,
                    "decision_number": "10/QĐ-SNgV",
                    "decision_date": date(2025, 12, 20),
                },
                **vals,
            )
        )

    def test_reward_rounding(self):
        reward = self.BaseSalary._reward
        self.assertEqual(reward(0.3, 2340000), 710000)  # 702.000 → 710.000
        self.assertEqual(reward(1.0, 2340000), 2340000)  # already round
        self.assertEqual(reward(0.8, 2340000), 1880000)  # 1.872.000 → 1.880.000
        self.assertEqual(reward(1.5, 2340000), 3510000)
        self.assertEqual(reward(0.6, 2340000), 1410000)  # 1.404.000 → 1.410.000
        self.assertEqual(reward(0, 2340000), 0)

    def test_base_salary_in_force_on_decision_date(self):
        self.assertEqual(self.BaseSalary._get_amount_on(date(2025, 12, 20)), 2340000)
        self.BaseSalary.create({"amount": 2530000, "date_from": date(2026, 7, 1)})
        self.assertEqual(self.BaseSalary._get_amount_on(date(2026, 6, 30)), 2340000)
        self.assertEqual(self.BaseSalary._get_amount_on(date(2026, 7, 1)), 2530000)
        with self.assertRaisesRegex(UserError, "No base salary is configured"):
            self.BaseSalary._get_amount_on(date(2001, 1, 1))

    def test_gold_book_and_display(self):
        first = self.award()
        second = self.award(employee=self.emp_a2)
        self.assertTrue(first.gold_book_number)
        self.assertNotEqual(first.gold_book_number, second.gold_book_number)
        self.assertEqual(first.recipient_name, self.emp_a1.name)
        self.assertEqual(first.employee_department_id, self.dept_a)
        with self.assertRaisesRegex(UserError, "Gold Book number cannot be changed"):
            first.with_user(self.user_office).write({"gold_book_number": "X"})

    def test_duplicate_refused(self):
        self.award()
        with self.assertRaises(ValidationError) as cm:
            self.award()
        self.assertIn("already holds a valid award", str(cm.exception))
        self.assertIn(self.emp_a1.name, str(cm.exception))
        # Another year, another type or another person is fine.
        self.award(year=2024)
        self.award(ctype=self.type_cstdcs)
        self.award(employee=self.emp_a2)
        collective = self.award(
            employee=self.env["hr.employee"],
            department_id=self.dept_a.id,
            ctype=self.type_collective,
        )
        self.assertEqual(collective.recipient_kind, "collective")
        with self.assertRaises(ValidationError):
            self.award(
                employee=self.env["hr.employee"],
                department_id=self.dept_a.id,
                ctype=self.type_collective,
            )

    def test_duplicate_allowed_after_revocation(self):
        first = self.award()
        first.with_user(self.user_office)._revoke("Khai man thành tích")
        again = self.award()
        self.assertEqual(again.state, "valid")

    def test_one_recipient(self):
        with self.assertRaises(ValidationError) as cm:
            self.award(department_id=self.dept_a.id)
        self.assertIn("exactly one recipient", str(cm.exception))
        with self.assertRaises(ValidationError) as cm:
            self.award(employee=self.env["hr.employee"])
        self.assertIn("exactly one recipient", str(cm.exception))

    def test_revocation(self):
        award = self.award()
        action = award.with_user(self.user_office).action_revoke()
        self.assertEqual(action["res_model"], "commendation.award.revoke.wizard")
        with self.assertRaisesRegex(UserError, "A reason is required"):
            award.with_user(self.user_office)._revoke(" ")
        wizard = (
            self.env["commendation.award.revoke.wizard"]
            .with_user(self.user_director)
            .create(
                {
                    "award_ids": [(6, 0, award.ids)],
                    "reason": "Khai man thành tích (Điều 93)",
                    "date": date(2026, 1, 5),
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(award.state, "revoked")
        self.assertEqual(award.revoke_reason, "Khai man thành tích (Điều 93)")
        self.assertEqual(award.revoke_date, date(2026, 1, 5))
        self.assertEqual(award.revoked_by_id, self.user_director)
        self.assertIn("Khai man", " ".join(award.message_ids.mapped("body")))
        with self.assertRaisesRegex(UserError, "it is Revoked, and this step needs"):
            award.with_user(self.user_office).action_revoke()

    def test_revocation_refused_to_others(self):
        award = self.award()
        for user in (self.user_unit_a, self.user_council, self.user_plain):
            with self.assertRaisesRegex(
                UserError, "Revoke: only the Office or the Director can do this"
            ):
                award.with_user(user).action_revoke()

    def test_state_never_written_directly(self):
        award = self.award()
        for user in (self.user_office, self.user_director):
            with self.assertRaisesRegex(UserError, "cannot be changed directly"):
                award.with_user(user).write({"state": "revoked"})
        with self.assertRaisesRegex(UserError, "always valid"):
            self.award(employee=self.emp_a2, state="revoked")

    def test_two_forms_of_one_year_from_two_decisions(self):
        """A non-annual form may be awarded twice in a year by two decisions
        (two ad hoc Certificates of Merit); not twice by the same one."""
        first = self.award(
            type_id=self.type_city.id,
            decision_number="11/QĐ-UBND",
            authority_level="city",
        )
        second = self.award(
            type_id=self.type_city.id,
            decision_number="12/QĐ-UBND",
            authority_level="city",
        )
        self.assertEqual((first | second).mapped("state"), ["valid", "valid"])
        with self.assertRaises(ValidationError) as cm:
            self.award(
                type_id=self.type_city.id,
                decision_number="12/QĐ-UBND",
                authority_level="city",
            )
        self.assertIn("from decision 12/QĐ-UBND", str(cm.exception))
        # Awards of higher bodies take no number from the Department's book.
        self.assertFalse(first.gold_book_number)

    def test_never_deleted(self):
        award = self.award()
        for user in (self.user_office, self.user_director):
            with self.assertRaises(UserError):
                award.with_user(user).unlink()
        with self.assertRaisesRegex(UserError, "never deleted"):
            award.sudo().unlink()  # not even by the administrator
        award.with_user(self.user_office)._revoke("Sai sót")
        with self.assertRaisesRegex(UserError, "never deleted"):
            award.sudo().unlink()
        self.assertTrue(award.exists())

    def test_initiative_grounds_one_award(self):
        initiative = self.env["emulation.initiative"].create(
            {
                "name": "Số hoá hồ sơ lãnh sự",
                "employee_ids": [(6, 0, self.emp_a1.ids)],
                "year": 2025,
            }
        )
        self.award(ctype=self.type_cstdcs, initiative_ids=[(6, 0, initiative.ids)])
        with self.assertRaises(ValidationError) as cm:
            self.award(ctype=self.type_city, initiative_ids=[(6, 0, initiative.ids)])
        self.assertIn("grounds one award only", str(cm.exception))

    def test_employee_and_department_tabs(self):
        award = self.award()
        collective = self.award(
            employee=self.env["hr.employee"],
            department_id=self.dept_a.id,
            ctype=self.type_collective,
        )
        self.assertEqual(self.emp_a1.commendation_award_count, 1)
        self.assertEqual(self.dept_a.commendation_award_count, 1)
        self.assertEqual(self.dept_a.commendation_award_ids, collective)
        self.assertIn(award, self.dept_a.commendation_member_award_ids)
        action = self.emp_a1.action_open_commendation_awards()
        self.assertEqual(action["res_model"], "commendation.award")
        self.dept_a.action_open_commendation_awards()
        # What they are eligible for next renders for the Office.
        if "commendation.eligibility" in self.env:
            self.assertIn("Advanced Worker", self.emp_a1.commendation_next_eligible)
            self.assertTrue(self.dept_a.sudo().commendation_next_eligible)
