"""Units and people on the agency's first day and through reorganisations:
collective ratings, pending matters, awards from other issuers, the
organisation's order, predecessors and dissolution, users without e-mail, and
the first-run checklist."""

import ast
import pathlib
from datetime import date, timedelta

from lxml import etree

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import new_test_user, tagged
from odoo.tools.misc import file_path

from .test_eligibility import DATE_152, EligibilityCase

MODULE = "emulation_commendation"


@tagged("post_install", "-at_install")
class TestCollectiveRating(EligibilityCase):
    """Collectives are judged on the unit's own rating, not on its head's."""

    def test_unit_rating_not_head_rating(self):
        # The head is rated excellent, the unit was not rated: not eligible.
        self.rate(self.head, {2025: "excellent"})
        result = self.check("TTLDXS", department=self.unit)
        self.assertState(
            result,
            "not_eligible",
            "Unit Eligibility Unit (collective rating): No quality rating "
            "recorded for 2025",
        )
        self.assertNotIn("Head", result[1].split("\n")[0])
        # The unit rated excellent while its head is not: the rating holds.
        self.env["emulation.rating"].search(
            [("employee_id", "=", self.head.id)]
        ).rating = "incomplete"
        self.rate_unit(self.unit, {2025: "excellent"})
        self.assertIn(
            "Unit Eligibility Unit (collective rating): Rating 2025: Excellently "
            "Completed (HTXS) — met",
            self.check("TTLDXS", department=self.unit)[1],
        )

    def test_unit_rating_one_per_year(self):
        self.rate_unit(self.unit, {2025: "good"})
        with self.assertRaises(ValidationError):
            self.rate_unit(self.unit, {2025: "excellent"})

    def test_unit_rating_on_department_form(self):
        self.rate_unit(self.unit, {2024: "good", 2025: "excellent"})
        self.assertEqual(
            sorted(self.unit.emulation_department_rating_ids.mapped("year")),
            [2024, 2025],
        )


@tagged("post_install", "-at_install")
class TestPendingMatters(EligibilityCase):
    """A disciplinary review, inspection or complaint under way blocks awards
    while it is open (domain §B.1.d)."""

    def matter(self, kind="disciplinary_review", start=date(2025, 11, 1), **vals):
        return self.env["emulation.pending.matter"].create(
            dict({"kind": kind, "date_start": start}, **vals)
        )

    def test_open_matter_blocks_person(self):
        self.rate(self.person, {2025: "good"})
        self.assertState(self.check("LDTT", self.person), "eligible")
        matter = self.matter(employee_id=self.person.id, reference="12/TB-NV")
        self.assertState(
            self.check("LDTT", self.person),
            "not_eligible",
            "Disciplinary Review under way since 2025-11-01: no award while it "
            "is open.",
        )
        # closed before the dossier's date: awards count again
        matter.date_end = date(2025, 12, 1)
        self.assertState(self.check("LDTT", self.person), "eligible")

    def test_matter_still_open_today_blocks_past_request(self):
        """A request dated in the past is blocked by a matter open today."""
        self.rate(self.person, {2024: "good"})
        self.matter(
            employee_id=self.person.id,
            kind="complaint",
            start=fields.Date.today() - timedelta(days=3),
        )
        self.assertState(
            self.check("LDTT", self.person, year=2024, date=date(2024, 12, 15)),
            "not_eligible",
            "Complaint or Denunciation Being Verified under way",
        )

    def test_open_matter_blocks_unit(self):
        self.rate_unit(self.unit, {2025: "excellent"})
        self.matter(department_id=self.unit.id, kind="inspection")
        self.assertState(
            self.check("CO_TP", department=self.unit),
            "not_eligible",
            "Inspection under way since 2025-11-01",
        )

    def test_dossier_line_follows_matters(self):
        """The stored eligibility of an open dossier line follows the pending
        matters of its recipient."""
        self.rate(self.person, {2025: "good"})
        dossier = self.env["commendation.dossier"].create(
            {
                "title": "Đề nghị (việc đang xem xét)",
                "department_id": self.other_unit.id,
                "year": 2025,
                "date": DATE_152,
            }
        )
        line = self.env["commendation.dossier.line"].create(
            {
                "dossier_id": dossier.id,
                "employee_id": self.person.id,
                "type_id": self.ctype["LDTT"].id,
            }
        )
        self.assertEqual(line.eligibility_state, "eligible")
        matter = self.matter(employee_id=self.person.id)
        self.assertEqual(line.eligibility_state, "not_eligible")
        self.assertIn("Disciplinary Review under way", line.eligibility_note)
        matter.date_end = date(2025, 12, 1)
        self.assertEqual(line.eligibility_state, "eligible")

    def test_matter_concerns_one_subject(self):
        with self.assertRaises(ValidationError):
            self.matter()
        with self.assertRaises(ValidationError):
            self.matter(employee_id=self.person.id, department_id=self.unit.id)
        with self.assertRaises(ValidationError):
            self.matter(employee_id=self.person.id, date_end=date(2025, 10, 1))

    def test_is_open(self):
        Matter = self.env["emulation.pending.matter"]
        today = fields.Date.today()
        open_one = self.matter(employee_id=self.person.id, start=today)
        closed = self.matter(
            employee_id=self.woman.id,
            start=today - timedelta(days=30),
            date_end=today - timedelta(days=1),
        )
        self.assertTrue(open_one.is_open)
        self.assertFalse(closed.is_open)
        found = Matter.search([("id", "in", (open_one | closed).ids)])
        self.assertEqual(found.filtered_domain([("is_open", "=", True)]), open_one)
        self.assertEqual(
            Matter.search([("is_open", "=", False), ("id", "in", found.ids)]), closed
        )
        self.assertEqual(self.person.emulation_pending_matter_count, 1)
        self.assertEqual(self.woman.emulation_pending_matter_count, 0)


