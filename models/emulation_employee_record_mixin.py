from odoo import api, fields, models


class EmulationEmployeeRecordMixin(models.AbstractModel):
    """A record about one employee (a quality rating, a disciplinary measure)
    that keeps the unit the employee was in at the time: moving the employee
    later leaves the record with that unit."""

    _name = "emulation.employee.record.mixin"
    _inherit = ["emulation.import.employee.mixin"]
    _description = "Record about an Employee"

    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    department_id = fields.Many2one(
        "hr.department",
        compute="_compute_department_at_the_time",
        store=True,
        readonly=False,
        index=True,
        context={"active_test": False},
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True)

    @api.depends("employee_id")
    def _compute_department_at_the_time(self):
        """The unit the employee was in at the time (moving the employee
        later leaves the record with that unit)."""
        for rec in self:
            if rec.employee_id and not (
                rec.department_id and rec._origin.employee_id == rec.employee_id
            ):
                rec.department_id = rec.employee_id.department_id
