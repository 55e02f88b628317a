"""Certificates printed on pre-printed blanks (phôi): positions in
millimetres, printer offset, calibration sheet, batch print at true size.
Each PDF is measured with pdftotext -bbox (poppler-utils)."""

import io
import re
from unittest.mock import patch

from reportlab.pdfbase import pdfmetrics

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged
from odoo.tools.pdf import PdfFileReader

from odoo.addons.emulation_commendation.reports import blank_pdf

from .common import D, DocxCase, pdftotext

PT_TO_MM = 25.4 / 72


def pdf_words(pdf):
    """[(page, word, xMin, yMin, xMax, yMax)] in millimetres."""
    html = pdftotext(pdf, "-bbox")
    words = []
    for page, chunk in enumerate(html.split("<page ")[1:], start=1):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
            r"([^<]*)</word>",
            chunk,
        ):
            x0, y0, x1, y1 = (float(match.group(i)) * PT_TO_MM for i in range(1, 5))
            words.append((page, match.group(5), x0, y0, x1, y1))
    return words


def page_sizes(pdf):
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return [
        (
            round(float(reader.getPage(i).mediabox.width) * PT_TO_MM, 1),
            round(float(reader.getPage(i).mediabox.height) * PT_TO_MM, 1),
        )
        for i in range(reader.getNumPages())
    ]


