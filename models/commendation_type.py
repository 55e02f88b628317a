import math

from odoo import api, fields, models
from odoo.exceptions import ValidationError

AUTHORITY_LEVELS = [
    ("department", "Department Director"),
    ("city", "City People's Committee Chairman"),
    ("ministry", "Minister"),
    ("prime_minister", "Prime Minister"),
    ("president", "State President"),
]


class CommendationType(models.Model):
    _name = "commendation.type"
    _description = "Emulation Title or Commendation Form"
    _inherit = ["mail.thread"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True, tracking=True)
    code = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    category = fields.Selection(
        [("title", "Emulation Title"), ("form", "Commendation Form")],
        required=True,
        default="title",
        tracking=True,
    )
    recipient_kind = fields.Selection(
        [
            ("individual", "Individual"),
            ("collective", "Collective"),
            ("foreign_individual", "Foreign Individual"),
            ("foreign_collective", "Foreign Collective"),
        ],
        required=True,
        default="individual",
        tracking=True,
    )
    allow_collective = fields.Boolean(
        string="Also for Collectives",
        help="The form may be given to an individual or to a collective "
        "(e.g. a Certificate of Merit); the collective coefficient applies.",
    )
    authority = fields.Char(
        string="Deciding Authority",
        translate=True,
        help="Who signs the decision, e.g. Giám đốc Sở.",
    )
    authority_level = fields.Selection(
        AUTHORITY_LEVELS,
        required=True,
        default="department",
        tracking=True,
        help="When the deciding authority is above the Department Director, "
        "an approved dossier is proposed upwards before it is decided.",
    )
    legal_document_ids = fields.Many2many(
        "emulation.legal.document",
        string="Legal Bases",
    )
    coefficient_individual = fields.Float(
        string="Coefficient (Individual)",
        digits=(6, 2),
        tracking=True,
        help="Reward = coefficient × base salary in force on the decision date.",
    )
    coefficient_collective = fields.Float(
        string="Coefficient (Collective)", digits=(6, 2), tracking=True
    )
    vote_threshold = fields.Float(
        string="Council Threshold (%)",
        digits=(5, 2),
        tracking=True,
        help="Share of votes for needed, counted against the council's total "
        "number of members on the session's date (not those present). 0: "
        "no tally (e.g. Lao động tiên tiến, passed by the review).",
    )
    vote_rule = fields.Selection(
        [
            ("at_least", "At Least the Threshold"),
            ("more_than", "More Than the Threshold"),
        ],
        string="Threshold Rule",
        required=True,
        default="at_least",
        tracking=True,
        help="At least: votes for ≥ threshold × total members (e.g. 80 %). "
        "More than: votes for > threshold × total members, e.g. a plain "
        "majority (đa số: more than 50 %).",
    )
    secret_ballot = fields.Boolean(tracking=True)
    proposal_level = fields.Selection(
        [("city", "The City"), ("ministry", "The Ministry")],
        string="Proposed Through",
        compute="_compute_proposal_level",
        store=True,
        readonly=False,
        help="The body the Department sends its proposal to when the title or "
        "form is decided above the Director: the City for its own titles and "
        "forms and for those of the Prime Minister and the President, which "
        "it forwards; the Ministry for its own.",
    )
    required_document_kind_ids = fields.Many2many(
        "commendation.document.kind",
        string="Required Documents",
    )
    annual = fields.Boolean(
        string="Awarded Yearly",
        help="An annual title: one per recipient and year.",
    )
    prerequisite_type_ids = fields.Many2many(
        "commendation.type",
        "commendation_type_prerequisite_rel",
        "type_id",
        "prerequisite_id",
        string="Usual Prerequisites",
    )
    note = fields.Html(string="Criteria Summary", translate=True)
    criterion_ids = fields.One2many(
        "commendation.criterion",
        "type_id",
        string="Eligibility Criteria",
        context={"active_test": False},
        help="Lines of the same group are alternatives; every group must hold. "
        "Each line belongs to the legal version valid on its dates.",
    )
    verified = fields.Boolean(
        default=True,
        help="Unchecked when some fact of this type (coefficient, threshold, "
        "authority) is not verified in the legal text: the Office must check it.",
    )
    verification_note = fields.Text(
        help="What is not verified and where it comes from."
    )

    _sql_constraints = [
        (
            "code_uniq",
            "unique(code)",
            "The code of a commendation type must be unique.",
        ),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for ctype in self:
            ctype.display_name = ctype.name or ctype.code or ""

    @api.constrains(
        "vote_threshold", "coefficient_individual", "coefficient_collective"
    )
    def _check_numbers(self):
        for ctype in self:
            if not 0 <= ctype.vote_threshold <= 100:
                raise ValidationError(
                    self.env._("The council threshold must be between 0 and 100 %.")
                )
            if ctype.coefficient_individual < 0 or ctype.coefficient_collective < 0:
                raise ValidationError(
                    self.env._("A reward coefficient cannot be negative.")
                )

    @api.depends("authority_level")
    def _compute_proposal_level(self):
        for ctype in self:
            if ctype.authority_level == "department":
                ctype.proposal_level = False
            elif ctype.authority_level == "ministry":
                ctype.proposal_level = "ministry"
            else:
                ctype.proposal_level = "city"

    def _needs_higher_authority(self):
        self.ensure_one()
        return self.authority_level != "department"

    def _votes_required(self, total):
        """Votes for a line of this type needs, the council having ``total``
        members on the session's date; 0 when the type needs no tally."""
        self.ensure_one()
        if not self.vote_threshold:
            return 0
        share = round(self.vote_threshold * total / 100.0, 6)
        if self.vote_rule == "more_than":
            return math.floor(share) + 1
        return math.ceil(share)
