"""Bad input is refused with a clear message and nothing is half-saved."""

from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EmulationCase


@tagged("post_install", "-at_install")
class TestConstraints(EmulationCase):
    def _count(self, model):
        return self.env[model].with_context(active_test=False).search_count([])

    # Ratings ---------------------------------------------------------------

    def test_rating_one_per_employee_and_year(self):
        self.rate(self.emp_a1, {2024: "good"})
        before = self._count("emulation.rating")
        with self.assertRaises(ValidationError) as cm:
            self.rate(self.emp_a1, {2024: "excellent"})
        self.assertIn(
            "Nguyễn Văn A1 already has a quality rating for 2024", str(cm.exception)
        )
        self.assertEqual(self._count("emulation.rating"), before)
        # another year, or another employee the same year, is fine
        self.rate(self.emp_a1, {2025: "excellent"})
        self.rate(self.emp_b1, {2024: "good"})

    def test_rating_duplicate_in_one_batch_and_by_write(self):
        before = self._count("emulation.rating")
        with self.assertRaises(ValidationError):
            self.env["emulation.rating"].create(
                [
                    {"employee_id": self.emp_b1.id, "year": 2023, "rating": "good"},
                    {"employee_id": self.emp_b1.id, "year": 2023, "rating": "good"},
                ]
            )
        self.assertEqual(self._count("emulation.rating"), before)
        rating_2022 = self.rate(self.emp_b1, {2022: "good"})
        self.rate(self.emp_b1, {2021: "good"})
        with self.assertRaises(ValidationError) as cm:
            rating_2022.write({"year": 2021})
        self.assertIn("one rating per year", str(cm.exception))
        self.assertEqual(rating_2022.year, 2022)

    def test_rating_year_bounds(self):
        before = self._count("emulation.rating")
        for year in (1999, 2101):
            with self.subTest(year=year):
                with self.assertRaises(ValidationError) as cm:
                    self.rate(self.emp_a1, {year: "good"})
                self.assertIn(f"The year {year} is not valid", str(cm.exception))
                self.assertIn("between 2000 and 2100", str(cm.exception))
        self.assertEqual(self._count("emulation.rating"), before)
        for year in (2000, 2100):
            with self.subTest(year=year):
                self.assertEqual(self.rate(self.emp_a1, {year: "good"}).year, year)

    def test_rating_points_bounds(self):
        with self.assertRaises(ValidationError) as cm:
            self.rate(self.emp_a1, {2024: "good"}, points=101)
        self.assertIn("between 0 and 100", str(cm.exception))
        self.assertFalse(
            self.env["emulation.rating"].search([("employee_id", "=", self.emp_a1.id)])
        )

    # Initiatives -----------------------------------------------------------

    def test_initiative_needs_an_employee(self):
        before = self._count("emulation.initiative")
        with self.assertRaises(ValidationError) as cm:
            self.env["emulation.initiative"].create(
                {"name": "Orphan idea", "year": 2025, "employee_ids": []}
            )
        self.assertIn("“Orphan idea” has no author", str(cm.exception))
        self.assertEqual(self._count("emulation.initiative"), before)

        initiative = self.initiative(self.emp_a1, 2025)
        with self.assertRaises(ValidationError):
            initiative.write({"employee_ids": [(5, 0, 0)]})
        self.assertEqual(initiative.employee_ids, self.emp_a1)

    def test_initiative_year_bounds(self):
        for year in (1999, 2101):
            with self.subTest(year=year), self.assertRaises(ValidationError) as cm:
                self.initiative(self.emp_a1, year)
            self.assertIn(f"The year {year} is not valid", str(cm.exception))
        self.assertEqual(self.initiative(self.emp_a1, 2000).year, 2000)
        self.assertEqual(self.initiative(self.emp_a1, 2100).year, 2100)

    def test_initiative_department_from_first_author(self):
        initiative = self.initiative(self.emp_a_child | self.emp_b1, 2025)
        self.assertEqual(initiative.department_id, self.emp_a_child.department_id)

    # Disciplines -----------------------------------------------------------

    def test_discipline_block_period_must_not_end_before_start(self):
        before = self._count("emulation.discipline")
        with self.assertRaises(ValidationError) as cm:
            self.discipline(self.emp_a1, "reprimand", "2025-06-01", "2025-05-31")
        self.assertIn(
            "cannot end (2025-05-31) before it starts (2025-06-01)", str(cm.exception)
        )
        self.assertEqual(self._count("emulation.discipline"), before)
        # a one-day period is fine
        discipline = self.discipline(
            self.emp_a1, "reprimand", "2025-06-01", "2025-06-01"
        )
        with self.assertRaises(ValidationError):
            discipline.write({"date_block_end": "2025-01-01"})
        self.assertEqual(str(discipline.date_block_end), "2025-06-01")

    # Councils --------------------------------------------------------------

    def _council_vals(self, members):
        return {
            "name": "Hội đồng Thi đua - Khen thưởng",
            "member_ids": [(0, 0, vals) for vals in members],
        }

    def test_council_with_two_chairs_refused(self):
        councils = self._count("emulation.council")
        members = self._count("emulation.council.member")
        with self.assertRaises(ValidationError) as cm:
            self.env["emulation.council"].create(
                self._council_vals(
                    [
                        {"employee_id": self.emp_director.id, "role": "chair"},
                        {"employee_id": self.emp_office.id, "role": "chair"},
                        {"employee_id": self.emp_council.id, "role": "secretary"},
                    ]
                )
            )
        message = str(cm.exception)
        self.assertIn("cannot have two chairs at the same time", message)
        self.assertIn("Director", message)
        self.assertIn("Office Officer", message)
        self.assertEqual(self._count("emulation.council"), councils)
        self.assertEqual(self._count("emulation.council.member"), members)

    def test_council_second_chair_added_later_refused(self):
        council = self.env["emulation.council"].create(
            self._council_vals([{"employee_id": self.emp_director.id, "role": "chair"}])
        )
        with self.assertRaises(ValidationError):
            council.write(
                {
                    "member_ids": [
                        (
                            0,
                            0,
                            {"employee_id": self.emp_office.id, "role": "chair"},
                        )
                    ]
                }
            )
        self.assertEqual(len(council.member_ids), 1)
        self.assertEqual(council.chair_id, self.emp_director)

    def test_council_successive_chairs_allowed(self):
        council = self.env["emulation.council"].create(
            self._council_vals(
                [
                    {
                        "employee_id": self.emp_director.id,
                        "role": "chair",
                        "date_from": "2020-01-01",
                        "date_to": "2024-12-31",
                    },
                    {
                        "employee_id": self.emp_office.id,
                        "role": "chair",
                        "date_from": "2025-01-01",
                    },
                    {"employee_id": self.emp_council.id, "role": "secretary"},
                    {"employee_id": self.emp_a1.id, "role": "member"},
                ]
            )
        )
        self.assertEqual(council.chair_id, self.emp_office)
        self.assertEqual(council.secretary_id, self.emp_council)
        # the former chair is no longer a member today
        self.assertEqual(council.member_count, 3)
        on_2024 = council._get_members_on(council.member_ids[0].date_to)
        self.assertIn(self.emp_director, on_2024.employee_id)
        self.assertNotIn(self.emp_office, on_2024.employee_id)

    def test_council_member_dates(self):
        council = self.env["emulation.council"].create({"name": "Council"})
        with self.assertRaises(ValidationError) as cm:
            self.env["emulation.council.member"].create(
                {
                    "council_id": council.id,
                    "employee_id": self.emp_a1.id,
                    "date_from": "2025-05-01",
                    "date_to": "2025-04-30",
                }
            )
        self.assertIn("Nguyễn Văn A1 cannot end before it starts", str(cm.exception))
        self.assertFalse(council.member_ids)

    @mute_logger("odoo.sql_db")
    def test_council_member_listed_once(self):
        council = self.env["emulation.council"].create(
            self._council_vals([{"employee_id": self.emp_a1.id}])
        )
        with self.assertRaises(IntegrityError):
            self.env["emulation.council.member"].create(
                {"council_id": council.id, "employee_id": self.emp_a1.id}
            )
        self.assertEqual(len(council.member_ids), 1)

    # Catalogue and legal documents -----------------------------------------

    def test_legal_document_dates_and_replacement(self):
        document = self.env["emulation.legal.document"].create(
            {
                "number": "9/2025/TEST",
                "name": "Test",
                "date_effective": "2025-01-01",
            }
        )
        with self.assertRaises(ValidationError) as cm:
            document.write({"date_expiry": "2024-12-31"})
        self.assertIn(
            "cannot stop being in force before it takes effect", str(cm.exception)
        )
        with self.assertRaises(ValidationError) as cm:
            document.write({"replaced_by_id": document.id})
        self.assertIn("cannot replace itself", str(cm.exception))
        self.assertFalse(document.date_expiry)
        self.assertFalse(document.replaced_by_id)

    def test_commendation_type_numbers(self):
        ctype = self.env["commendation.type"].create({"code": "T1", "name": "T1"})
        with self.assertRaises(ValidationError) as cm:
            ctype.write({"vote_threshold": 101})
        self.assertIn("between 0 and 100", str(cm.exception))
        with self.assertRaises(ValidationError) as cm:
            ctype.write({"coefficient_individual": -1})
        self.assertIn("cannot be negative", str(cm.exception))
        self.assertEqual(ctype.vote_threshold, 0)
        self.assertEqual(ctype.coefficient_individual, 0)

    @mute_logger("odoo.sql_db")
    def test_codes_are_unique(self):
        with self.assertRaises(IntegrityError):
            self.env["commendation.type"].create({"code": "CSTDCS", "name": "Twice"})
        with self.assertRaises(IntegrityError):
            self.env["commendation.document.kind"].create(
                {"code": "to_trinh", "name": "Twice"}
            )
