from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EmulationLegalDocument(models.Model):
    _name = "emulation.legal.document"
    _description = "Legal Document"
    _inherit = ["emulation.import.mixin", "emulation.record.mixin", "mail.thread"]
    _order = "date_issued desc, id desc"
    _import_natural_key = ("number", "doc_type")
    _import_aliases = {
        "doc_type": {
            "Luật": "law",
            "Nghị định": "decree",
            "Thông tư": "circular",
            "Quyết định": "decision",
            "Chỉ thị": "directive",
            "Kế hoạch": "plan",
            "Quy định": "regulation",
            "Công văn": "official_letter",
            "Khác": "other",
        },
        "state": {"Còn hiệu lực": "in_force", "Hết hiệu lực": "repealed"},
    }
    _rec_names_search = ["number", "name"]

    number = fields.Char(
        required=True,
        tracking=True,
        help="Number and symbol, e.g. 152/2025/NĐ-CP or 13/KH-NV.",
    )
    name = fields.Char(string="Title", required=True, tracking=True)
    doc_type = fields.Selection(
        [
            ("law", "Law"),
            ("decree", "Decree"),
            ("circular", "Circular"),
            ("decision", "Decision"),
            ("directive", "Directive"),
            ("plan", "Plan"),
            ("regulation", "Regulation"),
            ("official_letter", "Official Letter"),
            ("other", "Other"),
        ],
        string="Document Type",
        required=True,
        default="decision",
    )
    issuer = fields.Char(help="Issuing authority, e.g. Quốc hội, Chính phủ.")
    date_issued = fields.Date()
    date_effective = fields.Date(string="Effective From")
    date_expiry = fields.Date(
        string="Effective Until",
        help="Last day in force, when the document was repealed or replaced.",
    )
    state = fields.Selection(
        [("in_force", "In Force"), ("repealed", "Repealed"), ("draft", "Draft")],
        default="in_force",
        required=True,
        tracking=True,
    )
    replaced_by_id = fields.Many2one(
        "emulation.legal.document",
        ondelete="set null",
        tracking=True,
    )
    replaces_ids = fields.One2many(
        "emulation.legal.document",
        "replaced_by_id",
    )
    url = fields.Char(string="Link")
    note = fields.Text()
    verified = fields.Boolean(
        default=True,
        help="Unchecked when a fact of this record (date, title) could not be "
        "verified in the official text; the Office should check it.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "number_uniq",
            "unique(number, doc_type)",
            "A legal document with this number already exists.",
        ),
    ]

    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "van_ban_can_cu.xlsx",
                self.env._("Import Template for Legal Documents"),
            )
        ]

    @api.depends("number", "name")
    def _compute_display_name(self):
        for doc in self:
            doc.display_name = (
                f"{doc.number} - {doc.name}" if doc.number else (doc.name or "")
            )

    @api.constrains("date_effective", "date_expiry", "replaced_by_id")
    def _check_dates(self):
        self._check_date_order(
            "date_effective",
            "date_expiry",
            lambda doc: self.env._(
                "The document %(number)s cannot stop being in force "
                "before it takes effect.",
                number=doc.number,
            ),
        )
        for doc in self:
            if doc.replaced_by_id == doc:
                raise ValidationError(self.env._("A document cannot replace itself."))

    def is_in_force_on(self, date):
        """Return whether the document applies on ``date``."""
        self.ensure_one()
        if self.date_effective and date < self.date_effective:
            return False
        return not (self.date_expiry and date > self.date_expiry)
