"""The fund's spreadsheet (sổ theo dõi Quỹ thi đua, khen thưởng) and its
sheet in the annual report's spreadsheet."""

from odoo import models

from . import emulation_document_words as words
from .xlsx_builder import XlsxBuilder
from .xlsx_builder import XlsxColumn as Col


class EmulationXlsxExport(models.AbstractModel):
    _inherit = "emulation.xlsx.export"

    def _exports(self):
        exports = super()._exports()
        exports["fund"] = (
            "_fund_xlsx",
            "So-theo-doi-Quy-thi-dua-khen-thuong",
            ("commendation.fund",),
        )
        return exports

    def _fund_columns(self):
        return [
            Col("STT", 6, "int"),
            Col("Ngày", 12, "date"),
            Col("Loại", 16),
            Col("Nội dung", 50),
            Col("Số chứng từ / quyết định", 22),
            Col("Thu (đồng)", 16, "money"),
            Col("Chi (đồng)", 16, "money"),
            Col("Tồn quỹ (đồng)", 16, "money"),
        ]

    def _fund_rows(self, moves):
        balance = 0.0
        for index, move in enumerate(moves, 1):
            balance += move.signed_amount
            income = move.amount if move.kind != "expense" else None
            outgo = move.amount if move.kind == "expense" else None
            yield (
                index,
                move.date,
                words.FUND_MOVE_WORDS.get(move.kind, ""),
                move.description,
                move.document_ref or move.decision_id.name or "",
                income,
                outgo,
                balance,
            )

    def _add_fund_sheet(self, builder, fund):
        moves = fund.move_ids.sorted(lambda m: (m.date, m.id))
        incomes = sum(moves.filtered(lambda m: m.kind != "expense").mapped("amount"))
        outgoes = sum(moves.filtered(lambda m: m.kind == "expense").mapped("amount"))
        builder.add_sheet(
            "Quỹ %s" % fund.year,
            self._fund_columns(),
            self._fund_rows(moves),
            title="SỔ THEO DÕI QUỸ THI ĐUA, KHEN THƯỞNG NĂM %s" % fund.year,
            subtitle=fund.company_id.emulation_agency_name or fund.company_id.name,
            totals=[None, None, None, "Cộng", None, incomes, outgoes, fund.balance],
        )

    def _fund_xlsx(self, funds):
        builder = XlsxBuilder()
        for fund in funds.sorted("year"):
            self._add_fund_sheet(builder, fund)
        return builder.close()

    def _report_xlsx_extra_sheets(self, builder, report, figures):
        result = super()._report_xlsx_extra_sheets(builder, report, figures)
        fund = figures.get("fund", {}).get("fund")
        if report.kind == "annual" and fund:
            self._add_fund_sheet(builder, fund)
        return result
