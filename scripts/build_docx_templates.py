#!/usr/bin/env python3
"""Builds the default Word templates of the official documents.

    python3 scripts/build_docx_templates.py            # all templates
    python3 scripts/build_docx_templates.py emulation_plan dossier_proposal

Writes reports/docx/<name>.docx: the layout of Nghị định 30/2020/NĐ-CP,
Phụ lục I (A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm,
Times New Roman; agency block and number top left, national motto and the
italic place-and-date line top right; document type and trích yếu centred in
bold; body in 14 pt, justified, first line indented 1.27 cm, 6 pt between
paragraphs; "Nơi nhận" bottom left in 12/11 pt, signature block bottom right;
pages numbered from the second one, centred in the top margin).

The placeholders are docxtpl's Jinja tags: {{ name }} for a value,
{%p for x in list %} ... {%p endfor %} for repeated paragraphs and
{%tr for x in list %} ... {%tr endfor %} for repeated table rows. The values
each document provides are built by the report models in reports/
(report_docx_*.py); README.md, section "Word templates", tells how to edit a
template in Word. Run this script again after changing it, and commit both.
"""

import contextlib
import datetime
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "reports", "docx")
FONT = "Times New Roman"
TEXT_WIDTH_MM = 165  # 210 - 30 - 15
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"
FIXED_DATE = datetime.datetime(2025, 1, 1)


# ---------------------------------------------------------------- low level


