from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.commendation_type import AUTHORITY_LEVELS


class CommendationProposalAnswerWizard(models.TransientModel):
    """Records a higher body's decision answering a proposal: which
    candidates it grants (maybe another title or form), which it refuses."""

    _name = "commendation.proposal.answer.wizard"
    _description = "Record a Higher Body's Decision"

    proposal_id = fields.Many2one(
        "commendation.proposal", required=True, ondelete="cascade"
    )
    authority_level = fields.Selection(
        [(key, label) for key, label in AUTHORITY_LEVELS if key != "department"],
        string="Deciding Level",
        required=True,
        default="city",
    )
    name = fields.Char(string="Decision Number")
    date = fields.Date(string="Decision Date")
    issuing_body = fields.Char(help="e.g. Chủ tịch UBND thành phố Hải Phòng.")
    signer_name = fields.Char(string="Signer")
    line_ids = fields.One2many(
        "commendation.proposal.answer.wizard.line", "wizard_id", string="Candidates"
    )

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        proposal = self.env["commendation.proposal"].browse(
            values.get("proposal_id") or self.env.context.get("default_proposal_id")
        )
        if proposal and "line_ids" in fields_list:
            pending = proposal.line_ids.filtered(lambda line: line.state == "proposed")
            values["line_ids"] = [
                (0, 0, {"line_id": line.id, "outcome": "pending"}) for line in pending
            ]
            levels = set(pending.mapped("authority_level")) - {"department"}
            if len(levels) == 1:
                values["authority_level"] = levels.pop()
        return values

    def action_confirm(self):
        self.ensure_one()
        granted, refused = {}, {}
        for row in self.line_ids:
            if row.outcome in ("granted", "other"):
                if row.outcome == "other" and not row.granted_type_id:
                    raise UserError(
                        self.env._(
                            "%(line)s: choose the title or form the higher body "
                            "granted instead.",
                            line=row.line_id.display_name,
                        )
                    )
                ctype = row.granted_type_id if row.outcome == "other" else False
                granted[row.line_id] = (ctype, row.gold_book_number)
            elif row.outcome == "refused":
                if not (row.reason or "").strip():
                    raise UserError(
                        self.env._(
                            "%(line)s: say why the higher body did not grant it.",
                            line=row.line_id.display_name,
                        )
                    )
                refused[row.line_id] = row.reason.strip()
        if not granted and not refused:
            raise UserError(
                self.env._("Say for at least one candidate what the answer is.")
            )
        if granted and not (self.name and self.date):
            raise UserError(
                self.env._("Enter the number and the date of the decision received.")
            )
        decision = self.proposal_id._record_answer(
            {
                "authority_level": self.authority_level,
                "name": self.name,
                "date": self.date,
                "issuing_body": self.issuing_body
                or self.env["emulation.document.helper"].issuing_body(
                    self.authority_level
                ),
                "signer_name": self.signer_name,
                "year": self.proposal_id.year,
            },
            granted,
            refused,
        )
        if decision:
            return {
                "type": "ir.actions.act_window",
                "res_model": "commendation.decision",
                "res_id": decision.id,
                "view_mode": "form",
            }
        return {"type": "ir.actions.act_window_close"}
