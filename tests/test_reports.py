import shutil
import subprocess
import tempfile
import unittest

from odoo.tests import HttpCase, tagged
from odoo.tools.safe_eval import safe_eval, time

from .reports_common import D, ReportsCommonCase

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


@tagged("post_install", "-at_install")
class TestOfficialDocuments(ReportsCommonCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dossier, cls.awards = cls._make_decided_dossier()
        cls.history = cls._create_awards(
            {
                "employee_id": cls.emp1.id,
                "type_id": cls.type_form.id,
                "year": 2023,
                "decision_number": "45/QĐ-NV",
                "decision_date": D(2023, 12, 20),
                "authority": "Giám đốc Sở Ngoại vụ",
            }
        )
        cls.plan = cls.env["emulation.plan"].create(
            {
                "number": "113/KH-NV",
                "name": "Triển khai một số nhiệm vụ trọng tâm công tác thi đua, "
                "khen thưởng năm 2025",
                "date": D(2025, 2, 19),
                "year": 2025,
                "objectives": "<p>Triển khai thực hiện Chỉ thị số 41-CT/TW.</p>",
                "implementation": "<p>Văn phòng Sở chủ trì tham mưu.</p>",
                "task_ids": [
                    (0, 0, {"quarter": "q1", "name": "Ban hành Kế hoạch năm 2025"}),
                    (0, 0, {"quarter": "q2", "name": "Báo cáo sơ kết 6 tháng"}),
                ],
            }
        )
        cls.report = cls.env["emulation.report"].create(
            {
                "kind": "semiannual",
                "year": 2025,
                "number": "25/BC-NV",
                "date": D(2025, 6, 15),
            }
        )

    def _html(self, report_xmlid, records):
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "emulation_commendation.%s" % report_xmlid, records.ids
        )
        return html.decode()

    def _assert_official(self, html, number_text, date_text, parent=True):
        self.assertIn(MOTTO, html)
        self.assertIn(MOTTO2, html)
        self.assertIn("SỞ NGOẠI VỤ", html)
        if parent:
            self.assertIn("UBND THÀNH PHỐ HẢI PHÒNG", html)
        self.assertIn(number_text, html)
        self.assertIn(date_text, html)
        self.assertIn("o_nd30_sign", html)

    def test_decision(self):
        html = self._html("report_dossier_decision", self.dossier)
        self._assert_official(
            html, "Số: 12/QĐ-NV", "Hải Phòng, ngày 15 tháng 12 năm 2025"
        )
        self.assertIn("QUYẾT ĐỊNH", html)
        for article in ("Điều 1.", "Điều 2.", "Điều 3."):
            self.assertIn(article, html)
        self.assertIn("Nơi nhận:", html)
        self.assertIn("Nguyễn Thị Test", html)
        # the list attached: names, reward, gold book numbers
        self.assertIn("DANH SÁCH", html)
        self.assertIn("Nguyễn Văn Một", html)
        self.assertIn("2.340.000", html)
        for award in self.awards:
            self.assertIn(award.gold_book_number, html)
        # not voted through: not in the decision
        self.assertNotIn("Phạm Văn Ba", html)

    def test_decision_file_name(self):
        report = self.env.ref("emulation_commendation.action_report_dossier_decision")
        name = safe_eval(
            report.print_report_name, {"object": self.dossier, "time": time}
        )
        self.assertEqual(name, "QD-12-2025-Khen-thuong")

    def test_proposal(self):
        html = self._html("report_dossier_proposal", self.dossier)
        self._assert_official(
            html, "/TTr-NV", "Hải Phòng, ngày 05 tháng 12 năm 2025", parent=False
        )
        self.assertIn("TỜ TRÌNH", html)
        self.assertIn("Kính gửi", html)
        # issued by the unit for an award of the Director
        self.assertIn("PHÒNG THỬ NGHIỆM A", html)
        self.assertIn("Trưởng Phòng A", html)
        self.assertIn("Phạm Văn Ba", html)

    def test_minutes(self):
        html = self._html("report_dossier_minutes", self.dossier)
        self._assert_official(
            html, "/BB-NV", "Hải Phòng, ngày 10 tháng 12 năm 2025", parent=False
        )
        self.assertIn("BIÊN BẢN", html)
        self.assertIn("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", html)
        # the tally per person, counted on the 4 members of the council
        self.assertIn("100,0%", html)  # 4 of 4
        self.assertIn("50,0%", html)  # 2 of 4, below 80 %
        self.assertIn("Không đạt", html)
        self.assertIn("CHỦ TỊCH HỘI ĐỒNG", html)
        self.assertIn("THƯ KÝ", html)

    def test_achievement_report_history(self):
        line = self.dossier.line_ids.filtered(lambda ln: ln.employee_id == self.emp1)
        html = self._html("report_achievement", line)
        self.assertIn(MOTTO, html)
        self.assertIn("BÁO CÁO THÀNH TÍCH", html)
        self.assertIn("Hải Phòng, ngày 05 tháng 12 năm 2025", html)
        self.assertIn("NGƯỜI BÁO CÁO THÀNH TÍCH", html)
        # history table filled from the awards of the employee
        self.assertIn("45/QĐ-NV", html)
        self.assertIn("20/12/2023", html)

    def test_plan(self):
        html = self._html("report_emulation_plan", self.plan)
        self._assert_official(
            html, "Số: 113/KH-NV", "Hải Phòng, ngày 19 tháng 02 năm 2025"
        )
        for section in (
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. NHIỆM VỤ CỤ THỂ",
            "III. TỔ CHỨC THỰC HIỆN",
        ):
            self.assertIn(section, html)
        self.assertIn("Quý I", html)
        self.assertIn("Ban hành Kế hoạch năm 2025", html)

    def test_periodic_report(self):
        html = self._html("report_emulation_report", self.report)
        self._assert_official(
            html, "Số: 25/BC-NV", "Hải Phòng, ngày 15 tháng 6 năm 2025"
        )
        self.assertIn("6 tháng đầu năm 2025", html)

    def test_certificates_batch(self):
        html = self._html("report_dossier_certificates", self.dossier)
        self.assertEqual(html.count('class="o_nd30_cert"'), 2)
        self.assertIn("GIÁM ĐỐC SỞ NGOẠI VỤ THÀNH PHỐ HẢI PHÒNG", html)
        self.assertIn("TẶNG DANH HIỆU", html)
        self.assertIn("GIẤY KHEN", html)
        self.assertIn("Số sổ vàng", html)
        report = self.env.ref(
            "emulation_commendation.action_report_dossier_certificates"
        )
        self.assertEqual(report.paperformat_id.orientation, "Landscape")

    def test_print_menu(self):
        for xmlid in (
            "action_report_dossier_decision",
            "action_report_dossier_proposal",
            "action_report_dossier_minutes",
            "action_report_dossier_certificates",
            "action_report_emulation_plan",
            "action_report_emulation_report",
            "action_report_award_certificate",
            "action_report_dossier_line_achievement",
        ):
            report = self.env.ref("emulation_commendation.%s" % xmlid)
            self.assertEqual(report.binding_type, "report")
            self.assertTrue(report.binding_model_id)


