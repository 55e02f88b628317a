"""Benchmark of the import of past ratings against Odoo's own import.

Creates 2,000 employees (with staff codes) in 20 units, then times, in the
same run and through base_import's own code path (``base_import.import``:
``parse_preview`` then ``execute_import``, as the import screen does):

* Odoo importing 10,000 ``res.partner`` rows (name, e-mail, phone, city,
  street): the reference;
* the addon importing 10,000 quality ratings (2,000 employees x 5 years: staff
  code, year, rating as HTXS/HTT/HT/KHT, decision, date dd/mm/yyyy), with its
  hook resolving the people, the words and the natural keys;
* for information, the same ratings imported again (every row an update).

It prints the figures and the ratio ratings / partners (target: <= 2).
Everything happens in one transaction that is rolled back at the end: the
database is left as it was.

Run it against a database where the addon is installed, with the same options
as Odoo itself, e.g. from the repository root::

    python3 bench/bench_import.py -c .local/odoo.conf -d emulation [--employees=2000]
"""

import argparse
import io
import logging
import sys
import time

from _common import NO_TRACKING, rolled_back_cursor
from openpyxl import Workbook

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger("bench_import")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
YEARS = range(2021, 2026)
RATINGS = ("HTXS", "HTT", "HTT", "HTT", "HT")
OPTIONS = {
    "has_headers": True,
    "quoting": '"',
    "separator": ",",
    "date_format": "",
    "datetime_format": "",
    "float_thousand_separator": ",",
    "float_decimal_separator": ".",
    "advanced": False,
    "sheet": "",
}


def workbook(headers, rows):
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def populate(env, count):
    units = env["hr.department"].create(
        [{"name": f"Bench Import Unit {i:02d}"} for i in range(20)]
    )
    env["hr.employee"].create(
        [
            {
                "name": f"Bench Import Employee {i:05d}",
                "department_id": units[i % 20].id,
                "barcode": f"BI{i:05d}",
            }
            for i in range(count)
        ]
    )
    env.flush_all()


def ratings_file(count):
    headers = ["Mã nhân viên", "Năm", "Xếp loại", "Số quyết định", "Ngày quyết định"]
    rows = (
        [
            f"BI{i:05d}",
            year,
            RATINGS[(i + year) % len(RATINGS)],
            f"{year % 100}/QĐ-NV",
            f"15/12/{year}",
        ]
        for i in range(count)
        for year in YEARS
    )
    return workbook(headers, rows)


def partners_file(count):
    headers = ["Name", "Email", "Phone", "City", "Street"]
    rows = (
        [
            f"Bench Import Partner {i:05d}",
            f"bench.import.{i}@example.com",
            f"0225 38{i:05d}",
            "Hải Phòng",
            f"Số {i % 300} Lạch Tray",
        ]
        for i in range(count)
    )
    return workbook(headers, rows)


def run_import(env, model, content):
    """The import screen's calls: preview (header mapping), then import."""
    env.invalidate_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    wizard = env["base_import.import"].create(
        {"res_model": model, "file": content, "file_type": XLSX, "file_name": "b.xlsx"}
    )
    preview = wizard.parse_preview(dict(OPTIONS))
    matches = preview["matches"] or {}
    fields = [
        "/".join(matches[index]) if index in matches else False
        for index in range(len(preview["headers"]))
    ]
    result = wizard.execute_import(
        fields, [h.lower() for h in preview["headers"]], preview["options"]
    )
    elapsed = time.perf_counter() - start
    errors = [m["message"] for m in result["messages"] if m["type"] == "error"]
    if errors:
        sys.exit(f"{model}: {errors[:5]}")
    return len(result["ids"] or []), elapsed, env.cr.sql_log_count - queries


def main():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--employees", type=int, default=2000)
    own, odoo_args = parser.parse_known_args()
    rows = own.employees * len(YEARS)
    with rolled_back_cursor(odoo_args) as cr:
        env = api.Environment(cr, SUPERUSER_ID, NO_TRACKING)
        populate(env, own.employees)
        partners = partners_file(rows)
        ratings = ratings_file(own.employees)
        n_partners, t_partners, q_partners = run_import(env, "res.partner", partners)
        n_ratings, t_ratings, q_ratings = run_import(env, "emulation.rating", ratings)
        n_again, t_again, q_again = run_import(env, "emulation.rating", ratings)
        lines = [
            f"Odoo: {n_partners} res.partner rows imported in {t_partners:.2f} s, "
            f"{q_partners} queries",
            f"addon: {n_ratings} rating rows ({own.employees} employees x "
            f"{len(YEARS)} years) imported in {t_ratings:.2f} s, "
            f"{q_ratings} queries",
            f"addon: the same {n_again} rows imported again (updates) in "
            f"{t_again:.2f} s, {q_again} queries",
            f"ratio ratings / partners: {t_ratings / t_partners:.2f} (target <= 2)",
        ]
        sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