def _set_font(rpr_owner, size=None):
    """Times New Roman for every script (Latin, complex, East Asian)."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def _border(paragraph, side="bottom", size=6):
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement("w:%s" % side)
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), "1")
    edge.set(qn("w:color"), "000000")
    borders.append(edge)


def _no_cell_margins(table):
    tblpr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement("w:%s" % side)
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    tblpr.append(margins)


def _widths(table, widths_mm):
    table.autofit = False
    for index, width in enumerate(widths_mm):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def para(
    container,
    text="",
    style="ND30 Body",
    bold=None,
    italic=None,
    size=None,
    align=None,
    before=None,
    after=None,
    first=True,
):
    """Add a paragraph (in a cell, reuse its first empty paragraph)."""
    if (
        first
        and hasattr(container, "paragraphs")
        and not hasattr(container, "sections")
        and len(container.paragraphs) == 1
        and not container.paragraphs[0].text
        and not container.paragraphs[0].runs
    ):
        paragraph = container.paragraphs[0]
        paragraph.style = style
    else:
        paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        if bold is not None:
            run.bold = bold
        if italic is not None:
            run.italic = italic
        if size:
            run.font.size = Pt(size)
    fmt = paragraph.paragraph_format
    if align is not None:
        fmt.alignment = align
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    return paragraph


def rule(container, length_mm, width_mm):
    """A solid line of length_mm, centred in a column of width_mm."""
    paragraph = para(container, style="ND30 Rule")
    side = max((width_mm - length_mm) / 2.0, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    _border(paragraph, "top")
    return paragraph


def tag(container, text, style="ND30 Tag"):
    """A paragraph holding only a {%p ... %} tag (it disappears once rendered)."""
    return para(container, text, style=style)


@contextlib.contextmanager
def block(container, opening, closing):
    """The paragraphs added inside the ``with`` between the tags
    {%p opening %} and {%p closing %}."""
    tag(container, "{%%p %s %%}" % opening)
    yield container
    tag(container, "{%%p %s %%}" % closing)


def each(container, loop):
    """``with each(doc, "x in items"):`` repeats its paragraphs per item."""
    return block(container, "for %s" % loop, "endfor")


def only_if(container, condition):
    """``with only_if(doc, "name"):`` keeps its paragraphs when name is set."""
    return block(container, "if %s" % condition, "endif")


# ---------------------------------------------------------------- document


def new_document(title, landscape=False):
    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = Mm(20)
    section.bottom_margin = Mm(20)
    section.left_margin = Mm(30)
    section.right_margin = Mm(15)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    # pages numbered from 1 in each document, the first page unnumbered
    sect_pr = section._sectPr
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    sect_pr.find(qn("w:cols")).addprevious(numbering)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    header._p.append(field)

    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    _set_font(normal.element)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for name in ("Header", "Footer"):
        styles[name].font.name = FONT
        styles[name].font.size = Pt(13)
        _set_font(styles[name].element)

    def add_style(name, size=14, bold=False, italic=False, align=None, **fmt):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        pf = style.paragraph_format
        if align is not None:
            pf.alignment = align
        for key, value in fmt.items():
            setattr(pf, key, value)
        return style

    center = WD_ALIGN_PARAGRAPH.CENTER
    add_style(
        "ND30 Body",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        first_line_indent=Cm(1.27),
        space_after=Pt(6),
        line_spacing=1.15,
    )
    for name, after in (("ND30 Heading", 6), ("ND30 Subheading", 4)):
        add_style(
            name,
            bold=True,
            align=WD_ALIGN_PARAGRAPH.JUSTIFY,
            first_line_indent=Cm(1.27),
            space_before=Pt(6),
            space_after=Pt(after),
            keep_with_next=True,
        )
    add_style("ND30 Center", align=center)
    add_style("ND30 Parent", size=12, align=center)
    add_style("ND30 Agency", size=12, bold=True, align=center)
    add_style("ND30 Motto", size=12, bold=True, align=center)
    add_style("ND30 Motto2", size=13, bold=True, align=center)
    add_style("ND30 Number", size=13, align=center, space_before=Pt(6))
    add_style("ND30 Date", size=14, italic=True, align=center, space_before=Pt(6))
    add_style(
        "ND30 Title",
        bold=True,
        align=center,
        space_before=Pt(18),
        keep_with_next=True,
    )
    add_style("ND30 Subject", bold=True, align=center, keep_with_next=True)
    add_style("ND30 Rule", size=2, align=center, space_before=Pt(2), space_after=Pt(6))
    add_style("ND30 Tag", size=2)
    add_style("ND30 Recipients Title", size=12, bold=True, italic=True)
    add_style("ND30 Recipients", size=11)
    add_style("ND30 Sign", bold=True, align=center, keep_with_next=True)
    add_style("ND30 Sign Note", italic=True, align=center, keep_with_next=True)
    add_style("ND30 Sign Name", bold=True, align=center)
    add_style("ND30 Table", size=12)
    add_style("ND30 Table Center", size=12, align=center)
    add_style("ND30 Table Right", size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_style("ND30 Table Head", size=12, bold=True, align=center)
    add_style("ND30 Table Group", size=12, bold=True)
    add_style(
        "ND30 Annex Title",
        bold=True,
        align=center,
        page_break_before=True,
        keep_with_next=True,
    )
    add_style(
        "ND30 Annex Subtitle",
        size=13,
        italic=True,
        align=center,
        space_after=Pt(8),
        keep_with_next=True,
    )

    props = doc.core_properties
    props.title = title
    props.author = "emulation_commendation"
    props.last_modified_by = "emulation_commendation"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1
    props.language = "vi-VN"
    props.comments = (
        "Mẫu Word của addon emulation_commendation (Nghị định 30/2020/NĐ-CP). "
        "Các chỗ điền dữ liệu trong dấu ngoặc nhọn kép hoặc ngoặc nhọn và dấu "
        "phần trăm: giữ nguyên khi sửa (xem README, mục Mẫu Word)."
    )
    # the first paragraph of a new document is empty: drop it
    body = doc.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    return doc


def agency_header(doc, number=True):
    """Agency block and number (left), motto and place-and-date (right)."""
    left_mm, right_mm = 67, 98
    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_cell_margins(table)
    _widths(table, (left_mm, right_mm))
    left, right = table.rows[0].cells
    with only_if(left, "parent_agency"):
        para(left, "{{ parent_agency }}", style="ND30 Parent")
    para(left, "{{ agency }}", style="ND30 Agency")
    rule(left, 22, left_mm)
    motto(right, right_mm)
    left, right = table.rows[1].cells
    para(left, "{{ number_line }}" if number else "", style="ND30 Number")
    para(right, "{{ date_line }}", style="ND30 Date")
    return table


def motto(container, width_mm):
    """The national motto over a line of 54 mm, centred in width_mm."""
    para(container, MOTTO, style="ND30 Motto")
    para(container, MOTTO2, style="ND30 Motto2")
    rule(container, 54, width_mm)


def motto_header(doc):
    """No agency block (a personal report): the motto centred on the page."""
    motto(doc, TEXT_WIDTH_MM)
    para(doc, "{{ date_line }}", style="ND30 Date", align=WD_ALIGN_PARAGRAPH.RIGHT)


def official_document(title, number=True):
    """A new document opening with the agency header and the title block."""
    doc = new_document(title)
    agency_header(doc, number=number)
    title_block(doc)
    return doc


def title_block(doc):
    para(doc, "{{ title }}", style="ND30 Title")
    with only_if(doc, "subject"):
        para(doc, "{{ subject }}", style="ND30 Subject")
    rule(doc, 50, TEXT_WIDTH_MM)


def paragraphs(doc, name, style="ND30 Body", prefix=""):
    with each(doc, "text in %s" % name):
        para(doc, prefix + "{{ text }}", style=style)


def titled_parts(doc, loop, title, items, text):
    """Per item of ``loop``: its ``title`` as a subheading, then one
    paragraph per entry of its list (``items``, a loop, giving ``text``)."""
    with each(doc, loop):
        para(doc, "{{ %s }}" % title, style="ND30 Subheading")
        with each(doc, items):
            para(doc, text)


def _signature_table(doc, widths_mm):
    """A borderless table of two columns kept on one page, after a space."""
    para(doc, "", style="ND30 Tag", after=12)
    table = doc.add_table(rows=1, cols=2)
    _no_cell_margins(table)
    _widths(table, widths_mm)
    _cant_split(table.rows[0])
    return table


def _signer_name(cell, text):
    """The space left for the signature and seal, then the signer's name."""
    for _i in range(4):
        para(cell, "", style="ND30 Sign")
    para(cell, text, style="ND30 Sign Name")


