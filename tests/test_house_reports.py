"""The documents take their values from report models (plain values, the
templates only lay them out) and the spreadsheets are downloaded without
leaving anything stored."""

import io
import os
import tempfile
from unittest.mock import patch

from openpyxl import load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools.pdf import PdfFileReader

from odoo.addons.base.models.ir_actions_report import (
    IrActionsReport as BaseIrActionsReport,
)
from odoo.addons.emulation_commendation.reports import wkhtmltopdf_compat as compat

from .common import D, ReportsCase, xlsx_download
from .test_reports import DocumentCase


@tagged("post_install", "-at_install")
class TestReportModelValues(DocumentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan = cls.env["emulation.plan"].create(
            {
                "number": "113/KH-NV",
                "name": "Kế hoạch thử",
                "date": D(2025, 2, 19),
                "year": 2025,
                "place": "Đồ Sơn",
                "task_ids": [
                    (
                        0,
                        0,
                        {
                            "quarter": "q2",
                            "sequence": 2,
                            "name": "Nhiệm vụ sau",
                            "department_ids": [(6, 0, (cls.dept_a | cls.dept_b).ids)],
                            "deadline": D(2025, 6, 30),
                        },
                    ),
                    (0, 0, {"quarter": "q2", "sequence": 1, "name": "Nhiệm vụ trước"}),
                    (0, 0, {"quarter": "year", "name": "Nhiệm vụ cả năm"}),
                ],
            }
        )

    def test_plan_values(self):
        values = self.env[
            "report.emulation_commendation.report_emulation_plan"
        ]._get_report_values(self.plan.ids)
        self._assert_plain(values["documents"])
        plan = values["documents"][self.plan.id]
        self.assertEqual(plan["date_line"], "Đồ Sơn, ngày 19 tháng 02 năm 2025")
        # empty quarters are left out, the sections numbered in order
        self.assertEqual(
            [section["title"] for section in plan["task_sections"]],
            ["1. Quý II", "2. Nhiệm vụ thực hiện trong cả năm"],
        )
        self.assertEqual(
            plan["task_sections"][0]["tasks"],
            [
                "Nhiệm vụ trước.",
                "Nhiệm vụ sau (thực hiện: %s, %s; thời hạn: 30/06/2025)."
                % tuple((self.dept_a | self.dept_b).sorted().mapped("name")),
            ],
        )
        text = self._text(self._html("report_emulation_plan", self.plan))
        self._assert_order(
            text,
            "Đồ Sơn, ngày 19 tháng 02 năm 2025",
            "1. Quý II",
            "- Nhiệm vụ trước.",
            "- Nhiệm vụ sau (thực hiện:",
            "2. Nhiệm vụ thực hiện trong cả năm",
            "- Nhiệm vụ cả năm.",
        )
        # the Word version prints the same sections
        docx = self.env[
            "report.emulation_commendation.docx_emulation_plan"
        ]._get_docx_documents(self.plan.ids)[0]
        self.assertEqual(docx["task_sections"], plan["task_sections"])

    def test_periodic_report_values(self):
        report = self.env["emulation.report"].create(
            {"kind": "annual", "year": 2032, "number": "40/BC-NV"}
        )
        values = self.env[
            "report.emulation_commendation.report_emulation_report"
        ]._get_report_values(report.ids)
        self._assert_plain(values["documents"])
        document = values["documents"][report.id]
        self.assertEqual(
            document["recipients"],
            (self.recipient_mail | self.recipient_nomail).mapped("name")
            + ["Lãnh đạo Sở"],
        )
        self.assertEqual(
            document["direction_title"], "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2033"
        )
        self.assertIn("Lãnh đạo Sở", self._html("report_emulation_report", report))

    def test_templates_do_not_compute(self):
        """No lambda, record filtering or dict literal in the documents'
        templates: the report models prepare what they print."""
        views = self.env["ir.ui.view"].search(
            [("type", "=", "qweb"), ("key", "=like", "emulation_commendation.%")]
        )
        self.assertTrue(views)
        for view in views:
            for forbidden in ("lambda", ".filtered(", ".mapped(", "sorted(", "env["):
                self.assertNotIn(
                    forbidden, view.arch_db, "%s: %s" % (view.key, forbidden)
                )


@tagged("post_install", "-at_install")
class TestXlsxLeavesNothing(ReportsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dossier, cls.awards = cls._make_decided_dossier()

    def _attachment_count(self):
        return self.env["ir.attachment"].sudo().search_count([])

    def test_no_attachment_left(self):
        Export = self.env["emulation.xlsx.export"].with_user(self.user_office)
        before = self._attachment_count()
        for export, records in (
            ("dossiers", self.dossier),
            ("awards", self.awards),
            ("statistics", self.awards),
        ):
            action = Export.action_export(export, records.with_user(self.user_office))
            self.assertEqual(action["type"], "ir.actions.act_url")
            self.assertTrue(
                action["url"].startswith("/emulation_commendation/xlsx/%s?" % export)
            )
            content, name = xlsx_download(self.env(user=self.user_office), action)
            self.assertTrue(name.endswith(".xlsx"))
            self.assertTrue(content.startswith(b"PK"))
        self.assertEqual(self._attachment_count(), before)

    def test_wrong_export_refused(self):
        Export = self.env["emulation.xlsx.export"]
        with self.assertRaisesRegex(Exception, "Unknown export"):
            Export.action_export("fund", self.dossier)
        with self.assertRaisesRegex(Exception, "Select the records"):
            Export.action_export("dossiers", self.dossier.browse())


@tagged("post_install", "-at_install")
class TestXlsxDownloadHttp(HttpCase):
    def test_download_streams_the_file(self):
        user = self.env["res.users"].create(
            {
                "name": "Xlsx Office",
                "login": "xlsx_office",
                "password": "xlsx_office",
                "groups_id": [
                    (6, 0, [self.env.ref("emulation_commendation.group_office").id])
                ],
            }
        )
        plan = self.env["emulation.plan"].create(
            {
                "number": "7/KH-NV",
                "name": "Kế hoạch tải về",
                "year": 2031,
                "task_ids": [(0, 0, {"quarter": "q1", "name": "Nhiệm vụ tải về"})],
            }
        )
        action = (
            self.env["emulation.xlsx.export"]
            .with_user(user)
            .action_export("tasks", plan.with_user(user))
        )
        Attachment = self.env["ir.attachment"].sudo()
        before = Attachment.search_count([])
        self.authenticate("xlsx_office", "xlsx_office")
        response = self.url_open(action["url"])
        self.assertEqual(response.status_code, 200)
        self.assertIn("Nhiem-vu-ke-hoach.xlsx", response.headers["Content-Disposition"])
        sheet = load_workbook(io.BytesIO(response.content))["Nhiệm vụ"]
        self.assertIn(
            "Nhiệm vụ tải về",
            [row[3] for row in sheet.iter_rows(min_row=4, values_only=True)],
        )
        self.assertEqual(Attachment.search_count([]), before)
        # a tampered url: another export of the same records
        response = self.url_open(action["url"].replace("/tasks?", "/awards?"))
        self.assertEqual(response.status_code, 400)


def _pdf(pages, text="Trang"):
    """A PDF of ``pages`` A4 pages, each with a line of text."""
    packet = io.BytesIO()
    can = canvas.Canvas(packet, pagesize=A4)
    for index in range(pages):
        can.drawString(100, 400, "%s %s" % (text, index + 1))
        can.showPage()
    can.save()
    return packet.getvalue()


@tagged("post_install", "-at_install")
class TestWkhtmltopdfCompat(TransactionCase):
    """reports/wkhtmltopdf_compat.py: what changes when wkhtmltopdf is
    built without its patched Qt."""

    def _fake_binary(self, folder, version):
        path = os.path.join(folder, "wk-%s" % abs(hash(version)))
        with open(path, "w") as script:
            script.write("#!/bin/sh\necho '%s'\n" % version)
        os.chmod(path, 0o755)
        return path

    def test_version_tells_patched_qt(self):
        with tempfile.TemporaryDirectory() as folder:
            patched = self._fake_binary(folder, "wkhtmltopdf 0.12.6 (with patched qt)")
            debian = self._fake_binary(folder, "wkhtmltopdf 0.12.6")
            self.assertTrue(compat.has_patched_qt(patched))
            self.assertFalse(compat.has_patched_qt(debian))
            self.assertFalse(compat.has_patched_qt(os.path.join(folder, "missing")))

    def test_zoom_and_page_numbers(self):
        bodies = compat.zoom_bodies(["<html><head></head><body>A</body></html>"])
        self.assertIn(
            ".o_nd30, .o_nd30_cert { zoom: 1.2953; }</style></head>", bodies[0]
        )
        stamped = compat.stamp_page_numbers(_pdf(3))
        reader = PdfFileReader(io.BytesIO(stamped), strict=False)
        self.assertEqual(reader.getNumPages(), 3)
        self.assertNotIn("1\n", reader.getPage(0).extract_text().replace("Trang 1", ""))
        self.assertIn("2", reader.getPage(1).extract_text().replace("Trang 2", ""))
        self.assertIn("3", reader.getPage(2).extract_text().replace("Trang 3", ""))
        # a one-page document keeps its bytes
        one = _pdf(1)
        self.assertEqual(compat.stamp_page_numbers(one), one)

    def _run(self, patched_qt):
        calls = []

        def fake_run(self, bodies, report_ref=False, header=None, footer=None, **kw):
            calls.append((list(bodies), header))
            return _pdf(2 * len(bodies))

        bodies = ["<html><head></head><body>%s</body></html>" % n for n in "AB"]
        with (
            patch.object(compat, "has_patched_qt", return_value=patched_qt),
            patch.object(BaseIrActionsReport, "_run_wkhtmltopdf", fake_run),
        ):
            pdf = self.env["ir.actions.report"]._run_wkhtmltopdf(
                bodies,
                report_ref="emulation_commendation.report_emulation_plan",
                header="<html>header</html>",
            )
        return calls, PdfFileReader(io.BytesIO(pdf), strict=False)

    def test_unpatched_qt_zoom_and_one_run_per_document(self):
        calls, reader = self._run(patched_qt=False)
        self.assertEqual(len(calls), 2)
        for bodies, header in calls:
            self.assertEqual(len(bodies), 1)
            self.assertIn("zoom: 1.2953", bodies[0])
            self.assertIsNone(header)
        self.assertEqual(reader.getNumPages(), 4)
        # each document numbers its own second page
        self.assertIn("2", reader.getPage(3).extract_text().replace("Trang 2", ""))

    def test_patched_qt_left_alone(self):
        calls, reader = self._run(patched_qt=True)
        self.assertEqual(len(calls), 1)
        bodies, header = calls[0]
        self.assertEqual(len(bodies), 2)
        self.assertNotIn("zoom", bodies[0])
        self.assertEqual(header, "<html>header</html>")
        self.assertEqual(reader.getNumPages(), 4)
