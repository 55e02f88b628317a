from odoo.exceptions import UserError
from odoo.tests import TransactionCase, new_test_user

OFFICE = "base.group_user,emulation_commendation.group_office"
UNIT_OFFICER = "base.group_user,emulation_commendation.group_unit_officer"
USER = "base.group_user,emulation_commendation.group_user"


class ThiDuaCase(TransactionCase):
    """Departments with heads, one user per group; no demo data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        Department = cls.env["hr.department"]
        Employee = cls.env["hr.employee"]
        cls.dept_office = Department.create({"name": "Office Test"})
        cls.dept_a = Department.create({"name": "Alpha Division"})
        cls.dept_b = Department.create({"name": "Beta Division"})
        cls.dept_a_sub = Department.create(
            {"name": "Alpha Team", "parent_id": cls.dept_a.id}
        )
        cls.office_user = new_test_user(
            cls.env, login="thidua_office", groups=OFFICE, name="Office Officer"
        )
        cls.officer_a = new_test_user(
            cls.env, login="thidua_officer_a", groups=UNIT_OFFICER, name="Head Alpha"
        )
        cls.officer_b = new_test_user(
            cls.env, login="thidua_officer_b", groups=UNIT_OFFICER, name="Head Beta"
        )
        cls.plain_user = new_test_user(
            cls.env, login="thidua_user", groups=USER, name="Plain Servant"
        )
        cls.emp_office = Employee.create(
            {
                "name": "Office Officer",
                "user_id": cls.office_user.id,
                "department_id": cls.dept_office.id,
            }
        )
        cls.emp_a = Employee.create(
            {
                "name": "Head Alpha",
                "user_id": cls.officer_a.id,
                "department_id": cls.dept_a.id,
            }
        )
        cls.emp_b = Employee.create(
            {
                "name": "Head Beta",
                "user_id": cls.officer_b.id,
                "department_id": cls.dept_b.id,
            }
        )
        cls.emp_a_staff = Employee.create(
            {"name": "Staff Alpha", "department_id": cls.dept_a_sub.id}
        )
        cls.emp_plain = Employee.create(
            {
                "name": "Plain Servant",
                "user_id": cls.plain_user.id,
                "department_id": cls.dept_b.id,
            }
        )
        cls.dept_office.manager_id = cls.emp_office
        cls.dept_a.manager_id = cls.emp_a
        cls.dept_b.manager_id = cls.emp_b

    @classmethod
    def _create_plan(cls, year=2025, tasks=None, **vals):
        plan_vals = {
            "number": f"T{year}/KH-TEST",
            "name": f"Test plan {year}",
            "year": year,
            "date": f"{year}-02-19",
        }
        plan_vals.update(vals)
        plan = cls.env["emulation.plan"].create(plan_vals)
        for task_vals in tasks or []:
            cls.env["emulation.plan.task"].create(dict(task_vals, plan_id=plan.id))
        return plan

    def _count_queries(self, func):
        """Number of queries run by ``func`` (after one warm-up call)."""
        func()
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        func()
        return self.cr.sql_log_count - before

    # ------------------------------------------------------------------
    # Workflow buttons
    # ------------------------------------------------------------------
    def assert_can(self, record, user, **expected):
        """``record`` shows ``user`` the buttons ``can_<action>`` given."""
        assert_can(self, record, user, **expected)

    def assert_refused(self, record, user, action, message):
        """The server refuses ``action_<action>`` to ``user``, saying
        ``message`` (a regular expression)."""
        assert_refused(self, record, user, action, message)


def assert_can(case, record, user, **expected):
    case.env.invalidate_all()
    record = record.with_user(user)
    seen = {action: record[f"can_{action}"] for action in expected}
    case.assertEqual(
        seen,
        expected,
        f"buttons of {record.display_name} ({record.state}) for {user.login}",
    )


def assert_refused(case, record, user, action, message):
    with case.assertRaisesRegex(UserError, message):
        getattr(record.with_user(user), f"action_{action}")()
