"""The council session's documents (commendation.council.session): the
Biên bản of the meeting, the ballot papers (Phiếu bầu) of the secret-ballot
titles and the vote-count minutes (Biên bản kiểm phiếu)."""

from odoo import models
from odoo.exceptions import UserError

from . import emulation_document_words as words


class ReportSessionBase(models.AbstractModel):
    """What the three documents of a session share: the council's head, the
    attendance and the tallies grouped by title or form."""

    _name = "report.emulation_commendation.session_base"
    _inherit = "emulation.document.report"
    _description = "Council Session Document Values"
    _document_model = "commendation.council.session"

    def _session_head(self, session, title, subject):
        council = self._council_head(session.company_id)
        values = self._head(
            session.company_id,
            "BB",
            False,
            session.date,
            title,
            subject,
            parent=council["parent"],
            agency=council["agency"],
        )
        values.update(
            self._foot(
                session.company_id,
                [],
                "CHỦ TỊCH HỘI ĐỒNG",
                session.chair_id.name or "",
            )
        )
        values["session"] = session.name or ""
        return values

    def _secret_lines(self, session, error):
        """The candidates voted by secret ballot; ``error`` (a message) when
        there is none."""
        secret = session.line_ids.filtered(lambda line: line.type_id.secret_ballot)
        if not secret:
            raise UserError(error)
        return secret

    def _session_place(self, session):
        helper = self._helper()
        agency = helper.sentence_case(helper._agency(session.company_id)["name"])
        return session.place or "trụ sở %s" % agency

    def _attendance(self, session):
        """Counts of the members on the session's date and the quorum."""
        helper = self._helper()
        council = session.council_id
        total = session.member_total
        present = session.present_count
        written = session.written_count
        absent = max(total - present - written, 0)
        quorum = (
            "%s/%s tổng số thành viên"
            % (council.quorum_numerator, council.quorum_denominator)
            if council
            else ""
        )
        if session.quorum_reached:
            quorum_text = (
                "Số thành viên có mặt bảo đảm tỷ lệ theo quy chế (ít nhất %s "
                "thành viên, %s)."
                % (helper.two_digits(session.quorum_required), quorum)
            )
        else:
            quorum_text = (
                "Số thành viên có mặt chưa bảo đảm tỷ lệ theo quy chế (cần ít "
                "nhất %s thành viên, %s)."
                % (helper.two_digits(session.quorum_required), quorum)
            )
        return {
            "total": total,
            "present": present,
            "written": written,
            "absent": absent,
            "total_text": helper.two_digits(total),
            "present_text": helper.two_digits(present),
            "written_text": helper.two_digits(written),
            "absent_text": helper.two_digits(absent),
            "quorum_required": session.quorum_required,
            "quorum_reached": session.quorum_reached,
            "quorum_text": quorum_text,
            "line": "Tổng số thành viên Hội đồng: %s; có mặt: %s; vắng mặt có ý "
            "kiến bằng văn bản: %s; vắng mặt: %s."
            % (
                helper.two_digits(total),
                helper.two_digits(present),
                helper.two_digits(written),
                helper.two_digits(absent),
            ),
        }

    def _members(self, session):
        """Members on the session's date with their attendance."""
        rows = []
        members = session.member_ids.sorted(lambda m: (m.sequence, m.id))
        for index, member in enumerate(members, start=1):
            if member in session.present_member_ids:
                attendance = "present"
            elif member in session.written_member_ids:
                attendance = "written"
            else:
                attendance = "absent"
            rows.append(
                {
                    "index": index,
                    "name": member.employee_id.name or "",
                    "position": member.job_title or member.employee_id.job_title or "",
                    "role": words.ROLE_WORDS.get(member.role, ""),
                    "attendance": words.ATTENDANCE_WORDS[attendance],
                    "attendance_key": attendance,
                }
            )
        return rows

    def _tally_items(self, session, lines):
        """One item per candidate with its tally and result: the figures
        settled when the session closed, else the live ones."""
        helper = self._helper()
        closed = session.state == "closed"
        items = []
        for line in lines:
            ctype = line.type_id
            total = (line.vote_member_total if closed else 0) or session.member_total
            required = line.votes_required if closed else line.votes_needed
            if closed:
                passed = line.vote_passed
            elif line.state == "on_agenda":
                passed = None
            else:
                passed = line.vote_passed
            tallied = bool(ctype.vote_threshold or line.votes_for or line.votes_against)
            share = 100.0 * line.votes_for / total if total else 0.0
            items.append(
                {
                    "type": ctype,
                    "kind": self._recipient_kind(line),
                    "unit": self._recipient_unit(line),
                    "unit_name": line.recipient_unit_name or "",
                    "name": line.recipient_name or "",
                    "position": self._person_position(line),
                    "votes_for": line.votes_for if tallied else "",
                    "votes_against": line.votes_against if tallied else "",
                    "votes_required": required,
                    "share": share,
                    "share_text": helper.percent_text(share) if tallied else "—",
                    "threshold_text": helper.percent_text(ctype.vote_threshold, 0)
                    if ctype.vote_threshold
                    else "—",
                    "passed": passed,
                    "result": words.RESULT_WORDS[passed],
                }
            )
        return items

    def _rule_text(self, ctype, total):
        """'Bỏ phiếu kín; cần đạt từ 80% trở lên tính trên tổng số thành viên
        Hội đồng (ít nhất 08/09 phiếu đồng ý).'"""
        helper = self._helper()
        parts = []
        if ctype.secret_ballot:
            parts.append("Bỏ phiếu kín")
        if ctype.vote_threshold:
            rule = words.VOTE_RULE_WORDS.get(
                ctype.vote_rule, words.VOTE_RULE_WORDS["at_least"]
            ) % {"threshold": helper.percent_text(ctype.vote_threshold, 0)}
            parts.append(
                "cần đạt số phiếu đồng ý %s tính trên tổng số thành viên Hội đồng "
                "(ít nhất %s/%s phiếu)"
                % (
                    rule,
                    helper.two_digits(ctype._votes_required(total)),
                    helper.two_digits(total),
                )
            )
        else:
            parts.append(words.NO_TALLY)
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] + "."

    def _tally_sections(self, session, lines):
        sections = self._sections(self._tally_items(session, lines), unit_titles=False)
        Type = self.env["commendation.type"]
        for section in sections:
            ctype = Type.browse(section["type_id"])
            rows = [
                row
                for kind in section["kinds"]
                for unit in kind["units"]
                for row in unit["rows"]
            ]
            section["rule_text"] = self._rule_text(ctype, session.member_total)
            section["secret_ballot"] = bool(ctype.secret_ballot)
            section["passed_count"] = len([row for row in rows if row["passed"]])
            section["rows"] = rows
        return sections


