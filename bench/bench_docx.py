"""Benchmark of the Word documents (not a test).

Run it in an Odoo shell on a database where emulation_commendation is
installed; for the PDF side, with the Odoo HTTP server of that database
running (wkhtmltopdf loads the report CSS from it):

    python3 -m odoo shell -d <db> --addons-path=<...> --no-http \
        < bench/bench_docx.py

Everything it creates is rolled back at the end.

The Quyết định khen thưởng with 1,000 names (ten units of 100 people), issued,
as .docx (docxtpl, the list grouped by unit in Vietnamese name order) and as
PDF (the addon's PDF report of commendation.decision, through wkhtmltopdf) in
the same run. Without a PDF report of the decision, only the .docx is timed.
"""

import datetime
import io
import time

import docx

from bench._common import timed as common_timed  # run from the repository root

N_NAMES = 1000
N_UNITS = 10

env = env  # noqa: F821, PLW0127 - given by odoo shell
D = datetime.date


def timed(label, func):
    return common_timed(label, func, repeat=3, width=60)


print("== setting up %s names" % N_NAMES)
start = time.perf_counter()
units = env["hr.department"].create(
    [{"name": "Phòng Benchmark %02d" % i} for i in range(N_UNITS)]
)
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
given = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Ngọc", "Quang", "Yến"]
employees = env["hr.employee"].create(
    [
        {
            "name": "%s Văn %s %03d" % (family[i % 10], given[(i // 10) % 10], i),
            "job_title": "Chuyên viên",
            "department_id": units[i % N_UNITS].id,
        }
        for i in range(N_NAMES)
    ]
)
ctype = env["commendation.type"].create(
    {
        "name": "Giấy khen (benchmark)",
        "code": "BENCH_DOCX_GK",
        "category": "form",
        "authority_level": "department",
        "coefficient_individual": 0.3,
    }
)
dossier = env["commendation.dossier"].create(
    {
        "title": "Benchmark docx",
        "year": 2025,
        "department_id": units[0].id,
        "date": D(2025, 12, 1),
        "line_ids": [
            (0, 0, {"employee_id": employee.id, "type_id": ctype.id})
            for employee in employees
        ],
    }
)
dossier.line_ids.write({"state": "passed"})
decision = env["commendation.decision"].create(
    {
        "name": "999/QĐ-NV",
        "authority_level": "department",
        "year": 2025,
        "date": D(2025, 12, 15),
    }
)
decision.action_add_lines(dossier.line_ids)
decision.action_issue()
env.flush_all()
print(
    "set up in %.1f s: %s awards"
    % (time.perf_counter() - start, len(decision.award_ids))
)

Report = env["ir.actions.report"]
docx_time, content = timed(
    "Quyết định, %s names, .docx (best of 3)" % N_NAMES,
    lambda: Report._render_docx("emulation_commendation.docx_decision", decision.ids)[
        0
    ],
)
document = docx.Document(io.BytesIO(content))
rows = len(document.tables[-1].rows)
print("   %s KB, list table of %s rows" % (len(content) // 1024, rows))

pdf_report = env["commendation.proposal.package"]._pdf_report(
    "commendation.decision",
    include=("decision", "quyết định"),
    exclude=("certificate", "giấy khen", "blank"),
)
if pdf_report:
    pdf_time, pdf = timed(
        "Quyết định, %s names, PDF (%s, best of 3)" % (N_NAMES, pdf_report.report_name),
        lambda: Report.with_context(force_report_rendering=True)._render_qweb_pdf(
            pdf_report.id, decision.ids
        )[0],
    )
    print("   %s KB" % (len(pdf) // 1024))
    print("ratio docx / pdf: %.2f" % (docx_time / pdf_time))
else:
    print("no PDF report of commendation.decision in this database: PDF not timed")

env.cr.rollback()
print("== rolled back")
