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
