from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import DATE_152, MODULE, EligibilityCase

DATE_98 = date(2025, 6, 30)


@tagged("post_install", "-at_install")
class TestCriterionKinds(EligibilityCase):
    """Each evaluator, passing and failing, on a type of its own."""

    def kind_type(self, recipient_kind="individual", **criterion):
        ctype = self.env["commendation.type"].create(
            {
                "name": f"Kind {criterion['kind']}",
                "code": f"TEST_{criterion['kind'].upper()}",
                "recipient_kind": recipient_kind,
            }
        )
        self.env["commendation.criterion"].create(
            dict(criterion, type_id=ctype.id, group=1)
        )
        return ctype

    def collective_type(self, **criterion):
        return self.kind_type(recipient_kind="collective", **criterion)

    def test_rating_min(self):
        ctype = self.kind_type(kind="rating_min", rating="good")
        self.rate(self.person, {2025: "good"})
        self.rate(self.woman, {2025: "complete"})
        self.assertState(
            self.check(ctype, self.person),
            "eligible",
            "Rating 2025: Well Completed (HTT) — met",
        )
        self.assertState(
            self.check(ctype, self.woman), "not_eligible", "Completed (HT) — not met"
        )
        self.assertState(
            self.check(ctype, self.head),
            "not_eligible",
            "No quality rating recorded for 2025",
        )

    def test_rating_consecutive(self):
        ctype = self.kind_type(kind="rating_consecutive", rating="good", years=3)
        self.rate_years(self.person, 2023, 2025, "excellent")
        self.rate(self.woman, {2023: "complete", 2024: "good", 2025: "good"})
        self.assertState(
            self.check(ctype, self.person), "eligible", "3 consecutive years"
        )
        self.assertState(
            self.check(ctype, self.woman),
            "not_eligible",
            "Only 2/3 consecutive years rated at least Well Completed (HTT) "
            "(2024, 2025)",
        )

    def test_rating_count(self):
        ctype = self.kind_type(
            kind="rating_count", rating="excellent", years=5, count=2
        )
        self.rate(self.person, {2021: "excellent", 2023: "good", 2025: "excellent"})
        self.rate(self.woman, {2021: "excellent", 2024: "good"})
        self.assertState(self.check(ctype, self.person), "eligible", "2021, 2025")
        self.assertState(
            self.check(ctype, self.woman), "not_eligible", "only 1 times in 2021–2025"
        )

    def test_title_consecutive(self):
        ctype = self.kind_type(
            kind="title_consecutive",
            ref_type_ids=[self.ctype["CSTDCS"].id],
            years=3,
        )
        for year in (2023, 2024, 2025):
            self.award("CSTDCS", year, self.person)
        for year in (2022, 2024, 2025):
            self.award("CSTDCS", year, self.woman)
        self.assertState(
            self.check(ctype, self.person), "eligible", "3 consecutive years"
        )
        self.assertState(
            self.check(ctype, self.woman),
            "not_eligible",
            "Only 2/3 consecutive years as Chiến sĩ thi đua cơ sở (2024, 2025)",
        )

    def test_title_count(self):
        ctype = self.kind_type(
            kind="title_count",
            ref_type_ids=[self.ctype["CSTDCS"].id],
            years=5,
            count=3,
        )
        for year in (2021, 2023, 2025):
            self.award("CSTDCS", year, self.person)
        for year in (2020, 2023, 2025):
            self.award("CSTDCS", year, self.woman)
        self.assertState(self.check(ctype, self.person), "eligible", "3 times")
        self.assertState(
            self.check(ctype, self.woman), "not_eligible", "only 2 times in 2021–2025"
        )

    def test_holds_type(self):
        ctype = self.kind_type(
            kind="holds_type", ref_type_ids=[self.ctype["BK_UBND"].id]
        )
        self.award("BK_UBND", 2019, self.person)
        self.assertState(self.check(ctype, self.person), "eligible", "(2019, decision")
        self.assertState(self.check(ctype, self.woman), "not_eligible", "Does not hold")
        # A revoked award is not held.
        award = self.award("BK_UBND", 2020, self.woman)
        award.sudo().with_context(commendation_award_state_change=True).write(
            {"state": "revoked", "revoke_reason": "False declaration"}
        )
        self.assertState(self.check(ctype, self.woman), "not_eligible")

    def test_initiatives(self):
        ctype = self.kind_type(kind="initiatives", count=1, level="city", years=2)
        self.initiative(self.person, 2024, "city")
        self.initiative(self.woman, 2025, "unit")
        self.initiative(self.woman, 2022, "national")
        self.assertState(self.check(ctype, self.person), "eligible", "1 initiatives")
        self.assertState(
            self.check(ctype, self.woman),
            "not_eligible",
            "Only 0 initiatives recognised at City / Province level or higher",
        )

    def test_initiative_used_for_another_award_does_not_count(self):
        ctype = self.kind_type(kind="initiatives", count=1, level="unit", years=1)
        used = self.initiative(self.person, 2025, name="Used initiative")
        self.assertState(self.check(ctype, self.person), "eligible")
        self.award("GK_GD", 2025, self.person, initiative_ids=[used.id])
        self.assertState(
            self.check(ctype, self.person),
            "not_eligible",
            "already grounds for another award: Used initiative",
        )

    def test_collective_share(self):
        ctype = self.collective_type(
            kind="collective_share", ref_type_ids=[self.ctype["LDTT"].id], percent=80
        )
        for employee in self.head | self.members[:2]:
            self.award("LDTT", 2025, employee)
        self.assert_unit_state(ctype, "not_eligible", "Only 3/4 members (75 %)")
        self.award("LDTT", 2025, self.members[2])
        self.assert_unit_state(ctype, "eligible", "4/4 members")

    def test_collective_share_counts_sub_units(self):
        ctype = self.collective_type(
            kind="collective_share", ref_type_ids=[self.ctype["LDTT"].id], percent=50
        )
        team = self.env["hr.department"].create(
            {"name": "Team", "parent_id": self.other_unit.id}
        )
        self.woman.department_id = team
        self.award("LDTT", 2025, self.woman)
        self.assertState(
            self.check(ctype, department=self.other_unit), "eligible", "1/2 members"
        )

    def test_collective_all_rating_min(self):
        ctype = self.collective_type(
            kind="collective_all_rating_min", rating="complete"
        )
        for employee in self.head | self.members:
            self.rate(employee, {2025: "good"})
        self.assert_unit_state(ctype, "eligible", "All 4 members")
        self.assert_unit_state(
            ctype, "not_eligible", "4 of 4 members not rated", year=2024
        )

    def test_collective_one_holds(self):
        ctype = self.collective_type(
            kind="collective_one_holds", ref_type_ids=[self.ctype["CSTDCS"].id]
        )
        self.assert_unit_state(ctype, "not_eligible", "No member holds")
        self.award("CSTDCS", 2025, self.members[1])
        self.assert_unit_state(ctype, "eligible", "Member 2 holds")

    def test_no_discipline(self):
        ctype = self.collective_type(kind="no_discipline", discipline_form="warning")
        self.discipline(
            self.members[0], "reprimand", date(2025, 3, 1), date(2025, 9, 1)
        )
        self.assert_unit_state(ctype, "eligible")
        self.discipline(self.members[1], "warning", date(2025, 5, 1), date(2026, 5, 1))
        self.assert_unit_state(ctype, "not_eligible", "Member 2 (Warning, 2025-05-01)")

    def test_service_years(self):
        ctype = self.kind_type(kind="service_years", years=20, years_women=15)
        self.person.emulation_service_start = date(2005, 12, 16)
        self.woman.emulation_service_start = date(2010, 12, 1)
        self.assertState(
            self.check(ctype, self.person),
            "not_eligible",
            "Only 19 years of service",
            "20 required for men",
        )
        self.assertState(
            self.check(ctype, self.woman), "eligible", "15 required for women"
        )
        self.assertState(
            self.check(ctype, self.head),
            "unknown",
            "No emulation service start date recorded for Head",
        )

    def test_judgment_and_manual_are_never_a_silent_pass(self):
        judged = self.kind_type(kind="judgment", name="an outstanding deed")
        manual = self.kind_type(kind="manual", name="internal solidarity")
        self.assertState(
            self.check(judged, self.person),
            "unknown",
            "Left to the council's judgment: an outstanding deed",
        )
        self.assertState(
            self.check(manual, self.person),
            "unknown",
            "To check by hand: internal solidarity",
        )

    def test_criterion_parameters_required(self):
        ctype = self.kind_type(kind="judgment")
        with self.assertRaisesRegex(ValidationError, "needs: Minimum Rating"):
            self.env["commendation.criterion"].create(
                {"type_id": ctype.id, "kind": "rating_min"}
            )
        with self.assertRaisesRegex(ValidationError, "cannot stop applying"):
            self.env["commendation.criterion"].create(
                {
                    "type_id": ctype.id,
                    "kind": "judgment",
                    "date_from": date(2025, 7, 1),
                    "date_to": date(2025, 6, 30),
                }
            )

    def test_groups_and_alternatives(self):
        """(A) or (B and C), and D: BK UBND-like structure."""
        ctype = self.env["commendation.type"].create(
            {"name": "Composite", "code": "TEST_COMPOSITE"}
        )
        Criterion = self.env["commendation.criterion"]
        cstdcs = self.ctype["CSTDCS"]
        Criterion.create(
            [
                {
                    "type_id": ctype.id,
                    "group": 1,
                    "kind": "title_consecutive",
                    "ref_type_ids": [cstdcs.id],
                    "years": 2,
                },
                {
                    "type_id": ctype.id,
                    "group": 1,
                    "alternative": 1,
                    "kind": "rating_consecutive",
                    "rating": "excellent",
                    "years": 2,
                },
                {
                    "type_id": ctype.id,
                    "group": 1,
                    "alternative": 1,
                    "kind": "initiatives",
                    "count": 2,
                    "years": 2,
                },
            ]
        )
        self.rate_years(self.person, 2024, 2025, "excellent")
        self.initiative(self.person, 2024)
        result = self.check(ctype, self.person)
        self.assertState(result, "not_eligible", "Only 1 initiatives")
        self.initiative(self.person, 2025)
        result = self.check(ctype, self.person)
        self.assertState(result, "eligible", "2 initiatives")
        # The group holds through the second route: the failed first route
        # is not listed as a reason.
        self.assertNotIn("consecutive years as", result[1])


