from odoo import api, fields, models


class CommendationRecipientMixin(models.AbstractModel):
    """Who receives a commendation: an employee, a department (a collective)
    or a partner (a foreign individual or organisation). Shared by the
    proposed recipients of a dossier and the awards decided for them."""

    _name = "commendation.recipient.mixin"
    _description = "Commendation Recipient"

    employee_id = fields.Many2one("hr.employee", index=True, ondelete="restrict")
    department_id = fields.Many2one("hr.department", index=True, ondelete="restrict")
    partner_id = fields.Many2one("res.partner", index=True, ondelete="restrict")
    recipient_name = fields.Char(
        string="Recipient", compute="_compute_recipient_name", store=True
    )
    recipient_kind = fields.Selection(
        [
            ("individual", "Individual"),
            ("collective", "Collective"),
            ("foreign", "Foreign Recipient"),
        ],
        compute="_compute_recipient_name",
        store=True,
    )

    @api.depends("employee_id.name", "department_id.name", "partner_id.name")
    def _compute_recipient_name(self):
        for record in self:
            if record.employee_id:
                record.recipient_name = record.employee_id.name
                record.recipient_kind = "individual"
            elif record.department_id:
                record.recipient_name = record.department_id.name
                record.recipient_kind = "collective"
            elif record.partner_id:
                record.recipient_name = record.partner_id.name
                record.recipient_kind = "foreign"
            else:
                record.recipient_name = False
                record.recipient_kind = False
