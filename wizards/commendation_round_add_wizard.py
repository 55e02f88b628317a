from odoo import api, fields, models


class CommendationRoundAddWizard(models.TransientModel):
    """Adds passed lines to a draft decision or a draft proposal upwards."""

    _name = "commendation.round.add.wizard"
    _description = "Add Recipients to a Decision or Proposal"

    decision_id = fields.Many2one("commendation.decision", ondelete="cascade")
    proposal_id = fields.Many2one("commendation.proposal", ondelete="cascade")
    type_id = fields.Many2one(
        "commendation.type",
        string="Title / Form",
        help="Only the lines of this title or form.",
    )
    candidate_line_ids = fields.Many2many(
        "commendation.dossier.line",
        "commendation_round_add_wizard_candidate_rel",
        compute="_compute_candidate_line_ids",
    )
    line_ids = fields.Many2many(
        "commendation.dossier.line",
        string="Recipients",
        domain="[('id', 'in', candidate_line_ids)]",
    )

    def _target(self):
        self.ensure_one()
        return self.decision_id or self.proposal_id

    @api.depends("decision_id", "proposal_id", "type_id")
    def _compute_candidate_line_ids(self):
        Line = self.env["commendation.dossier.line"]
        for wizard in self:
            target = wizard._target()
            if not target:
                wizard.candidate_line_ids = Line
                continue
            domain = target._candidate_line_domain()
            if wizard.type_id:
                domain.append(("decided_type_id", "=", wizard.type_id.id))
            wizard.candidate_line_ids = Line.search(domain)

    def action_confirm(self):
        self.ensure_one()
        self._target().action_add_lines(self.line_ids)
        return {"type": "ir.actions.act_window_close"}

    def action_add_all(self):
        self.ensure_one()
        self._target().action_add_lines(self.candidate_line_ids)
        return {"type": "ir.actions.act_window_close"}
