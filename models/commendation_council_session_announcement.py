from odoo import models


class CommendationCouncilSession(models.Model):
    """A session does not close while a colleague's comment on a candidate
    of its agenda is unanswered."""

    _inherit = "commendation.council.session"

    def _close_blockers(self):
        blockers = super()._close_blockers()
        comments = (
            self.env["commendation.announcement.comment"]
            .sudo()
            .search(
                [
                    ("line_id", "in", self.line_ids.ids),
                    ("line_id.state", "=", "on_agenda"),
                    ("state", "=", "open"),
                ]
            )
        )
        if comments:
            blockers.append(
                self.env._(
                    "an objection about %(candidates)s is still unanswered (public "
                    "announcement %(announcements)s): the Office answers it first",
                    candidates=", ".join(comments.line_id.mapped("display_name")),
                    announcements=", ".join(
                        comments.announcement_id.mapped("display_name")
                    ),
                )
            )
        return blockers
