import datetime
import io

from openpyxl import load_workbook

from odoo.tests import tagged

from odoo.addons.emulation_commendation.reports.xlsx_builder import (
    XlsxBuilder,
    XlsxColumn,
)

from .common import D, ReportsCase, xlsx_download


@tagged("post_install", "-at_install")
class TestXlsxExports(ReportsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dossier, cls.awards = cls._make_decided_dossier()
        cls.round = cls._make_round(year=2024)
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
        self.assertEqual(len(rows), 3)
        first = rows[0]
        self.assertEqual(first[1], 2025)
        self.assertEqual(first[3], "Cá nhân")
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
        self.assertEqual(len(rows), 1)  # one form decided by the Director
        self.assertEqual(sum(r[3] for r in rows), 3)
        self.assertEqual(sum(r[5] for r in rows), 3)  # individuals
        self.assertIn("0602.N", book["0602.N"]["A1"].value)

    def test_dossiers_votes(self):
        """One row per proposed recipient: its state, the session with the
        tally, the proposal upwards and the decision."""
        book = self._workbook(self.Export._dossiers_xlsx(self.round["dossiers"]))
        sheet = book["Hồ sơ đề nghị"]
        self.assertEqual(sheet.freeze_panes, "A4")
        header = [cell.value for cell in sheet[3]]
        col = {name: index for index, name in enumerate(header)}
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 8)
        by_key = {
            (r[col["Họ và tên / Tập thể"]], r[col["Danh hiệu / Hình thức đề nghị"]]): r
            for r in rows
        }
        session = self.round["session"]
        failed = by_key[("Phạm Văn Ba", self.type_title.name)]
        self.assertEqual(failed[col["Trạng thái"]], "Hội đồng không thông qua")
        self.assertEqual(failed[col["Phiên họp Hội đồng"]], session.name)
        self.assertIsInstance(failed[col["Ngày họp"]], datetime.datetime)
        self.assertEqual(failed[col["Phiếu đồng ý"]], 2)
        self.assertEqual(failed[col["Phiếu không đồng ý"]], 3)
        self.assertEqual(failed[col["Tổng số thành viên HĐ"]], 5)
        self.assertAlmostEqual(failed[col["Tỷ lệ đồng ý"]], 0.4)
        self.assertAlmostEqual(failed[col["Mức cần đạt"]], 0.8)
        self.assertEqual(failed[col["Số phiếu cần đạt"]], 4)
        self.assertEqual(failed[col["Kết quả"]], "Không đạt")
        self.assertIsNone(failed[col["Số quyết định"]])
        decided = by_key[("Nguyễn Văn Một", self.type_title.name)]
        self.assertEqual(decided[col["Trạng thái"]], "Đã có quyết định")
        self.assertEqual(decided[col["Kết quả"]], "Đạt")
        self.assertEqual(decided[col["Số quyết định"]], "153/QĐ-NV")
        self.assertIsInstance(decided[col["Ngày quyết định"]], datetime.datetime)
        self.assertEqual(decided[col["Cơ quan ban hành"]], "Giám đốc Sở Ngoại vụ")
        collective = by_key[("Phòng Thử nghiệm A", self.type_form.name)]
        self.assertEqual(collective[col["Đối tượng"]], "Tập thể")
        proposed = by_key[("Đỗ Thị Bốn", self.type_city.name)]
        self.assertEqual(proposed[col["Trạng thái"]], "Đã trình cấp trên")
        self.assertEqual(proposed[col["Tờ trình cấp trên"]], "25/TTr-NV")
        self.assertEqual(proposed[col["Trạng thái hồ sơ"]], "Đang xét")

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
        action = self.Export.with_user(self.user_office).action_export(
            "dossiers", self.dossier.with_user(self.user_office)
        )
        self.assertEqual(action["type"], "ir.actions.act_url")
        content, name = xlsx_download(self.env(user=self.user_office), action)
        self.assertTrue(name.endswith(".xlsx"))
        self.assertTrue(content.startswith(b"PK"))
