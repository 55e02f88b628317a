from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .commendation_dossier import DOSSIER_KINDS

# Context key set by the award's own methods to let them change ``state``.
AWARD_STATE_CONTEXT = "commendation_award_state_change"


class CommendationAward(models.Model):
    _name = "commendation.award"
    _description = "Decided Award"
    _inherit = ["commendation.recipient.mixin", "emulation.year.mixin", "mail.thread"]
    _order = "decision_date desc, id desc"
    _rec_names_search = ["gold_book_number", "decision_number", "recipient_name"]

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: (
            self.env.ref("base.VND", raise_if_not_found=False)
            or self.env.company.currency_id
        ),
    )
    employee_id = fields.Many2one(
        "hr.employee",
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Collective",
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The collective awarded (leave empty for an individual).",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Foreign Recipient",
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    employee_department_id = fields.Many2one(
        "hr.department",
        string="Employee's Department",
        compute="_compute_employee_department_id",
        store=True,
        index=True,
        help="The department of the employee when the award was recorded "
        "(or the collective itself).",
    )
    type_id = fields.Many2one(
        "commendation.type",
        string="Title / Form",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    category = fields.Selection(related="type_id.category", store=True)
    kind = fields.Selection(
        DOSSIER_KINDS, string="Award Kind", default="annual", index=True
    )
    decision_number = fields.Char(tracking=True)
    decision_date = fields.Date(tracking=True, index=True)
    authority = fields.Char(string="Issuing Authority")
    signer = fields.Char()
    dossier_id = fields.Many2one(
        "commendation.dossier", index=True, ondelete="restrict"
    )
    dossier_line_id = fields.Many2one(
        "commendation.dossier.line",
        index=True,
        ondelete="restrict",
    )
    initiative_ids = fields.Many2many(
        "emulation.initiative",
        "commendation_award_initiative_rel",
        "award_id",
        "initiative_id",
        string="Initiatives Used as Grounds",
        help="An initiative grounds one award only.",
    )
    achievements = fields.Text()
    reward_amount = fields.Monetary(currency_field="currency_id", tracking=True)
    gold_book_number = fields.Char(
        string="Gold Book No.",
        readonly=True,
        copy=False,
        index=True,
        help="Number in the agency's Gold Book (sổ vàng), given on creation.",
    )
    state = fields.Selection(
        [("valid", "Valid"), ("revoked", "Revoked")],
        required=True,
        default="valid",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    revoke_reason = fields.Text(readonly=True, copy=False, tracking=True)
    revoke_date = fields.Date(readonly=True, copy=False)
    revoked_by_id = fields.Many2one("res.users", readonly=True, copy=False)

    _sql_constraints = [
        (
            "gold_book_number_uniq",
            "unique(company_id, gold_book_number)",
            "A Gold Book number is given only once.",
        ),
    ]

    @api.depends("employee_id.department_id", "department_id")
    def _compute_employee_department_id(self):
        for award in self:
            if award.department_id:
                award.employee_department_id = award.department_id
            elif not award.employee_department_id:
                award.employee_department_id = award.employee_id.department_id

    @api.depends("recipient_name", "type_id", "year", "gold_book_number")
    def _compute_display_name(self):
        for award in self:
            award.display_name = " - ".join(
                part
                for part in (
                    award.type_id.name,
                    award.recipient_name,
                    str(award.year or ""),
                )
                if part
            )

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("employee_id", "department_id", "partner_id")
    def _check_one_recipient(self):
        for award in self:
            count = (
                bool(award.employee_id)
                + bool(award.department_id)
                + bool(award.partner_id)
            )
            if count != 1:
                raise ValidationError(
                    self.env._(
                        "An award goes to exactly one recipient: an employee, "
                        "a department or a foreign partner."
                    )
                )

    @api.constrains("employee_id", "department_id", "partner_id", "type_id", "year")
    def _check_duplicate(self):
        valid = self.filtered(lambda a: a.state == "valid")
        if not valid:
            return
        domain = [
            ("state", "=", "valid"),
            ("type_id", "in", valid.type_id.ids),
            ("year", "in", list(set(valid.mapped("year")))),
        ]
        others = self.sudo().search(domain)
        seen = {}
        for other in others:
            seen.setdefault(other._duplicate_key(), []).append(other)
        for award in valid:
            if len(seen.get(award._duplicate_key(), [])) > 1:
                raise ValidationError(
                    self.env._(
                        "%(recipient)s already holds a valid award “%(type)s” for "
                        "%(year)s: the same title or form cannot be awarded twice "
                        "to the same recipient for the same year.",
                        recipient=award.recipient_name,
                        type=award.type_id.name,
                        year=award.year,
                    )
                )

    def _duplicate_key(self):
        self.ensure_one()
        return (
            self.type_id.id,
            self.year,
            self.employee_id.id,
            self.department_id.id if not self.employee_id else False,
            self.partner_id.id,
        )

    @api.constrains("initiative_ids", "state")
    def _check_initiatives_used_once(self):
        initiatives = self.filtered(lambda a: a.state == "valid").initiative_ids
        if not initiatives:
            return
        groups = self.sudo()._read_group(
            [("state", "=", "valid"), ("initiative_ids", "in", initiatives.ids)],
            ["initiative_ids"],
            ["__count"],
        )
        for initiative, count in groups:
            if initiative in initiatives and count > 1:
                raise ValidationError(
                    self.env._(
                        "The initiative “%(initiative)s” already grounds another "
                        "valid award: an initiative grounds one award only.",
                        initiative=initiative.name,
                    )
                )

    # ------------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("state", "valid") != "valid" and not (
                self.env.context.get(AWARD_STATE_CONTEXT) or self.env.su
            ):
                raise UserError(self.env._("A new award is always valid."))
            if not vals.get("gold_book_number"):
                vals["gold_book_number"] = self.env["ir.sequence"].next_by_code(
                    "commendation.award.gold_book"
                )
        return super().create(vals_list)

    def write(self, vals):
        protected = {"state", "revoke_reason", "revoke_date", "revoked_by_id"}
        if protected & set(vals) and not (
            self.env.context.get(AWARD_STATE_CONTEXT) or self.env.su
        ):
            raise UserError(
                self.env._(
                    "The state of an award cannot be edited directly: use "
                    "“Revoke” with a reason."
                )
            )
        if "gold_book_number" in vals and not self.env.su:
            raise UserError(self.env._("The Gold Book number cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if self:
            raise UserError(
                self.env._(
                    "A decided award is never deleted: revoke it with a reason "
                    "instead (Law on Emulation and Commendation, Article 93)."
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def _check_can_revoke(self):
        if not (
            self.env.user.has_group("emulation_commendation.group_office")
            or self.env.user.has_group("emulation_commendation.group_director")
        ):
            raise UserError(
                self.env._("Only the Office or the Director can revoke an award.")
            )
        not_valid = self.filtered(lambda a: a.state != "valid")
        if not_valid:
            raise UserError(
                self.env._(
                    "Only a valid award can be revoked: %(awards)s is already revoked.",
                    awards=", ".join(not_valid.mapped("display_name")),
                )
            )

    def action_revoke(self):
        """Open the revocation wizard (a reason is mandatory)."""
        self._check_can_revoke()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Revoke Award"),
            "res_model": "commendation.award.revoke.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_award_ids": self.ids},
        }

    def _revoke(self, reason, date=None):
        self._check_can_revoke()
        if not (reason or "").strip():
            raise UserError(
                self.env._("A reason is required to revoke an award (Article 93).")
            )
        date = date or fields.Date.context_today(self)
        self.with_context(**{AWARD_STATE_CONTEXT: True}).write(
            {
                "state": "revoked",
                "revoke_reason": reason,
                "revoke_date": date,
                "revoked_by_id": self.env.uid,
            }
        )
        for award in self:
            award.message_post(
                body=self.env._(
                    "Award revoked on %(date)s. Reason: %(reason)s",
                    date=date,
                    reason=reason,
                )
            )
        return True