@tagged("post_install", "-at_install")
class TestRealPdf(HttpCase, ReportsCommonCase):
    """A real PDF through wkhtmltopdf. An HttpCase, so that wkhtmltopdf's
    requests for the report assets are served inside the test transaction."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dossier, cls.awards = cls._make_decided_dossier()

    def test_real_pdf(self):
        if not shutil.which("pdftotext"):
            raise unittest.SkipTest("pdftotext (poppler-utils) is not installed")
        if self.env["ir.actions.report"].get_wkhtmltopdf_state() == "install":
            raise unittest.SkipTest("wkhtmltopdf is not installed")
        pdf, content_type = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(
                "emulation_commendation.report_dossier_decision", self.dossier.ids
            )
        )
        self.assertEqual(content_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(pdf)
            handle.flush()
            text = subprocess.run(
                ["pdftotext", "-layout", handle.name, "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        flat = " ".join(text.split())
        # -layout keeps the two header columns side by side: check by words
        self.assertIn("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", flat)
        self.assertIn("Độc lập - Tự do - Hạnh phúc", flat)
        self.assertIn("Số: 12/QĐ-NV", flat)
        self.assertIn("Hải Phòng, ngày 15 tháng 12 năm 2025", flat)
        self.assertIn("Điều 3.", flat)
        self.assertIn("Nguyễn Thị Test", flat)
        # the list is on page 2, which carries its number
        pages = text.split("\f")
        self.assertGreaterEqual(len([p for p in pages if p.strip()]), 2)
        self.assertEqual(pages[1].split()[0], "2")
