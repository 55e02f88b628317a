from odoo import models

from . import emulation_document_words as words


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
        sections = self.env[
            "report.emulation_commendation.report_emulation_plan"
        ]._task_sections(plan)
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
                recipients or words.RECIPIENTS["plan"],
                sign_lines=helper.split_lines(plan.signer_position),
                signer=plan.signer_id.name if plan.signer_id else None,
                archive=archive,
            )
        )
        return values
