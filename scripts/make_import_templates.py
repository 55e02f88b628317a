#!/usr/bin/env python3
"""Write the Excel import templates (static/xls/*.xlsx) and the column
mappings that let Odoo's import screen recognise their headers
(data/base_import_mapping_data.xml), from one definition.

    python3 scripts/make_import_templates.py

Each template has the headers a Vietnamese office uses, two example rows and
a second sheet explaining the columns. Staff codes, identity numbers and
dates are text columns: identity numbers keep their leading 0 (Hải Phòng's
start with 031) and dates stay dd/mm/yyyy. Run it again after changing a
definition and commit the results.
"""

import datetime
import pathlib
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

ROOT = pathlib.Path(__file__).resolve().parent.parent
XLS = ROOT / "static" / "xls"
MAPPING = ROOT / "data" / "base_import_mapping_data.xml"
TEXT = "@"
TEXT_ROWS = 1000  # rows pre-formatted as text in the text columns


class Column:
    def __init__(self, header, field, width=16, text=False, guide=""):
        self.header = header
        self.field = field
        self.width = width
        self.text = text
        self.guide = guide


EMPLOYEE_COLUMNS = [
    Column(
        "Mã nhân viên",
        "import_staff_code",
        14,
        True,
        "Mã nhân viên (Mã huy hiệu trong hồ sơ nhân sự). Một trong ba cột "
        "Mã nhân viên, Số định danh cá nhân, Họ và tên là đủ.",
    ),
    Column(
        "Số định danh cá nhân",
        "import_identification",
        20,
        True,
        "Số CCCD 12 chữ số, giữ nguyên số 0 ở đầu (cột dạng văn bản).",
    ),
    Column(
        "Họ và tên",
        "employee_id",
        26,
        False,
        "Họ và tên đầy đủ, đúng như trong hồ sơ; khi có người trùng tên, "
        "ghi Đơn vị hoặc Mã nhân viên.",
    ),
    Column(
        "Đơn vị",
        "department_id",
        36,
        False,
        "Tên hoặc mã đơn vị (phòng) của người đó vào thời điểm đó; đơn vị đã "
        "giải thể vẫn được nhận (đơn vị lưu trữ).",
    ),
]
RATING_GUIDE = (
    "HTXS, HTT, HT, KHT hoặc đầy đủ: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành "
    "tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ."
)
DATE_GUIDE = "Ngày dạng dd/mm/yyyy, ví dụ 15/12/2024."


def decision_columns(date_field="date"):
    """The number and the date (a text column) of a record's decision."""
    return [
        Column("Số quyết định", "decision_number", 16),
        Column("Ngày quyết định", date_field, 16, True, DATE_GUIDE),
    ]


NOTE_COLUMN = Column("Ghi chú", "note", 30)

