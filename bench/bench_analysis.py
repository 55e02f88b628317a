"""Benchmark of the Reporting menu's analyses: their cost in queries does not
grow with the data.

Inserts 1,000 awards (with a dossier, a proposed line and two logged steps
for every tenth award, and a fund movement for every hundredth), then runs
each analysis the way its graph or pivot view does (``read_group`` with the
view's groupings and measures, the action's domain and default filters)
plus the Year at a Glance dashboard (``search_read``), counting the
queries; then brings the awards to 100,000 (and the rest in proportion)
and counts again. It prints both counts for each view; they are equal.

The rows are inserted with SQL (the ORM would take minutes for 100,000
awards and the analyses only read them). Everything happens in one
transaction that is rolled back at the end: the database is left as it was.

Run it against a database where the addon is installed, with the same options
as Odoo itself, e.g. from the repository root::

    python3 bench/bench_analysis.py -c .local/odoo.conf -d emulation
"""

import logging
import sys
import time

from _common import rolled_back_cursor
from lxml import etree

import odoo
from odoo import api
from odoo.tools.safe_eval import safe_eval

_logger = logging.getLogger("bench_analysis")

MODULE = "emulation_commendation"
YEARS = range(2016, 2026)
SIZES = (1000, 100000)
# (label, action, view): the analyses of the Reporting menu.
AWARDS = "commendation_award_analysis_action"
DOSSIERS = "commendation_dossier_analysis_action"
FUND = "commendation_fund_move_analysis_action"
VIEWS = [
    (
        "Awards by year and recipient kind (graph)",
        AWARDS,
        "commendation_award_view_graph_analysis",
    ),
    (
        "Awards by title and year (pivot)",
        AWARDS,
        "commendation_award_view_pivot_analysis",
    ),
    ("Dossiers by state (graph)", DOSSIERS, "commendation_dossier_view_graph_analysis"),
    (
        "Dossiers by unit and state (pivot)",
        DOSSIERS,
        "commendation_dossier_view_pivot_analysis",
    ),
    (
        "Days in each step (pivot)",
        "commendation_dossier_stage_log_action",
        "commendation_dossier_stage_log_view_pivot",
    ),
    (
        "Proposed and eligible per title (pivot)",
        "commendation_dossier_line_analysis_action",
        "commendation_dossier_line_view_pivot_analysis",
    ),
    ("Fund by year and kind (pivot)", FUND, "commendation_fund_move_view_pivot"),
    ("Fund by month and kind (graph)", FUND, "commendation_fund_move_view_graph"),
]


def setup(env):
    """Units, people and titles the inserted rows point to."""
    ctx = dict(env.context, tracking_disable=True, mail_create_nolog=True)
    env = env(context=ctx)
    units = env["hr.department"].create(
        [{"name": f"Bench Unit {i:02d}"} for i in range(40)]
    )
    employees = env["hr.employee"].create(
        [
            {"name": f"Bench Employee {i:04d}", "department_id": units[i % 40].id}
            for i in range(400)
        ]
    )
    types = env["commendation.type"].search([("recipient_kind", "=", "individual")])
    fund = env["commendation.fund"].create({"year": 2099, "company_id": env.company.id})
    env.flush_all()
    return units, employees, types, fund


