"""Certificates printed on pre-printed blanks (phôi), at true size.

The PDF is drawn with reportlab at exact millimetre coordinates: the page is
the blank's size and a text placed at (x, y) mm lands at (x, y) mm from the
top-left corner of the sheet, plus the printer offset. Nothing goes through
wkhtmltopdf, whose unpatched-Qt build shrinks pages (see wkhtmltopdf_compat.py).
Print with "Actual size" (no "Fit to page") in the printer dialog.

Coordinates of a field: ``y`` is the baseline (the dotted line of the blank the
text sits on), from the top edge; ``x`` is the left end of the text (align
left), its centre (center) or its right end (right), from the left edge.
``width`` wraps a long text into lines of at most that width, ``line_height``
apart.
"""

import io
import os

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.pdfgen import canvas

FAMILY = "EmulationSerif"
# Times New Roman, else its metric clone Liberation Serif 2 (Debian package
# fonts-liberation2; version 1 of fonts-liberation lacks the Vietnamese
# letters), else DejaVu Serif. A font without every Vietnamese letter is skipped.
VIETNAMESE = (
    "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệ"
    "ỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
)
FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
        "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Bold.ttf",
        "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Italic.ttf",
        "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Bold_Italic.ttf",
    ),
    (
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf",
    ),
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
    ),
]
RED = Color(0.72, 0.0, 0.12)
COLORS = {"black": black, "red": RED}

_fonts = None


class BlankFontMissing(Exception):
    pass


def _has_vietnamese(paths):
    for path in paths:
        try:
            glyphs = TTFontFile(path).charToGlyph
        except Exception:  # an unreadable font file
            return False
        if any(ord(char) not in glyphs for char in VIETNAMESE):
            return False
    return True


def fonts():
    """{(bold, italic): reportlab font name}, registered once."""
    global _fonts
    if _fonts is not None:
        return _fonts
    for paths in FONT_CANDIDATES:
        if all(os.path.exists(path) for path in paths) and _has_vietnamese(paths):
            names = {}
            for (bold, italic), path in zip(
                ((False, False), (True, False), (False, True), (True, True)),
                paths,
                strict=True,
            ):
                name = "%s-%d%d" % (FAMILY, bold, italic)
                pdfmetrics.registerFont(TTFont(name, path))
                names[(bold, italic)] = name
            pdfmetrics.registerFontFamily(
                FAMILY,
                normal=names[(False, False)],
                bold=names[(True, False)],
                italic=names[(False, True)],
                boldItalic=names[(True, True)],
            )
            _fonts = names
            return names
    raise BlankFontMissing(
        "No serif TrueType font with Vietnamese letters: install Times New Roman "
        "or the Debian package fonts-liberation2."
    )


def font_file():
    """The regular font file in use (for the record and the tests)."""
    fonts()
    return pdfmetrics.getFont(_fonts[(False, False)]).face.filename


def wrap(text, font, size, width_mm):
    """Lines of ``text`` no wider than width_mm (a word never splits)."""
    if not width_mm:
        return [text]
    limit = width_mm * mm
    lines = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = "%s %s" % (current, word) if current else word
            if current and pdfmetrics.stringWidth(candidate, font, size) > limit:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def draw_item(can, page_height_pt, item, offset):
    """Draw one field: item = dict(text, x, y, width, align, size, bold,
    italic, color, line_height) in mm and pt; offset = (dx, dy) in mm."""
    text = item.get("text") or ""
    if not text.strip():
        return
    font = fonts()[(bool(item.get("bold")), bool(item.get("italic")))]
    size = float(item.get("size") or 14)
    can.setFont(font, size)
    can.setFillColor(COLORS.get(item.get("color") or "black", black))
    line_height = float(item.get("line_height") or 0) or size * 1.3 * 25.4 / 72
    x = (float(item.get("x") or 0) + offset[0]) * mm
    align = item.get("align") or "left"
    for index, line in enumerate(wrap(text, font, size, item.get("width"))):
        baseline = (float(item.get("y") or 0) + offset[1] + index * line_height) * mm
        y = page_height_pt - baseline
        if align == "center":
            can.drawCentredString(x, y, line)
        elif align == "right":
            can.drawRightString(x, y, line)
        else:
            can.drawString(x, y, line)