@tagged("post_install", "-at_install")
class TestAwardsFromElsewhere(EligibilityCase):
    """An award of the same level from another issuer (another province's
    Bằng khen, the former Hải Dương province's) counts as that level's."""

    def test_other_province_bang_khen_counts(self):
        for employee in self.person | self.woman:
            self.rate_years(employee, 2021, 2025, "good")
            for year in (2021, 2023, 2025):
                self.award("CSTDCS", year, employee)
        self.assertState(self.check("BK_TTG", self.person), "not_eligible")
        # the five years Well Completed run after the Bằng khen (Điều 73 k1 b)
        self.award(
            "BK_UBND",
            2020,
            self.person,
            authority="Chủ tịch UBND tỉnh Hải Dương",
            authority_level="city",
            decision_number="1234/QĐ-UBND",
        )
        self.assertState(
            self.check("BK_TTG", self.person),
            "eligible",
            "Holds Bằng khen của Chủ tịch Ủy ban nhân dân thành phố (2020, decision "
            "1234/QĐ-UBND) — met",
        )


@tagged("post_install", "-at_install")
class TestUnitsChange(EligibilityCase):
    def test_organisation_order(self):
        Department = self.env["hr.department"]
        root_b = Department.create({"name": "B Sở", "sequence": 2})
        root_a = Department.create({"name": "Ư Sở", "sequence": 1})
        child_2 = Department.create(
            {"name": "Đội", "parent_id": root_a.id, "sequence": 2}
        )
        child_1 = Department.create(
            {"name": "Tổ", "parent_id": root_a.id, "sequence": 1}
        )
        same_seq = Department.create(
            {"name": "Dân vận", "parent_id": root_b.id, "sequence": 5}
        )
        same_seq_2 = Department.create(
            {"name": "Đảng vụ", "parent_id": root_b.id, "sequence": 5}
        )
        units = root_b | child_2 | same_seq_2 | root_a | child_1 | same_seq
        self.assertEqual(
            units._emulation_sorted().mapped("name"),
            ["Ư Sở", "Tổ", "Đội", "B Sở", "Dân vận", "Đảng vụ"],
        )
        # lists of units follow the sequence too
        self.assertEqual(
            Department.search([("id", "in", (root_a | root_b).ids)]), root_a | root_b
        )

    def test_predecessors_history(self):
        Department = self.env["hr.department"]
        old_a = Department.create({"name": "Phòng Cũ A"})
        old_b = Department.create({"name": "Phòng Cũ B"})
        older = Department.create({"name": "Phòng Rất Cũ"})
        Change = self.env["emulation.department.change"]
        Change.create(
            [
                {
                    "department_id": self.unit.id,
                    "predecessor_id": old_a.id,
                    "kind": "merged",
                    "date": date(2025, 7, 1),
                },
                {
                    "department_id": self.unit.id,
                    "predecessor_id": old_b.id,
                    "kind": "merged",
                    "date": date(2025, 7, 1),
                },
                {
                    "department_id": old_a.id,
                    "predecessor_id": older.id,
                    "kind": "renamed",
                    "date": date(2020, 1, 1),
                },
                {
                    "department_id": self.unit.id,
                    "predecessor_name": "Phòng Tên Cũ",
                    "kind": "renamed",
                    "date": date(2019, 1, 1),
                },
            ]
        )
        old_a.emulation_dissolved_date = date(2025, 7, 1)
        self.assertFalse(old_a.active, "a dissolved unit is archived")
        award_old = self.award("TTLDXS", 2023, department=old_a)
        award_older = self.award("TTLDTT", 2019, department=older)
        self.rate_unit(old_b, {2024: "excellent"})
        self.unit.invalidate_recordset()
        self.assertEqual(self.unit.emulation_history_award_ids, award_old | award_older)
        self.assertEqual(self.unit.emulation_history_rating_ids.department_id, old_b)
        self.assertEqual(
            sorted(self.unit.emulation_predecessor_ids.mapped("predecessor_name")),
            ["Phòng Cũ A", "Phòng Cũ B", "Phòng Tên Cũ"],
        )
        # no cycle
        with self.assertRaises(ValidationError):
            Change.create(
                {
                    "department_id": older.id,
                    "predecessor_id": self.unit.id,
                    "kind": "merged",
                    "date": date(2025, 8, 1),
                }
            )
        with self.assertRaises(ValidationError):
            Change.create(
                {"department_id": self.unit.id, "kind": "renamed", "date": DATE_152}
            )

    def test_records_stay_with_unit_of_the_time(self):
        rating = self.env["emulation.rating"].create(
            {"employee_id": self.person.id, "year": 2024, "rating": "good"}
        )
        discipline = self.discipline(
            self.person, "reprimand", date(2024, 3, 1), date(2024, 9, 1)
        )
        award = self.award("LDTT", 2024, self.person)
        self.env.flush_all()
        self.assertEqual(rating.department_id, self.other_unit)
        self.person.department_id = self.unit
        self.env.flush_all()
        for record in (rating, discipline):
            self.assertEqual(record.department_id, self.other_unit)
        self.assertEqual(award.employee_department_id, self.other_unit)
        self.assertEqual(award.recipient_unit_name, "Other Unit")