def insert(env, start, stop, units, employees, types, fund):
    """Awards ``start`` .. ``stop`` - 1 (and the dossiers, lines, steps and
    fund movements that go with them), with SQL."""
    cr = env.cr
    company = env.company
    params = {
        "start": start,
        "stop": stop - 1,
        "company": company.id,
        "currency": company.currency_id.id,
        "employees": employees.ids,
        "units": [e.department_id.id for e in employees],
        "types": types.ids,
        "years": list(YEARS),
        "uid": env.uid,
        "fund": fund.id,
    }
    cr.execute(
        """
        INSERT INTO commendation_award (
            company_id, currency_id, employee_id, employee_department_id,
            type_id, category, kind, year, state, recipient_name,
            recipient_kind, reward_amount, authority_level, is_own,
            decision_number, decision_date, reward_rule,
            create_uid, write_uid, create_date, write_date)
        SELECT %(company)s, %(currency)s,
               (%(employees)s::int[])[1 + i %% cardinality(%(employees)s::int[])],
               (%(units)s::int[])[1 + i %% cardinality(%(units)s::int[])],
               t.id, t.category, 'annual',
               (%(years)s::int[])[1 + i %% cardinality(%(years)s::int[])],
               CASE WHEN i %% 50 = 0 THEN 'revoked' ELSE 'valid' END,
               'Bench ' || i,
               'individual', 710000, t.authority_level,
               t.authority_level = 'department',
               'B' || i || '/QĐ-BENCH', make_date(2016 + i %% 10, 12, 20), 'full',
               %(uid)s, %(uid)s, now(), now()
          FROM generate_series(%(start)s, %(stop)s) AS i
          JOIN commendation_type t
            ON t.id = (%(types)s::int[])[1 + i %% cardinality(%(types)s::int[])]
        """,
        params,
    )
    cr.execute(
        """
        INSERT INTO commendation_dossier (
            name, company_id, kind, department_id, year, date, state,
            line_count, warning_count, decided_count,
            create_uid, write_uid, create_date, write_date)
        SELECT 'HS/BENCH/' || i, %(company)s, 'annual',
               (%(units)s::int[])[1 + i %% cardinality(%(units)s::int[])],
               (%(years)s::int[])[1 + i %% cardinality(%(years)s::int[])],
               make_date(2016 + i %% 10, 12, 1),
               (ARRAY['draft', 'submitted', 'verified', 'in_round', 'done'])
                   [1 + i %% 5],
               1, 0, 0, %(uid)s, %(uid)s, now(), now()
          FROM generate_series(%(start)s, %(stop)s) AS i
         WHERE i %% 10 = 0
        RETURNING id
        """,
        params,
    )
    params["dossiers"] = [row[0] for row in cr.fetchall()]
    cr.execute(
        """
        INSERT INTO commendation_dossier_line (
            dossier_id, company_id, year, dossier_state, proposing_department_id,
            employee_id, type_id, decided_type_id, state, eligibility_state,
            recipient_name, recipient_kind, sequence,
            create_uid, write_uid, create_date, write_date)
        SELECT d.id, d.company_id, d.year, d.state, d.department_id,
               (%(employees)s::int[])[1 + d.id %% cardinality(%(employees)s::int[])],
               t, t,
               CASE d.state WHEN 'done' THEN 'decided' WHEN 'in_round' THEN 'passed'
                    WHEN 'verified' THEN 'verified' ELSE 'draft' END,
               (ARRAY['eligible', 'eligible', 'not_eligible', 'unknown'])
                   [1 + d.id %% 4],
               'Bench ' || d.id, 'individual', 10,
               %(uid)s, %(uid)s, now(), now()
          FROM commendation_dossier d,
               LATERAL (
                   SELECT (%(types)s::int[])
                          [1 + d.id %% cardinality(%(types)s::int[])] AS t
               ) AS ty
         WHERE d.id = ANY(%(dossiers)s)
        """,
        params,
    )
    cr.execute(
        """
        INSERT INTO commendation_dossier_stage_log (
            dossier_id, company_id, year, department_id, kind, state,
            date_start, date_end, is_current, duration_days,
            create_uid, write_uid, create_date, write_date)
        SELECT d.id, d.company_id, d.year, d.department_id, d.kind, s.state,
               s.date_start, s.date_end, s.date_end IS NULL,
               COALESCE(EXTRACT(EPOCH FROM s.date_end - s.date_start) / 86400, 0),
               %(uid)s, %(uid)s, now(), now()
          FROM commendation_dossier d,
               LATERAL (VALUES
                   ('draft', d.date::timestamp, d.date + 2 + d.id %% 5),
                   ('submitted', (d.date + 2 + d.id %% 5)::timestamp, NULL::timestamp)
               ) AS s(state, date_start, date_end)
         WHERE d.id = ANY(%(dossiers)s)
        """,
        params,
    )
    cr.execute(
        """
        INSERT INTO commendation_fund_move (
            fund_id, company_id, year, date, kind, amount, signed_amount,
            description, is_automatic, create_uid, write_uid, create_date, write_date)
        SELECT %(fund)s, %(company)s, 2099, make_date(2099, 1 + i %% 12, 1),
               CASE WHEN i %% 200 = 0 THEN 'receipt' ELSE 'expense' END, 1000000,
               CASE WHEN i %% 200 = 0 THEN 1000000 ELSE -1000000 END,
               'Bench ' || i, FALSE, %(uid)s, %(uid)s, now(), now()
          FROM generate_series(%(start)s, %(stop)s) AS i
         WHERE i %% 100 = 0
        """,
        params,
    )
    env.invalidate_all()


