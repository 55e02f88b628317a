"""Báo cáo sơ kết 6 tháng / tổng kết năm (emulation.report): the figures of
the model, worded for the printed document."""

from odoo import models

from . import emulation_document_words as words
from .emulation_document_helper import unit_order_key


class ReportEmulationReport(models.AbstractModel):
    """``documents[report id]``: the head and foot keys of
    ``emulation.document.report`` and the plain values of the body, from
    ``emulation.report._get_figures()`` (its units in the organisation's
    order): counts as printed ("02"), the rows of the tables (movements,
    tasks by quarter, awards by title or form, units), the typed texts
    (markup or False) and ``fund`` (the year's figures of the fund in the
    annual report, else False)."""

    _name = "report.emulation_commendation.report_emulation_report"
    _inherit = "emulation.document.report"
    _description = "Periodic Report"
    _document_model = "emulation.report"

    def _document_values(self, report, data):
        helper = self._helper()
        company = report.company_id
        semi = report.kind == "semiannual"
        year = report.year
        if semi:
            subject = "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm %s" % year
        else:
            subject = (
                "Tổng kết công tác thi đua, khen thưởng năm %s và phương hướng, "
                "nhiệm vụ năm %s" % (year, year + 1)
            )
        values = self._head(
            company, "BC", report.number, report.date, "BÁO CÁO", subject
        )
        values.update(
            self._foot_one_title(
                company, report.partner_ids.mapped("name") + ["Lãnh đạo Sở"]
            )
        )
        values.update(self._figure_values(report, semi))
        values.update(
            {
                "year": year,
                "agency_phrase": helper.sentence_case(helper._agency(company)["name"]),
                "period": "6 tháng đầu năm %s" % year if semi else "năm %s" % year,
                "date_from": helper.date_text(report.date_from),
                "date_to": helper.date_text(report.date_to),
                "result_html": self._html_or_false(report.result_text),
                "shortcoming_html": self._html_or_false(report.shortcoming_text),
                "direction_html": self._html_or_false(report.direction_text),
                "direction_title": "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM %s"
                % year
                if semi
                else "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM %s" % (year + 1),
                "closing": (
                    "sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm %s" % year
                    if semi
                    else "tổng kết công tác thi đua, khen thưởng năm %s" % year
                ),
            }
        )
        return values

    def _figure_values(self, report, semi):
        helper = self._helper()
        f = report._get_figures()
        units = sorted(
            f.get("units", []), key=lambda unit: unit_order_key(unit["department"])
        )
        fund = f.get("fund") or {}
        return {
            "movement_count": helper.two_digits(f["movement_count"]),
            "movement_reviewed_count": helper.two_digits(f["movement_reviewed_count"]),
            "movements": [
                {
                    "name": movement.name,
                    "level": words.MOVEMENT_LEVEL_WORDS.get(movement.level, ""),
                    "date_start": helper.date_text(movement.date_start),
                    "date_end": helper.date_text(movement.date_end),
                }
                for movement in f["movements"]
            ],
            "task_count": helper.two_digits(f["task_count"]),
            "task_done_count": helper.two_digits(f["task_done_count"]),
            "tasks_by_quarter": [
                {
                    "label": words.QUARTER_WORDS.get(quarter, quarter),
                    "total": counts["total"],
                    "done": counts["done"],
                }
                for quarter, counts in f["tasks_by_quarter"]
            ],
            "pledge_count": helper.two_digits(f["pledge_count"]),
            "pledge_names": "; ".join(f["pledges"].mapped("name")),
            "dossier_count": helper.two_digits(f["dossier_count"]),
            "dossier_states": "; ".join(
                "%s: %s" % (words.DOSSIER_STATE_WORDS.get(state, label).lower(), count)
                for state, label, count in f.get("dossiers_by_state", [])
            ),
            "award_count": helper.two_digits(f["award_count"]),
            "award_amount": helper.money(f["award_amount"]),
            "show_awards": bool(f["awards_by_type"]),
            "award_rows": [
                {
                    "name": ctype.name,
                    "level": words.LEVEL_WORDS.get(ctype.authority_level, ""),
                    "collectives": collectives,
                    "individuals": individuals,
                }
                for ctype, collectives, individuals in f["award_rows"]
            ],
            "units": [
                {
                    "name": unit["department"].name,
                    "tasks": unit["tasks"],
                    "tasks_done": unit["tasks_done"],
                    "dossiers": unit["dossiers"],
                    "awards": unit["awards"],
                }
                for unit in units
            ],
            "fund": {
                "receipts": helper.money(fund["receipts"]),
                "expenses": helper.money(fund["expenses"]),
                "balance": helper.money(fund["balance"]),
            }
            if not semi and fund.get("fund")
            else False,
        }
