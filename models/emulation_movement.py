from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

MOVEMENT_LEVELS = [
    ("central", "Central"),
    ("ministry", "Ministry"),
    ("city", "City"),
    ("department", "Department"),
    ("union", "Mass Organisation"),
]
MOVEMENT_KINDS = [
    ("regular", "Regular"),
    ("thematic", "Thematic / By Campaign"),
]
MOVEMENT_STATES = [
    ("draft", "Draft"),
    ("launched", "Launched"),
    ("mid_review", "Mid-term Review"),
    ("final_review", "Final Review"),
    ("closed", "Closed"),
]
REGISTRATION_OPEN_STATES = ("draft", "launched", "mid_review")


class EmulationMovement(models.Model):
    _name = "emulation.movement"
    _description = "Emulation Movement"
    _inherit = [
        "emulation.record.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, tracking=True)
    level = fields.Selection(
        MOVEMENT_LEVELS,
        required=True,
        default="department",
        tracking=True,
        help="Level that launched the movement. Lower levels answer it with "
        "their own implementing plans.",
    )
    launched_by_id = fields.Many2one(
        "res.partner",
        tracking=True,
        help="Body that launched the movement (Central Emulation Council, "
        "Ministry, City People's Committee, the agency, its trade union...).",
    )
    kind = fields.Selection(
        MOVEMENT_KINDS,
        required=True,
        default="regular",
        tracking=True,
        help="Regular movements run every year along the unit's duties; "
        "thematic ones have a fixed period or theme.",
    )
    date_start = fields.Date(string="Start", tracking=True)
    date_end = fields.Date(string="End", tracking=True)
    period = fields.Char(
        help="Period as written in the source when it is not a pair of dates, "
        "e.g. “hằng năm” or “2021–2025”.",
    )
    theme = fields.Text(help="Theme (chủ đề) of the movement.")
    slogan = fields.Char(help="Slogan or call of the movement.")
    criteria = fields.Html(help="Targets and criteria of the movement.")
    anniversary = fields.Char(
        help="Anniversary or event the movement celebrates, e.g. 70 năm Ngày "
        "Giải phóng Hải Phòng (13/5/1955 - 13/5/2025).",
    )
    department_ids = fields.Many2many(
        "hr.department",
        string="Participating Departments",
    )
    parent_id = fields.Many2one(
        "emulation.movement",
        string="Answers Movement",
        index="btree_not_null",
        ondelete="restrict",
        help="The higher-level movement this one answers.",
    )
    child_ids = fields.One2many(
        "emulation.movement", "parent_id", string="Answering Movements"
    )
    legal_document_id = fields.Many2one(
        "emulation.legal.document",
        string="Launching Document",
        help="Decision, plan or directive that launched the movement.",
    )
    task_ids = fields.One2many("emulation.plan.task", "movement_id", string="Tasks")
    registration_ids = fields.One2many(
        "emulation.movement.registration", "movement_id", string="Registrations"
    )
    registration_count = fields.Integer(compute="_compute_registration_count")
    state = fields.Selection(
        MOVEMENT_STATES,
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    date_launched = fields.Date(string="Launched On", copy=False, tracking=True)
    launch_summary = fields.Html(
        string="Launch", copy=False, help="How the movement was launched."
    )
    date_mid_review = fields.Date(
        string="Mid-term Review On", copy=False, tracking=True
    )
    mid_review_summary = fields.Html(
        string="Mid-term Results",
        copy=False,
        help="Results found at the mid-term review (sơ kết).",
    )
    date_final_review = fields.Date(string="Final Review On", copy=False, tracking=True)
    final_review_summary = fields.Html(
        string="Final Results",
        copy=False,
        help="Results, shortcomings and lessons of the final review (tổng kết).",
    )
    date_closed = fields.Date(string="Closed On", copy=False, tracking=True)
    closing_summary = fields.Html(
        string="Commendation",
        copy=False,
        help="Units and persons commended at the end of the movement.",
    )
    color = fields.Integer()
    active = fields.Boolean(default=True)
    can_launch = fields.Boolean(compute="_compute_workflow_can")
    can_mid_review = fields.Boolean(compute="_compute_workflow_can")
    can_final_review = fields.Boolean(compute="_compute_workflow_can")
    can_close = fields.Boolean(compute="_compute_workflow_can")
    can_reset_draft = fields.Boolean(compute="_compute_workflow_can")

    @api.depends("registration_ids")
    def _compute_registration_count(self):
        counts = dict(
            self.env["emulation.movement.registration"]._read_group(
                [("movement_id", "in", self.ids)], ["movement_id"], ["__count"]
            )
        )
        for movement in self:
            movement.registration_count = counts.get(movement, 0)

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        self._check_date_order(
            "date_start",
            "date_end",
            lambda movement: self.env._(
                "The movement “%(name)s” cannot end before it starts.",
                name=movement.name,
            ),
        )

    @api.constrains("parent_id")
    def _check_parent(self):
        if self._has_cycle():
            raise ValidationError(
                self.env._("A movement cannot answer itself, even indirectly.")
            )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who = self.env._("the Office")
        return {
            "launch": {
                "label": self.env._("Launching a movement"),
                "from": ("draft",),
                "to": "launched",
                "groups": office,
                "who": who,
            },
            "mid_review": {
                "label": self.env._("The mid-term review"),
                "from": ("launched",),
                "to": "mid_review",
                "groups": office,
                "who": who,
            },
            "final_review": {
                "label": self.env._("The final review"),
                "from": ("launched", "mid_review"),
                "to": "final_review",
                "groups": office,
                "who": who,
            },
            "close": {
                "label": self.env._("Closing a movement"),
                "from": ("final_review",),
                "to": "closed",
                "groups": office,
                "who": who,
            },
            "reset_draft": {
                "label": self.env._("Resetting a movement to draft"),
                "from": ("launched",),
                "to": "draft",
                "groups": office,
                "who": who,
            },
        }

    def _today(self):
        return fields.Date.context_today(self)

    def _check_summary(self, field_name, action):
        label = self._workflow(action)["label"]
        for movement in self:
            if not movement[field_name] or not movement[field_name].striptags().strip():
                raise UserError(
                    self.env._(
                        "%(action)s of “%(name)s” needs the summary of results: "
                        "fill in “%(field)s” first.",
                        action=label,
                        name=movement.name,
                        field=self._fields[field_name]._description_string(self.env),
                    )
                )

    def _move_dated(self, action, date_field):
        """Move to the step of ``action``, dating it today unless a date was
        entered."""
        self._workflow_check(action)
        for movement in self:
            movement._workflow_move(
                action, {date_field: movement[date_field] or self._today()}
            )
        return True

    def action_launch(self):
        return self._move_dated("launch", "date_launched")

    def action_mid_review(self):
        self._workflow_check("mid_review")
        self._check_summary("mid_review_summary", "mid_review")
        return self._move_dated("mid_review", "date_mid_review")

    def action_final_review(self):
        self._workflow_check("final_review")
        self._check_summary("final_review_summary", "final_review")
        return self._move_dated("final_review", "date_final_review")

    def action_close(self):
        return self._move_dated("close", "date_closed")

    def action_reset_draft(self):
        return self._workflow_move("reset_draft", {"date_launched": False})

    def action_open_registrations(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            "emulation_movement_registration_action", "movement_id", self
        )
