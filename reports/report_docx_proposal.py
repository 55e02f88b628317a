from odoo import models

from . import emulation_document_words as words


class ReportDocxProposal(models.AbstractModel):
    """The Department's Tờ trình upwards with its list (Word)."""

    _name = "report.emulation_commendation.docx_proposal"
    _inherit = "emulation.docx.round"
    _description = "Proposal Upwards (Word)"
    _docx_model = "commendation.proposal"

    def _vote_text(self, line):
        total = line.vote_member_total or line.session_id.member_total
        if not line.votes_for or not total:
            return ""
        return "%s/%s (%s)" % (
            line.votes_for,
            total,
            self._doc_helper().percent_text(100.0 * line.votes_for / total),
        )

    def _get_docx_values(self, proposal, data):
        helper = self._doc_helper()
        company = proposal.company_id
        agency = helper._agency(company)
        lines = proposal.line_ids
        values = self._nd30_head(
            company, "TTr", proposal.name, proposal.date, "TỜ TRÌNH", proposal.subject
        )
        grounds = self._grounds(
            lines,
            lines.type_id,
            proposal.date,
            "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng %(agency)s ngày "
            "%(date)s;",
            agency=helper.sentence_case(agency["name"]),
        )
        addressee = proposal.addressee or ""
        number_text = proposal.name or "\u00a0" * 6 + "/TTr-%s" % agency["code"]
        values.update(
            {
                "to_authority": addressee,
                "grounds": grounds,
                "request": "%s kính đề nghị %s xem xét, khen thưởng cho %s tập thể, "
                "cá nhân đã có thành tích xuất sắc năm %s, cụ thể như sau:"
                % (
                    helper.sentence_case(agency["name"]),
                    addressee,
                    helper.two_digits(len(lines)),
                    proposal.year,
                ),
                "type_items": [
                    item + "." for item in self._type_items(lines, style="proposal")
                ],
                "annex_title": "DANH SÁCH",
                "annex_subject": "Tập thể, cá nhân đề nghị %s khen thưởng năm %s"
                % (addressee, proposal.year),
                "annex_subtitle": "(Kèm theo Tờ trình số %s ngày %s của %s)"
                % (
                    number_text,
                    helper.date_text(proposal.date) or "\u00a0" * 6,
                    helper.sentence_case(agency["name"]),
                ),
                "rows": [
                    dict(row, note=row.get("note", ""))
                    for row in self._grouped_rows(
                        lines, extra=lambda line: {"note": self._vote_text(line)}
                    )
                ],
                "total_count": helper.two_digits(len(lines)),
            }
        )
        values.update(
            self._nd30_foot(
                company,
                [
                    "Như trên",
                    words.ADDRESSEE_UNITS.get(proposal.authority_level, ""),
                    "Lãnh đạo Sở",
                ],
                sign_lines=helper.split_lines(proposal.signer_title),
                signer=proposal.signer_name or agency["signer_name"],
            )
        )
        return values
