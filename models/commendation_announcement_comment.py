from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# What the author may still change while the comment is unanswered.
AUTHOR_FIELDS = {"body"}


class CommendationAnnouncementComment(models.Model):
    """A comment or an objection of a colleague about an announced candidate.
    Only its author, the Office and the council see it; the Office answers
    it: the candidate is kept, or the objection is upheld and the candidate
    dropped from the round with the answer as the reason."""

    _name = "commendation.announcement.comment"
    _description = "Comment on an Announced Candidate"
    _inherit = ["emulation.state.guard.mixin"]
    _order = "create_date desc, id desc"
    _rec_name = "entry_id"

    announcement_id = fields.Many2one(
        "commendation.announcement",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="announcement_id.company_id", store=True)
    entry_id = fields.Many2one(
        "commendation.announcement.entry",
        string="Candidate",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('announcement_id', '=', announcement_id)]",
    )
    line_id = fields.Many2one(
        "commendation.dossier.line",
        string="Proposed Line",
        compute="_compute_line_id",
        compute_sudo=True,
        store=True,
        index=True,
        ondelete="cascade",
    )
    recipient_name = fields.Char(
        related="entry_id.recipient_name", string="Name of the Candidate"
    )
    type_id = fields.Many2one(related="entry_id.type_id", string="Title / Form")
    line_state = fields.Selection(
        related="line_id.state", string="Candidate's State", related_sudo=False
    )
    author_id = fields.Many2one(
        "res.users",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.user,
    )
    body = fields.Text(string="Comment", required=True)
    answer = fields.Text(
        help="The Office's answer, read by the author; when the objection is "
        "upheld, it is the reason the candidate is dropped."
    )
    answered_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    answer_date = fields.Date(readonly=True, copy=False)
    state = fields.Selection(
        [
            ("open", "Unanswered"),
            ("kept", "Answered: Candidate Kept"),
            ("upheld", "Upheld: Candidate Dropped"),
        ],
        required=True,
        default="open",
        readonly=True,
        copy=False,
        index=True,
    )
    can_keep = fields.Boolean(compute="_compute_workflow_can")
    can_uphold = fields.Boolean(compute="_compute_workflow_can")

    @api.depends("entry_id")
    def _compute_line_id(self):
        for comment in self:
            comment.line_id = comment.entry_id.line_id

    @api.depends("entry_id.recipient_name")
    def _compute_display_name(self):
        for comment in self:
            comment.display_name = self.env._(
                "Comment on %(candidate)s",
                candidate=comment.entry_id.recipient_name or "-",
            )

    # ------------------------------------------------------------------
    # Constraints and ORM
    # ------------------------------------------------------------------
    @api.constrains("entry_id", "announcement_id")
    def _check_line_announced(self):
        for comment in self.sudo():
            if comment.entry_id.announcement_id != comment.announcement_id:
                raise ValidationError(
                    self.env._(
                        "%(candidate)s is not on the list of %(announcement)s.",
                        candidate=comment.entry_id.recipient_name,
                        announcement=comment.announcement_id.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        # A proposed line stands for its entry on the published list.
        Entry = self.env["commendation.announcement.entry"].sudo()
        default_announcement = self.env.context.get("default_announcement_id")
        for vals in vals_list:
            if vals.get("line_id") and not vals.get("entry_id"):
                vals["entry_id"] = Entry.search(
                    [
                        (
                            "announcement_id",
                            "=",
                            vals.get("announcement_id") or default_announcement,
                        ),
                        ("line_id", "=", vals.pop("line_id")),
                    ],
                    limit=1,
                ).id
        unlocked = self._workflow_unlocked()
        if not unlocked:
            for vals in vals_list:
                vals["author_id"] = self.env.uid
                vals.pop("answer", None)
        comments = super().create(vals_list)
        if not unlocked:
            for announcement in comments.sudo().announcement_id:
                refusal = announcement._comment_refusal()
                if refusal:
                    raise UserError(refusal)
        return comments

    def write(self, vals):
        if not self._workflow_unlocked():
            fields_written = set(vals)
            office = self._workflow_user_in(("group_office",))
            for comment in self:
                if comment.state != "open":
                    raise UserError(
                        self.env._(
                            "%(comment)s has been answered: it cannot be changed "
                            "any more.",
                            comment=comment.display_name,
                        )
                    )
                if office:
                    continue
                if fields_written - AUTHOR_FIELDS or comment.author_id != self.env.user:
                    raise UserError(
                        self.env._(
                            "Only its author changes a comment, and only its "
                            "text; the Office writes the answer."
                        )
                    )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_open_own(self):
        if self.env.su:
            return
        for comment in self:
            if comment.state != "open":
                raise UserError(
                    self.env._(
                        "%(comment)s has been answered: it is kept.",
                        comment=comment.display_name,
                    )
                )

    # ------------------------------------------------------------------
    # Answers
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who = self.env._("the Office")
        return {
            "keep": {
                "label": self.env._("Keep the Candidate"),
                "from": ("open",),
                "to": "kept",
                "groups": office,
                "who": who,
            },
            "uphold": {
                "label": self.env._("Uphold and Drop the Candidate"),
                "from": ("open",),
                "to": "upheld",
                "groups": office,
                "who": who,
            },
        }

    def _check_answer(self, action):
        for comment in self:
            if not (comment.answer or "").strip():
                raise UserError(
                    self.env._(
                        "%(action)s: write the answer to %(comment)s first; its "
                        "author reads it.",
                        action=self._workflow(action)["label"],
                        comment=comment.display_name,
                    )
                )

    def _answer_vals(self):
        return {
            "answered_by_id": self.env.uid,
            "answer_date": fields.Date.context_today(self),
        }

    def action_keep(self):
        self._workflow_check("keep")
        self._check_answer("keep")
        self._workflow_move("keep", self._answer_vals())
        self._notify_authors()
        return True

    def action_uphold(self):
        self._workflow_check("uphold")
        self._check_answer("uphold")
        for comment in self:
            line = comment.sudo().line_id.with_env(self.env)
            if line.state != "dropped":
                line.action_drop(
                    reason=self.env._(
                        "Objection upheld after the public announcement: %(answer)s",
                        answer=comment.answer.strip(),
                    )
                )
        # Other unanswered comments on the same candidates are settled with it.
        others = self.search(
            [
                ("line_id", "in", self.line_id.ids),
                ("state", "=", "open"),
                ("id", "not in", self.ids),
            ]
        )
        self._workflow_move("uphold", self._answer_vals())
        for comment in self:
            same = others.filtered(lambda o, c=comment: o.line_id == c.line_id)
            same._workflow_write(
                dict(self._answer_vals(), state="upheld", answer=comment.answer)
            )
        (self | others)._notify_authors()
        return True

    def _notify_authors(self):
        """Tell each author the answer (in their Odoo inbox)."""
        for comment in self.sudo():
            partner = comment.author_id.partner_id
            if not partner:
                continue
            comment.announcement_id.message_notify(
                partner_ids=partner.ids,
                subject=self.env._("Answer to your comment"),
                body=self.env._(
                    "Your comment on %(candidate)s: %(state)s. %(answer)s",
                    candidate=comment.entry_id.recipient_name,
                    state=comment._workflow_state_label(),
                    answer=comment.answer or "",
                ),
            )
