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

    def action_comment_on_announcement(self):
        """The comment form for this candidate, from an announcement's list
        (the announcement comes in the context)."""
        self.ensure_one()
        announcement = self.env["commendation.announcement"].browse(
            self.env.context.get("announcement_id")
        )
        if not announcement:
            announcement = self.announcement_ids.filtered(
                lambda a: a.state == "published"
            )[:1]
        return announcement.action_open_comment_form(line_id=self.id)
