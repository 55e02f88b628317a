from odoo import api, fields, models


class CommendationAnnouncementEntry(models.Model):
    """A candidate as the announcement published it: name, position, unit,
    title and achievements copied from the proposed line when the list is
    made public. Every civil servant reads these (the published notice),
    not the proposed lines themselves (eligibility notes, votes...)."""

    _name = "commendation.announcement.entry"
    _description = "Announced Candidate"
    _order = "announcement_id, sequence, id"
    _rec_name = "recipient_name"

    announcement_id = fields.Many2one(
        "commendation.announcement", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    line_id = fields.Many2one(
        "commendation.dossier.line",
        string="Proposed Line",
        required=True,
        index=True,
        ondelete="cascade",
    )
    recipient_name = fields.Char(string="Candidate", readonly=True)
    recipient_job_title = fields.Char(string="Position", readonly=True)
    recipient_unit_name = fields.Char(string="Unit", readonly=True)
    recipient_kind = fields.Selection(
        [
            ("individual", "Individual"),
            ("collective", "Collective"),
            ("foreign", "Foreign Recipient"),
        ],
        readonly=True,
    )
    type_id = fields.Many2one(
        "commendation.type", string="Title / Form", readonly=True, ondelete="restrict"
    )
    achievements = fields.Text(readonly=True)
    proposing_unit_name = fields.Char(string="Proposed By", readonly=True)
    is_withdrawn = fields.Boolean(
        string="Withdrawn",
        compute="_compute_is_withdrawn",
        compute_sudo=True,
        help="The candidate was dropped from the round after the announcement.",
    )

    @api.depends("line_id.state")
    def _compute_is_withdrawn(self):
        for entry in self:
            entry.is_withdrawn = entry.line_id.state == "dropped"

    @api.model
    def _vals_from_lines(self, announcement, lines):
        return [
            {
                "announcement_id": announcement.id,
                "sequence": index,
                "line_id": line.id,
                "recipient_name": line.recipient_name,
                "recipient_job_title": line.recipient_job_title,
                "recipient_unit_name": line.recipient_unit_name,
                "recipient_kind": line.recipient_kind,
                "type_id": line.type_id.id,
                "achievements": line.achievements,
                "proposing_unit_name": line.proposing_department_id.name,
            }
            for index, line in enumerate(lines, 1)
        ]

    def action_comment(self):
        """The comment form for this candidate."""
        self.ensure_one()
        return self.announcement_id.action_open_comment_form(entry=self)