def footer(doc):
    """Nơi nhận (left), signature (right)."""
    table = _signature_table(doc, (80, 85))
    left, right = table.rows[0].cells
    para(left, "Nơi nhận:", style="ND30 Recipients Title")
    with each(left, "item in recipients"):
        para(left, "- {{ item }};", style="ND30 Recipients")
    para(left, "- Lưu: {{ archive }}.", style="ND30 Recipients")
    with each(right, "line in sign_lines"):
        para(right, "{{ line }}", style="ND30 Sign")
    _signer_name(right, "{{ signer }}")
    return table


def two_signatures(doc, left="sign_left", right="sign_right"):
    """Two signature blocks side by side (values: title, note, name)."""
    table = _signature_table(doc, (82, 83))
    for cell, key in zip(table.rows[0].cells, (left, right), strict=True):
        para(cell, "{{ %s.title }}" % key, style="ND30 Sign")
        with only_if(cell, "%s.note" % key):
            para(cell, "{{ %s.note }}" % key, style="ND30 Sign Note")
        _signer_name(cell, "{{ %s.name }}" % key)
    return table


def _bordered_table(doc, rows, columns):
    """A bordered table of ``rows`` rows, the first one holding the
    headings (repeated on every page).

    columns: [(heading, width_mm, cell text, style)]."""
    table = doc.add_table(rows=rows, cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, [column[1] for column in columns])
    head = table.rows[0]
    _repeat_header(head)
    for cell, column in zip(head.cells, columns, strict=True):
        para(cell, column[0], style="ND30 Table Head")
    return table


def _row_tag(row, text):
    """A row holding only a {%tr ... %} tag (it disappears once rendered)."""
    para(row.cells[0], text, style="ND30 Table")


