from odoo import fields, models, tools

from .commendation_dossier import OPEN_STATES
from .emulation_year_deadline import DEADLINE_KINDS


class EmulationYearSummary(models.Model):
    """The year at a glance (the Reporting dashboard): one row per agency and
    year with the figures of the round and of the fund, computed by one SQL
    view with grouped subqueries (the same cost for a thousand awards or a
    hundred thousand). Each card opens the grouped analyses of its year."""

    _name = "emulation.year.summary"
    _description = "Year at a Glance"
    _auto = False
    _order = "year desc, company_id"
    _rec_name = "year"
    # The source tables are flushed before the view is read.
    _depends = {
        "commendation.award": ["company_id", "year", "state", "reward_amount"],
        "commendation.dossier": ["company_id", "year", "state"],
        "commendation.dossier.line": [
            "company_id",
            "year",
            "state",
            "eligibility_state",
        ],
        "commendation.fund": [
            "company_id",
            "year",
            "receipt_total",
            "expense_total",
            "balance",
        ],
        "emulation.year.calendar": ["company_id", "year"],
        "emulation.year.deadline": ["company_id", "year", "kind", "date", "sequence"],
        "commendation.announcement": ["company_id", "year"],
        "commendation.announcement.comment": ["announcement_id", "state"],
    }

    year = fields.Integer(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", compute="_compute_currency_id")
    award_count = fields.Integer(string="Awards", readonly=True)
    reward_total = fields.Monetary(string="Rewards Paid", readonly=True)
    dossier_count = fields.Integer(string="Dossiers", readonly=True)
    dossier_open_count = fields.Integer(string="Dossiers in Progress", readonly=True)
    dossier_done_count = fields.Integer(string="Dossiers Done", readonly=True)
    dossier_late_count = fields.Integer(
        string="Dossiers Past the Deadline", readonly=True
    )
    proposed_count = fields.Integer(string="Candidates", readonly=True)
    eligible_count = fields.Integer(string="Eligible Candidates", readonly=True)
    decided_count = fields.Integer(string="Candidates Decided", readonly=True)
    open_comment_count = fields.Integer(string="Unanswered Comments", readonly=True)
    fund_receipts = fields.Monetary(readonly=True)
    fund_expenses = fields.Monetary(readonly=True)
    fund_balance = fields.Monetary(readonly=True)
    next_deadline_date = fields.Date(string="Next Date", readonly=True)
    next_deadline_kind = fields.Selection(
        DEADLINE_KINDS,
        string="Next Step",
        readonly=True,
    )

    def _compute_currency_id(self):
        self.currency_id = self.env["commendation.fund"]._default_currency()

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
            WITH years AS (
                SELECT company_id, year FROM commendation_award
                UNION SELECT company_id, year FROM commendation_dossier
                UNION SELECT company_id, year FROM commendation_fund
                UNION SELECT company_id, year FROM emulation_year_calendar
            ), awards AS (
                SELECT company_id, year, COUNT(*) AS n,
                       COALESCE(SUM(reward_amount), 0) AS amount
                  FROM commendation_award
                 WHERE state = 'valid'
                 GROUP BY company_id, year
            ), dossiers AS (
                SELECT company_id, year, COUNT(*) AS n,
                       COUNT(*) FILTER (WHERE state IN %(open_states)s) AS open,
                       COUNT(*) FILTER (WHERE state = 'done') AS done
                  FROM commendation_dossier
                 WHERE state != 'cancelled'
                 GROUP BY company_id, year
            ), late AS (
                SELECT d.company_id, d.year, COUNT(*) AS n
                  FROM commendation_dossier d
                  JOIN emulation_year_deadline l
                    ON l.company_id = d.company_id AND l.year = d.year
                   AND l.kind = 'unit_proposal'
                 WHERE d.state IN ('draft', 'returned') AND l.date < CURRENT_DATE
                 GROUP BY d.company_id, d.year
            ), lines AS (
                SELECT company_id, year,
                       COUNT(*) FILTER (WHERE state != 'dropped') AS proposed,
                       COUNT(*) FILTER (
                           WHERE state != 'dropped' AND eligibility_state = 'eligible'
                       ) AS eligible,
                       COUNT(*) FILTER (WHERE state = 'decided') AS decided
                  FROM commendation_dossier_line
                 GROUP BY company_id, year
            ), comments AS (
                SELECT a.company_id, a.year, COUNT(*) AS n
                  FROM commendation_announcement_comment c
                  JOIN commendation_announcement a ON a.id = c.announcement_id
                 WHERE c.state = 'open'
                 GROUP BY a.company_id, a.year
            ), next_dates AS (
                SELECT DISTINCT ON (company_id, year) company_id, year, date, kind
                  FROM emulation_year_deadline
                 WHERE date >= CURRENT_DATE
                 ORDER BY company_id, year, date, sequence
            )
            SELECT y.company_id * 10000 + y.year AS id,
                   y.company_id, y.year,
                   COALESCE(aw.n, 0) AS award_count,
                   COALESCE(aw.amount, 0) AS reward_total,
                   COALESCE(ds.n, 0) AS dossier_count,
                   COALESCE(ds.open, 0) AS dossier_open_count,
                   COALESCE(ds.done, 0) AS dossier_done_count,
                   COALESCE(lt.n, 0) AS dossier_late_count,
                   COALESCE(li.proposed, 0) AS proposed_count,
                   COALESCE(li.eligible, 0) AS eligible_count,
                   COALESCE(li.decided, 0) AS decided_count,
                   COALESCE(co.n, 0) AS open_comment_count,
                   COALESCE(f.receipt_total, 0) AS fund_receipts,
                   COALESCE(f.expense_total, 0) AS fund_expenses,
                   COALESCE(f.balance, 0) AS fund_balance,
                   nd.date AS next_deadline_date,
                   nd.kind AS next_deadline_kind
              FROM years y
              LEFT JOIN awards aw ON aw.company_id = y.company_id AND aw.year = y.year
              LEFT JOIN dossiers ds ON ds.company_id = y.company_id AND ds.year = y.year
              LEFT JOIN late lt ON lt.company_id = y.company_id AND lt.year = y.year
              LEFT JOIN lines li ON li.company_id = y.company_id AND li.year = y.year
              LEFT JOIN comments co ON co.company_id = y.company_id AND co.year = y.year
              LEFT JOIN commendation_fund f
                ON f.company_id = y.company_id AND f.year = y.year
              LEFT JOIN next_dates nd
                ON nd.company_id = y.company_id AND nd.year = y.year
             WHERE y.company_id IS NOT NULL AND y.year IS NOT NULL
            )
            """,
            {"open_states": (*OPEN_STATES, "returned")},
        )

    # ------------------------------------------------------------------
    # The analyses of the year
    # ------------------------------------------------------------------
    def _open(self, xmlid, extra_context=None):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            f"emulation_commendation.{xmlid}"
        )
        context = {"search_default_year": self.year}
        context.update(extra_context or {})
        action["context"] = context
        action["domain"] = [("company_id", "=", self.company_id.id)]
        return action

    def action_open_awards(self):
        return self._open("commendation_award_analysis_action")

    def action_open_dossiers(self):
        return self._open("commendation_dossier_analysis_action")

    def action_open_steps(self):
        return self._open("commendation_dossier_stage_log_action")

    def action_open_candidates(self):
        return self._open("commendation_dossier_line_analysis_action")

    def action_open_fund(self):
        return self._open("commendation_fund_move_analysis_action")

    def action_open_calendar(self):
        self.ensure_one()
        calendar = self.env["emulation.year.calendar"]._get_for(
            self.company_id, self.year
        )
        if calendar:
            return calendar.action_open_events()
        return self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.emulation_calendar_event_action"
        )
