"""Kế hoạch công tác thi đua, khen thưởng (emulation.plan): the values of the
printed plan, shared with its Word version (docx_emulation_plan)."""

from odoo import models

from . import emulation_document_words as words


class ReportEmulationPlan(models.AbstractModel):
    """``documents[plan id]``: the head and foot keys of
    ``emulation.document.report``, plus ``preamble_html`` (the typed preamble
    or False), ``legal_basis`` (lines of the legal basis when no preamble),
    ``objectives_html``, ``implementation_html``, ``closing_html`` (markup or
    False), ``recipients_html`` (the typed "Nơi nhận" or False) and
    ``task_sections``: ``[{"title": "1. Quý I", "tasks": ["... (thực hiện:
    Phòng A; thời hạn: 31/03/2025)."]}]``."""

    _name = "report.emulation_commendation.report_emulation_plan"
    _inherit = "emulation.document.report"
    _description = "Plan"
    _document_model = "emulation.plan"

    def _document_values(self, plan, data):
        helper = self._helper()
        company = plan.company_id
        values = self._head(
            company,
            "KH",
            plan.number,
            plan.date,
            "KẾ HOẠCH",
            plan.name,
            parent=plan.parent_agency or None,
            agency=plan.agency_name,
            place=plan.place,
        )
        signer = plan.signer_id.name if plan.signer_id else None
        if plan.signer_position:
            foot = self._foot(company, words.RECIPIENTS["plan"], plan.signer_position)
        else:
            foot = self._foot_one_title(company, words.RECIPIENTS["plan"])
        foot["signer"] = foot["signer"] if signer is None else signer
        values.update(foot)
        preamble = self._html_or_false(plan.preamble)
        values.update(
            {
                "recipients_html": self._html_or_false(plan.recipients),
                "preamble_html": preamble,
                "legal_basis": []
                if preamble
                else helper.legal_basis_lines(plan.legal_document_ids),
                "objectives_html": plan.objectives or "",
                "implementation_html": plan.implementation or "",
                "closing_html": self._html_or_false(plan.closing),
                "task_sections": self._task_sections(plan),
            }
        )
        return values

    def _task_sections(self, plan):
        """The plan's tasks (but the cancelled ones) by quarter, numbered
        sections without the empty quarters."""
        tasks = plan.task_ids.filtered(lambda t: t.state != "cancelled")
        sections = []
        for key, label in words.PLAN_QUARTER_WORDS:
            quarter_tasks = tasks.filtered(lambda t, key=key: t.quarter == key).sorted(
                lambda t: (t.sequence, t.id)
            )
            if quarter_tasks:
                sections.append(
                    {
                        "title": "%s. %s" % (len(sections) + 1, label),
                        "tasks": [self._task_text(task) for task in quarter_tasks],
                    }
                )
        return sections

    def _task_text(self, task):
        """'Name (thực hiện: Phòng A, Phòng B; thời hạn: 31/03/2025).'"""
        details = []
        if task.department_ids:
            details.append(
                "thực hiện: %s" % ", ".join(task.department_ids.mapped("name"))
            )
        if task.deadline:
            details.append("thời hạn: %s" % self._helper().date_text(task.deadline))
        text = task.name or ""
        if details:
            text += " (%s)" % "; ".join(details)
        return text + "."
