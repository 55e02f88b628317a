"""Values of the Word (.docx) documents: the common blocks of Decree 30.

Every Word report ``emulation_commendation.docx_<name>`` has a model
``report.emulation_commendation.docx_<name>`` inheriting this one, which turns
each record into a dict of plain values (strings, numbers, lists and dicts of
them) for its docxtpl template. The keys every template may use:

    parent_agency, agency      agency block (top left)
    number_line                "Số: 13/KH-NV"
    date_line                  "Hải Phòng, ngày 19 tháng 02 năm 2025"
    title, subject             document type and trích yếu
    recipients, archive        "Nơi nhận" items and the "Lưu: ..." line
    sign_lines, signer         signature title lines and the signer's name
"""

import re

from lxml import html as lxml_html

from odoo import api, fields, models
from odoo.tools import is_html_empty

# the head keys of a Word document (see the module docstring)
HEAD_KEYS = ("parent_agency", "agency", "number_line", "date_line", "title", "subject")
_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "ul",
    "ol",
    "table",
    "tbody",
    "thead",
}


def html_paragraphs(html):
    """The paragraphs of an HTML field as plain strings (list items get a
    leading "- ", line breaks start a new paragraph)."""
    if not html or is_html_empty(html):
        return []
    try:
        root = lxml_html.fragment_fromstring(str(html), create_parent="div")
    except Exception:  # not HTML after all
        return [line.strip() for line in str(html).splitlines() if line.strip()]
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    paragraphs = []

    def leaf_text(element):
        for line in element.text_content().split("\n"):
            text = " ".join(line.split())
            if not text:
                continue
            if element.tag == "li" and not re.match(r"^[-+•–]", text):
                text = "- " + text
            paragraphs.append(text)

    def walk(element):
        children = [child for child in element if isinstance(child.tag, str)]
        if not any(child.tag in _BLOCK_TAGS for child in children):
            leaf_text(element)
            return
        if element.text and element.text.strip():
            paragraphs.append(" ".join(element.text.split()))
        for child in children:
            if child.tag in _BLOCK_TAGS:
                walk(child)
            else:
                text = " ".join((child.text_content() or "").split())
                if text:
                    paragraphs.append(text)
            if child.tail and child.tail.strip():
                paragraphs.append(" ".join(child.tail.split()))

    walk(root)
    return paragraphs


class EmulationDocxReport(models.AbstractModel):
    _name = "emulation.docx.report"
    _description = "Word Document Values"

    # the model of the records the report prints (set by each report)
    _docx_model = None
    # xml id of another Word report whose template this one uses (optional)
    _docx_template_report = None
    # keys of the values that the default template does not use (an uploaded
    # template may use them)
    _docx_extra_keys = ()

    @api.model
    def _get_docx_documents(self, docids, data=None):
        """One dict of values per document, in the order of ``docids``."""
        records = self.env[self._docx_model].browse(docids or [])
        records.check_access("read")
        return [self._get_docx_values(record, data or {}) for record in records]

    def _get_docx_values(self, record, data):
        raise NotImplementedError

    # ------------------------------------------------------------------
    # Common blocks
    # ------------------------------------------------------------------
    def _doc_helper(self):
        return self.env["emulation.document.helper"]

    def _document_report(self):
        return self.env["emulation.document.report"]

    def _docx_head(self, values):
        """The head keys of a Word document from the values of its PDF (see
        ``emulation.document.report``)."""
        return {key: values[key] for key in HEAD_KEYS}

    def _nd30_head(self, company, type_code, number, date, title, subject="", **kw):
        """Agency block, number, place and date, title and trích yếu, as the
        QWeb layout ``report_nd30_layout`` prints them (the head of
        ``emulation.document.report``; keywords ``place``, ``parent``,
        ``agency`` as there)."""
        return self._docx_head(
            self._document_report()._head(
                company, type_code, number, date, title, subject, **kw
            )
        )

    def _nd30_foot(
        self, company, recipients=None, sign_lines=None, signer=None, archive=None
    ):
        """The "Nơi nhận" block and the signature, as the QWeb layout (the
        foot of ``emulation.document.report``); the template prints "Lưu:"
        and the full stop around ``archive``."""
        document_report = self._document_report()
        foot = document_report._foot(
            company, [item for item in (recipients or []) if item], signer=signer
        )
        foot["archive"] = archive or document_report._archive(company)
        if sign_lines:
            foot["sign_lines"] = sign_lines
        return foot

    def _legal_grounds(self, types, date):
        """'Căn cứ ...;' lines of the legal bases of the titles and forms
        ``types`` (else the catalogue's Law and decree) in force on ``date``
        (the document's date, else today), as the PDF prints them."""
        return self._doc_helper().legal_basis_lines(
            self._document_report()._legal_documents(types),
            date or fields.Date.context_today(self),
        )

    def _html_paragraphs(self, html):
        return html_paragraphs(html)

    def _recipients_from_html(self, html):
        """("Nơi nhận" items, "Lưu" line) from an HTML list typed by a user:
        the items without their "-" and ";", the "Lưu: ..." line apart."""
        items, archive = [], ""
        for text in html_paragraphs(html):
            text = re.sub(r"^[-+•–]\s*", "", text).strip()
            text = re.sub(r"[;.,]+$", "", text).strip()
            if re.match(r"^nơi nhận\s*:?$", text, re.IGNORECASE):
                continue
            match = re.match(r"^lưu\s*:?\s*(.*)$", text, re.IGNORECASE)
            if match:
                archive = match.group(1).strip()
            elif text:
                items.append(text)
        return items, archive
