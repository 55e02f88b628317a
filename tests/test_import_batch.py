"""Importing a file again: the rows that update a record are matched and
written in batches, whatever the number of rows; an award is matched only
with the awards of the importing company."""

from datetime import date

from odoo.tests import tagged

from .common import ImportCase
from .test_import import AWARD_HEADERS, xlsx

RATING_HEADERS = ["Mã nhân viên", "Năm", "Xếp loại", "Số quyết định", "Ngày quyết định"]
TEXT_COLUMNS = ("Mã nhân viên", "Ngày quyết định")


@tagged("post_install", "-at_install")
class TestImportAgain(ImportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = cls.env["hr.employee"].create(
            [
                {
                    "name": f"Người Nhập Lô {i:02d}",
                    "department_id": cls.dept_a.id,
                    "barcode": f"LO{i:03d}",
                }
                for i in range(26)
            ]
        )

    def _file(self, employees, rating, number):
        return xlsx(
            RATING_HEADERS,
            [
                [employee.barcode, 2024, rating, number, "15/12/2024"]
                for employee in employees
            ],
            text_columns=TEXT_COLUMNS,
        )

    def _ratings(self, employees):
        return self.Rating.search([("employee_id", "in", employees.ids)])

    def _queries_of_second_import(self, employees):
        """Import ratings of ``employees``, then the same rows with another
        rating and decision: the queries of the second import."""
        first = self.run_import("emulation.rating", self._file(employees, "HTXS", "1"))
        self.assertImported(first, len(employees))
        ratings = self._ratings(employees)
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        second = self.run_import("emulation.rating", self._file(employees, "HTT", "2"))
        queries = self.cr.sql_log_count - before
        self.assertImported(second, len(employees))
        self.assertEqual(second["ids"], first["ids"], "the same records, in order")
        self.env.invalidate_all()
        self.assertEqual(self._ratings(employees), ratings, "no rating added")
        self.assertEqual(
            {(r.employee_id, r.rating, r.decision_number, r.date) for r in ratings},
            {(e, "good", "2", date(2024, 12, 15)) for e in employees},
        )
        return queries

    def test_queries_do_not_grow_with_the_rows(self):
        # without the chatter, which logs each change on its record
        self.env = self.env(context=dict(self.env.context, tracking_disable=True))
        self._queries_of_second_import(self.staff[25])  # caches warmed
        five = self._queries_of_second_import(self.staff[:5])
        twenty = self._queries_of_second_import(self.staff[5:25])
        self.assertEqual(twenty, five, "5 rows again: %s queries" % five)

    def test_changes_tracked_unchanged_rows_left_alone(self):
        employees = self.staff[:3]
        self.assertImported(
            self.run_import("emulation.rating", self._file(employees, "HTXS", "1")), 3
        )
        ratings = self._ratings(employees).sorted(lambda r: r.employee_id.barcode)
        changed, same, _other = ratings
        # the first row changes, the second not, the third is not in the file
        # and a fourth is new
        content = xlsx(
            RATING_HEADERS,
            [
                [changed.employee_id.barcode, 2024, "HT", "1", "15/12/2024"],
                [same.employee_id.barcode, 2024, "HTXS", "1", "15/12/2024"],
                [self.staff[3].barcode, 2024, "KHT", "1", "15/12/2024"],
            ],
            text_columns=TEXT_COLUMNS,
        )
        # as if imported the day before
        self.env.flush_all()
        self.cr.execute(
            "UPDATE emulation_rating SET write_date = write_date - interval '1 day' "
            "WHERE id IN %s",
            [tuple(ratings.ids)],
        )
        self.env.invalidate_all()
        written = {rating: rating.write_date for rating in ratings}
        result = self.run_import("emulation.rating", content)
        self.assertImported(result, 3)
        new = self._ratings(self.staff[3])
        self.assertEqual(result["ids"], [changed.id, same.id, new.id])
        self.env.invalidate_all()
        self.assertEqual(
            [r.rating for r in (*ratings, new)],
            ["complete", "excellent", "excellent", "incomplete"],
        )
        self.assertNotEqual(changed.write_date, written[changed])
        self.assertEqual(same.write_date, written[same], "nothing to write")
        # the chatter of the changed rating tells the change, as by hand
        tracked = changed.message_ids.tracking_value_ids
        self.assertEqual(
            [
                (t.field_id.name, t.old_value_char, t.new_value_char)
                for t in tracked.filtered(lambda t: t.field_id.name == "rating")
            ],
            [
                (
                    "rating",
                    "Excellently Completed (HTXS)",
                    "Completed (HT)",
                )
            ],
        )
        self.assertFalse(
            same.message_ids.tracking_value_ids.filtered(
                lambda t: t.field_id.name == "rating"
            )
        )


@tagged("post_install", "-at_install")
class TestImportAwardsPerCompany(ImportCase):
    """An award of another agency with the same decision number, title and
    recipient (a revoked one: a valid one would be the same award twice) is
    never the one a row of this agency updates."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_b = cls.env["res.company"].create({"name": "Agency B (import)"})
        cls.award_b = cls.award(
            "CSTDCS",
            2021,
            employee=cls.an,
            decision_number="12/QĐ-NV",
            authority="Giám đốc Sở B",
            company_id=cls.company_b.id,
        )
        cls.award_b._revoke("Nhập nhầm")

    def _file(self, authority):
        """One award of the Director's, to ``an``; the other cells empty."""
        cells = {
            "Mã nhân viên": "NHAP001",
            "Danh hiệu / hình thức": "CSTDCS",
            "Năm": 2021,
            "Loại khen thưởng": "Hằng năm",
            "Số quyết định": "12/QĐ-NV",
            "Ngày quyết định": "28/12/2021",
            "Cơ quan ban hành": authority,
            "Cấp khen thưởng": "Sở",
        }
        return xlsx(
            AWARD_HEADERS,
            [[cells.get(header, "") for header in AWARD_HEADERS]],
            text_columns=TEXT_COLUMNS,
        )

    def _awards(self):
        return (
            self.env["commendation.award"]
            .with_context(active_test=False)
            .search(
                [
                    ("employee_id", "=", self.an.id),
                    ("decision_number", "=", "12/QĐ-NV"),
                ]
            )
        )

    def test_other_company_award_not_matched(self):
        result = self.run_import("commendation.award", self._file("Giám đốc Sở A"))
        self.assertImported(result, 1)
        own = self._awards() - self.award_b
        self.assertEqual(own.ids, result["ids"], "a new award of the own company")
        self.assertEqual(
            (own.company_id, own.authority), (self.company, "Giám đốc Sở A")
        )
        self.assertEqual(
            (self.award_b.company_id, self.award_b.state, self.award_b.authority),
            (self.company_b, "revoked", "Giám đốc Sở B"),
            "the other agency's award untouched",
        )
        # again: the own company's award is updated, nothing is added
        result = self.run_import("commendation.award", self._file("Giám đốc Sở"))
        self.assertImported(result, 1)
        self.assertEqual(result["ids"], own.ids)
        self.assertEqual(self._awards(), own | self.award_b)
        self.assertEqual(own.authority, "Giám đốc Sở")
        self.assertEqual(self.award_b.authority, "Giám đốc Sở B")
