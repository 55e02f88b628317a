from odoo import models

QUARTERS = [
    ("q1", "Quý I"),
    ("q2", "Quý II"),
    ("q3", "Quý III"),
    ("q4", "Quý IV"),
    ("year", "Nhiệm vụ thực hiện trong cả năm"),
]
DEFAULT_RECIPIENTS = [
    "Ban Thi đua - Khen thưởng thành phố (để t/d)",
    "Lãnh đạo Sở",
    "Các phòng, đơn vị thuộc Sở",
    "BCH: Công đoàn, ĐTN cơ quan",
]


class ReportDocxEmulationPlan(models.AbstractModel):
    """Kế hoạch công tác thi đua, khen thưởng (Word): the content of the PDF
    ``report_emulation_plan_document``."""

    _name = "report.emulation_commendation.docx_emulation_plan"
    _inherit = "emulation.docx.report"
    _description = "Plan (Word)"
    _docx_model = "emulation.plan"

    def _get_docx_values(self, plan, data):
        helper = self._doc_helper()
        company = plan.company_id
        values = self._nd30_head(
            company,
            "KH",
            plan.number,
            plan.date,
            "KẾ HOẠCH",
            plan.name,
            place=plan.place,
            parent=plan.parent_agency or None,
            agency=plan.agency_name,
        )
        preamble = self._html_paragraphs(plan.preamble)
        if not preamble:
            preamble = helper.legal_basis_lines(plan.legal_document_ids)
        tasks = plan.task_ids.filtered(lambda t: t.state != "cancelled")
        sections = []
        for key, label in QUARTERS:
            quarter_tasks = tasks.filtered(lambda t, key=key: t.quarter == key).sorted(
                lambda t: (t.sequence, t.id)
            )
            if not quarter_tasks:
                continue
            sections.append(
                {
                    "title": "%s. %s" % (len(sections) + 1, label),
                    "tasks": [self._task_text(task) for task in quarter_tasks],
                }
            )
        recipients, archive = self._recipients_from_html(plan.recipients)
        values.update(
            {
                "preamble": preamble,
                "objectives": self._html_paragraphs(plan.objectives),
                "task_sections": sections,
                "implementation": self._html_paragraphs(plan.implementation),
                "closing": self._html_paragraphs(plan.closing),
            }
        )
        values.update(
            self._nd30_foot(
                company,
                recipients or DEFAULT_RECIPIENTS,
                sign_lines=helper.split_lines(plan.signer_position),
                signer=plan.signer_id.name if plan.signer_id else None,
                archive=archive,
            )
        )
        return values

    def _task_text(self, task):
        helper = self._doc_helper()
        details = []
        if task.department_ids:
            details.append(
                "thực hiện: %s" % ", ".join(task.department_ids.mapped("name"))
            )
        if task.deadline:
            details.append("thời hạn: %s" % helper.date_text(task.deadline))
        text = task.name or ""
        if details:
            text += " (%s)" % "; ".join(details)
        return text + "."
