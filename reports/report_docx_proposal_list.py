from odoo import models


class ReportDocxProposalList(models.AbstractModel):
    """The list of a proposal alone (Word), for the e-dossier package."""

    _name = "report.emulation_commendation.docx_proposal_list"
    _inherit = "report.emulation_commendation.docx_proposal"
    _description = "Proposal List (Word)"
