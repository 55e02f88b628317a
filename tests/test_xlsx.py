import datetime
import io

from openpyxl import load_workbook

from odoo.tests import tagged

from odoo.addons.emulation_commendation.reports.xlsx_builder import (
    XlsxBuilder,
    XlsxColumn,
)

from .reports_common import D, ReportsCommonCase


@tagged("post_install", "-at_install")
class TestXlsxExports(ReportsCommonCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dossier, cls.awards = cls._make_decided_dossier()
        cls.Export = cls.env["emulation.xlsx.export"]

    def _workbook(self, content):
        return load_workbook(io.BytesIO(content))

    def test_builder_types(self):
        builder = XlsxBuilder()
        count = builder.add_sheet(
            "Kiểm tra",
            [
                XlsxColumn("Tên", 20),
                XlsxColumn("Số", 8, "int"),
                XlsxColumn("Ngày", 12, "date"),
                XlsxColumn("Tiền", 12, "money"),
            ],
            [("Một", 1, D(2025, 1, 2), 1000.0), ("Hai", 2, False, None)],
        )
        self.assertEqual(count, 2)
        sheet = self._workbook(builder.close())["Kiểm tra"]
        self.assertEqual([c.value for c in sheet[1]], ["Tên", "Số", "Ngày", "Tiền"])
        self.assertEqual(sheet.freeze_panes, "A2")
        self.assertIsInstance(sheet["B2"].value, int)
        self.assertIsInstance(sheet["C2"].value, datetime.datetime)
        self.assertEqual(sheet["D2"].value, 1000)
        self.assertIsNone(sheet["C3"].value)
        self.assertGreater(sheet.column_dimensions["A"].width, 15)

    def test_awards(self):
        content = self.Export._awards_xlsx(self.awards)
        book = self._workbook(content)
        self.assertEqual(book.sheetnames, ["Khen thưởng", "0602.N", "0603.N", "Cap So"])
        sheet = book["Khen thưởng"]
        # title, subtitle, blank, header on row 4, frozen below it
        self.assertEqual(sheet["A4"].value, "STT")
        self.assertEqual(sheet["C4"].value, "Họ và tên / Tập thể")
        self.assertEqual(sheet.freeze_panes, "A5")
        rows = [
            r
            for r in sheet.iter_rows(min_row=5, values_only=True)
            if isinstance(r[0], int)
        ]
        self.assertEqual(len(rows), 2)
        first = rows[0]
        self.assertEqual(first[1], 2025)
        self.assertIsInstance(first[9], datetime.datetime)
        self.assertIsInstance(first[11], int | float)
        self.assertIn(first[12], self.awards.mapped("gold_book_number"))

    def test_statistics_forms(self):
        book = self._workbook(self.Export._statistics_xlsx(self.awards))
        sheet = book["Cap So"]
        self.assertEqual(sheet["A4"].value, "STT")
        rows = [
            r
            for r in sheet.iter_rows(min_row=5, values_only=True)
            if isinstance(r[0], int)
        ]
        self.assertEqual(len(rows), 2)  # two types decided by the Director
        self.assertEqual(sum(r[3] for r in rows), 2)
        self.assertEqual(sum(r[5] for r in rows), 2)  # individuals
        self.assertIn("0602.N", book["0602.N"]["A1"].value)

    def test_dossiers_votes(self):
        book = self._workbook(self.Export._dossiers_xlsx(self.dossier))
        sheet = book["Hồ sơ đề nghị"]
        self.assertEqual(sheet["I3"].value, "Phiếu đồng ý")
        self.assertEqual(sheet.freeze_panes, "A4")
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 3)
        by_name = {r[5]: r for r in rows}
        self.assertEqual(by_name["Nguyễn Văn Một"][8], 4)
        self.assertEqual(by_name["Nguyễn Văn Một"][10], 4)
        self.assertAlmostEqual(by_name["Phạm Văn Ba"][11], 0.5)
        self.assertEqual(by_name["Phạm Văn Ba"][13], "Không đạt")

    def test_plan_tasks(self):
        plan = self.env["emulation.plan"].create(
            {
                "number": "77/KH-NV",
                "name": "Kế hoạch thử",
                "year": 2025,
                "task_ids": [
                    (
                        0,
                        0,
                        {
                            "quarter": "q2",
                            "name": "Nhiệm vụ B",
                            "deadline": D(2025, 6, 30),
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "quarter": "q1",
                            "name": "Nhiệm vụ A",
                            "department_ids": [(6, 0, self.dept_a.ids)],
                        },
                    ),
                ],
            }
        )
        sheet = self._workbook(self.Export._tasks_xlsx(plan))["Nhiệm vụ"]
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual([r[3] for r in rows], ["Nhiệm vụ A", "Nhiệm vụ B"])
        self.assertEqual(rows[0][2], "Quý I")
        self.assertEqual(rows[0][4], self.dept_a.name)
        self.assertIsInstance(rows[1][5], datetime.datetime)

    def test_download_action(self):
        action = self.Export.with_user(self.office_user).action_export(
            "dossiers", self.dossier.with_user(self.office_user)
        )
        self.assertEqual(action["type"], "ir.actions.act_url")
        attachment_id = int(action["url"].split("/")[3].split("?")[0])
        attachment = self.env["ir.attachment"].browse(attachment_id)
        self.assertTrue(attachment.name.endswith(".xlsx"))
        self.assertTrue(attachment.raw.startswith(b"PK"))
