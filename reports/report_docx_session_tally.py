from odoo import models


class ReportDocxSessionTally(models.AbstractModel):
    """Biên bản kiểm phiếu (Word): ballots handed out and returned, written
    opinions, and each candidate's votes counted on the council's total."""

    _name = "report.emulation_commendation.docx_session_tally"
    _inherit = "report.emulation_commendation.docx_session_minutes"
    _description = "Vote Count Minutes (Word)"

    def _get_docx_values(self, session, data):
        helper = self._doc_helper()
        values = self._session_values(session)
        candidates = [c for c in values.pop("candidates") if c["line"].vote_threshold]
        present = len(session.present_member_ids)
        values.update(
            {
                "title": "BIÊN BẢN KIỂM PHIẾU",
                "subject": "Xét đề nghị tặng danh hiệu thi đua, hình thức khen "
                "thưởng năm %s" % session.year,
                "counts": [
                    "Tổng số thành viên Hội đồng: %s." % values["member_total"],
                    "Số phiếu phát ra: %s; số phiếu thu về: %s."
                    % (helper.two_digits(present), helper.two_digits(present)),
                    "Số thành viên vắng mặt gửi ý kiến bằng văn bản: %s."
                    % values["written_count"],
                    "Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng.",
                ],
                "results": [
                    {
                        "index": index,
                        "name": c["name"],
                        "type": c["type"],
                        "votes_for": c["votes_for"],
                        "share": c["share"],
                        "votes_against": c["votes_against"],
                        "needed": c["needed"],
                        "result": c["result"],
                    }
                    for index, c in enumerate(candidates, start=1)
                ],
                "sign_left": {
                    "title": "THÀNH VIÊN BAN KIỂM PHIẾU",
                    "note": "(Ký, ghi rõ họ tên)",
                    "name": "",
                },
                "sign_right": {
                    "title": "TRƯỞNG BAN KIỂM PHIẾU",
                    "note": "(Ký, ghi rõ họ tên)",
                    "name": "",
                },
            }
        )
        return values