@tagged("post_install", "-at_install")
class TestCertificateBlanks(DocxCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.blank = (
            cls.env["commendation.certificate.blank"]
            .with_user(cls.user_office)
            .create(
                {
                    "name": "Phôi Giấy khen (thử)",
                    "type_ids": [(6, 0, cls.type_form.ids)],
                }
            )
        )
        cls.awards = cls.env["commendation.award"].create(
            [
                {
                    "employee_id": cls.emp3.id,
                    "type_id": cls.type_form.id,
                    "year": 2025,
                    "decision_number": "88/QĐ-NV",
                    "decision_date": D(2025, 12, 20),
                },
                {
                    "employee_id": cls.emp1.id,
                    "type_id": cls.type_form.id,
                    "year": 2025,
                    "decision_number": "88/QĐ-NV",
                    "decision_date": D(2025, 12, 20),
                },
            ]
        )

    def render(self, report, records, user=None):
        Report = self.env["ir.actions.report"].with_user(user or self.user_office)
        pdf, kind = Report._render_qweb_pdf(
            "emulation_commendation.%s" % report, records.ids
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        return pdf

    def test_new_blank_has_a_layout(self):
        self.assertEqual((self.blank.page_width, self.blank.page_height), (297, 210))
        keys = self.blank.field_ids.mapped("field_key")
        for key in (
            "name_with_title",
            "unit",
            "reason",
            "decision_line",
            "place_date",
            "signer_title",
            "signer",
        ):
            self.assertIn(key, keys)
        with Form(self.blank.with_user(self.user_office)) as form:
            form.orientation = "portrait"
        self.assertEqual((self.blank.page_width, self.blank.page_height), (210, 297))

    def test_field_lands_at_its_position_plus_offset(self):
        blank = self.blank
        blank.write(
            {
                "offset_x": 3.5,
                "offset_y": -2.0,
                "field_ids": [
                    (5, 0, 0),
                    (
                        0,
                        0,
                        {
                            "field_key": "name",
                            "x": 50,
                            "y": 100,
                            "font_size": 20,
                            "bold": True,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "field_key": "gold_book",
                            "x": 200,
                            "y": 150,
                            "align": "center",
                            "font_size": 14,
                            "prefix": "Số sổ vàng: ",
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "field_key": "decision_number",
                            "x": 280,
                            "y": 190,
                            "align": "right",
                            "font_size": 12,
                        },
                    ),
                ],
            }
        )
        award = self.awards[0]
        pdf = self.render("blank_award_certificates", award)
        self.assertEqual(page_sizes(pdf), [(297.0, 210.0)])
        words = pdf_words(pdf)
        face = pdfmetrics.getFont(blank_pdf.fonts()[(True, False)]).face
        first = next(w for w in words if w[1] == "Phạm")
        # x: the left end of the text; y: its baseline (the bottom of the
        # glyph box less the font's descent)
        self.assertAlmostEqual(first[2], 50 + 3.5, delta=0.5)
        baseline = first[5] + face.descent / 1000.0 * 20 * PT_TO_MM
        self.assertAlmostEqual(baseline, 100 - 2.0, delta=0.5)
        # centred: the middle of the line is at x
        line = [w for w in words if w[3] > 140 and w[3] < 150]
        self.assertEqual(
            " ".join(w[1] for w in line), "Số sổ vàng: %s" % award.gold_book_number
        )
        middle = (min(w[2] for w in line) + max(w[4] for w in line)) / 2
        self.assertAlmostEqual(middle, 200 + 3.5, delta=0.5)
        # right-aligned: the text ends at x
        number = next(w for w in words if w[1] == "88/QĐ-NV")
        self.assertAlmostEqual(number[4], 280 + 3.5, delta=0.5)

    def test_long_text_wraps_within_its_width(self):
        self.blank.field_ids.filtered(lambda f: f.field_key == "reason").write(
            {"x": 148.5, "y": 130, "width": 120, "align": "center", "font_size": 14}
        )
        self.awards[0].achievements = (
            "Đã có thành tích xuất sắc trong công tác đối ngoại, hợp tác quốc tế và "
            "quản lý người Việt Nam ở nước ngoài năm 2025, góp phần vào sự phát triển "
            "của thành phố"
        )
        words = pdf_words(self.render("blank_award_certificates", self.awards[0]))
        reason = [w for w in words if 126 < w[5] < 152]
        self.assertTrue(reason)
        lines = {round(w[5]) for w in reason}
        self.assertGreaterEqual(len(lines), 2, "the reason wraps")
        self.assertGreaterEqual(min(w[2] for w in reason), 148.5 - 60 - 0.5)
        self.assertLessEqual(max(w[4] for w in reason), 148.5 + 60 + 0.5)

    def test_batch_print_in_order_on_true_size_pages(self):
        pdf = self.render("blank_award_certificates", self.awards)
        self.assertEqual(page_sizes(pdf), [(297.0, 210.0), (297.0, 210.0)])
        words = pdf_words(pdf)
        page1 = " ".join(w[1] for w in words if w[0] == 1)
        page2 = " ".join(w[1] for w in words if w[0] == 2)
        self.assertIn("Ông: Phạm Văn Cường", page1)
        self.assertIn("Ông: Nguyễn Văn An", page2)
        for page in (page1, page2):
            self.assertIn("Số quyết định: 88/QĐ-NV, ngày 20 tháng 12 năm 2025", page)
            self.assertIn("Hải Phòng, ngày 20 tháng 12 năm 2025", page)
            self.assertIn("GIÁM ĐỐC", page)
            self.assertIn("Nguyễn Thị Giám Đốc", page)
        self.assertIn("Số sổ vàng: %s" % self.awards[0].gold_book_number, page1)
        self.assertIn("Chuyên viên, Phòng Docx B", page1)
        # no grid on the certificates
        self.assertNotIn("Calibration", page1)

    def test_calibration_sheet(self):
        self.blank.write({"offset_x": 1.5, "offset_y": -1.0})
        pdf = self.render("blank_calibration", self.blank)
        self.assertEqual(page_sizes(pdf), [(297.0, 210.0)])
        words = pdf_words(pdf)
        text = " ".join(w[1] for w in words)
        self.assertIn("Calibration of “Phôi Giấy khen (thử)”: 297.0 × 210.0 mm", text)
        self.assertIn("offset X 1.5 mm, Y -1.0 mm", text)
        self.assertIn("[Name with Mr/Ms (Ông/Bà)]", text)
        # the millimetre grid's labels, every 10 mm along the top edge
        labels = [w for w in words if w[1] in ("10", "100", "290") and w[3] < 5]
        self.assertEqual(len(labels), 3)
        ten = next(w for w in labels if w[1] == "10")
        self.assertAlmostEqual(ten[2], 10.6, delta=0.3)
        # the sample of a field sits at its place plus the offset
        field = self.blank.field_ids.filtered(lambda f: f.field_key == "signer")
        sample = [w for w in words if w[1] == "[Signer]"][0]
        self.assertAlmostEqual((sample[2] + sample[4]) / 2, field.x + 1.5, delta=0.5)

    def test_button_prints_the_calibration_sheet(self):
        action = self.blank.with_user(self.user_office).action_print_calibration()
        self.assertEqual(
            action["report_name"], "emulation_commendation.blank_calibration"
        )

    def test_award_without_blank(self):
        award = self.env["commendation.award"].create(
            {"employee_id": self.emp3.id, "type_id": self.type_title.id, "year": 2025}
        )
        with self.assertRaises(UserError) as caught:
            self.render("blank_award_certificates", award | self.awards[0])
        self.assertIn("Chiến sĩ thi đua cơ sở (docx)", str(caught.exception))
        self.assertIn("designed certificate", str(caught.exception))

    def test_revoked_awards_are_not_printed(self):
        self.awards[1]._revoke("Trùng quyết định")
        words = pdf_words(self.render("blank_award_certificates", self.awards))
        self.assertEqual({w[0] for w in words}, {1})

    def test_only_the_office_prints(self):
        with self.assertRaises(AccessError):
            self.render(
                "blank_award_certificates", self.awards[0], user=self.user_plain
            )
        report = self.env.ref(
            "emulation_commendation.action_report_award_certificate_blank"
        )
        self.assertIn(
            self.env.ref("emulation_commendation.group_office"), report.groups_id
        )
        with self.assertRaises(AccessError):
            self.env["commendation.certificate.blank"].with_user(
                self.user_plain
            ).search([])

    def test_one_blank_per_title_or_form(self):
        with self.assertRaises(ValidationError) as caught:
            self.env["commendation.certificate.blank"].with_user(
                self.user_office
            ).create({"name": "Phôi khác", "type_ids": [(6, 0, self.type_form.ids)]})
        self.assertIn("Phôi Giấy khen (thử)", str(caught.exception))

    def test_field_outside_the_sheet(self):
        with self.assertRaises(ValidationError) as caught:
            self.blank.field_ids[0].x = 320
        self.assertIn("outside the blank", str(caught.exception))

    def test_true_size_without_the_zoom_workaround(self):
        """The blank is drawn by reportlab: the PDF page is the sheet, with no
        wkhtmltopdf (and so no zoom against its shrinking)."""
        self.blank.write(
            {"paper_size": "custom", "page_width": 250, "page_height": 176}
        )
        with patch.object(
            type(self.env["ir.actions.report"]), "_run_wkhtmltopdf"
        ) as wkhtmltopdf:
            pdf = self.render("blank_award_certificates", self.awards[0])
        wkhtmltopdf.assert_not_called()
        self.assertEqual(page_sizes(pdf), [(250.0, 176.0)])
