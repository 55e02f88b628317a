#!/usr/bin/env python3
"""Write the sample workbook of the first day (static/xls/du_lieu_mau_2021_2025.xlsx):
the demo units and people of Sở Ngoại vụ Hải Phòng with five years of history
(2021-2025), one sheet per list, in the order the README's "first day"
section imports them:

    1. Đơn vị            -> Employees › Departments (hr.department)
    2. Nhân viên         -> Employees (hr.employee)
    3. Văn bản           -> Legal Documents
    4. Xếp loại cá nhân  -> Quality Ratings
    5. Xếp loại tập thể  -> Collective Ratings
    6. Sáng kiến         -> Initiatives
    7. Kỷ luật           -> Disciplinary Measures
    8. Khen thưởng       -> Awards (decided before the system)

    python3 scripts/make_sample_workbook.py

The units, people and ratings are read from the demo data (demo/*.xml), the
staff codes (NV001...) and identity numbers are illustrative, and the awards
are written here so that the eligibility the README shows after the import
holds: Lê Minh Đức meets the City's Emulation Fighter for 2025 (CSTĐCS 2023,
2024, 2025 and a City-level initiative), Hoàng Văn Quân the Prime Minister's
Certificate of Merit (the Bằng khen of the former Hải Dương province, five
years rated Well Completed or better, three CSTĐCS), Phan Thị Ngọc Ánh
nothing in 2025 (disciplined).
"""

import datetime
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