@tagged("post_install", "-at_install")
class TestUsersWithoutEmail(EligibilityCase):
    def test_act_without_email(self):
        user = new_test_user(
            self.env,
            login="no_email_office",
            groups=f"base.group_user,{MODULE}.group_office",
            name="Người Không Thư",
        )
        user.partner_id.email = False
        self.env.company.email = "vanphong@example.com"
        plan = self.env["emulation.plan"].create(
            {"name": "Kế hoạch thử", "year": 2025, "number": "99/KH-TEST"}
        )
        message = plan.with_user(user).message_post(body="Ghi chú")
        self.assertEqual(message.author_id, user.partner_id)
        self.assertIn("vanphong@example.com", message.email_from)
        plan.with_user(user).activity_schedule(
            "mail.mail_activity_data_todo", user_id=self.env.user.id
        )
        # a dossier: its chatter and its next actor's activity
        unit = self.env["hr.department"].create({"name": "Phòng Không Thư"})
        dossier = self.env["commendation.dossier"].create(
            {"title": "Hồ sơ không thư", "department_id": unit.id, "year": 2025}
        )
        message = dossier.with_user(user).message_post(body="Đã kiểm tra hồ sơ")
        self.assertEqual(message.author_id, user.partner_id)
        # Odoo's own records keep their rule.
        employee = self.env["hr.employee"].create({"name": "Someone"})
        with self.assertRaises(UserError):
            employee.with_user(user).sudo(False).message_post(body="x")


