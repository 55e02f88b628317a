from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EmulationCase


@tagged("post_install", "-at_install")
class TestPledge(EmulationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cluster = cls.env["emulation.cluster"].create(
            {
                "name": "Internal cluster",
                "scope": "internal",
                "member_ids": [
                    (0, 0, {"department_id": cls.dept_office.id, "sequence": 1}),
                    (0, 0, {"department_id": cls.dept_a.id, "sequence": 2}),
                    (0, 0, {"department_id": cls.dept_b.id, "sequence": 3}),
                ],
            }
        )
        cls.m_office, cls.m_a, cls.m_b = cls.cluster.member_ids
        # Alpha heads the cluster in 2025, Beta is its deputy
        cls.env["emulation.cluster.role"].create(
            [
                {
                    "cluster_id": cls.cluster.id,
                    "year": 2025,
                    "role": "head",
                    "member_id": cls.m_a.id,
                },
                {
                    "cluster_id": cls.cluster.id,
                    "year": 2025,
                    "role": "deputy",
                    "member_id": cls.m_b.id,
                },
            ]
        )
        cls.pledge = cls.env["emulation.pledge"].create(
            {
                "name": "Giao ước thi đua năm 2025",
                "cluster_id": cls.cluster.id,
                "year": 2025,
                "criterion_ids": [
                    (0, 0, {"code": "1", "name": "Work", "max_points": 60}),
                    (0, 0, {"code": "2", "name": "Movements", "max_points": 40}),
                    (
                        0,
                        0,
                        {
                            "code": "3",
                            "name": "Bonus",
                            "kind": "bonus",
                            "max_points": 5,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "code": "4",
                            "name": "Penalty",
                            "kind": "penalty",
                            "max_points": 10,
                        },
                    ),
                ],
            }
        )
        cls.c_work, cls.c_mov, cls.c_bonus, cls.c_penalty = cls.pledge.criterion_ids

    def _score(self, member, criterion):
        return self.pledge.score_ids.filtered(
            lambda s: s.member_id == member and s.criterion_id == criterion
        )

    def _result(self, member):
        return self.pledge.result_ids.filtered(lambda r: r.member_id == member)

    def _set_cluster_scores(self, member, work, mov, bonus=0, penalty=0):
        for criterion, value in (
            (self.c_work, work),
            (self.c_mov, mov),
            (self.c_bonus, bonus),
            (self.c_penalty, penalty),
        ):
            self._score(member, criterion).with_user(self.user_office).write(
                {"cluster_score": value}
            )

    def _sign_and_score(self):
        self.pledge.with_user(self.user_office).action_sign()
        self.pledge.with_user(self.user_office).action_start_scoring()

    def test_head_and_max(self):
        self.assertEqual(self.pledge.head_member_id, self.m_a)
        self.assertEqual(self.pledge.head_department_id, self.dept_a)
        self.assertEqual(self.pledge.max_total, 100)
        self.assertEqual(self.cluster._get_role_member("deputy", 2025), self.m_b)

    def test_sign_generates_score_sheet(self):
        with self.assertRaisesRegex(
            UserError, "reserved to the Office and to the head"
        ):
            self.pledge.with_user(self.user_unit_b).action_sign()
        # the head unit may sign
        self.pledge.with_user(self.user_unit_a).action_sign()
        self.assertEqual(self.pledge.state, "signed")
        self.assertTrue(self.pledge.date_signed)
        self.assertEqual(len(self.pledge.result_ids), 3)
        self.assertEqual(len(self.pledge.score_ids), 12)
        # idempotent, and a late criterion gets its lines
        self.pledge._generate_score_lines()
        self.assertEqual(len(self.pledge.score_ids), 12)
        self.env["emulation.pledge.criterion"].create(
            {"pledge_id": self.pledge.id, "name": "Digital", "max_points": 10}
        )
        self.assertEqual(len(self.pledge.score_ids), 15)
        with self.assertRaisesRegex(UserError, "Signing a pledge is not possible"):
            self.pledge.with_user(self.user_office).action_sign()

    def test_sign_needs_criteria(self):
        pledge = self.env["emulation.pledge"].create(
            {"name": "Empty", "cluster_id": self.cluster.id, "year": 2026}
        )
        with self.assertRaisesRegex(UserError, "has no criteria"):
            pledge.with_user(self.user_office).action_sign()

    def test_self_score_own_unit_only(self):
        self.pledge.with_user(self.user_office).action_sign()
        own = self._score(self.m_b, self.c_work).with_user(self.user_unit_b)
        own.write({"self_score": 55})
        self.assertEqual(own.self_score, 55)
        self.assertEqual(self._result(self.m_b).self_total, 55)
        other = self._score(self.m_office, self.c_work).with_user(self.user_unit_b)
        with self.assertRaises(UserError):
            other.write({"self_score": 60})
        # the record rule lets the head unit reach every line, the server check
        # still keeps the self score to its owner
        with self.assertRaisesRegex(UserError, "only enter the self score of your own"):
            self._score(self.m_b, self.c_work).with_user(self.user_unit_a).write(
                {"self_score": 1}
            )
        with self.assertRaisesRegex(UserError, "during the scoring"):
            own.write({"cluster_score": 50})
        # a civil servant of unit B without a unit officer's rights
        self.emp_plain.department_id = self.dept_b
        with self.assertRaises(AccessError):
            self._score(self.m_b, self.c_work).with_user(self.user_plain).write(
                {"self_score": 1}
            )

    def test_cluster_score_office_or_head(self):
        self._sign_and_score()
        score_b = self._score(self.m_b, self.c_work)
        score_b.with_user(self.user_unit_a).write({"cluster_score": 50})
        self.assertEqual(score_b.cluster_score, 50)
        score_b.with_user(self.user_office).write({"cluster_score": 52})
        with self.assertRaisesRegex(UserError, "Only the Office or the head unit"):
            score_b.with_user(self.user_unit_b).write({"cluster_score": 60})
        self.assertTrue(score_b.with_user(self.user_unit_a).can_edit_cluster)
        self.assertFalse(score_b.with_user(self.user_unit_b).can_edit_cluster)
        self.assertTrue(score_b.with_user(self.user_unit_b).can_edit_self)
        with self.assertRaisesRegex(ValidationError, "must lie between 0 and 60"):
            score_b.with_user(self.user_office).write({"cluster_score": 61})

    def test_ranking_and_ties(self):
        self._sign_and_score()
        # Office: 60 + 35 + 5 - 0 = 100 with one criterion at max
        self._set_cluster_scores(self.m_office, 60, 35, bonus=5)
        # Alpha: 55 + 40 + 5 = 100 with one criterion at max, and a penalty
        # of 0: ties with the Office on total and on criteria at max
        self._set_cluster_scores(self.m_a, 55, 40, bonus=5)
        # Beta: 60 + 40 + 5 - 5 = 100, two criteria at max but 5 penalty
        self._set_cluster_scores(self.m_b, 60, 40, bonus=5, penalty=5)
        r_office, r_a, r_b = (
            self._result(m) for m in (self.m_office, self.m_a, self.m_b)
        )
        self.assertEqual(
            [r.cluster_total for r in (r_office, r_a, r_b)], [100, 100, 100]
        )
        self.assertEqual(r_b.criteria_at_max_count, 2)
        self.assertEqual(r_b.penalty_total, 5)
        # Beta first: more criteria at maximum
        self.assertEqual(r_b.rank, 1)
        # Office and Alpha tie on everything but the self total: Alpha scored
        # itself higher
        self._score(self.m_a, self.c_work).with_user(self.user_unit_a).write(
            {"self_score": 58}
        )
        self.assertEqual((r_a.rank, r_office.rank), (2, 3))
        # without self scores either, the name decides: Alpha before Office
        self._score(self.m_a, self.c_work).with_user(self.user_unit_a).write(
            {"self_score": 0}
        )
        self.assertEqual((r_a.rank, r_office.rank), (2, 3))
        self.assertEqual(self.pledge.leader_member_id, self.m_b)
        self.assertTrue(r_b.is_leader)
        # a higher total beats everything
        self._score(self.m_office, self.c_mov).with_user(self.user_office).write(
            {"cluster_score": 40}
        )
        self.assertEqual(r_office.rank, 1)
        self.assertEqual(self.pledge.leader_member_id, self.m_office)

    def test_close_makes_scores_read_only(self):
        self._sign_and_score()
        self._set_cluster_scores(self.m_a, 60, 40)
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            self.pledge.with_user(self.user_unit_a).action_close()
        self.pledge.with_user(self.user_office).action_close()
        self.assertEqual(self.pledge.state, "closed")
        self.assertEqual(self.pledge.leader_member_id, self.m_a)
        score = self._score(self.m_a, self.c_work)
        for user in (self.user_office, self.user_unit_a):
            with self.assertRaisesRegex(
                UserError, "is closed: its scores are read-only"
            ):
                score.with_user(user).write({"cluster_score": 10})
        with self.assertRaisesRegex(UserError, "is closed: its scores are read-only"):
            score.with_user(self.user_unit_a).write({"self_score": 10})
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            score.with_user(self.user_office).unlink()
        with self.assertRaisesRegex(UserError, "its criteria can no longer change"):
            self.c_work.with_user(self.user_office).write({"max_points": 70})
        with self.assertRaisesRegex(UserError, "Closing a pledge is not possible"):
            self.pledge.with_user(self.user_office).action_close()
        self.pledge.with_user(self.user_office).action_reopen()
        score.with_user(self.user_office).write({"cluster_score": 10})
        self.assertEqual(self._result(self.m_a).cluster_total, 50)
        self.assertEqual(self.pledge.leader_member_id, self.m_a)

    def _activities(self, xmlid):
        return self.pledge.activity_ids.filtered(
            lambda a: (
                a.activity_type_id == self.env.ref(f"emulation_commendation.{xmlid}")
            )
        )

    def test_pledge_buttons_by_group(self):
        actions = ("sign", "start_scoring", "close", "reopen", "reset_draft")

        def only(*allowed):
            return {action: action in allowed for action in actions}

        # the Office and the head unit (Alpha) organise the pledge
        for user in (self.user_office, self.user_unit_a):
            self.assert_can(self.pledge, user, **only("sign"))
        for user in (self.user_unit_b, self.user_plain):
            self.assert_can(self.pledge, user, **only())
        self.assert_refused(
            self.pledge,
            self.user_unit_b,
            "sign",
            "This step of the pledge is reserved to the Office and to the head "
            "unit of “Internal cluster” for 2025.",
        )
        self.assert_refused(
            self.pledge,
            self.user_plain,
            "sign",
            "Signing a pledge: only the Office and the head unit of the cluster "
            "can do this.",
        )
        self.pledge.with_user(self.user_unit_a).action_sign()
        self.assert_can(
            self.pledge, self.user_office, **only("start_scoring", "reset_draft")
        )
        self.assert_can(self.pledge, self.user_unit_a, **only("start_scoring"))
        self.assert_can(self.pledge, self.user_unit_b, **only())
        self.assert_refused(
            self.pledge, self.user_unit_a, "reset_draft", "only the Office can do this"
        )
        # each member's head is asked for its self scores
        self.assertEqual(
            self._activities("mail_activity_type_pledge_self_score").user_id,
            self.user_office | self.user_unit_a | self.user_unit_b,
        )
        self.pledge.with_user(self.user_unit_a).action_start_scoring()
        self.assert_can(self.pledge, self.user_office, **only("close"))
        self.assert_can(self.pledge, self.user_unit_a, **only())
        self.assert_refused(
            self.pledge, self.user_unit_a, "close", "Closing a pledge: only the Office"
        )
        # the head unit is asked for the cluster scores, the step before is over
        self.assertFalse(self._activities("mail_activity_type_pledge_self_score"))
        self.assertEqual(
            self._activities("mail_activity_type_pledge_cluster_score").user_id,
            self.user_unit_a,
        )
        self._set_cluster_scores(self.m_a, 60, 40)
        self.pledge.with_user(self.user_office).action_close()
        self.assertFalse(self.pledge.activity_ids)
        self.assertIn(
            "Pledge closed. Proposed for the Emulation Flag: Alpha Division.",
            "\n".join(self.pledge.message_ids.mapped("body")),
        )
        self.assert_can(self.pledge, self.user_office, **only("reopen"))
        self.assert_can(self.pledge, self.user_unit_a, **only())
        self.assert_refused(
            self.pledge,
            self.user_office,
            "sign",
            "Signing a pledge is not possible for “Giao ước thi đua năm 2025”: it "
            "is Closed, and this step needs it to be Draft.",
        )

    def test_one_pledge_per_cluster_and_year(self):
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.cr.savepoint(),
        ):
            self.env["emulation.pledge"].create(
                {"name": "Again", "cluster_id": self.cluster.id, "year": 2025}
            )

    def test_cluster_member_is_department_or_partner(self):
        with self.assertRaisesRegex(ValidationError, "either an internal department"):
            self.env["emulation.cluster.member"].create({"cluster_id": self.cluster.id})
