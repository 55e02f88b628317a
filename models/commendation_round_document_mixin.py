from odoo import api, models
from odoo.exceptions import UserError


class CommendationRoundDocumentMixin(models.AbstractModel):
    """What a decision and a proposal upwards do alike: a draft document of
    the round holding dossier lines (``line_ids``, whose ``_round_line_field``
    points back to it) at one level (``authority_level``), sent to the
    Director for signature, locked once past draft but for its signed scan
    and notes, deleted only as a draft.

    Each model names its wording in :meth:`_round_texts` and says which lines
    it takes in :meth:`_round_line_refused` and :meth:`_round_line_level`."""

    _name = "commendation.round.document.mixin"
    _description = "Round Document (Decision or Proposal)"
    _inherit = "emulation.state.guard.mixin"

    # The field of commendation.dossier.line pointing to the document.
    _round_line_field = None
    # What may still change once the document is past draft.
    _round_free_fields = ("signed_file", "signed_file_name", "note")

    def _round_transitions(self, sign_activity, sign_summary, edit_label):
        """The transitions every round document has: the Office sends the
        draft to the Director for signature (``sign_activity``: activity type,
        ``sign_summary``: its summary) and changes its lines (``edit_label``)
        while it is a draft."""
        office = ("group_office",)
        who = self.env._("the Office")
        return {
            "request_signature": {
                "label": self.env._("Send to the Director"),
                "from": ("draft",),
                "to": None,
                "groups": office,
                "who": who,
                "activity": (sign_activity, "_director_users", sign_summary),
            },
            "edit_lines": {
                "label": edit_label,
                "from": ("draft",),
                "to": None,
                "groups": office,
                "who": who,
            },
        }

    def _round_texts(self):
        """The model's wording, translated: ``draft_name``, ``locked``,
        ``undeletable`` and ``empty`` are functions of a document, ``missing``
        of a document and keyword values (action, missing);
        ``not_addable`` (lines) and ``wrong_level`` (level, lines, type,
        other) functions of keyword values; ``no_level`` (the other level's
        name when a line has none) and ``add_title`` strings."""
        return {}

    def _round_line_refused(self, line):
        """Whether ``line`` cannot be added to this document."""
        return True

    def _round_line_level(self, line):
        """(level, title or form) by which ``line`` belongs to a level."""
        return line.authority_level, line.decided_type_id

    # ------------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------------
    @api.depends("name", "state")
    def _compute_display_name(self):
        draft_name = self._round_texts()["draft_name"]
        for document in self:
            document.display_name = document.name or draft_name(document).strip()

    def write(self, vals):
        self._workflow_guard_write(
            vals, self._round_texts().get("locked"), free=self._round_free_fields
        )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        self._workflow_refuse(
            lambda document: document.state != "draft",
            self._round_texts().get("undeletable"),
        )
        self.line_ids._workflow_write({self._round_line_field: False})

    # ------------------------------------------------------------------
    # Lines
    # ------------------------------------------------------------------
    def _check_line_levels(self, lines):
        self.ensure_one()
        labels = dict(self._fields["authority_level"]._description_selection(self.env))
        wrong = lines.filtered(
            lambda line: self._round_line_level(line)[0] != self.authority_level
        )
        if wrong:
            texts = self._round_texts()
            level, ctype = self._round_line_level(wrong[0])
            raise UserError(
                texts["wrong_level"](
                    level=labels.get(self.authority_level),
                    lines=", ".join(wrong.mapped("display_name")),
                    type=ctype.name,
                    other=labels.get(level) or texts.get("no_level"),
                )
            )

    def action_add_lines(self, lines):
        self.ensure_one()
        lines = self._workflow_records(lines)
        self._workflow_check("edit_lines")
        self._check_line_levels(lines)
        bad = lines.filtered(self._round_line_refused)
        if bad:
            raise UserError(
                self._round_texts()["not_addable"](
                    lines=", ".join(bad.mapped("display_name"))
                )
            )
        lines._workflow_write({self._round_line_field: self.id})
        return True

    def action_remove_lines(self, lines):
        self.ensure_one()
        lines = self._workflow_records(lines)
        self._workflow_check("edit_lines")
        field = self._round_line_field
        lines.filtered(lambda line: line[field] == self)._workflow_write({field: False})
        return True

    def action_open_add_wizard(self):
        self.ensure_one()
        return self._workflow_dialog(
            "edit_lines",
            "commendation.round.add.wizard",
            self._round_texts()["add_title"],
            {f"default_{self._round_line_field}": self.id},
        )

    def _round_check_ready(self, action, required):
        """Before ``action``: the fields ``required`` (``(field, label)``
        pairs) are filled in, the document has lines, all of its level."""
        self.ensure_one()
        missing = [label for field, label in required if not self[field]]
        if missing:
            raise UserError(
                self._round_texts()["missing"](
                    self,
                    action=self._workflow(action)["label"],
                    missing=", ".join(missing),
                )
            )
        self._round_check_lines()
        self._check_line_levels(self.line_ids)

    def _round_check_lines(self):
        self._workflow_refuse(
            lambda document: not document.line_ids, self._round_texts()["empty"]
        )

    def action_request_signature(self):
        self._round_check_lines()
        return self._workflow_move(
            "request_signature",
            message=self.env._("Draft sent to the Director for signature."),
        )
