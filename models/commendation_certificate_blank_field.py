from odoo import api, fields, models
from odoo.exceptions import ValidationError

FIELD_KEYS = [
    ("name", "Name"),
    ("name_with_title", "Name with Mr/Ms (Ông/Bà)"),
    ("position", "Position"),
    ("unit", "Position and Unit"),
    ("type", "Title or Form"),
    ("reason", "Reason (Achievements)"),
    ("decision_number", "Decision Number"),
    ("decision_date", "Decision Date (dd/mm/yyyy)"),
    ("day", "Day of the Decision"),
    ("month", "Month of the Decision"),
    ("year", "Year of the Decision"),
    ("decision_line", "Decision Number and Date"),
    ("place", "Place"),
    ("place_date", "Place and Date"),
    ("gold_book", "Gold Book No."),
    ("authority", "Deciding Authority"),
    ("signer_title", "Signer's Title"),
    ("signer", "Signer"),
    ("text", "Fixed Text"),
]


class CommendationCertificateBlankField(models.Model):
    """One field printed on a blank, at a position in millimetres."""

    _name = "commendation.certificate.blank.field"
    _description = "Certificate Blank Field"
    _order = "blank_id, sequence, id"

    blank_id = fields.Many2one(
        "commendation.certificate.blank",
        required=True,
        ondelete="cascade",
        index=True,
    )
    sequence = fields.Integer(default=10)
    field_key = fields.Selection(FIELD_KEYS, string="Field", required=True)
    prefix = fields.Char(help="Printed before the value, e.g. “Số sổ vàng: ”.")
    text = fields.Char(string="Fixed Text", help="The text of a “Fixed Text” field.")
    x = fields.Float(
        string="X (mm)",
        digits=(16, 1),
        help="From the left edge of the sheet: where the text starts (left), "
        "its centre (center) or where it ends (right).",
    )
    y = fields.Float(
        string="Y (mm)",
        digits=(16, 1),
        help="From the top edge of the sheet to the baseline of the text (the "
        "dotted line of the blank it sits on).",
    )
    width = fields.Float(
        string="Width (mm)",
        digits=(16, 1),
        help="A longer text wraps into several lines (0: never wraps).",
    )
    line_height = fields.Float(
        string="Line Spacing (mm)",
        digits=(16, 1),
        help="Between the baselines of wrapped lines (0: 1.3 × the font size).",
    )
    align = fields.Selection(
        [("left", "Left"), ("center", "Center"), ("right", "Right")],
        required=True,
        default="left",
    )
    font_size = fields.Float(string="Size (pt)", default=14.0, digits=(16, 1))
    bold = fields.Boolean()
    italic = fields.Boolean()
    uppercase = fields.Boolean()
    color = fields.Selection(
        [("black", "Black"), ("red", "Red")], required=True, default="black"
    )

    @api.constrains("x", "y", "font_size", "width")
    def _check_position(self):
        for field in self:
            blank = field.blank_id
            if not (
                0 <= field.x <= blank.page_width and 0 <= field.y <= blank.page_height
            ):
                raise ValidationError(
                    self.env._(
                        "The field “%(field)s” at (%(x)s, %(y)s) mm is outside the "
                        "blank “%(blank)s” (%(width)s × %(height)s mm).",
                        field=dict(FIELD_KEYS).get(field.field_key, field.field_key),
                        x=field.x,
                        y=field.y,
                        blank=blank.name,
                        width=blank.page_width,
                        height=blank.page_height,
                    )
                )
            if not 4 <= field.font_size <= 72 or field.width < 0:
                raise ValidationError(
                    self.env._(
                        "A printed field has a size between 4 and 72 pt and a "
                        "width of 0 or more."
                    )
                )

    def _item(self, values):
        """What blank_pdf draws for this field, with the values of an award."""
        self.ensure_one()
        if self.field_key == "text":
            text = self.text or ""
        else:
            text = values.get(self.field_key) or ""
        if text and self.prefix:
            text = self.prefix + text
        if self.uppercase:
            text = text.upper()
        return {
            "text": text,
            "x": self.x,
            "y": self.y,
            "width": self.width,
            "line_height": self.line_height,
            "align": self.align,
            "size": self.font_size,
            "bold": self.bold,
            "italic": self.italic,
            "color": self.color,
        }

    @api.model
    def _award_values(self, awards):
        """{award id: {field key: text}}: what a certificate says, as the
        designed certificate (report_award_certificate_page) says it."""
        helper = self.env["emulation.document.helper"]
        result = {}
        for award in awards:
            agency = helper._agency(award.company_id)
            date = award.decision_date
            employee = award.employee_id
            if employee:
                position = employee.job_title or ""
                unit = ", ".join(
                    part
                    for part in (position, award.employee_department_id.name)
                    if part
                )
                name_with_title = "%s: %s" % (
                    helper.person_title(employee),
                    award.recipient_name or "",
                )
            elif award.department_id:
                position = ""
                unit = award.department_id.parent_id.name or helper.sentence_case(
                    agency["name"]
                )
                name_with_title = award.recipient_name or ""
            else:
                partner = award.partner_id.sudo()
                position = partner.function or ""
                unit = ", ".join(
                    part
                    for part in (
                        position,
                        partner.parent_id.name,
                        partner.country_id.name,
                    )
                    if part
                )
                name_with_title = award.recipient_name or ""
            decision_line = ""
            if award.decision_number or date:
                decision_line = "Số quyết định: %s" % (award.decision_number or "")
                if date:
                    decision_line += ", ngày %s tháng %s năm %s" % (
                        helper.day_text(date),
                        helper.month_text(date),
                        date.year,
                    )
            result[award.id] = {
                "name": award.recipient_name or "",
                "name_with_title": name_with_title,
                "position": position,
                "unit": unit,
                "type": helper.cert_title(award.type_id),
                "reason": award.achievements
                or "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %s"
                % award.year,
                "decision_number": award.decision_number or "",
                "decision_date": helper.date_text(date),
                "day": helper.day_text(date) if date else "",
                "month": helper.month_text(date) if date else "",
                "year": str(date.year) if date else str(award.year or ""),
                "decision_line": decision_line,
                "place": agency["place"],
                "place_date": helper.date_line(date, award.company_id),
                "gold_book": award.gold_book_number or "",
                "authority": (
                    award.authority or helper.cert_authority(award.company_id)
                ).upper(),
                "signer_title": agency["signer_title"],
                "signer": award.signer or agency["signer_name"],
            }
        return result