class ReportSessionMinutes(models.AbstractModel):
    """Biên bản họp Hội đồng Thi đua - Khen thưởng: one for the whole
    session, the candidates grouped by title or form with each tally.

    ``documents[session id]``: the head keys of ``emulation.document.report``
    (the council's agency block) and:

    session          "PH/2025/001"
    opening          "Hôm nay, ngày ..., tại ..., Hội đồng ... họp ..."
    grounds          ["Căn cứ Quyết định số ... thành lập Hội đồng ...;"]
    chair, secretary names; chair_line, secretary_line
    attendance       counts (total, present, written, absent and their
                     two-digit texts), quorum_text, line
    members          [{"index", "name", "position", "role", "attendance"}]
    content          the paragraph that opens section II
    discussion_html  the session's discussion (HTML) or ""
    written_line     "Số thành viên vắng mặt có ý kiến bằng văn bản: 02 ..."
    sections         the tallies by title or form (see ``_sections``), each
                     with rule_text, secret_ballot, passed_count and rows:
                     index, name, position, votes_for, votes_against,
                     share_text (% of the total members), threshold_text,
                     result
    conclusions      ["Danh hiệu “...”: 03/04 trường hợp đạt ...", ...]
    closing          the closing sentence
    signatures       [{"title": "THƯ KÝ", "name"}, {"title": "CHỦ TỊCH HỘI ĐỒNG", ...}]
    """

    _name = "report.emulation_commendation.report_session_minutes"
    _inherit = "report.emulation_commendation.session_base"
    _description = "Council Session Minutes"

    def _document_values(self, session, data):
        helper = self._helper()
        values = self._session_head(
            session,
            "BIÊN BẢN",
            "Họp %s xét khen thưởng năm %s" % (words.COUNCIL_NAME, session.year),
        )
        agency = helper.sentence_case(helper._agency(session.company_id)["name"])
        council = session.council_id
        council_name = "%s %s" % (words.COUNCIL_NAME, agency)
        lines = session.line_ids
        sections = self._tally_sections(session, lines)
        attendance = self._attendance(session)
        grounds = []
        if council.decision_number:
            ground = "Căn cứ Quyết định số %s" % council.decision_number
            if council.decision_date:
                ground += " ngày %s" % helper.date_text(council.decision_date)
            grounds.append(ground + " về việc thành lập %s;" % council_name)
        chair = session.chair_id.name or words.BLANK
        secretary = session.secretary_id.name or words.BLANK
        dossiers = lines.dossier_id
        units = dossiers.department_id
        values.update(
            {
                "opening": "Hôm nay, ngày %s, tại %s, %s họp xét đề nghị khen "
                "thưởng năm %s (phiên họp số %s)."
                % (
                    helper.date_text(session.date),
                    self._session_place(session),
                    council_name,
                    session.year,
                    session.name or "",
                ),
                "grounds": grounds,
                "chair": chair,
                "secretary": secretary,
                "chair_line": "Chủ trì: %s, Chủ tịch Hội đồng." % chair,
                "secretary_line": "Thư ký: %s." % secretary,
                "attendance": attendance,
                "members": self._members(session),
                "content": "Hội đồng đã nghe Văn phòng Sở (cơ quan thường trực) báo "
                "cáo tóm tắt thành tích và kết quả thẩm định %s hồ sơ đề nghị "
                "của %s đơn vị với %s tập thể, cá nhân; các thành viên thảo luận "
                "và biểu quyết (bỏ phiếu kín đối với các danh hiệu, hình thức "
                "theo quy định). Tỷ lệ phiếu đồng ý được tính trên tổng số thành "
                "viên Hội đồng (%s thành viên), không phải trên số thành viên có "
                "mặt."
                % (
                    helper.two_digits(len(dossiers)),
                    helper.two_digits(len(units)),
                    helper.two_digits(len(lines)),
                    helper.two_digits(session.member_total),
                ),
                "discussion_html": ""
                if helper.is_html_empty(session.minutes)
                else session.minutes,
                "written_line": "Số thành viên vắng mặt có ý kiến bằng văn bản: %s "
                "(ý kiến được tính vào kết quả biểu quyết)."
                % helper.two_digits(session.written_count),
                "sections": sections,
                "conclusions": self._conclusions(session, sections),
                "closing": "Biên bản đã được thông qua trước Hội đồng và các thành "
                "viên dự họp nhất trí./.",
                "signatures": [
                    {"title": "THƯ KÝ", "name": session.secretary_id.name or ""},
                    {"title": "CHỦ TỊCH HỘI ĐỒNG", "name": session.chair_id.name or ""},
                ],
            }
        )
        return values

    def _conclusions(self, session, sections):
        helper = self._helper()
        lines = session.line_ids
        result = []
        for section in sections:
            result.append(
                "%s: %s/%s trường hợp đạt."
                % (
                    helper.capitalise(section["phrase"]),
                    helper.two_digits(section["passed_count"]),
                    helper.two_digits(section["count"]),
                )
            )
        if session.state != "closed":
            result.append("Phiên họp chưa kết thúc: kết quả chưa được chốt.")
            return result
        passed = lines.filtered("vote_passed")
        own = passed.filtered(lambda line: line.authority_level == "department")
        higher = passed - own
        if own:
            result.append(
                "Hội đồng thống nhất trình Giám đốc Sở quyết định khen thưởng %s "
                "tập thể, cá nhân đạt số phiếu theo quy định."
                % helper.two_digits(len(own))
            )
        if higher:
            result.append(
                "Hội đồng thống nhất đề nghị Giám đốc Sở trình cấp có thẩm quyền "
                "khen thưởng %s tập thể, cá nhân." % helper.two_digits(len(higher))
            )
        failed = len(lines) - len(passed)
        if failed:
            result.append(
                "%s trường hợp không đạt số phiếu theo quy định."
                % helper.two_digits(failed)
            )
        return result


