from odoo import api, fields, models
from odoo.exceptions import UserError

PLAN_STATES = [
    ("draft", "Draft"),
    ("approved", "Approved"),
    ("done", "Done"),
]


class EmulationPlan(models.Model):
    _name = "emulation.plan"
    _description = "Emulation and Commendation Plan"
    _inherit = [
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "year desc, date desc, id desc"
    _rec_names_search = ["number", "name"]

    number = fields.Char(
        required=True,
        tracking=True,
        help="Number and symbol of the plan, e.g. 13/KH-NV.",
    )
    date = fields.Date(
        string="Date Issued",
        tracking=True,
        help="Date of issue printed on the plan.",
    )
    name = fields.Char(
        string="Subject",
        required=True,
        tracking=True,
        help="Summary (trích yếu) of the plan.",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Issuing Agency",
        required=True,
        default=lambda self: self.env.company,
    )
    parent_agency = fields.Char(
        string="Governing Body",
        help="Governing body printed above the agency, e.g. UBND THÀNH PHỐ HẢI PHÒNG.",
    )
    agency_name = fields.Char(
        string="Agency Heading",
        help="Agency name as printed in the heading, e.g. SỞ NGOẠI VỤ.",
    )
    place = fields.Char(help="Place printed before the date, e.g. Hải Phòng.")
    signer_id = fields.Many2one(
        "hr.employee",
        tracking=True,
        help="Person who signs the plan.",
    )
    signer_position = fields.Char(
        string="Signer's Title",
        help="Title in the signature block, e.g. GIÁM ĐỐC or KT. GIÁM ĐỐC / "
        "PHÓ GIÁM ĐỐC.",
    )
    legal_document_ids = fields.Many2many(
        "emulation.legal.document",
        string="Legal Bases",
        help="Documents the plan implements or follows.",
    )
    preamble = fields.Html(
        help="Opening paragraph citing the higher-level plan it implements."
    )
    objectives = fields.Html(help="Section I: purposes and requirements.")
    implementation = fields.Html(
        string="Organisation of Implementation",
        help="Section III: responsibilities of the council, the Office, the "
        "units and the mass organisations.",
    )
    closing = fields.Html(help="Closing paragraph of the plan.")
    recipients = fields.Html(
        help="Recipients (Nơi nhận) printed at the foot of the plan."
    )
    task_ids = fields.One2many("emulation.plan.task", "plan_id", string="Tasks")
    task_q1_ids = fields.One2many(
        "emulation.plan.task",
        "plan_id",
        string="First Quarter Tasks",
        domain=[("quarter", "=", "q1")],
    )
    task_q2_ids = fields.One2many(
        "emulation.plan.task",
        "plan_id",
        string="Second Quarter Tasks",
        domain=[("quarter", "=", "q2")],
    )
    task_q3_ids = fields.One2many(
        "emulation.plan.task",
        "plan_id",
        string="Third Quarter Tasks",
        domain=[("quarter", "=", "q3")],
    )
    task_q4_ids = fields.One2many(
        "emulation.plan.task",
        "plan_id",
        string="Fourth Quarter Tasks",
        domain=[("quarter", "=", "q4")],
    )
    task_year_ids = fields.One2many(
        "emulation.plan.task",
        "plan_id",
        string="Whole-Year Tasks",
        domain=[("quarter", "=", "year")],
    )
    task_count = fields.Integer(compute="_compute_task_stats")
    task_done_count = fields.Integer(compute="_compute_task_stats")
    task_overdue_count = fields.Integer(compute="_compute_task_stats")
    progress = fields.Float(
        compute="_compute_task_stats",
        help="Share of the tasks done, cancelled tasks left aside.",
    )
    state = fields.Selection(
        PLAN_STATES,
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    date_approved = fields.Date(string="Approved On", readonly=True, copy=False)
    previous_plan_id = fields.Many2one(
        "emulation.plan",
        string="Previous Year's Plan",
        readonly=True,
        copy=False,
        help="The plan this one was copied from.",
    )
    active = fields.Boolean(default=True)
    can_approve = fields.Boolean(compute="_compute_workflow_can")
    can_done = fields.Boolean(compute="_compute_workflow_can")
    can_reset_draft = fields.Boolean(compute="_compute_workflow_can")
    can_copy_to_next_year = fields.Boolean(compute="_compute_workflow_can")

    _sql_constraints = [
        (
            "number_year_uniq",
            "unique(number, year, company_id)",
            "A plan with this number already exists for this year.",
        ),
    ]

    @api.depends("number", "name")
    def _compute_display_name(self):
        for plan in self:
            plan.display_name = (
                f"{plan.number} - {plan.name}" if plan.number else plan.name or ""
            )

    @api.depends("task_ids.state", "task_ids.deadline")
    def _compute_task_stats(self):
        today = fields.Date.context_today(self)
        for plan in self:
            tasks = plan.task_ids
            active_tasks = tasks.filtered(lambda t: t.state != "cancelled")
            done = active_tasks.filtered(lambda t: t.state == "done")
            plan.task_count = len(tasks)
            plan.task_done_count = len(done)
            plan.task_overdue_count = len(
                active_tasks.filtered(
                    lambda t: t.state != "done" and t.deadline and t.deadline < today
                )
            )
            plan.progress = (
                100.0 * len(done) / len(active_tasks) if active_tasks else 0.0
            )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        office = ("group_office",)
        who = self.env._("the Office")
        return {
            "approve": {
                "label": self.env._("Approving a plan"),
                "from": ("draft",),
                "to": "approved",
                "groups": office,
                "who": who,
            },
            "done": {
                "label": self.env._("Closing a plan"),
                "from": ("approved",),
                "to": "done",
                "groups": office,
                "who": who,
            },
            "reset_draft": {
                "label": self.env._("Resetting a plan to draft"),
                "from": ("approved",),
                "to": "draft",
                "groups": office,
                "who": who,
            },
            "copy_to_next_year": {
                "label": self.env._("Copying a plan to next year"),
                "from": tuple(state for state, _label in PLAN_STATES),
                "to": None,
                "groups": office,
                "who": who,
            },
        }

    def action_approve(self):
        self._workflow_check("approve")
        for plan in self:
            if not plan.task_ids:
                raise UserError(
                    self.env._(
                        "The plan “%(plan)s” has no task: add its tasks before "
                        "approving it.",
                        plan=plan.display_name,
                    )
                )
        return self._workflow_move(
            "approve", {"date_approved": fields.Date.context_today(self)}
        )

    def action_done(self):
        return self._workflow_move("done")

    def action_reset_draft(self):
        return self._workflow_move("reset_draft", {"date_approved": False})

    def action_copy_to_next_year(self):
        """Copy the plan and its tasks to the next year.

        The copy is a draft; its tasks keep their quarter, departments and
        movement but lose their deadline and status.
        """
        self._workflow_check("copy_to_next_year")
        new_plans = self.env["emulation.plan"]
        for plan in self:
            year = plan.year + 1
            new_plan = plan.copy(
                {
                    "year": year,
                    "number": self.env._("%(number)s (copy)", number=plan.number),
                    "name": plan.name.replace(str(plan.year), str(year)),
                    "date": False,
                    "previous_plan_id": plan.id,
                    "task_ids": [
                        fields.Command.create(vals)
                        for vals in plan.task_ids._prepare_next_year_vals()
                    ],
                }
            )
            new_plans |= new_plan
            plan.message_post(
                body=self.env._(
                    "Copied to next year's plan %(plan)s.",
                    plan=new_plan.display_name,
                )
            )
        if len(new_plans) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "emulation.plan",
                "res_id": new_plans.id,
                "view_mode": "form",
                "target": "current",
            }
        return {
            "type": "ir.actions.act_window",
            "res_model": "emulation.plan",
            "domain": [("id", "in", new_plans.ids)],
            "view_mode": "list,form",
        }

    def action_open_tasks(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._emulation_records_of(
            "emulation_plan_task_action",
            "plan_id",
            self,
            search_default_group_quarter=1,
        )
