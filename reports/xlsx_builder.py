"""One builder for every XLSX the addon produces (exports and periodic reports).

A workbook is described as sheets of typed columns; the builder writes the
header row (bold, wrapped, frozen), sets the widths and writes each value with
the writer of its kind, so dates stay dates and numbers stay numbers.
"""

import datetime
import io

from odoo.tools.misc import xlsxwriter

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class XlsxColumn:
    """A column: Vietnamese header, width in characters, kind.

    Kinds: "text", "int", "float", "money", "date", "percent", "bool".
    """

    __slots__ = ("header", "kind", "width")

    def __init__(self, header, width=15, kind="text"):
        self.header = header
        self.width = width
        self.kind = kind


class XlsxBuilder:
    """Usage::

    builder = XlsxBuilder()
    builder.add_sheet("Khen thưởng", columns, rows, title="DANH SÁCH ...")
    data = builder.close()   # bytes
    """

    def __init__(self):
        self._output = io.BytesIO()
        self.workbook = xlsxwriter.Workbook(
            self._output, {"in_memory": True, "strings_to_numbers": False}
        )
        base = {"font_name": "Times New Roman", "font_size": 12, "valign": "top"}
        add = self.workbook.add_format
        self.formats = {
            "title": add(dict(base, bold=True, font_size=14)),
            "subtitle": add(dict(base, italic=True)),
            "header": add(
                dict(
                    base,
                    bold=True,
                    text_wrap=True,
                    align="center",
                    valign="vcenter",
                    border=1,
                    bg_color="#DDEBF7",
                )
            ),
            "text": add(dict(base, border=1, text_wrap=True)),
            "int": add(dict(base, border=1, num_format="0")),
            "float": add(dict(base, border=1, num_format="#,##0.00")),
            "money": add(dict(base, border=1, num_format="#,##0")),
            "date": add(dict(base, border=1, num_format="dd/mm/yyyy")),
            "percent": add(dict(base, border=1, num_format="0.0%")),
            "bool": add(dict(base, border=1, align="center")),
            "total": add(dict(base, border=1, bold=True, num_format="#,##0")),
            "total_text": add(dict(base, border=1, bold=True)),
        }

    def add_sheet(self, name, columns, rows, title=None, subtitle=None, totals=None):
        """Write one sheet. rows: iterable of sequences matching columns.
        totals: optional sequence written in bold after the rows.
        Returns the number of data rows written."""
        sheet = self.workbook.add_worksheet(name[:31])
        row_index = 0
        if title:
            sheet.write(row_index, 0, title, self.formats["title"])
            row_index += 1
        if subtitle:
            sheet.write(row_index, 0, subtitle, self.formats["subtitle"])
            row_index += 1
        if title or subtitle:
            row_index += 1
        header_row = row_index
        for col, column in enumerate(columns):
            sheet.set_column(col, col, column.width)
            sheet.write(header_row, col, column.header, self.formats["header"])
        sheet.set_row(header_row, 32)
        sheet.freeze_panes(header_row + 1, 0)
        writers = [self._writer(sheet, column.kind) for column in columns]
        count = 0
        row_index = header_row + 1
        for values in rows:
            for col, value in enumerate(values):
                writers[col](row_index, col, value)
            row_index += 1
            count += 1
        if count:
            sheet.autofilter(header_row, 0, row_index - 1, len(columns) - 1)
        if totals:
            for col, value in enumerate(totals):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.write_number(row_index, col, value, self.formats["total"])
                else:
                    sheet.write(row_index, col, value or "", self.formats["total_text"])
        return count

    def _writer(self, sheet, kind):
        fmt = self.formats.get(kind, self.formats["text"])
        blank = self.formats["text"]

        if kind in ("int", "float", "money", "percent"):

            def write(row, col, value):
                if value is None or value is False:
                    sheet.write_blank(row, col, None, fmt)
                else:
                    sheet.write_number(row, col, value, fmt)

        elif kind == "date":

            def write(row, col, value):
                if isinstance(value, datetime.date):
                    if not isinstance(value, datetime.datetime):
                        value = datetime.datetime(value.year, value.month, value.day)
                    sheet.write_datetime(row, col, value, fmt)
                else:
                    sheet.write_blank(row, col, None, fmt)

        elif kind == "bool":

            def write(row, col, value):
                sheet.write_string(row, col, "x" if value else "", fmt)

        else:

            def write(row, col, value):
                if value is None or value is False:
                    sheet.write_blank(row, col, None, blank)
                else:
                    sheet.write_string(row, col, str(value), fmt)

        return write

    def close(self):
        """Close the workbook and return its bytes."""
        self.workbook.close()
        return self._output.getvalue()
