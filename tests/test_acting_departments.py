from odoo.tests import tagged

from .common import EmulationCase


@tagged("post_install", "-at_install")
class TestActingDepartments(EmulationCase):
    """One helper says which departments a user acts for: those of the
    user's employees and their sub-departments. The record rules read the
    same field (res.users.emulation_department_ids)."""

    def test_unit_and_children(self):
        Department = self.env["hr.department"]
        officer = self.user_unit_a
        self.assertEqual(officer.emulation_department_ids, self.dept_a)
        self.assertEqual(
            Department._emulation_acting_for(officer), self.dept_a | self.dept_a_child
        )
        self.assertEqual(
            Department.with_user(officer)._emulation_acting_for(),
            self.dept_a | self.dept_a_child,
        )
        self.assertEqual(
            Department._emulation_acting_for(self.user_unit_b), self.dept_b
        )
        # A new sub-unit is acted for at once, by the helper and the rules.
        team = Department.create({"name": "Unit A Desk", "parent_id": self.dept_a.id})
        self.assertIn(team, Department._emulation_acting_for(officer))

    def test_user_without_employee(self):
        Department = self.env["hr.department"]
        nobody = self.env["res.users"].create(
            {"name": "No Employee", "login": "emu_no_employee"}
        )
        self.assertFalse(nobody.emulation_department_ids)
        self.assertFalse(Department._emulation_acting_for(nobody))

    def test_moving_the_employee_moves_the_departments(self):
        Department = self.env["hr.department"]
        officer = self.user_unit_a
        Dossier = self.env["commendation.dossier"]
        dossier_a, dossier_b = Dossier.create(
            [
                {"department_id": self.dept_a.id, "year": 2025},
                {"department_id": self.dept_b.id, "year": 2025},
            ]
        )
        ours = dossier_a | dossier_b

        def seen():
            return Dossier.with_user(officer).search([("id", "in", ours.ids)])

        # the record rules are evaluated (and cached by Odoo) before the move
        self.assertEqual(seen(), dossier_a)
        self.emp_unit_a.department_id = self.dept_b
        self.assertEqual(officer.emulation_department_ids, self.dept_b)
        self.assertEqual(Department._emulation_acting_for(officer), self.dept_b)
        # and they follow the move at once
        self.assertEqual(seen(), dossier_b)

    def test_search_in_and_out(self):
        Employee = self.env["hr.employee"]
        Department = self.env["hr.department"].with_user(self.user_unit_a)
        mine = Employee.search(
            Department._emulation_acting_search("department_id")
            + [("id", "in", (self.emp_a1 | self.emp_b1).ids)]
        )
        self.assertEqual(mine, self.emp_a1)
        others = Employee.search(
            Department._emulation_acting_search("department_id", positive=False)
            + [("id", "in", (self.emp_a1 | self.emp_b1).ids)]
        )
        self.assertEqual(others, self.emp_b1)
