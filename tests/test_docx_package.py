"""The e-dossier package of a proposal upwards: what the .zip holds, with a
signed scan where the Office attached one, a generated PDF elsewhere. An
HttpCase: wkhtmltopdf fetches the report's assets from the test server."""

import base64
import io
import unittest
import zipfile

import openpyxl
from reportlab.pdfgen import canvas

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged

from .common import DocxRoundCase, read_docx


def tiny_pdf(text):
    output = io.BytesIO()
    can = canvas.Canvas(output)
    can.drawString(100, 700, text)
    can.showPage()
    can.save()
    return output.getvalue()


@tagged("post_install", "-at_install")
class TestProposalPackage(HttpCase, DocxRoundCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.scan_ttr = tiny_pdf("TTr scan")
        cls.proposal.write(
            {"name": "25/TTr-NV", "signed_file": base64.b64encode(cls.scan_ttr)}
        )
        cls.scan_bctt = tiny_pdf("BCTT scan")
        kind = cls.env["commendation.document.kind"].search(
            [("code", "=", "bao_cao_thanh_tich")], limit=1
        )
        cls.env["commendation.dossier.document"].create(
            {
                "dossier_id": cls.round_dossier.id,
                "kind_id": kind.id,
                "name": "BCTT Lê Thị Bình (đã ký)",
                "file": base64.b64encode(cls.scan_bctt),
                "file_name": "bctt.pdf",
            }
        )

    def build(self, **context):
        content, name = (
            self.env["commendation.proposal.package"]
            .with_context(**context)
            ._build(self.proposal)
        )
        return zipfile.ZipFile(io.BytesIO(content)), name

    def test_package_contents(self):
        archive, name = self.build()
        self.assertEqual(name, "Ho_so_dien_tu_25-TTr-NV.zip")
        names = archive.namelist()
        for expected in (
            "00_Danh_muc.txt",
            "01_To_trinh_25-TTr-NV.docx",
            "01_To_trinh_25-TTr-NV.pdf",
            "02_Danh_sach_25-TTr-NV.docx",
            "02_Danh_sach_25-TTr-NV.xlsx",
            "03_Bien_ban_hop_Hoi_dong_2025-12-10.docx",
            "04_Bao_cao_thanh_tich_01_Le_Thi_Binh.docx",
            "04_Bao_cao_thanh_tich_01_Le_Thi_Binh.pdf",
        ):
            self.assertIn(expected, names)
        # the signed scans stand for the PDFs
        self.assertEqual(archive.read("01_To_trinh_25-TTr-NV.pdf"), self.scan_ttr)
        self.assertEqual(
            archive.read("04_Bao_cao_thanh_tich_01_Le_Thi_Binh.pdf"), self.scan_bctt
        )
        # each Word file is the document it says
        _doc, texts = read_docx(archive.read("01_To_trinh_25-TTr-NV.docx"))
        self.assertIn("Số: 25/TTr-NV", texts)
        self.assertIn("TỜ TRÌNH", texts)
        _doc, texts = read_docx(archive.read("02_Danh_sach_25-TTr-NV.docx"))
        self.assertIn("DANH SÁCH", texts)
        self.assertIn("Lê Thị Bình", texts)
        _doc, texts = read_docx(
            archive.read("03_Bien_ban_hop_Hoi_dong_2025-12-10.docx")
        )
        self.assertIn("BIÊN BẢN", texts)
        _doc, texts = read_docx(
            archive.read("04_Bao_cao_thanh_tich_01_Le_Thi_Binh.docx")
        )
        self.assertIn("BÁO CÁO THÀNH TÍCH", texts)
        self.assertIn("- Họ và tên: Lê Thị Bình.", texts)
        sheet = openpyxl.load_workbook(
            io.BytesIO(archive.read("02_Danh_sach_25-TTr-NV.xlsx"))
        ).active
        values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
        self.assertIn("Lê Thị Bình", values)
        inventory = archive.read("00_Danh_muc.txt").decode()
        self.assertIn("01_To_trinh_25-TTr-NV.pdf: Tờ trình (signed scan)", inventory)
        self.assertIn("04_Bao_cao_thanh_tich_01_Le_Thi_Binh.pdf", inventory)

    def test_generated_pdf_without_scan(self):
        if self.env["ir.actions.report"].get_wkhtmltopdf_state() == "install":
            raise unittest.SkipTest("wkhtmltopdf is not installed")
        self.env["commendation.dossier.document"].search(
            [("dossier_id", "=", self.round_dossier.id)]
        ).unlink()
        archive, _name = self.build(force_report_rendering=True)
        pdf = archive.read("04_Bao_cao_thanh_tich_01_Le_Thi_Binh.pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        self.assertNotEqual(pdf, self.scan_bctt)
        self.assertIn(
            "04_Bao_cao_thanh_tich_01_Le_Thi_Binh.pdf: Báo cáo thành tích (generated)",
            archive.read("00_Danh_muc.txt").decode(),
        )

    def test_download_route(self):
        self.authenticate(self.user_office.login, self.user_office.login)
        self.env.flush_all()
        response = self.url_open(
            "/emulation_commendation/proposal/%s/package" % self.proposal.id
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/zip")
        self.assertIn(
            "Ho_so_dien_tu_25-TTr-NV.zip", response.headers["Content-Disposition"]
        )
        self.assertIn(
            "01_To_trinh_25-TTr-NV.docx",
            zipfile.ZipFile(io.BytesIO(response.content)).namelist(),
        )
        action = self.env.ref("emulation_commendation.action_proposal_package")
        self.assertEqual(action.binding_model_id.model, "commendation.proposal")

    def test_download_refused(self):
        """A proposal with nothing to package is refused in the form, before
        the browser leaves it; the download itself answers 400, and 403 to a
        user who may not read the proposal, as HTTP errors."""
        empty = self.env["commendation.proposal"].create(
            {"authority_level": "city", "year": 2025, "date": self.proposal.date}
        )
        message = "has no candidate: there is nothing to package"
        with self.assertRaisesRegex(UserError, message):
            empty.with_user(self.user_office).action_download_package()
        action = self.proposal.with_user(self.user_office).action_download_package()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertEqual(
            action["url"],
            "/emulation_commendation/proposal/%s/package" % self.proposal.id,
        )
        # the Action menu's entry goes through the same check
        server_action = self.env.ref(
            "emulation_commendation.action_proposal_package"
        ).with_user(self.user_office)
        with self.assertRaisesRegex(UserError, message):
            server_action.with_context(
                active_model="commendation.proposal",
                active_id=empty.id,
                active_ids=empty.ids,
            ).run()
        self.env.flush_all()
        self.authenticate(self.user_office.login, self.user_office.login)
        response = self.url_open(
            "/emulation_commendation/proposal/%s/package" % empty.id
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn(message, response.text)
        self.authenticate(self.user_plain.login, self.user_plain.login)
        response = self.url_open(
            "/emulation_commendation/proposal/%s/package" % self.proposal.id
        )
        self.assertEqual(response.status_code, 403)
