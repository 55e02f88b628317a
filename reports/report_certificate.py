"""Giấy khen / Bằng chứng nhận (A4 landscape, NĐ 98/2023 Điều 104 layout):
one award, or every valid award of a decision."""

from odoo import api, models

from ..tools.vietnamese import name_key
from .emulation_document_helper import unit_order_key


class ReportAwardCertificate(models.AbstractModel):
    """Values of the certificate of an award.

    ``certificates[record id]`` is a list (one per certificate printed) of
    plain dicts:

    authority       "GIÁM ĐỐC SỞ NGOẠI VỤ THÀNH PHỐ HẢI PHÒNG" (red line)
    give            "TẶNG" (a form) / "TẶNG DANH HIỆU" (a title)
    type_title      "GIẤY KHEN" / "CHIẾN SĨ THI ĐUA CƠ SỞ"
    name_line       "Ông: Nguyễn Văn Một" (a collective: its name)
    position_line   "Chuyên viên, Phòng Lãnh sự" (as recorded on the award)
    achievement     the achievement, or the year's usual sentence
    decision_line   "Số quyết định: 152/QĐ-NV, ngày 15 tháng 9 năm 2025"
    gold_book_line  "Số sổ vàng: 12"
    date_line       "Hải Phòng, ngày 15 tháng 9 năm 2025"
    sign_lines      the decider's title lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    signer          the signer's name
    """

    _name = "report.emulation_commendation.report_award_certificate"
    _description = "Award Certificate"

    @api.model
    def _get_report_values(self, docids, data=None):
        awards = self.env["commendation.award"].browse(docids or [])
        awards.check_access("read")
        values = self._certificate_values(awards)
        return {
            "doc_ids": awards.ids,
            "doc_model": "commendation.award",
            "docs": awards,
            "certificates": {award.id: [values[award.id]] for award in awards},
        }

    @api.model
    def _certificate_values(self, awards):
        """{award id: values of its certificate}."""
        helper = self.env["emulation.document.helper"]
        result = {}
        for award in awards:
            company = award.company_id
            agency = helper._agency(company)
            date = award.decision_date
            decision = award.decision_id
            if award.is_own:
                authority = helper.cert_authority(company)
            else:
                authority = (award.authority or "").upper()
            if award.employee_id:
                name_line = "%s: %s" % (
                    helper.person_title(award.employee_id),
                    award.recipient_name or "",
                )
            else:
                name_line = award.recipient_name or ""
            if award.department_id and not award.employee_id:
                position_line = award.recipient_unit_name or ""
            else:
                position_line = ", ".join(
                    part
                    for part in (award.recipient_job_title, award.recipient_unit_name)
                    if part
                )
            if date:
                decision_date = "ngày %s tháng %s năm %s" % (
                    helper.day_text(date),
                    helper.month_text(date),
                    date.year,
                )
            else:
                decision_date = "ngày .... tháng .... năm %s" % (award.year or "")
            sign_title = (decision.signer_title if decision else False) or agency[
                "signer_title"
            ]
            result[award.id] = {
                "authority": authority,
                "give": "TẶNG DANH HIỆU"
                if award.type_id.category == "title"
                else "TẶNG",
                "type_title": helper.cert_title(award.type_id),
                "name_line": name_line,
                "position_line": position_line,
                "achievement": award.achievements
                or "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %s"
                % award.year,
                "decision_line": "Số quyết định: %s, %s"
                % (award.decision_number or "", decision_date),
                "gold_book_line": "Số sổ vàng: %s" % (award.gold_book_number or ""),
                "date_line": helper.date_line(date, company),
                "sign_lines": helper.split_lines(sign_title),
                "signer": award.signer or agency["signer_name"],
            }
        return result


class ReportDecisionCertificates(models.AbstractModel):
    """The certificates of every valid award of a decision
    (``certificates[decision id]``: list of certificate values, in the order
    of the decision's list)."""

    _name = "report.emulation_commendation.report_decision_certificates"
    _description = "Certificates of a Decision"

    @api.model
    def _get_report_values(self, docids, data=None):
        decisions = self.env["commendation.decision"].browse(docids or [])
        decisions.check_access("read")
        awards = decisions.award_ids.filtered(lambda a: a.state == "valid")
        values = self.env[
            "report.emulation_commendation.report_award_certificate"
        ]._certificate_values(awards)
        certificates = {}
        for decision in decisions:
            mine = awards.filtered(lambda a, d=decision: a.decision_id == d)
            mine = mine.sorted(
                lambda a: (
                    a.type_id.sequence,
                    a.type_id.id,
                    0 if a.department_id and not a.employee_id else 1,
                    unit_order_key(a.employee_department_id),
                    name_key(a.recipient_name),
                )
            )
            certificates[decision.id] = [values[award.id] for award in mine]
        return {
            "doc_ids": decisions.ids,
            "doc_model": "commendation.decision",
            "docs": decisions,
            "certificates": certificates,
        }