TEMPLATES = [
    {
        "file": "xep_loai_ca_nhan.xlsx",
        "model": "emulation.rating",
        "sheet": "Xếp loại cá nhân",
        "columns": [
            *EMPLOYEE_COLUMNS,
            Column("Năm", "year", 8, guide="Năm đánh giá, ví dụ 2024."),
            Column("Xếp loại", "rating", 12, guide=RATING_GUIDE),
            Column("Điểm", "points", 8, guide="Điểm (thang 100), nếu có."),
            *decision_columns(),
            NOTE_COLUMN,
        ],
        "rows": [
            [
                "NV014",
                "031090001234",
                "Lê Minh Đức",
                "Phòng Lãnh sự và Người Việt Nam ở nước ngoài",
                2024,
                "HTXS",
                92,
                "25/QĐ-NV",
                "16/12/2024",
                "",
            ],
            [
                "",
                "",
                "Trần Thị Mai",
                "Văn phòng",
                2024,
                "HTT",
                "",
                "25/QĐ-NV",
                "16/12/2024",
                "",
            ],
        ],
    },
    {
        "file": "xep_loai_tap_the.xlsx",
        "model": "emulation.department.rating",
        "sheet": "Xếp loại tập thể",
        "columns": [
            Column(
                "Đơn vị",
                "department_id",
                40,
                guide="Tên hoặc mã của đơn vị được xếp loại.",
            ),
            Column("Năm", "year", 8),
            Column("Xếp loại", "rating", 12, guide=RATING_GUIDE),
            Column(
                "Cấp đánh giá",
                "assessed_by",
                24,
                guide="Ai đánh giá, ví dụ Giám đốc Sở, UBND thành phố.",
            ),
            *decision_columns(),
            NOTE_COLUMN,
        ],
        "rows": [
            ["Văn phòng", 2024, "HTXS", "Giám đốc Sở", "30/QĐ-NV", "20/12/2024", ""],
            ["LS", 2024, "HTT", "Giám đốc Sở", "30/QĐ-NV", "20/12/2024", ""],
        ],
    },
    {
        "file": "sang_kien.xlsx",
        "model": "emulation.initiative",
        "sheet": "Sáng kiến",
        "columns": [
            Column("Tên sáng kiến, đề tài", "name", 48),
            Column(
                "Loại",
                "kind",
                12,
                guide="Sáng kiến, Đề tài hoặc Đề án (để trống: Sáng kiến).",
            ),
            Column(
                "Tác giả",
                "employee_ids",
                30,
                guide="Mã nhân viên, số định danh hoặc họ và tên, cách nhau "
                "bằng dấu chấm phẩy (;).",
            ),
            Column("Đơn vị", "department_id", 36),
            Column("Năm", "year", 8),
            Column(
                "Cấp công nhận",
                "level",
                14,
                guide="Cơ sở, Thành phố (Tỉnh) hoặc Toàn quốc.",
            ),
            Column("Số quyết định công nhận", "decision_number", 20),
            Column("Ngày quyết định", "decision_date", 16, True, DATE_GUIDE),
            Column("Mô tả", "description", 40),
        ],
        "rows": [
            [
                "Số hóa quy trình tiếp nhận hồ sơ lãnh sự",
                "Sáng kiến",
                "NV014",
                "LS",
                2024,
                "Cơ sở",
                "40/QĐ-NV",
                "25/12/2024",
                "",
            ],
            [
                "Cẩm nang đón tiếp đoàn khách quốc tế",
                "Sáng kiến",
                "Hoàng Văn Quân; Nguyễn Đức Anh",
                "Phòng Hợp tác quốc tế",
                2023,
                "Thành phố",
                "1234/QĐ-UBND",
                "28/12/2023",
                "",
            ],
        ],
    },
    {
        "file": "ky_luat.xlsx",
        "model": "emulation.discipline",
        "sheet": "Kỷ luật",
        "columns": [
            *EMPLOYEE_COLUMNS,
            Column(
                "Hình thức kỷ luật",
                "form",
                16,
                guide="Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách "
                "chức hoặc Buộc thôi việc.",
            ),
            *decision_columns(),
            Column(
                "Không xét khen thưởng từ ngày",
                "date_block_start",
                18,
                True,
                DATE_GUIDE,
            ),
            Column(
                "Không xét khen thưởng đến ngày",
                "date_block_end",
                18,
                True,
                DATE_GUIDE,
            ),
            Column("Lý do", "reason", 40),
        ],
        "rows": [
            [
                "NV021",
                "",
                "Phan Thị Ngọc Ánh",
                "Thanh tra",
                "Khiển trách",
                "142/QĐ-NV",
                "15/09/2023",
                "15/09/2023",
                "14/03/2024",
                "Chậm thực hiện chế độ báo cáo.",
            ],
            [
                "",
                "031085004321",
                "",
                "",
                "Cảnh cáo",
                "80/QĐ-NV",
                "02/06/2022",
                "02/06/2022",
                "01/06/2023",
                "",
            ],
        ],
    },
    {
        "file": "khen_thuong.xlsx",
        "model": "commendation.award",
        "sheet": "Khen thưởng",
        "columns": [
            *EMPLOYEE_COLUMNS[:3],
            Column(
                "Chức vụ",
                "recipient_job_title",
                20,
                guide="Chức vụ của người được khen khi có quyết định (in lại "
                "quyết định vẫn giữ như cũ).",
            ),
            Column(
                "Đơn vị công tác",
                "recipient_unit_name",
                36,
                guide="Đơn vị của người được khen khi có quyết định.",
            ),
            Column(
                "Tập thể được khen",
                "department_id",
                36,
                guide="Tên hoặc mã đơn vị, khi khen tập thể (để trống các cột "
                "về cá nhân).",
            ),
            Column(
                "Danh hiệu / hình thức",
                "type_id",
                30,
                guide="Mã (CSTDCS, BK_UBND...) hoặc tên danh hiệu, hình thức. "
                "Bằng khen của tỉnh, bộ khác ghi cùng mã với Bằng khen cùng cấp "
                "và ghi Cơ quan ban hành.",
            ),
            Column("Năm", "year", 8, guide="Năm của thành tích được khen."),
            Column(
                "Loại khen thưởng",
                "kind",
                14,
                guide="Hằng năm (công trạng), Chuyên đề, Đột xuất, Cống hiến "
                "hoặc Đối ngoại.",
            ),
            *decision_columns("decision_date"),
            Column(
                "Cơ quan ban hành",
                "authority",
                30,
                guide="Ai quyết định, ví dụ Chủ tịch UBND tỉnh Hải Dương.",
            ),
            Column(
                "Cấp khen thưởng",
                "authority_level",
                14,
                guide="Sở, Tỉnh (Thành phố), Bộ, Thủ tướng hoặc Chủ tịch nước.",
            ),
            Column(
                "Số sổ vàng",
                "gold_book_number",
                14,
                True,
                "Số trong sổ vàng của Sở, nếu có; nhập lại với cùng số vẫn được.",
            ),
            Column("Thành tích", "achievements", 40),
            Column("Tiền thưởng", "reward_amount", 12),
        ],
        "rows": [
            [
                "NV014",
                "",
                "Lê Minh Đức",
                "Chuyên viên",
                "Phòng Lãnh sự và Người Việt Nam ở nước ngoài",
                "",
                "CSTDCS",
                2024,
                "Hằng năm",
                "45/QĐ-NV",
                "30/12/2024",
                "Giám đốc Sở Ngoại vụ",
                "Sở",
                "SV-00012",
                "Hoàn thành xuất sắc nhiệm vụ năm 2024",
                "",
            ],
            [
                "",
                "",
                "",
                "",
                "",
                "Phòng Hợp tác quốc tế (Sở Ngoại vụ tỉnh Hải Dương cũ)",
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                2023,
                "Hằng năm",
                "2468/QĐ-UBND",
                "25/12/2023",
                "Chủ tịch UBND tỉnh Hải Dương",
                "Tỉnh",
                "",
                "Hoàn thành xuất sắc nhiệm vụ hai năm liên tục 2022-2023",
                "",
            ],
        ],
    },
    {
        "file": "van_ban_can_cu.xlsx",
        "model": "emulation.legal.document",
        "sheet": "Văn bản",
        "columns": [
            Column("Số, ký hiệu", "number", 20),
            Column(
                "Loại văn bản",
                "doc_type",
                14,
                guide="Luật, Nghị định, Thông tư, Quyết định, Chỉ thị, Kế "
                "hoạch, Quy định, Công văn hoặc Khác.",
            ),
            Column("Trích yếu", "name", 50),
            Column("Cơ quan ban hành", "issuer", 24),
            Column("Ngày ban hành", "date_issued", 14, True, DATE_GUIDE),
            Column("Ngày hiệu lực", "date_effective", 14, True, DATE_GUIDE),
            Column("Hết hiệu lực từ", "date_expiry", 14, True, DATE_GUIDE),
            Column(
                "Tình trạng",
                "state",
                14,
                guide="Còn hiệu lực hoặc Hết hiệu lực.",
            ),
            Column("Đường dẫn", "url", 30),
            NOTE_COLUMN,
        ],
        "rows": [
            [
                "41/2024/QĐ-UBND",
                "Quyết định",
                "Ban hành quy định về công tác thi đua, khen thưởng trên địa bàn "
                "thành phố Hải Phòng",
                "Ủy ban nhân dân thành phố Hải Phòng",
                "04/11/2024",
                "",
                "",
                "Còn hiệu lực",
                "",
                "",
            ],
            [
                "14/KH-UBND",
                "Kế hoạch",
                "Triển khai một số nhiệm vụ trọng tâm công tác thi đua, khen "
                "thưởng năm 2025",
                "Ủy ban nhân dân thành phố Hải Phòng",
                "20/01/2024",
                "",
                "",
                "Còn hiệu lực",
                "",
                "",
            ],
        ],
    },
]

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def write_sheet(sheet, columns, rows):
    """Headers, rows and formats of one sheet."""
    for col, column in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=col, value=column.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    for index, values in enumerate(rows, 2):
        for col, (column, value) in enumerate(zip(columns, values, strict=True), 1):
            if value in ("", None):
                continue
            cell = sheet.cell(row=index, column=col)
            cell.value = str(value) if column.text else value
            if isinstance(value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
    for col, column in enumerate(columns, 1):
        if column.text:
            for index in range(2, max(TEXT_ROWS, len(rows) + 2)):
                sheet.cell(row=index, column=col).number_format = TEXT
    sheet.freeze_panes = "A2"


def write_guide(book, columns):
    guide = book.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Cách ghi"])
    for cell in guide[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    for column in columns:
        guide.append([column.header, column.guide])
    guide.append([])
    guide.append(
        [
            "Nhập lại",
            "Nhập lại cùng tệp sẽ cập nhật, không tạo bản ghi trùng. Bước "
            "“Kiểm tra” liệt kê mọi dòng sai (dòng, cột, lý do) trước khi ghi.",
        ]
    )
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["B"].width = 100


def write_template(template):
    book = Workbook()
    sheet = book.active
    sheet.title = template["sheet"]
    write_sheet(sheet, template["columns"], template["rows"])
    write_guide(book, template["columns"])
    path = XLS / template["file"]
    book.save(path)
    return path


def mapping_records(model, columns, prefix):
    """base_import.mapping records: header (lower case, as base_import looks
    it up) -> field, for one model."""
    lines = []
    for column in columns:
        xmlid = f"{prefix}_{column.field}".replace(".", "_")
        lines.append(
            f'    <record id="{xmlid}" model="base_import.mapping">\n'
            f'        <field name="res_model">{model}</field>\n'
            f'        <field name="column_name">{escape(column.header.lower())}'
            "</field>\n"
            f'        <field name="field_name">{column.field}</field>\n'
            "    </record>"
        )
    return lines


# Odoo's own lists, for the first day's units and people (sample workbook).
DEPARTMENT_COLUMNS = [
    Column("Tên đơn vị", "name", 44),
    Column("Mã đơn vị", "emulation_code", 12),
    Column("Thứ tự", "sequence", 8),
    Column("Đơn vị cấp trên", "parent_id", 30),
    # a real date (Odoo's own list: its import reads dates in the user's
    # format, a real date is read the same in every language)
    Column("Ngày giải thể", "emulation_dissolved_date", 14),
]
EMPLOYEE_SHEET_COLUMNS = [
    Column("Họ và tên", "name", 26),
    Column("Đơn vị", "department_id", 40),
    Column("Chức vụ", "job_title", 26),
    Column("Mã nhân viên", "barcode", 14, True),
    Column("Số định danh cá nhân", "identification_id", 20, True),
]


def write_mappings():
    lines = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        "<!-- Written by scripts/make_import_templates.py: the headers of the",
        "     import templates (static/xls/) and of the sample workbook, mapped",
        "     to their fields so that Odoo's import screen matches them by",
        "     itself whatever the user's language. -->",
        '<odoo noupdate="1">',
    ]
    for template in TEMPLATES:
        prefix = "base_import_mapping_" + template["model"].replace(".", "_")
        lines += mapping_records(template["model"], template["columns"], prefix)
    lines += mapping_records(
        "hr.department", DEPARTMENT_COLUMNS, "base_import_mapping_hr_department"
    )
    lines += mapping_records(
        "hr.employee", EMPLOYEE_SHEET_COLUMNS, "base_import_mapping_hr_employee"
    )
    lines.append("</odoo>")
    MAPPING.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return MAPPING


def main():
    XLS.mkdir(parents=True, exist_ok=True)
    for template in TEMPLATES:
        print(write_template(template).relative_to(ROOT))
    print(write_mappings().relative_to(ROOT))


if __name__ == "__main__":
    main()
