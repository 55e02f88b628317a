"""The rules of the law the year-end round must get right (issue 9, §9).

Each rule has a case that passes and one that fails, with the sentence the
user reads in the eligibility note.
"""

from datetime import date

from odoo.tests import tagged

from .common import DATE_152, MODULE, EligibilityCase

MID_2025 = date(2025, 8, 15)  # a mid-year dossier under NĐ 152/2025


@tagged("post_install", "-at_install")
class TestAwardKindGrounds(EligibilityCase):
    """Awards of thematic and ad hoc dossiers do not ground a higher award of
    the annual (merit) kind (NĐ 152/2025 Điều 4; DESIGN §4b)."""

    def _bk_ttg_record(self, employee, bk_kind):
        self.award("BK_UBND", 2019, employee, kind=bk_kind)
        self.rate_years(employee, 2020, 2025, "good")
        for year in (2021, 2023, 2025):
            self.award("CSTDCS", year, employee)

    def test_prerequisite_of_an_annual_award(self):
        self._bk_ttg_record(self.person, "annual")
        self._bk_ttg_record(self.woman, "ad_hoc")
        self.assertState(
            self.check("BK_TTG", self.person),
            "eligible",
            "Holds Bằng khen của Chủ tịch Ủy ban nhân dân thành phố (2019",
        )
        self.assertState(
            self.check("BK_TTG", self.woman),
            "not_eligible",
            "not counted, awards outside the annual review do not ground an "
            "annual award: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố "
            "2019 (Ad Hoc)",
        )

    def test_titles_counted_for_an_annual_award(self):
        for year in (2024, 2025):
            self.award("CSTDCS", year, self.person)
        self.award("CSTDCS", 2024, self.woman, kind="thematic")
        self.award("CSTDCS", 2025, self.woman)
        self.assertState(
            self.check("BK_UBND", self.person),
            "eligible",
            "Chiến sĩ thi đua cơ sở 2 consecutive years (2024–2025) — met",
        )
        self.assertState(
            self.check("BK_UBND", self.woman),
            "not_eligible",
            "Only 1/2 consecutive years as Chiến sĩ thi đua cơ sở (2025); not "
            "counted, awards outside the annual review do not ground an annual "
            "award: Chiến sĩ thi đua cơ sở 2024 (Thematic / Campaign)",
        )

    def test_one_achievement_one_award_by_kind(self):
        """A form given for an ad hoc achievement does not make the year's
        merit (or another ad hoc achievement) a second award of one
        achievement; a title is once a year whatever the dossier."""
        self.rate(self.person, {2025: "good"})
        self.award("GK_GD", 2025, self.person, kind="ad_hoc", decision_number="15/QĐ")
        for kind in ("annual", "ad_hoc"):
            result = self.check("GK_GD", self.person, dossier_kind=kind)
            self.assertState(result, "unknown", "Left to the council's judgment")
            self.assertNotIn("Already awarded", result[1])
        self.award("GK_GD", 2025, self.person, decision_number="200/QĐ")
        self.assertState(
            self.check("GK_GD", self.person),
            "not_eligible",
            "Already awarded Giấy khen của Giám đốc Sở for 2025 (decision 200/QĐ)",
        )
        self.rate(self.woman, {2025: "good"})
        self.award("LDTT", 2025, self.woman, decision_number="201/QĐ")
        self.assertState(
            self.check("LDTT", self.woman, dossier_kind="thematic"),
            "not_eligible",
            "Already awarded Lao động tiên tiến for 2025 (decision 201/QĐ)",
        )