class ReportSessionBallots(models.AbstractModel):
    """Phiếu bầu: one ballot per secret-ballot title or form on the agenda,
    listing its candidates with a column to cross (đồng ý / không đồng ý).

    Copies: one per member of the council on the session's date (the
    session's total members), printed ready to hand out: the ballots are
    prepared before the meeting, when attendance is not known yet, and an
    absent member gives a written opinion on the same ballot (NĐ 98/2023
    Điều 30 k7), so every member gets one; unused copies are cancelled at the
    count. ``data["copies"]`` overrides the number.

    ``documents[session id]``: the head keys and ``ballots``: [{the head keys
    with the ballot's "subject", "session_line", "type_name", "rows":
    [{"index", "name", "position"}], "choices": ("Đồng ý", "Không đồng ý"),
    "help", "copies", "copy_numbers": [1..copies]}]
    """

    _name = "report.emulation_commendation.report_session_ballots"
    _inherit = "report.emulation_commendation.session_base"
    _description = "Ballot Papers"

    def _document_values(self, session, data):
        helper = self._helper()
        values = self._session_head(session, "PHIẾU BẦU", "")
        secret = self._secret_lines(
            session,
            self.env._(
                "The session %(session)s has no candidate for a title or form "
                "voted by secret ballot: there is no ballot paper to print.",
                session=session.display_name,
            ),
        )
        copies = int(data.get("copies") or session.member_total or 1)
        ballots = []
        for section in self._tally_sections(session, secret):
            ballots.append(
                dict(
                    values,
                    **{
                        "type_name": section["type_name"],
                        "subject": "Bầu %s năm %s" % (section["phrase"], session.year),
                        "session_line": "Phiên họp %s ngày %s"
                        % (words.COUNCIL_NAME, helper.date_text(session.date)),
                        "rows": [
                            {
                                "index": row["index"],
                                "name": row["name"],
                                "position": row["position"],
                            }
                            for row in section["rows"]
                        ],
                        "choices": words.BALLOT_CHOICES,
                        "help": words.BALLOT_HELP,
                        "copies": copies,
                        "copy_numbers": list(range(1, copies + 1)),
                    },
                )
            )
        values["ballots"] = ballots
        return values


