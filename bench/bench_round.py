"""Benchmark of the year-end round (issue 9): query counts that do not grow
with the number of candidates, and the Quyết định with 1,000 names.

In a database of 10,000 employees in 40 units it runs the round as its users
do (the Office, the council secretary, the Director; not the superuser), on
one dossier per unit with 5 and then 50 lines each (200 and 2,000 lines,
four Lao động tiên tiến for one Chiến sĩ thi đua cơ sở), and counts the
queries (``cr.sql_log_count``, the flush and the pre-commit hooks such as
mail tracking included) of each step:

* creating the session and putting the year's verified dossiers on its agenda
  (``action_add_year_dossiers``), opening it;
* the attendance (members present, written opinion) and the tallies
  (``action_record_tallies``, four different figures);
* closing the session (``action_close``);
* drafting one decision per title (``_draft_for_lines``), sending them to the
  Director (``action_request_signature``);
* issuing them (``action_issue``): the awards created in one batch, their Gold
  Book numbers drawn from the sequence in one query.

It prints both counts per step, the totals and their ratio. Target: the
2,000-line total exceeds the 200-line total by at most 10 %, beyond one
sequence query per award (the allowance; counted apart). When a step grows,
the query shapes that grew are listed (the SQL's first words, numbers
stripped), to find the per-line query.

Then the Quyết định with 1,000 names: a round of 25 Lao động tiên tiến per
unit, one decision issued, its PDF rendered against Odoo's employee badge
report (``hr.print_employee_badge``) for the same 1,000 employees, both
through wkhtmltopdf, best of two, in the same run. Target: ratio <= 1.5. The
decision's report is the ``commendation.decision`` PDF report
(``emulation_commendation.report_decision``, else the first PDF report of
that model); without one the PDF part says so and is skipped.

Everything happens in one transaction rolled back at the end (each round in
a savepoint rolled back before the next): the database is left as it was.

Run it against a database where the addon is installed, with the same options
as Odoo itself, from the repository root, e.g. the database of ``make run``
(the PDFs need that Odoo HTTP server running: wkhtmltopdf loads the report
CSS from it; give its address with --report-url when it does not listen on
web.base.url)::

    python3 bench/bench_round.py -c .local/odoo.conf -d emulation \\
        [--report-url=http://127.0.0.1:8069] [--employees=10000] [--no-pdf]
"""

import argparse
import base64
import faulthandler
import logging
import re
import signal
import sys
import time
from collections import Counter
from datetime import date
from unittest.mock import patch

from _common import NO_TRACKING, rolled_back_cursor

from odoo import SUPERUSER_ID, api
from odoo.sql_db import Cursor

_logger = logging.getLogger("bench_round")

MODULE = "emulation_commendation"
# A year of its own: the year's verified dossiers are the bench's only.
YEAR = 2031
UNITS = 40
COUNCIL_SIZE = 9
# Four figures for the tallies (9 members; CSTĐCS needs 80 %, 8 votes).
FIGURES = ((9, 0), (8, 1), (7, 2), (6, 3))
TARGET_RATIO = 1.10
TARGET_PDF = 1.5


def progress(message):
    """Where the bench is, on stderr (``kill -USR1 <pid>`` dumps the stacks)."""
    sys.stderr.write(f"{time.strftime('%H:%M:%S')} {message}\n")
    sys.stderr.flush()


