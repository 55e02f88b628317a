"""Tờ trình documents: the Department's proposal upwards
(commendation.proposal) and a unit's proposal to the Director
(commendation.dossier), each with its Danh sách."""

from odoo import fields, models

from . import emulation_document_words as words


class ReportProposalBase(models.AbstractModel):
    _name = "report.emulation_commendation.proposal_base"
    _inherit = "emulation.document.report"
    _description = "Proposal Document Values"

    def _type_items(self, sections):
        """['1. Danh hiệu “...”: 02 cá nhân.', '2. Bằng khen ...: 01 tập thể.']"""
        helper = self._helper()
        result = []
        for section in sections:
            counts = section["counts"]
            result.append(
                "%s. %s: %s."
                % (
                    section["index"],
                    helper.capitalise(section["phrase"]),
                    helper.count_phrase(
                        counts.get("collective", 0),
                        counts.get("individual", 0),
                        counts.get("foreign", 0),
                    ),
                )
            )
        return result

    def _line_item(self, line, **extra):
        item = {
            "type": line.type_id,
            "kind": self._recipient_kind(line),
            "unit": self._recipient_unit(line),
            "unit_name": line.recipient_unit_name or "",
            "name": line.recipient_name or "",
            "position": self._person_position(line),
        }
        item.update(extra)
        return item


class ReportProposal(models.AbstractModel):
    """Tờ trình of the Department to the City or the Ministry, with its list.

    ``documents[proposal id]``: the head keys of ``emulation.document.report``
    and:

    addressee     "Chủ tịch Ủy ban nhân dân thành phố" (after "Kính gửi:")
    grounds       legal bases in force on the proposal's date, then "Căn cứ
                  Biên bản họp Hội đồng ... ngày ...;" for each session
    request       "Sở Ngoại vụ kính trình ... cụ thể như sau:"
    type_items    ["1. Bằng khen ...: 01 tập thể và 02 cá nhân.", ...]
    closing       "Kính trình ... xem xét, quyết định./."
    annex         {"title", "subject", "subtitle", "sections" (rows: index,
                  name, position, vote (the council's tally), achievements)}
    """

    _name = "report.emulation_commendation.report_proposal"
    _inherit = "report.emulation_commendation.proposal_base"
    _description = "Proposal to a Higher Authority"
    _document_model = "commendation.proposal"

    def _document_values(self, proposal, data):
        helper = self._helper()
        company = proposal.company_id
        agency = helper._agency(company)
        agency_name = helper.sentence_case(agency["name"])
        date = proposal.date or fields.Date.context_today(self)
        lines = proposal.line_ids
        values = self._head(
            company, "TTr", proposal.name, proposal.date, "TỜ TRÌNH", proposal.subject
        )
        values.update(
            self._foot(
                company,
                words.RECIPIENTS[
                    "proposal_ministry"
                    if proposal.authority_level == "ministry"
                    else "proposal_city"
                ],
                proposal.signer_title or agency["signer_title"],
                proposal.signer_name or agency["signer_name"],
            )
        )
        items = [
            self._line_item(
                line,
                vote=self._vote_text(line),
                achievements=line.achievements or "",
            )
            for line in lines
        ]
        sections = self._sections(items)
        addressee = proposal.addressee or ""
        grounds = helper.legal_basis_lines(self._legal_documents(lines.type_id), date)
        grounds += [
            "Căn cứ Biên bản họp %s %s ngày %s;"
            % (words.COUNCIL_NAME, agency_name, helper.date_text(session_date))
            for session_date in sorted(set(lines.session_id.mapped("date")))
        ]
        blank = "\u00a0" * 6
        values.update(
            {
                "addressee": addressee,
                "grounds": grounds,
                "request": "%s kính trình %s xem xét, khen thưởng cho %s tập thể, "
                "cá nhân đã có thành tích xuất sắc năm %s, cụ thể như sau:"
                % (
                    agency_name,
                    addressee,
                    helper.two_digits(len(lines)),
                    proposal.year,
                ),
                "type_items": self._type_items(sections),
                "attached": "(Có danh sách và hồ sơ kèm theo)",
                "closing": "Kính trình %s xem xét, quyết định./." % addressee,
                "annex": {
                    "title": "DANH SÁCH",
                    "subject": "Tập thể, cá nhân đề nghị %s khen thưởng năm %s"
                    % (addressee, proposal.year),
                    "subtitle": "(Kèm theo Tờ trình số %s ngày %s của %s)"
                    % (
                        proposal.name or "%s/TTr-%s" % (blank, agency["code"]),
                        helper.date_text(proposal.date) or blank,
                        agency_name,
                    ),
                    "sections": sections,
                    "several_types": len(sections) > 1,
                    "columns": 5,
                },
            }
        )
        return values

    def _vote_text(self, line):
        """The council's tally: '08/09 (88,9%)', or 'Thông qua' for a title
        or form passed without a tally."""
        helper = self._helper()
        total = line.vote_member_total
        if not (line.type_id.vote_threshold and total):
            return "Thông qua"
        return "%s/%s (%s)" % (
            helper.two_digits(line.votes_for),
            helper.two_digits(total),
            helper.percent_text(100.0 * line.votes_for / total),
        )


