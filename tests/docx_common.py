"""Fixtures of the Word (.docx) and certificate-blank tests: own departments,
people, titles, a plan, a unit's dossier with an individual, a collective and
a foreign recipient, a history of awards and a periodic report. No demo data."""

import base64
import datetime
import io

import docx
from docx.oxml.ns import qn

from odoo.tests.common import TransactionCase, new_test_user

D = datetime.date
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


def read_docx(content):
    """(python-docx Document, the text of every paragraph in order: body,
    tables included)."""
    document = docx.Document(io.BytesIO(content))
    texts = [
        "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
        for paragraph in document.element.body.iter(qn("w:p"))
    ]
    return document, texts


def paragraph_runs(document, text):
    """The runs of the first paragraph whose text is ``text``."""
    for paragraph in document.element.body.iter(qn("w:p")):
        if "".join(node.text or "" for node in paragraph.iter(qn("w:t"))) == text:
            return paragraph
    return None


class DocxCommonCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        cls.company = cls.env.company
        cls.company.write(
            {
                "emulation_parent_agency": "UBND THÀNH PHỐ HẢI PHÒNG",
                "emulation_agency_name": "SỞ NGOẠI VỤ",
                "emulation_agency_code": "NV",
                "emulation_place": "Hải Phòng",
                "emulation_signer_title": "GIÁM ĐỐC",
                "emulation_signer_name": "Nguyễn Thị Giám Đốc",
                "emulation_drafting_unit": "VP",
            }
        )
        cls.office_user = new_test_user(
            cls.env,
            login="docx_office",
            groups="base.group_user,emulation_commendation.group_office",
        )
        cls.manager_user = new_test_user(
            cls.env,
            login="docx_manager",
            groups="base.group_user,emulation_commendation.group_manager",
        )
        cls.plain_user = new_test_user(
            cls.env, login="docx_plain", groups="base.group_user"
        )
        Department = cls.env["hr.department"]
        cls.dept_a = Department.create(
            {"name": "Phòng Docx A", "note": "Tham mưu công tác đối ngoại."}
        )
        cls.dept_b = Department.create({"name": "Phòng Docx B"})
        Employee = cls.env["hr.employee"]
        cls.head = Employee.create(
            {
                "name": "Trần Văn Trưởng",
                "job_title": "Trưởng phòng",
                "department_id": cls.dept_a.id,
                "gender": "male",
            }
        )
        cls.dept_a.manager_id = cls.head
        cls.emp1, cls.emp2, cls.emp3 = Employee.create(
            [
                {
                    "name": "Nguyễn Văn An",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_a.id,
                    "gender": "male",
                    "birthday": D(1985, 3, 7),
                },
                {
                    "name": "Lê Thị Bình",
                    "job_title": "Chuyên viên chính",
                    "department_id": cls.dept_a.id,
                    "gender": "female",
                },
                {
                    "name": "Phạm Văn Cường",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_b.id,
                    "gender": "male",
                },
            ]
        )
        cls.partner_country = cls.env.ref("base.jp")
        cls.foreigner = cls.env["res.partner"].create(
            {
                "name": "Tanaka Hiroshi",
                "function": "Tổng Lãnh sự",
                "country_id": cls.partner_country.id,
            }
        )
        Type = cls.env["commendation.type"]
        cls.type_title = Type.create(
            {
                "name": "Chiến sĩ thi đua cơ sở (docx)",
                "code": "DOCX_CSTDCS",
                "category": "title",
                "authority_level": "department",
                "vote_threshold": 80,
            }
        )
        cls.type_form = Type.create(
            {
                "name": "Giấy khen của Giám đốc Sở (docx)",
                "code": "DOCX_GK",
                "category": "form",
                "authority_level": "department",
                "vote_threshold": 50,
            }
        )
        cls.type_collective = Type.create(
            {
                "name": "Tập thể lao động xuất sắc (docx)",
                "code": "DOCX_TTLDXS",
                "category": "title",
                "recipient_kind": "collective",
                "authority_level": "department",
            }
        )
        cls.type_foreign = Type.create(
            {
                "name": "Bằng khen đối ngoại (docx)",
                "code": "DOCX_BK_DN",
                "category": "form",
                "recipient_kind": "foreign_individual",
                "authority_level": "department",
            }
        )
        cls.plan = cls.env["emulation.plan"].create(
            {
                "number": "113/KH-NV",
                "name": "Triển khai công tác thi đua, khen thưởng năm 2025",
                "date": D(2025, 2, 19),
                "year": 2025,
                "objectives": "<p>Triển khai thực hiện Chỉ thị số 41-CT/TW.</p>"
                "<ul><li>Thi đua thực chất, hiệu quả.</li></ul>",
                "implementation": "<p>Văn phòng Sở chủ trì tham mưu.</p>",
                "task_ids": [
                    (0, 0, {"quarter": "q1", "name": "Ban hành Kế hoạch năm 2025"}),
                    (0, 0, {"quarter": "q2", "name": "Báo cáo sơ kết 6 tháng"}),
                ],
            }
        )
        cls.dossier = cls.env["commendation.dossier"].create(
            {
                "title": "Đề nghị khen thưởng năm 2025",
                "year": 2025,
                "department_id": cls.dept_a.id,
                "date": D(2025, 12, 5),
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "employee_id": cls.emp2.id,
                            "type_id": cls.type_title.id,
                            "achievements": "Hoàn thành xuất sắc nhiệm vụ được giao.",
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "employee_id": cls.emp1.id,
                            "type_id": cls.type_form.id,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "department_id": cls.dept_a.id,
                            "type_id": cls.type_collective.id,
                            "achievements": "Dẫn đầu khối thi đua.",
                        },
                    ),
                ],
            }
        )
        cls.line_binh, cls.line_an, cls.line_dept = cls.dossier.line_ids.sorted(
            lambda line: (line.sequence, line.id)
        )
        cls.foreign_dossier = cls.env["commendation.dossier"].create(
            {
                "title": "Đề nghị khen thưởng đối ngoại năm 2025",
                "year": 2025,
                "kind": "foreign",
                "department_id": cls.dept_a.id,
                "date": D(2025, 11, 20),
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "partner_id": cls.foreigner.id,
                            "type_id": cls.type_foreign.id,
                            "organisation": "Tổng Lãnh sự quán Nhật Bản",
                            "achievements": "Đóng góp cho hợp tác Hải Phòng - "
                            "Nhật Bản.",
                        },
                    ),
                ],
            }
        )
        cls.line_foreign = cls.foreign_dossier.line_ids
        Award = cls.env["commendation.award"]
        cls.history = Award.create(
            [
                {
                    "employee_id": cls.emp2.id,
                    "type_id": cls.type_form.id,
                    "year": 2023,
                    "decision_number": "45/QĐ-NV",
                    "decision_date": D(2023, 12, 20),
                    "authority": "Giám đốc Sở Ngoại vụ",
                },
                {
                    "employee_id": cls.emp2.id,
                    "type_id": cls.type_title.id,
                    "year": 2022,
                    "decision_number": "30/QĐ-NV",
                    "decision_date": D(2022, 12, 18),
                },
                {
                    "department_id": cls.dept_a.id,
                    "type_id": cls.type_collective.id,
                    "year": 2024,
                    "decision_number": "51/QĐ-NV",
                    "decision_date": D(2024, 12, 19),
                },
                {
                    "partner_id": cls.foreigner.id,
                    "type_id": cls.type_foreign.id,
                    "year": 2021,
                    "decision_number": "7/QĐ-UBND",
                    "decision_date": D(2021, 9, 2),
                    "authority": "Chủ tịch UBND thành phố Hải Phòng",
                },
                # a member of the collective with a title in the year
                {
                    "employee_id": cls.emp1.id,
                    "type_id": cls.type_title.id,
                    "year": 2025,
                    "decision_number": "60/QĐ-NV",
                    "decision_date": D(2025, 12, 15),
                },
            ]
        )
        cls.report = cls.env["emulation.report"].create(
            {
                "kind": "semiannual",
                "year": 2025,
                "number": "25/BC-NV",
                "date": D(2025, 6, 15),
            }
        )

    # ------------------------------------------------------------------
    def render_docx(self, xmlid, records, user=None):
        Report = self.env["ir.actions.report"]
        if user:
            Report = Report.with_user(user)
        content, kind = Report._render_docx(
            "emulation_commendation.%s" % xmlid, records.ids
        )
        self.assertEqual(kind, "docx")
        self.assertTrue(content.startswith(b"PK"), "a .docx is a zip file")
        return content

    def template(self, report_xmlid):
        report = self.env.ref("emulation_commendation.%s" % report_xmlid)
        return self.env["emulation.docx.template"].search(
            [("report_id", "=", report.id)]
        )

    @staticmethod
    def b64(content):
        return base64.b64encode(content)

    def assert_nd30_page(self, document):
        """A4 portrait, Decree 30 margins, Times New Roman."""
        section = document.sections[0]
        self.assertAlmostEqual(section.page_width.mm, 210, delta=0.5)
        self.assertAlmostEqual(section.page_height.mm, 297, delta=0.5)
        # stored in twentieths of a point: within 0.1 mm of the bounds
        for margin, low, high in (
            (section.top_margin, 20, 25),
            (section.bottom_margin, 20, 25),
            (section.left_margin, 30, 35),
            (section.right_margin, 15, 20),
        ):
            self.assertTrue(low - 0.1 <= margin.mm <= high + 0.1, margin.mm)
        normal = document.styles["Normal"]
        self.assertEqual(normal.font.name, "Times New Roman")
        fonts = normal.element.rPr.find(qn("w:rFonts"))
        self.assertEqual(fonts.get(qn("w:cs")), "Times New Roman")
        self.assertEqual(fonts.get(qn("w:eastAsia")), "Times New Roman")

    def assert_in_order(self, texts, expected):
        """Each expected string appears in a paragraph after the previous."""
        position = -1
        for wanted in expected:
            found = next(
                (
                    index
                    for index in range(position + 1, len(texts))
                    if wanted in texts[index]
                ),
                None,
            )
            self.assertIsNotNone(
                found,
                "%r not found after paragraph %s; what follows: %r"
                % (wanted, position, texts[position + 1 : position + 30]),
            )
            position = found
        return position
