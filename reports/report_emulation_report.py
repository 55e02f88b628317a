"""Báo cáo sơ kết 6 tháng / tổng kết năm (emulation.report): the figures of
the model, worded for the printed document."""

from odoo import api, models

from . import emulation_document_words as words
from .emulation_document_helper import unit_order_key


class ReportEmulationReport(models.AbstractModel):
    """``figures[report id]``: ``emulation.report._get_figures()``, its units
    in the organisation's order; ``labels``: the Vietnamese words of the
    selections (quarter, level, movement_level); ``dossier_states[report
    id]``: "dự thảo: 2; đang xét: 3" (the dossiers of the period by state)."""

    _name = "report.emulation_commendation.report_emulation_report"
    _description = "Periodic Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        reports = self.env["emulation.report"].browse(docids or [])
        reports.check_access("read")
        figures = {}
        dossier_states = {}
        for report in reports:
            values = report._get_figures()
            values["units"] = sorted(
                values.get("units", []),
                key=lambda unit: unit_order_key(unit["department"]),
            )
            figures[report.id] = values
            dossier_states[report.id] = "; ".join(
                "%s: %s"
                % (
                    words.DOSSIER_STATE_WORDS.get(state, label).lower(),
                    count,
                )
                for state, label, count in values.get("dossiers_by_state", [])
            )
        return {
            "doc_ids": reports.ids,
            "doc_model": "emulation.report",
            "docs": reports,
            "figures": figures,
            "dossier_states": dossier_states,
            "labels": {
                "quarter": words.QUARTER_WORDS,
                "level": words.LEVEL_WORDS,
                "movement_level": words.MOVEMENT_LEVEL_WORDS,
            },
        }
