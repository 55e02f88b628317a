"""The Print menu's Word download: the route, its file name, its errors, and
the web client's handler in a real browser (a tour)."""

import base64
import html
import json
from unittest.mock import patch
from urllib.parse import urlencode

from odoo.tests import HttpCase, tagged

from odoo.addons.emulation_commendation.reports.docx_engine import DOCX_MIMETYPE

from .common import D, DocxCase, read_docx
from .test_docx_template import edit_template

PLAN_URL = "/report/docx/emulation_commendation.docx_emulation_plan/%s"


@tagged("post_install", "-at_install")
class TestDocxDownload(HttpCase, DocxCase):
    def download(self, url):
        self.env.flush_all()
        query = urlencode({"data": json.dumps([url, "docx"]), "context": "{}"})
        return self.url_open("/report/download?%s" % query)

    def test_route_and_file_name(self):
        self.authenticate(self.user_office.login, self.user_office.login)
        self.env.flush_all()
        response = self.url_open(PLAN_URL % self.plan.id)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], DOCX_MIMETYPE)
        response = self.download(PLAN_URL % self.plan.id)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], DOCX_MIMETYPE)
        self.assertIn(
            "KH-113-2025-Thi-dua-khen-thuong.docx",
            response.headers["Content-Disposition"],
        )
        _document, texts = read_docx(response.content)
        self.assertIn("Số: 113/KH-NV", texts)
        self.assertIn("Hải Phòng, ngày 19 tháng 02 năm 2025", texts)

    def test_several_records_one_file(self):
        other = self.plan.copy({"number": "120/KH-NV", "date": D(2025, 3, 2)})
        self.authenticate(self.user_office.login, self.user_office.login)
        response = self.download(PLAN_URL % ("%s,%s" % (self.plan.id, other.id)))
        self.assertEqual(response.status_code, 200)
        # several records: the name of the report
        self.assertIn(".docx", response.headers["Content-Disposition"])
        document, texts = read_docx(response.content)
        self.assertEqual(len(document.sections), 2)
        self.assert_in_order(texts, ["Số: 113/KH-NV", "Số: 120/KH-NV"])

    def test_broken_template_message(self):
        template = self.template("action_report_emulation_plan_docx")
        self.plan.copy({"number": "121/KH-NV", "task_ids": []})
        custom = edit_template(
            template._read_default(), "{{ section.title }}", "{{ section.titel }}"
        )
        template.write(
            {"custom_file": base64.b64encode(custom), "custom_filename": "kh.docx"}
        )
        self.authenticate(self.user_office.login, self.user_office.login)
        response = self.download(PLAN_URL % self.plan.id)
        # as Odoo answers a failed PDF: an HTML page holding the error, which
        # the web client shows instead of saving a file
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["Content-Type"].startswith("text/html"))
        self.assertNotIn("Content-Disposition", response.headers)
        error = json.loads(html.unescape(response.text))
        self.assertEqual(error["data"]["name"], "odoo.exceptions.UserError")
        self.assertIn("titel", error["data"]["message"])
        self.assertIn("kh.docx", error["data"]["message"])

    def test_print_menu_in_the_browser(self):
        plan = self.plan.copy(
            {"number": "77/KH-NV", "name": "Tour: kế hoạch Word", "year": 2025}
        )
        calls = []
        Report = type(self.env["ir.actions.report"])
        original = Report._render_docx

        def spy(report_self, report_ref, res_ids, data=None):
            calls.append((report_ref, list(res_ids or [])))
            return original(report_self, report_ref, res_ids, data=data)

        with patch.object(Report, "_render_docx", spy):
            self.start_tour(
                "/odoo/emulation-plans",
                "emulation_commendation_docx_print_tour",
                login=self.user_office.login,
            )
        self.assertEqual(
            calls, [("emulation_commendation.docx_emulation_plan", [plan.id])]
        )
        # the file the browser received is the plan's
        self.authenticate(self.user_office.login, self.user_office.login)
        _document, texts = read_docx(self.download(PLAN_URL % plan.id).content)
        self.assertIn("Tour: kế hoạch Word", texts)

    def test_certificates_on_blank_download(self):
        """The blank's PDF comes through the standard PDF download."""
        self.env["commendation.certificate.blank"].create(
            {"name": "Phôi (http)", "type_ids": [(6, 0, self.type_form.ids)]}
        )
        award = self.history.filtered(lambda a: a.type_id == self.type_form)
        self.authenticate(self.user_office.login, self.user_office.login)
        self.env.flush_all()
        url = (
            "/report/pdf/emulation_commendation.blank_award_certificates/%s" % award.id
        )
        query = urlencode({"data": json.dumps([url, "qweb-pdf"]), "context": "{}"})
        response = self.url_open("/report/download?%s" % query)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertTrue(response.content.startswith(b"%PDF"))
        self.assertIn("Phoi-", response.headers["Content-Disposition"])
