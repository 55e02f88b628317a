from odoo import Command, fields, models
from odoo.exceptions import UserError


class CommendationEligibilityWizardLine(models.TransientModel):
    _name = "commendation.eligibility.wizard.line"
    _description = "Eligibility Review Result"
    _order = "unit_id, type_id, employee_id, id"

    wizard_id = fields.Many2one(
        "commendation.eligibility.wizard", required=True, ondelete="cascade"
    )
    selected = fields.Boolean(string="Propose")
    unit_id = fields.Many2one("hr.department")
    employee_id = fields.Many2one("hr.employee")
    department_id = fields.Many2one("hr.department", string="Collective")
    recipient_name = fields.Char(string="Recipient", compute="_compute_recipient_name")
    type_id = fields.Many2one("commendation.type", string="Title / Form", required=True)
    state = fields.Selection(
        [
            ("eligible", "Eligible"),
            ("not_eligible", "Not Eligible"),
            ("unknown", "To Judge"),
        ],
        string="Eligibility",
        required=True,
    )
    note = fields.Text(string="Why")

    def _compute_recipient_name(self):
        for line in self:
            line.recipient_name = line.employee_id.name or line.department_id.name

    def action_create_dossiers(self):
        """From the grouped list: create dossiers for the lines chosen there."""
        wizards = self.wizard_id
        if len(wizards) != 1:
            raise UserError(
                self.env._("Choose lines of one eligibility review at a time.")
            )
        wizards._check_reviewer()
        return self._create_dossiers(wizards.year)

    def _create_dossiers(self, year):
        """One draft annual dossier per unit with these lines; lines already
        proposed in an open dossier of the year are skipped."""
        if not self:
            raise UserError(
                self.env._("Select at least one line to propose (column “Propose”).")
            )
        Dossier = self.env["commendation.dossier"]
        if not Dossier.has_access("create"):
            raise UserError(
                self.env._(
                    "You cannot create award dossiers: ask the Office to create "
                    "them from this review."
                )
            )
        existing = (
            self.env["commendation.dossier.line"]
            .sudo()
            .search(
                [
                    ("dossier_id.year", "=", year),
                    ("dossier_id.state", "not in", ("rejected", "cancelled")),
                    ("type_id", "in", self.type_id.ids),
                    "|",
                    ("employee_id", "in", self.employee_id.ids),
                    ("department_id", "in", self.department_id.ids),
                ]
            )
        )
        proposed = {
            (line.type_id.id, line.employee_id.id, line.department_id.id)
            for line in existing
        }
        by_unit = {}
        for line in self:
            key = (line.type_id.id, line.employee_id.id, line.department_id.id)
            if key in proposed:
                continue
            if not line.unit_id:
                raise UserError(
                    self.env._(
                        "%(recipient)s has no unit: set the employee's department "
                        "first.",
                        recipient=line.recipient_name,
                    )
                )
            by_unit.setdefault(line.unit_id, []).append(line)
        if not by_unit:
            raise UserError(
                self.env._(
                    "Every selected line is already proposed in a dossier of %(year)s.",
                    year=year,
                )
            )
        dossiers = Dossier.create(
            [
                {
                    "year": year,
                    "kind": "annual",
                    "department_id": unit.id,
                    "title": self.env._(
                        "Annual proposal %(year)s - %(unit)s",
                        year=year,
                        unit=unit.name,
                    ),
                    "line_ids": [
                        Command.create(
                            {
                                "employee_id": line.employee_id.id,
                                "department_id": line.department_id.id,
                                "type_id": line.type_id.id,
                            }
                        )
                        for line in lines
                    ],
                }
                for unit, lines in by_unit.items()
            ]
        )
        action = {
            "type": "ir.actions.act_window",
            "name": self.env._("Draft Dossiers"),
            "res_model": "commendation.dossier",
            "domain": [("id", "in", dossiers.ids)],
            "view_mode": "list,form",
            "target": "current",
        }
        if len(dossiers) == 1:
            action.update(view_mode="form", res_id=dossiers.id)
        return action