@tagged("post_install", "-at_install")
class TestCrossCuttingRules(EligibilityCase):
    def test_discipline_blocks(self):
        self.rate(self.person, {2025: "excellent"})
        self.assertState(self.check("LDTT", self.person), "eligible")
        self.discipline(self.person, "reprimand", date(2025, 10, 1), date(2026, 3, 31))
        self.assertState(
            self.check("LDTT", self.person),
            "not_eligible",
            "Disciplined (Reprimand, decision of 2025-10-01)",
        )
        # A discipline period over before the year does not block.
        self.rate(self.woman, {2025: "good"})
        self.discipline(self.woman, "warning", date(2023, 1, 1), date(2024, 1, 1))
        self.assertState(self.check("LDTT", self.woman), "eligible")

    def test_one_achievement_one_award(self):
        self.rate(self.person, {2025: "good"})
        self.award("LDTT", 2025, self.person, decision_number="99/QĐ-SNgV")
        self.assertState(
            self.check("LDTT", self.person),
            "not_eligible",
            "Already awarded Lao động tiên tiến for 2025 (decision 99/QĐ-SNgV)",
        )
        # Another year is another achievement.
        self.rate(self.person, {2024: "good"})
        self.assertState(self.check("LDTT", self.person, year=2024), "eligible")

    def test_wrong_recipient_kind(self):
        self.assert_unit_state("LDTT", "not_eligible", "is not given to a collective")
        self.assertState(
            self.check("TTLDTT", self.person),
            "not_eligible",
            "is given to collectives only",
        )

    def test_legal_version_switch_on_1_july_2025(self):
        self.rate(self.person, {2025: "excellent"})
        before = self.check("CSTDCS", self.person, date=DATE_98)
        after = self.check("CSTDCS", self.person, date=date(2025, 7, 1))
        self.assertState(before, "eligible", "Rules in force on 2025-06-30: 98/2023")
        self.assertNotIn("152/2025", before[1])
        self.assertState(after, "eligible", "Rules in force on 2025-07-01: 152/2025")
        self.assertNotIn("98/2023", after[1])
        # When the new version changes a rule (here: the drafted amendment that
        # wants excellent completion AND an initiative), only dossiers dated
        # from 01/7/2025 follow it.
        new_initiative_line = self.env.ref(
            f"{MODULE}.commendation_criterion_cstdcs_3_v152"
        )
        new_initiative_line.group = 3
        self.assertState(self.check("CSTDCS", self.person, date=DATE_98), "eligible")
        self.assertState(
            self.check("CSTDCS", self.person, date=date(2025, 7, 1)),
            "not_eligible",
            "Only 0 initiatives",
        )

    def test_no_criteria_on_date_is_unknown(self):
        ctype = self.env["commendation.type"].create(
            {"name": "Future", "code": "TEST_FUTURE"}
        )
        self.env["commendation.criterion"].create(
            {
                "type_id": ctype.id,
                "kind": "rating_min",
                "rating": "good",
                "date_from": date(2030, 1, 1),
            }
        )
        self.assertState(
            self.check(ctype, self.person),
            "unknown",
            "No eligibility criteria are recorded",
        )

    def test_outside_annual_route(self):
        """BK TTg: the judgment route counts only outside the annual review."""
        self.assertState(self.check("BK_TTG", self.person), "not_eligible")
        self.assertState(
            self.check("BK_TTG", self.person, dossier_kind="thematic"),
            "unknown",
            "Left to the council's judgment",
        )


