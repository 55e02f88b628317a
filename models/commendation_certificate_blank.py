from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..reports import blank_pdf

PAPER_SIZES = {"a4": (210.0, 297.0), "a3": (297.0, 420.0), "a5": (148.0, 210.0)}

# A Giấy khen on an A4 landscape blank (297 × 210 mm): where the fields of a
# new blank start (x, y of the baseline in mm, see reports/blank_pdf.py).
DEFAULT_FIELDS = [
    # key, x, y, width, align, size, bold, italic, prefix
    ("name_with_title", 148.5, 112.0, 240.0, "center", 20.0, True, False, ""),
    ("unit", 148.5, 124.0, 240.0, "center", 15.0, False, False, ""),
    ("reason", 148.5, 136.0, 230.0, "center", 15.0, False, True, ""),
    ("decision_line", 25.0, 178.0, 0.0, "left", 12.0, True, True, ""),
    ("gold_book", 25.0, 185.0, 0.0, "left", 12.0, True, True, "Số sổ vàng: "),
    ("place_date", 215.0, 158.0, 0.0, "center", 14.0, True, True, ""),
    ("signer_title", 215.0, 166.0, 120.0, "center", 14.0, True, False, ""),
    ("signer", 215.0, 196.0, 0.0, "center", 14.0, True, False, ""),
]