@tagged("post_install", "-at_install")
class TestRunAfterThePrerequisite(EligibilityCase):
    """HCLĐ hạng Ba (Luật Điều 44 k1 e) and BK TTg (Điều 73 k1 b): the
    prerequisite award comes first; then "liên tục từ 05 năm trở lên ... trong
    thời gian đó": the whole unbroken run of qualifying years up to the year
    reviewed, at least five, in which the HTXS year and the three CSTĐCS
    titles may fall anywhere."""

    def _hcld3_record(self, employee, bk_year, excellent, cstdcs):
        self.award("BK_TTG", bk_year, employee)
        self.rate_years(employee, 2012, 2025, "good")
        self.env["emulation.rating"].search(
            [("employee_id", "=", employee.id), ("year", "in", excellent)]
        ).rating = "excellent"
        for year in cstdcs:
            self.award("CSTDCS", year, employee)

    def test_hcld3_counts_after_the_prime_minister_certificate(self):
        # Everything after the Certificate of Merit of 2014: an 11-year run.
        self._hcld3_record(self.person, 2014, (2016,), (2015, 2016, 2017))
        self.assertState(
            self.check("HCLD3", self.person),
            "eligible",
            "Holds Bằng khen của Thủ tướng Chính phủ (2014",
            "Rated at least Well Completed (HTT) for 11 consecutive years "
            "(2015–2025; at least 5 required) — met; counted after Bằng khen "
            "của Thủ tướng Chính phủ 2014",
            "Rated at least Excellently Completed (HTXS) 1 times in 2015–2025 "
            "(2016; 1 required) — met",
            "Chiến sĩ thi đua cơ sở 3 times in 2015–2025 (2015, 2016, 2017; 3 "
            "required) — met",
        )
        # The same record before the Certificate of Merit of 2018 does not
        # count: the achievements it rewarded are not counted again.
        self._hcld3_record(self.woman, 2018, (2016,), (2015, 2016, 2017))
        self.assertState(
            self.check("HCLD3", self.woman),
            "not_eligible",
            "Rated at least Excellently Completed (HTXS) only 0 times in "
            "2019–2025 (none; 1 required)",
            "Chiến sĩ thi đua cơ sở only 0 times in 2019–2025 (none; 3 required)",
        )

    def test_hcld3_five_years_at_least_after_the_certificate(self):
        self._hcld3_record(self.person, 2021, (2023,), (2022, 2023, 2024))
        self.assertState(
            self.check("HCLD3", self.person),
            "not_eligible",
            "Only 4/5 consecutive years rated at least Well Completed (HTT) "
            "(2022, 2023, 2024, 2025); counted after Bằng khen của Thủ tướng "
            "Chính phủ 2021",
        )
        self.rate(self.person, {2026: "good"})
        self.assertState(
            self.check("HCLD3", self.person, year=2026, date=date(2026, 12, 1)),
            "eligible",
            "for 5 consecutive years (2022–2026; at least 5 required) — met",
        )

    def test_the_run_is_unbroken_up_to_the_year(self):
        """BK TTg: CSTĐCS titles before a break in the run do not count."""
        self.award("BK_UBND", 2015, self.person)
        self.rate_years(self.person, 2016, 2025, "good")
        for year in (2016, 2017, 2018):
            self.award("CSTDCS", year, self.person)
        self.assertState(
            self.check("BK_TTG", self.person),
            "eligible",
            "for 10 consecutive years (2016–2025; at least 5 required) — met",
            "Chiến sĩ thi đua cơ sở 3 times in 2016–2025 (2016, 2017, 2018; 3 "
            "required) — met",
        )
        self.env["emulation.rating"].search(
            [("employee_id", "=", self.person.id), ("year", "=", 2019)]
        ).rating = "complete"
        self.assertState(
            self.check("BK_TTG", self.person),
            "not_eligible",
            "Chiến sĩ thi đua cơ sở only 0 times in 2020–2025 (none; 3 required)",
        )

    def test_bk_ubnd_two_years_or_more_with_initiatives_in_that_time(self):
        """BK UBND (Điều 74 k1 d): 2 years or more rated excellent, with 2
        initiatives in that time."""
        self.rate_years(self.person, 2021, 2025, "excellent")
        self.initiative(self.person, 2021, name="Early initiative")
        self.initiative(self.person, 2022, name="Second initiative")
        self.assertState(
            self.check("BK_UBND", self.person),
            "eligible",
            "2 initiatives recognised at Grassroots (Unit) level or higher in "
            "2021–2025 (2 required) — met",
        )
        self.rate(self.woman, {2021: "excellent", 2022: "good"})
        self.rate_years(self.woman, 2023, 2025, "excellent")
        self.initiative(self.woman, 2021)
        self.initiative(self.woman, 2022)
        self.assertState(
            self.check("BK_UBND", self.woman),
            "not_eligible",
            "Only 0 initiatives recognised at Grassroots (Unit) level or higher "
            "in 2023–2025 (2 required)",
        )


