import datetime

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    # Header of the official documents (Nghị định 30/2020/NĐ-CP, Phụ lục I)
    emulation_parent_agency = fields.Char(
        string="Governing Agency",
        help="Cơ quan chủ quản, printed upper case above the issuing agency, "
        "e.g. UBND THÀNH PHỐ HẢI PHÒNG.",
    )
    emulation_agency_name = fields.Char(
        string="Issuing Agency",
        help="Cơ quan ban hành, printed in bold, e.g. SỞ NGOẠI VỤ.",
    )
    emulation_agency_code = fields.Char(
        string="Agency Abbreviation",
        help="Used in document numbers, e.g. NV in 13/KH-NV.",
    )
    emulation_place = fields.Char(
        string="Place Name",
        help="Địa danh of the place-and-date line, e.g. Hải Phòng.",
    )
    emulation_signer_title = fields.Char(
        string="Signer Title",
        help="Title of the head of the agency, e.g. GIÁM ĐỐC.",
    )
    emulation_signer_name = fields.Char(string="Signer Name")
    emulation_drafting_unit = fields.Char(
        string="Drafting Unit Abbreviation",
        help="Printed in the filing line of the recipients block "
        "(Lưu: VT, <unit>), e.g. VP.",
    )
    # Periodic reports (báo cáo sơ kết 6 tháng / tổng kết năm)
    emulation_semiannual_due_day = fields.Integer(
        string="Semiannual Report Day", default=15
    )
    emulation_semiannual_due_month = fields.Integer(
        string="Semiannual Report Month", default=6
    )
    emulation_annual_due_day = fields.Integer(string="Annual Report Day", default=1)
    emulation_annual_due_month = fields.Integer(
        string="Annual Report Month", default=12
    )
    emulation_report_partner_ids = fields.Many2many(
        "res.partner",
        "res_company_emulation_report_partner_rel",
        "company_id",
        "partner_id",
        string="Report Recipients",
        help="Bodies that receive the semiannual and annual reports.",
    )
    emulation_report_user_id = fields.Many2one(
        "res.users",
        string="Reports Responsible",
        help="Gets the activity to review and send each generated report. "
        "When empty, the first user of the Office group.",
    )
    emulation_report_auto_send = fields.Boolean(
        string="Send Reports Automatically",
        default=True,
        help="When the scheduler generates a periodic report, e-mail it at "
        "once to the recipients that have an address.",
    )
    # Public announcement (công khai) of the candidates
    emulation_announcement_days = fields.Integer(
        string="Announcement Window (working days)",
        default=10,
        help="Default number of working days during which an announced list "
        "of candidates stays open to comments. Decree 152/2025, Article 44(2) "
        "sets 10 working days for the highest titles; the agency sets its own "
        "rule for the others.",
    )

    @api.constrains(
        "emulation_semiannual_due_day",
        "emulation_semiannual_due_month",
        "emulation_annual_due_day",
        "emulation_annual_due_month",
    )
    def _check_emulation_due_dates(self):
        for company in self:
            for day, month in (
                (
                    company.emulation_semiannual_due_day,
                    company.emulation_semiannual_due_month,
                ),
                (company.emulation_annual_due_day, company.emulation_annual_due_month),
            ):
                try:
                    fields.Date.to_date(f"2023-{month:02d}-{day:02d}")
                except ValueError as error:
                    raise ValidationError(
                        self.env._(
                            "The due date %(day)s/%(month)s of a periodic report "
                            "is not a valid day of the year.",
                            day=day,
                            month=month,
                        )
                    ) from error

    @api.constrains("emulation_announcement_days")
    def _check_emulation_announcement_days(self):
        for company in self:
            if company.emulation_announcement_days < 1:
                raise ValidationError(
                    self.env._(
                        "The announcement window lasts at least one working day."
                    )
                )

    def _emulation_add_working_days(self, start, days):
        """The last day of a period of ``days`` working days that starts the
        day after ``start``: the first day is not counted (Civil Code 2015,
        Article 147), weekends and the public holidays entered on the
        company's working schedule (its global time off) are skipped."""
        self.ensure_one()
        start = fields.Date.to_date(start)
        if not start or not days or days < 1:
            return start
        calendar = self.sudo().resource_calendar_id
        first = start + datetime.timedelta(days=1)
        if not calendar:
            day, count = start, 0
            while count < days:
                day += datetime.timedelta(days=1)
                count += day.weekday() < 5
            return day
        tz = pytz.timezone(calendar.tz or "UTC")
        end = calendar.plan_days(
            days,
            tz.localize(datetime.datetime.combine(first, datetime.time.min)),
            compute_leaves=True,
        )
        return end.astimezone(tz).date() if end else False