def excellent(index):
    """One employee in five of each unit is rated excellent (with an
    initiative): the CSTĐCS candidates."""
    return (index // UNITS) % 5 == 0


class Rollback(Exception):
    """Raised to roll a round's savepoint back."""


# ----------------------------------------------------------------------
# Query counting
# ----------------------------------------------------------------------
class QueryLog:
    """Counts the queries run through ``Cursor.execute`` and their shapes."""

    NUMBERS = re.compile(r"\b\d+\b")
    SPACES = re.compile(r"\s+")

    def __init__(self):
        self.shapes = None

    def shape(self, query):
        text = query.code if hasattr(query, "code") else str(query)
        text = self.SPACES.sub(" ", self.NUMBERS.sub("N", text)).strip()
        return text[:110]

    def wrap(self, execute):
        log = self

        def logged(cr, query, params=None, log_exceptions=True):
            if log.shapes is not None:
                log.shapes[log.shape(query)] += 1
            return execute(cr, query, params, log_exceptions)

        return logged


QUERIES = QueryLog()


def measure(env, function):
    """Run ``function`` as one user request would end: flush, pre-commit
    hooks (mail tracking), flush. Returns (result, seconds, queries, shapes)."""
    env.flush_all()
    env.invalidate_all()
    QUERIES.shapes = Counter()
    before = env.cr.sql_log_count
    start = time.perf_counter()
    result = function()
    env.flush_all()
    env.cr.precommit.run()
    env.flush_all()
    elapsed = time.perf_counter() - start
    queries = env.cr.sql_log_count - before
    shapes, QUERIES.shapes = QUERIES.shapes, None
    return result, elapsed, queries, shapes


# ----------------------------------------------------------------------
# Data
# ----------------------------------------------------------------------
def populate(env, count):
    """``count`` employees in 40 units with two years of ratings, the
    council, and the round's users."""
    env = env(context=dict(env.context, **NO_TRACKING))
    # New users are not subscribed to the digest: that would update the
    # digest row, which the served database's cron may update meanwhile
    # (a serialization failure at the end of this long transaction).
    env["ir.config_parameter"].set_param("digest.default_digest_emails", False)

    def user(login, group):
        return (
            env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": f"Bench Round {login}",
                    "login": f"bench_round_{login}",
                    "groups_id": [
                        (6, 0, [env.ref("base.group_user").id, env.ref(group).id])
                    ],
                }
            )
        )

    users = {
        "office": user("office", f"{MODULE}.group_office"),
        "secretary": user("secretary", f"{MODULE}.group_council"),
        "director": user("director", f"{MODULE}.group_director"),
    }
    # Employees created by an HR officer: Odoo draws no SVG avatar (one write
    # and its triggers per employee) for users who cannot write views.
    hr_officer = user("hr", "hr.group_hr_user")
    env.flush_all()
    units = env["hr.department"].create(
        [{"name": f"Bench Round Unit {i:02d}"} for i in range(UNITS)]
    )
    employees = (
        env(user=hr_officer)["hr.employee"]
        .create(
            [
                {
                    "name": f"Bench Round Employee {i:05d}",
                    "job_title": "Chuyên viên",
                    "department_id": units[i % UNITS].id,
                    "barcode": f"BR{i:08d}",
                    "gender": "female" if i % 2 else "male",
                }
                for i in range(count)
            ]
        )
        .with_env(env)
    )
    progress("ratings and initiatives")
    env["emulation.rating"].create(
        [
            {
                "employee_id": employee.id,
                "year": year,
                "rating": "excellent" if excellent(index) else "good",
            }
            for index, employee in enumerate(employees)
            for year in (YEAR - 1, YEAR)
        ]
    )
    env["emulation.initiative"].create(
        [
            {
                "name": f"Bench Round initiative {index}",
                "employee_ids": [(6, 0, employee.ids)],
                "year": YEAR,
                "level": "unit",
            }
            for index, employee in enumerate(employees)
            if excellent(index)
        ]
    )
    board = employees[:COUNCIL_SIZE]
    roles = ["chair", "secretary"] + ["member"] * (COUNCIL_SIZE - 2)
    council = env["emulation.council"].create(
        {
            "name": "Bench Round Council",
            "member_ids": [
                (0, 0, {"employee_id": employee.id, "role": role})
                for employee, role in zip(board, roles, strict=True)
            ],
        }
    )
    board[1].user_id = users["secretary"]
    env.flush_all()
    return units, employees, council, users


def prepare_dossiers(env, units, employees, per_unit, cstdcs_every):
    """One verified dossier per unit with ``per_unit`` lines: every
    ``cstdcs_every``-th line (if any) a CSTĐCS for an employee rated
    excellent with an initiative, the others LĐTT."""
    env = env(context=dict(env.context, **NO_TRACKING))
    ldtt = env.ref(f"{MODULE}.commendation_type_ldtt")
    cstdcs = env.ref(f"{MODULE}.commendation_type_cstdcs")
    by_unit = {unit: [] for unit in units}
    for index, employee in enumerate(employees[COUNCIL_SIZE:], COUNCIL_SIZE):
        by_unit[employee.department_id].append((index, employee))
    vals_list = []
    for unit in units:
        people = by_unit[unit]
        best = [e for i, e in people if excellent(i)]
        others = [e for i, e in people if not excellent(i)]
        lines = []
        for n in range(per_unit):
            if cstdcs_every and n % cstdcs_every == cstdcs_every - 1:
                employee, ctype = best.pop(), cstdcs
            else:
                employee, ctype = others.pop(), ldtt
            lines.append((0, 0, {"employee_id": employee.id, "type_id": ctype.id}))
        vals_list.append(
            {
                "title": f"Bench round: {unit.name}",
                "department_id": unit.id,
                "kind": "annual",
                "year": YEAR,
                "date": date(YEAR, 12, 1),
                "line_ids": lines,
            }
        )
    progress(f"creating {UNITS} dossiers of {per_unit} lines")
    dossiers = env["commendation.dossier"].create(vals_list)
    progress("documents")
    pdf = base64.b64encode(b"%PDF-1.4 bench")
    env["commendation.dossier.document"].create(
        [
            {
                "dossier_id": dossier.id,
                "kind_id": kind.id,
                "name": kind.name,
                "file": pdf,
                "file_name": "bench.pdf",
            }
            for dossier in dossiers
            for kind in dossier.required_document_kind_ids
        ]
    )
    progress("submit")
    dossiers.action_submit()
    progress("verify")
    dossiers.action_verify()
    lines = dossiers.line_ids
    refused = lines.filtered(lambda line: line.eligibility_state == "not_eligible")
    if refused:
        refused.action_override("Bench: the Office's reasons.")
    env.flush_all()
    return dossiers, len(refused)


