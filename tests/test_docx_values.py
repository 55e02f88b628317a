"""The Word documents start from the values of their PDF: the same head,
foot and figures, the Word version only writing them out as paragraphs."""

from unittest.mock import patch

from odoo.tests import tagged

from .common import D, ReportsCase


@tagged("post_install", "-at_install")
class TestDocxValuesFromThePdf(ReportsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        plan = cls.env["emulation.plan"].create(
            {"number": "2/KH-NV", "name": "Kế hoạch thử", "year": 2032}
        )
        cls.env["emulation.plan.task"].create(
            [
                {
                    "plan_id": plan.id,
                    "quarter": "q1",
                    "name": "Nhiệm vụ của phòng A",
                    "department_ids": [(6, 0, cls.dept_a.ids)],
                },
                {
                    "plan_id": plan.id,
                    "quarter": "q2",
                    "name": "Nhiệm vụ của phòng B",
                    "department_ids": [(6, 0, cls.dept_b.ids)],
                },
            ]
        )
        cls.report = cls.env["emulation.report"].create(
            {
                "kind": "semiannual",
                "year": 2032,
                "number": "7/BC-NV",
                "date": D(2032, 6, 15),
            }
        )

    def _values(self, report_name, record):
        pdf = self.env["report.emulation_commendation.report_%s" % report_name]
        docx = self.env["report.emulation_commendation.docx_%s" % report_name]
        return (
            pdf._get_report_values(record.ids)["documents"][record.id],
            docx._get_docx_documents(record.ids)[0],
        )

    def _units_in_order(self):
        units = self.dept_a | self.dept_b
        return units.sorted(lambda unit: unit._emulation_order_key()).mapped("name")

    def test_periodic_report_units_in_the_organisations_order(self):
        pdf, docx = self._values("emulation_report", self.report)
        names = [unit["name"] for unit in docx["units"]]
        self.assertEqual(names, self._units_in_order())
        # unit B has the first place in the organisation
        self.assertEqual(names, ["Phòng Thử nghiệm B", "Phòng Thử nghiệm A"])
        self.assertEqual(docx["units"], pdf["units"])

    def test_periodic_report_sorts_the_units_it_is_given(self):
        """Units handed over out of order are printed in the organisation's
        order, in the PDF and the Word document alike."""
        Report = type(self.env["emulation.report"])
        get_figures = Report._get_figures

        def reversed_units(report):
            figures = get_figures(report)
            figures["units"] = list(reversed(figures["units"]))
            return figures

        with patch.object(Report, "_get_figures", reversed_units):
            pdf, docx = self._values("emulation_report", self.report)
        self.assertEqual(
            [unit["name"] for unit in docx["units"]], self._units_in_order()
        )
        self.assertEqual(docx["units"], pdf["units"])

    def test_periodic_report_words_from_the_pdf_values(self):
        pdf, docx = self._values("emulation_report", self.report)
        for key in ("parent_agency", "agency", "number_line", "date_line", "subject"):
            self.assertEqual(docx[key], pdf[key], key)
        self.assertEqual(docx["number_line"], "Số: 7/BC-NV")
        self.assertEqual(
            docx["tasks_text"], "Tổng số nhiệm vụ trong kỳ: 02; đã hoàn thành: 00."
        )
        self.assertEqual(
            docx["tasks_by_quarter"],
            [
                {"period": row["label"], "total": row["total"], "done": row["done"]}
                for row in pdf["tasks_by_quarter"]
            ],
        )
        self.assertEqual(docx["direction_title"], pdf["direction_title"])
        self.assertEqual(
            docx["conclusion"],
            "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu "
            "năm 2032 của Sở Ngoại vụ./.",
        )
        self.assertEqual(docx["shortcoming_text"], [".........."])
        # the foot: the report's recipients, "Lưu: VT, ..." written by the
        # template around the archive
        self.assertEqual(docx["recipients"], pdf["recipients"])
        self.assertEqual("Lưu: %s." % docx["archive"], pdf["archive"])
        self.assertEqual(docx["signer"], "Nguyễn Thị Test")

    def test_plan_head_and_foot_from_the_pdf_values(self):
        plan = self.env["emulation.plan"].create(
            {
                "number": "3/KH-NV",
                "name": "Kế hoạch của Word",
                "year": 2032,
                "date": D(2032, 1, 5),
                "place": "Đồ Sơn",
                "objectives": "<p>Mục đích một.</p><ul><li>Yêu cầu hai.</li></ul>",
                "signer_position": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
            }
        )
        pdf, docx = self._values("emulation_plan", plan)
        for key in ("parent_agency", "agency", "number_line", "date_line", "title"):
            self.assertEqual(docx[key], pdf[key], key)
        self.assertEqual(docx["date_line"], "Đồ Sơn, ngày 05 tháng 01 năm 2032")
        self.assertEqual(docx["subject"], "Kế hoạch của Word")
        self.assertEqual(docx["objectives"], ["Mục đích một.", "- Yêu cầu hai."])
        self.assertEqual(docx["closing"], [])
        self.assertEqual(docx["sign_lines"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
        self.assertEqual(docx["sign_lines"], pdf["sign_lines"])
        self.assertEqual(docx["signer"], pdf["signer"])
        self.assertEqual(docx["recipients"], pdf["recipients"])
