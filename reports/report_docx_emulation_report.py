from odoo import models


class ReportDocxEmulationReport(models.AbstractModel):
    """Báo cáo sơ kết 6 tháng / tổng kết năm (Word): the values of the PDF
    ``report_emulation_report`` (its units in the organisation's order), with
    the sentences that the QWeb template writes around them written out and
    the typed texts as paragraphs."""

    _name = "report.emulation_commendation.docx_emulation_report"
    _inherit = "emulation.docx.report"
    _description = "Periodic Report (Word)"
    _docx_model = "emulation.report"

    def _get_docx_values(self, report, data):
        document = self.env[
            "report.emulation_commendation.report_emulation_report"
        ]._document_values(report, data)
        year = document["year"]
        values = self._docx_head(document)
        pledges_text = "Số giao ước thi đua năm %s: %s" % (
            year,
            document["pledge_count"],
        )
        if document["pledge_names"]:
            pledges_text += " (%s)" % document["pledge_names"]
        awards_text = (
            "Số hồ sơ đề nghị khen thưởng trong kỳ: %s" % document["dossier_count"]
        )
        if document["dossier_states"]:
            awards_text += " (%s)" % document["dossier_states"]
        awards_text += (
            ". Số tập thể, cá nhân được khen thưởng: %s, tổng tiền thưởng %s đồng."
            % (document["award_count"], document["award_amount"])
        )
        values.update(
            {
                "introduction": "Thực hiện Kế hoạch công tác thi đua, khen thưởng "
                "năm %s, %s báo cáo kết quả công tác thi đua, khen thưởng %s (từ "
                "ngày %s đến ngày %s) như sau:"
                % (
                    year,
                    document["agency_phrase"],
                    document["period"],
                    document["date_from"],
                    document["date_to"],
                ),
                "movements_text": "Trong kỳ, cơ quan triển khai %s phong trào thi "
                "đua, trong đó %s phong trào đã được sơ kết, tổng kết."
                % (document["movement_count"], document["movement_reviewed_count"]),
                "movements": [
                    {
                        "index": index,
                        "name": movement["name"],
                        "level": movement["level"],
                        "period": movement["date_start"]
                        + (
                            " - %s" % movement["date_end"]
                            if movement["date_end"]
                            else ""
                        ),
                    }
                    for index, movement in enumerate(document["movements"], start=1)
                ],
                "tasks_text": "Tổng số nhiệm vụ trong kỳ: %s; đã hoàn thành: %s."
                % (document["task_count"], document["task_done_count"]),
                "tasks_by_quarter": [
                    {"period": row["label"], "total": row["total"], "done": row["done"]}
                    for row in document["tasks_by_quarter"]
                ],
                "pledges_text": pledges_text + ".",
                "awards_text": awards_text,
                "award_rows": [
                    {
                        "index": index,
                        "name": row["name"],
                        "level": row["level"],
                        "collective": row["collectives"],
                        "individual": row["individuals"],
                    }
                    for index, row in enumerate(document["award_rows"], start=1)
                ]
                if document["show_awards"]
                else [],
                "units": document["units"],
                "result_text": self._html_paragraphs(document["result_html"]),
                "shortcoming_text": self._html_paragraphs(document["shortcoming_html"])
                or [".........."],
                "direction_title": document["direction_title"],
                "direction_text": self._html_paragraphs(document["direction_html"])
                or [".........."],
                "conclusion": "Trên đây là báo cáo %s của %s./."
                % (document["closing"], document["agency_phrase"]),
            }
        )
        values.update(self._nd30_foot(report.company_id, document["recipients"]))
        return values
