from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .emulation_movement import REGISTRATION_OPEN_STATES

REGISTRATION_STATES = [
    ("draft", "Draft"),
    ("registered", "Registered"),
    ("cancelled", "Cancelled"),
]


class EmulationMovementRegistration(models.Model):
    _name = "emulation.movement.registration"
    _description = "Emulation Registration"
    _inherit = ["emulation.state.guard.mixin", "mail.thread"]
    _order = "movement_id, department_id, id"

    movement_id = fields.Many2one(
        "emulation.movement",
        required=True,
        ondelete="cascade",
        index=True,
    )
    movement_state = fields.Selection(
        related="movement_id.state", string="Movement Status"
    )
    registrant_kind = fields.Selection(
        [("department", "Department"), ("employee", "Employee")],
        string="Registrant",
        required=True,
        default="department",
    )
    employee_id = fields.Many2one("hr.employee", index=True)
    department_id = fields.Many2one(
        "hr.department",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        index=True,
        default=lambda self: self.env.user.employee_id.department_id,
        help="The registering department, or the employee's department.",
    )
    type_id = fields.Many2one(
        "commendation.type",
        string="Title",
        help="Emulation title or form of commendation aimed at.",
    )
    target = fields.Text(help="Target the registrant commits to.")
    date = fields.Date(
        string="Registered On", default=fields.Date.context_today, required=True
    )
    note = fields.Text()
    state = fields.Selection(
        REGISTRATION_STATES,
        string="Status",
        required=True,
        default="draft",
        tracking=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    can_register = fields.Boolean(compute="_compute_workflow_can")
    can_cancel = fields.Boolean(compute="_compute_workflow_can")
    can_reset_draft = fields.Boolean(compute="_compute_workflow_can")

    @api.depends("registrant_kind", "employee_id", "department_id")
    def _compute_display_name(self):
        for reg in self:
            who = (
                reg.employee_id.name
                if reg.registrant_kind == "employee"
                else reg.department_id.name
            )
            what = reg.type_id.name or reg.target or ""
            reg.display_name = f"{who or ''} - {what}" if what else who or ""

    @api.depends("employee_id", "registrant_kind")
    def _compute_department_id(self):
        for reg in self:
            if reg.registrant_kind == "employee" and reg.employee_id:
                reg.department_id = reg.employee_id.department_id

    @api.constrains(
        "registrant_kind", "employee_id", "department_id", "type_id", "target"
    )
    def _check_registrant(self):
        for reg in self:
            if reg.registrant_kind == "employee" and not reg.employee_id:
                raise ValidationError(self.env._("Choose the employee who registers."))
            if not reg.department_id:
                raise ValidationError(
                    self.env._("Choose the department that registers.")
                )
            if not reg.type_id and not reg.target:
                raise ValidationError(
                    self.env._(
                        "A registration needs a title or a target: say what "
                        "the registrant commits to."
                    )
                )

    # ------------------------------------------------------------------
    # Checks on who registers
    # ------------------------------------------------------------------
    def _registrar_refusal(self, department, movement):
        """Why the user may not register ``department`` in ``movement``, or
        False."""
        user = self.env.user
        if self.env.su or user.has_group("emulation_commendation.group_office"):
            pass
        elif not user.has_group("emulation_commendation.group_unit_officer"):
            return self.env._("Only unit officers and the Office can register.")
        else:
            mine = self.env["hr.department"]._emulation_acting_for()
            if department and department not in mine:
                return self.env._(
                    "You can only register your own department: "
                    "%(department)s is not yours.",
                    department=department.name,
                )
        if movement and movement.state not in REGISTRATION_OPEN_STATES:
            return self.env._(
                "Registrations for “%(movement)s” are closed: the movement "
                "is already in its final review.",
                movement=movement.name,
            )
        return False

    def _check_registrar(self, department, movement):
        """Refuse unless the user may register ``department`` in ``movement``."""
        refusal = self._registrar_refusal(department, movement)
        if refusal:
            raise UserError(refusal)

    def _check_own_registration(self):
        """The workflow's check: the registration is the user's to handle."""
        self.ensure_one()
        return self._registrar_refusal(self.department_id, self.movement_id)

    @api.model_create_multi
    def create(self, vals_list):
        # check before the record rules, whose refusal says less
        Department = self.env["hr.department"]
        for vals in vals_list:
            department = Department.browse(vals.get("department_id"))
            if vals.get("registrant_kind") == "employee" and vals.get("employee_id"):
                employee = self.env["hr.employee"].sudo().browse(vals["employee_id"])
                department = employee.department_id.sudo(False)
                vals["department_id"] = department.id
            self._check_registrar(
                department,
                self.env["emulation.movement"].browse(vals.get("movement_id")),
            )
        records = super().create(vals_list)
        for reg in records:
            reg._check_registrar(reg.department_id, reg.movement_id)
        return records

    def write(self, vals):
        for reg in self:
            reg._check_registrar(reg.department_id, reg.movement_id)
        res = super().write(vals)
        if {"department_id", "employee_id", "movement_id"} & set(vals):
            for reg in self:
                reg._check_registrar(reg.department_id, reg.movement_id)
        return res

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        units = ("group_unit_officer",)
        who = self.env._("the Office and the unit officers of the department")
        return {
            "register": {
                "label": self.env._("Registering"),
                "from": ("draft",),
                "to": "registered",
                "groups": units,
                "who": who,
                "check": "_check_own_registration",
            },
            "cancel": {
                "label": self.env._("Cancelling a registration"),
                "from": ("draft", "registered"),
                "to": "cancelled",
                "groups": units,
                "who": who,
                "check": "_check_own_registration",
            },
            "reset_draft": {
                "label": self.env._("Resetting a registration to draft"),
                "from": ("cancelled",),
                "to": "draft",
                "groups": units,
                "who": who,
                "check": "_check_own_registration",
            },
        }

    def action_register(self):
        return self._workflow_move("register")

    def action_cancel(self):
        return self._workflow_move("cancel")

    def action_reset_draft(self):
        return self._workflow_move("reset_draft")