@tagged("post_install", "-at_install")
class TestFirstRun(EligibilityCase):
    def test_no_agency_identity_outside_demo(self):
        """A database installed without demo data carries no agency's
        identity: no data file of the manifest names the Sở or its
        Director, nor fills the company's identity."""
        manifest = ast.literal_eval(
            pathlib.Path(file_path(f"{MODULE}/__manifest__.py")).read_text()
        )
        identity = {
            "emulation_parent_agency",
            "emulation_agency_name",
            "emulation_agency_code",
            "emulation_place",
            "emulation_signer_title",
            "emulation_signer_name",
            "emulation_report_partner_ids",
        }
        for name in manifest["data"]:
            if not name.endswith(".xml"):
                continue
            path = pathlib.Path(file_path(f"{MODULE}/{name}"))
            text = path.read_text(encoding="utf-8")
            self.assertNotIn("Bích Dung", text, name)
            tree = etree.fromstring(path.read_bytes())
            for record in tree.iter("record"):
                if record.get("model") == "res.company":
                    names = {f.get("name") for f in record.iter("field")}
                    self.assertFalse(names & identity, name)
        demo = "\n".join(
            pathlib.Path(file_path(f"{MODULE}/{name}")).read_text(encoding="utf-8")
            for name in manifest["demo"]
        )
        self.assertIn("Nguyễn Thị Bích Dung", demo)
        self.assertIn('<field name="emulation_agency_name">SỞ NGOẠI VỤ', demo)

    def test_checklist_lists_what_is_missing(self):
        company = self.env["res.company"].create({"name": "Sở Mới"})
        manager = new_test_user(
            self.env,
            login="first_run_manager",
            groups=f"base.group_user,{MODULE}.group_manager",
            company_id=company.id,
            company_ids=[(6, 0, company.ids)],
        )
        Checklist = self.env["emulation.setup.checklist"].with_user(manager)
        checklist = Checklist.with_company(company).create({"company_id": company.id})
        missing = {
            line.key: line.detail for line in checklist.line_ids if not line.done
        }
        self.assertEqual(set(missing), {"agency", "signer", "council", "plan", "users"})
        self.assertIn("Issuing Agency", missing["agency"])
        self.assertIn("Signer Name", missing["signer"])
        self.assertIn(str(fields.Date.today().year), missing["plan"])
        # the administrator of a fresh install lands on the checklist
        home = Checklist.with_company(company).action_home()
        self.assertEqual(home["res_model"], "emulation.setup.checklist")
        # each missing item opens what fixes it
        agency = checklist.line_ids.filtered(lambda line: line.key == "agency")
        action = agency.action_fix()
        self.assertEqual(action["res_model"], "res.config.settings")

        company.write(
            {
                "emulation_parent_agency": "UBND TỈNH MỚI",
                "emulation_agency_name": "SỞ MỚI",
                "emulation_agency_code": "SM",
                "emulation_place": "Tỉnh Mới",
                "emulation_signer_title": "GIÁM ĐỐC",
                "emulation_signer_name": "Nguyễn Văn Ký",
            }
        )
        self.env["emulation.plan"].create(
            {
                "name": "Kế hoạch năm",
                "year": fields.Date.today().year,
                "number": "1/KH-SM",
                "company_id": company.id,
            }
        )
        checklist.action_refresh()
        missing = {line.key for line in checklist.line_ids if not line.done}
        self.assertEqual(missing, {"council", "users"})
        self.assertEqual(checklist.missing_count, 2)
        # identity set: the app opens on the plans again
        home = Checklist.with_company(company).action_home()
        self.assertEqual(home["res_model"], "emulation.plan")


