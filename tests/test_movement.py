from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import EmulationCase


@tagged("post_install", "-at_install")
class TestMovement(EmulationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ministry = cls.env["res.partner"].create(
            {"name": "Ministry Test", "is_company": True}
        )
        cls.parent_movement = cls.env["emulation.movement"].create(
            {"name": "National movement", "level": "central", "kind": "regular"}
        )
        cls.movement = cls.env["emulation.movement"].create(
            {
                "name": "Cán bộ thi đua thực hiện văn hóa công sở",
                "level": "department",
                "kind": "thematic",
                "launched_by_id": cls.ministry.id,
                "date_start": "2025-01-01",
                "date_end": "2025-12-31",
                "parent_id": cls.parent_movement.id,
                "department_ids": [(6, 0, (cls.dept_a | cls.dept_b).ids)],
            }
        )
        cls.type_title = cls.env["commendation.type"].create(
            {
                "code": "TEST_TITLE",
                "name": "Test Title",
                "category": "title",
                "recipient_kind": "collective",
                "authority_level": "department",
            }
        )

    def test_lifecycle(self):
        movement = self.movement.with_user(self.user_office)
        movement.action_launch()
        self.assertEqual(movement.state, "launched")
        self.assertTrue(movement.date_launched)
        # each review needs its summary, then moves to its state and dates it
        for review, summary in (
            ("mid_review", "<p>80% of units on track</p>"),
            ("final_review", "<p>All targets met</p>"),
        ):
            action = getattr(movement, f"action_{review}")
            with self.assertRaisesRegex(UserError, "needs the summary of results"):
                action()
            movement[f"{review}_summary"] = summary
            action()
            self.assertEqual(movement.state, review)
            self.assertTrue(movement[f"date_{review}"])
        movement.action_close()
        self.assertEqual(movement.state, "closed")
        self.assertTrue(movement.date_closed)
        self.assertEqual(movement.mid_review_summary, "<p>80% of units on track</p>")

    def test_final_review_without_mid_review(self):
        movement = self.movement.with_user(self.user_office)
        movement.action_launch()
        movement.final_review_summary = "<p>Done</p>"
        movement.action_final_review()
        self.assertEqual(movement.state, "final_review")

    def test_wrong_state(self):
        movement = self.movement.with_user(self.user_office)
        with self.assertRaisesRegex(UserError, "The mid-term review is not possible"):
            movement.action_mid_review()
        with self.assertRaisesRegex(UserError, "Closing a movement is not possible"):
            movement.action_close()
        movement.action_launch()
        with self.assertRaisesRegex(UserError, "Launching a movement is not possible"):
            movement.action_launch()
        movement.action_reset_draft()
        self.assertEqual(movement.state, "draft")
        self.assertFalse(movement.date_launched)

    def test_wrong_group(self):
        for user in (self.user_unit_a, self.user_plain):
            with self.assertRaisesRegex(UserError, "only the Office can do this"):
                self.movement.with_user(user).action_launch()
        self.movement.with_user(self.user_office).action_launch()
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            self.movement.with_user(self.user_unit_a).action_reset_draft()
        with self.assertRaisesRegex(UserError, "cannot be changed directly"):
            self.movement.with_user(self.user_office).write({"state": "closed"})
        with self.assertRaises(AccessError):
            self.movement.with_user(self.user_unit_a).write({"name": "X"})

    def test_movement_buttons_by_group(self):
        actions = ("launch", "mid_review", "final_review", "close", "reset_draft")

        def only(*allowed):
            return {action: action in allowed for action in actions}

        self.assert_can(self.movement, self.user_office, **only("launch"))
        for user in (self.user_unit_a, self.user_plain):
            self.assert_can(self.movement, user, **only())
            self.assert_refused(
                self.movement,
                user,
                "launch",
                "Launching a movement: only the Office can do this.",
            )
        movement = self.movement.with_user(self.user_office)
        movement.action_launch()
        # the review buttons show before the summary is written: the click
        # says what is missing
        self.assert_can(
            movement,
            self.user_office,
            **only("mid_review", "final_review", "reset_draft"),
        )
        self.assert_can(movement, self.user_unit_a, **only())
        self.assert_refused(
            movement, self.user_unit_a, "mid_review", "The mid-term review: only"
        )
        self.assert_refused(
            movement,
            self.user_office,
            "close",
            "Closing a movement is not possible for .*: it is Launched, and "
            "this step needs it to be Final Review.",
        )
        movement.final_review_summary = "<p>Done</p>"
        movement.action_final_review()
        self.assert_can(movement, self.user_office, **only("close"))
        movement.action_close()
        self.assert_can(movement, self.user_office, **only())

    def test_registration_buttons_by_group(self):
        reg = self._register(self.user_unit_a, department_id=self.dept_a.id)
        for user in (self.user_unit_a, self.user_office):
            self.assert_can(reg, user, register=True, cancel=True, reset_draft=False)
        nothing = dict(register=False, cancel=False, reset_draft=False)
        for user in (self.user_unit_b, self.user_plain):
            self.assert_can(reg, user, **nothing)
        self.assert_refused(
            reg, self.user_unit_b, "register", "only register your own department"
        )
        self.assert_refused(
            reg,
            self.user_plain,
            "register",
            "Registering: only the Office and the unit officers of the "
            "department can do this.",
        )
        reg.with_user(self.user_unit_a).action_cancel()
        self.assert_can(
            reg, self.user_unit_a, register=False, cancel=False, reset_draft=True
        )
        self.assert_can(reg, self.user_unit_b, **nothing)
        # once the movement is in its final review, registrations are frozen
        movement = self.movement.with_user(self.user_office)
        movement.action_launch()
        movement.final_review_summary = "<p>Done</p>"
        movement.action_final_review()
        self.assert_can(reg, self.user_unit_a, **nothing)
        self.assert_refused(
            reg, self.user_office, "reset_draft", "Registrations for .* are closed"
        )

    def test_parent_cycle_and_dates(self):
        with self.assertRaisesRegex(ValidationError, "cannot answer itself"):
            self.parent_movement.parent_id = self.movement
        with self.assertRaisesRegex(ValidationError, "cannot end before"):
            self.movement.date_end = "2024-01-01"
        self.assertEqual(self.parent_movement.child_ids, self.movement)

    # ------------------------------------------------------------------
    # Registrations
    # ------------------------------------------------------------------
    def _register(self, user, **vals):
        values = {"movement_id": self.movement.id, "type_id": self.type_title.id}
        values.update(vals)
        return (
            self.env["emulation.movement.registration"].with_user(user).create(values)
        )

    def test_registration_own_department(self):
        reg = self._register(self.user_unit_a, department_id=self.dept_a.id)
        reg.action_register()
        self.assertEqual(reg.state, "registered")
        sub = self._register(self.user_unit_a, department_id=self.dept_a_child.id)
        self.assertEqual(sub.department_id, self.dept_a_child)
        person = self._register(
            self.user_unit_a,
            registrant_kind="employee",
            employee_id=self.emp_a_child.id,
            type_id=False,
            target="Hoàn thành xuất sắc nhiệm vụ",
        )
        self.assertEqual(person.department_id, self.dept_a_child)
        self.assertEqual(self.movement.registration_count, 3)

    def test_registration_other_department_refused(self):
        with self.assertRaisesRegex(UserError, "only register your own department"):
            self._register(self.user_unit_a, department_id=self.dept_b.id)
        with self.assertRaisesRegex(UserError, "only register your own department"):
            self._register(
                self.user_unit_a,
                registrant_kind="employee",
                employee_id=self.emp_unit_b.id,
            )
        with self.assertRaisesRegex(UserError, "Only unit officers and the Office"):
            self._register(self.user_plain, department_id=self.dept_b.id)
        reg_b = self._register(self.user_unit_b, department_id=self.dept_b.id)
        with self.assertRaisesRegex(UserError, "only register your own department"):
            reg_b.with_user(self.user_unit_a).action_cancel()
        with self.assertRaises(UserError):
            reg_b.with_user(self.user_unit_a).write({"target": "x"})
        reg_a = self._register(self.user_unit_a, department_id=self.dept_a.id)
        with self.assertRaisesRegex(UserError, "only register your own department"):
            reg_a.write({"department_id": self.dept_b.id})
        # the Office registers anyone
        self._register(self.user_office, department_id=self.dept_b.id)

    def test_registration_needs_title_or_target(self):
        with self.assertRaisesRegex(ValidationError, "needs a title or a target"):
            self._register(
                self.user_unit_a, department_id=self.dept_a.id, type_id=False
            )

    def test_registration_closed_movement(self):
        movement = self.movement.with_user(self.user_office)
        movement.action_launch()
        movement.final_review_summary = "<p>Done</p>"
        movement.action_final_review()
        with self.assertRaisesRegex(UserError, "Registrations for .* are closed"):
            self._register(self.user_unit_a, department_id=self.dept_a.id)

    def test_registration_states(self):
        reg = self._register(self.user_unit_a, department_id=self.dept_a.id)
        with self.assertRaisesRegex(UserError, "Resetting a registration"):
            reg.action_reset_draft()
        reg.action_cancel()
        self.assertEqual(reg.state, "cancelled")
        reg.action_reset_draft()
        reg.action_register()
        with self.assertRaisesRegex(UserError, "Registering is not possible"):
            reg.action_register()

    # ------------------------------------------------------------------
    # Board query count
    # ------------------------------------------------------------------
    def _movement_board(self):
        Movement = self.env["emulation.movement"].with_user(self.user_plain)
        Movement.web_read_group([], ["name"], ["state"])
        Movement.web_search_read(
            [],
            {
                "name": {},
                "level": {},
                "kind": {},
                "state": {},
                "color": {},
                "date_start": {},
                "date_end": {},
                "launched_by_id": {"fields": {"display_name": {}}},
                "activity_ids": {},
                "activity_state": {},
                "activity_exception_decoration": {},
            },
        )

    def test_movement_board_query_count(self):
        partners = self.env["res.partner"].create(
            [{"name": f"Launcher {i}"} for i in range(5)]
        )
        levels = ("central", "ministry", "city", "department", "union")

        def add(n):
            self.env["emulation.movement"].create(
                [
                    {
                        "name": f"Movement {i}",
                        "level": levels[i % 5],
                        "launched_by_id": partners[i % 5].id,
                        "date_start": "2025-01-01",
                    }
                    for i in range(n)
                ]
            )

        self.assert_queries_do_not_grow(add, self._movement_board)
