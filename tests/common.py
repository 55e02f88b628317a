from odoo.tests import TransactionCase, new_test_user

MODULE = "emulation_commendation"


class EmulationCommonCase(TransactionCase):
    """Shared fixtures: a department tree, employees and one user per group.

    Departments: ``dept_a`` with its sub-unit ``dept_a_child``, ``dept_b`` and
    ``dept_office``. Users (each linked to an employee ``employee_<role>``):

    - ``user_employee``: only ``base.group_user`` (civil servant), in dept_a_child;
    - ``user_unit_officer``: head of dept_a; ``user_unit_officer_b``: head of dept_b;
    - ``user_office``, ``user_manager``, ``user_council``, ``user_director``,
      ``user_hr`` (``hr.group_hr_user``): in dept_office.

    Employees without a user: ``employee_a`` (dept_a), ``employee_a_child``
    (dept_a_child) and ``employee_b`` (dept_b). No demo data is used.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        Department = cls.env["hr.department"]
        cls.dept_a = Department.create({"name": "Unit A"})
        cls.dept_a_child = Department.create(
            {"name": "Unit A Team", "parent_id": cls.dept_a.id}
        )
        cls.dept_b = Department.create({"name": "Unit B"})
        cls.dept_office = Department.create({"name": "Emulation Office"})

        def user(login, groups, department, name, gender="female"):
            new_user = new_test_user(
                cls.env,
                login=login,
                groups=groups,
                name=name,
                context={"no_reset_password": True},
            )
            employee = cls.env["hr.employee"].create(
                {
                    "name": name,
                    "user_id": new_user.id,
                    "department_id": department.id,
                    "gender": gender,
                }
            )
            return new_user, employee

        cls.user_employee, cls.employee_employee = user(
            "emu_employee", "base.group_user", cls.dept_a_child, "Employee Staff"
        )
        cls.user_unit_officer, cls.employee_unit_officer = user(
            "emu_unit_officer",
            f"base.group_user,{MODULE}.group_unit_officer",
            cls.dept_a,
            "Unit Officer A",
            "male",
        )
        cls.user_unit_officer_b, cls.employee_unit_officer_b = user(
            "emu_unit_officer_b",
            f"base.group_user,{MODULE}.group_unit_officer",
            cls.dept_b,
            "Unit Officer B",
        )
        cls.user_office, cls.employee_office = user(
            "emu_office",
            f"base.group_user,{MODULE}.group_office",
            cls.dept_office,
            "Office Officer",
        )
        cls.user_manager, cls.employee_manager = user(
            "emu_manager",
            f"base.group_user,{MODULE}.group_manager",
            cls.dept_office,
            "Emulation Administrator",
            "male",
        )
        cls.user_council, cls.employee_council = user(
            "emu_council",
            f"base.group_user,{MODULE}.group_council",
            cls.dept_office,
            "Council Member",
            "male",
        )
        cls.user_director, cls.employee_director = user(
            "emu_director",
            f"base.group_user,{MODULE}.group_director",
            cls.dept_office,
            "Director",
        )
        cls.user_hr, cls.employee_hr = user(
            "emu_hr", "base.group_user,hr.group_hr_user", cls.dept_office, "HR Officer"
        )
        cls.dept_a.manager_id = cls.employee_unit_officer
        cls.dept_b.manager_id = cls.employee_unit_officer_b

        Employee = cls.env["hr.employee"]
        cls.employee_a = Employee.create(
            {"name": "Staff A", "department_id": cls.dept_a.id, "gender": "male"}
        )
        cls.employee_a_child = Employee.create(
            {
                "name": "Staff A Team",
                "department_id": cls.dept_a_child.id,
                "gender": "female",
            }
        )
        cls.employee_b = Employee.create(
            {"name": "Staff B", "department_id": cls.dept_b.id, "gender": "female"}
        )

        cls.users_by_role = {
            "employee": cls.user_employee,
            "unit_officer": cls.user_unit_officer,
            "unit_officer_b": cls.user_unit_officer_b,
            "office": cls.user_office,
            "manager": cls.user_manager,
            "council": cls.user_council,
            "director": cls.user_director,
            "hr": cls.user_hr,
        }

    # Helpers ---------------------------------------------------------------

    @classmethod
    def _create_rating(cls, employee, year, rating="good", **vals):
        return cls.env["emulation.rating"].create(
            dict(vals, employee_id=employee.id, year=year, rating=rating)
        )

    @classmethod
    def _create_initiative(cls, employees, year, level="unit", **vals):
        return cls.env["emulation.initiative"].create(
            dict(
                {"name": f"Initiative {year}"},
                **vals,
                employee_ids=[(6, 0, employees.ids)],
                year=year,
                level=level,
            )
        )

    @classmethod
    def _create_discipline(cls, employee, date_start, date_end, form="reprimand"):
        return cls.env["emulation.discipline"].create(
            {
                "employee_id": employee.id,
                "date": date_start,
                "form": form,
                "date_block_start": date_start,
                "date_block_end": date_end,
            }
        )
