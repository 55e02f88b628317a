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

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a document kind must be unique."),
    ]
