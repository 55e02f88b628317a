from odoo import models

from . import emulation_document_words as words


class ReportDocxDossierProposal(models.AbstractModel):
    """Tờ trình of a unit's dossier with its list (Word): the content of the
    PDF ``report_dossier_proposal_document``."""

    _name = "report.emulation_commendation.docx_dossier_proposal"
    _inherit = "emulation.docx.report"
    _description = "Unit Proposal (Word)"
    _docx_model = "commendation.dossier"

    def _get_docx_values(self, dossier, data):
        helper = self._doc_helper()
        company = dossier.company_id
        agency = helper._agency(company)
        lines = dossier.line_ids
        types = lines.mapped("type_id")
        level = helper.highest_authority(types)
        to_authority = helper.authority_text(types, company)
        by_unit = level == "department"
        document_report = self.env[
            "report.emulation_commendation.report_dossier_proposal"
        ]
        values = self._docx_head(document_report._unit_head(dossier, by_unit))
        if by_unit:
            foot = self._nd30_foot(
                company,
                words.RECIPIENTS["unit_proposal"],
                sign_lines=[document_report._unit_sign_title(dossier)],
                signer=dossier.department_id.manager_id.name or "",
            )
        else:
            foot = self._nd30_foot(
                company,
                ["Như trên", "Hội đồng Thi đua - Khen thưởng Sở", "Lãnh đạo Sở"],
            )
        grounds = self._legal_grounds(types, dossier.date)
        movement = dossier.movement_id if "movement_id" in dossier._fields else False
        if movement:
            grounds.append(
                "Căn cứ kết quả thực hiện phong trào thi đua “%s”;" % movement.name
            )
        council_date = (
            dossier.council_date if "council_date" in dossier._fields else False
        )
        if council_date:
            grounds.append(
                "Căn cứ kết quả bình xét thi đua, khen thưởng của Hội đồng Thi đua - "
                "Khen thưởng ngày %s," % helper.date_text(council_date)
            )
        proposer = (
            dossier.department_id.name
            if by_unit
            else helper.sentence_case(agency["name"])
        )
        type_items = []
        for index, ctype in enumerate(types, start=1):
            type_lines = lines.filtered(lambda line, ctype=ctype: line.type_id == ctype)
            collective = len(type_lines.filtered("department_id"))
            others = len(type_lines) - collective
            counts = []
            if collective:
                counts.append("%s tập thể" % helper.two_digits(collective))
            if others:
                counts.append("%s cá nhân" % helper.two_digits(others))
            phrase = helper.type_phrase(ctype)
            type_items.append(
                "%s. %s: %s." % (index, helper.capitalise(phrase), ", ".join(counts))
            )
        values.update(
            {
                "to_authority": to_authority,
                "grounds": grounds,
                "request": "%s kính đề nghị %s xem xét, khen thưởng cho %s tập thể, "
                "cá nhân đã có thành tích xuất sắc năm %s, cụ thể như sau:"
                % (proposer, to_authority, helper.two_digits(len(lines)), dossier.year),
                "type_items": type_items,
                "annex_title": "DANH SÁCH",
                "annex_subject": "Tập thể, cá nhân đề nghị xét tặng danh hiệu thi "
                "đua, hình thức khen thưởng năm %s" % dossier.year,
                "annex_subtitle": "(Kèm theo Tờ trình số\u00a0\u00a0\u00a0\u00a0\u00a0"
                "\u00a0/TTr-%s ngày %s)"
                % (agency["code"], helper.date_text(dossier.date)),
                "lines": self._list_rows(lines),
            }
        )
        values.update(foot)
        return values

    def _list_rows(self, lines):
        rows = []
        for index, line in enumerate(lines, start=1):
            rows.append(
                {
                    "index": index,
                    "name": line.recipient_name or "",
                    "position": self._position(line),
                    "type": line.type_id.name or "",
                    "note": words.ELIGIBILITY_WORDS.get(line.eligibility_state, ""),
                }
            )
        return rows

    def _position(self, line):
        """'Chuyên viên, Phòng A' / 'Tập thể' / the foreign organisation."""
        if line.employee_id:
            parts = [line.employee_id.job_title, line.employee_id.department_id.name]
            return ", ".join(part for part in parts if part)
        if line.department_id:
            return "Tập thể"
        return line.organisation or ""
