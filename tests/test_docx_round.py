"""Word documents of the year-end round: the council session's minutes,
ballot and vote count, the decision with its list, the proposal upwards;
the certificates of a decision on its blank."""

from odoo.tests import tagged

from .docx_common import MOTTO, MOTTO2, D, DocxCommonCase, read_docx
from .test_blank import page_sizes


class RoundCommonCase(DocxCommonCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Employee = cls.env["hr.employee"]
        Department = cls.env["hr.department"]
        # units in the order of the organisation: the Office first
        cls.office = Department.create({"name": "Văn phòng (docx)"})
        cls.unit_z = Department.create({"name": "Ả Phòng Zeta (docx)"})
        cls.people = Employee.create(
            [
                {"name": "Trần Thị Yến", "department_id": cls.office.id},
                {"name": "Nguyễn Văn Bảo", "department_id": cls.office.id},
                {"name": "Lê Văn An", "department_id": cls.office.id},
                {"name": "Đỗ Thị Hà", "department_id": cls.unit_z.id},
            ]
        )
        cls.council = cls.env["emulation.council"].create(
            {
                "name": "Hội đồng Thi đua - Khen thưởng (docx)",
                "member_ids": [
                    (0, 0, {"employee_id": cls.head.id, "role": "chair"}),
                    (0, 0, {"employee_id": cls.emp1.id, "role": "secretary"}),
                    (0, 0, {"employee_id": cls.emp2.id, "role": "member"}),
                    (0, 0, {"employee_id": cls.emp3.id, "role": "member"}),
                    (0, 0, {"employee_id": cls.people[0].id, "role": "member"}),
                ],
            }
        )
        cls.type_form.write({"secret_ballot": True, "allow_collective": True})
        cls.type_city = cls.env["commendation.type"].create(
            {
                "name": "Bằng khen của Chủ tịch UBND thành phố (docx)",
                "code": "DOCX_BK",
                "category": "form",
                "authority_level": "city",
                "vote_threshold": 80,
            }
        )
        cls.round_dossier = cls.env["commendation.dossier"].create(
            {
                "title": "Hồ sơ (docx round)",
                "year": 2025,
                "department_id": cls.office.id,
                "date": D(2025, 12, 1),
                "line_ids": [
                    (0, 0, {"employee_id": person.id, "type_id": cls.type_form.id})
                    for person in cls.people
                ]
                + [
                    (0, 0, {"employee_id": cls.emp2.id, "type_id": cls.type_city.id}),
                    (
                        0,
                        0,
                        {"department_id": cls.dept_b.id, "type_id": cls.type_form.id},
                    ),
                ],
            }
        )
        lines = cls.round_dossier.line_ids
        cls.form_lines = lines.filtered(lambda ln: ln.type_id == cls.type_form)
        cls.city_line = lines - cls.form_lines
        members = cls.council.member_ids
        cls.council_session = cls.env["commendation.council.session"].create(
            {
                "council_id": cls.council.id,
                "date": D(2025, 12, 10),
                "place": "Phòng họp số 1",
                "present_member_ids": [(6, 0, members[:4].ids)],
                "written_member_ids": [(6, 0, members[4:].ids)],
            }
        )
        # as the session leaves them once closed (the round's own flow is
        # tested by its feature; these tests read the documents)
        cls.round_dossier.with_context(emulation_workflow=True).sudo().write(
            {"state": "in_round"}
        )
        lines.write({"session_id": cls.council_session.id, "state": "on_agenda"})
        cls.council_session.action_start()
        for line in lines:
            line.write({"votes_for": 5, "votes_against": 0})
        # Nguyễn Văn Bảo: 2 of 5, below 50 %
        lines[1].write({"votes_for": 2, "votes_against": 3})
        cls.council_session.action_close()
        cls.decision = cls.env["commendation.decision"].create(
            {"authority_level": "department", "year": 2025, "date": D(2025, 12, 15)}
        )
        passed = cls.form_lines.filtered(lambda ln: ln.state == "passed")
        cls.decision.action_add_lines(passed)
        cls.proposal = cls.env["commendation.proposal"].create(
            {"authority_level": "city", "year": 2025, "date": D(2025, 12, 12)}
        )
        cls.proposal.action_add_lines(cls.city_line)


@tagged("post_install", "-at_install")
class TestDocxRound(RoundCommonCase):
    def test_session_minutes(self):
        document, texts = read_docx(
            self.render_docx("docx_session_minutes", self.council_session)
        )
        self.assert_nd30_page(document)
        self.assertIn(MOTTO, texts)
        self.assertIn(MOTTO2, texts)
        self.assertIn("Hải Phòng, ngày 10 tháng 12 năm 2025", texts)
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
        _document, texts = read_docx(
            self.render_docx("docx_session_ballot", self.council_session)
        )
        self.assert_in_order(texts, ["PHIẾU BẦU", "Đồng ý", "Không đồng ý"])
        for person in self.people:
            self.assertIn(person.name, texts)
        document, texts = read_docx(
            self.render_docx("docx_session_tally", self.council_session)
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
        document, texts = read_docx(self.render_docx("docx_decision", self.decision))
        self.assert_nd30_page(document)
        self.assertIn("Số: 152/QĐ-NV", texts)
        self.assertIn("Hải Phòng, ngày 15 tháng 12 năm 2025", texts)
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
        document, _texts = read_docx(self.render_docx("docx_decision", self.decision))
        rows = [[cell.text for cell in row.cells] for row in document.tables[-1].rows]
        numbers = {row[1]: row[5] for row in rows if row[0] != row[-1]}
        for award in self.decision.award_ids:
            self.assertEqual(numbers[award.recipient_name], award.gold_book_number)

    def test_proposal_upwards(self):
        self.proposal.name = "25/TTr-NV"
        document, texts = read_docx(self.render_docx("docx_proposal", self.proposal))
        self.assert_nd30_page(document)
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
            .with_user(self.office_user)
            ._render_qweb_pdf(
                "emulation_commendation.blank_decision_certificates",
                self.decision.ids,
            )
        )
        self.assertEqual(kind, "pdf")
        self.assertEqual(len(page_sizes(pdf)), len(self.decision.award_ids))
        self.assertEqual(len(self.decision.award_ids), 4)