def draw_grid(can, width_mm, height_mm):
    """A millimetre grid over the whole sheet, with 10 mm labels, two
    reference crosses 20 mm from the corners and a 100 mm ruler."""
    page_height = height_mm * mm
    light = Color(0.78, 0.88, 0.98)
    medium = Color(0.45, 0.65, 0.9)
    dark = Color(0.1, 0.25, 0.6)

    def grid_lines(extent_mm, draw_line):
        """A line every millimetre across extent_mm (drawn by draw_line at
        its distance from the edge), heavier every 5 and 10 mm."""
        for step_mm in range(0, int(extent_mm) + 1):
            weight, colour = (
                (0.5, dark)
                if step_mm % 10 == 0
                else (0.3, medium)
                if step_mm % 5 == 0
                else (0.1, light)
            )
            can.setStrokeColor(colour)
            can.setLineWidth(weight)
            draw_line(step_mm * mm)

    grid_lines(width_mm, lambda x: can.line(x, 0, x, page_height))
    grid_lines(
        height_mm,
        lambda down: can.line(0, page_height - down, width_mm * mm, page_height - down),
    )
    label = fonts()[(False, False)]
    can.setFillColor(dark)
    can.setFont(label, 6)
    for step_mm in range(10, int(width_mm), 10):
        can.drawString(step_mm * mm + 0.6 * mm, page_height - 3 * mm, str(step_mm))
    for step_mm in range(10, int(height_mm), 10):
        can.drawString(0.8 * mm, page_height - step_mm * mm - 2.2 * mm, str(step_mm))
    can.setStrokeColor(black)
    can.setLineWidth(0.6)
    for cx, cy in ((20, 20), (width_mm - 20, height_mm - 20)):
        x, y = cx * mm, page_height - cy * mm
        can.line(x - 5 * mm, y, x + 5 * mm, y)
        can.line(x, y - 5 * mm, x, y + 5 * mm)
        can.circle(x, y, 2 * mm)
    # a 100 mm ruler to check that the printer keeps the scale
    x0, y0 = 30 * mm, page_height - 30 * mm
    can.setLineWidth(1)
    can.line(x0, y0, x0 + 100 * mm, y0)
    for tick in range(0, 101, 10):
        can.line(x0 + tick * mm, y0, x0 + tick * mm, y0 + (3 if tick % 50 else 5) * mm)


def draw_field_box(can, page_height_pt, item, offset):
    """The area of a field on the calibration sheet: its baseline and width."""
    width = float(item.get("width") or 0)
    x = float(item.get("x") or 0) + offset[0]
    y = float(item.get("y") or 0) + offset[1]
    align = item.get("align") or "left"
    if not width:
        width = 40
        left = (
            x if align == "left" else x - width / 2 if align == "center" else x - width
        )
    else:
        left = (
            x if align == "left" else x - width / 2 if align == "center" else x - width
        )
    can.setStrokeColor(RED)
    can.setLineWidth(0.5)
    can.setDash(2, 1)
    can.line(
        left * mm, page_height_pt - y * mm, (left + width) * mm, page_height_pt - y * mm
    )
    can.setDash()
    can.circle(x * mm, page_height_pt - y * mm, 0.8 * mm, stroke=1, fill=0)


def draw_notes(can, page_height_pt, notes):
    """Explanations printed on the calibration sheet, under the ruler."""
    can.setFillColor(black)
    can.setFont(fonts()[(False, True)], 9)
    for index, line in enumerate(notes):
        can.drawString(30 * mm, page_height_pt - (40 + 5 * index) * mm, line)


def render(
    width_mm, height_mm, pages, offset=(0.0, 0.0), grid=False, title="", notes=None
):
    """The PDF: one page per list of items, at true size."""
    output = io.BytesIO()
    page_size = (width_mm * mm, height_mm * mm)
    can = canvas.Canvas(output, pagesize=page_size, pageCompression=1)
    can.setTitle(title or "Certificates")
    can.setAuthor("emulation_commendation")
    can.setCreator("emulation_commendation (reportlab, true size)")
    for items in pages or [[]]:
        if grid:
            draw_grid(can, width_mm, height_mm)
            draw_notes(can, page_size[1], notes or [])
            for item in items:
                draw_field_box(can, page_size[1], item, offset)
        for item in items:
            draw_item(can, page_size[1], item, offset)
        can.showPage()
    can.save()
    return output.getvalue()
