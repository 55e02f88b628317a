"""Every staff member can look colleagues up (issue 13, item 10): a user
without HR rights opens Employees, sees the list and a colleague's public
profile with its Awards tab, in a real browser."""

import re

from odoo.tests import HttpCase, tagged

from .common import EmulationCase


@tagged("post_install", "-at_install")
class TestTourDirectory(HttpCase, EmulationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # user_plain has only base.group_user: no HR right, no group of the
        # addon beyond the civil servant's, which every internal user has
        cls.user_plain.lang = "en_US"
        unit = cls.dept_a_child
        Employee = cls.env["hr.employee"]
        colleague = Employee.create(
            {"name": "Tour Đồng Nghiệp Được Khen", "department_id": unit.id}
        )
        ctype = cls.env["commendation.type"].create(
            {
                "code": "TOUR_DIR_GK",
                "name": "Tour Giấy khen đồng nghiệp",
                "category": "form",
                "recipient_kind": "individual",
                "authority_level": "department",
            }
        )
        cls.env["commendation.award"].create(
            {
                "employee_id": colleague.id,
                "type_id": ctype.id,
                "year": 2025,
                "decision_number": "15/QĐ-TOURDIR",
            }
        )

    def test_plain_user_opens_colleague(self):
        self.assertFalse(self.user_plain.has_group("hr.group_hr_user"))
        self.start_tour(
            "/odoo/employees",
            "emulation_commendation_directory_tour",
            login=self.user_plain.login,
        )

    def test_search_view_has_no_hr_only_field(self):
        """The guard: hr's search view, rendered for a user without HR rights,
        names no field that hr.employee.public lacks."""
        action = self.env.ref("hr.open_view_employee_list_my")
        views = (
            self.env["hr.employee"]
            .with_user(self.user_plain)
            .get_views([[False, "list"], [action.search_view_id.id, "search"]])
        )
        public_fields = self.env["hr.employee.public"]._fields
        arch = views["views"]["search"]["arch"]
        self.assertNotIn("private_car_plate", arch)
        for name in re.findall(r'<field name="([a-z_0-9]+)"', arch):
            self.assertIn(name, public_fields, name)
