from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EmulationCouncil(models.Model):
    _name = "emulation.council"
    _description = "Emulation and Commendation Council"
    _inherit = ["emulation.record.mixin", "mail.thread"]
    _order = "date_from desc, id desc"

    name = fields.Char(required=True, translate=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    decision_number = fields.Char(string="Establishing Decision", tracking=True)
    decision_date = fields.Date()
    legal_document_id = fields.Many2one(
        "emulation.legal.document", string="Establishing Document"
    )
    date_from = fields.Date(string="Valid From")
    date_to = fields.Date(string="Valid Until")
    regulation = fields.Html(string="Working Regulation")
    member_ids = fields.One2many(
        "emulation.council.member", "council_id", string="Members", copy=True
    )
    member_count = fields.Integer(
        string="Total Members",
        compute="_compute_member_count",
        help="Current members. Vote thresholds are computed on this total, "
        "not on the members present.",
    )
    quorum_numerator = fields.Integer(
        string="Quorum",
        default=2,
        required=True,
        help="A session can close only when at least this share of the "
        "council's members are present (written opinions do not count).",
    )
    quorum_denominator = fields.Integer(
        string="Quorum Out Of", default=3, required=True
    )
    quorum_note = fields.Char(
        default=lambda self: self.env._(
            "Local rule, not set by the Law: two thirds, as in Bắc Ninh's "
            "regulation (QĐ 86/2025/QĐ-UBND, Article 8). Set your council's own "
            "rule from its working regulation."
        ),
        help="Where the quorum comes from.",
    )
    chair_id = fields.Many2one("hr.employee", compute="_compute_roles")
    secretary_id = fields.Many2one("hr.employee", compute="_compute_roles")
    active = fields.Boolean(default=True)

    @api.depends("member_ids.date_from", "member_ids.date_to")
    def _compute_member_count(self):
        today = fields.Date.context_today(self)
        for council in self:
            council.member_count = len(council._get_members_on(today))

    @api.depends("member_ids.role", "member_ids.employee_id")
    def _compute_roles(self):
        today = fields.Date.context_today(self)
        for council in self:
            members = council._get_members_on(today)
            chairs = members.filtered(lambda m: m.role == "chair")
            secretaries = members.filtered(lambda m: m.role == "secretary")
            council.chair_id = chairs[:1].employee_id
            council.secretary_id = secretaries[:1].employee_id

    def _quorum_required(self, total):
        """Members who must be present for a session of ``total`` members."""
        self.ensure_one()
        if not self.quorum_denominator:
            return 0
        return -(-total * self.quorum_numerator // self.quorum_denominator)

    def _get_members_on(self, date):
        """Members of the council on ``date``."""
        self.ensure_one()
        return self.member_ids.filtered(lambda m: m._is_member_on(date))

    @api.constrains("quorum_numerator", "quorum_denominator")
    def _check_quorum(self):
        for council in self:
            if (
                council.quorum_denominator <= 0
                or not 0 <= council.quorum_numerator <= council.quorum_denominator
            ):
                raise ValidationError(
                    self.env._(
                        "The quorum of %(council)s must be a share between 0 and "
                        "1, e.g. 2 out of 3.",
                        council=council.name,
                    )
                )

    @api.constrains("member_ids", "date_from", "date_to")
    def _check_single_chair(self):
        self._check_date_order(
            "date_from",
            "date_to",
            lambda council: self.env._("The council cannot end before it starts."),
        )
        for council in self:
            chairs = council.member_ids.filtered(lambda m: m.role == "chair")
            for i, first in enumerate(chairs):
                for second in chairs[i + 1 :]:
                    if first._overlaps(second):
                        raise ValidationError(
                            self.env._(
                                "The council %(council)s cannot have two chairs "
                                "at the same time (%(first)s and %(second)s).",
                                council=council.name,
                                first=first.employee_id.name,
                                second=second.employee_id.name,
                            )
                        )
