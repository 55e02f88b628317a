"""The main flows in a real browser (headless Chromium), as the users log in.

The tours are in static/src/tours/; this test takes the base's units and
users (renamed as the tours name them) and creates its own council, people,
dossiers and pledge (never the demo data), runs one tour per actor in order
and checks the records after each of them.
"""

import base64

from odoo import fields
from odoo.tests import HttpCase, tagged

from .common import MODULE, EmulationCase

PLACE = "Tour Phòng họp tầng 2"
DECISION_NUMBER = "99/QĐ-TOUR"
# Seconds a whole tour may take (Odoo's default, 60 s, is too short for a
# busy test machine); each step still fails after 30 s (the tour's own limit).
TOUR_TIMEOUT = 300


@tagged("post_install", "-at_install")
class TestTours(HttpCase, EmulationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The year's fund holds enough: issuing pays from it, no overspend
        # confirmation (that path is tested in test_fund).
        today = fields.Date.today()
        Fund = cls.env["commendation.fund"]
        cls.fund = Fund.search(
            [("year", "=", today.year), ("company_id", "=", cls.env.company.id)]
        ) or Fund.create({"year": today.year, "company_id": cls.env.company.id})
        cls.env["commendation.fund.move"].create(
            {
                "fund_id": cls.fund.id,
                "kind": "receipt",
                "date": today,
                "amount": 100_000_000,
                "description": "Tour allocation",
            }
        )
        Employee = cls.env["hr.employee"]
        # the base's units and users under the names the tours look for
        cls.dept_a.name = "Tour Phòng Một"
        cls.dept_b.name = "Tour Phòng Hai"
        cls.dept_office.name = "Tour Văn phòng"
        cls.emp_council.name = "Tour Thư ký"
        (
            cls.user_unit_a
            | cls.user_unit_b
            | cls.user_office
            | cls.user_council
            | cls.user_director
            | cls.user_hr
        ).lang = "en_US"
        cls.emp_one, cls.emp_two = Employee.create(
            [
                {"name": "Tour Nguyễn Văn Một", "department_id": cls.dept_a.id},
                {"name": "Tour Trần Thị Hai", "department_id": cls.dept_a.id},
            ]
        )
        cls.emp_three, cls.emp_four = Employee.create(
            [
                {"name": "Tour Lê Văn Ba", "department_id": cls.dept_b.id},
                {"name": "Tour Phạm Thị Bốn", "department_id": cls.dept_b.id},
            ]
        )
        members = Employee.create(
            [
                {"name": f"Tour Thành viên {i}", "department_id": cls.dept_office.id}
                for i in range(1, 5)
            ]
        )
        cls.council = cls.env["emulation.council"].create(
            {
                "name": "Tour Hội đồng",
                "member_ids": [
                    (0, 0, {"employee_id": cls.emp_council.id, "role": "secretary"}),
                    (0, 0, {"employee_id": members[0].id, "role": "chair"}),
                ]
                + [
                    (0, 0, {"employee_id": e.id, "role": "member"}) for e in members[1:]
                ],
            }
        )
        cls.members = cls.council.member_ids
        cls.ldtt = cls.env.ref(f"{MODULE}.commendation_type_ldtt")
        cls.cstdcs = cls.env.ref(f"{MODULE}.commendation_type_cstdcs")
        cls.year = fields.Date.today().year
        # The year's ratings (and an initiative for the two CSTĐCS): all four
        # people are eligible for what their unit proposes.
        everyone = cls.emp_one | cls.emp_two | cls.emp_three | cls.emp_four
        cls.env["emulation.rating"].create(
            [
                {
                    "employee_id": employee.id,
                    "year": year,
                    "rating": "excellent"
                    if employee in (cls.emp_two | cls.emp_four)
                    else "good",
                }
                for employee in everyone
                for year in (cls.year - 1, cls.year)
            ]
        )
        for employee in cls.emp_two | cls.emp_four:
            cls.env["emulation.initiative"].create(
                {
                    "name": f"Tour sáng kiến của {employee.name}",
                    "employee_ids": [(6, 0, employee.ids)],
                    "year": cls.year,
                    "level": "unit",
                }
            )
        # Each unit officer proposes one LĐTT and one CSTĐCS and submits;
        # the Office verifies both dossiers.
        cls.dossiers = cls.env["commendation.dossier"]
        for officer, unit, ldtt, cstdcs in (
            (cls.user_unit_a, cls.dept_a, cls.emp_one, cls.emp_two),
            (cls.user_unit_b, cls.dept_b, cls.emp_three, cls.emp_four),
        ):
            dossier = (
                cls.env["commendation.dossier"]
                .with_user(officer)
                .create(
                    {
                        "title": f"Tour: đề nghị của {unit.name}",
                        "department_id": unit.id,
                        "kind": "annual",
                        "line_ids": [
                            (0, 0, {"employee_id": ldtt.id, "type_id": cls.ldtt.id}),
                            (
                                0,
                                0,
                                {"employee_id": cstdcs.id, "type_id": cls.cstdcs.id},
                            ),
                        ],
                    }
                )
            )
            dossier.write(
                {
                    "document_ids": [
                        (
                            0,
                            0,
                            {
                                "kind_id": kind.id,
                                "name": kind.name,
                                "file": base64.b64encode(b"%PDF-1.4 tour"),
                                "file_name": "tour.pdf",
                            },
                        )
                        for kind in dossier.required_document_kind_ids
                    ]
                }
            )
            dossier.action_submit()
            dossier.with_user(cls.user_office).action_verify()
            cls.dossiers |= dossier.with_env(cls.env)

    def _tour(self, url, tour, user):
        """The tour ``tour`` from ``url``, logged in as ``user``."""
        self.start_tour(url, tour, login=user.login, timeout=TOUR_TIMEOUT)

    def _assert_activity(self, record, user, activity_type):
        """``user``'s activity on ``record`` is of the addon's type
        ``activity_type`` (xml id)."""
        activity = record.activity_ids.filtered(lambda a: a.user_id == user)
        self.assertEqual(
            activity.activity_type_id, self.env.ref(f"{MODULE}.{activity_type}")
        )

    def _session(self):
        self.env.invalidate_all()
        return self.env["commendation.council.session"].search([("place", "=", PLACE)])

    def _decision(self):
        self.env.invalidate_all()
        return self.env["commendation.decision"].search(
            [("name", "=", DECISION_NUMBER)]
        )

    def _line(self, employee):
        return self.dossiers.line_ids.filtered(
            lambda line: line.employee_id == employee
        )

    def test_round_flow(self):
        self.assertEqual(set(self.dossiers.mapped("state")), {"verified"})
        self.assertEqual(
            set(self.dossiers.line_ids.mapped("eligibility_state")), {"eligible"}
        )

        self._tour(
            "/odoo/council-sessions/new",
            "emulation_commendation_round_tour_office_session",
            self.user_office,
        )
        session = self._session()
        self.assertEqual(len(session), 1)
        self.assertEqual(session.state, "in_progress")
        self.assertEqual(session.council_id, self.council)
        self.assertEqual(session.secretary_id, self.emp_council)
        self.assertEqual(session.member_total, 5)
        self.assertEqual(session.line_ids, self.dossiers.line_ids)
        self.assertEqual(set(session.line_ids.mapped("state")), {"on_agenda"})
        self.assertEqual(set(self.dossiers.mapped("state")), {"in_round"})
        self._assert_activity(
            session, self.user_council, "mail_activity_type_session_record"
        )

        self._tour(
            "/odoo/council-sessions",
            "emulation_commendation_round_tour_secretary",
            self.user_council,
        )
        session = self._session()
        self.assertEqual(session.state, "closed")
        self.assertEqual(session.present_member_ids, self.members[:4])
        self.assertEqual(session.written_member_ids, self.members[4])
        self.assertEqual((session.present_count, session.written_count), (4, 1))
        self.assertTrue(session.quorum_reached)
        passed, not_passed = self._line(self.emp_two), self._line(self.emp_four)
        self.assertEqual((passed.votes_for, passed.votes_against), (5, 0))
        self.assertEqual((not_passed.votes_for, not_passed.votes_against), (3, 2))
        self.assertEqual((passed.votes_required, not_passed.votes_required), (4, 4))
        self.assertEqual((passed.state, not_passed.state), ("passed", "not_passed"))
        ldtt_lines = self._line(self.emp_one) | self._line(self.emp_three)
        self.assertEqual(set(ldtt_lines.mapped("state")), {"passed"})
        self.assertEqual(set(session.line_ids.mapped("vote_member_total")), {5})
        self.assertEqual(session.passed_count, 3)

        self._tour(
            "/odoo/award-decisions/new",
            "emulation_commendation_round_tour_office_decision",
            self.user_office,
        )
        decision = self._decision()
        self.assertEqual(len(decision), 1)
        self.assertEqual(decision.state, "draft")
        self.assertEqual(decision.authority_level, "department")
        self.assertEqual(decision.line_ids, ldtt_lines)
        self.assertEqual(decision.date, fields.Date.today())
        self._assert_activity(
            decision, self.user_director, "mail_activity_type_decision_sign"
        )

        self._tour(
            "/odoo/award-decisions",
            "emulation_commendation_round_tour_director",
            self.user_director,
        )
        decision = self._decision()
        self.assertEqual(decision.state, "issued")
        awards = decision.award_ids
        self.assertEqual(awards.employee_id, self.emp_one | self.emp_three)
        self.assertEqual(set(awards.mapped("state")), {"valid"})
        self.assertEqual(set(awards.mapped("type_id")), {self.ldtt})
        # paid from the year's fund
        self.assertEqual(decision.fund_move_ids.fund_id, self.fund)
        self.assertEqual(
            sum(decision.fund_move_ids.mapped("amount")),
            sum(awards.mapped("reward_amount")),
        )
        self.assertEqual(set(awards.mapped("decision_number")), {DECISION_NUMBER})
        self.assertTrue(all(awards.mapped("gold_book_number")))
        self.assertEqual(len(set(awards.mapped("gold_book_number"))), 2)
        self.assertEqual(set(ldtt_lines.mapped("state")), {"decided"})
        # The CSTĐCS passed by the council still waits for its own decision.
        self.assertEqual(self._line(self.emp_two).state, "passed")

        self._tour(
            "/odoo/employees",
            "emulation_commendation_round_tour_employee",
            self.user_hr,
        )
        self.assertEqual(self.emp_one.commendation_award_ids.decision_id, decision)

    def test_pledge_self_score(self):
        cluster = self.env["emulation.cluster"].create(
            {
                "name": "Tour Cụm thi đua",
                "scope": "internal",
                "member_ids": [
                    (0, 0, {"department_id": self.dept_a.id, "sequence": 1}),
                    (0, 0, {"department_id": self.dept_b.id, "sequence": 2}),
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
        self._tour(
            "/odoo/emulation-pledges",
            "emulation_commendation_pledge_tour_self_score",
            self.user_unit_a,
        )
        self.env.invalidate_all()
        scores = pledge.score_ids
        mine = scores.filtered(
            lambda s: (
                s.department_id == self.dept_a
                and s.criterion_id.name == "Tour Công tác chuyên môn"
            )
        )
        self.assertEqual(mine.self_score, 55)
        self.assertFalse(sum((scores - mine).mapped("self_score")))
        self.assertFalse(sum(scores.mapped("cluster_score")))