class ReportDossierProposal(models.AbstractModel):
    """Tờ trình of a unit (phòng, đơn vị) to the Director with the list of
    the people and collectives it proposes (commendation.dossier).

    ``documents[dossier id]``: the head keys (the unit's agency block) and:
    addressee, grounds (legal bases in force on the dossier's date, the
    movement), request, type_items, attached, closing, annex ({"title",
    "subject", "subtitle", "sections" with rows: index, name, position,
    note (eligibility)})
    """

    _name = "report.emulation_commendation.report_dossier_proposal"
    _inherit = "report.emulation_commendation.proposal_base"
    _description = "Unit Proposal"
    _document_model = "commendation.dossier"

    def _document_values(self, dossier, data):
        helper = self._helper()
        company = dossier.company_id
        agency = helper._agency(company)
        date = dossier.date or fields.Date.context_today(self)
        lines = dossier.line_ids.filtered(lambda line: line.state != "dropped")
        unit = dossier.department_id
        values = self._unit_head(dossier)
        values.update(
            self._foot(
                company,
                words.RECIPIENTS["unit_proposal"],
                self._unit_sign_title(dossier),
                unit.manager_id.name or "",
            )
        )
        items = [
            self._line_item(
                line, note=words.ELIGIBILITY_WORDS.get(line.eligibility_state, "")
            )
            for line in lines
        ]
        sections = self._sections(items)
        addressee = (
            helper.issuing_body("department", company)
            or words.AUTHORITY_WORDS["department"]
        )
        grounds = helper.legal_basis_lines(self._legal_documents(lines.type_id), date)
        if dossier.movement_id:
            grounds.append(
                "Căn cứ kết quả thực hiện phong trào thi đua “%s”;"
                % dossier.movement_id.name
            )
        higher = lines.filtered(
            lambda line: line.type_id.authority_level != "department"
        )
        action = (
            "xem xét, khen thưởng hoặc đề nghị cấp có thẩm quyền khen thưởng"
            if higher
            else "xem xét, khen thưởng"
        )
        blank = "\u00a0" * 6
        values.update(
            {
                "addressee": addressee,
                "grounds": grounds,
                "request": "%s kính đề nghị %s %s cho %s tập thể, cá nhân đã có "
                "thành tích xuất sắc năm %s, cụ thể như sau:"
                % (
                    unit.name or "",
                    addressee,
                    action,
                    helper.two_digits(len(lines)),
                    dossier.year,
                ),
                "type_items": self._type_items(sections),
                "attached": "(Có danh sách và hồ sơ kèm theo)",
                "closing": "Kính trình %s xem xét, quyết định./." % addressee,
                "annex": {
                    "title": "DANH SÁCH",
                    "subject": "Tập thể, cá nhân đề nghị xét tặng danh hiệu thi đua, "
                    "hình thức khen thưởng năm %s" % dossier.year,
                    "subtitle": "(Kèm theo Tờ trình số%s/TTr-%s ngày %s)"
                    % (blank, agency["code"], helper.date_text(dossier.date) or blank),
                    "sections": sections,
                    "several_types": len(sections) > 1,
                    "columns": 4,
                },
            }
        )
        return values

    def _unit_head(self, dossier, by_unit=True):
        """The head of a unit's Tờ trình: the unit's name under the
        Department's (``by_unit`` False: the Department's own block)."""
        company = dossier.company_id
        block = {}
        if by_unit:
            block = {
                "parent": self._helper()._agency(company)["name"],
                "agency": (dossier.department_id.name or "").upper(),
            }
        return self._head(
            company,
            "TTr",
            False,
            dossier.date,
            "TỜ TRÌNH",
            "Về việc đề nghị xét tặng danh hiệu thi đua, hình thức khen thưởng "
            "năm %s" % dossier.year,
            **block,
        )

    def _unit_sign_title(self, dossier):
        """'TRƯỞNG PHÒNG': the title of the head of the unit."""
        manager = dossier.department_id.manager_id
        return ((manager.job_title if manager else "") or "Trưởng phòng").upper()
