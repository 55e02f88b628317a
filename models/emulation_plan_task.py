import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

_logger = logging.getLogger(__name__)

QUARTERS = [
    ("q1", "First Quarter"),
    ("q2", "Second Quarter"),
    ("q3", "Third Quarter"),
    ("q4", "Fourth Quarter"),
    ("year", "Whole Year"),
]
TASK_STATES = [
    ("todo", "To Do"),
    ("in_progress", "In Progress"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]
OPEN_STATES = ("todo", "in_progress")
REMINDER_DAYS_PARAM = "emulation_commendation.task_reminder_days"
REMINDER_DAYS_DEFAULT = 7


class EmulationPlanTask(models.Model):
    _name = "emulation.plan.task"
    _description = "Plan Task"
    _inherit = [
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "year desc, quarter, sequence, id"

    plan_id = fields.Many2one(
        "emulation.plan",
        required=True,
        ondelete="cascade",
        index=True,
    )
    year = fields.Integer(related="plan_id.year", store=True, index=True)
    plan_state = fields.Selection(related="plan_id.state", string="Plan Status")
    sequence = fields.Integer(default=10)
    quarter = fields.Selection(
        QUARTERS,
        required=True,
        default="q1",
        tracking=True,
        group_expand=True,
        help="Quarter in which the task is carried out; “Whole Year” for "
        "duties that run all year.",
    )
    name = fields.Text(string="Task", required=True, tracking=True)
    department_ids = fields.Many2many(
        "hr.department",
        string="Responsible Departments",
        tracking=True,
        help="Departments in charge; their heads are reminded of the deadline.",
    )
    deadline = fields.Date(tracking=True, index=True)
    recipients = fields.Char(
        help="Where the result is sent, e.g. the city's Emulation Board."
    )
    progress_note = fields.Text(
        string="Progress Notes", help="What has been done so far."
    )
    state = fields.Selection(
        TASK_STATES,
        string="Status",
        required=True,
        default="todo",
        tracking=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    date_done = fields.Date(string="Done On", readonly=True, copy=False)
    movement_id = fields.Many2one(
        "emulation.movement",
        index="btree_not_null",
        help="Emulation movement this task launches or carries out.",
    )
    report_id = fields.Many2one(
        "emulation.report",
        string="Periodic Report",
        index="btree_not_null",
        help="The semiannual or annual report this task produced.",
    )
    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
        help="The deadline has passed and the task is neither done nor cancelled.",
    )
    is_my_department = fields.Boolean(
        string="My Department",
        compute="_compute_is_my_department",
        search="_search_is_my_department",
    )
    is_current_quarter = fields.Boolean(
        string="This Quarter",
        compute="_compute_is_current_quarter",
        search="_search_is_current_quarter",
    )
    color = fields.Integer()
    can_start = fields.Boolean(compute="_compute_workflow_can")
    can_done = fields.Boolean(compute="_compute_workflow_can")
    can_cancel = fields.Boolean(compute="_compute_workflow_can")
    can_reset = fields.Boolean(compute="_compute_workflow_can")

    @api.depends("name", "plan_id.number")
    def _compute_display_name(self):
        for task in self:
            name = (task.name or "").splitlines()[0] if task.name else ""
            task.display_name = name[:80] + ("…" if len(name) > 80 else "")

    @api.depends("deadline", "state")
    @api.depends_context("tz")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for task in self:
            task.is_overdue = bool(
                task.deadline and task.deadline < today and task.state in OPEN_STATES
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(self.env._("Unsupported search on “Overdue”."))
        today = fields.Date.context_today(self)
        if (operator == "=") == bool(value):
            return [("deadline", "<", today), ("state", "in", OPEN_STATES)]
        return [
            "|",
            "|",
            ("deadline", "=", False),
            ("deadline", ">=", today),
            ("state", "not in", OPEN_STATES),
        ]

    @api.depends("department_ids")
    @api.depends_context("uid")
    def _compute_is_my_department(self):
        mine = self.env["hr.department"]._emulation_acting_for()
        for task in self:
            task.is_my_department = bool(task.department_ids & mine)

    def _search_is_my_department(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(self.env._("Unsupported search on “My Department”."))
        return self.env["hr.department"]._emulation_acting_search(
            "department_ids", (operator == "=") == bool(value)
        )

    def _current_quarter(self):
        today = fields.Date.context_today(self)
        return today.year, f"q{(today.month - 1) // 3 + 1}"

    @api.depends("year", "quarter")
    @api.depends_context("tz")
    def _compute_is_current_quarter(self):
        year, quarter = self._current_quarter()
        for task in self:
            task.is_current_quarter = task.year == year and task.quarter == quarter

    def _search_is_current_quarter(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(self.env._("Unsupported search on “This Quarter”."))
        year, quarter = self._current_quarter()
        domain = [("year", "=", year), ("quarter", "=", quarter)]
        if (operator == "=") == bool(value):
            return domain
        return ["!", "&", *domain]

    @api.constrains("deadline", "plan_id")
    def _check_deadline(self):
        for task in self:
            if task.deadline and abs(task.deadline.year - task.plan_id.year) > 1:
                raise ValidationError(
                    self.env._(
                        "The deadline %(deadline)s of a task is too far from "
                        "the plan's year %(year)s.",
                        deadline=task.deadline,
                        year=task.plan_id.year,
                    )
                )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        units = ("group_unit_officer",)
        office = ("group_office",)
        who_units = self.env._("the Office and the departments in charge")
        who_office = self.env._("the Office")
        return {
            "start": {
                "label": self.env._("Starting a task"),
                "from": ("todo",),
                "to": "in_progress",
                "groups": units,
                "who": who_units,
                "check": "_check_task_actor",
            },
            "done": {
                "label": self.env._("Marking a task as done"),
                "from": OPEN_STATES,
                "to": "done",
                "groups": units,
                "who": who_units,
                "check": "_check_task_actor",
            },
            "cancel": {
                "label": self.env._("Cancelling a task"),
                "from": OPEN_STATES,
                "to": "cancelled",
                "groups": office,
                "who": who_office,
            },
            "reset": {
                "label": self.env._("Reopening a task"),
                "from": ("done", "cancelled"),
                "to": "todo",
                "groups": office,
                "who": who_office,
            },
        }

    def _check_task_actor(self):
        """Office: any task of a plan not done. Unit officer: the tasks of
        their departments."""
        self.ensure_one()
        if self.plan_id.state == "done":
            return self.env._(
                "The plan “%(plan)s” is done: its tasks can no longer change.",
                plan=self.plan_id.display_name,
            )
        if self.env.user.has_group("emulation_commendation.group_office"):
            return False
        if not self.is_my_department:
            return self.env._(
                "You can only update the tasks of your own department; "
                "“%(task)s” belongs to %(departments)s.",
                task=self.display_name,
                departments=", ".join(self.department_ids.mapped("name"))
                or self.env._("no department"),
            )
        return False

    def action_start(self):
        return self._workflow_move("start")

    def action_done(self):
        self._workflow_move("done", {"date_done": fields.Date.context_today(self)})
        self.sudo().activity_feedback(
            ["emulation_commendation.mail_activity_type_task_deadline"],
            feedback=self.env._("Task done."),
        )
        return True

    def action_cancel(self):
        self._workflow_move("cancel")
        self.sudo().activity_unlink(
            ["emulation_commendation.mail_activity_type_task_deadline"]
        )
        return True

    def action_reset(self):
        return self._workflow_move("reset", {"date_done": False})

    def _prepare_next_year_vals(self):
        """Values of the copies of these tasks in next year's plan."""
        return [
            {
                "sequence": task.sequence,
                "quarter": task.quarter,
                "name": task.name.replace(str(task.year), str(task.year + 1)),
                "department_ids": [fields.Command.set(task.department_ids.ids)],
                "recipients": task.recipients,
                "movement_id": task.movement_id.id,
            }
            for task in self
            if task.state != "cancelled"
        ]

    # ------------------------------------------------------------------
    # Deadline reminders
    # ------------------------------------------------------------------
    @api.model
    def _get_reminder_days(self):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param(REMINDER_DAYS_PARAM, REMINDER_DAYS_DEFAULT)
        )
        try:
            return max(int(value), 0)
        except (TypeError, ValueError):
            _logger.warning(
                "Invalid value %r for %s, using %s days",
                value,
                REMINDER_DAYS_PARAM,
                REMINDER_DAYS_DEFAULT,
            )
            return REMINDER_DAYS_DEFAULT

    @api.model
    def _cron_notify_task_deadlines(self):
        """Remind the heads of the responsible departments of a deadline.

        One activity per task and head, created when the deadline is at most
        N days away (N = ``emulation_commendation.task_reminder_days``).
        Running it again creates nothing new: existing activities of the type
        (done ones included, the type keeps them) are looked up first, in one
        query. The lookup and the scan cost the same queries for any number
        of tasks; each activity created costs Odoo's own work
        (``mail.activity`` notifies its assignee).
        """
        today = fields.Date.context_today(self)
        limit = today + timedelta(days=self._get_reminder_days())
        tasks = self.search(
            [
                ("deadline", ">=", today),
                ("deadline", "<=", limit),
                ("state", "in", OPEN_STATES),
                ("plan_id.state", "!=", "done"),
            ]
        )
        if not tasks:
            return
        activity_type = self.env.ref(
            "emulation_commendation.mail_activity_type_task_deadline"
        )
        existing = {
            (act.res_id, act.user_id.id, act.date_deadline)
            for act in self.env["mail.activity"]
            .with_context(active_test=False)
            .search_fetch(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", tasks.ids),
                    ("activity_type_id", "=", activity_type.id),
                ],
                ["res_id", "user_id", "date_deadline"],
            )
        }
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list = []
        for task in tasks:
            users = task.department_ids.manager_id.user_id
            for user in users:
                key = (task.id, user.id, task.deadline)
                if key in existing:
                    continue
                existing.add(key)
                vals_list.append(
                    {
                        "res_model_id": model_id,
                        "res_id": task.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "date_deadline": task.deadline,
                        "summary": self.env._(
                            "Plan task due on %(deadline)s",
                            deadline=task.deadline.strftime("%d/%m/%Y"),
                        ),
                    }
                )
        if vals_list:
            self.env["mail.activity"].create(vals_list)
        _logger.info("Task deadline reminders: %s activities created", len(vals_list))
