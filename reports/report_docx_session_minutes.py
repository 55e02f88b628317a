from odoo import models

from . import emulation_document_words as words


class ReportDocxSessionMinutes(models.AbstractModel):
    """Biên bản họp Hội đồng Thi đua - Khen thưởng (Word): attendance, written
    opinions, the tally of each candidate counted on the council's total
    members, the conclusion."""

    _name = "report.emulation_commendation.docx_session_minutes"
    _inherit = "emulation.docx.round"
    _description = "Council Session Minutes (Word)"
    _docx_model = "commendation.council.session"

    def _percent(self, part, total):
        if not total:
            return "0%"
        return self._doc_helper().percent_text(100.0 * part / total)

    def _session_values(self, session):
        """What the minutes, the ballot and the tally share."""
        helper = self._doc_helper()
        company = session.company_id
        agency = helper._agency(company)
        members = session.member_ids.sorted(lambda m: (m.role != "chair", m.id))
        present = session.present_member_ids
        written = session.written_member_ids
        total = session.member_total or len(members)
        lines = session.line_ids
        values = self._nd30_head(
            company,
            "BB",
            False,
            session.date,
            "BIÊN BẢN",
            "Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng năm %s"
            % session.year,
            **self._document_report()._council_head(company),
        )
        chair = session.chair_id.name or ""
        secretary = session.secretary_id.name or ""
        candidates = []
        for line in lines:
            required = line.votes_required or line.votes_needed
            if line.state in ("on_agenda", "verified", "draft"):
                result = "Đạt" if line.vote_passing else "Không đạt"
            else:
                result = "Đạt" if line.state not in ("not_passed",) else "Không đạt"
            threshold = line.type_id.vote_threshold
            rule = ">" if line.type_id.vote_rule == "more_than" else "≥"
            candidates.append(
                {
                    "line": line,
                    "name": line.recipient_name or "",
                    "position": self._position(line),
                    "type": (line.type_id.name or "")
                    + (" (bỏ phiếu kín)" if line.secret_ballot else ""),
                    "votes_for": line.votes_for,
                    "votes_against": line.votes_against,
                    "share": self._percent(line.votes_for, total),
                    "needed": "%s %s%% (%s phiếu)"
                    % (rule, ("%g" % threshold).replace(".", ","), required)
                    if threshold
                    else "-",
                    "result": result,
                }
            )
        values.update(
            {
                "session_date": helper.date_text(session.date),
                "place": session.place
                or "trụ sở %s" % helper.sentence_case(agency["name"]),
                "council": session.council_id.name or words.COUNCIL_NAME,
                "chair": chair,
                "secretary": secretary,
                "member_total": helper.two_digits(total),
                "present_count": helper.two_digits(len(present)),
                "absent_count": helper.two_digits(max(total - len(present), 0)),
                "written_count": helper.two_digits(len(written)),
                "members": [
                    {
                        "index": index,
                        "name": member.employee_id.name or "",
                        "job": member.job_title or member.employee_id.job_title or "",
                        "role": words.ROLE_WORDS.get(member.role, ""),
                        "attendance": "Có mặt"
                        if member in present
                        else (
                            "Vắng, có ý kiến bằng văn bản"
                            if member in written
                            else "Vắng"
                        ),
                    }
                    for index, member in enumerate(members, start=1)
                ],
                "candidates": candidates,
                "units": ", ".join(
                    sorted(set(lines.mapped("proposing_department_id.name")) - {False})
                ),
            }
        )
        return values

    def _get_docx_values(self, session, data):
        helper = self._doc_helper()
        values = self._session_values(session)
        candidates = values.pop("candidates")
        passed = [c for c in candidates if c["result"] == "Đạt"]
        values.update(
            {
                "opening": "Hôm nay, ngày %s, tại %s, %s họp xét đề nghị khen thưởng "
                "của các phòng, đơn vị: %s."
                % (
                    values["session_date"],
                    values["place"],
                    values["council"],
                    values["units"] or "...",
                ),
                "attendance": "Tổng số thành viên Hội đồng: %s; có mặt: %s; vắng "
                "mặt: %s (trong đó %s thành viên gửi ý kiến bằng văn bản). Tỷ lệ "
                "phiếu đồng ý được tính trên tổng số thành viên Hội đồng."
                % (
                    values["member_total"],
                    values["present_count"],
                    values["absent_count"],
                    values["written_count"],
                ),
                "discussion": self._html_paragraphs(session.minutes),
                "results": [
                    dict(
                        {k: v for k, v in candidate.items() if k != "line"},
                        index=index,
                    )
                    for index, candidate in enumerate(candidates, start=1)
                ],
                "conclusion": "Hội đồng thống nhất đề nghị xét khen thưởng %s tập "
                "thể, cá nhân đạt mức phiếu đồng ý theo quy định (có danh sách kèm "
                "theo); %s trường hợp không đạt."
                % (
                    helper.two_digits(len(passed)),
                    helper.two_digits(len(candidates) - len(passed)),
                ),
                "closing": "Cuộc họp kết thúc cùng ngày. Biên bản đã được thông qua "
                "trước Hội đồng và các thành viên dự họp nhất trí./.",
                "sign_left": {
                    "title": "THƯ KÝ",
                    "note": "",
                    "name": values["secretary"],
                },
                "sign_right": {
                    "title": "CHỦ TỊCH HỘI ĐỒNG",
                    "note": "",
                    "name": values["chair"],
                },
            }
        )
        return values
