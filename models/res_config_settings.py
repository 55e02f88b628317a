from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    emulation_task_reminder_days = fields.Integer(
        string="Task Reminder (days)",
        config_parameter="emulation_commendation.task_reminder_days",
        default=7,
        help="How many days before a plan task's deadline the heads of the "
        "responsible departments get an activity.",
    )
    emulation_parent_agency = fields.Char(
        related="company_id.emulation_parent_agency", readonly=False
    )
    emulation_agency_name = fields.Char(
        related="company_id.emulation_agency_name", readonly=False
    )
    emulation_agency_code = fields.Char(
        related="company_id.emulation_agency_code", readonly=False
    )
    emulation_place = fields.Char(related="company_id.emulation_place", readonly=False)
    emulation_signer_title = fields.Char(
        related="company_id.emulation_signer_title", readonly=False
    )
    emulation_signer_name = fields.Char(
        related="company_id.emulation_signer_name", readonly=False
    )
    emulation_drafting_unit = fields.Char(
        related="company_id.emulation_drafting_unit", readonly=False
    )
    emulation_semiannual_due_day = fields.Integer(
        related="company_id.emulation_semiannual_due_day", readonly=False
    )
    emulation_semiannual_due_month = fields.Integer(
        related="company_id.emulation_semiannual_due_month", readonly=False
    )
    emulation_annual_due_day = fields.Integer(
        related="company_id.emulation_annual_due_day", readonly=False
    )
    emulation_annual_due_month = fields.Integer(
        related="company_id.emulation_annual_due_month", readonly=False
    )
    emulation_report_partner_ids = fields.Many2many(
        related="company_id.emulation_report_partner_ids", readonly=False
    )
    emulation_report_user_id = fields.Many2one(
        related="company_id.emulation_report_user_id", readonly=False
    )
    emulation_report_auto_send = fields.Boolean(
        related="company_id.emulation_report_auto_send", readonly=False
    )
    emulation_announcement_days = fields.Integer(
        related="company_id.emulation_announcement_days", readonly=False
    )
    emulation_deadline_reminder_days = fields.Integer(
        string="Deadline Reminder (days)",
        config_parameter="emulation_commendation.deadline_reminder_days",
        default=7,
        help="How many days before each date of the year's calendar (ratings, "
        "units' proposals, announcement, session, decisions, proposals "
        "upwards, reports) the Office gets an activity.",
    )
