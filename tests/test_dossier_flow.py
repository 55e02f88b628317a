from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .commendation_common import CommendationCase


@tagged("post_install", "-at_install")
class TestDossierFlow(CommendationCase):
    def activity_users(self, dossier):
        return dossier.sudo().activity_ids.user_id

    def test_whole_way_department_level(self):
        dossier = self.make_dossier(
            lines=[(self.emp_a1, self.type_ldtt), (self.emp_a2, self.type_cstdcs)]
        )
        self.assertEqual(dossier.state, "draft")
        self.assertTrue(dossier.name.startswith("HS/2025/"), dossier.name)
        self.assertEqual(dossier.line_count, 2)
        # Eligibility is there as soon as the line exists.
        for line in dossier.line_ids:
            self.assertIn(
                line.eligibility_state, ("eligible", "not_eligible", "unknown")
            )
        self.attach(dossier, self.kind_report | self.kind_minutes)

        dossier.with_user(self.user_unit_a).action_submit()
        self.assertEqual(dossier.state, "submitted")
        self.assertIn(self.user_office, self.activity_users(dossier))

        dossier.with_user(self.user_office).action_verify()
        self.assertEqual(dossier.state, "verified")
        dossier.with_user(self.user_office).write(
            {"council_id": self.council.id, "council_date": self.council_date}
        )
        dossier.with_user(self.user_office).action_to_council()
        self.assertEqual(dossier.state, "council")
        # The vote goes to the council secretary; the office's step is done.
        self.assertEqual(self.activity_users(dossier), self.user_council)
        self.assertEqual(dossier.council_member_total, 10)

        dossier.with_user(self.user_council).write(
            {"present_member_ids": [(6, 0, self.council.member_ids.ids)]}
        )
        self.vote(dossier, {0: (9, 1), 1: (8, 2)})
        self.assertTrue(all(dossier.line_ids.mapped("vote_passed")))
        dossier.with_user(self.user_council).action_vote_recorded()
        # Every Director gets the approval (the demo data may hold another).
        self.assertIn(self.user_director, self.activity_users(dossier))
        self.assertNotIn(self.user_council, self.activity_users(dossier))

        dossier.with_user(self.user_director).action_approve()
        self.assertEqual(dossier.state, "approved")
        self.assertFalse(dossier.needs_higher_authority)
        dossier.with_user(self.user_director).write(
            {
                "decision_number": "123/QĐ-SNgV",
                "decision_date": self.decision_date,
                "decision_signer": "Nguyễn Thị Bích Dung",
            }
        )
        dossier.with_user(self.user_director).action_decide()
        self.assertEqual(dossier.state, "decided")
        self.assertFalse(dossier.sudo().activity_ids)
        awards = dossier.award_ids.sorted("id")
        self.assertEqual(len(awards), 2)
        self.assertEqual(awards.employee_id, self.emp_a1 | self.emp_a2)
        self.assertEqual(set(awards.mapped("decision_number")), {"123/QĐ-SNgV"})
        self.assertTrue(all(awards.mapped("gold_book_number")))
        ldtt = awards.filtered(lambda a: a.type_id == self.type_ldtt)
        cstdcs = awards - ldtt
        self.assertEqual(ldtt.reward_amount, 710000)  # 0,3 × 2.340.000 rounded up
        self.assertEqual(cstdcs.reward_amount, 2340000)
        self.assertEqual(dossier.line_ids.award_id, awards)
        # Every move is on the chatter.
        bodies = " ".join(dossier.message_ids.mapped("body"))
        for word in ("submitted", "checked", "agenda", "Approved", "Decision recorded"):
            self.assertIn(word, bodies)
        # The awards show on the employee.
        self.assertEqual(self.emp_a1.commendation_award_count, 1)
        self.assertEqual(self.emp_a1.commendation_award_ids, ldtt)

    def test_higher_authority_is_proposed_then_recorded(self):
        dossier = self.make_dossier(lines=[(self.emp_a1, self.type_city)])
        self.to_council(dossier)
        dossier.with_user(self.user_council).action_vote_recorded()
        dossier.with_user(self.user_director).action_approve()
        self.assertTrue(dossier.needs_higher_authority)
        dossier.write(
            {"decision_number": "9/QĐ-UBND", "decision_date": self.decision_date}
        )
        with self.assertRaisesRegex(UserError, "propose it upwards first"):
            dossier.with_user(self.user_director).action_decide()
        dossier.with_user(self.user_director).action_propose()
        self.assertEqual(dossier.state, "proposed")
        self.assertIn(self.user_office, self.activity_users(dossier))
        dossier.with_user(self.user_office).action_decide()
        self.assertEqual(dossier.state, "decided")
        self.assertEqual(dossier.award_ids.reward_amount, 3510000)  # 1,5 × 2.340.000

    def test_propose_refused_when_director_decides(self):
        dossier = self.make_dossier()
        self.to_council(dossier)
        dossier.with_user(self.user_director).action_approve()
        with self.assertRaisesRegex(UserError, "decided by the Director"):
            dossier.with_user(self.user_director).action_propose()

    def test_refusals_by_group(self):
        dossier = self.make_dossier()
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            dossier.with_user(self.user_unit_a).action_verify()
        with self.assertRaisesRegex(UserError, "only unit officers can do this"):
            dossier.with_user(self.user_director).action_submit()
        with self.assertRaisesRegex(UserError, "is Draft; this step is only possible"):
            dossier.with_user(self.user_office).action_verify()
        dossier.with_user(self.user_unit_a).action_submit()
        dossier.with_user(self.user_office).action_verify()
        with self.assertRaisesRegex(UserError, "Send to Council: set the council"):
            dossier.with_user(self.user_office).action_to_council()
        dossier.with_user(self.user_office).write(
            {"council_id": self.council.id, "council_date": self.council_date}
        )
        dossier.with_user(self.user_office).action_to_council()
        with self.assertRaisesRegex(UserError, "only the Director can do this"):
            dossier.with_user(self.user_office).action_approve()
        with self.assertRaisesRegex(UserError, "list the members present"):
            dossier.with_user(self.user_council).action_vote_recorded()

    def test_submit_other_department_refused(self):
        dossier = self.make_dossier()
        with self.assertRaises(UserError):
            dossier.with_user(self.user_unit_b).action_submit()
        # Sub-departments belong to their parent's officer.
        child = self.make_dossier(
            department=self.dept_a_child, lines=[(self.emp_child, self.type_ldtt)]
        )
        child.with_user(self.user_unit_a).action_submit()
        self.assertEqual(child.state, "submitted")

    def test_submit_needs_lines_and_documents(self):
        empty = self.make_dossier(lines=[])
        with self.assertRaisesRegex(UserError, "proposes nobody"):
            empty.with_user(self.user_unit_a).action_submit()
        dossier = self.make_dossier(lines=[(self.emp_a1, self.type_cstdcs)])
        with self.assertRaises(UserError) as cm:
            dossier.with_user(self.user_unit_a).action_submit()
        message = str(cm.exception)
        self.assertIn("lacks required documents", message)
        self.assertIn("Achievement report (test)", message)
        self.assertIn("Council minutes (test)", message)
        self.attach(dossier, self.kind_report)
        with self.assertRaises(UserError) as cm:
            dossier.with_user(self.user_unit_a).action_submit()
        self.assertNotIn("Achievement report (test)", str(cm.exception))
        self.assertIn("Council minutes (test)", str(cm.exception))
        self.attach(dossier, self.kind_minutes)
        dossier.with_user(self.user_unit_a).action_submit()
        self.assertEqual(dossier.state, "submitted")

    def test_thematic_needs_movement(self):
        dossier = self.make_dossier(kind="thematic")
        with self.assertRaisesRegex(UserError, "must name the emulation movement"):
            dossier.with_user(self.user_unit_a).action_submit()
        movement = self.env["emulation.movement"].create(
            {"name": "Phong trào thi đua chuyên đề (test)", "kind": "thematic"}
        )
        dossier.with_user(self.user_unit_a).write({"movement_id": movement.id})
        dossier.with_user(self.user_unit_a).action_submit()
        self.assertEqual(dossier.state, "submitted")

    def test_return_and_resubmit(self):
        dossier = self.make_dossier()
        dossier.with_user(self.user_unit_a).action_submit()
        action = dossier.with_user(self.user_office).action_return()
        self.assertEqual(action["res_model"], "commendation.dossier.reason.wizard")
        with self.assertRaisesRegex(UserError, "a reason is required"):
            dossier.with_user(self.user_office).action_return(reason="  ")
        wizard = (
            self.env["commendation.dossier.reason.wizard"]
            .with_user(self.user_office)
            .create(
                {
                    "dossier_ids": [(6, 0, dossier.ids)],
                    "mode": "returned",
                    "reason": "Thiếu báo cáo thành tích",
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(dossier.state, "returned")
        self.assertEqual(dossier.return_reason, "Thiếu báo cáo thành tích")
        self.assertEqual(self.activity_users(dossier), self.user_unit_a)
        # The unit fixes and resubmits.
        dossier.line_ids.with_user(self.user_unit_a).write({"achievements": "Bổ sung"})
        dossier.with_user(self.user_unit_a).action_submit()
        self.assertEqual(dossier.state, "submitted")
        self.assertFalse(dossier.return_reason)

    def test_reject_and_cancel(self):
        dossier = self.make_dossier()
        dossier.with_user(self.user_unit_a).action_submit()
        with self.assertRaisesRegex(UserError, "Cancel: the dossier"):
            dossier.with_user(self.user_unit_a).action_cancel()
        dossier.with_user(self.user_director).action_reject(reason="Không đủ điều kiện")
        self.assertEqual(dossier.state, "rejected")
        self.assertFalse(dossier.sudo().activity_ids)
        with self.assertRaisesRegex(UserError, "Reject: the dossier"):
            dossier.with_user(self.user_office).action_reject(reason="again")
        draft = self.make_dossier()
        draft.with_user(self.user_unit_a).action_cancel()
        self.assertEqual(draft.state, "cancelled")
        draft.with_user(self.user_unit_a).action_draft()
        self.assertEqual(draft.state, "draft")

    def test_direct_state_write_refused(self):
        dossier = self.make_dossier()
        for user in (self.user_unit_a, self.user_office, self.user_director):
            with self.assertRaisesRegex(UserError, "cannot be edited directly"):
                dossier.with_user(user).write({"state": "decided"})
        with self.assertRaisesRegex(UserError, "starts as a draft"):
            self.env["commendation.dossier"].with_user(self.user_office).create(
                {"department_id": self.dept_a.id, "state": "approved"}
            )
        self.assertEqual(dossier.state, "draft")

    def test_threshold_on_total_members(self):
        dossier = self.make_dossier(
            lines=[
                (self.emp_a1, self.type_cstdcs),
                (self.emp_a2, self.type_cstdcs),
            ]
        )
        self.attach(dossier, self.kind_report | self.kind_minutes)
        self.to_council(dossier, present=8)
        self.assertEqual(dossier.council_member_total, 10)
        lines = dossier.line_ids.sorted("id")
        self.vote(dossier, {0: (8, 0), 1: (7, 1)})
        self.assertEqual(lines[0].votes_required, 8)
        self.assertTrue(lines[0].vote_passed)  # 8 of 10 members = 80 %
        self.assertFalse(lines[1].vote_passed)  # 7 of 8 present, 7/10 < 80 %
        self.vote(dossier, {1: (7, 0)})
        self.assertFalse(lines[1].vote_passed)  # 7/10
        # (assertRaises, unlike assertRaisesRegex, rolls the failed write back)
        with self.assertRaises(ValidationError) as cm:
            self.vote(dossier, {1: (8, 1)})
        self.assertIn("only 8 members took part", str(cm.exception))
        with self.assertRaises(UserError) as cm:
            dossier.with_user(self.user_director).action_approve()
        self.assertIn("did not reach the threshold", str(cm.exception))
        self.assertIn(self.emp_a2.name, str(cm.exception))
        # Drop the failed line: the rest is approved.
        lines[1].with_user(self.user_office).write(
            {"dropped": True, "drop_reason": "7/10 phiếu"}
        )
        dossier.with_user(self.user_director).action_approve()
        dossier.write({"decision_number": "1/QĐ", "decision_date": self.decision_date})
        dossier.with_user(self.user_director).action_decide()
        self.assertEqual(dossier.award_ids.employee_id, self.emp_a1)

    def test_vote_editing_rules(self):
        dossier = self.make_dossier()
        with self.assertRaisesRegex(UserError, "Votes are recorded by the council"):
            dossier.line_ids.with_user(self.user_office).write({"votes_for": 3})
        self.to_council(dossier)
        with self.assertRaises(UserError):
            dossier.line_ids.with_user(self.user_unit_a).write({"votes_for": 3})
        with self.assertRaisesRegex(UserError, "cannot be changed any more"):
            dossier.line_ids.with_user(self.user_office).write(
                {"type_id": self.type_cstdcs.id}
            )

    def test_decide_needs_decision_fields(self):
        dossier = self.make_dossier()
        self.to_council(dossier)
        dossier.with_user(self.user_director).action_approve()
        with self.assertRaisesRegex(UserError, "decision number, decision date"):
            dossier.with_user(self.user_director).action_decide()
        with self.assertRaisesRegex(UserError, "only the Director can do this"):
            dossier.write(
                {"decision_number": "2/QĐ", "decision_date": self.decision_date}
            )
            dossier.with_user(self.user_office).action_decide()

    def test_recipients_fit_kind_and_type(self):
        with self.assertRaisesRegex(ValidationError, "is not awarded to"):
            self.make_dossier(lines=[(self.dept_a, self.type_ldtt)])
        with self.assertRaisesRegex(ValidationError, "is not awarded to"):
            self.make_dossier(lines=[(self.emp_a1, self.type_collective)])
        self.make_dossier(
            lines=[(self.dept_a, self.type_collective), (self.dept_a, self.type_city)]
        )
        with self.assertRaisesRegex(ValidationError, "proposed twice"):
            self.make_dossier(
                lines=[(self.emp_a1, self.type_ldtt), (self.emp_a1, self.type_ldtt)]
            )
        with self.assertRaisesRegex(ValidationError, "partners\\) only"):
            self.make_dossier(kind="foreign")
        partner = self.env["res.partner"].create(
            {"name": "John Smith", "country_id": self.env.ref("base.us").id}
        )
        foreign = (
            self.env["commendation.dossier"]
            .with_user(self.user_office)
            .create(
                {
                    "department_id": self.dept_a.id,
                    "kind": "foreign",
                    "line_ids": [
                        (
                            0,
                            0,
                            {"partner_id": partner.id, "type_id": self.type_foreign.id},
                        )
                    ],
                }
            )
        )
        self.assertEqual(foreign.line_ids.recipient_kind, "foreign")
        with self.assertRaisesRegex(ValidationError, "only be proposed in a foreign"):
            self.make_dossier(lines=[]).sudo().write(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {"partner_id": partner.id, "type_id": self.type_foreign.id},
                        )
                    ]
                }
            )

    def test_eligibility_follows_data(self):
        """The stored eligibility is there at once and follows the data."""
        if "commendation.criterion" not in self.env:
            line = self.make_dossier().line_ids
            self.assertEqual(line.eligibility_state, "unknown")
            return
        self.env["commendation.criterion"].create(
            {"type_id": self.type_ldtt.id, "kind": "rating_min", "rating": "good"}
        )
        dossier = self.make_dossier()
        line = dossier.line_ids
        self.assertEqual(line.eligibility_state, "not_eligible", line.eligibility_note)
        # A rating recorded later: the line follows without any button.
        rating = self.env["emulation.rating"].create(
            {"employee_id": self.emp_a1.id, "year": 2025, "rating": "good"}
        )
        self.assertEqual(line.eligibility_state, "eligible", line.eligibility_note)
        rating.rating = "complete"
        self.assertEqual(line.eligibility_state, "not_eligible", line.eligibility_note)
        rating.rating = "excellent"
        self.assertEqual(line.eligibility_state, "eligible", line.eligibility_note)
        self.env["emulation.discipline"].create(
            {
                "employee_id": self.emp_a1.id,
                "form": "warning",
                "date": "2025-03-01",
                "date_block_start": "2025-03-01",
                "date_block_end": "2026-03-01",
            }
        )
        self.assertEqual(line.eligibility_state, "not_eligible")
        self.assertIn("Disciplined", line.eligibility_note)
        self.assertTrue(dossier.action_check_eligibility())
        self.assertEqual(line.eligibility_state, "not_eligible")
        self.assertEqual(dossier.warning_count, 1)
