"""The first day, as the README walks through it: the sample workbook
(static/xls/du_lieu_mau_2021_2025.xlsx: the demo units and people with
2021-2025) imported sheet by sheet through Odoo's import screen, then what
eligibility says about 2025."""

import io
import pathlib
from datetime import date

from openpyxl import load_workbook

from odoo.tests import new_test_user, tagged
from odoo.tools.misc import file_path

from .common import MODULE, ImportCase

SAMPLE = f"{MODULE}/static/xls/du_lieu_mau_2021_2025.xlsx"
SHEETS = [
    ("1. Đơn vị", "hr.department"),
    ("2. Nhân viên", "hr.employee"),
    ("3. Văn bản", "emulation.legal.document"),
    ("4. Xếp loại cá nhân", "emulation.rating"),
    ("5. Xếp loại tập thể", "emulation.department.rating"),
    ("6. Sáng kiến", "emulation.initiative"),
    ("7. Kỷ luật", "emulation.discipline"),
    ("8. Khen thưởng", "commendation.award"),
]


@tagged("post_install", "-at_install")
class TestSampleWorkbook(ImportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.content = pathlib.Path(file_path(SAMPLE)).read_bytes()
        book = load_workbook(io.BytesIO(cls.content))
        units = [
            row for row in book["1. Đơn vị"].iter_rows(min_row=2, values_only=True)
        ]
        people = [
            row for row in book["2. Nhân viên"].iter_rows(min_row=2, values_only=True)
        ]
        cls.codes = {row[0]: row[3] for row in people if row[0]}
        # The test does not lean on the demo data, and must not meet it
        # either: units and people of the same names are set aside.
        Department = cls.env["hr.department"].with_context(active_test=False)
        for unit in Department.search(
            [
                "|",
                ("name", "in", [row[0] for row in units if row[0]]),
                ("emulation_code", "in", [row[1] for row in units if row[1]]),
            ]
        ):
            unit.write({"name": f"{unit.name} (set aside)", "emulation_code": False})
        Employee = cls.env["hr.employee"].with_context(active_test=False)
        for employee in Employee.search([("name", "in", list(cls.codes))]):
            employee.write({"name": f"{employee.name} (set aside)", "barcode": False})
        cls.first_day = new_test_user(
            cls.env,
            login="first_day_admin",
            groups=f"base.group_user,hr.group_hr_manager,{MODULE}.group_manager",
            name="First Day Administrator",
        )

    def employee(self, name):
        return self.env["hr.employee"].search([("barcode", "=", self.codes[name])])

    def test_first_day(self):
        counts = {}
        for sheet, model in SHEETS:
            with self.subTest(sheet=sheet):
                result = self.run_import(
                    model, self.content, user=self.first_day, sheet=sheet
                )
                self.assertImported(result)
                counts[sheet] = len(result["ids"])
        self.assertEqual(counts["2. Nhân viên"], len(self.codes))
        self.assertGreaterEqual(counts["4. Xếp loại cá nhân"], 100)

        # the dissolved unit of the former Hải Dương province is archived
        dissolved = (
            self.env["hr.department"]
            .with_context(active_test=False)
            .search([("emulation_code", "=", "HTQT-HD")])
        )
        self.assertFalse(dissolved.active)
        self.assertEqual(dissolved.emulation_dissolved_date, date(2025, 7, 1))

        # the same sheet again: updated, not duplicated
        ratings = self.env["emulation.rating"].search_count([])
        self.assertImported(
            self.run_import(
                "emulation.rating",
                self.content,
                user=self.first_day,
                sheet="4. Xếp loại cá nhân",
            )
        )
        self.assertEqual(self.env["emulation.rating"].search_count([]), ratings)

        # What eligibility says about 2025 once the history is in
        Type = self.env["commendation.type"]
        ctype = {
            code: Type.search([("code", "=", code)])
            for code in ("CSTD_TP", "BK_TTG", "LDTT", "TTLDXS")
        }
        unit_ls = self.env["hr.department"].search([("emulation_code", "=", "LS")])
        items = [
            ("duc", ctype["CSTD_TP"], self.employee("Lê Minh Đức"), False),
            ("quan", ctype["BK_TTG"], self.employee("Hoàng Văn Quân"), False),
            ("anh", ctype["LDTT"], self.employee("Phan Thị Ngọc Ánh"), False),
            ("ls", ctype["TTLDXS"], False, unit_ls),
        ]
        results = self.env["commendation.eligibility"].evaluate(
            [
                {
                    "key": key,
                    "type": type_,
                    "employee": employee or self.env["hr.employee"],
                    "department": unit or self.env["hr.department"],
                    "year": 2025,
                    "date": date(2025, 12, 31),
                }
                for key, type_, employee, unit in items
            ]
        )
        self.assertEqual(results["duc"][0], "eligible", results["duc"][1])
        self.assertIn("Chiến sĩ thi đua cơ sở 3 consecutive years", results["duc"][1])
        self.assertEqual(results["quan"][0], "eligible", results["quan"][1])
        self.assertIn("3120/QĐ-UBND", results["quan"][1])
        self.assertEqual(results["anh"][0], "not_eligible", results["anh"][1])
        self.assertIn("Disciplined", results["anh"][1])
        self.assertIn(
            "(collective rating): Rating 2025: Excellently Completed (HTXS) — met",
            results["ls"][1],
        )
