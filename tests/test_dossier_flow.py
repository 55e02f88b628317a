from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DossierCase


@tagged("post_install", "-at_install")
class TestDossierFlow(DossierCase):
    """A unit's dossier: from the unit to the Office; its lines then go their
    own way through the round (tests/test_round.py)."""

    def activity_users(self, record):
        return record.sudo().activity_ids.user_id

    def test_submit_verify_and_lines_follow(self):
        dossier = self.make_dossier(
            lines=[(self.emp_a1, self.type_ldtt), (self.emp_a2, self.type_cstdcs)]
        )
        self.assertEqual(dossier.state, "draft")
        self.assertTrue(dossier.name.startswith("HS/2025/"), dossier.name)
        self.assertEqual(dossier.line_count, 2)
        self.assertEqual(set(dossier.line_ids.mapped("state")), {"draft"})
        self.attach(dossier, self.kind_report | self.kind_minutes)
        self.assertTrue(dossier.with_user(self.user_unit_a).can_submit)
        self.assertFalse(dossier.with_user(self.user_office).can_verify)
        dossier.with_user(self.user_unit_a).action_submit()
        self.assertEqual(dossier.state, "submitted")
        self.assertIn(self.user_office, self.activity_users(dossier))
        self.assertFalse(dossier.with_user(self.user_unit_a).can_verify)
        self.assertTrue(dossier.with_user(self.user_office).can_verify)
        dossier.with_user(self.user_office).action_verify()
        self.assertEqual(dossier.state, "verified")
        self.assertEqual(set(dossier.line_ids.mapped("state")), {"verified"})
        # The Office now puts the lines on a session.
        self.assertIn(self.user_office, self.activity_users(dossier))
        bodies = " ".join(dossier.message_ids.mapped("body"))
        for word in ("submitted", "checked"):
            self.assertIn(word, bodies)

    def test_refusals_by_group(self):
        dossier = self.make_dossier()
        with self.assertRaisesRegex(UserError, "Verify: only the Office can do this"):
            dossier.with_user(self.user_unit_a).action_verify()
        with self.assertRaisesRegex(UserError, "Submit: only unit officers can do"):
            dossier.with_user(self.user_director).action_submit()
        with self.assertRaisesRegex(
            UserError, "it is Draft, and this step needs it to be Submitted"
        ):
            dossier.with_user(self.user_office).action_verify()
        with self.assertRaisesRegex(
            UserError, "Reject: only the Office or the Director can do this"
        ):
            dossier.with_user(self.user_unit_a).action_reject(reason="x")

    def test_submit_other_department_refused(self):
        dossier = self.make_dossier()
        with self.assertRaisesRegex(UserError, "which is not your department"):
            dossier.with_user(self.user_unit_b).action_submit()
        self.assertFalse(dossier.with_user(self.user_unit_b).can_submit)
        # Sub-departments belong to their parent's officer.
        child = self.make_dossier(
            department=self.dept_a_child, lines=[(self.emp_a_child, self.type_ldtt)]
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
        dossier.with_user(self.user_office).action_verify()
        action = dossier.with_user(self.user_office).action_return()
        self.assertEqual(action["res_model"], "commendation.round.reason.wizard")
        with self.assertRaisesRegex(UserError, "a reason is required"):
            dossier.with_user(self.user_office).action_return(reason="  ")
        wizard = (
            self.env["commendation.round.reason.wizard"]
            .with_user(self.user_office)
            .with_context(**action["context"])
            .create({"reason": "Thiếu báo cáo thành tích"})
        )
        self.assertIn(dossier.name, wizard.record_names)
        wizard.action_confirm()
        self.assertEqual(dossier.state, "returned")
        self.assertEqual(dossier.return_reason, "Thiếu báo cáo thành tích")
        self.assertEqual(set(dossier.line_ids.mapped("state")), {"draft"})
        self.assertEqual(self.activity_users(dossier), self.user_unit_a)
        # The unit fixes and resubmits.
        dossier.line_ids.with_user(self.user_unit_a).write({"achievements": "Bổ sung"})
        dossier.with_user(self.user_unit_a).action_submit()
        self.assertEqual(dossier.state, "submitted")
        self.assertFalse(dossier.return_reason)

    def test_reject_and_cancel(self):
        dossier = self.make_dossier()
        dossier.with_user(self.user_unit_a).action_submit()
        with self.assertRaisesRegex(UserError, "only the Office can cancel it now"):
            dossier.with_user(self.user_unit_a).action_cancel()
        dossier.with_user(self.user_director).action_reject(reason="Không đủ điều kiện")
        self.assertEqual(dossier.state, "rejected")
        self.assertEqual(dossier.line_ids.state, "dropped")
        self.assertFalse(dossier.sudo().activity_ids)
        with self.assertRaisesRegex(UserError, "it is Rejected"):
            dossier.with_user(self.user_office).action_reject(reason="again")
        draft = self.make_dossier()
        draft.with_user(self.user_unit_a).action_cancel()
        self.assertEqual(draft.state, "cancelled")
        self.assertEqual(draft.line_ids.state, "dropped")
        draft.with_user(self.user_unit_a).action_draft()
        self.assertEqual(draft.state, "draft")
        self.assertEqual(draft.line_ids.state, "draft")

    def test_direct_state_write_refused(self):
        dossier = self.make_dossier()
        for user in (self.user_unit_a, self.user_office, self.user_director):
            with self.assertRaisesRegex(UserError, "cannot be changed directly"):
                dossier.with_user(user).write({"state": "done"})
        with self.assertRaisesRegex(UserError, "starts in its first status"):
            self.env["commendation.dossier"].with_user(self.user_office).create(
                {"department_id": self.dept_a.id, "state": "verified"}
            )
        with self.assertRaisesRegex(UserError, "change only through the round"):
            dossier.line_ids.with_user(self.user_office).write({"state": "passed"})
        self.assertEqual(dossier.state, "draft")

    def test_line_content_editing_rules(self):
        dossier = self.make_dossier()
        with self.assertRaisesRegex(UserError, "not on an open session"):
            dossier.line_ids.with_user(self.user_office).write({"votes_for": 3})
        dossier.with_user(self.user_unit_a).action_submit()
        with self.assertRaisesRegex(UserError, "cannot be changed any more"):
            dossier.line_ids.with_user(self.user_unit_a).write(
                {"type_id": self.type_cstdcs.id}
            )
        # The Office may still correct a submitted or verified proposal.
        dossier.line_ids.with_user(self.user_office).write({"achievements": "Sửa"})
        dossier.with_user(self.user_office).action_verify()
        dossier.line_ids.with_user(self.user_office).write({"achievements": "Sửa 2"})
        self.to_session(dossier)
        with self.assertRaisesRegex(UserError, "cannot be changed any more"):
            dossier.line_ids.with_user(self.user_office).write(
                {"type_id": self.type_cstdcs.id}
            )

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
