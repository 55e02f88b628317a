"""Lists of people in printed documents and exports follow the order of
Vietnamese lists (given name, family name, middle names; Đ after D, tones in
dictionary order); documents grouped by unit keep the organisation's order."""

import io
from datetime import date

from openpyxl import load_workbook

from odoo.tests import tagged

from .common import EmulationCase

NAMES = ["Trần Bình", "Nguyễn Thị Ánh", "Lê Đức Anh", "Đặng Văn An"]
ORDERED = ["Đặng Văn An", "Lê Đức Anh", "Nguyễn Thị Ánh", "Trần Bình"]


@tagged("post_install", "-at_install")
class TestVietnameseOrderInDocuments(EmulationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the organisation's order is not the alphabet's
        cls.dept_a.write({"name": "A Phòng thứ hai", "sequence": 2})
        cls.dept_b.write({"name": "Z Phòng thứ nhất", "sequence": 1})
        cls.people = cls.env["hr.employee"].create(
            [{"name": name, "department_id": cls.dept_a.id} for name in NAMES]
        )
        cls.people_first = cls.env["hr.employee"].create(
            [
                {"name": "Đỗ Văn Dũng", "department_id": cls.dept_b.id},
                {"name": "Đinh Thị Dung", "department_id": cls.dept_b.id},
            ]
        )
        cls.type_order = cls.env["commendation.type"].create(
            {
                "code": "VN_ORDER_GK",
                "name": "Giấy khen (thứ tự)",
                "category": "form",
                "recipient_kind": "individual",
                "allow_collective": True,
            }
        )
        cls.helper = cls.env["emulation.document.helper"]

    def _awards(self, dossier=None):
        Award = self.env["commendation.award"]
        vals = [
            {
                "employee_id": employee.id,
                "type_id": self.type_order.id,
                "year": 2025,
                "decision_number": "9/QĐ-THUTU",
                "decision_date": date(2025, 12, 20),
                "dossier_id": dossier.id if dossier else False,
            }
            for employee in self.people | self.people_first
        ]
        vals.append(
            {
                "department_id": self.dept_a.id,
                "type_id": self.type_order.id,
                "year": 2025,
                "decision_number": "9/QĐ-THUTU",
                "dossier_id": dossier.id if dossier else False,
            }
        )
        return Award.create(vals)

    def test_people_order(self):
        awards = self._awards()
        people = awards.filtered("employee_id") & awards.filtered(
            lambda a: a.employee_id in self.people
        )
        self.assertEqual(
            self.helper.sorted_people(people).mapped("recipient_name"), ORDERED
        )
        self.assertEqual(
            self.helper.sorted_recipients(awards).mapped("recipient_name"),
            ["A Phòng thứ hai", *ORDERED, "Đinh Thị Dung", "Đỗ Văn Dũng"],
        )

    def test_awards_spreadsheet(self):
        awards = self._awards()
        content = self.env["emulation.xlsx.export"]._awards_xlsx(awards)
        sheet = load_workbook(io.BytesIO(content))["Khen thưởng"]
        names = [
            row[2]
            for row in sheet.iter_rows(min_row=5, values_only=True)
            if isinstance(row[0], int)
        ]
        # the first unit of the organisation first, then the second: its
        # collective award, then its people in Vietnamese order
        self.assertEqual(
            names,
            ["Đinh Thị Dung", "Đỗ Văn Dũng", "A Phòng thứ hai", *ORDERED],
        )

    def test_printed_lists(self):
        """The certificates of a decision print in the order of its list:
        the unit's collective award first, then its people in Vietnamese
        order (the proposal and decision lists use the same keys)."""
        decision = self.env["commendation.decision"].create(
            {"subject": "Thứ tự", "authority_level": "department"}
        )
        awards = self._awards()
        awards.write({"decision_id": decision.id})
        html = self.env["ir.actions.report"]._render_qweb_html(
            "emulation_commendation.report_decision_certificates", decision.ids
        )[0]
        text = " ".join(html.decode().split())
        positions = [text.find(name) for name in ORDERED]
        self.assertTrue(all(p >= 0 for p in positions), positions)
        self.assertEqual(positions, sorted(positions))