@tagged("post_install", "-at_install")
class TestCatalogueCriteria(EligibilityCase):
    """Each of the 14 types: one eligible (or, where the law leaves judgment,
    "to judge") and one ineligible case from domain.md §B."""

    def test_ldtt(self):
        self.rate(self.person, {2025: "good"})
        self.rate(self.woman, {2025: "complete"})
        self.assertState(self.check("LDTT", self.person), "eligible")
        self.assertState(self.check("LDTT", self.woman), "not_eligible")

    def test_cstdcs(self):
        # LĐTT standard + (excellent or an initiative).
        self.rate(self.person, {2025: "good"})
        self.initiative(self.person, 2025)
        self.rate(self.woman, {2025: "good"})
        self.rate(self.head, {2025: "excellent"})
        self.assertState(self.check("CSTDCS", self.person), "eligible", "1 initiatives")
        self.assertState(self.check("CSTDCS", self.head), "eligible")
        self.assertState(
            self.check("CSTDCS", self.woman),
            "not_eligible",
            "Excellently Completed (HTXS) required",
        )

    def test_cstd_tp(self):
        for year in (2023, 2024, 2025):
            self.award("CSTDCS", year, self.person)
        self.initiative(self.person, 2024, "city")
        for year in (2024, 2025):
            self.award("CSTDCS", year, self.woman)
        self.initiative(self.woman, 2025, "city")
        self.assertState(self.check("CSTD_TP", self.person), "eligible")
        self.assertState(
            self.check("CSTD_TP", self.woman),
            "not_eligible",
            "Only 2/3 consecutive years as Chiến sĩ thi đua cơ sở (2024, 2025)",
        )

    def test_cstd_tq(self):
        for year in (2024, 2025):
            self.award("CSTD_TP", year, self.person)
        self.initiative(self.person, 2023, "national")
        self.award("CSTD_TP", 2025, self.woman)
        self.initiative(self.woman, 2025, "national")
        self.assertState(
            self.check("CSTD_TQ", self.person),
            "unknown",
            "Left to the council's judgment",
        )
        self.assertState(self.check("CSTD_TQ", self.woman), "not_eligible", "Only 1/2")

    def _good_unit(self, ldtt_count):
        self.rate(self.head, {2025: "excellent"})
        self.rate_unit(self.unit, {2025: "excellent"})
        for member in self.members:
            self.rate(member, {2025: "good"})
        for employee in (self.head | self.members)[:ldtt_count]:
            self.award("LDTT", 2025, employee)

    def test_ttldtt(self):
        self._good_unit(3)
        self.assert_unit_state("TTLDTT", "eligible", "3/4 members")
        self.discipline(self.members[2], "warning", date(2025, 4, 1), date(2026, 4, 1))
        self.assert_unit_state(
            "TTLDTT",
            "not_eligible",
            "Discipline of Warning or heavier in 2025: Member 3",
        )

    def test_ttldtt_share_below_70(self):
        self._good_unit(2)
        self.assert_unit_state("TTLDTT", "not_eligible", "Only 2/4")

    def test_ttldxs(self):
        self._good_unit(3)
        self.award("CSTDCS", 2025, self.members[0])
        self.assert_unit_state("TTLDXS", "eligible")
        self.env["emulation.rating"].search(
            [("employee_id", "=", self.members[2].id)]
        ).rating = "incomplete"
        self.assert_unit_state(
            "TTLDXS",
            "not_eligible",
            "1 of 4 members not rated at least Completed (HT) in 2025: Member 3",
        )

    def test_co_tp(self):
        self.rate_unit(self.unit, {2025: "excellent"})
        self.assert_unit_state("CO_TP", "unknown", "To check by hand")
        self.rate_unit(self.other_unit, {2025: "good"})
        self.assertState(
            self.check("CO_TP", department=self.other_unit), "not_eligible"
        )

    def test_co_cp(self):
        self.rate_unit(self.unit, {2025: "excellent"})
        self.assert_unit_state("CO_CP", "unknown")
        self.award("CO_CP", 2025, department=self.unit)
        self.assert_unit_state("CO_CP", "not_eligible", "Already awarded")

    def test_gk_gd(self):
        self.rate(self.person, {2025: "good"})
        self.rate(self.woman, {2025: "complete"})
        self.assertState(self.check("GK_GD", self.person), "unknown", "judgment")
        self.assertState(self.check("GK_GD", self.woman), "not_eligible")

    def test_bk_ubnd(self):
        for year in (2024, 2025):
            self.award("CSTDCS", year, self.person)
        self.assertState(self.check("BK_UBND", self.person), "eligible")
        # Second route: 2 years excellent with 2 initiatives.
        self.rate_years(self.woman, 2024, 2025, "excellent")
        self.initiative(self.woman, 2024)
        self.assertState(
            self.check("BK_UBND", self.woman), "not_eligible", "Only 1 initiatives"
        )
        self.initiative(self.woman, 2025)
        self.assertState(self.check("BK_UBND", self.woman), "eligible")

    def test_bk_ubnd_collective(self):
        self.rate_unit(self.unit, {2024: "excellent", 2025: "excellent"})
        self.assert_unit_state("BK_UBND", "unknown", "To check by hand")
        self.rate_unit(self.other_unit, {2024: "good", 2025: "excellent"})
        self.assertState(
            self.check("BK_UBND", department=self.other_unit), "not_eligible"
        )

    def test_bk_bng(self):
        self.rate(self.person, {2025: "excellent"})
        self.rate(self.woman, {2025: "incomplete"})
        self.assertState(self.check("BK_BNG", self.person), "unknown")
        self.assertState(self.check("BK_BNG", self.woman), "not_eligible")

    def _bk_ttg_record(self, employee, cstdcs_years):
        # The five years and more come after the Certificate of Merit.
        self.award("BK_UBND", 2020, employee)
        self.rate_years(employee, 2021, 2025, "good")
        for year in cstdcs_years:
            self.award("CSTDCS", year, employee)

    def test_bk_ttg(self):
        self._bk_ttg_record(self.person, (2021, 2023, 2025))
        self._bk_ttg_record(self.woman, (2023, 2025))
        self.assertState(self.check("BK_TTG", self.person), "eligible")
        self.assertState(
            self.check("BK_TTG", self.woman),
            "not_eligible",
            "Chiến sĩ thi đua cơ sở only 2 times in 2021–2025",
        )

    def test_hcld3(self):
        for employee in self.person | self.woman:
            self.award("BK_TTG", 2020, employee)
            self.rate_years(employee, 2021, 2025, "good")
            for year in (2021, 2023, 2025):
                self.award("CSTDCS", year, employee)
        self.env["emulation.rating"].search(
            [("employee_id", "=", self.person.id), ("year", "=", 2023)]
        ).rating = "excellent"
        self.assertState(self.check("HCLD3", self.person), "eligible")
        self.assertState(
            self.check("HCLD3", self.woman),
            "not_eligible",
            "Rated at least Excellently Completed (HTXS) only 0 times",
        )

    def test_knc_ng(self):
        # The Ministry's 20 / 15 years count only service at the Ministry or
        # a mission: for a Sở employee the council judges, whatever the years
        # of service at the Sở.
        self.person.emulation_service_start = date(2004, 1, 1)
        self.head.emulation_service_start = date(2020, 1, 1)
        for employee in self.person | self.head:
            self.assertState(
                self.check("KNC_NG", employee),
                "unknown",
                "Left to the council's judgment: công chức Sở Ngoại vụ",
                "chỉ tính thời gian công tác tại Bộ Ngoại giao và/hoặc các Cơ "
                "quan đại diện, không tính thời gian công tác tại Sở",
            )
        self.discipline(self.woman, "warning", date(2025, 2, 1), date(2026, 1, 31))
        self.assertState(
            self.check("KNC_NG", self.woman), "not_eligible", "Disciplined (Warning"
        )


