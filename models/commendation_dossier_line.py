from odoo import api, fields, models


class CommendationDossierLine(models.Model):
    _name = "commendation.dossier.line"
    _description = "Proposed Recipient"
    _order = "dossier_id, sequence, id"

    dossier_id = fields.Many2one(
        "commendation.dossier",
        string="Dossier",
        required=True,
        ondelete="cascade",
        index=True,
    )
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="dossier_id.company_id", store=True)
    year = fields.Integer(related="dossier_id.year", store=True)
    dossier_kind = fields.Selection(related="dossier_id.kind")
    dossier_state = fields.Selection(related="dossier_id.state", store=True)
    employee_id = fields.Many2one("hr.employee", string="Employee", index=True)
    department_id = fields.Many2one("hr.department", string="Collective", index=True)
    partner_id = fields.Many2one("res.partner", string="Foreign Recipient", index=True)
    nationality_id = fields.Many2one("res.country", string="Nationality")
    organisation = fields.Char()
    recipient_name = fields.Char(
        string="Recipient", compute="_compute_recipient_name", store=True
    )
    type_id = fields.Many2one(
        "commendation.type", string="Title / Form", required=True, index=True
    )
    achievements = fields.Text()
    eligibility_state = fields.Selection(
        [
            ("eligible", "Eligible"),
            ("not_eligible", "Not Eligible"),
            ("unknown", "To Judge"),
        ],
        default="unknown",
    )
    eligibility_note = fields.Text()
    votes_for = fields.Integer()
    votes_against = fields.Integer()
    vote_passed = fields.Boolean()
    award_id = fields.Many2one("commendation.award", string="Award", readonly=True)

    @api.depends("employee_id.name", "department_id.name", "partner_id.name")
    def _compute_recipient_name(self):
        for line in self:
            line.recipient_name = (
                line.employee_id.name or line.department_id.name or line.partner_id.name
            )
