from odoo import fields, models


class CommendationDocumentKind(models.Model):
    _name = "commendation.document.kind"
    _description = "Dossier Document Kind"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)
    ad_hoc_required = fields.Boolean(
        string="Required in Ad Hoc Dossiers",
        help="Required for every proposal of an ad hoc dossier: the "
        "confirmation of the achievement by a competent body (Law on "
        "Emulation and Commendation, Article 84).",
    )

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a document kind must be unique."),
    ]