@tagged("post_install", "-at_install")
class TestGroundsAndDocuments(EligibilityCase):
    """The documents follow the ground actually used; the initiatives the
    engine counted are reported to be linked to the line."""

    def details(self, code, employee, **kw):
        item = {
            "key": "k",
            "type": self.ctype.get(code, code),
            "employee": employee,
            "year": kw.pop("year", 2025),
            "date": kw.pop("date", DATE_152),
        }
        item.update(kw)
        return self.Engine.evaluate([item], details=True)["k"]

    def doc(self, code):
        return self.env.ref(f"{MODULE}.commendation_document_kind_{code}").id

    def test_cstdcs_documents_follow_the_ground(self):
        self.rate(self.head, {2025: "excellent"})
        self.rate(self.person, {2025: "good"})
        initiative = self.initiative(self.person, 2025)
        self.rate(self.woman, {2025: "good"})
        on_htxs = self.details("CSTDCS", self.head)
        self.assertEqual(on_htxs["state"], "eligible")
        self.assertIn(
            "Rating 2025: Excellently Completed (HTXS) — met", on_htxs["note"]
        )
        self.assertEqual(on_htxs["document_kind_ids"], [self.doc("xac_nhan_htxs")])
        self.assertEqual(on_htxs["initiative_ids"], [])
        on_initiative = self.details("CSTDCS", self.person)
        self.assertEqual(on_initiative["state"], "eligible")
        self.assertEqual(
            on_initiative["document_kind_ids"], [self.doc("xac_nhan_sang_kien")]
        )
        self.assertEqual(on_initiative["initiative_ids"], initiative.ids)
        # No ground holds: only what every route would need (nothing here).
        refused = self.details("CSTDCS", self.woman)
        self.assertEqual(refused["state"], "not_eligible")
        self.assertEqual(refused["document_kind_ids"], [])

    def test_excellent_rating_is_preferred_to_an_initiative(self):
        """Both grounds hold: the initiative stays free for another award."""
        self.rate(self.person, {2025: "excellent"})
        self.initiative(self.person, 2025)
        result = self.details("CSTDCS", self.person)
        self.assertEqual(result["state"], "eligible")
        self.assertEqual(result["initiative_ids"], [])
        self.assertEqual(result["document_kind_ids"], [self.doc("xac_nhan_htxs")])
        self.assertNotIn("initiatives recognised", result["note"])

    def test_ground_without_initiative_whatever_the_order(self):
        ctype = self.env["commendation.type"].create(
            {"name": "Initiative first", "code": "TEST_INITIATIVE_FIRST"}
        )
        self.env["commendation.criterion"].create(
            [
                {
                    "type_id": ctype.id,
                    "sequence": 10,
                    "kind": "initiatives",
                    "count": 1,
                    "document_kind_ids": [(6, 0, [self.doc("xac_nhan_sang_kien")])],
                },
                {
                    "type_id": ctype.id,
                    "sequence": 20,
                    "kind": "rating_min",
                    "rating": "excellent",
                    "document_kind_ids": [(6, 0, [self.doc("xac_nhan_htxs")])],
                },
            ]
        )
        self.rate(self.person, {2025: "excellent"})
        initiative = self.initiative(self.person, 2025)
        result = self.details(ctype, self.person)
        self.assertEqual(result["state"], "eligible")
        self.assertEqual(result["initiative_ids"], [])
        self.assertEqual(result["document_kind_ids"], [self.doc("xac_nhan_htxs")])
        self.rate(self.woman, {2025: "good"})
        self.env["emulation.initiative"].create(
            {"name": "Hers", "employee_ids": [self.woman.id], "year": 2025}
        )
        result = self.details(ctype, self.woman)
        self.assertEqual(result["state"], "eligible")
        self.assertEqual(len(result["initiative_ids"]), 1)
        self.assertNotEqual(result["initiative_ids"], initiative.ids)

    def test_only_route_to_judge_gives_the_documents(self):
        # A mid-year dossier before the year is rated: the HTXS route is to
        # judge, the initiative route fails: the HTXS proof is required.
        result = self.details(
            "CSTDCS", self.person, dossier_kind="ad_hoc", date=MID_2025
        )
        self.assertEqual(result["state"], "unknown", result["note"])
        self.assertEqual(result["document_kind_ids"], [self.doc("xac_nhan_htxs")])

    def test_initiatives_ground_one_award(self):
        self.rate_years(self.person, 2024, 2025, "excellent")
        first = self.initiative(self.person, 2024, name="Initiative one")
        second = self.initiative(self.person, 2024, name="Initiative two")
        self.initiative(self.person, 2025, name="Initiative three")
        items = [
            {
                "key": code,
                "type": self.ctype[code],
                "employee": self.person,
                "year": 2025,
                "date": DATE_152,
            }
            for code in ("BK_UBND", "CSTD_TP")
        ]
        # CSTĐ TP wants a city-level initiative: none, so it takes nothing.
        results = self.Engine.evaluate(items, details=True)
        self.assertEqual(results["BK_UBND"]["state"], "eligible")
        # The two oldest are used; the third stays free.
        self.assertEqual(results["BK_UBND"]["initiative_ids"], (first | second).ids)
        # Two proposals in one review cannot use the same initiatives.
        self.rate(self.woman, {2025: "good"})
        shared = self.initiative(self.woman, 2025, name="Shared initiative")
        items = [
            {
                "key": key,
                "type": self.ctype["CSTDCS"],
                "employee": self.woman,
                "year": 2025,
                "date": DATE_152,
                "dossier_kind": kind,
            }
            for key, kind in (("annual", "annual"), ("ad_hoc", "ad_hoc"))
        ]
        results = self.Engine.evaluate(items, details=True)
        self.assertEqual(results["annual"]["initiative_ids"], shared.ids)
        self.assertEqual(results["ad_hoc"]["initiative_ids"], [])
        self.assertIn(
            "not counted, grounds of another proposal: Shared initiative",
            results["ad_hoc"]["note"],
        )

    def test_initiative_held_by_an_open_proposal(self):
        self.rate(self.person, {2025: "good"})
        initiative = self.initiative(self.person, 2025, name="Held initiative")
        dossier = self.env["commendation.dossier"].create(
            {
                "department_id": self.other_unit.id,
                "year": 2025,
                "date": DATE_152,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "employee_id": self.person.id,
                            "type_id": self.ctype["CSTDCS"].id,
                            "initiative_ids": [(6, 0, initiative.ids)],
                        },
                    )
                ],
            }
        )
        line = dossier.line_ids
        # The line itself may use it ...
        self.assertState(
            self.check("CSTDCS", self.person, dossier_line=line), "eligible"
        )
        # ... another proposal may not.
        self.assertState(
            self.check("CSTDCS", self.person),
            "not_eligible",
            "not counted, grounds of another proposal: Held initiative",
        )
        # Once the proposal has ended, the initiative is free again.
        dossier.action_cancel()
        self.assertEqual(line.state, "dropped")
        self.assertState(self.check("CSTDCS", self.person), "eligible")


