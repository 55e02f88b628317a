from odoo import fields, models


class CommendationProposalAnswerWizardLine(models.TransientModel):
    _name = "commendation.proposal.answer.wizard.line"
    _description = "Answer for One Candidate"

    wizard_id = fields.Many2one(
        "commendation.proposal.answer.wizard", required=True, ondelete="cascade"
    )
    line_id = fields.Many2one(
        "commendation.dossier.line", string="Candidate", required=True
    )
    type_id = fields.Many2one(related="line_id.type_id", string="Proposed")
    outcome = fields.Selection(
        [
            ("granted", "Granted"),
            ("other", "Granted Another Title or Form"),
            ("refused", "Not Granted"),
            ("pending", "No Answer Yet"),
        ],
        required=True,
        default="pending",
    )
    granted_type_id = fields.Many2one("commendation.type", string="Granted Instead")
    gold_book_number = fields.Char(string="Gold Book No.")
    reason = fields.Char()
