from datetime import date, datetime

from freezegun import freeze_time
from lxml import etree

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import RoundCase

MODULE = "emulation_commendation"


@tagged("post_install", "-at_install")
class TestAnalysis(RoundCase):
    """The Reporting menu's graph and pivot views group what they show; the
    figures of their grouped reads equal the counts of the records."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Award = cls.env["commendation.award"]
        cls.type_form = cls.env["commendation.type"].create(
            {
                "code": "KT_GK",
                "name": "Certificate of Merit (test)",
                "category": "form",
                "recipient_kind": "individual",
                "allow_collective": True,
                "coefficient_individual": 0.3,
                "coefficient_collective": 0.6,
            }
        )
        specs = [
            (cls.emp_a1, cls.type_ldtt, 2029, 100000),
            (cls.emp_a2, cls.type_ldtt, 2029, 100000),
            (cls.emp_b1, cls.type_ldtt, 2029, 100000),
            (cls.emp_a1, cls.type_ldtt, 2030, 200000),
            (cls.emp_b1, cls.type_form, 2030, 300000),
            (cls.dept_a, cls.type_collective, 2030, 400000),
            (cls.dept_b, cls.type_form, 2030, 500000),
        ]
        cls.awards = Award.create(
            [
                {
                    "employee_id": rec.id if rec._name == "hr.employee" else False,
                    "department_id": rec.id if rec._name == "hr.department" else False,
                    "type_id": ctype.id,
                    "year": year,
                    "decision_number": f"{year}-{index}/QĐ-TEST",
                    "decision_date": date(year, 12, 20),
                    "reward_amount": amount,
                }
                for index, (rec, ctype, year, amount) in enumerate(specs)
            ]
        )
        cls.awards[1]._revoke("Revoked (test)")

    # helpers -----------------------------------------------------------
    def _view_groupbys(self, xmlid):
        arch = etree.fromstring(self.env.ref(f"{MODULE}.{xmlid}").arch)
        return [
            node.get("name")
            for node in arch.iter("field")
            if node.get("type") in ("row", "col")
        ]

    def _action_domain(self, action_xmlid, extra=None):
        """The action's domain and its default filters, as the view applies
        them."""
        action = self.env.ref(f"{MODULE}.{action_xmlid}")
        context = safe_eval(action.context or "{}")
        search = etree.fromstring(action.search_view_id.arch)
        domain = safe_eval(action.domain or "[]") + list(extra or [])
        for node in search.iter("filter"):
            if context.get(f"search_default_{node.get('name')}"):
                domain += safe_eval(node.get("domain"))
        return action.res_model, domain

    def _check_groups(self, action_xmlid, view_xmlid, measure=None, extra=None):
        model, domain = self._action_domain(action_xmlid, extra)
        groupbys = self._view_groupbys(view_xmlid)
        Model = self.env[model].with_user(self.user_office)
        aggregates = ["__count"] + ([measure] if measure else [])
        groups = Model._read_group(domain, groupbys, aggregates)
        self.assertTrue(groups)
        total = 0
        for row in groups:
            keys, values = row[: len(groupbys)], row[len(groupbys) :]
            group_domain = domain + [
                (field, "=", key.id if hasattr(key, "_name") else key)
                for field, key in zip(groupbys, keys, strict=True)
            ]
            records = Model.search(group_domain)
            self.assertEqual(values[0], len(records), f"{model} {keys}")
            if measure:
                field = measure.split(":")[0]
                self.assertAlmostEqual(values[1], sum(records.mapped(field)))
            total += values[0]
        self.assertEqual(total, Model.search_count(domain))
        return groups

    # tests -------------------------------------------------------------
    def test_awards_by_year_title_unit_and_recipient_kind(self):
        # Every award of the database, then ours for the figures.
        self._check_groups(
            "commendation_award_analysis_action",
            "commendation_award_view_graph_analysis",
        )
        ours = [("id", "in", self.awards.ids)]
        groups = self._check_groups(
            "commendation_award_analysis_action",
            "commendation_award_view_graph_analysis",
            extra=ours,
        )
        figures = {(year, kind): count for year, kind, count in groups}
        self.assertEqual(figures[(2029, "individual")], 2)  # one of three revoked
        self.assertEqual(figures[(2030, "collective")], 2)
        self.assertEqual(figures[(2030, "individual")], 2)
        pivot = self._check_groups(
            "commendation_award_analysis_action",
            "commendation_award_view_pivot_analysis",
            "reward_amount:sum",
            extra=ours,
        )
        amounts = {(ctype, year): amount for ctype, year, _count, amount in pivot}
        self.assertEqual(amounts[(self.type_form, 2030)], 800000)
        # By unit, as the Group By of the search view offers it.
        _model, domain = self._action_domain("commendation_award_analysis_action", ours)
        by_unit = dict(
            self.env["commendation.award"]._read_group(
                domain + [("year", "=", 2030)], ["employee_department_id"], ["__count"]
            )
        )
        self.assertEqual(by_unit[self.dept_a], 2)
        self.assertEqual(by_unit[self.dept_b], 2)

    def test_dossiers_by_state_and_time_in_each_step(self):
        with freeze_time("2025-12-01 08:00:00"):
            first = self.make_dossier()
            second = self.make_dossier(lines=[(self.emp_a2, self.type_ldtt)])
        with freeze_time("2025-12-03 08:00:00"):
            first.with_user(self.user_unit_a).action_submit()
            second.with_user(self.user_unit_a).action_submit()
        with freeze_time("2025-12-08 20:00:00"):
            first.with_user(self.user_office).action_verify()
        self._check_groups(
            "commendation_dossier_analysis_action",
            "commendation_dossier_view_graph_analysis",
        )
        steps = first.stage_log_ids.sorted("date_start")
        self.assertEqual(steps.mapped("state"), ["draft", "submitted", "verified"])
        self.assertEqual(steps[0].date_end, datetime(2025, 12, 3, 8, 0))
        self.assertAlmostEqual(steps[0].duration_days, 2.0)
        self.assertAlmostEqual(steps[1].duration_days, 5.5)
        self.assertTrue(steps[2].is_current)
        groups = self._check_groups(
            "commendation_dossier_stage_log_action",
            "commendation_dossier_stage_log_view_pivot",
        )
        Log = self.env["commendation.dossier.stage.log"]
        average = dict(
            (state, days)
            for state, days in Log._read_group(
                [("dossier_id", "in", (first | second).ids), ("date_end", "!=", False)],
                ["state"],
                ["duration_days:avg"],
            )
        )
        self.assertAlmostEqual(average["draft"], 2.0)
        self.assertAlmostEqual(average["submitted"], 5.5)
        self.assertTrue(groups)

    def test_proposed_versus_eligible_per_title(self):
        dossier = self.make_dossier(
            lines=[
                (self.emp_a1, self.type_ldtt),
                (self.emp_a2, self.type_ldtt),
                (self.dept_a, self.type_collective),
            ]
        )
        self._check_groups(
            "commendation_dossier_line_analysis_action",
            "commendation_dossier_line_view_pivot_analysis",
        )
        groups = self._check_groups(
            "commendation_dossier_line_analysis_action",
            "commendation_dossier_line_view_pivot_analysis",
            extra=[("dossier_id", "=", dossier.id)],
        )
        proposed = {}
        for ctype, _state, count in groups:
            proposed[ctype] = proposed.get(ctype, 0) + count
        self.assertEqual(proposed, {self.type_ldtt: 2, self.type_collective: 1})

    def test_fund_and_dashboard(self):
        fund = self.fund(receipts=3000000)
        self._check_groups(
            "commendation_fund_move_analysis_action",
            "commendation_fund_move_view_pivot",
            "amount:sum",
        )
        self.make_dossier()
        summary = (
            self.env["emulation.year.summary"]
            .with_user(self.user_office)
            .search([("company_id", "=", self.company.id), ("year", "=", 2030)])
        )
        Award = self.env["commendation.award"]
        valid = Award.search(
            [
                ("company_id", "=", self.company.id),
                ("year", "=", 2030),
                ("state", "=", "valid"),
            ]
        )
        self.assertEqual(summary.award_count, len(valid))
        self.assertEqual(summary.reward_total, sum(valid.mapped("reward_amount")))
        self.assertEqual(summary.fund_balance, fund.balance)
        self.assertEqual(
            summary.dossier_count,
            self.env["commendation.dossier"].search_count(
                [
                    ("company_id", "=", self.company.id),
                    ("year", "=", 2030),
                    ("state", "!=", "cancelled"),
                ]
            ),
        )
        action = summary.action_open_awards()
        self.assertEqual(action["context"]["search_default_year"], 2030)
