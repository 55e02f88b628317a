"""The main flow in a real browser (headless Chromium), as the users log in.

The tours are in static/src/tours/; this test creates its own unit, people,
users, council, title and pledge (never the demo data), runs one tour per
actor in order and checks the records after each of them.
"""

from odoo.tests import HttpCase, new_test_user, tagged

MODULE = "emulation_commendation"
TITLE = "Tour: đề nghị khen thưởng"
DECISION_NUMBER = "99/QĐ-TOUR"


@tagged("post_install", "-at_install")
class TestTours(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Department = cls.env["hr.department"]
        Employee = cls.env["hr.employee"]
        cls.unit = Department.create({"name": "Tour Phòng Một"})
        cls.other_unit = Department.create({"name": "Tour Phòng Hai"})
        cls.office_unit = Department.create({"name": "Tour Văn phòng"})

        def user(login, groups, department, name):
            usr = new_test_user(
                cls.env,
                login=login,
                groups="base.group_user,"
                + ",".join(f"{MODULE}.{group}" for group in groups),
                name=name,
                lang="en_US",
            )
            employee = Employee.create(
                {"name": name, "user_id": usr.id, "department_id": department.id}
            )
            return usr, employee

        cls.user_unit, _emp = user(
            "tour_unit", ["group_unit_officer"], cls.unit, "Tour Trưởng phòng"
        )
        cls.user_office, _emp = user(
            "tour_office", ["group_office"], cls.office_unit, "Tour Văn phòng viên"
        )
        cls.user_council, cls.emp_secretary = user(
            "tour_council", ["group_council"], cls.office_unit, "Tour Thư ký"
        )
        cls.user_director, _emp = user(
            "tour_director", ["group_director"], cls.office_unit, "Tour Giám đốc"
        )
        # HR officers see the employee's private form, with its Awards tab.
        cls.user_hr = new_test_user(
            cls.env,
            login="tour_hr",
            groups=f"base.group_user,hr.group_hr_user,{MODULE}.group_user",
            name="Tour Nhân sự",
            lang="en_US",
        )
        cls.emp_one, cls.emp_two = Employee.create(
            [
                {"name": "Tour Nguyễn Văn Một", "department_id": cls.unit.id},
                {"name": "Tour Trần Thị Hai", "department_id": cls.unit.id},
            ]
        )
        members = Employee.create(
            [
                {"name": f"Tour Thành viên {i}", "department_id": cls.office_unit.id}
                for i in range(1, 5)
            ]
        )
        cls.council = cls.env["emulation.council"].create(
            {
                "name": "Tour Hội đồng",
                "member_ids": [
                    (0, 0, {"employee_id": cls.emp_secretary.id, "role": "secretary"}),
                    (0, 0, {"employee_id": members[0].id, "role": "chair"}),
                ]
                + [
                    (0, 0, {"employee_id": e.id, "role": "member"}) for e in members[1:]
                ],
            }
        )
        # A title of its own: decided by the Director, no required documents,
        # half of the council's members must vote for it.
        cls.type = cls.env["commendation.type"].create(
            {
                "code": "TOUR_GK",
                "name": "Tour Giấy khen",
                "category": "form",
                "recipient_kind": "individual",
                "authority_level": "department",
                "coefficient_individual": 1.0,
                "vote_threshold": 50,
            }
        )

    def _dossier(self):
        self.env.invalidate_all()
        return self.env["commendation.dossier"].search([("title", "=", TITLE)])

    def test_dossier_flow(self):
        self.start_tour(
            "/odoo/award-dossiers/new",
            "emulation_commendation_dossier_tour_unit",
            login=self.user_unit.login,
        )
        dossier = self._dossier()
        self.assertEqual(len(dossier), 1)
        self.assertEqual(dossier.state, "submitted")
        self.assertEqual(dossier.department_id, self.unit)
        self.assertEqual(dossier.user_id, self.user_unit)
        self.assertEqual(dossier.line_ids.employee_id, self.emp_one | self.emp_two)
        self.assertEqual(dossier.line_ids.type_id, self.type)

        self.start_tour(
            "/odoo/award-dossiers",
            "emulation_commendation_dossier_tour_office",
            login=self.user_office.login,
        )
        dossier = self._dossier()
        self.assertEqual(dossier.state, "council")
        self.assertEqual(dossier.council_id, self.council)
        self.assertTrue(dossier.council_date)
        self.assertEqual(dossier.council_member_total, 5)

        self.start_tour(
            "/odoo/award-dossiers",
            "emulation_commendation_dossier_tour_council",
            login=self.user_council.login,
        )
        dossier = self._dossier()
        self.assertEqual(dossier.state, "council")
        self.assertEqual(dossier.present_count, 4)
        lines = dossier.line_ids.sorted("sequence")
        self.assertEqual(
            [(line.votes_for, line.votes_against) for line in lines], [(4, 0), (3, 1)]
        )
        self.assertEqual(lines.mapped("votes_required"), [3, 3])
        self.assertTrue(all(lines.mapped("vote_passed")))
        director_activity = dossier.activity_ids.filtered(
            lambda a: a.user_id == self.user_director
        )
        self.assertEqual(
            director_activity.activity_type_id,
            self.env.ref(f"{MODULE}.mail_activity_type_dossier_approve"),
        )

        self.start_tour(
            "/odoo/award-dossiers",
            "emulation_commendation_dossier_tour_director",
            login=self.user_director.login,
        )
        dossier = self._dossier()
        self.assertEqual(dossier.state, "decided")
        self.assertEqual(dossier.decision_number, DECISION_NUMBER)
        self.assertTrue(dossier.decision_date)
        awards = dossier.award_ids
        self.assertEqual(awards.employee_id, self.emp_one | self.emp_two)
        self.assertEqual(set(awards.mapped("state")), {"valid"})
        self.assertEqual(set(awards.mapped("decision_number")), {DECISION_NUMBER})

        self.start_tour(
            "/odoo/employees",
            "emulation_commendation_dossier_tour_employee",
            login=self.user_hr.login,
        )
        self.assertEqual(self.emp_one.commendation_award_ids.dossier_id, dossier)

    def test_pledge_self_score(self):
        cluster = self.env["emulation.cluster"].create(
            {
                "name": "Tour Cụm thi đua",
                "scope": "internal",
                "member_ids": [
                    (0, 0, {"department_id": self.unit.id, "sequence": 1}),
                    (0, 0, {"department_id": self.other_unit.id, "sequence": 2}),
                ],
            }
        )
        pledge = self.env["emulation.pledge"].create(
            {
                "name": "Tour Giao ước thi đua",
                "cluster_id": cluster.id,
                "year": 2025,
                "criterion_ids": [
                    (
                        0,
                        0,
                        {
                            "code": "1",
                            "name": "Tour Công tác chuyên môn",
                            "max_points": 60,
                        },
                    ),
                    (0, 0, {"code": "2", "name": "Tour Phong trào", "max_points": 40}),
                ],
            }
        )
        pledge.action_sign()
        self.assertEqual(pledge.state, "signed")
        self.start_tour(
            "/odoo/emulation-pledges",
            "emulation_commendation_pledge_tour_self_score",
            login=self.user_unit.login,
        )
        self.env.invalidate_all()
        scores = pledge.score_ids
        mine = scores.filtered(
            lambda s: (
                s.department_id == self.unit
                and s.criterion_id.name == "Tour Công tác chuyên môn"
            )
        )
        self.assertEqual(mine.self_score, 55)
        self.assertFalse(sum((scores - mine).mapped("self_score")))
        self.assertFalse(sum(scores.mapped("cluster_score")))
