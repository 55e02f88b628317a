from odoo import fields, models


class CommendationDossierDocument(models.Model):
    _name = "commendation.dossier.document"
    _description = "Dossier Document"
    _order = "dossier_id, kind_id, id"

    dossier_id = fields.Many2one(
        "commendation.dossier", required=True, ondelete="cascade", index=True
    )
    kind_id = fields.Many2one(
        "commendation.document.kind", string="Document Kind", required=True
    )
    line_id = fields.Many2one(
        "commendation.dossier.line",
        string="Candidate",
        domain="[('dossier_id', '=', dossier_id)]",
        ondelete="set null",
        help="The candidate the document is about (e.g. his or her signed "
        "achievement report), when it is not about the whole dossier.",
    )
    name = fields.Char(string="Description")
    file = fields.Binary(attachment=True, required=True)
    file_name = fields.Char()
    date = fields.Date(default=fields.Date.context_today)