@tagged("post_install", "-at_install")
class TestMidYearDossiers(EligibilityCase):
    """A mid-year (thematic, ad hoc) dossier is not refused for lacking the
    rating of a year not yet rated."""

    def test_rating_of_the_year_not_yet_given(self):
        self.rate(self.person, {2024: "good"})
        self.assertState(
            self.check("GK_GD", self.person, dossier_kind="ad_hoc", date=MID_2025),
            "unknown",
            "2025 is not rated yet (mid-year dossier; at least Well Completed "
            "(HTT) required; last rating 2024: Well Completed (HTT)): to judge",
        )
        # The annual review waits for the rating: not eligible without it.
        self.assertState(
            self.check("GK_GD", self.person, date=MID_2025),
            "not_eligible",
            "No quality rating recorded for 2025",
        )
        # Once the year is over, a missing rating is missing.
        self.assertState(
            self.check(
                "GK_GD", self.person, dossier_kind="ad_hoc", date=date(2026, 2, 1)
            ),
            "not_eligible",
            "No quality rating recorded for 2025",
        )
        # A rating given and too low is not waited for.
        self.rate(self.woman, {2025: "complete"})
        self.assertState(
            self.check("GK_GD", self.woman, dossier_kind="thematic", date=MID_2025),
            "not_eligible",
            "Rating 2025: Completed (HT) — not met",
        )

    def test_consecutive_years_up_to_the_last_rated_year(self):
        """A run up to the proposal is a run of the years already rated."""
        self.rate_years(self.person, 2023, 2024, "excellent")
        self.initiative(self.person, 2023)
        self.initiative(self.person, 2024)
        self.assertState(
            self.check("BK_UBND", self.person, dossier_kind="thematic", date=MID_2025),
            "eligible",
            "Rated at least Excellently Completed (HTXS) for 2 consecutive years "
            "(2023–2024; at least 2 required) — met; 2025 is not rated yet "
            "(mid-year dossier)",
        )
        self.rate(self.woman, {2024: "excellent"})
        self.initiative(self.woman, 2024)
        self.initiative(self.woman, 2023)
        # One rated year: the year not yet rated may complete the run.
        self.assertState(
            self.check("BK_UBND", self.woman, dossier_kind="thematic", date=MID_2025),
            "unknown",
            "Only 1/2 consecutive years rated at least Excellently Completed "
            "(HTXS) (2024); 2025 is not rated yet (mid-year dossier): to judge",
        )
        # In the annual review the same record fails.
        self.assertState(
            self.check("BK_UBND", self.woman, date=DATE_152),
            "not_eligible",
            "Only 0/2 consecutive years",
        )


