from odoo import models

from . import emulation_document_words as words


class ReportDocxEmulationPlan(models.AbstractModel):
    """Kế hoạch công tác thi đua, khen thưởng (Word): the values of the PDF
    ``report_emulation_plan`` with the typed texts as paragraphs and the
    "Nơi nhận" typed on the plan as items."""

    _name = "report.emulation_commendation.docx_emulation_plan"
    _inherit = "emulation.docx.report"
    _description = "Plan (Word)"
    _docx_model = "emulation.plan"

    def _get_docx_values(self, plan, data):
        helper = self._doc_helper()
        document = self.env[
            "report.emulation_commendation.report_emulation_plan"
        ]._document_values(plan, data)
        values = self._docx_head(document)
        recipients, archive = self._recipients_from_html(plan.recipients)
        values.update(
            {
                "preamble": self._html_paragraphs(plan.preamble)
                or helper.legal_basis_lines(plan.legal_document_ids),
                "objectives": self._html_paragraphs(document["objectives_html"]),
                "task_sections": document["task_sections"],
                "implementation": self._html_paragraphs(
                    document["implementation_html"]
                ),
                "closing": self._html_paragraphs(document["closing_html"]),
            }
        )
        values.update(
            self._nd30_foot(
                plan.company_id,
                recipients or words.RECIPIENTS["plan"],
                sign_lines=helper.split_lines(plan.signer_position),
                signer=document["signer"],
                archive=archive,
            )
        )
        return values
