from odoo import models

from . import emulation_document_words as words


class ReportDocxEmulationReport(models.AbstractModel):
    """Báo cáo sơ kết 6 tháng / tổng kết năm (Word): the content of the PDF
    ``report_emulation_report_document``, from ``emulation.report._get_figures``."""

    _name = "report.emulation_commendation.docx_emulation_report"
    _inherit = "emulation.docx.report"
    _description = "Periodic Report (Word)"
    _docx_model = "emulation.report"

    def _get_docx_values(self, report, data):
        helper = self._doc_helper()
        company = report.company_id
        agency_text = helper.sentence_case(helper._agency(company)["name"])
        figures = report._get_figures()
        semi = report.kind == "semiannual"
        year = report.year
        if semi:
            subject = "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm %s" % year
            period = "6 tháng đầu năm %s" % year
            direction = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM %s" % year
            conclusion = (
                "sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm %s" % year
            )
        else:
            subject = (
                "Tổng kết công tác thi đua, khen thưởng năm %s và phương hướng, "
                "nhiệm vụ năm %s" % (year, year + 1)
            )
            period = "năm %s" % year
            direction = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM %s" % (year + 1)
            conclusion = "tổng kết công tác thi đua, khen thưởng năm %s" % year
        values = self._nd30_head(
            company, "BC", report.number, report.date, "BÁO CÁO", subject
        )
        two = helper.two_digits
        pledges_text = "Số giao ước thi đua năm %s: %s" % (
            year,
            two(figures["pledge_count"]),
        )
        if figures["pledges"]:
            pledges_text += " (%s)" % "; ".join(figures["pledges"].mapped("name"))
        awards_text = "Số hồ sơ đề nghị khen thưởng trong kỳ: %s" % two(
            figures["dossier_count"]
        )
        if figures["dossiers_by_state"]:
            awards_text += " (%s)" % "; ".join(
                "%s: %s" % (words.DOSSIER_STATE_WORDS.get(state, label).lower(), count)
                for state, label, count in figures["dossiers_by_state"]
            )
        awards_text += (
            ". Số tập thể, cá nhân được khen thưởng: %s, tổng tiền thưởng %s đồng."
            % (two(figures["award_count"]), helper.money(figures["award_amount"]))
        )
        result = helper.is_html_empty(report.result_text)
        values.update(
            {
                "introduction": "Thực hiện Kế hoạch công tác thi đua, khen thưởng "
                "năm %s, %s báo cáo kết quả công tác thi đua, khen thưởng %s (từ "
                "ngày %s đến ngày %s) như sau:"
                % (
                    year,
                    agency_text,
                    period,
                    helper.date_text(report.date_from),
                    helper.date_text(report.date_to),
                ),
                "movements_text": "Trong kỳ, cơ quan triển khai %s phong trào thi "
                "đua, trong đó %s phong trào đã được sơ kết, tổng kết."
                % (
                    two(figures["movement_count"]),
                    two(figures["movement_reviewed_count"]),
                ),
                "movements": [
                    {
                        "index": index,
                        "name": movement.name,
                        "level": words.MOVEMENT_LEVEL_WORDS.get(movement.level, ""),
                        "period": helper.date_text(movement.date_start)
                        + (
                            " - %s" % helper.date_text(movement.date_end)
                            if movement.date_end
                            else ""
                        ),
                    }
                    for index, movement in enumerate(figures["movements"], start=1)
                ],
                "tasks_text": "Tổng số nhiệm vụ trong kỳ: %s; đã hoàn thành: %s."
                % (two(figures["task_count"]), two(figures["task_done_count"])),
                "tasks_by_quarter": [
                    {
                        "period": words.QUARTER_WORDS.get(key, key),
                        "total": counts["total"],
                        "done": counts["done"],
                    }
                    for key, counts in figures["tasks_by_quarter"]
                ],
                "pledges_text": pledges_text + ".",
                "awards_text": awards_text,
                "award_rows": [
                    {
                        "index": index,
                        "name": ctype.name,
                        "level": words.LEVEL_WORDS.get(ctype.authority_level, ""),
                        "collective": collective,
                        "individual": individual,
                    }
                    for index, (ctype, collective, individual) in enumerate(
                        figures["award_rows"], start=1
                    )
                ]
                if figures["awards_by_type"]
                else [],
                "units": [
                    {
                        "name": unit["department"].name,
                        "tasks": unit["tasks"],
                        "tasks_done": unit["tasks_done"],
                        "dossiers": unit["dossiers"],
                        "awards": unit["awards"],
                    }
                    for unit in figures["units"]
                ],
                "result_text": []
                if result
                else self._html_paragraphs(report.result_text),
                "shortcoming_text": self._html_paragraphs(report.shortcoming_text)
                or [".........."],
                "direction_title": direction,
                "direction_text": self._html_paragraphs(report.direction_text)
                or [".........."],
                "conclusion": "Trên đây là báo cáo %s của %s./."
                % (conclusion, agency_text),
            }
        )
        values.update(
            self._nd30_foot(
                company, report.partner_ids.mapped("name") + ["Lãnh đạo Sở"]
            )
        )
        return values
