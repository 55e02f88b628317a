from odoo import fields, models


class CommendationDossierLine(models.Model):
    """The announcements that made a proposed line public, and the comments
    its colleagues sent about it."""

    _inherit = "commendation.dossier.line"

    announcement_ids = fields.Many2many(
        "commendation.announcement",
        "commendation_announcement_line_rel",
        "line_id",
        "announcement_id",
        string="Announcements",
        readonly=True,
        copy=False,
    )
    announcement_comment_ids = fields.One2many(
        "commendation.announcement.comment", "line_id", string="Comments"
    )
