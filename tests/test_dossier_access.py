from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import DossierCase

# model: {user attribute: "rwcu" letters allowed by the ACL}
ACL_MATRIX = {
    "commendation.dossier": {
        "user_plain": "",
        "user_unit_a": "rwc",
        "user_council": "r",
        "user_director": "rw",
        "user_office": "rwcu",
    },
    "commendation.dossier.line": {
        "user_plain": "",
        "user_unit_a": "rwcu",
        "user_council": "rw",
        "user_director": "rw",
        "user_office": "rwcu",
    },
    "commendation.dossier.document": {
        "user_plain": "",
        "user_unit_a": "rwcu",
        "user_council": "r",
        "user_director": "r",
        "user_office": "rwcu",
    },
    "commendation.award": {
        "user_plain": "r",
        "user_unit_a": "r",
        "user_council": "r",
        "user_director": "rwc",
        "user_office": "rwc",
    },
    "commendation.base.salary": {
        "user_plain": "r",
        "user_unit_a": "r",
        "user_council": "r",
        "user_director": "r",
        "user_office": "r",
    },
    "commendation.award.revoke.wizard": {
        "user_plain": "",
        "user_unit_a": "",
        "user_council": "",
        "user_director": "rwcu",
        "user_office": "rwcu",
    },
    "commendation.round.reason.wizard": {
        "user_plain": "",
        "user_unit_a": "",
        "user_council": "",
        "user_director": "rwcu",
        "user_office": "rwcu",
    },
    "commendation.council.session": {
        "user_plain": "r",
        "user_unit_a": "r",
        "user_council": "rw",
        "user_director": "r",
        "user_office": "rwcu",
    },
    "commendation.decision": {
        "user_plain": "r",
        "user_unit_a": "r",
        "user_council": "r",
        "user_director": "rw",
        "user_office": "rwcu",
    },
    "commendation.proposal": {
        "user_plain": "",
        "user_unit_a": "r",
        "user_council": "",
        "user_director": "rw",
        "user_office": "rwcu",
    },
    "commendation.session.add.wizard": {
        "user_plain": "",
        "user_unit_a": "",
        "user_council": "",
        "user_director": "",
        "user_office": "rwcu",
    },
    "commendation.round.add.wizard": {
        "user_plain": "",
        "user_unit_a": "",
        "user_council": "",
        "user_director": "",
        "user_office": "rwcu",
    },
    "commendation.proposal.answer.wizard": {
        "user_plain": "",
        "user_unit_a": "",
        "user_council": "",
        "user_director": "",
        "user_office": "rwcu",
    },
}
MODES = {"r": "read", "w": "write", "c": "create", "u": "unlink"}