@tagged("post_install", "-at_install")
class TestDisciplineOverEvaluatedYears(EligibilityCase):
    """A discipline blocks every award whose evaluated years overlap its
    blocking period, not only the year reviewed."""

    def test_two_year_award_blocked_by_last_years_discipline(self):
        for employee in self.person | self.woman:
            self.rate_years(employee, 2024, 2025, "excellent")
            for year in (2024, 2025):
                self.award("CSTDCS", year, employee)
        self.discipline(self.person, "reprimand", date(2024, 3, 1), date(2024, 9, 30))
        self.assertState(
            self.check("BK_UBND", self.person),
            "not_eligible",
            "Disciplined (Reprimand, decision of 2024-03-01): awards are blocked "
            "from 2024-03-01 to 2024-09-30, within the years evaluated "
            "(2024–2025).",
        )
        self.assertState(self.check("BK_UBND", self.woman), "eligible")
        # The title of 2025 evaluates 2025 only: not blocked.
        self.assertState(self.check("LDTT", self.person), "eligible")

    def test_run_counts_only_after_an_older_discipline(self):
        self.award("BK_UBND", 2012, self.person)
        self.rate_years(self.person, 2013, 2025, "good")
        for year in (2014, 2015, 2016, 2020, 2022, 2024):
            self.award("CSTDCS", year, self.person)
        self.discipline(self.person, "warning", date(2017, 5, 1), date(2018, 4, 30))
        self.assertState(
            self.check("BK_TTG", self.person),
            "eligible",
            "for 7 consecutive years (2019–2025; at least 5 required) — met; the "
            "run stops at the discipline of 2017-05-01",
            "Chiến sĩ thi đua cơ sở 3 times in 2019–2025 (2020, 2022, 2024; 3 "
            "required) — met",
        )
        # A discipline inside the five years blocks.
        self.discipline(self.person, "reprimand", date(2022, 6, 1), date(2022, 11, 30))
        self.assertState(
            self.check("BK_TTG", self.person),
            "not_eligible",
            "awards are blocked from 2022-06-01 to 2022-11-30, within the years "
            "evaluated (2021–2025).",
        )


