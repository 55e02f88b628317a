from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Context key of the moves the system records for the decisions.
SYSTEM_CONTEXT = "commendation_fund_system_move"
# What a decision's own movement keeps editable by hand.
FREE_FIELDS = {"document_ref", "document_file", "document_filename", "note"}

MOVE_KINDS = [
    ("receipt", "Receipt"),
    ("expense", "Expense"),
    ("reversal", "Reversal of an Expense"),
]


class CommendationFundMove(models.Model):
    """A receipt (allocation) or an expense of the fund. The rewards of a
    decision issued by the agency's head are one expense recorded by the
    system and linked to the decision; cancelling the decision records its
    reversal. Other movements are entered by the Office with their
    document."""

    _name = "commendation.fund.move"
    _description = "Fund Movement"
    _order = "date desc, id desc"

    fund_id = fields.Many2one(
        "commendation.fund",
        required=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one(related="fund_id.company_id", store=True)
    year = fields.Integer(related="fund_id.year", store=True, string="Fund Year")
    currency_id = fields.Many2one(related="fund_id.currency_id")
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    kind = fields.Selection(MOVE_KINDS, required=True, default="receipt", index=True)
    amount = fields.Monetary(required=True, currency_field="currency_id")
    signed_amount = fields.Monetary(
        string="Effect on the Balance",
        compute="_compute_signed_amount",
        store=True,
        currency_field="currency_id",
        help="The amount with its sign: receipts and reversals add to the "
        "balance, expenses take from it.",
    )
    description = fields.Char(required=True)
    decision_id = fields.Many2one(
        "commendation.decision",
        index=True,
        readonly=True,
        ondelete="restrict",
        help="The decision whose rewards this movement pays (recorded by the "
        "system when the decision is issued).",
    )
    reversed_move_id = fields.Many2one(
        "commendation.fund.move",
        string="Reverses",
        readonly=True,
        ondelete="restrict",
    )
    is_automatic = fields.Boolean(
        string="Recorded by the System", compute="_compute_is_automatic", store=True
    )
    overspent = fields.Boolean(
        readonly=True,
        help="This expense took the fund's balance below zero.",
    )
    document_ref = fields.Char(
        string="Document No.",
        help="Number of the voucher or the allocation decision (chứng từ).",
    )
    document_file = fields.Binary(string="Document", attachment=True)
    document_filename = fields.Char()
    note = fields.Text()

    @api.depends("kind", "amount")
    def _compute_signed_amount(self):
        for move in self:
            sign = -1 if move.kind == "expense" else 1
            move.signed_amount = sign * move.amount

    @api.depends("decision_id")
    def _compute_is_automatic(self):
        for move in self:
            move.is_automatic = bool(move.decision_id)

    @api.depends("description", "date", "kind")
    def _compute_display_name(self):
        for move in self:
            move.display_name = "%s - %s" % (
                move.date and move.date.strftime("%d/%m/%Y") or "",
                move.description or "",
            )

    # ------------------------------------------------------------------
    # Constraints and ORM
    # ------------------------------------------------------------------
    @api.constrains("amount")
    def _check_amount(self):
        for move in self:
            if move.amount <= 0:
                raise ValidationError(
                    self.env._(
                        "The amount of a fund movement is positive: %(move)s.",
                        move=move.display_name,
                    )
                )

    @api.constrains("kind", "decision_id", "document_ref", "document_file")
    def _check_document(self):
        for move in self:
            if move.kind == "reversal" and not move.reversed_move_id:
                raise ValidationError(
                    self.env._(
                        "A reversal is recorded by the system when a decision is "
                        "cancelled; enter a receipt instead."
                    )
                )
            if (
                move.kind == "expense"
                and not move.decision_id
                and not (move.document_ref or move.document_file)
            ):
                raise ValidationError(
                    self.env._(
                        "An expense entered by hand needs its document: give the "
                        "voucher's number or attach it (%(move)s).",
                        move=move.display_name,
                    )
                )

    def _system(self):
        return self.env.su or self.env.context.get(SYSTEM_CONTEXT)

    @api.model_create_multi
    def create(self, vals_list):
        if not self._system():
            for vals in vals_list:
                if (
                    vals.get("decision_id")
                    or vals.get("reversed_move_id")
                    or vals.get("overspent")
                ):
                    raise UserError(
                        self.env._(
                            "The rewards of a decision are recorded by the system "
                            "when the decision is issued."
                        )
                    )
        return super().create(vals_list)

    def write(self, vals):
        if not self._system():
            if {"decision_id", "reversed_move_id", "overspent"} & set(vals):
                raise UserError(
                    self.env._(
                        "The link between a movement and its decision is kept by "
                        "the system."
                    )
                )
            locked = self.filtered(lambda m: m.decision_id or m.reversed_move_id)
            if locked and set(vals) - FREE_FIELDS:
                raise UserError(
                    self.env._(
                        "%(move)s was recorded for a decision: only its document "
                        "and note can be changed; cancel the decision to reverse "
                        "it.",
                        move=locked[0].display_name,
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_manual_only(self):
        if self.env.su:
            return
        for move in self:
            if move.decision_id or move.reversed_move_id:
                raise UserError(
                    self.env._(
                        "%(move)s was recorded for a decision: it is never "
                        "deleted; cancelling the decision reverses it.",
                        move=move.display_name,
                    )
                )