@tagged("post_install", "-at_install")
class TestNamesAsTheyWere(EligibilityCase):
    """An award, its decision and every reprint keep the recipient's name,
    position and unit of the decision date."""

    def _decide(self, employee, department=None):
        """A decision of the Director issued for one line passed by the
        council (the council's part is forced: it is not under test)."""
        ctype = self.env["commendation.type"].create(
            {
                "code": "NAMES_GK",
                "name": "Giấy khen (tên lúc quyết định)",
                "category": "form",
                "recipient_kind": "individual",
                "allow_collective": True,
                "authority_level": "department",
                "coefficient_individual": 0.3,
                "coefficient_collective": 0.6,
            }
        )
        dossier = self.env["commendation.dossier"].create(
            {
                "title": "Đề nghị khen (tên lúc quyết định)",
                "department_id": self.unit.id,
                "year": 2025,
                "kind": "ad_hoc",
                "date": date(2025, 11, 1),
            }
        )
        lines = self.env["commendation.dossier.line"].create(
            [
                {
                    "dossier_id": dossier.id,
                    "employee_id": employee.id,
                    "type_id": ctype.id,
                },
                {
                    "dossier_id": dossier.id,
                    "department_id": department.id,
                    "type_id": ctype.id,
                },
            ]
        )
        lines.sudo().write({"state": "passed"})
        decision = self.env["commendation.decision"].create(
            {
                "name": "77/QĐ-NV",
                "date": date(2025, 12, 20),
                "authority_level": "department",
                "issuing_body": "Giám đốc Sở Ngoại vụ",
                "line_ids": [(6, 0, lines.ids)],
            }
        )
        decision.action_issue()
        return decision

    def _certificate(self, awards):
        html = self.env["ir.actions.report"]._render_qweb_html(
            "emulation_commendation.report_award_certificate", awards.ids
        )[0]
        return " ".join(html.decode().split())

    def test_rename_move_after_decision(self):
        self.env["commendation.base.salary"].create(
            {"amount": 2340000, "date_from": date(2024, 7, 1)}
        )
        self.person.job_title = "Chuyên viên"
        self.other_unit.name = "Phòng Lãnh sự"
        team = self.env["hr.department"].create(
            {"name": "Tổ Lễ tân", "parent_id": self.other_unit.id}
        )
        decision = self._decide(self.person, team)
        awards = decision.award_ids
        person_award = awards.filtered("employee_id")
        team_award = awards.filtered("department_id")
        before = self._certificate(awards)
        self.assertIn("Person", before)
        self.assertIn("Chuyên viên, Phòng Lãnh sự", before)
        self.assertIn("Tổ Lễ tân", before)

        # Renamed, promoted and moved; the units renamed.
        self.person.write(
            {
                "name": "Person Renamed",
                "job_title": "Phó Trưởng phòng",
                "department_id": self.unit.id,
            }
        )
        self.other_unit.name = "Phòng Lãnh sự và Người Việt Nam ở nước ngoài"
        team.name = "Tổ Lễ tân - Hậu cần"
        self.env.flush_all()
        self.env.invalidate_all()
        self.assertEqual(
            (
                person_award.recipient_name,
                person_award.recipient_job_title,
                person_award.recipient_unit_name,
            ),
            ("Person", "Chuyên viên", "Phòng Lãnh sự"),
        )
        self.assertEqual(team_award.recipient_name, "Tổ Lễ tân")
        self.assertEqual(team_award.recipient_unit_name, "Phòng Lãnh sự")
        for line in decision.line_ids:
            self.assertIn(line.recipient_name, ("Person", "Tổ Lễ tân"))
        after = self._certificate(awards)
        # the unit as it was, not the renamed one
        self.assertIn("Chuyên viên, Phòng Lãnh sự</div>", after.replace(" </", "</"))
        for new_name in (
            "Person Renamed",
            "Phó Trưởng phòng",
            "Hậu cần",
            "ở nước ngoài",
        ):
            self.assertNotIn(new_name, after)

    def test_dissolved_unit_cannot_be_proposed(self):
        old = self.env["hr.department"].create(
            {"name": "Phòng Giải Thể", "emulation_dissolved_date": date(2025, 7, 1)}
        )
        dossier = self.env["commendation.dossier"].create(
            {
                "title": "Đề nghị khen đơn vị đã giải thể",
                "department_id": self.unit.id,
                "year": 2025,
            }
        )
        with self.assertRaisesRegex(
            ValidationError, "Phòng Giải Thể was dissolved on 01/07/2025"
        ):
            self.env["commendation.dossier.line"].create(
                {
                    "dossier_id": dossier.id,
                    "department_id": old.id,
                    "type_id": self.ctype["TTLDTT"].id,
                }
            )
