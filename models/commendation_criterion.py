from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .emulation_discipline import DISCIPLINE_FORMS
from .emulation_initiative import INITIATIVE_LEVELS
from .emulation_rating_mixin import RATINGS

CRITERION_KINDS = [
    ("rating_min", "Rating of the Year at Least"),
    ("rating_consecutive", "Rating at Least, N Consecutive Years"),
    ("rating_count", "Rating at Least, K Times in N Years"),
    ("title_consecutive", "Title Held N Consecutive Years"),
    ("title_count", "Title Held K Times in N Years"),
    ("holds_type", "Holds Title or Form"),
    ("initiatives", "Recognised Initiatives"),
    ("collective_share", "Collective: Share of Members Holding a Title"),
    ("collective_all_rating_min", "Collective: Every Member Rated at Least"),
    ("collective_one_holds", "Collective: One Member Holds a Title"),
    ("no_discipline", "No Discipline of a Form or Heavier"),
    ("service_years", "Years of Service (Men / Women)"),
    ("judgment", "Left to the Council's Judgment"),
    ("manual", "Checked by Hand"),
]

# Kinds that only make sense for a collective recipient (a department).
COLLECTIVE_KINDS = {
    "collective_share",
    "collective_all_rating_min",
    "collective_one_holds",
}
# Kinds that only make sense for an individual recipient (an employee).
INDIVIDUAL_KINDS = {"initiatives", "service_years"}
# The options that tie the lines of one route together around a run of
# consecutive years (e.g. "holds a Certificate of Merit, then 5 or more
# consecutive years rated Well Completed, in that time 3 Grassroots
# Emulation Fighter titles"), and the kinds each applies to.
RUN_OPTION_KINDS = {
    "precedes_run": {"holds_type"},
    "open_run": {"rating_consecutive", "title_consecutive"},
    "within_run": {"rating_count", "title_count", "initiatives"},
}


