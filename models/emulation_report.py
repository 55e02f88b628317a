import datetime
import logging
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

REPORT_KINDS = [
    ("semiannual", "Semiannual Review"),
    ("annual", "Annual Review"),
]
REPORT_STATES = [
    ("draft", "Draft"),
    ("generated", "Generated"),
    ("sent", "Sent"),
]
QUARTER_KEYS = ["q1", "q2", "q3", "q4", "year"]
REVIEWED_MOVEMENT_STATES = ("mid_review", "final_review", "closed")


class EmulationReport(models.Model):
    _name = "emulation.report"
    _description = "Periodic Emulation and Commendation Report"
    _inherit = [
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "year desc, kind desc, id desc"

    name = fields.Char(compute="_compute_name", store=True, readonly=False)
    kind = fields.Selection(
        REPORT_KINDS, required=True, default="semiannual", tracking=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    number = fields.Char(
        help="Number and symbol given by the registry, e.g. 25/BC-NV. Left blank, "
        "the document shows the blank the clerk fills in."
    )
    date = fields.Date(
        string="Report Date",
        default=fields.Date.context_today,
        tracking=True,
    )
    date_from = fields.Date(string="Period Start", compute="_compute_period")
    date_to = fields.Date(string="Period End", compute="_compute_period")
    state = fields.Selection(
        REPORT_STATES,
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    can_generate = fields.Boolean(compute="_compute_workflow_can")
    can_send = fields.Boolean(compute="_compute_workflow_can")
    can_reset_draft = fields.Boolean(compute="_compute_workflow_can")
    partner_ids = fields.Many2many(
        "res.partner",
        "emulation_report_partner_rel",
        "report_id",
        "partner_id",
        string="Recipients",
        default=lambda self: self.env.company.emulation_report_partner_ids,
    )
    result_text = fields.Html(
        string="Results",
        help="Results of the movements and of the commendation work in the period.",
    )
    shortcoming_text = fields.Html(
        string="Shortcomings", help="Shortcomings, limits and their causes."
    )
    direction_text = fields.Html(
        string="Direction",
        help="Tasks of the next half-year, or direction of the next year.",
    )
    task_ids = fields.One2many(
        "emulation.plan.task", "report_id", string="Plan Tasks Reported"
    )
    pdf_attachment_id = fields.Many2one(
        "ir.attachment", string="PDF", readonly=True, copy=False
    )
    xlsx_attachment_id = fields.Many2one(
        "ir.attachment", string="Spreadsheet", readonly=True, copy=False
    )
    date_generated = fields.Datetime(readonly=True, copy=False)
    # Figures of the period (computed from the records, never typed in)
    movement_count = fields.Integer(
        string="Movements Under Way", compute="_compute_counts"
    )
    movement_reviewed_count = fields.Integer(
        string="Movements Reviewed", compute="_compute_counts"
    )
    task_count = fields.Integer(string="Plan Tasks", compute="_compute_counts")
    task_done_count = fields.Integer(string="Tasks Done", compute="_compute_counts")
    pledge_count = fields.Integer(string="Pledges", compute="_compute_counts")
    dossier_count = fields.Integer(string="Dossiers", compute="_compute_counts")
    award_count = fields.Integer(string="Awards Decided", compute="_compute_counts")

    _sql_constraints = [
        (
            "kind_year_uniq",
            "unique(company_id, kind, year)",
            "There is already a report of this kind for this year.",
        ),
    ]

    @api.depends("kind", "year")
    def _compute_name(self):
        for report in self:
            if report.kind == "annual":
                report.name = self.env._("Annual report %(year)s", year=report.year)
            else:
                report.name = self.env._("Semiannual report %(year)s", year=report.year)

    @api.depends("kind", "year")
    def _compute_period(self):
        for report in self:
            if not report.year:
                report.date_from = report.date_to = False
                continue
            report.date_from = datetime.date(report.year, 1, 1)
            report.date_to = (
                datetime.date(report.year, 6, 30)
                if report.kind == "semiannual"
                else datetime.date(report.year, 12, 31)
            )

    @api.depends("kind", "year", "company_id")
    def _compute_counts(self):
        for report in self:
            figures = report._get_figures() if report.year else {}
            report.movement_count = figures.get("movement_count", 0)
            report.movement_reviewed_count = figures.get("movement_reviewed_count", 0)
            report.task_count = figures.get("task_count", 0)
            report.task_done_count = figures.get("task_done_count", 0)
            report.pledge_count = figures.get("pledge_count", 0)
            report.dossier_count = figures.get("dossier_count", 0)
            report.award_count = figures.get("award_count", 0)

    # ------------------------------------------------------------------
    # Figures
    # ------------------------------------------------------------------
    def _quarters(self):
        self.ensure_one()
        if self.kind == "semiannual":
            return ["q1", "q2", "year"]
        return QUARTER_KEYS

    def _get_figures(self):
        """Every figure of the report, from the records of the period, with a
        fixed number of grouped queries."""
        self.ensure_one()
        date_from, date_to = self.date_from, self.date_to
        company = self.company_id
        figures = {}

        # Movements under way in the period, and those reviewed in it
        Movement = self.env["emulation.movement"]
        movements = Movement.search(
            [
                ("state", "!=", "draft"),
                "|",
                ("date_start", "=", False),
                ("date_start", "<=", date_to),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", date_from),
            ],
            order="level, date_start, id",
        )
        reviewed = movements.filtered(
            lambda m: (
                (m.date_mid_review and date_from <= m.date_mid_review <= date_to)
                or (m.date_final_review and date_from <= m.date_final_review <= date_to)
                or m.state in REVIEWED_MOVEMENT_STATES
                and m.date_end
                and m.date_end <= date_to
            )
        )
        figures["movements"] = movements
        figures["movements_reviewed"] = reviewed
        figures["movement_count"] = len(movements)
        figures["movement_reviewed_count"] = len(reviewed)

        # Plan tasks of the year, by quarter and by unit
        Task = self.env["emulation.plan.task"]
        task_domain = [
            ("year", "=", self.year),
            ("quarter", "in", self._quarters()),
            ("state", "!=", "cancelled"),
            ("plan_id.company_id", "=", company.id),
        ]

        def tasks_by(groupby):
            """``{group: {"total": n, "done": n}}`` of the tasks."""
            counts = defaultdict(lambda: {"total": 0, "done": 0})
            for key, state, count in Task._read_group(
                task_domain, [groupby, "state"], ["__count"]
            ):
                counts[key]["total"] += count
                if state == "done":
                    counts[key]["done"] += count
            return counts

        by_quarter = tasks_by("quarter")
        by_unit = tasks_by("department_ids")
        figures["tasks_by_quarter"] = [
            (key, by_quarter[key]) for key in self._quarters() if key in by_quarter
        ]
        figures["tasks_by_unit"] = sorted(
            ((dept, vals) for dept, vals in by_unit.items() if dept),
            key=lambda item: item[0].name or "",
        )
        figures["task_count"] = sum(v["total"] for v in by_quarter.values())
        figures["task_done_count"] = sum(v["done"] for v in by_quarter.values())

        # Pledges (giao ước thi đua) of the year
        pledges = self.env["emulation.pledge"].search([("year", "=", self.year)])
        figures["pledges"] = pledges
        figures["pledge_count"] = len(pledges)

        # Dossiers proposed in the period, by state and by unit
        Dossier = self.env["commendation.dossier"]
        dossier_domain = [
            ("company_id", "=", company.id),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
            ("state", "!=", "cancelled"),
        ]
        dossier_states = dict(Dossier._fields["state"]._description_selection(self.env))
        figures["dossiers_by_state"] = [
            (state, dossier_states.get(state, state), count)
            for state, count in Dossier._read_group(
                dossier_domain, ["state"], ["__count"]
            )
        ]
        figures["dossier_count"] = sum(c for _s, _l, c in figures["dossiers_by_state"])
        dossiers_by_unit = dict(
            Dossier._read_group(dossier_domain, ["department_id"], ["__count"])
        )

        # Awards decided in the period, by type, level and unit
        Award = self.env["commendation.award"]
        award_domain = [
            ("company_id", "=", company.id),
            ("state", "=", "valid"),
            ("decision_date", ">=", date_from),
            ("decision_date", "<=", date_to),
        ]
        by_type = []
        by_level = defaultdict(lambda: {"individual": 0, "collective": 0})
        total_amount = 0.0
        for ctype, kind, count, amount in Award._read_group(
            award_domain,
            ["type_id", "recipient_kind"],
            ["__count", "reward_amount:sum"],
            order="type_id",
        ):
            by_type.append((ctype, kind, count, amount))
            key = "collective" if kind == "collective" else "individual"
            by_level[ctype.authority_level][key] += count
            total_amount += amount
        figures["awards_by_type"] = by_type
        award_rows = {}
        for ctype, kind, count, _amount in by_type:
            row = award_rows.setdefault(ctype, [0, 0])
            row[0 if kind == "collective" else 1] += count
        figures["award_rows"] = [
            (ctype, collective, individual)
            for ctype, (collective, individual) in award_rows.items()
        ]
        figures["awards_by_level"] = by_level
        figures["award_count"] = sum(item[2] for item in by_type)
        figures["award_amount"] = total_amount
        awards_by_unit = dict(
            Award._read_group(award_domain, ["employee_department_id"], ["__count"])
        )
        units = (
            self.env["hr.department"].browse()
            | self.env["hr.department"].union(*dossiers_by_unit.keys())
            | self.env["hr.department"].union(*awards_by_unit.keys())
            | self.env["hr.department"].union(
                *(d for d, _v in figures["tasks_by_unit"])
            )
        )
        figures["units"] = [
            {
                "department": unit,
                "tasks": by_unit.get(unit, {"total": 0})["total"],
                "tasks_done": by_unit.get(unit, {"done": 0})["done"],
                "dossiers": dossiers_by_unit.get(unit, 0),
                "awards": awards_by_unit.get(unit, 0),
            }
            for unit in units._emulation_sorted()
        ]
        return figures

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who = self.env._("the Office")
        return {
            "generate": {
                "label": self.env._("Generating the report"),
                "from": ("draft", "generated"),
                "to": "generated",
                "groups": office,
                "who": who,
            },
            "send": {
                "label": self.env._("Sending the report"),
                "from": ("generated",),
                "to": "sent",
                "groups": office,
                "who": who,
            },
            "reset_draft": {
                "label": self.env._("Resetting the report to draft"),
                "from": ("generated", "sent"),
                "to": "draft",
                "groups": office,
                "who": who,
            },
        }

    def action_generate(self):
        """Render the PDF and the XLSX and attach them (again: replace them)."""
        self._workflow_check("generate")
        for report in self:
            report._attach_files()
            report._workflow_move("generate", {"date_generated": fields.Datetime.now()})
        return True

    def action_reset_draft(self):
        return self._workflow_move("reset_draft")

    def action_send(self):
        """Open the composer with the report's template and files; posting
        the message marks the report sent."""
        self.ensure_one()
        self._workflow_check("send")
        template = self.env.ref(
            "emulation_commendation.mail_template_emulation_report",
            raise_if_not_found=False,
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "mail.compose.message",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_model": self._name,
                "default_res_ids": self.ids,
                "default_template_id": template.id if template else False,
                "default_composition_mode": "comment",
                "default_attachment_ids": (
                    self.pdf_attachment_id | self.xlsx_attachment_id
                ).ids,
                "mark_emulation_report_sent": True,
            },
        }

    def _message_post_after_hook(self, message, msg_vals):
        if (
            self.env.context.get("mark_emulation_report_sent")
            and self.state == "generated"
        ):
            self._workflow_move("send")
        return super()._message_post_after_hook(message, msg_vals)

    def _file_basename(self):
        self.ensure_one()
        prefix = "BC-So-ket-6-thang" if self.kind == "semiannual" else "BC-Tong-ket-nam"
        return "%s-%s" % (prefix, self.year)

    def _attach_files(self):
        self.ensure_one()
        Report = self.env["ir.actions.report"]
        content, content_type = Report._render_qweb_pdf(
            "emulation_commendation.action_report_emulation_report", self.ids
        )
        extension = "pdf" if content_type == "pdf" else "html"
        pdf_vals = {
            "name": "%s.%s" % (self._file_basename(), extension),
            "raw": content,
            "mimetype": "application/pdf" if extension == "pdf" else "text/html",
            "res_model": self._name,
            "res_id": self.id,
        }
        xlsx_vals = {
            "name": "%s.xlsx" % self._file_basename(),
            "raw": self.env["emulation.xlsx.export"]._report_xlsx(self),
            "mimetype": "application/vnd.openxmlformats-officedocument."
            "spreadsheetml.sheet",
            "res_model": self._name,
            "res_id": self.id,
        }
        Attachment = self.env["ir.attachment"].sudo()
        values = {}
        for field, vals in (
            ("pdf_attachment_id", pdf_vals),
            ("xlsx_attachment_id", xlsx_vals),
        ):
            if self[field]:
                self[field].sudo().write(vals)
            else:
                values[field] = Attachment.create(vals).id
        if values:
            self.write(values)

    def _get_responsible_user(self):
        self.ensure_one()
        user = self.company_id.emulation_report_user_id
        if not user:
            user = self.env["res.users"].search(
                [
                    (
                        "groups_id",
                        "in",
                        self.env.ref("emulation_commendation.group_office").ids,
                    ),
                    ("share", "=", False),
                    ("id", "!=", self.env.ref("base.user_root").id),
                    ("company_ids", "in", self.company_id.ids),
                ],
                order="id",
                limit=1,
            )
        return user or self.env.ref("base.user_admin", raise_if_not_found=False)

    def _generate_and_notify(self):
        """Generate, post on the chatter, e-mail the recipients that have an
        address, and give the Office an activity to review and send."""
        self.ensure_one()
        self.action_generate()
        attachments = self.pdf_attachment_id | self.xlsx_attachment_id
        with_address = self.partner_ids.filtered("email")
        if with_address and self.company_id.emulation_report_auto_send:
            template = self.env.ref(
                "emulation_commendation.mail_template_emulation_report"
            )
            subject = template._render_field("subject", self.ids)[self.id]
            body = template._render_field("body_html", self.ids)[self.id]
            self.message_post(
                subject=subject,
                body=body,
                partner_ids=with_address.ids,
                attachment_ids=attachments.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
            self._workflow_move("send")
        else:
            self.message_post(
                body=self.env._(
                    "The report was generated automatically; no recipient has an "
                    "e-mail address, it waits to be sent."
                ),
                attachment_ids=attachments.ids,
            )
        user = self._get_responsible_user()
        if user:
            self.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=fields.Date.context_today(self),
                summary=self.env._("Review and send the report"),
                note=self.env._(
                    "Fill in the results, shortcomings and direction, check the "
                    "figures and send the report to its recipients."
                ),
                user_id=user.id,
            )

    @api.model
    def _due_date(self, company, kind, year):
        if kind == "semiannual":
            day, month = (
                company.emulation_semiannual_due_day,
                company.emulation_semiannual_due_month,
            )
        else:
            day, month = (
                company.emulation_annual_due_day,
                company.emulation_annual_due_month,
            )
        return datetime.date(year, month or 1, day or 1)

    @api.model
    def _cron_generate_due_reports(self):
        """Create and generate the reports whose date has come; skip those
        already generated or sent. A failure is logged and does not stop the
        other reports."""
        today = fields.Date.context_today(self)
        companies = self.env["res.company"].search([])
        existing = {
            (report.company_id.id, report.kind): report
            for report in self.search(
                [("year", "=", today.year), ("company_id", "in", companies.ids)]
            )
        }
        done = self.browse()
        for company in companies:
            for kind, _label in REPORT_KINDS:
                if today < self._due_date(company, kind, today.year):
                    continue
                report = existing.get((company.id, kind))
                if report and report.state != "draft":
                    continue
                try:
                    with self.env.cr.savepoint():
                        if not report:
                            report = self.with_company(company).create(
                                {
                                    "kind": kind,
                                    "year": today.year,
                                    "company_id": company.id,
                                    "date": today,
                                    "partner_ids": [
                                        (6, 0, company.emulation_report_partner_ids.ids)
                                    ],
                                }
                            )
                        report._generate_and_notify()
                        done |= report
                except Exception:
                    _logger.exception(
                        "Periodic report %s %s of %s could not be generated",
                        kind,
                        today.year,
                        company.name,
                    )
        return done

    def action_download_pdf(self):
        self.ensure_one()
        return self._download(self.pdf_attachment_id)

    def action_download_xlsx(self):
        self.ensure_one()
        return self._download(self.xlsx_attachment_id)

    def _download(self, attachment):
        if not attachment:
            raise UserError(self.env._("Generate the report first."))
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/%s?download=true" % attachment.id,
            "target": "self",
        }
