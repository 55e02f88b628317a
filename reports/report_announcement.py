"""Thông báo công khai (commendation.announcement): the notice and its list
of candidates, as plain values."""

from odoo import models

from . import emulation_document_words as words


class ReportAnnouncement(models.AbstractModel):
    """``documents[announcement id]``: the head and foot keys of
    ``emulation.document.report``, plus ``legal_basis`` (lines),
    ``agency_phrase`` ("Sở Ngoại vụ thành phố Hải Phòng"), ``count_text``
    ("02 tập thể và 03 cá nhân"), ``year``, ``session_date`` ("" without a
    council session), ``place``, ``working_days`` ("05"), ``date_end`` and
    ``annex_reference`` ("12/TB-NV ngày 01/03/2025") and ``rows``: [{"index",
    "name", "position", "type_name", "proposing_unit"}]."""

    _name = "report.emulation_commendation.report_announcement"
    _inherit = "emulation.document.report"
    _description = "Public Notice"
    _document_model = "commendation.announcement"

    def _document_values(self, announcement, data):
        helper = self._helper()
        company = announcement.company_id
        agency = helper._agency(company)
        values = self._head(
            company,
            "TB",
            announcement.name,
            announcement.date_start,
            "THÔNG BÁO",
            announcement.subject,
        )
        values.update(self._foot_one_title(company, words.RECIPIENTS["announcement"]))
        lines = announcement._notice_rows()
        collectives = sum(1 for line in lines if line.recipient_kind == "collective")
        session = announcement.session_id
        values.update(
            {
                "legal_basis": helper.default_legal_basis_lines(),
                "agency_phrase": helper.sentence_case(agency["name"]),
                "count_text": helper.count_phrase(
                    collectives, len(lines) - collectives
                ),
                "year": announcement.year,
                "session_date": helper.date_text(session.date) if session else "",
                "notice_place": announcement.place or "trụ sở cơ quan",
                "working_days": helper.two_digits(announcement.working_days),
                "date_end": helper.date_text(announcement.date_end),
                "annex_reference": "%s/TB-%s ngày %s"
                % (
                    helper.number_short(announcement.name) or "\u00a0" * 6,
                    agency["code"],
                    helper.date_text(announcement.date_start),
                ),
                "rows": [
                    {
                        "index": index,
                        "name": line.recipient_name,
                        "position": self._notice_position(line),
                        "type_name": line.type_id.name,
                        "proposing_unit": line.proposing_unit_name or "",
                    }
                    for index, line in enumerate(lines, start=1)
                ],
            }
        )
        return values

    def _notice_position(self, line):
        """'Tập thể, Phòng A' for a collective, 'Chuyên viên, Phòng A' for a
        person."""
        if line.recipient_kind == "collective":
            parts = [words.RECIPIENT_WORDS["collective"], line.recipient_unit_name]
        else:
            parts = [line.recipient_job_title, line.recipient_unit_name]
        return ", ".join(part for part in parts if part)