@tagged("post_install", "-at_install")
class TestEligibilityQueries(EligibilityCase):
    def _items(self, employees, departments):
        items = []
        for employee in employees:
            for code in ("LDTT", "CSTDCS", "BK_UBND", "BK_TTG", "HCLD3", "KNC_NG"):
                items.append(
                    {
                        "key": ("employee", code, employee.id),
                        "type": self.ctype[code],
                        "employee": employee,
                        "year": 2025,
                        "date": DATE_152,
                    }
                )
        for department in departments:
            for code in ("TTLDTT", "TTLDXS", "BK_UBND"):
                items.append(
                    {
                        "key": ("department", code, department.id),
                        "type": self.ctype[code],
                        "department": department,
                        "year": 2025,
                        "date": DATE_152,
                    }
                )
        return items

    def _count_queries(self, items):
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        results = self.Engine.evaluate(items)
        self.assertEqual(len(results), len(items))
        return self.env.cr.sql_log_count - before

    def test_query_count_does_not_grow(self):
        departments = self.env["hr.department"].create(
            [{"name": f"Q Unit {i}"} for i in range(40)]
        )
        employees = self.env["hr.employee"].create(
            [
                {"name": f"Q {i}", "department_id": departments[i % 40].id}
                for i in range(400)
            ]
        )
        self.env["emulation.rating"].create(
            [
                {"employee_id": employee.id, "year": year, "rating": "good"}
                for employee in employees
                for year in (2023, 2024, 2025)
            ]
        )
        self.award("LDTT", 2025, employees[0])
        self.initiative(employees[1], 2025)
        self.discipline(employees[2], "warning", date(2025, 1, 1), date(2025, 12, 31))
        self.env.flush_all()
        small = self._items(employees[:40], departments[:4])
        large = self._items(employees, departments)
        self._count_queries(small)  # warm-up
        small_count = self._count_queries(small)
        large_count = self._count_queries(large)
        self.assertLessEqual(large_count, small_count)
        self.assertLess(small_count, 25)


