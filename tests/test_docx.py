"""Word (.docx) documents: each one is read back with python-docx."""

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import MOTTO, MOTTO2, DocxCase, paragraph_runs


@tagged("post_install", "-at_install")
class TestDocxDocuments(DocxCase):
    def assert_official(self, texts, number, date_line):
        self.assert_all_in(texts, MOTTO, MOTTO2, number, date_line)
        # the motto first, the number and the date under it
        self.assert_in_order(texts, [MOTTO, MOTTO2, number, date_line])

    def assert_italic(self, document, text):
        element = paragraph_runs(document, text)
        self.assertIsNotNone(element, text)
        paragraph = Paragraph(element, document._body)
        self.assertTrue(paragraph.style.font.italic, "%s is in italics" % text)

    def test_plan(self):
        document, texts = self.read_rendered(
            "docx_emulation_plan", self.plan, nd30=True
        )
        self.assert_official(
            texts, "Số: 113/KH-NV", "Hải Phòng, ngày 19 tháng 02 năm 2025"
        )
        self.assert_italic(document, "Hải Phòng, ngày 19 tháng 02 năm 2025")
        self.assert_all_in(texts, "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NGOẠI VỤ")
        self.assert_in_order(
            texts,
            [
                "KẾ HOẠCH",
                "Triển khai công tác thi đua, khen thưởng năm 2025",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Triển khai thực hiện Chỉ thị số 41-CT/TW.",
                "- Thi đua thực chất, hiệu quả.",
                "II. NHIỆM VỤ CỤ THỂ",
                "1. Quý I",
                "- Ban hành Kế hoạch năm 2025.",
                "2. Quý II",
                "- Báo cáo sơ kết 6 tháng.",
                "III. TỔ CHỨC THỰC HIỆN",
                "Văn phòng Sở chủ trì tham mưu.",
                "Nơi nhận:",
                "- Lãnh đạo Sở;",
                "- Lưu: VT, VP.",
                "GIÁM ĐỐC",
                "Nguyễn Thị Giám Đốc",
            ],
        )
        # no placeholder is left
        self.assertFalse([t for t in texts if "{{" in t or "{%" in t])
        # pages numbered from the second: a PAGE field in the header, not on
        # the first page
        section = document.sections[0]
        self.assertTrue(section.different_first_page_header_footer)
        self.assertIn('instr="PAGE"', section.header._element.xml)

    def test_plan_signer_and_recipients_of_the_plan(self):
        signer = self.env["hr.employee"].create({"name": "Đỗ Văn Phó"})
        self.plan.write(
            {
                "signer_id": signer.id,
                "signer_position": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
                "recipients": "<p>- UBND thành phố (để b/c);</p>"
                "<p>- Các phòng, đơn vị;</p><p>- Lưu: VT, VP.</p>",
            }
        )
        _document, texts = self.read_rendered("docx_emulation_plan", self.plan)
        self.assert_in_order(
            texts,
            [
                "- UBND thành phố (để b/c);",
                "- Các phòng, đơn vị;",
                "- Lưu: VT, VP.",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Đỗ Văn Phó",
            ],
        )
        self.assertNotIn("- Lãnh đạo Sở;", texts)

    def test_unit_proposal_with_list(self):
        document, texts = self.read_rendered(
            "docx_dossier_proposal", self.dossier, nd30=True
        )
        self.assert_official(
            texts,
            "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr-NV",
            "Hải Phòng, ngày 05 tháng 12 năm 2025",
        )
        # issued by the unit: its name in the agency block, its head signs
        self.assert_all_in(texts, "PHÒNG DOCX A", "SỞ NGOẠI VỤ")
        self.assert_in_order(
            texts,
            [
                "TỜ TRÌNH",
                "Kính gửi: Giám đốc Sở Ngoại vụ.",
                "Phòng Docx A kính đề nghị Giám đốc Sở Ngoại vụ xem xét, khen thưởng "
                "cho 03 tập thể, cá nhân",
                "1. Danh hiệu “Chiến sĩ thi đua cơ sở (docx)”: 01 cá nhân.",
                "Kính trình Giám đốc Sở Ngoại vụ xem xét, quyết định./.",
                "TRƯỞNG PHÒNG",
                "Trần Văn Trưởng",
                # the list, in the order of the dossier
                "DANH SÁCH",
                "(Kèm theo Tờ trình số",
                "Lê Thị Bình",
                "Nguyễn Văn An",
                "Phòng Docx A",
            ],
        )
        list_table = document.tables[-1]
        header = [cell.text for cell in list_table.rows[0].cells]
        self.assertEqual(header[0], "STT")
        rows = [[cell.text for cell in row.cells] for row in list_table.rows[1:]]
        self.assertEqual([row[0] for row in rows], ["1", "2", "3"])
        self.assertEqual(
            [row[1] for row in rows], ["Lê Thị Bình", "Nguyễn Văn An", "Phòng Docx A"]
        )
        self.assertEqual(rows[0][2], "Chuyên viên chính, Phòng Docx A")
        self.assertEqual(rows[2][2], "Tập thể")
        # the header row repeats on every page of a long list
        self.assertIsNotNone(
            list_table.rows[0]._tr.trPr.find(qn("w:tblHeader")),
        )

    def test_achievement_individual(self):
        _document, texts = self.read_rendered(
            "docx_achievement", self.line_binh, nd30=True
        )
        self.assert_all_in(texts, MOTTO, "Hải Phòng, ngày 05 tháng 12 năm 2025")
        self.assert_in_order(
            texts,
            [
                "BÁO CÁO THÀNH TÍCH",
                "Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở (docx)” năm 2025",
                "I. SƠ LƯỢC LÝ LỊCH",
                "- Họ và tên: Lê Thị Bình.",
                "- Giới tính: Nữ.",
                "II. THÀNH TÍCH ĐẠT ĐƯỢC",
                "Hoàn thành xuất sắc nhiệm vụ được giao.",
                "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
                "1. Danh hiệu thi đua",
                "Chiến sĩ thi đua cơ sở (docx)",
                "Quyết định số 30/QĐ-NV ngày 18/12/2022",
                "2. Hình thức khen thưởng",
                "Giấy khen của Giám đốc Sở (docx)",
                "Quyết định số 45/QĐ-NV ngày 20/12/2023; Giám đốc Sở Ngoại vụ",
                "THỦ TRƯỞNG ĐƠN VỊ",
                "NGƯỜI BÁO CÁO THÀNH TÍCH",
                "Lê Thị Bình",
                "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
            ],
        )
        # a personal report: no agency block
        self.assertNotIn("SỞ NGOẠI VỤ", texts)

    def test_achievement_collective(self):
        _document, texts = self.read_rendered("docx_achievement", self.line_dept)
        self.assert_in_order(
            texts,
            [
                "SỞ NGOẠI VỤ",
                "PHÒNG DOCX A",
                MOTTO,
                "BÁO CÁO THÀNH TÍCH",
                "Đề nghị tặng danh hiệu “Tập thể lao động xuất sắc (docx)” năm 2025",
                "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
                "- Tên tập thể: Phòng Docx A.",
                "- Người đứng đầu: Trần Văn Trưởng, Trưởng phòng.",
                # the head, An and Bình, and the base's Officer A, A1 and A2
                "- Tổng số cán bộ, công chức, người lao động: 06.",
                "- Chức năng, nhiệm vụ: Tham mưu công tác đối ngoại.",
                "Dẫn đầu khối thi đua.",
                "- 01 cá nhân được tặng “Chiến sĩ thi đua cơ sở (docx)” năm 2025.",
                "1. Danh hiệu thi đua",
                "Tập thể lao động xuất sắc (docx)",
                "Quyết định số 51/QĐ-NV ngày 19/12/2024",
                "2. Hình thức khen thưởng",
                "Chưa có",
                "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
                "THỦ TRƯỞNG ĐƠN VỊ",
                "Trần Văn Trưởng",
            ],
        )

    def test_achievement_foreign(self):
        _document, texts = self.read_rendered("docx_achievement", self.line_foreign)
        self.assert_in_order(
            texts,
            [
                "UBND THÀNH PHỐ HẢI PHÒNG",
                "SỞ NGOẠI VỤ",
                "BÁO CÁO THÀNH TÍCH",
                "Đề nghị tặng Bằng khen đối ngoại (docx) năm 2025 cho Tanaka Hiroshi "
                "(Japan)",
                "I. THÔNG TIN CHUNG",
                "- Họ và tên: Tanaka Hiroshi.",
                "- Quốc tịch: Japan.",
                "- Chức vụ: Tổng Lãnh sự.",
                "- Cơ quan, tổ chức: Tổng Lãnh sự quán Nhật Bản.",
                "Đóng góp cho hợp tác Hải Phòng - Nhật Bản.",
                "1. Danh hiệu thi đua",
                "Chưa có",
                "2. Hình thức khen thưởng",
                "Bằng khen đối ngoại (docx)",
                "Quyết định số 7/QĐ-UBND ngày 02/09/2021; Chủ tịch UBND thành phố "
                "Hải Phòng",
                "THỦ TRƯỞNG CƠ QUAN ĐỀ NGHỊ",
                "Nguyễn Thị Giám Đốc",
            ],
        )

    def test_achievement_pdf_shares_the_values(self):
        """The PDF prints the same blocks for a collective and a foreign
        recipient (item 2 of the issue: no longer individuals only)."""
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "emulation_commendation.report_dossier_achievements",
                (self.dossier | self.foreign_dossier).ids,
            )[0]
            .decode()
        )
        for text in (
            "I. SƠ LƯỢC LÝ LỊCH",
            "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
            "I. THÔNG TIN CHUNG",
            "Tổng Lãnh sự quán Nhật Bản",
            "51/QĐ-NV",
            "7/QĐ-UBND",
            "THỦ TRƯỞNG CƠ QUAN ĐỀ NGHỊ",
        ):
            self.assertIn(text, html)
        # four recipients, four reports
        self.assertEqual(html.count(">BÁO CÁO THÀNH TÍCH<"), 4)

    def test_dossier_achievements_one_file(self):
        document, texts = self.read_rendered("docx_dossier_achievements", self.dossier)
        # one document per recipient, each in its own section, pages
        # numbered from 1 in each
        self.assertEqual(len(document.sections), 3)
        self.assertEqual(texts.count("BÁO CÁO THÀNH TÍCH"), 3)
        for sect_pr in document.element.body.iter(qn("w:sectPr")):
            self.assertEqual(sect_pr.find(qn("w:pgNumType")).get(qn("w:start")), "1")
        self.assert_in_order(texts, ["Lê Thị Bình", "Nguyễn Văn An", "Phòng Docx A"])

    def test_periodic_report(self):
        _document, texts = self.read_rendered(
            "docx_emulation_report", self.report, nd30=True
        )
        self.assert_official(
            texts, "Số: 25/BC-NV", "Hải Phòng, ngày 15 tháng 6 năm 2025"
        )
        self.assert_in_order(
            texts,
            [
                "BÁO CÁO",
                "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025",
                "I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
                "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng "
                "đầu năm 2025 của Sở Ngoại vụ./.",
                "GIÁM ĐỐC",
                "Nguyễn Thị Giám Đốc",
            ],
        )

    def test_values_escape_xml(self):
        """Text with &, < and > is printed as typed (autoescape)."""
        self.plan.name = "Thi đua <2025> & khen thưởng"
        _document, texts = self.read_rendered("docx_emulation_plan", self.plan)
        self.assertIn("Thi đua <2025> & khen thưởng", texts)

    def test_access_rights_follow_the_records(self):
        """A user who cannot read the record cannot print it as Word either."""
        with self.assertRaises(AccessError):
            self.render_docx(
                "docx_dossier_proposal", self.dossier, user=self.user_plain
            )

    def test_print_menu(self):
        for xmlid in (
            "action_report_emulation_plan_docx",
            "action_report_dossier_proposal_docx",
            "action_report_dossier_line_achievement_docx",
            "action_report_dossier_achievements_docx",
            "action_report_emulation_report_docx",
        ):
            report = self.env.ref("emulation_commendation.%s" % xmlid)
            self.assertEqual(report.report_type, "docx")
            self.assertEqual(report.binding_type, "report")
            self.assertTrue(report.binding_model_id)