class CommendationCertificateBlank(models.Model):
    """A pre-printed blank (phôi) bought by the agency for a title or form:
    its paper and where each field is printed on it."""

    _name = "commendation.certificate.blank"
    _description = "Certificate Blank"
    _inherit = ["mail.thread"]
    _order = "name, id"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    type_ids = fields.Many2many(
        "commendation.type",
        "commendation_certificate_blank_type_rel",
        "blank_id",
        "type_id",
        string="Titles and Forms",
        help="The titles and forms whose certificates are printed on this blank.",
    )
    paper_size = fields.Selection(
        [("a4", "A4"), ("a3", "A3"), ("a5", "A5"), ("custom", "Custom")],
        required=True,
        default="a4",
    )
    orientation = fields.Selection(
        [("landscape", "Landscape"), ("portrait", "Portrait")],
        required=True,
        default="landscape",
    )
    page_width = fields.Float(
        string="Width (mm)",
        compute="_compute_page_size",
        store=True,
        readonly=False,
        digits=(16, 1),
    )
    page_height = fields.Float(
        string="Height (mm)",
        compute="_compute_page_size",
        store=True,
        readonly=False,
        digits=(16, 1),
    )
    offset_x = fields.Float(
        string="Printer Offset X (mm)",
        digits=(16, 1),
        tracking=True,
        help="Added to every horizontal position: a printer that prints 2 mm "
        "too far right needs -2.",
    )
    offset_y = fields.Float(
        string="Printer Offset Y (mm)",
        digits=(16, 1),
        tracking=True,
        help="Added to every vertical position: a printer that prints 1.5 mm "
        "too low needs -1.5.",
    )
    field_ids = fields.One2many(
        "commendation.certificate.blank.field",
        "blank_id",
        string="Printed Fields",
        copy=True,
        default=lambda self: self._default_field_commands(),
    )
    note = fields.Text()

    @api.model
    def _default_field_commands(self):
        return [
            fields.Command.create(
                {
                    "sequence": index,
                    "field_key": key,
                    "x": x,
                    "y": y,
                    "width": width,
                    "align": align,
                    "font_size": size,
                    "bold": bold,
                    "italic": italic,
                    "prefix": prefix,
                }
            )
            for index, (key, x, y, width, align, size, bold, italic, prefix) in (
                enumerate(DEFAULT_FIELDS, start=1)
            )
        ]

    @api.depends("paper_size", "orientation")
    def _compute_page_size(self):
        for blank in self:
            if blank.paper_size == "custom":
                if not blank.page_width or not blank.page_height:
                    blank.page_width, blank.page_height = 297.0, 210.0
                continue
            short, long = PAPER_SIZES.get(blank.paper_size, PAPER_SIZES["a4"])
            if blank.orientation == "landscape":
                blank.page_width, blank.page_height = long, short
            else:
                blank.page_width, blank.page_height = short, long

    @api.constrains("page_width", "page_height")
    def _check_page_size(self):
        for blank in self:
            if not (50 <= blank.page_width <= 600 and 50 <= blank.page_height <= 600):
                raise ValidationError(
                    self.env._(
                        "The blank “%(blank)s” measures %(width)s × %(height)s mm: "
                        "a sheet is between 50 and 600 mm on each side.",
                        blank=blank.name,
                        width=blank.page_width,
                        height=blank.page_height,
                    )
                )

    @api.constrains("type_ids", "active", "company_id")
    def _check_one_blank_per_type(self):
        for blank in self.filtered("active"):
            others = self.search(
                [
                    ("id", "!=", blank.id),
                    ("company_id", "=", blank.company_id.id),
                    ("type_ids", "in", blank.type_ids.ids),
                ]
            )
            if others:
                shared = blank.type_ids & others.type_ids
                raise ValidationError(
                    self.env._(
                        "“%(type)s” is already printed on the blank “%(other)s”: a "
                        "title or form has one blank.",
                        type=shared[:1].name,
                        other=others[:1].name,
                    )
                )

    # ------------------------------------------------------------------
    # Printing
    # ------------------------------------------------------------------
    def _check_can_print(self):
        if not (
            self.env.su
            or self.env.user.has_group("emulation_commendation.group_office")
        ):
            raise AccessError(
                self.env._("Only the Office prints certificates on blanks.")
            )

    def _pdf(self, pages, grid=False, notes=None, title=""):
        self.ensure_one()
        try:
            return blank_pdf.render(
                self.page_width,
                self.page_height,
                pages,
                offset=(self.offset_x, self.offset_y),
                grid=grid,
                title=title or self.name,
                notes=notes,
            )
        except blank_pdf.BlankFontMissing as error:
            raise UserError(str(error)) from None

    def _items(self, values):
        """The fields of this blank filled with the values of one award."""
        self.ensure_one()
        return [field._item(values) for field in self.field_ids]

    def _render_calibration_pdf(self):
        """One page per blank: a millimetre grid and every field at its
        place (printer offset included), with sample text."""
        self._check_can_print()
        documents = []
        for blank in self:
            sample = blank._sample_values()
            notes = [
                self.env._(
                    "Calibration of “%(blank)s”: %(width)s × %(height)s mm, printer "
                    "offset X %(x)s mm, Y %(y)s mm.",
                    blank=blank.name,
                    width=blank.page_width,
                    height=blank.page_height,
                    x=blank.offset_x,
                    y=blank.offset_y,
                ),
                self.env._(
                    "Print at actual size (no fit to page). The ruler above measures "
                    "100 mm; the centre of each cross is 20 mm from the nearest "
                    "edges."
                ),
                self.env._(
                    "Lay the sheet on the blank against the light: each red dashed "
                    "line is where a field sits. Move a field by its X and Y, or "
                    "every field by the printer offset."
                ),
            ]
            documents.append(blank._pdf([blank._items(sample)], grid=True, notes=notes))
        return self._merge(documents)

    @api.model
    def _merge(self, documents):
        if len(documents) == 1:
            return documents[0]
        from odoo.tools.pdf import merge_pdf

        return merge_pdf(documents)

    def _sample_values(self):
        """What the calibration sheet prints in each field: the field's name."""
        labels = dict(
            self.env["commendation.certificate.blank.field"]
            ._fields["field_key"]
            ._description_selection(self.env)
        )
        return {key: "[%s]" % label for key, label in labels.items()}

    @api.model
    def _blank_for_types(self, types, company):
        blanks = self.search(
            [("type_ids", "in", types.ids), ("company_id", "=", company.id)]
        )
        return {
            ctype: blanks.filtered(lambda b, t=ctype: t in b.type_ids)[:1]
            for ctype in types
        }

    @api.model
    def _render_awards_pdf(self, awards):
        """The certificates of these awards, each on the blank of its title or
        form, at true size (one page per award, in the given order)."""
        self._check_can_print()
        awards = awards.filtered(lambda a: a.state == "valid")
        if not awards:
            raise UserError(self.env._("There is no valid award to print."))
        missing = self.env["commendation.type"]
        documents = []
        blanks = {}
        for company in awards.company_id:
            company_awards = awards.filtered(lambda a, c=company: a.company_id == c)
            blanks[company] = self._blank_for_types(company_awards.type_id, company)
        for award in awards:
            blank = blanks[award.company_id].get(award.type_id)
            if not blank:
                missing |= award.type_id
        if missing:
            raise UserError(
                self.env._(
                    "No blank is set up for %(types)s: add one in Commendation › "
                    "Certificate Blanks, or print the designed certificate instead.",
                    types=", ".join("“%s”" % name for name in missing.mapped("name")),
                )
            )
        values = self.env["commendation.certificate.blank.field"]._award_values(awards)
        # consecutive awards on the same blank make one PDF; blanks may differ
        # in size, so each run of the same blank is rendered on its own
        runs = []
        for award in awards:
            blank = blanks[award.company_id][award.type_id]
            if runs and runs[-1][0] == blank:
                runs[-1][1].append(values[award.id])
            else:
                runs.append((blank, [values[award.id]]))
        for blank, award_values in runs:
            documents.append(blank._pdf([blank._items(item) for item in award_values]))
        return self._merge(documents)

    def action_print_calibration(self):
        self._check_can_print()
        return self.env.ref(
            "emulation_commendation.action_report_certificate_blank_calibration"
        ).report_action(self)