class ReportSessionCount(models.AbstractModel):
    """Biên bản kiểm phiếu of the secret ballots of a session.

    The counting board (ban kiểm phiếu) and the ballots received, valid and
    invalid are not recorded in the system: the minutes print dotted spaces
    the board fills in by hand; the ballots issued are the members present.

    ``documents[session id]``: the head keys and:

    opening, board ([{"index", "name", "role"}] with dotted names), counting
    attendance (as in the minutes), ballot_lines (["Số phiếu phát ra: 07",
    ...]), sections (secret-ballot titles only, rows as in the minutes with
    votes_valid = for + against), closing, signatures
    """

    _name = "report.emulation_commendation.report_session_count"
    _inherit = "report.emulation_commendation.session_base"
    _description = "Vote-Count Minutes"

    def _document_values(self, session, data):
        helper = self._helper()
        secret = self._secret_lines(
            session,
            self.env._(
                "The session %(session)s has no candidate for a title or form "
                "voted by secret ballot: there is no vote count to print.",
                session=session.display_name,
            ),
        )
        sections = self._tally_sections(session, secret)
        for section in sections:
            for row in section["rows"]:
                row["votes_valid"] = (row["votes_for"] or 0) + (
                    row["votes_against"] or 0
                )
        phrases = ", ".join(section["phrase"] for section in sections)
        values = self._session_head(
            session, "BIÊN BẢN KIỂM PHIẾU", "Bầu %s năm %s" % (phrases, session.year)
        )
        attendance = self._attendance(session)
        agency = helper.sentence_case(helper._agency(session.company_id)["name"])
        values.update(
            {
                "opening": "Hôm nay, ngày %s, tại %s, Ban Kiểm phiếu gồm:"
                % (helper.date_text(session.date), self._session_place(session)),
                "board": [
                    {"index": 1, "name": words.BLANK * 3, "role": "Trưởng ban"},
                    {"index": 2, "name": words.BLANK * 3, "role": "Thành viên"},
                    {"index": 3, "name": words.BLANK * 3, "role": "Thành viên"},
                ],
                "counting": "đã tiến hành kiểm phiếu bầu %s tại phiên họp %s %s "
                "ngày %s (phiên họp số %s). Kết quả như sau:"
                % (
                    phrases,
                    words.COUNCIL_NAME,
                    agency,
                    helper.date_text(session.date),
                    session.name or "",
                ),
                "attendance": attendance,
                "ballot_lines": [
                    "Tổng số thành viên Hội đồng: %s." % attendance["total_text"],
                    "Số thành viên có mặt: %s." % attendance["present_text"],
                    "Số phiếu phát ra: %s." % attendance["present_text"],
                    "Số phiếu thu về: %s." % words.BLANK,
                    "Số phiếu hợp lệ: %s." % words.BLANK,
                    "Số phiếu không hợp lệ: %s." % words.BLANK,
                    "Số ý kiến bằng văn bản của thành viên vắng mặt: %s (được cộng "
                    "vào kết quả)." % attendance["written_text"],
                ],
                "sections": sections,
                "closing": "Ban Kiểm phiếu lập biên bản này và công bố kết quả trước "
                "Hội đồng./.",
                "signatures": [
                    {"title": "CÁC THÀNH VIÊN BAN KIỂM PHIẾU", "name": ""},
                    {"title": "TRƯỞNG BAN KIỂM PHIẾU", "name": ""},
                ],
            }
        )
        return values