def _item_row(row, columns):
    """The row repeated per item: the cell text of each column."""
    _cant_split(row)
    for cell, column in zip(row.cells, columns, strict=True):
        para(cell, column[2], style=column[3] if len(column) > 3 else "ND30 Table")


def list_table(doc, loop, columns):
    """A bordered table: a header row, then one row per item of the loop.

    columns: [(heading, width_mm, cell text, style)]."""
    table = _bordered_table(doc, 4, columns)
    _head, loop_start, row, loop_end = table.rows
    _row_tag(loop_start, "{%%tr for %s %%}" % loop)
    _item_row(row, columns)
    _row_tag(loop_end, "{%tr endfor %}")
    return table


def part(doc, title, text=None, loop=None, columns=None):
    """A numbered part of a report: its title, the paragraph ``text`` (a
    value's name) and the table of ``loop``, left out when it is empty."""
    para(doc, title, style="ND30 Subheading")
    if text:
        para(doc, "{{ %s }}" % text)
    if loop:
        optional_table(doc, loop, columns)


def optional_table(doc, loop, columns):
    """The list_table of ``loop`` ("row in items"), left out when the list
    is empty."""
    with only_if(doc, loop.split(" in ", 1)[1]):
        list_table(doc, loop, columns)


def grouped_table(doc, loop, columns, total=None):
    """A bordered table whose rows are either a heading (``row.group``: the
    unit, merged across the table, in bold) or a recipient; ``total``: the
    cells of a last row."""
    table = _bordered_table(doc, 8 + (1 if total else 0), columns)
    loop_start, if_row, group_row, else_row, row, endif_row, end_row = table.rows[1:8]
    _row_tag(loop_start, "{%%tr for %s %%}" % loop)
    _row_tag(if_row, "{%tr if row.group %}")
    merged = group_row.cells[0].merge(group_row.cells[-1])
    para(merged, "{{ row.group }}", style="ND30 Table Group")
    _row_tag(else_row, "{%tr else %}")
    _item_row(row, columns)
    _row_tag(endif_row, "{%tr endif %}")
    _row_tag(end_row, "{%tr endfor %}")
    if total:
        last = table.rows[8]
        label_cells = last.cells[0].merge(last.cells[total[0] - 1])
        para(label_cells, total[1], style="ND30 Table Head")
        for offset, text in enumerate(total[2:]):
            para(last.cells[total[0] + offset], text, style="ND30 Table Right")
    return table


def page_break(doc):
    paragraph = para(doc, style="ND30 Tag")
    paragraph.add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- templates


# the columns of the lists of recipients (annexes)
RECIPIENT_LIST_COLUMNS = [
    ("STT", 12, "{{ line.index }}", "ND30 Table Center"),
    ("Họ và tên / Tên tập thể", 43, "{{ line.name }}"),
    ("Chức vụ, đơn vị công tác", 44, "{{ line.position }}"),
    ("Danh hiệu / Hình thức khen thưởng", 38, "{{ line.type }}"),
    ("Ghi chú", 28, "{{ line.note }}"),
]
ROUND_LIST_COLUMNS = [
    ("STT", 12, "{{ row.index }}", "ND30 Table Center"),
    ("Họ và tên / Tên tập thể", 42, "{{ row.name }}"),
    ("Chức vụ, đơn vị công tác", 44, "{{ row.position }}"),
    ("Danh hiệu / Hình thức khen thưởng", 37, "{{ row.type }}"),
]
PROPOSAL_LIST_COLUMNS = ROUND_LIST_COLUMNS + [
    ("Tỷ lệ phiếu đồng ý", 30, "{{ row.note }}", "ND30 Table Center")
]


