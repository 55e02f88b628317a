from odoo import api, fields, models

from .commendation_dossier import DOSSIER_STATES


class CommendationDossierStageLog(models.Model):
    """How long a dossier stayed in each step: one row per stay, written when
    the dossier enters a state and closed when it leaves it. The analysis
    groups these rows (average days per step) in one query."""

    _name = "commendation.dossier.stage.log"
    _description = "Dossier Step"
    _order = "date_start desc, id desc"

    dossier_id = fields.Many2one(
        "commendation.dossier", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="dossier_id.company_id", store=True)
    year = fields.Integer(related="dossier_id.year", store=True)
    department_id = fields.Many2one(
        related="dossier_id.department_id", store=True, string="Proposing Unit"
    )
    kind = fields.Selection(related="dossier_id.kind", store=True)
    state = fields.Selection(DOSSIER_STATES, string="Step", required=True, index=True)
    date_start = fields.Datetime(string="Entered", required=True)
    date_end = fields.Datetime(string="Left", index=True)
    is_current = fields.Boolean(
        string="Current Step", compute="_compute_is_current", store=True
    )
    duration_days = fields.Float(
        string="Days in the Step",
        compute="_compute_duration",
        store=True,
        aggregator="avg",
        help="Days between entering and leaving the step (steps left only).",
    )

    @api.depends("date_end")
    def _compute_is_current(self):
        for log in self:
            log.is_current = not log.date_end

    @api.depends("date_start", "date_end")
    def _compute_duration(self):
        for log in self:
            log.duration_days = (
                (log.date_end - log.date_start).total_seconds() / 86400.0
                if log.date_start and log.date_end
                else 0.0
            )

    @api.model
    def _log_states(self, dossiers):
        """Close the open step of ``dossiers`` and open their current one."""
        if not dossiers:
            return
        now = fields.Datetime.now()
        Log = self.sudo()
        Log.search(
            [("dossier_id", "in", dossiers.ids), ("date_end", "=", False)]
        ).write({"date_end": now})
        Log.create(
            [
                {"dossier_id": dossier.id, "state": dossier.state, "date_start": now}
                for dossier in dossiers
            ]
        )
