from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommendationRecipientMixin(models.AbstractModel):
    """Who receives a commendation: an employee, a department (a collective)
    or a partner (a foreign individual or organisation). Shared by the
    proposed recipients of a dossier and the awards decided for them.

    The recipient's name, position and unit are kept as they were when the
    commendation was decided: a record whose :meth:`_recipient_frozen` says
    so keeps them when the person or the unit is renamed or moved later."""

    _name = "commendation.recipient.mixin"
    _description = "Commendation Recipient"

    employee_id = fields.Many2one("hr.employee", index=True, ondelete="restrict")
    department_id = fields.Many2one("hr.department", index=True, ondelete="restrict")
    partner_id = fields.Many2one("res.partner", index=True, ondelete="restrict")
    recipient_name = fields.Char(
        string="Recipient",
        compute="_compute_recipient_name",
        store=True,
        readonly=False,
    )
    recipient_job_title = fields.Char(
        string="Recipient's Position",
        compute="_compute_recipient_name",
        store=True,
        readonly=False,
    )
    recipient_unit_name = fields.Char(
        string="Recipient's Unit",
        compute="_compute_recipient_name",
        store=True,
        readonly=False,
    )
    # A compute of its own: a record created with its snapshot given (an
    # award issued from its line) gets its kind all the same.
    recipient_kind = fields.Selection(
        [
            ("individual", "Individual"),
            ("collective", "Collective"),
            ("foreign", "Foreign Recipient"),
        ],
        compute="_compute_recipient_kind",
        store=True,
    )

    @api.depends("employee_id", "department_id", "partner_id")
    def _compute_recipient_kind(self):
        for record in self:
            if record.employee_id:
                record.recipient_kind = "individual"
            elif record.department_id:
                record.recipient_kind = "collective"
            elif record.partner_id:
                record.recipient_kind = "foreign"
            else:
                record.recipient_kind = False

    def _check_single_recipient(self, message):
        """Each record names exactly one recipient (an employee, a
        department or a partner); else ``message``."""
        for record in self:
            if (
                bool(record.employee_id)
                + bool(record.department_id)
                + bool(record.partner_id)
            ) != 1:
                raise ValidationError(message)

    def _recipient_frozen(self):
        """True when this record keeps the recipient as it was (decided)."""
        return False

    @api.depends(
        "employee_id.name",
        "employee_id.job_title",
        "employee_id.department_id.name",
        "department_id.name",
        "department_id.parent_id.name",
        "partner_id.name",
        "partner_id.function",
        "partner_id.parent_id.name",
    )
    def _compute_recipient_name(self):
        for record in self:
            if record._recipient_frozen():
                origin = record._origin
                record.recipient_name = origin.recipient_name
                record.recipient_job_title = origin.recipient_job_title
                record.recipient_unit_name = origin.recipient_unit_name
                continue
            if record.employee_id:
                employee = record.employee_id
                record.recipient_name = employee.name
                record.recipient_job_title = employee.job_title or False
                record.recipient_unit_name = employee.department_id.name or False
            elif record.department_id:
                record.recipient_name = record.department_id.name
                record.recipient_job_title = False
                record.recipient_unit_name = (
                    record.department_id.parent_id.name or False
                )
            elif record.partner_id:
                partner = record.partner_id
                record.recipient_name = partner.name
                record.recipient_job_title = partner.function or False
                record.recipient_unit_name = partner.parent_id.name or False
            else:
                record.recipient_name = False
                record.recipient_job_title = False
                record.recipient_unit_name = False