def view_query(env, action_xmlid, view_xmlid):
    """What the view asks: (model, domain, fields, groupby)."""
    action = env.ref(f"{MODULE}.{action_xmlid}")
    context = safe_eval(action.context or "{}")
    domain = safe_eval(action.domain or "[]")
    for node in etree.fromstring(action.search_view_id.arch).iter("filter"):
        if context.get(f"search_default_{node.get('name')}"):
            domain += safe_eval(node.get("domain"))
    arch = etree.fromstring(env.ref(f"{MODULE}.{view_xmlid}").arch)
    groupby, measures = [], ["__count"]
    for node in arch.iter("field"):
        name = node.get("name")
        if node.get("type") in ("row", "col") or node.get("interval"):
            interval = node.get("interval")
            groupby.append(f"{name}:{interval}" if interval else name)
        elif node.get("type") == "measure":
            measures.append(name)
        elif arch.tag == "graph":
            groupby.append(name)
    return action.res_model, domain, measures, groupby


def count_queries(env, function):
    env.invalidate_all()
    function()  # warm the caches (rules, translations) as a running server has them
    env.invalidate_all()
    before = env.cr.sql_log_count
    start = time.perf_counter()
    result = function()
    return env.cr.sql_log_count - before, time.perf_counter() - start, result


def measure(env):
    results = {}
    for label, action_xmlid, view_xmlid in VIEWS:
        model, domain, measures, groupby = view_query(env, action_xmlid, view_xmlid)
        queries, seconds, groups = count_queries(
            env,
            lambda m=model, d=domain, f=measures, g=groupby: env[m].read_group(
                d, f, g, lazy=False
            ),
        )
        results[label] = (queries, seconds, len(groups))
    queries, seconds, rows = count_queries(
        env,
        lambda: env["emulation.year.summary"].search_read(
            [],
            [
                "year",
                "award_count",
                "reward_total",
                "dossier_open_count",
                "proposed_count",
                "eligible_count",
                "fund_balance",
                "next_deadline_kind",
            ],
        ),
    )
    results["Year at a Glance (dashboard)"] = (queries, seconds, len(rows))
    return results


def main():
    with rolled_back_cursor(sys.argv[1:]) as cr:
        # An administrator of the addon (record rules apply: not the superuser).
        env = api.Environment(cr, odoo.SUPERUSER_ID, {})
        admin = env.ref("base.user_admin")
        user_env = api.Environment(cr, admin.id, {"lang": "en_US"})
        units, employees, types, fund = setup(env)
        table = {}
        done = 0
        for size in SIZES:
            insert(env, done, size, units, employees, types, fund)
            done = size
            awards = env["commendation.award"].search_count(
                [("decision_number", "=like", "B%/QĐ-BENCH")]
            )
            table[awards] = measure(user_env)
        sizes = sorted(table)
        width = max(len(label) for label in table[sizes[0]])
        header = f"{'view':<{width}}  " + "  ".join(
            f"{size:>9,} awards" for size in sizes
        )
        lines = [header, "-" * len(header)]
        same = True
        for label in table[sizes[0]]:
            cells = []
            for size in sizes:
                queries, seconds, groups = table[size][label]
                cells.append(f"{queries:>3} q {seconds * 1000:>6.0f} ms")
            counts = {table[size][label][0] for size in sizes}
            same = same and len(counts) == 1
            lines.append(f"{label:<{width}}  " + "  ".join(cells))
        lines.append(
            "queries per view: the same for every size"
            if same
            else "queries per view DIFFER between sizes"
        )
        sys.stdout.write("\n".join(lines) + "\n")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