@tagged("post_install", "-at_install")
class TestEligibilityWizard(EligibilityCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_office = new_test_user(
            cls.env,
            login="elig_office",
            groups=f"base.group_user,{MODULE}.group_office",
        )
        cls.user_hr = new_test_user(
            cls.env, login="elig_hr", groups="base.group_user,hr.group_hr_user"
        )
        cls.user_plain = new_test_user(
            cls.env, login="elig_plain", groups="base.group_user"
        )

    def _wizard(self, user, **vals):
        return (
            self.env["commendation.eligibility.wizard"]
            .with_user(user)
            .create(
                dict(
                    {
                        "year": 2025,
                        "date": DATE_152,
                        "department_ids": [(6, 0, (self.unit | self.other_unit).ids)],
                    },
                    **vals,
                )
            )
        )

    def test_review_lists_and_creates_draft_dossiers(self):
        self.rate(self.person, {2025: "good"})
        self.rate(self.woman, {2025: "excellent"})
        self.rate(self.members[0], {2025: "complete"})
        wizard = self._wizard(
            self.user_office,
            type_ids=[(6, 0, (self.ctype["LDTT"] | self.ctype["CSTDCS"]).ids)],
        )
        wizard.action_review()
        listed = {(line.employee_id, line.type_id) for line in wizard.line_ids}
        self.assertEqual(
            listed,
            {
                (self.person, self.ctype["LDTT"]),
                (self.woman, self.ctype["LDTT"]),
                (self.woman, self.ctype["CSTDCS"]),
            },
        )
        self.assertTrue(
            all(line.unit_id == self.other_unit for line in wizard.line_ids)
        )
        self.assertIn("— met", wizard.line_ids[0].note)
        action = wizard.action_create_dossiers()
        dossier = self.env["commendation.dossier"].browse(action["res_id"])
        self.assertEqual(dossier.state, "draft")
        self.assertEqual(dossier.kind, "annual")
        self.assertEqual(dossier.year, 2025)
        self.assertEqual(dossier.department_id, self.other_unit)
        self.assertEqual(len(dossier.line_ids), 3)
        # Proposing again the same lines is refused: they are in a dossier.
        with self.assertRaisesRegex(UserError, "already proposed"):
            wizard.action_create_dossiers()

    def test_review_with_unknown_and_collectives(self):
        self.rate(self.person, {2025: "good"})
        wizard = self._wizard(
            self.user_hr,
            include_unknown=True,
            type_ids=[(6, 0, (self.ctype["GK_GD"] | self.ctype["TTLDTT"]).ids)],
        )
        wizard.action_review()
        gk = wizard.line_ids.filtered(lambda line: line.employee_id == self.person)
        self.assertEqual(gk.state, "unknown")
        self.assertFalse(gk.selected)
        # HR reviews but cannot create dossiers.
        gk.selected = True
        with self.assertRaisesRegex(UserError, "You cannot create award dossiers"):
            wizard.action_create_dossiers()

    def test_plain_user_cannot_review(self):
        with self.assertRaises(AccessError):
            self._wizard(self.user_plain)

    def test_nothing_selected(self):
        wizard = self._wizard(self.user_office)
        wizard.action_review()
        wizard.line_ids.selected = False
        with self.assertRaisesRegex(UserError, "Select at least one line"):
            wizard.action_create_dossiers()
