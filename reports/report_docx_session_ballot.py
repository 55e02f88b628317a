from odoo import models


class ReportDocxSessionBallot(models.AbstractModel):
    """Phiếu bầu (Word): the candidates put to the vote at the session, with
    a column to tick for each; one sheet that the Office copies for each
    member present (a secret ballot is not signed)."""

    _name = "report.emulation_commendation.docx_session_ballot"
    _inherit = "report.emulation_commendation.docx_session_minutes"
    _description = "Council Ballot (Word)"

    def _get_docx_values(self, session, data):
        values = self._session_values(session)
        candidates = [c for c in values.pop("candidates") if c["line"].vote_threshold]
        values.update(
            {
                "title": "PHIẾU BẦU",
                "subject": "Xét đề nghị tặng danh hiệu thi đua, hình thức khen "
                "thưởng năm %s" % session.year,
                "instructions": "Thành viên Hội đồng đánh dấu (X) vào cột “Đồng ý” "
                "hoặc “Không đồng ý” đối với từng tập thể, cá nhân; phiếu đánh dấu "
                "cả hai cột hoặc không đánh dấu là phiếu không hợp lệ đối với tập "
                "thể, cá nhân đó.",
                "candidates": [
                    {
                        "index": index,
                        "name": c["name"],
                        "position": c["position"],
                        "type": c["type"],
                    }
                    for index, c in enumerate(candidates, start=1)
                ],
            }
        )
        return values
