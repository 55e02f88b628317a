from odoo import api, fields, models
from odoo.exceptions import UserError

# Context key set by the action_* methods to let them change ``state``.
DOSSIER_STATE_CONTEXT = "commendation_dossier_state_change"

DOSSIER_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("verified", "Verified"),
    ("council", "At the Council"),
    ("approved", "Approved"),
    ("proposed", "Proposed Upwards"),
    ("decided", "Decided"),
    ("returned", "Returned"),
    ("rejected", "Rejected"),
    ("cancelled", "Cancelled"),
]

DOSSIER_KINDS = [
    ("annual", "Annual (Merit)"),
    ("thematic", "Thematic / Campaign"),
    ("ad_hoc", "Ad Hoc"),
    ("dedication", "Dedication"),
    ("foreign", "Foreign Affairs"),
]


class CommendationDossier(models.Model):
    _name = "commendation.dossier"
    _description = "Award Proposal Dossier"
    _inherit = ["emulation.year.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "year desc, id desc"

    name = fields.Char(
        string="Number",
        required=True,
        readonly=True,
        copy=False,
        default=lambda self: self.env._("New"),
        index="trigram",
    )
    title = fields.Char(string="Subject", tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    kind = fields.Selection(
        DOSSIER_KINDS, required=True, default="annual", tracking=True
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Proposing Unit",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user.employee_id.department_id,
    )
    user_id = fields.Many2one(
        "res.users",
        string="Prepared By",
        default=lambda self: self.env.user,
        tracking=True,
    )
    date = fields.Date(
        string="Proposal Date", default=fields.Date.context_today, tracking=True
    )
    council_id = fields.Many2one("emulation.council", string="Council", tracking=True)
    council_date = fields.Date(string="Council Meeting Date", tracking=True)
    present_member_ids = fields.Many2many(
        "emulation.council.member",
        "commendation_dossier_council_member_rel",
        "dossier_id",
        "member_id",
        string="Members Present",
    )
    council_member_total = fields.Integer(
        string="Council Total Members",
        compute="_compute_council_member_total",
        help="Members of the council on the meeting date: vote thresholds are "
        "counted against this total, not against those present.",
    )
    line_ids = fields.One2many(
        "commendation.dossier.line", "dossier_id", string="Proposed Recipients"
    )
    line_count = fields.Integer(
        string="Recipients", compute="_compute_line_stats", store=True
    )
    warning_count = fields.Integer(
        string="Eligibility Warnings", compute="_compute_line_stats", store=True
    )
    state = fields.Selection(
        DOSSIER_STATES,
        required=True,
        default="draft",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        group_expand=True,
    )
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    reject_reason = fields.Text(readonly=True, copy=False, tracking=True)
    decision_number = fields.Char(copy=False, tracking=True)
    decision_date = fields.Date(copy=False, tracking=True)
    decision_authority = fields.Char(copy=False)
    decision_signer = fields.Char(copy=False)
    decision_attachment_id = fields.Many2one(
        "ir.attachment", string="Signed Decision", copy=False
    )
    award_ids = fields.One2many("commendation.award", "dossier_id", string="Awards")
    note = fields.Html()

    @api.depends("line_ids", "line_ids.eligibility_state")
    def _compute_line_stats(self):
        for dossier in self:
            dossier.line_count = len(dossier.line_ids)
            dossier.warning_count = len(
                dossier.line_ids.filtered(lambda l: l.eligibility_state != "eligible")
            )

    @api.depends("council_id", "council_date")
    def _compute_council_member_total(self):
        for dossier in self:
            dossier.council_member_total = dossier._get_council_member_total()

    def _get_council_member_total(self):
        self.ensure_one()
        if not self.council_id:
            return 0
        date = self.council_date or fields.Date.context_today(self)
        return len(self.council_id._get_members_on(date))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("state", "draft") != "draft" and not (
                self.env.context.get(DOSSIER_STATE_CONTEXT) or self.env.su
            ):
                raise UserError(self.env._("A new dossier starts as a draft."))
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "commendation.dossier"
                ) or self.env._("New")
        return super().create(vals_list)

    def write(self, vals):
        if "state" in vals and not (
            self.env.context.get(DOSSIER_STATE_CONTEXT) or self.env.su
        ):
            raise UserError(
                self.env._(
                    "The state of a dossier cannot be edited directly: use the "
                    "buttons (submit, verify, approve...)."
                )
            )
        return super().write(vals)