@tagged("post_install", "-at_install")
class TestDossierGrounds(EligibilityCase):
    """The dossier line keeps the initiatives and proof documents of its
    grounds; the dossier requires what its lines' grounds need together."""

    def doc(self, code):
        return self.env.ref(f"{MODULE}.commendation_document_kind_{code}")

    def dossier(self, lines, kind="annual", date=DATE_152):
        return self.env["commendation.dossier"].create(
            {
                "department_id": self.other_unit.id,
                "year": 2025,
                "date": date,
                "kind": kind,
                "line_ids": [
                    (0, 0, {"employee_id": employee.id, "type_id": self.ctype[code].id})
                    for employee, code in lines
                ],
            }
        )

    def test_required_documents_follow_the_grounds(self):
        self.rate(self.head, {2025: "excellent"})
        self.rate(self.person, {2025: "good"})
        initiative = self.initiative(self.person, 2025, name="Grounding initiative")
        base = (
            self.doc("to_trinh") | self.doc("bao_cao_thanh_tich") | self.doc("bien_ban")
        )
        on_htxs = self.dossier([(self.head, "CSTDCS")])
        self.assertEqual(
            on_htxs.line_ids.ground_document_kind_ids, self.doc("xac_nhan_htxs")
        )
        self.assertEqual(
            on_htxs.required_document_kind_ids, base | self.doc("xac_nhan_htxs")
        )
        on_initiative = self.dossier([(self.person, "CSTDCS")])
        line = on_initiative.line_ids
        self.assertEqual(line.eligibility_state, "eligible", line.eligibility_note)
        self.assertEqual(line.initiative_ids, initiative)
        self.assertEqual(
            on_initiative.required_document_kind_ids,
            base | self.doc("xac_nhan_sang_kien"),
        )
        self.assertEqual(
            on_initiative.missing_document_kind_ids,
            base | self.doc("xac_nhan_sang_kien"),
        )
        # Another proposal cannot rest on the same initiative.
        other = self.dossier([(self.person, "CSTDCS")], kind="thematic")
        self.assertEqual(other.line_ids.eligibility_state, "not_eligible")
        self.assertFalse(other.line_ids.initiative_ids)
        self.assertIn(
            "not counted, grounds of another proposal: Grounding initiative",
            other.line_ids.eligibility_note,
        )

    def test_ad_hoc_dossier_needs_the_confirmation_of_the_achievement(self):
        self.rate(self.person, {2025: "good"})
        ad_hoc = self.dossier([(self.person, "GK_GD")], kind="ad_hoc")
        self.assertIn(
            self.doc("xac_nhan_thanh_tich"), ad_hoc.required_document_kind_ids
        )
        annual = self.dossier([(self.person, "GK_GD")])
        self.assertNotIn(
            self.doc("xac_nhan_thanh_tich"), annual.required_document_kind_ids
        )