def run_round(env, setup, per_unit, cstdcs_every, keep=None):
    """The round as its users do it; ``{step: (seconds, queries, shapes)}``.
    ``keep(env, decisions)`` runs before the savepoint is rolled back."""
    units, employees, council, users = setup
    steps = {}
    info = {}
    try:
        with env.cr.savepoint():
            dossiers, overridden = prepare_dossiers(
                env, units, employees, per_unit, cstdcs_every
            )
            info["lines"] = len(dossiers.line_ids)
            info["overridden"] = overridden
            office = env(user=users["office"])
            secretary = env(user=users["secretary"])
            director = env(user=users["director"])
            Session = office["commendation.council.session"]

            def step(name, function):
                progress(f"{info['lines']} lines: {name}")
                result, seconds, queries, shapes = measure(env, function)
                steps[name] = (seconds, queries, shapes)
                return result

            session = step(
                "create the session",
                lambda: Session.create(
                    {
                        "council_id": council.id,
                        "date": date(YEAR, 12, 15),
                        "year": YEAR,
                        "place": "Phòng họp",
                    }
                ),
            )
            step("add the year's dossiers", session.action_add_year_dossiers)
            step("start the session", session.action_start)
            members = council.member_ids.sorted("id")
            sec_session = session.with_env(secretary)
            step(
                "attendance (present, written opinion)",
                lambda: sec_session.write(
                    {
                        "present_member_ids": [(6, 0, members[:-1].ids)],
                        "written_member_ids": [(6, 0, members[-1:].ids)],
                    }
                ),
            )
            # The lines that need a vote (CSTĐCS): each dossier's first one
            # passes, the next ones cycle through the four figures (the
            # same dossiers end up in the decisions for 200 and 2,000 lines).
            tallies = {}
            for dossier in session.line_ids.dossier_id:
                voted = dossier.line_ids.filtered("votes_needed").sorted("id")
                for index, line in enumerate(voted):
                    tallies[line.id] = FIGURES[index % len(FIGURES)]
            info["tallied"] = len(tallies)
            step(
                "record the tallies",
                lambda: sec_session.action_record_tallies(tallies),
            )
            step("close the session", sec_session.action_close)
            passed = session.line_ids.filtered(lambda line: line.state == "passed")
            info["passed"] = len(passed)
            decisions = step(
                "draft the decisions (one per title)",
                lambda: office["commendation.decision"]._draft_for_lines(
                    passed.with_env(office), date=date(YEAR, 12, 20)
                ),
            )
            for index, decision in enumerate(decisions, 1):
                decision.name = f"{900 + index}/QĐ-BENCH"
            step("send them to the Director", decisions.action_request_signature)
            step(
                "issue the decisions",
                decisions.with_env(director).action_issue,
            )
            info["awards"] = len(decisions.award_ids)
            info["decisions"] = len(decisions)
            if keep:
                keep(env, decisions)
            raise Rollback
    except Rollback:
        pass
    env.invalidate_all()
    return steps, info


