from datetime import date

from odoo import SUPERUSER_ID, api, sql_db
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DossierCase


@tagged("post_install", "-at_install")
class TestRound(DossierCase):
    """The year-end round as the Office runs it: three units' dossiers, one
    council session, the Director's decisions, one proposal to the City."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Type = cls.env["commendation.type"]
        cls.type_cstd_tp = Type.create(
            {
                "code": "KT_CSTD_TP",
                "name": "City Emulation Fighter (test)",
                "category": "title",
                "annual": True,
                "recipient_kind": "individual",
                "authority_level": "city",
                "coefficient_individual": 3.0,
                "vote_threshold": 90,
                "secret_ballot": True,
            }
        )
        cls.member_1 = cls.council.member_ids.filtered(
            lambda m: m.employee_id.name == "Member 1"
        ).employee_id

    def activity_users(self, record):
        return record.sudo().activity_ids.user_id

    def make_round(self):
        """Unit A mixes LĐTT, CSTĐCS and CSTĐ thành phố; unit B proposes
        LĐTT and CSTĐCS; the Office's own unit LĐTT and two Bằng khen."""
        self.dossier_a = self.make_dossier(
            lines=[
                (self.emp_a1, self.type_ldtt),
                (self.emp_a2, self.type_ldtt),
                (self.emp_a2, self.type_cstdcs),
                (self.emp_a_child, self.type_cstd_tp),
            ]
        )
        self.attach(self.dossier_a, self.kind_report | self.kind_minutes)
        self.dossier_b = self.make_dossier(
            user=self.user_unit_b,
            department=self.dept_b,
            lines=[(self.emp_b1, self.type_ldtt), (self.emp_b1, self.type_cstdcs)],
        )
        self.attach(
            self.dossier_b, self.kind_report | self.kind_minutes, self.user_unit_b
        )
        self.dossier_c = self.make_dossier(
            user=self.user_office,
            department=self.dept_office,
            lines=[
                (self.emp_office, self.type_ldtt),
                (self.member_1, self.type_city),
                (self.dept_office, self.type_city),
            ],
        )
        return self.dossier_a | self.dossier_b | self.dossier_c

    def line(self, dossier, employee_or_unit, ctype):
        return dossier.line_ids.filtered(
            lambda line: (
                (line.employee_id or line.department_id) == employee_or_unit
                and line.type_id == ctype
            )
        )

    # ------------------------------------------------------------------
    def test_whole_round(self):
        dossiers = self.make_round()
        self.verify(dossiers)
        # The Office builds one session from the three units' dossiers.
        session = self.new_session()
        self.assertEqual(session.member_total, 10)
        self.assertEqual(session.secretary_id, self.emp_council)
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            session.with_user(self.user_council).action_add_dossiers(dossiers)
        with self.assertRaisesRegex(UserError, "agenda of .* is empty"):
            session.with_user(self.user_office).action_start()
        session.with_user(self.user_office).action_add_year_dossiers()
        self.assertEqual(session.line_count, 9)
        self.assertEqual(set(dossiers.mapped("state")), {"in_round"})
        self.assertEqual(set(session.line_ids.mapped("state")), {"on_agenda"})
        with self.assertRaisesRegex(UserError, "Start the Session: only the Office"):
            session.with_user(self.user_council).action_start()
        session.with_user(self.user_office).action_start()
        self.assertEqual(self.activity_users(session), self.user_council)  # secretary
        self.assertTrue(session.with_user(self.user_council).can_record)
        self.assertFalse(session.with_user(self.user_unit_a).can_record)

        # Attendance: 7 present, 2 absent members wrote in, 1 absent.
        members = self.council.member_ids.sorted("id")
        with self.assertRaisesRegex(UserError, "Only the Office prepares"):
            session.with_user(self.user_council).write({"place": "Hội trường"})
        with self.assertRaises(ValidationError) as cm:
            session.with_user(self.user_council).write(
                {
                    "present_member_ids": [(6, 0, members[:7].ids)],
                    "written_member_ids": [(6, 0, members[6:9].ids)],
                }
            )
        self.assertIn("both present and absent", str(cm.exception))
        session.with_user(self.user_council).write(
            {
                "present_member_ids": [(6, 0, members[:7].ids)],
                "written_member_ids": [(6, 0, members[7:9].ids)],
            }
        )
        self.assertEqual((session.present_count, session.written_count), (7, 2))
        self.assertEqual(session.quorum_required, 7)  # 2/3 of 10, rounded up
        self.assertTrue(session.quorum_reached)

        a_cstdcs = self.line(self.dossier_a, self.emp_a2, self.type_cstdcs)
        a_tp = self.line(self.dossier_a, self.emp_a_child, self.type_cstd_tp)
        b_cstdcs = self.line(self.dossier_b, self.emp_b1, self.type_cstdcs)
        # Tallies: ballots of the 7 present plus the 2 written opinions.
        with self.assertRaises(ValidationError) as cm:
            self.vote(session, {a_cstdcs: (9, 1)})
        self.assertIn(
            "10 votes recorded, but only 9 members took part", str(cm.exception)
        )
        self.assertIn("7 present, 2 in writing", str(cm.exception))
        with self.assertRaisesRegex(
            UserError, "Record the Tallies: only the Office or the council secretary"
        ):
            session.with_user(self.user_unit_a).action_record_tallies(
                {a_cstdcs.id: (8, 1)}
            )
        # A secret-ballot title needs a tally before the session closes.
        with self.assertRaisesRegex(UserError, "no tally is recorded for"):
            self.close(session)
        self.vote(session, {a_cstdcs: (8, 1), a_tp: (9, 0), b_cstdcs: (7, 2)})
        self.assertEqual(a_cstdcs.votes_needed, 8)  # 80 % of 10 members
        self.assertEqual(a_tp.votes_needed, 9)  # 90 % of 10 members
        self.assertTrue(a_cstdcs.vote_passing)
        self.assertFalse(b_cstdcs.vote_passing)  # 7/10 < 80 %, though 7 of 9 voters
        self.close(session)
        self.assertEqual(session.state, "closed")
        self.assertIn(self.user_office, self.activity_users(session))
        self.assertNotIn(self.user_council, self.activity_users(session))
        self.assertEqual(a_cstdcs.state, "passed")
        self.assertEqual((a_cstdcs.votes_required, a_cstdcs.vote_member_total), (8, 10))
        self.assertEqual(b_cstdcs.state, "not_passed")
        # LĐTT and the City's Bằng khen need no tally: passed by the review.
        ldtt = session.line_ids.filtered(lambda line: line.type_id == self.type_ldtt)
        self.assertEqual(set(ldtt.mapped("state")), {"passed"})
        self.assertIn(
            "7 of 10 members present, 2 written opinions",
            " ".join(session.message_ids.mapped("body")),
        )
        with self.assertRaisesRegex(UserError, "closed: it cannot be changed"):
            session.with_user(self.user_office).write({"place": "Khác"})
        with self.assertRaisesRegex(
            UserError, "Record the Tallies is not possible .*it is Closed"
        ):
            self.vote(session, {a_cstdcs: (9, 0)})

        # Two Director's decisions: LĐTT for people of the three units, CSTĐCS.
        decision_ldtt = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create({"name": "201/QĐ-NV", "date": date(2025, 12, 20), "year": 2025})
        )
        with self.assertRaisesRegex(UserError, "cannot hold .*City Emulation Fighter"):
            decision_ldtt.action_add_lines(ldtt | a_tp)
        with self.assertRaisesRegex(UserError, "Only lines passed by the council"):
            decision_ldtt.action_add_lines(b_cstdcs)
        decision_ldtt.action_add_lines(ldtt)
        self.assertIn(
            "công nhận danh hiệu Advanced Worker (test)", decision_ldtt.subject
        )
        decision_ldtt.action_request_signature()
        self.assertIn(self.user_director, self.activity_users(decision_ldtt))
        self.assertTrue(decision_ldtt.with_user(self.user_director).can_issue)
        self.assertFalse(decision_ldtt.with_user(self.user_office).can_issue)
        with self.assertRaisesRegex(UserError, "Issue the Decision: only the Director"):
            decision_ldtt.with_user(self.user_office).action_issue()
        decision_ldtt.with_user(self.user_director).action_issue()
        self.assertEqual(decision_ldtt.state, "issued")
        self.assertEqual(len(decision_ldtt.award_ids), 4)
        self.assertEqual(set(ldtt.mapped("state")), {"decided"})
        numbers = decision_ldtt.award_ids.mapped("gold_book_number")
        self.assertEqual(len(set(numbers)), 4)
        self.assertTrue(all(numbers))
        self.assertEqual(set(decision_ldtt.award_ids.mapped("reward_amount")), {710000})
        self.assertEqual(decision_ldtt.reward_total, 4 * 710000)
        self.assertEqual(
            decision_ldtt.award_ids.employee_id,
            self.emp_a1 | self.emp_a2 | self.emp_b1 | self.emp_office,
        )
        self.assertEqual(set(decision_ldtt.award_ids.mapped("kind")), {"annual"})
        # Unit B: one line decided, one not passed: its dossier is done.
        self.assertEqual(self.dossier_b.state, "done")
        self.assertIn("201/QĐ-NV", " ".join(self.dossier_b.message_ids.mapped("body")))

        decision_cstdcs = self.decide(a_cstdcs, "202/QĐ-NV")
        award = decision_cstdcs.award_ids
        # The same person's LĐTT of the same year was paid: the difference only.
        self.assertEqual(award.reward_nominal, 2340000)
        self.assertEqual(award.reward_amount, 2340000 - 710000)
        self.assertEqual(award.reward_rule, "difference")

        # One proposal to the City: CSTĐ thành phố and two Bằng khen.
        c_bk = self.line(self.dossier_c, self.member_1, self.type_city)
        c_bk_unit = self.line(self.dossier_c, self.dept_office, self.type_city)
        proposal = (
            self.env["commendation.proposal"]
            .with_user(self.user_office)
            .create({"name": "30/TTr-NV", "date": date(2025, 12, 18), "year": 2025})
        )
        with self.assertRaisesRegex(UserError, "cannot hold .*the Director decides it"):
            proposal.action_add_lines(
                self.line(self.dossier_a, self.emp_a1, self.type_ldtt)
            )
        proposal.action_add_lines(a_tp | c_bk | c_bk_unit)
        with self.assertRaisesRegex(UserError, "Sign and Send: only the Director"):
            proposal.with_user(self.user_office).action_send()
        proposal.with_user(self.user_director).action_send()
        self.assertEqual(proposal.state, "sent")
        self.assertEqual(set((a_tp | c_bk | c_bk_unit).mapped("state")), {"proposed"})
        self.assertIn(self.user_office, self.activity_users(proposal))
        self.assertNotIn(self.user_director, self.activity_users(proposal))
        # The City grants one, gives another a Bằng khen instead of the title,
        # refuses the third.
        wizard = (
            self.env["commendation.proposal.answer.wizard"]
            .with_user(self.user_office)
            .with_context(default_proposal_id=proposal.id)
            .create(
                {
                    "name": "3120/QĐ-UBND",
                    "date": date(2025, 12, 26),
                    "authority_level": "city",
                }
            )
        )
        self.assertEqual(len(wizard.line_ids), 3)
        rows = {row.line_id: row for row in wizard.line_ids}
        rows[c_bk].write({"outcome": "granted", "gold_book_number": "UB-77"})
        rows[a_tp].write({"outcome": "other", "granted_type_id": self.type_city.id})
        rows[c_bk_unit].write({"outcome": "refused"})
        with self.assertRaisesRegex(UserError, "say why the higher body did not"):
            wizard.action_confirm()
        rows[c_bk_unit].reason = "Chưa đủ 02 năm liên tục hoàn thành xuất sắc"
        action = wizard.action_confirm()
        city = self.env["commendation.decision"].browse(action["res_id"])
        self.assertEqual(city.authority_level, "city")
        self.assertFalse(city.is_own)
        self.assertEqual(city.state, "issued")
        self.assertEqual(proposal.state, "decided")
        self.assertEqual(c_bk.state, "decided")
        self.assertEqual(a_tp.state, "decided")
        self.assertEqual(
            (a_tp.type_id, a_tp.granted_type_id), (self.type_cstd_tp, self.type_city)
        )
        self.assertEqual(a_tp.award_id.type_id, self.type_city)
        self.assertEqual(c_bk.award_id.gold_book_number, "UB-77")
        self.assertFalse(a_tp.award_id.gold_book_number)
        self.assertEqual(c_bk_unit.state, "not_granted")
        self.assertEqual(
            c_bk_unit.not_granted_reason, "Chưa đủ 02 năm liên tục hoàn thành xuất sắc"
        )
        self.assertEqual(set(dossiers.mapped("state")), {"done"})

        # The Director cancels his CSTĐCS decision issued in error.
        with self.assertRaisesRegex(
            UserError, "Cancel the Decision: only the Director"
        ):
            decision_cstdcs.with_user(self.user_office).action_cancel(reason="Sai")
        decision_cstdcs.with_user(self.user_director).action_cancel(
            reason="Nhầm đối tượng"
        )
        self.assertEqual(decision_cstdcs.state, "cancelled")
        self.assertEqual(award.state, "revoked")
        self.assertIn("Nhầm đối tượng", award.revoke_reason)
        self.assertEqual(a_cstdcs.state, "passed")
        self.assertFalse(a_cstdcs.decision_id)
        self.assertEqual(self.dossier_a.state, "in_round")
        with self.assertRaisesRegex(UserError, "never deleted"):
            decision_cstdcs.unlink()

    def test_quorum_failure(self):
        dossier = self.make_dossier()
        session = self.to_session(dossier, present=6, written=3)
        self.assertEqual(session.quorum_required, 7)
        self.assertFalse(session.quorum_reached)
        self.assert_raises_saying(
            UserError,
            (
                "the quorum is not reached: 6 of 10 members present",
                "at least 7 needed",
                "written opinions do not count",
            ),
            self.close,
            session,
        )
        self.assertEqual(session.state, "in_progress")
        # The council's own rule: half of its members.
        self.council.write({"quorum_numerator": 1, "quorum_denominator": 2})
        session.invalidate_recordset()
        self.close(session)
        self.assertEqual(session.state, "closed")
        with self.assertRaisesRegex(ValidationError, "share between 0 and 1"):
            self.council.write({"quorum_numerator": 3})

    def test_secretary_of_another_session(self):
        dossier = self.make_dossier()
        session = self.to_session(dossier)
        session.with_user(self.user_office).write({"secretary_id": self.member_1.id})
        with self.assertRaisesRegex(
            UserError, "secretary of the session \\(Member 1\\)"
        ):
            session.with_user(self.user_council).action_close()
        self.assertFalse(session.with_user(self.user_council).can_close)
        self.close(session, self.user_office)

    def test_majority_rule_more_than_half(self):
        form = self.env["commendation.type"].create(
            {
                "code": "KT_GK",
                "name": "Director's Certificate (test)",
                "category": "form",
                "recipient_kind": "individual",
                "vote_threshold": 50,
                "vote_rule": "more_than",
                "coefficient_individual": 0.3,
            }
        )
        self.assertEqual(form._votes_required(10), 6)
        self.assertEqual(form._votes_required(9), 5)
        self.assertEqual(self.type_cstdcs._votes_required(10), 8)
        self.assertEqual(self.type_cstdcs._votes_required(9), 8)  # 7.2 → 8
        self.assertEqual(self.type_ldtt._votes_required(10), 0)
        dossier = self.make_dossier(lines=[(self.emp_a1, form), (self.emp_a2, form)])
        session = self.to_session(dossier)
        self.vote(session, {0: (5, 5), 1: (6, 4)})
        self.close(session)
        self.assertEqual(
            dossier.line_ids.sorted("id").mapped("state"), ["not_passed", "passed"]
        )

    def test_titles_decided_together_pay_the_highest(self):
        dossier = self.make_dossier(
            lines=[(self.emp_a1, self.type_ldtt), (self.emp_a1, self.type_cstdcs)]
        )
        self.attach(dossier, self.kind_report | self.kind_minutes)
        session = self.to_session(dossier)
        self.vote(session, {1: (10, 0)})
        self.close(session)
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create({"name": "7/QĐ-NV", "date": self.decision_date, "year": 2025})
        )
        decision.action_add_lines(dossier.line_ids)
        decision.with_user(self.user_director).action_issue()
        awards = {a.type_id: a for a in decision.award_ids}
        self.assertEqual(awards[self.type_cstdcs].reward_amount, 2340000)
        self.assertEqual(awards[self.type_cstdcs].reward_rule, "full")
        self.assertEqual(awards[self.type_ldtt].reward_amount, 0)
        self.assertEqual(awards[self.type_ldtt].reward_nominal, 710000)
        self.assertEqual(awards[self.type_ldtt].reward_rule, "lower")
        # A title and a form are both paid.
        form_dossier = self.make_dossier(lines=[(self.emp_a1, self.type_city)])
        session = self.to_session(form_dossier, session=self.new_session())
        self.close(session)
        city = self.decide(form_dossier.line_ids, "9/QĐ-UBND", user=self.user_office)
        self.assertEqual(city.award_ids.reward_amount, 3510000)
        self.assertEqual(city.award_ids.reward_rule, "full")

    def test_not_eligible_needs_an_override(self):
        self.env["commendation.criterion"].create(
            {"type_id": self.type_ldtt.id, "kind": "rating_min", "rating": "good"}
        )
        dossier = self.make_dossier()
        line = dossier.line_ids
        self.assertEqual(line.eligibility_state, "not_eligible")
        self.close(self.to_session(dossier))
        self.assertEqual(line.state, "passed")
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create({"name": "8/QĐ-NV", "date": self.decision_date, "year": 2025})
        )
        decision.action_add_lines(line)
        with self.assertRaisesRegex(
            UserError, "judged not eligible: the Office records"
        ):
            decision.with_user(self.user_director).action_issue()
        with self.assertRaisesRegex(UserError, "Override Eligibility: only the Office"):
            line.with_user(self.user_director).action_override(reason="x")
        with self.assertRaisesRegex(UserError, "a reason is required"):
            line.with_user(self.user_office).action_override(reason=" ")
        line.with_user(self.user_office).action_override(
            reason="Hoàn thành tốt nhiệm vụ theo xác nhận của Trưởng phòng"
        )
        self.assertIn("Eligibility overridden", dossier.message_ids[0].body)
        decision.with_user(self.user_director).action_issue()
        self.assertEqual(line.state, "decided")

    def test_decision_checks_number_date_and_session(self):
        dossier = self.make_dossier()
        self.close(self.to_session(dossier))
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create({"year": 2025})
        )
        decision.action_add_lines(dossier.line_ids)
        with self.assertRaisesRegex(UserError, "fill in the number, date"):
            decision.with_user(self.user_director).action_issue()
        decision.write({"name": "5/QĐ-NV", "date": date(2025, 12, 1)})
        with self.assertRaisesRegex(UserError, "before the council session"):
            decision.with_user(self.user_director).action_issue()
        decision.write({"date": self.decision_date})
        decision.with_user(self.user_director).action_issue()
        with self.assertRaisesRegex(UserError, "only its signed scan"):
            decision.with_user(self.user_office).write({"name": "6/QĐ-NV"})
        decision.with_user(self.user_office).write(
            {"signed_file": b"JVBERi0=", "signed_file_name": "qd.pdf"}
        )

    def test_drop_and_remove_from_agenda(self):
        dossier = self.make_dossier(
            lines=[(self.emp_a1, self.type_ldtt), (self.emp_a2, self.type_ldtt)]
        )
        session = self.to_session(dossier)
        first, second = dossier.line_ids.sorted("id")
        session.with_user(self.user_office).action_remove_lines(first)
        self.assertEqual(
            (first.state, first.session_id),
            ("verified", self.env["commendation.council.session"]),
        )
        action = second.with_user(self.user_office).action_drop()
        self.assertEqual(action["res_model"], "commendation.round.reason.wizard")
        with self.assertRaisesRegex(UserError, "Drop: only the Office can do this"):
            second.with_user(self.user_unit_a).action_drop(reason="x")
        second.with_user(self.user_office).action_drop(reason="Chuyển công tác")
        self.assertEqual(second.state, "dropped")
        self.assertIn("Chuyển công tác", dossier.message_ids[0].body)
        session.with_user(self.user_office).action_reset()
        self.assertEqual(session.state, "draft")
        self.assertEqual(dossier.state, "verified")


