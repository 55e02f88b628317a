"""Word documents of the year-end round: the council session's minutes,
ballot and vote count, the decision with its list, the proposal upwards;
the certificates of a decision on its blank."""

from odoo.tests import tagged

from .common import MOTTO, MOTTO2, DocxRoundCase
from .test_blank import page_sizes


@tagged("post_install", "-at_install")
class TestDocxRound(DocxRoundCase):
    def test_session_minutes(self):
        document, texts = self.read_rendered(
            "docx_session_minutes", self.council_session, nd30=True
        )
        self.assert_all_in(texts, MOTTO, MOTTO2, "Hải Phòng, ngày 10 tháng 12 năm 2025")
        self.assert_in_order(
            texts,
            [
                "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                "BIÊN BẢN",
                "Hôm nay, ngày 10/12/2025, tại Phòng họp số 1",
                "I. THÀNH PHẦN",
                "Chủ trì: Trần Văn Trưởng, Chủ tịch Hội đồng. Thư ký: Nguyễn Văn An.",
                "Tổng số thành viên Hội đồng: 05; có mặt: 04; vắng mặt: 01 (trong "
                "đó 01 thành viên gửi ý kiến bằng văn bản)",
                "Vắng, có ý kiến bằng văn bản",
                "II. NỘI DUNG",
                "Kết quả biểu quyết:",
                "III. KẾT LUẬN",
                "THƯ KÝ",
                "CHỦ TỊCH HỘI ĐỒNG",
                "Trần Văn Trưởng",
            ],
        )
        table = document.tables[-2]
        rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
        # 5 of the 5 members: 100 %; 3 of 5: 60 %, below 80 %
        self.assertIn(["5", "0", "100,0%"], [row[3:6] for row in rows])
        self.assertIn(["2", "3", "40,0%"], [row[3:6] for row in rows])
        self.assertIn("Không đạt", [row[7] for row in rows])
        self.assertIn("≥ 50% (3 phiếu)", [row[6] for row in rows])

    def test_ballot_and_tally(self):
        _document, texts = self.read_rendered(
            "docx_session_ballot", self.council_session
        )
        self.assert_in_order(texts, ["PHIẾU BẦU", "Đồng ý", "Không đồng ý"])
        for person in self.people:
            self.assertIn(person.name, texts)
        _document, texts = self.read_rendered(
            "docx_session_tally", self.council_session
        )
        self.assert_in_order(
            texts,
            [
                "BIÊN BẢN KIỂM PHIẾU",
                "- Tổng số thành viên Hội đồng: 05.",
                "- Số phiếu phát ra: 04; số phiếu thu về: 04.",
                "- Số thành viên vắng mặt gửi ý kiến bằng văn bản: 01.",
                "Kết quả kiểm phiếu:",
                "TRƯỞNG BAN KIỂM PHIẾU",
            ],
        )

    def test_decision_list_grouped_by_unit_in_name_order(self):
        self.decision.name = "152/QĐ-NV"
        document, texts = self.read_rendered("docx_decision", self.decision, nd30=True)
        self.assert_all_in(
            texts, "Số: 152/QĐ-NV", "Hải Phòng, ngày 15 tháng 12 năm 2025"
        )
        self.assert_in_order(
            texts,
            [
                "QUYẾT ĐỊNH",
                "GIÁM ĐỐC SỞ NGOẠI VỤ",
                "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày 10/12/2025;",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Giấy khen của Giám đốc Sở (docx) năm 2025 cho 01 tập "
                "thể, 03 cá nhân",
                "Điều 2.",
                "Điều 3.",
                "GIÁM ĐỐC",
                "Nguyễn Thị Giám Đốc",
                "DANH SÁCH",
                "(Kèm theo Quyết định số 152/QĐ-NV ngày 15/12/2025",
            ],
        )
        table = document.tables[-1]
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        names = [row[1] for row in rows[1:]]
        # collectives first, then the individuals unit by unit (units without
        # a sequence in Vietnamese alphabetical order), people by given name
        self.assertEqual(rows[1][0], rows[1][-1])  # a merged heading row
        self.assertTrue(rows[1][0].startswith("I. TẬP THỂ (01)"))
        self.assertEqual(names[1], "Phòng Docx B")
        individuals = [row for row in rows[3:] if row[0] != row[-1]]
        headings = [row[0] for row in rows[3:] if row[0] == row[-1]]
        self.assertEqual(headings[0], "II. CÁ NHÂN (03)")
        self.assertEqual(headings[1:], ["Ả Phòng Zeta (docx)", "Văn phòng (docx)"])
        self.assertEqual(
            [row[1] for row in individuals[:-1]],
            ["Đỗ Thị Hà", "Lê Văn An", "Trần Thị Yến"],
        )
        self.assertEqual([row[0] for row in individuals[:-1]], ["2", "3", "4"])
        self.assertTrue(individuals[-1][0].startswith("Tổng cộng: 04"))
        self.assertNotIn("Nguyễn Văn Bảo", names)

    def test_issued_decision_gold_book_numbers(self):
        self.decision.write({"name": "153/QĐ-NV"})
        self.decision.action_issue()
        document, _texts = self.read_rendered("docx_decision", self.decision)
        rows = [[cell.text for cell in row.cells] for row in document.tables[-1].rows]
        numbers = {row[1]: row[5] for row in rows if row[0] != row[-1]}
        for award in self.decision.award_ids:
            self.assertEqual(numbers[award.recipient_name], award.gold_book_number)

    def test_proposal_upwards(self):
        self.proposal.name = "25/TTr-NV"
        _document, texts = self.read_rendered("docx_proposal", self.proposal, nd30=True)
        self.assert_in_order(
            texts,
            [
                "UBND THÀNH PHỐ HẢI PHÒNG",
                "SỞ NGOẠI VỤ",
                "Số: 25/TTr-NV",
                "Hải Phòng, ngày 12 tháng 12 năm 2025",
                "TỜ TRÌNH",
                "Kính gửi: Chủ tịch Ủy ban nhân dân thành phố.",
                "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ ngày "
                "10/12/2025;",
                "1. Bằng khen của Chủ tịch UBND thành phố (docx): 01 cá nhân.",
                "GIÁM ĐỐC",
                "Nguyễn Thị Giám Đốc",
                "DANH SÁCH",
                "Lê Thị Bình",
                "5/5 (100,0%)",
            ],
        )

    def test_certificates_of_a_decision_on_its_blank(self):
        self.env["commendation.certificate.blank"].create(
            {"name": "Phôi (round)", "type_ids": [(6, 0, self.type_form.ids)]}
        )
        self.decision.write({"name": "154/QĐ-NV"})
        self.decision.action_issue()
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_user(self.user_office)
            ._render_qweb_pdf(
                "emulation_commendation.blank_decision_certificates",
                self.decision.ids,
            )
        )
        self.assertEqual(kind, "pdf")
        self.assertEqual(len(page_sizes(pdf)), len(self.decision.award_ids))
        self.assertEqual(len(self.decision.award_ids), 4)