# ----------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------
def compare(small, large, small_info, large_info):
    out = []
    width = max(len(name) for name in small) + 2
    out.append(
        f"{'step':<{width}}{small_info['lines']:>7} lines{large_info['lines']:>7} lines"
        f"{'':>4}time {small_info['lines']} / {large_info['lines']}"
    )
    total_small = total_large = seq_small = seq_large = 0
    for name in small:
        (t_s, q_s, shapes_s), (t_l, q_l, shapes_l) = small[name], large[name]
        total_small += q_s
        total_large += q_l
        seq_small += sum(n for s, n in shapes_s.items() if "nextval" in s)
        seq_large += sum(n for s, n in shapes_l.items() if "nextval" in s)
        out.append(
            f"{name:<{width}}{q_s:>7} q   {q_l:>7} q   {t_s:>7.2f} s / {t_l:.2f} s"
        )
    out.append(f"{'total':<{width}}{total_small:>7} q   {total_large:>7} q")
    allowance = large_info["awards"]
    seq_extra = max(seq_large - seq_small, 0)
    ratio = (total_large - seq_extra) / total_small
    out.append(
        f"sequence queries (nextval): {seq_small} / {seq_large}; allowance one per "
        f"award: {allowance}"
    )
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    out.append(
        f"ratio {large_info['lines']} / {small_info['lines']} lines, sequence "
        f"queries apart: {ratio:.3f} (target <= {TARGET_RATIO:.2f}) {verdict}"
    )
    grown = []
    for name in small:
        shapes_s, shapes_l = small[name][2], large[name][2]
        for shape, count in shapes_l.items():
            extra = count - shapes_s.get(shape, 0)
            if extra > 2:
                grown.append((extra, name, shape))
    if grown:
        out.append("query shapes that grow with the lines (extra queries, step):")
        for extra, name, shape in sorted(grown, reverse=True)[:15]:
            out.append(f"  +{extra:<5} {name}: {shape}")
    return out, ratio


def decision_report(env):
    Report = env["ir.actions.report"]
    reports = Report.search(
        [("model", "=", "commendation.decision"), ("report_type", "=", "qweb-pdf")]
    )
    preferred = reports.filtered(lambda r: r.report_name == f"{MODULE}.report_decision")
    return (preferred or reports)[:1]


def render_pdfs(env, employees, decision, out):
    report = decision_report(env)
    if not report:
        out.append(
            "PDF: no PDF report of commendation.decision in this database: "
            "the Quyết định part is skipped."
        )
        return
    Report = env["ir.actions.report"].with_context(force_report_rendering=True)

    def best(function):
        times = []
        for _i in range(2):
            env.invalidate_all()
            start = time.perf_counter()
            content, _kind = function()
            times.append(time.perf_counter() - start)
        return min(times), content

    t_badge, badge_pdf = best(
        lambda: Report._render_qweb_pdf("hr.print_employee_badge", employees.ids)
    )
    t_decision, decision_pdf = best(
        lambda: Report._render_qweb_pdf(report.report_name, decision.ids)
    )
    ratio = t_decision / t_badge
    verdict = "OK" if ratio <= TARGET_PDF else "OVER TARGET"
    out += [
        f"PDF hr.print_employee_badge, {len(employees)} employees: "
        f"{t_badge:.2f} s ({len(badge_pdf)} bytes)",
        f"PDF {report.report_name}, {len(decision.award_ids)} names: "
        f"{t_decision:.2f} s ({len(decision_pdf)} bytes)",
        f"ratio decision / badges: {ratio:.2f} (target <= {TARGET_PDF}) {verdict}",
    ]


def main():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--employees", type=int, default=10000)
    parser.add_argument("--report-url", default=None)
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument(
        "--top",
        type=int,
        default=0,
        help="also list the N most frequent query shapes of each step (2,000 lines)",
    )
    own, odoo_args = parser.parse_known_args()
    faulthandler.register(signal.SIGUSR1)
    out = []
    with (
        rolled_back_cursor(odoo_args) as cr,
        patch.object(Cursor, "execute", QUERIES.wrap(Cursor.execute)),
    ):
        env = api.Environment(cr, SUPERUSER_ID, {})
        if own.report_url:
            env["ir.config_parameter"].set_param("report.url", own.report_url)
        start = time.perf_counter()
        progress(f"populating {own.employees} employees")
        setup = populate(env, own.employees)
        out.append(
            f"employees: {len(setup[1])} in {len(setup[0])} units "
            f"(set-up {time.perf_counter() - start:.1f} s)"
        )
        small, small_info = run_round(env, setup, 5, 5)
        large, large_info = run_round(env, setup, 50, 5)
        for info in (small_info, large_info):
            out.append(
                f"round of {info['lines']} lines ({info['tallied']} voted): "
                f"{info['passed']} passed, "
                f"{info['decisions']} decisions, {info['awards']} awards "
                f"({info['overridden']} lines judged not eligible, overridden)"
            )
        lines, _ratio = compare(small, large, small_info, large_info)
        out += lines
        if own.top:
            for name, (_t, count, shapes) in large.items():
                out.append(f"-- {name}: {count} queries; most frequent:")
                for shape, n in shapes.most_common(own.top):
                    out.append(f"  {n:>5} {shape}")
        if not own.no_pdf:

            def keep(env, decisions):
                decision = decisions[:1]
                render_pdfs(env, decision.award_ids.employee_id, decision, out)

            _steps, info = run_round(env, setup, 25, 0, keep=keep)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
