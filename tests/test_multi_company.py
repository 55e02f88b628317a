"""Multi-company: every model of the addon that has a company shows a user
only the records of their allowed companies (global record rules), the SQL
views (calendar, year summary) included."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged

MODULE = "emulation_commendation"

# Every model of the addon with a company_id field (kept in step with
# security/emulation_commendation_security.xml by test_every_model_listed).
COMPANY_MODELS = [
    "commendation.announcement",
    "commendation.announcement.comment",
    "commendation.award",
    "commendation.base.salary",
    "commendation.certificate.blank",
    "commendation.council.session",
    "commendation.decision",
    "commendation.dossier",
    "commendation.dossier.line",
    "commendation.dossier.stage.log",
    "commendation.fund",
    "commendation.fund.move",
    "commendation.proposal",
    "emulation.calendar.event",
    "emulation.council",
    "emulation.department.rating",
    "emulation.discipline",
    "emulation.pending.matter",
    "emulation.plan",
    "emulation.rating",
    "emulation.report",
    "emulation.year.calendar",
    "emulation.year.deadline",
    "emulation.year.summary",
]


@tagged("post_install", "-at_install")
class TestMultiCompany(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(
            context=dict(cls.env.context, no_reset_password=True, tracking_disable=True)
        )
        Company = cls.env["res.company"]
        cls.company_a = Company.create({"name": "Agency A (test)"})
        cls.company_b = Company.create({"name": "Agency B (test)"})
        cls.ctype = cls.env.ref(f"{MODULE}.commendation_type_ldtt")
        # A user of agency B only, in every group of the addon: only the
        # company rules can hide a record from them.
        cls.user_b = new_test_user(
            cls.env,
            login="mc_user_b",
            groups=",".join(
                [
                    "base.group_user",
                    "hr.group_hr_user",
                    f"{MODULE}.group_manager",
                    f"{MODULE}.group_council",
                    f"{MODULE}.group_director",
                ]
            ),
            company_id=cls.company_b.id,
            company_ids=[(6, 0, cls.company_b.ids)],
        )
        cls.records = {
            company: cls._records_of(company)
            for company in (cls.company_a, cls.company_b)
        }

    @classmethod
    def _records_of(cls, company):
        """One record of every model in ``COMPANY_MODELS`` for ``company``,
        created by the superuser working in that company."""
        env = cls.env(context=dict(cls.env.context, allowed_company_ids=company.ids))
        cid = {"company_id": company.id}
        year = 2031
        department = env["hr.department"].create({"name": "Unit", **cid})
        employee = env["hr.employee"].create(
            {"name": "Staff", "department_id": department.id, **cid}
        )
        dossier = env["commendation.dossier"].create(
            {
                "title": "Dossier",
                "department_id": department.id,
                "year": year,
                "date": date(year, 12, 1),
                **cid,
                "line_ids": [
                    (0, 0, {"employee_id": employee.id, "type_id": cls.ctype.id})
                ],
            }
        )
        council = env["emulation.council"].create({"name": "Council", **cid})
        session = env["commendation.council.session"].create(
            {"council_id": council.id, "year": year, "date": date(year, 12, 15), **cid}
        )
        announcement = env["commendation.announcement"].create(
            {"date_start": date(year, 12, 2), "year": year, **cid}
        )
        entry = env["commendation.announcement.entry"].create(
            {"announcement_id": announcement.id, "line_id": dossier.line_ids.id}
        )
        fund = env["commendation.fund"].create({"year": year, **cid})
        calendar = env["emulation.year.calendar"].create({"year": year, **cid})
        stage_log = env["commendation.dossier.stage.log"].search(
            [("dossier_id", "=", dossier.id)]
        ) or env["commendation.dossier.stage.log"].create(
            {"dossier_id": dossier.id, "state": "draft", "date_start": f"{year}-12-01"}
        )
        deadline = calendar.deadline_ids[:1] or env["emulation.year.deadline"].create(
            {"calendar_id": calendar.id, "kind": "annual_report"}
        )
        records = {
            "commendation.announcement": announcement,
            "commendation.announcement.comment": env[
                "commendation.announcement.comment"
            ].create(
                {
                    "announcement_id": announcement.id,
                    "entry_id": entry.id,
                    "body": "Objection",
                }
            ),
            "commendation.award": env["commendation.award"].create(
                {
                    "employee_id": employee.id,
                    "type_id": cls.ctype.id,
                    "year": year,
                    **cid,
                }
            ),
            "commendation.base.salary": env["commendation.base.salary"].create(
                {"amount": 3000000, "date_from": date(year, 1, 1), **cid}
            ),
            "commendation.certificate.blank": env[
                "commendation.certificate.blank"
            ].create({"name": "Blank", **cid}),
            "commendation.council.session": session,
            "commendation.decision": env["commendation.decision"].create(
                {"name": "1/QĐ", "date": date(year, 12, 20), "year": year, **cid}
            ),
            "commendation.dossier": dossier,
            "commendation.dossier.line": dossier.line_ids,
            "commendation.dossier.stage.log": stage_log,
            "commendation.fund": fund,
            "commendation.fund.move": env["commendation.fund.move"].create(
                {"fund_id": fund.id, "amount": 1000000, "description": "Allocation"}
            ),
            "commendation.proposal": env["commendation.proposal"].create(
                {
                    "authority_level": "city",
                    "year": year,
                    "date": date(year, 12, 12),
                    **cid,
                }
            ),
            "emulation.calendar.event": env["emulation.calendar.event"].search(
                [
                    ("res_model", "=", "commendation.council.session"),
                    ("res_id", "=", session.id),
                ]
            ),
            "emulation.council": council,
            "emulation.department.rating": env["emulation.department.rating"].create(
                {"department_id": department.id, "year": year, "rating": "excellent"}
            ),
            "emulation.discipline": env["emulation.discipline"].create(
                {
                    "employee_id": employee.id,
                    "date": date(year, 3, 1),
                    "form": "reprimand",
                    "date_block_start": date(year, 3, 1),
                    "date_block_end": date(year + 1, 3, 1),
                }
            ),
            "emulation.pending.matter": env["emulation.pending.matter"].create(
                {
                    "kind": "investigation",
                    "date_start": date(year, 5, 1),
                    "employee_id": employee.id,
                    **cid,
                }
            ),
            "emulation.plan": env["emulation.plan"].create(
                {"number": "1/KH", "name": "Plan", "year": year, **cid}
            ),
            "emulation.rating": env["emulation.rating"].create(
                {"employee_id": employee.id, "year": year, "rating": "good"}
            ),
            "emulation.report": env["emulation.report"].create(
                {"kind": "annual", "year": year, **cid}
            ),
            "emulation.year.calendar": calendar,
            "emulation.year.deadline": deadline,
            "emulation.year.summary": env["emulation.year.summary"].search(
                [("company_id", "=", company.id), ("year", "=", year)]
            ),
        }
        for model, record in records.items():
            assert len(record) == 1 and record.company_id == company, (model, record)
        return records

    def test_every_model_listed(self):
        with_company = sorted(
            name
            for name, model in self.env.registry.items()
            if name.split(".")[0] in ("commendation", "emulation")
            and "company_id" in model._fields
            and not model._abstract
            and not model._transient
        )
        self.assertEqual(with_company, sorted(COMPANY_MODELS))
        rules = self.env["ir.rule"].search(
            [("model_id.model", "in", COMPANY_MODELS), ("global", "=", True)]
        )
        self.assertEqual(
            sorted(
                rule.model_id.model
                for rule in rules
                if "company_ids" in rule.domain_force
            ),
            sorted(COMPANY_MODELS),
        )

    def test_other_company_hidden(self):
        self.env.invalidate_all()
        for model in COMPANY_MODELS:
            with self.subTest(model=model):
                own = self.records[self.company_b][model]
                other = self.records[self.company_a][model]
                Model = self.env[model].with_user(self.user_b)
                self.assertEqual(
                    Model.search([("id", "in", (own | other).ids)]),
                    own.with_user(self.user_b),
                )
                self.assertEqual(
                    Model.browse(own.id).read(["company_id"])[0]["id"], own.id
                )
                with self.assertRaises(AccessError):
                    Model.browse(other.id).read(["company_id"])

    def test_both_companies_allowed(self):
        """A user allowed in both agencies sees both, once both are active."""
        self.user_b.company_ids = [(4, self.company_a.id)]
        self.env.invalidate_all()
        both = self.company_a | self.company_b
        for model in COMPANY_MODELS:
            with self.subTest(model=model):
                records = (
                    self.records[self.company_a][model]
                    | self.records[self.company_b][model]
                )
                Model = (
                    self.env[model]
                    .with_user(self.user_b)
                    .with_context(allowed_company_ids=both.ids)
                )
                self.assertEqual(len(Model.search([("id", "in", records.ids)])), 2)
