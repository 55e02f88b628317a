"""Benchmark of the eligibility engine against a plain ``search_read``.

Creates 5,000 employees in 50 units with five years of quality ratings (and
some titles, initiatives and disciplines so that every evaluator works), then
times, in the same run:

* a plain ``search_read`` of those employees' ratings (the reference);
* the eligibility review of the year for all of them: every individual title
  and form for every employee and every collective one for every unit, through
  ``commendation.eligibility.evaluate`` (the engine the review wizard and the
  dossier lines use);
* for information, the review wizard itself (engine + result lines).

It prints the figures and the ratio review / search_read (target: <= 3).
Everything happens in one transaction that is rolled back at the end: the
database is left as it was.

Run it against a database where the addon is installed, with the same options
as Odoo itself, e.g. from the repository root::

    python3 bench/bench_eligibility.py -d emulation \\
        --addons-path=/opt/odoo18/odoo/addons,.local/addons \\
        [--db_host=... --db_user=...] [--employees=5000]

(``make run`` creates such a database; its options are in .local/odoo.conf:
``python3 bench/bench_eligibility.py -c .local/odoo.conf -d emulation``.)
"""

import argparse
import logging
import sys
import time
from datetime import date

from _common import NO_TRACKING, rolled_back_cursor

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger("bench_eligibility")

YEAR = 2025
RATINGS = ("excellent", "good", "good", "good", "complete")


def populate(env, count):
    """Create ``count`` employees with five years of ratings, in 50 units."""
    env = env(context=dict(env.context, **NO_TRACKING))
    units = env["hr.department"].create(
        [{"name": f"Bench Unit {i:02d}"} for i in range(50)]
    )
    employees = env["hr.employee"].create(
        [
            {
                "name": f"Bench Employee {i:05d}",
                "department_id": units[i % 50].id,
                "gender": "female" if i % 2 else "male",
                "emulation_service_start": date(1995 + i % 25, 1 + i % 12, 1),
            }
            for i in range(count)
        ]
    )
    for unit, head in zip(units, employees[:50], strict=True):
        unit.manager_id = head
    env["emulation.rating"].create(
        [
            {
                "employee_id": employee.id,
                "year": year,
                "rating": RATINGS[(index + year) % len(RATINGS)],
            }
            for index, employee in enumerate(employees)
            for year in range(YEAR - 4, YEAR + 1)
        ]
    )
    ref = env.ref
    cstdcs = ref("emulation_commendation.commendation_type_cstdcs")
    ldtt = ref("emulation_commendation.commendation_type_ldtt")
    env["commendation.award"].create(
        [
            {
                "employee_id": employee.id,
                "type_id": ctype.id,
                "year": year,
                "decision_number": f"{year}/QĐ-BENCH",
                "decision_date": date(year, 12, 30),
            }
            for index, employee in enumerate(employees)
            for ctype, year in ((ldtt, YEAR - 1), (cstdcs, YEAR - 1))
            if index % 3 == 0
        ]
    )
    env["emulation.initiative"].create(
        [
            {
                "name": f"Bench initiative {index}",
                "employee_ids": [employee.id],
                "year": YEAR - index % 3,
                "level": ("unit", "city", "national")[index % 3],
            }
            for index, employee in enumerate(employees)
            if index % 5 == 0
        ]
    )
    env["emulation.discipline"].create(
        [
            {
                "employee_id": employee.id,
                "form": "warning",
                "date": date(YEAR, 3, 1),
                "date_block_start": date(YEAR, 3, 1),
                "date_block_end": date(YEAR + 1, 3, 1),
            }
            for employee in employees[::97]
        ]
    )
    env.flush_all()
    return units, employees


def review_items(env, units, employees):
    types = env["commendation.criterion"].search([]).type_id
    individual = types.filtered(lambda t: t.recipient_kind == "individual")
    collective = types.filtered(
        lambda t: t.recipient_kind == "collective" or t.allow_collective
    )
    review_date = date(YEAR, 12, 15)
    items = [
        {
            "key": ("e", ctype.id, employee.id),
            "type": ctype,
            "employee": employee,
            "year": YEAR,
            "date": review_date,
        }
        for employee in employees
        for ctype in individual
    ]
    items += [
        {
            "key": ("d", ctype.id, unit.id),
            "type": ctype,
            "department": unit,
            "year": YEAR,
            "date": review_date,
        }
        for unit in units
        for ctype in collective
    ]
    return items


def timed(env, function):
    env.invalidate_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start, env.cr.sql_log_count - queries


def main():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--employees", type=int, default=5000)
    own, odoo_args = parser.parse_known_args()
    with rolled_back_cursor(odoo_args) as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        start = time.perf_counter()
        units, employees = populate(env, own.employees)
        setup = time.perf_counter() - start

        ratings, t_read, q_read = timed(
            env,
            lambda: env["emulation.rating"].search_read(
                [("employee_id", "in", employees.ids)],
                ["employee_id", "year", "rating"],
            ),
        )
        items = review_items(env, units, employees)
        results, t_review, q_review = timed(
            env, lambda: env["commendation.eligibility"].evaluate(items)
        )
        wizard = env["commendation.eligibility.wizard"].create(
            {"year": YEAR, "date": date(YEAR, 12, 15), "department_ids": units.ids}
        )
        _action, t_wizard, q_wizard = timed(env, wizard.action_review)

        states = {}
        for state, _note in results.values():
            states[state] = states.get(state, 0) + 1
        lines = [
            f"employees: {len(employees)} in {len(units)} units (set-up {setup:.1f} s)",
            f"search_read of {len(ratings)} ratings: {t_read:.3f} s, {q_read} queries",
            f"eligibility review, {len(items)} (type, recipient) pairs: "
            f"{t_review:.3f} s, {q_review} queries; results {states}",
            f"review wizard (engine + {len(wizard.line_ids)} result lines): "
            f"{t_wizard:.3f} s, {q_wizard} queries",
            f"ratio review / search_read: {t_review / t_read:.2f} (target <= 3)",
        ]
        sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
