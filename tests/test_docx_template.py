"""Word templates: the default one, a custom one uploaded by an
administrator, going back to the default, and the messages of broken ones."""

import io

import docx
from docx.oxml.ns import qn

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import DocxCase, read_docx


def edit_template(content, old, new, occurrence=1):
    """The template with ``old`` replaced by ``new`` in the n-th paragraph
    holding it, as a user would type it in Word (one run)."""
    document = docx.Document(io.BytesIO(content))
    seen = 0
    for paragraph in document.element.body.iter(qn("w:p")):
        nodes = list(paragraph.iter(qn("w:t")))
        text = "".join(node.text or "" for node in nodes)
        if old in text:
            seen += 1
        if old in text and seen == occurrence:
            nodes[0].text = text.replace(old, new, 1)
            for node in nodes[1:]:
                node.text = ""
            break
    else:
        raise AssertionError("%r not in the template" % old)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


@tagged("post_install", "-at_install")
class TestDocxTemplates(DocxCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan_template = cls.env["emulation.docx.template"].search(
            [
                (
                    "report_id",
                    "=",
                    cls.env.ref(
                        "emulation_commendation.action_report_emulation_plan_docx"
                    ).id,
                )
            ]
        )
        cls.default_bytes = cls.plan_template._read_default()

    def upload(self, content, name="ke_hoach.docx", user=None):
        template = self.plan_template.with_user(user or self.user_manager)
        template.write({"custom_file": self.b64(content), "custom_filename": name})
        return template

    def test_every_word_report_has_a_template(self):
        reports = self.env["ir.actions.report"].search([("report_type", "=", "docx")])
        self.assertGreaterEqual(len(reports), 5)
        for report in reports:
            content = (
                self.env["emulation.docx.template"]._for_report(report)._read_default()
            )
            if report.report_file:
                self.assertTrue(content.startswith(b"PK"), report.name)
        self.assert_all_in(
            self.plan_template.placeholders, "{{ number_line }}", "{{ date_line }}"
        )
        self.assertTrue(self.plan_template.default_file)
        self.assertEqual(self.plan_template.default_filename, "emulation_plan.docx")

    def test_custom_template_then_back_to_default(self):
        custom = edit_template(
            self.default_bytes, "I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH VÀ YÊU CẦU"
        )
        template = self.upload(custom)
        self.assertTrue(template.is_custom)
        _document, texts = read_docx(self.render_docx("docx_emulation_plan", self.plan))
        self.assertIn("I. MỤC ĐÍCH VÀ YÊU CẦU", texts)
        self.assertNotIn("I. MỤC ĐÍCH, YÊU CẦU", texts)
        self.assertIn(
            "Custom template uploaded: ke_hoach.docx", template.message_ids[0].body
        )
        template.action_reset_default()
        self.assertFalse(template.is_custom)
        _document, texts = read_docx(self.render_docx("docx_emulation_plan", self.plan))
        self.assertIn("I. MỤC ĐÍCH, YÊU CẦU", texts)
        self.assertIn("Back to the default template.", template.message_ids[0].body)

    def test_upload_with_a_misspelt_placeholder(self):
        custom = edit_template(
            self.default_bytes, "{{ number_line }}", "{{ number_lin }}"
        )
        self.assert_raises_saying(
            ValidationError,
            ("number_lin", "{{ number_lin }}", "ke_hoach.docx", "does not provide"),
            self.upload,
            custom,
        )
        # nothing saved
        self.assertFalse(self.plan_template.custom_file)

    def test_upload_with_a_broken_placeholder(self):
        custom = edit_template(self.default_bytes, "{{ date_line }}", "{{ date_line }")
        self.assert_raises_saying(
            ValidationError,
            ("broken placeholder", "{{ date_line }"),
            self.upload,
            custom,
        )
        custom = edit_template(
            self.default_bytes, "{{ signer }}", "{{ signer | | upper }}"
        )
        self.assert_raises_saying(
            ValidationError, ("{{ signer | | upper }}",), self.upload, custom
        )

    def test_upload_of_a_block_without_its_end(self):
        custom = edit_template(self.default_bytes, "{%p endfor %}", "")
        self.assert_raises_saying(
            ValidationError, ("broken placeholder",), self.upload, custom
        )

    def test_upload_of_a_file_that_is_not_word(self):
        with self.assertRaises(ValidationError) as caught:
            self.upload(b"%PDF-1.4 not a Word file", name="ke_hoach.pdf")
        self.assertIn("is not a Word document (.docx)", str(caught.exception))
        self.assertIn("ke_hoach.pdf", str(caught.exception))

    def test_missing_placeholder_found_when_printing(self):
        """A placeholder only reached by another record than the one tried at
        upload: the print gives the message, naming it."""
        newest = self.plan.copy({"number": "114/KH-NV", "task_ids": []})
        self.assertFalse(newest.task_ids)
        self.assertEqual(
            self.env["emulation.plan"].search([], limit=1, order="id desc"), newest
        )
        # the title of a quarter's tasks, misspelt: the newest plan has no
        # task, so the upload cannot find it
        custom = edit_template(
            self.default_bytes, "{{ section.title }}", "{{ section.titel }}"
        )
        self.upload(custom)
        self.assert_raises_saying(
            UserError,
            (
                "“titel”",
                "{{ section.titel }}",
                "custom Word template “ke_hoach.docx”",
                "Plan (Kế hoạch, Word)",
            ),
            self.render_docx,
            "docx_emulation_plan",
            self.plan,
        )

    def test_sandbox(self):
        """A template is filled in Jinja's sandbox with plain values."""
        custom = edit_template(
            self.default_bytes,
            "{{ signer }}",
            "{{ signer.__class__.__mro__[1].__subclasses__() }}",
        )
        with self.assertRaises(ValidationError) as caught:
            self.upload(custom)
        self.assertIn("not allowed", str(caught.exception))

    def test_only_administrators_replace_templates(self):
        custom = edit_template(
            self.default_bytes, "I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH VÀ YÊU CẦU"
        )
        with self.assertRaises(AccessError):
            self.upload(custom, user=self.user_office)
        # everyone may read (and so print with) the templates
        self.assertTrue(self.plan_template.with_user(self.user_plain).default_path)