class CommendationCriterion(models.Model):
    """One eligibility criterion of a title or form, for one legal version.

    The lines of a type with the same ``group`` are alternatives (OR); the
    groups must all hold (AND). Inside a group, lines sharing a non-zero
    ``alternative`` form one route whose lines must all hold (e.g. "2 years
    rated Excellent *and* 2 initiatives" as an alternative to "2 consecutive
    Grassroots Emulation Fighter titles").
    """

    _name = "commendation.criterion"
    _description = "Eligibility Criterion"
    _inherit = ["emulation.record.mixin"]
    _order = "type_id, date_from, group, alternative, sequence, id"

    name = fields.Char(
        string="Description",
        translate=True,
        help="What the criterion asks, in plain words; used in the sentence "
        "of judgment and manual criteria.",
    )
    type_id = fields.Many2one(
        "commendation.type",
        string="Title / Form",
        required=True,
        ondelete="cascade",
        index=True,
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    group = fields.Integer(
        default=1,
        required=True,
        help="Lines of the same group are alternatives (one must hold); "
        "every group must hold.",
    )
    alternative = fields.Integer(
        default=0,
        help="Inside a group, lines with the same non-zero number form one "
        "route: they must all hold together. 0: the line is a route alone.",
    )
    kind = fields.Selection(CRITERION_KINDS, required=True)
    recipient = fields.Selection(
        [
            ("any", "Any Recipient"),
            ("individual", "Individuals"),
            ("collective", "Collectives"),
        ],
        default="any",
        required=True,
        help="For forms given to individuals and collectives alike: the "
        "recipients this criterion applies to.",
    )
    outside_annual = fields.Boolean(
        string="Outside the Annual Review Only",
        help="A route for thematic, ad hoc and other non-annual dossiers "
        "(e.g. an outstanding achievement in a movement). It is not "
        "considered in the annual (merit) review.",
    )
    rating = fields.Selection(RATINGS, string="Minimum Rating")
    years = fields.Integer(
        string="Years (N)",
        help="Number of years up to the year reviewed; for service, the "
        "years required of men.",
    )
    years_women = fields.Integer(string="Years for Women")
    count = fields.Integer(string="Count (K)")
    level = fields.Selection(INITIATIVE_LEVELS, string="Minimum Initiative Level")
    percent = fields.Float(string="Share of Members (%)", digits=(5, 2))
    ref_type_ids = fields.Many2many(
        "commendation.type",
        "commendation_criterion_ref_type_rel",
        "criterion_id",
        "type_id",
        string="Titles / Forms Required",
        help="Any of these counts.",
    )
    discipline_form = fields.Selection(
        DISCIPLINE_FORMS,
        string="Discipline Form or Heavier",
    )
    precedes_run = fields.Boolean(
        string="Comes First",
        help="For “Holds Title or Form”: the award comes first, and the "
        "years of the other lines of the route are counted after the latest "
        "such award (the achievements it rewarded are not counted again).",
    )
    open_run = fields.Boolean(
        string="Or More",
        help="For consecutive years: the whole unbroken run of qualifying "
        "years up to the year reviewed is the period considered, at least N "
        "years and possibly more (“liên tục từ 05 năm trở lên”).",
    )
    within_run = fields.Boolean(
        string="In That Time",
        help="Counted within the run of consecutive years of the same route "
        "(“trong thời gian đó”) instead of the last N years.",
    )
    document_kind_ids = fields.Many2many(
        "commendation.document.kind",
        "commendation_criterion_document_kind_rel",
        "criterion_id",
        "kind_id",
        string="Proof Documents",
        help="Documents that prove this criterion: the dossier requires them "
        "when the route of this line is the ground used for the proposal.",
    )
    legal_document_id = fields.Many2one(
        "emulation.legal.document",
        string="Legal Version",
        ondelete="restrict",
        help="The decree (or other text) whose rules this line encodes.",
    )
    article = fields.Char(
        help="Article of the law the criterion comes from, e.g. Luật 06/2022, Điều 24."
    )
    date_from = fields.Date(
        string="Valid From",
        help="First date of the rules this line belongs to (empty: always).",
    )
    date_to = fields.Date(
        string="Valid Until",
        help="Last date of the rules this line belongs to (empty: still in force).",
    )

    @api.constrains(
        "kind", "rating", "years", "years_women", "count", "percent", "ref_type_ids"
    )
    def _check_parameters(self):
        needs = {
            "rating_min": ("rating",),
            "rating_consecutive": ("rating", "years"),
            "rating_count": ("rating", "years", "count"),
            "title_consecutive": ("ref_type_ids", "years"),
            "title_count": ("ref_type_ids", "years", "count"),
            "holds_type": ("ref_type_ids",),
            "initiatives": ("count",),
            "collective_share": ("ref_type_ids", "percent"),
            "collective_all_rating_min": ("rating",),
            "collective_one_holds": ("ref_type_ids",),
            "no_discipline": ("discipline_form",),
            "service_years": ("years", "years_women"),
        }
        labels = {
            "rating": self.env._("Minimum Rating"),
            "years": self.env._("Years (N)"),
            "years_women": self.env._("Years for Women"),
            "count": self.env._("Count (K)"),
            "percent": self.env._("Share of Members (%)"),
            "ref_type_ids": self.env._("Titles / Forms Required"),
            "discipline_form": self.env._("Discipline Form or Heavier"),
        }
        for criterion in self:
            missing = [
                labels[name]
                for name in needs.get(criterion.kind, ())
                if not criterion[name]
            ]
            if missing:
                raise ValidationError(
                    self.env._(
                        "The criterion “%(kind)s” of %(type)s needs: %(fields)s.",
                        kind=dict(CRITERION_KINDS)[criterion.kind],
                        type=criterion.type_id.display_name,
                        fields=", ".join(missing),
                    )
                )
            if criterion.years < 0 or criterion.count < 0 or criterion.years_women < 0:
                raise ValidationError(
                    self.env._("Years and counts of a criterion cannot be negative.")
                )
            if not 0 <= criterion.percent <= 100:
                raise ValidationError(
                    self.env._("A share of members must be between 0 and 100 %.")
                )

    @api.constrains("kind", "precedes_run", "open_run", "within_run")
    def _check_run_options(self):
        labels = {
            "precedes_run": self.env._("Comes First"),
            "open_run": self.env._("Or More"),
            "within_run": self.env._("In That Time"),
        }
        for criterion in self:
            for option, kinds in RUN_OPTION_KINDS.items():
                if criterion[option] and criterion.kind not in kinds:
                    raise ValidationError(
                        self.env._(
                            "“%(option)s” does not apply to the criterion "
                            "“%(kind)s” of %(type)s.",
                            option=labels[option],
                            kind=dict(CRITERION_KINDS)[criterion.kind],
                            type=criterion.type_id.display_name,
                        )
                    )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        self._check_date_order(
            "date_from",
            "date_to",
            lambda criterion: self.env._(
                "A criterion cannot stop applying (%(end)s) before it "
                "starts (%(start)s).",
                end=criterion.date_to,
                start=criterion.date_from,
            ),
        )

    @api.depends("kind", "name", "type_id")
    def _compute_display_name(self):
        self._set_display_name_with_label(
            "kind", lambda criterion, kind: criterion.name or kind
        )

    def _applies_on(self, date):
        """Whether this line belongs to the rules in force on ``date``."""
        self.ensure_one()
        return (not self.date_from or self.date_from <= date) and (
            not self.date_to or date <= self.date_to
        )