@tagged("post_install", "-at_install")
class TestGoldBookConcurrency(DossierCase):
    """Two decisions issued from two transactions at once get distinct
    Gold Book numbers (drawn from a PostgreSQL sequence, not a MAX + 1)."""

    def _issue_in(self, env, tag):
        Department = env["hr.department"]
        unit = Department.create({"name": f"Unit {tag} (concurrency)"})
        people = env["hr.employee"].create(
            [{"name": f"Person {tag}{i}", "department_id": unit.id} for i in range(3)]
        )
        ctype = env["commendation.type"].search([("code", "=", "LDTT")], limit=1)
        council = env["emulation.council"].create(
            {
                "name": f"Council {tag}",
                "member_ids": [(0, 0, {"employee_id": e.id}) for e in people],
            }
        )
        dossier = env["commendation.dossier"].create(
            {
                "department_id": unit.id,
                "year": 2025,
                "date": date(2025, 12, 1),
                "line_ids": [
                    (0, 0, {"employee_id": e.id, "type_id": ctype.id}) for e in people
                ],
            }
        )
        env["commendation.dossier.document"].create(
            [
                {"dossier_id": dossier.id, "kind_id": kind.id, "file": b"JVBERi0="}
                for kind in ctype.required_document_kind_ids
            ]
        )
        dossier.action_submit()
        dossier.action_verify()
        session = env["commendation.council.session"].create(
            {"council_id": council.id, "date": date(2025, 12, 10), "year": 2025}
        )
        session.action_add_dossiers(dossier)
        session.action_start()
        session.present_member_ids = council.member_ids
        session.action_close()
        env["emulation.rating"].create(
            [{"employee_id": e.id, "year": 2025, "rating": "good"} for e in people]
        )
        decision = env["commendation.decision"].create(
            {"name": f"{tag}/QĐ", "date": date(2025, 12, 20), "year": 2025}
        )
        decision.action_add_lines(dossier.line_ids)
        return decision

    def test_two_transactions_distinct_numbers(self):
        connection = sql_db.db_connect(self.env.cr.dbname)
        cr_1, cr_2 = connection.cursor(), connection.cursor()
        try:
            context = {"tracking_disable": True, "mail_create_nolog": True}
            env_1 = api.Environment(cr_1, SUPERUSER_ID, context)
            env_2 = api.Environment(cr_2, SUPERUSER_ID, context)
            first = self._issue_in(env_1, "A")
            second = self._issue_in(env_2, "B")
            # Both issue while the other's transaction is still open.
            first.action_issue()
            second.action_issue()
            numbers_1 = set(first.award_ids.mapped("gold_book_number"))
            numbers_2 = set(second.award_ids.mapped("gold_book_number"))
            self.assertEqual(len(numbers_1), 3)
            self.assertEqual(len(numbers_2), 3)
            self.assertFalse(numbers_1 & numbers_2, (numbers_1, numbers_2))
        finally:
            cr_1.rollback()
            cr_2.rollback()
            cr_1.close()
            cr_2.close()