from openpyxl import Workbook

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_import_templates import (  # noqa: E402
    DEPARTMENT_COLUMNS,
    EMPLOYEE_SHEET_COLUMNS,
    TEMPLATES,
    write_sheet,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
OUT = ROOT / "static" / "xls" / "du_lieu_mau_2021_2025.xlsx"
RATING_ABBREVIATIONS = {
    "excellent": "HTXS",
    "good": "HTT",
    "complete": "HT",
    "incomplete": "KHT",
}
LEVEL_WORDS = {"unit": "Cơ sở", "city": "Thành phố", "national": "Toàn quốc"}
FORM_WORDS = {"reprimand": "Khiển trách", "warning": "Cảnh cáo"}
SHEET_NAMES = [
    "1. Đơn vị",
    "2. Nhân viên",
    "3. Văn bản",
    "4. Xếp loại cá nhân",
    "5. Xếp loại tập thể",
    "6. Sáng kiến",
    "7. Kỷ luật",
    "8. Khen thưởng",
]


def records(filename, model):
    tree = ET.parse(DEMO / filename)
    for record in tree.iter("record"):
        if record.get("model") != model:
            continue
        fields = {}
        for field in record.iter("field"):
            fields[field.get("name")] = (
                field.get("ref") if field.get("ref") else (field.text or "")
            )
            if field.get("eval"):
                fields[field.get("name")] = field.get("eval")
        yield record.get("id"), fields


def template(model):
    return next(t for t in TEMPLATES if t["model"] == model)


def dmy(iso):
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def main():
    units = {}
    for filename in ("hr_demo.xml", "emulation_department_rating_demo.xml"):
        for xmlid, fields in records(filename, "hr.department"):
            units.setdefault(xmlid, {}).update(fields)
    people = {}
    for xmlid, fields in records("hr_demo.xml", "hr.employee"):
        people.setdefault(xmlid, {}).update(fields)
    for number, fields in enumerate(people.values(), 1):
        fields["code"] = f"NV{number:03d}"
        fields["identity"] = f"0310{80 + number % 15:02d}{number:06d}"

    def unit_name(ref):
        return units[ref]["name"]

    book = Workbook()
    book.remove(book.active)

    # 1. Units (Odoo's own list), in the organisation's order
    department_columns = DEPARTMENT_COLUMNS
    rows = [
        [
            fields["name"],
            fields.get("emulation_code", ""),
            int(fields.get("sequence", 10)),
            "",
            datetime.date.fromisoformat(fields["emulation_dissolved_date"])
            if fields.get("emulation_dissolved_date")
            else "",
        ]
        for fields in sorted(units.values(), key=lambda u: int(u.get("sequence", 10)))
    ]
    write_sheet(book.create_sheet(SHEET_NAMES[0]), department_columns, rows)

    # 2. People (Odoo's own list)
    rows = [
        [
            fields["name"],
            unit_name(fields["department_id"]),
            fields.get("job_title", ""),
            fields["code"],
            fields["identity"],
        ]
        for fields in people.values()
    ]
    write_sheet(book.create_sheet(SHEET_NAMES[1]), EMPLOYEE_SHEET_COLUMNS, rows)

    # 3. Legal documents of the city (their first columns: an empty cell
    # would empty the field of a document already recorded)
    legal = template("emulation.legal.document")
    keep = [
        index
        for index, column in enumerate(legal["columns"])
        if column.field
        in ("number", "doc_type", "name", "issuer", "date_issued", "state")
    ]
    write_sheet(
        book.create_sheet(SHEET_NAMES[2]),
        [legal["columns"][i] for i in keep],
        [[row[i] for i in keep] for row in legal["rows"]],
    )

    # 4. Personal ratings 2021-2025, by staff code
    columns = template("emulation.rating")["columns"]
    rows = []
    for _xmlid, fields in records("emulation_rating_demo.xml", "emulation.rating"):
        person = people[fields["employee_id"]]
        rows.append(
            [
                person["code"],
                "",
                person["name"],
                "",
                int(fields["year"]),
                RATING_ABBREVIATIONS[fields["rating"]],
                float(fields["points"]) if fields.get("points") else "",
                "",
                dmy(fields["date"]) if fields.get("date") else "",
                "",
            ]
        )
    write_sheet(book.create_sheet(SHEET_NAMES[3]), columns, rows)

    # 5. Collective ratings 2021-2025, by unit code
    columns = template("emulation.department.rating")["columns"]
    rows = [
        [
            units[fields["department_id"]]["emulation_code"],
            int(fields["year"]),
            RATING_ABBREVIATIONS[fields["rating"]],
            fields.get("assessed_by", ""),
            "",
            "",
            "",
        ]
        for _xmlid, fields in records(
            "emulation_department_rating_demo.xml", "emulation.department.rating"
        )
    ]
    write_sheet(book.create_sheet(SHEET_NAMES[4]), columns, rows)

    # 6. Initiatives: the demo's, and a City-level one of Lê Minh Đức
    columns = template("emulation.initiative")["columns"]
    rows = []
    for _xmlid, fields in records(
        "emulation_initiative_demo.xml", "emulation.initiative"
    ):
        refs = re.findall(r"ref\('([^']+)'\)", fields["employee_ids"])
        authors = [people[ref]["code"] for ref in refs]
        first = people[refs[0]]
        rows.append(
            [
                fields["name"],
                "Sáng kiến",
                "; ".join(authors),
                units[first["department_id"]]["emulation_code"],
                int(fields["year"]),
                LEVEL_WORDS[fields["level"]],
                fields.get("decision_number", ""),
                dmy(fields["decision_date"]) if fields.get("decision_date") else "",
                "",
            ]
        )
    duc = people["employee_lanh_su_2_demo"]
    quan = people["employee_hop_tac_1_demo"]
    rows.append(
        [
            "Quy trình điện tử hợp pháp hóa lãnh sự cho doanh nghiệp thành phố",
            "Sáng kiến",
            duc["code"],
            "LS",
            2024,
            "Thành phố",
            "2890/QĐ-UBND",
            "20/11/2024",
            "Được Hội đồng sáng kiến thành phố công nhận, áp dụng tại Bộ phận một cửa.",
        ]
    )
    write_sheet(book.create_sheet(SHEET_NAMES[5]), columns, rows)

    # 7. Disciplinary measures (the demo's)
    columns = template("emulation.discipline")["columns"]
    rows = []
    for _xmlid, fields in records(
        "emulation_discipline_demo.xml", "emulation.discipline"
    ):
        person = people[fields["employee_id"]]
        rows.append(
            [
                person["code"],
                "",
                person["name"],
                "",
                FORM_WORDS[fields["form"]],
                fields.get("decision_number", ""),
                dmy(fields["date"]),
                dmy(fields["date_block_start"]),
                dmy(fields["date_block_end"]),
                fields.get("reason", ""),
            ]
        )
    write_sheet(book.create_sheet(SHEET_NAMES[6]), columns, rows)

    # 8. Awards decided before the system
    columns = template("commendation.award")["columns"]
    director = "Giám đốc Sở Ngoại vụ"
    numbers = iter(range(1, 100))

    def award(person, code, year, decision, date, authority=director, level="Sở"):
        own = level == "Sở"
        return [
            person["code"],
            "",
            person["name"],
            person.get("job_title", ""),
            unit_name(person["department_id"]),
            "",
            code,
            year,
            "Hằng năm",
            decision,
            date,
            authority,
            level,
            f"SV-{year}-{next(numbers):03d}" if own else "",
            "",
            "",
        ]

    decisions = {
        2021: ("210/QĐ-NV", "28/12/2021"),
        2022: ("198/QĐ-NV", "27/12/2022"),
        2023: ("205/QĐ-NV", "26/12/2023"),
        2024: ("215/QĐ-NV", "27/12/2024"),
        2025: ("220/QĐ-NV", "26/12/2025"),
    }
    rows = []
    for year in (2023, 2024, 2025):
        rows.append(award(duc, "CSTDCS", year, *decisions[year]))
    for year in (2021, 2022):
        rows.append(award(duc, "LDTT", year, *decisions[year]))
    for year in (2021, 2023, 2025):
        rows.append(award(quan, "CSTDCS", year, *decisions[year]))
    rows.append(
        award(
            quan,
            "BK_UBND",
            2020,
            "3120/QĐ-UBND",
            "20/12/2020",
            authority="Chủ tịch UBND tỉnh Hải Dương",
            level="Tỉnh",
        )
    )
    for person in (
        people["employee_lanh_su_1_demo"],
        people["employee_lanh_su_3_demo"],
        people["employee_lanh_su_4_demo"],
        people["employee_hop_tac_3_demo"],
    ):
        for year in (2024, 2025):
            rows.append(award(person, "LDTT", year, *decisions[year]))
    collective = [""] * 5 + ["LS", "TTLDXS", 2024, "Hằng năm", *decisions[2024]]
    collective += [director, "Sở", "SV-2024-090", "", ""]
    rows.append(collective)
    write_sheet(book.create_sheet(SHEET_NAMES[7]), columns, rows)

    book.save(OUT)
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