@tagged("post_install", "-at_install")
class TestDossierAccess(DossierCase):
    def test_acl_matrix(self):
        for model, users in ACL_MATRIX.items():
            for attr, allowed in users.items():
                user = getattr(self, attr)
                access = self.env["ir.model.access"].with_user(user)
                for letter, mode in MODES.items():
                    with self.subTest(model=model, user=user.login, mode=mode):
                        self.assertEqual(
                            access.check(model, mode, raise_exception=False),
                            letter in allowed,
                        )

    def test_unit_officer_sees_own_departments(self):
        own = self.make_dossier()
        child = self.make_dossier(
            department=self.dept_a_child, lines=[(self.emp_a_child, self.type_ldtt)]
        )
        other = self.make_dossier(
            user=self.user_unit_b,
            department=self.dept_b,
            lines=[(self.emp_b1, self.type_ldtt)],
        )
        Dossier = self.env["commendation.dossier"]
        all_ids = (own | child | other).ids
        seen_a = Dossier.with_user(self.user_unit_a).search([("id", "in", all_ids)])
        self.assertEqual(seen_a, own | child)
        seen_b = Dossier.with_user(self.user_unit_b).search([("id", "in", all_ids)])
        self.assertEqual(seen_b, other)
        with self.assertRaises(AccessError):
            other.with_user(self.user_unit_a).read(["name"])
        with self.assertRaises(AccessError):
            Dossier.with_user(self.user_unit_a).create(
                {"department_id": self.dept_b.id, "year": 2025}
            )
        # Once submitted, the unit reads but no longer edits.
        own.with_user(self.user_unit_a).action_submit()
        own.with_user(self.user_unit_a).read(["name"])
        with self.assertRaises(AccessError):
            own.with_user(self.user_unit_a).write({"title": "changed"})
        # The "My Department" filter.
        mine = Dossier.with_user(self.user_unit_a).search(
            [("in_my_department", "=", True), ("id", "in", all_ids)]
        )
        self.assertEqual(mine, own | child)

    def test_council_reads_from_the_session_on(self):
        draft = self.make_dossier()
        on_session = self.to_council(
            self.make_dossier(lines=[(self.emp_a2, self.type_ldtt)])
        )
        Dossier = self.env["commendation.dossier"].with_user(self.user_council)
        seen = Dossier.search([("id", "in", (draft | on_session).ids)])
        self.assertEqual(seen, on_session)
        with self.assertRaises(AccessError):
            draft.with_user(self.user_council).read(["name"])
        Line = self.env["commendation.dossier.line"].with_user(self.user_council)
        self.assertEqual(
            Line.search([("dossier_id", "in", (draft | on_session).ids)]),
            on_session.line_ids,
        )
        # The council reads the dossier, never writes it.
        with self.assertRaises(AccessError):
            on_session.with_user(self.user_council).write({"title": "x"})
        # The Director reads everything, the plain employee nothing.
        director = self.env["commendation.dossier"].with_user(self.user_director)
        self.assertEqual(
            director.search([("id", "in", (draft | on_session).ids)]),
            draft | on_session,
        )
        with self.assertRaises(AccessError):
            self.env["commendation.dossier"].with_user(self.user_plain).search([])

    def test_decisions_public_once_issued(self):
        dossier = self.make_dossier()
        self.close(self.to_session(dossier))
        Decision = self.env["commendation.decision"]
        draft = Decision.with_user(self.user_office).create({"year": 2025})
        issued = self.decide(dossier.line_ids, "3/QĐ-NV")
        seen = Decision.with_user(self.user_plain).search(
            [("id", "in", (draft | issued).ids)]
        )
        self.assertEqual(seen, issued)
        self.assertEqual(
            Decision.with_user(self.user_director).search(
                [("id", "in", (draft | issued).ids)]
            ),
            draft | issued,
        )
        proposal = (
            self.env["commendation.proposal"].with_user(self.user_office).create({})
        )
        self.assertFalse(
            self.env["commendation.proposal"]
            .with_user(self.user_unit_a)
            .search([("id", "=", proposal.id)])
        )

    def test_waiting_for_me(self):
        dossier = self.make_dossier()
        dossier.with_user(self.user_unit_a).action_submit()
        Dossier = self.env["commendation.dossier"]
        self.assertIn(
            dossier,
            Dossier.with_user(self.user_office).search(
                [("is_waiting_for_me", "=", True)]
            ),
        )
        self.assertNotIn(
            dossier,
            Dossier.with_user(self.user_director).search(
                [("is_waiting_for_me", "=", True)]
            ),
        )

    def test_awards_public_recognition(self):
        Award = self.env["commendation.award"].with_user(self.user_office)
        values = {
            "type_id": self.type_ldtt.id,
            "year": 2025,
            "decision_number": "5/QĐ",
            "decision_date": date(2025, 12, 20),
        }
        others_valid = Award.create(dict(values, employee_id=self.emp_b1.id))
        others_revoked = Award.create(dict(values, employee_id=self.emp_a2.id))
        own_revoked = Award.create(dict(values, employee_id=self.emp_plain.id))
        (others_revoked | own_revoked)._revoke("Sai sót")
        ids = (others_valid | others_revoked | own_revoked).ids
        seen = (
            self.env["commendation.award"]
            .with_user(self.user_plain)
            .search([("id", "in", ids)])
        )
        self.assertEqual(seen, others_valid | own_revoked)
        # The unit officer also sees the revoked awards of the unit.
        seen_unit = (
            self.env["commendation.award"]
            .with_user(self.user_unit_a)
            .search([("id", "in", ids)])
        )
        self.assertEqual(seen_unit, others_valid | others_revoked | own_revoked)
        # Colleagues see the awards on the public profile.
        public = (
            self.env["hr.employee.public"]
            .with_user(self.user_plain)
            .browse(self.emp_b1.id)
        )
        self.assertEqual(public.commendation_award_ids, others_valid)
        self.assertEqual(public.commendation_award_count, 1)


@tagged("post_install", "-at_install")
class TestDossierQueries(DossierCase):
    """The board and the list cost the same for 20 and 400 dossiers."""

    KANBAN_SPEC = {
        "name": {},
        "year": {},
        "title": {},
        "kind": {},
        "line_count": {},
        "warning_count": {},
        "activity_state": {},
        "activity_ids": {},
        "department_id": {"fields": {"display_name": {}}},
        "user_id": {"fields": {"display_name": {}}},
    }
    LIST_SPEC = {
        "name": {},
        "year": {},
        "title": {},
        "department_id": {"fields": {"display_name": {}}},
        "kind": {},
        "line_count": {},
        "warning_count": {},
        "date": {},
        "user_id": {"fields": {"display_name": {}}},
        "activity_ids": {},
        "activity_exception_decoration": {},
        "state": {},
    }

    def make_many(self, count):
        Dossier = self.env["commendation.dossier"]
        employees = self.emp_a1 | self.emp_a2 | self.emp_a_child
        dossiers = Dossier.create(
            [
                {
                    "department_id": self.dept_a.id,
                    "year": 2025,
                    "user_id": self.user_unit_a.id,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "employee_id": employees[i % 3].id,
                                "type_id": self.type_ldtt.id,
                            },
                        )
                    ],
                }
                for i in range(count)
            ]
        )
        states = ["draft", "submitted", "verified", "in_round", "done"]
        for index, state in enumerate(states):
            dossiers[index::5]._workflow_write({"state": state})
        for dossier in dossiers[1::5]:
            dossier.activity_schedule(
                "emulation_commendation.mail_activity_type_dossier_verify",
                user_id=self.user_office.id,
            )
        self.env.flush_all()
        return dossiers

    # Pages smaller than the smallest data set, so that both sizes run the
    # same queries (a page that is not full skips its count query).
    KANBAN_LIMIT = 3
    LIST_LIMIT = 10

    def board_and_list(self):
        Dossier = self.env["commendation.dossier"].with_user(self.user_office)
        domain = [("year", "=", 2025)]
        groups = Dossier.web_read_group(domain, ["state"], ["state"], lazy=True)
        for group in groups["groups"][:5]:
            Dossier.web_search_read(
                domain + [("state", "=", group["state"])],
                self.KANBAN_SPEC,
                limit=self.KANBAN_LIMIT,
            )
        Dossier.web_search_read(domain, self.LIST_SPEC, limit=self.LIST_LIMIT)

    def test_board_and_list_query_count(self):
        self.assert_queries_do_not_grow(
            self.make_many, self.board_and_list, few=20, many=380
        )