def emulation_plan():
    doc = official_document("Kế hoạch công tác thi đua, khen thưởng")
    paragraphs(doc, "preamble")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", style="ND30 Heading")
    paragraphs(doc, "objectives")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", style="ND30 Heading")
    titled_parts(
        doc,
        "section in task_sections",
        "section.title",
        "task in section.tasks",
        "- {{ task }}",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", style="ND30 Heading")
    paragraphs(doc, "implementation")
    paragraphs(doc, "closing")
    footer(doc)
    return doc


def annex(doc, columns, loop="line in lines", title_style="ND30 Annex Title"):
    para(doc, "{{ annex_title }}", style=title_style)
    para(doc, "{{ annex_subject }}", style="ND30 Subject")
    para(doc, "{{ annex_subtitle }}", style="ND30 Annex Subtitle")
    if loop:
        list_table(doc, loop, columns)


def proposal_letter(title):
    """A Tờ trình (a unit's dossier or the agency's proposal) up to its
    signature, before its list."""
    doc = official_document(title)
    para(doc, "Kính gửi: {{ to_authority }}.", style="ND30 Center", after=6)
    paragraphs(doc, "grounds")
    para(doc, "{{ request }}")
    paragraphs(doc, "type_items")
    para(doc, "(Có danh sách và hồ sơ kèm theo)")
    para(doc, "Kính trình {{ to_authority }} xem xét, quyết định./.")
    footer(doc)
    return doc


def dossier_proposal():
    doc = proposal_letter("Tờ trình đề nghị khen thưởng")
    annex(doc, RECIPIENT_LIST_COLUMNS)
    return doc


def achievement():
    doc = new_document("Báo cáo thành tích")
    with only_if(doc, "agency"):
        agency_header(doc, number=False)
        tag(doc, "{%p else %}")
        motto_header(doc)
    title_block(doc)
    para(doc, "{{ profile_title }}", style="ND30 Heading")
    with each(doc, "fact in profile"):
        para(doc, "- {{ fact.label }}: {{ fact.value }}.")
    para(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", style="ND30 Heading")
    titled_parts(
        doc,
        "part in achievement_parts",
        "part.title",
        "text in part.paragraphs",
        "{{ text }}",
    )
    para(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", style="ND30 Heading")
    for number, key, heading in (
        ("1", "history_titles", "Danh hiệu thi đua"),
        ("2", "history_forms", "Hình thức khen thưởng"),
    ):
        para(doc, "%s. %s" % (number, heading), style="ND30 Subheading")
        list_table(
            doc,
            "award in %s" % key,
            [
                ("Năm", 18, "{{ award.year }}", "ND30 Table Center"),
                (heading, 62, "{{ award.name }}"),
                (
                    "Số, ngày, tháng, năm của quyết định; cơ quan ban hành",
                    85,
                    "{{ award.decision }}",
                ),
            ],
        )
    two_signatures(doc)
    with only_if(doc, "confirmation"):
        para(doc, "{{ confirmation.title }}", style="ND30 Sign", before=12)
        para(doc, "{{ confirmation.note }}", style="ND30 Sign Note")
    return doc


def emulation_report():
    doc = official_document("Báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng")
    para(doc, "{{ introduction }}")
    para(doc, "I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG", style="ND30 Heading")
    part(
        doc,
        "1. Tổ chức các phong trào thi đua",
        "movements_text",
        "row in movements",
        [
            ("STT", 12, "{{ row.index }}", "ND30 Table Center"),
            ("Phong trào thi đua", 85, "{{ row.name }}"),
            ("Cấp phát động", 30, "{{ row.level }}"),
            ("Thời gian", 38, "{{ row.period }}", "ND30 Table Center"),
        ],
    )
    part(
        doc,
        "2. Thực hiện nhiệm vụ theo Kế hoạch",
        "tasks_text",
        "row in tasks_by_quarter",
        [
            ("Thời gian", 85, "{{ row.period }}"),
            ("Số nhiệm vụ", 40, "{{ row.total }}", "ND30 Table Center"),
            ("Đã hoàn thành", 40, "{{ row.done }}", "ND30 Table Center"),
        ],
    )
    part(doc, "3. Ký kết giao ước thi đua", "pledges_text")
    part(
        doc,
        "4. Công tác khen thưởng",
        "awards_text",
        "row in award_rows",
        [
            ("STT", 12, "{{ row.index }}", "ND30 Table Center"),
            ("Danh hiệu / Hình thức khen thưởng", 71, "{{ row.name }}"),
            ("Cấp khen thưởng", 34, "{{ row.level }}"),
            ("Tập thể", 24, "{{ row.collective }}", "ND30 Table Center"),
            ("Cá nhân", 24, "{{ row.individual }}", "ND30 Table Center"),
        ],
    )
    part(
        doc,
        "5. Kết quả theo đơn vị",
        loop="row in units",
        columns=[
            ("Đơn vị", 65, "{{ row.name }}"),
            ("Nhiệm vụ", 25, "{{ row.tasks }}", "ND30 Table Center"),
            ("Hoàn thành", 25, "{{ row.tasks_done }}", "ND30 Table Center"),
            ("Hồ sơ đề nghị", 25, "{{ row.dossiers }}", "ND30 Table Center"),
            ("Khen thưởng", 25, "{{ row.awards }}", "ND30 Table Center"),
        ],
    )
    paragraphs(doc, "result_text")
    para(doc, "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", style="ND30 Heading")
    paragraphs(doc, "shortcoming_text")
    para(doc, "{{ direction_title }}", style="ND30 Heading")
    paragraphs(doc, "direction_text")
    para(doc, "{{ conclusion }}")
    footer(doc)
    return doc


def decision():
    doc = official_document("Quyết định khen thưởng")
    para(doc, "{{ authority }}", style="ND30 Subject", before=6, after=6)
    with each(doc, "text in grounds"):
        para(doc, "{{ text }}", italic=True)
    para(doc, "QUYẾT ĐỊNH:", style="ND30 Subject", before=6, after=6)
    with each(doc, "article in articles"):
        paragraph = para(doc, "{{ article.number }}", bold=True)
        paragraph.add_run(" {{ article.text }}")
    footer(doc)
    annex(doc, [], loop=None)
    grouped_table(
        doc,
        "row in rows",
        ROUND_LIST_COLUMNS[:2]
        + [("Chức vụ, đơn vị công tác", 38, "{{ row.position }}")]
        + [("Danh hiệu / Hình thức", 30, "{{ row.type }}")]
        + [
            ("Tiền thưởng (đồng)", 23, "{{ row.amount }}", "ND30 Table Right"),
            ("Số sổ vàng", 20, "{{ row.gold_book }}", "ND30 Table Center"),
        ],
        total=(
            4,
            "Tổng cộng: {{ total_count }} tập thể, cá nhân",
            "{{ total_amount }}",
            "",
        ),
    )
    return doc


def proposal():
    doc = proposal_letter("Tờ trình đề nghị cấp trên khen thưởng")
    annex(doc, [], loop=None)
    grouped_table(doc, "row in rows", PROPOSAL_LIST_COLUMNS)
    return doc


def proposal_list():
    doc = new_document("Danh sách đề nghị khen thưởng")
    annex(doc, [], loop=None, title_style="ND30 Title")
    grouped_table(doc, "row in rows", PROPOSAL_LIST_COLUMNS)
    return doc


def session_minutes():
    doc = official_document("Biên bản họp Hội đồng Thi đua - Khen thưởng")
    para(doc, "{{ opening }}")
    para(doc, "I. THÀNH PHẦN", style="ND30 Heading")
    para(doc, "Chủ trì: {{ chair }}, Chủ tịch Hội đồng. Thư ký: {{ secretary }}.")
    para(doc, "{{ attendance }}")
    list_table(
        doc,
        "member in members",
        [
            ("STT", 12, "{{ member.index }}", "ND30 Table Center"),
            ("Họ và tên", 45, "{{ member.name }}"),
            ("Chức vụ", 40, "{{ member.job }}"),
            ("Chức danh trong Hội đồng", 35, "{{ member.role }}"),
            ("Tham dự", 33, "{{ member.attendance }}"),
        ],
    )
    para(doc, "II. NỘI DUNG", style="ND30 Heading")
    para(
        doc,
        "Hội đồng đã nghe Văn phòng Sở (cơ quan thường trực) báo cáo tóm tắt thành "
        "tích và kết quả thẩm định hồ sơ của các tập thể, cá nhân được đề nghị; các "
        "thành viên thảo luận và biểu quyết (bỏ phiếu kín đối với các danh hiệu "
        "theo quy định).",
    )
    paragraphs(doc, "discussion")
    para(doc, "Kết quả biểu quyết:", bold=True)
    list_table(
        doc,
        "row in results",
        [
            ("STT", 10, "{{ row.index }}", "ND30 Table Center"),
            ("Họ và tên / Tập thể", 33, "{{ row.name }}"),
            ("Danh hiệu / Hình thức", 34, "{{ row.type }}"),
            ("Đồng ý", 15, "{{ row.votes_for }}", "ND30 Table Center"),
            ("Không đồng ý", 15, "{{ row.votes_against }}", "ND30 Table Center"),
            ("Tỷ lệ đồng ý", 18, "{{ row.share }}", "ND30 Table Center"),
            ("Mức cần đạt", 22, "{{ row.needed }}", "ND30 Table Center"),
            ("Kết quả", 18, "{{ row.result }}", "ND30 Table Center"),
        ],
    )
    para(doc, "III. KẾT LUẬN", style="ND30 Heading")
    para(doc, "{{ conclusion }}")
    para(doc, "{{ closing }}")
    two_signatures(doc)
    return doc


def session_ballot():
    doc = official_document("Phiếu bầu", number=False)
    para(doc, "{{ instructions }}", italic=True)
    list_table(
        doc,
        "row in candidates",
        [
            ("STT", 12, "{{ row.index }}", "ND30 Table Center"),
            ("Họ và tên / Tập thể", 45, "{{ row.name }}"),
            ("Chức vụ, đơn vị", 38, "{{ row.position }}"),
            ("Danh hiệu / Hình thức", 36, "{{ row.type }}"),
            ("Đồng ý", 17, "", "ND30 Table Center"),
            ("Không đồng ý", 17, "", "ND30 Table Center"),
        ],
    )
    return doc


def session_tally():
    doc = official_document("Biên bản kiểm phiếu")
    para(
        doc,
        "Hôm nay, ngày {{ session_date }}, tại {{ place }}, Ban kiểm phiếu của "
        "{{ council }} tiến hành kiểm phiếu như sau:",
    )
    paragraphs(doc, "counts", prefix="- ")
    para(doc, "Kết quả kiểm phiếu:", bold=True)
    list_table(
        doc,
        "row in results",
        [
            ("STT", 10, "{{ row.index }}", "ND30 Table Center"),
            ("Họ và tên / Tập thể", 38, "{{ row.name }}"),
            ("Danh hiệu / Hình thức", 38, "{{ row.type }}"),
            ("Đồng ý", 15, "{{ row.votes_for }}", "ND30 Table Center"),
            ("Tỷ lệ", 16, "{{ row.share }}", "ND30 Table Center"),
            ("Không đồng ý", 15, "{{ row.votes_against }}", "ND30 Table Center"),
            ("Kết quả", 18, "{{ row.result }}", "ND30 Table Center"),
        ],
    )
    para(doc, "Biên bản kiểm phiếu được lập và thông qua trước Hội đồng./.")
    two_signatures(doc)
    return doc


TEMPLATES = {
    "emulation_plan": emulation_plan,
    "dossier_proposal": dossier_proposal,
    "achievement": achievement,
    "emulation_report": emulation_report,
    "decision": decision,
    "proposal": proposal,
    "proposal_list": proposal_list,
    "session_minutes": session_minutes,
    "session_ballot": session_ballot,
    "session_tally": session_tally,
}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names or sorted(TEMPLATES):
        if name not in TEMPLATES:
            sys.exit("unknown template %s (known: %s)" % (name, ", ".join(TEMPLATES)))
        path = os.path.join(OUT, "%s.docx" % name)
        TEMPLATES[name]().save(path)
        print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
