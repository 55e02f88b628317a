from odoo import api, fields, models
from odoo.exceptions import ValidationError

CHANGE_KINDS = [
    ("merged", "Merged Into"),
    ("split", "Split Into"),
    ("renamed", "Renamed"),
]


class EmulationDepartmentChange(models.Model):
    """One predecessor of a unit after a reorganisation: the predecessor was
    merged into the unit, split into it, or renamed as it, on a date. The
    collective history (awards, ratings) of the predecessors shows on the
    successor."""

    _name = "emulation.department.change"
    _description = "Unit Predecessor"
    _inherit = ["emulation.record.mixin"]
    _order = "date desc, id desc"

    department_id = fields.Many2one(
        "hr.department",
        string="Successor",
        required=True,
        index=True,
        ondelete="cascade",
        context={"active_test": False},
    )
    predecessor_id = fields.Many2one(
        "hr.department",
        index=True,
        ondelete="restrict",
        context={"active_test": False},
        help="The former unit, when it is recorded as a unit of its own. "
        "Leave empty for a unit renamed in place: give its former name.",
    )
    predecessor_name = fields.Char(
        string="Former Name",
        compute="_compute_predecessor_name",
        store=True,
        readonly=False,
        help="The predecessor's name at the time of the change.",
    )
    kind = fields.Selection(CHANGE_KINDS, required=True, default="merged")
    date = fields.Date(string="Date of the Change", required=True)
    decision_number = fields.Char(
        string="Decision", help="The decision on the reorganisation."
    )
    note = fields.Char()

    @api.depends("predecessor_id")
    def _compute_predecessor_name(self):
        for change in self:
            if change.predecessor_id and not change.predecessor_name:
                change.predecessor_name = change.predecessor_id.name

    @api.depends("department_id", "predecessor_name", "kind", "date")
    def _compute_display_name(self):
        self._set_display_name_with_label(
            "kind",
            lambda change, kind: (
                f"{change.predecessor_name or ''} → "
                f"{change.department_id.name or ''} ({kind}, {change.date or ''})"
            ),
        )

    @api.constrains("predecessor_id", "predecessor_name")
    def _check_predecessor_named(self):
        for change in self:
            if not change.predecessor_id and not change.predecessor_name:
                raise ValidationError(
                    self.env._(
                        "Name the predecessor of %(unit)s: choose the former "
                        "unit or give its former name.",
                        unit=change.department_id.name,
                    )
                )

    @api.constrains("department_id", "predecessor_id")
    def _check_no_cycle(self):
        for change in self:
            predecessor = change.predecessor_id
            if not predecessor:
                continue
            if predecessor == change.department_id:
                raise ValidationError(
                    self.env._("A unit cannot be its own predecessor.")
                )
            if change.department_id in predecessor._emulation_predecessors():
                raise ValidationError(
                    self.env._(
                        "%(unit)s already comes before %(predecessor)s: a unit "
                        "cannot succeed one of its own successors.",
                        unit=change.department_id.name,
                        predecessor=predecessor.name,
                    )
                )
