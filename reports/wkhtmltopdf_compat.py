"""The workaround for a wkhtmltopdf built without its patched Qt.

Upstream cause: wkhtmltopdf needs its own patched build of Qt 4.8 ("wkhtmltopdf
0.12.6 (with patched qt)", from https://github.com/wkhtmltopdf/packaging/releases,
the build Odoo recommends). Distributions (Debian's ``wkhtmltopdf`` package,
"wkhtmltopdf 0.12.6" without the words "with patched qt") link it against the
system's unpatched Qt 5, where two things are missing:

1. the page is always shrunk to fit (``--disable-smart-shrinking`` is ignored):
   100 mm in CSS come out as 77.2 mm, so the documents of Decree 30 and the
   certificates would print too small; a CSS ``zoom`` gives the sizes back;
2. ``--header-html`` / ``--footer-html`` are ignored, so the page number that the
   layout of Decree 30 puts in the header (from the second page, centred at the
   top) never prints; each document is then rendered on its own and the numbers
   are stamped on its pages 2..n afterwards.

Production hosts should install the patched 0.12.6 build (see README.md,
Prerequisites): then nothing here applies. The hosts of the project's CI reach
no place that ships it, so they keep Debian's package and this workaround.

Only the reports printed on the paper formats of Decree 30 are concerned; the
certificates on pre-printed blanks are drawn by reportlab (reports/blank_pdf.py).
"""

import io
import subprocess

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from odoo import models
from odoo.tools.pdf import PdfFileReader, PdfFileWriter, merge_pdf

ND30_PAPERFORMAT = "emulation_commendation.paperformat_nd30_portrait"
ND30_PAPERFORMATS = (
    ND30_PAPERFORMAT,
    "emulation_commendation.paperformat_nd30_landscape",
)
# 1 / 0.772: the shrinking of the unpatched build, measured (100 mm -> 77.2 mm)
UNPATCHED_QT_ZOOM = 1.2953
ZOOM_STYLE = "<style>.o_nd30, .o_nd30_cert { zoom: %s; }</style></head>"

_patched_qt = {}


def has_patched_qt(binary):
    """Whether ``binary --version`` says "with patched qt" (asked once per
    binary and process)."""
    if binary not in _patched_qt:
        try:
            output = subprocess.run(
                [binary, "--version"], capture_output=True, text=True, timeout=20
            ).stdout
        except (OSError, subprocess.SubprocessError):
            output = ""
        _patched_qt[binary] = "patched qt" in output.lower()
    return _patched_qt[binary]


def zoom_bodies(bodies):
    """The HTML pages with the zoom that undoes the shrinking."""
    style = ZOOM_STYLE % UNPATCHED_QT_ZOOM
    return [str(body).replace("</head>", style, 1) for body in bodies]


def stamp_page_numbers(pdf_content, top_mm=10.0, font_size=13):
    """Write 2, 3, ... centred at the top of every page but the first."""
    reader = PdfFileReader(io.BytesIO(pdf_content), strict=False)
    if reader.getNumPages() < 2:
        return pdf_content
    writer = PdfFileWriter()
    for index in range(reader.getNumPages()):
        page = reader.getPage(index)
        if index:
            width = float(page.mediabox.width)
            height = float(page.mediabox.height)
            packet = io.BytesIO()
            can = canvas.Canvas(packet, pagesize=(width, height))
            can.setFont("Times-Roman", font_size)
            can.drawCentredString(width / 2.0, height - top_mm * mm, str(index + 1))
            can.save()
            packet.seek(0)
            page.mergePage(PdfFileReader(packet, strict=False).getPage(0))
        writer.addPage(page)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _unpatched_qt_paperformat(self, report_ref):
        """The xml id of our paper format used by the report when wkhtmltopdf
        has unpatched Qt (else False: nothing to compensate)."""
        if not report_ref:
            return False
        report = self._get_report(report_ref)
        paperformat = report.paperformat_id
        xmlid = paperformat.get_external_id().get(paperformat.id) if paperformat else ""
        if xmlid not in ND30_PAPERFORMATS:
            return False
        from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin

        if has_patched_qt(_get_wkhtmltopdf_bin()):
            return False
        return xmlid

    def _run_wkhtmltopdf(
        self,
        bodies,
        report_ref=False,
        header=None,
        footer=None,
        landscape=False,
        specific_paperformat_args=None,
        set_viewport_size=False,
    ):
        paperformat = self._unpatched_qt_paperformat(report_ref)
        if paperformat:
            bodies = zoom_bodies(bodies)
        options = {
            "report_ref": report_ref,
            "landscape": landscape,
            "specific_paperformat_args": specific_paperformat_args,
            "set_viewport_size": set_viewport_size,
        }
        if paperformat != ND30_PAPERFORMAT:
            return super()._run_wkhtmltopdf(
                bodies, header=header, footer=footer, **options
            )
        # one run per document, its pages numbered afterwards
        documents = [
            stamp_page_numbers(
                super(IrActionsReport, self)._run_wkhtmltopdf(
                    [body], header=None, footer=None, **options
                )
            )
            for body in bodies
        ]
        return documents[0] if len(documents) == 1 else merge_pdf(documents)
