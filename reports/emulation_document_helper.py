"""Helpers shared by the official documents printed in the layout of
Nghị định 30/2020/NĐ-CP (number, place-and-date line, money, agency block)."""

from odoo import fields, models
from odoo.tools import is_html_empty

from ..tools.vietnamese import name_key, text_key

# Recipients of a list: units first, then people, then foreign recipients.
KIND_RANK = {"collective": 0, "individual": 1, "foreign": 2}


class EmulationDocumentHelper(models.AbstractModel):
    _name = "emulation.document.helper"
    _description = "Official Document Helper"

    def _agency(self, company=None):
        """Header values of the agency, from the company settings."""
        company = company or self.env.company
        agency = company.emulation_agency_name or (company.name or "").upper()
        return {
            "parent": company.emulation_parent_agency or "",
            "name": agency,
            "code": company.emulation_agency_code or "",
            "place": company.emulation_place or company.city or "",
            "signer_title": company.emulation_signer_title or "",
            "signer_name": company.emulation_signer_name or "",
            "drafting_unit": company.emulation_drafting_unit or "",
        }

    def number_line(self, number, type_code, company=None):
        """'Số: 13/KH-NV'. A bare number gets the type and agency code; an empty
        one leaves the blank that the registry clerk fills when issuing."""
        code = self._agency(company)["code"]
        suffix = "-".join(part for part in (type_code, code) if part)
        number = (number or "").strip()
        if not number:
            return "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/%s" % suffix
        if "/" in number:
            return "Số: %s" % number
        if number.isdigit():
            number = "%02d" % int(number)
        return "Số: %s/%s" % (number, suffix)

    def number_short(self, number):
        """The ordinal part of a document number: '12/QĐ-NV' -> '12'."""
        return (number or "").split("/")[0].strip()

    def date_line(self, date, company=None, place=None):
        """'Hải Phòng, ngày 19 tháng 02 năm 2025' (leading zeros for day < 10 and
        months 1-2 only, per Decree 30; blanks when the date is unknown)."""
        place = place or self._agency(company)["place"]
        prefix = "%s, " % place if place else ""
        date = fields.Date.to_date(date) if date else None
        if not date:
            blank = "\u00a0" * 6
            year = fields.Date.context_today(self).year
            return "%sngày%stháng%snăm %s" % (prefix, blank, blank, year)
        return "%sngày %s tháng %s năm %s" % (
            prefix,
            self.day_text(date),
            self.month_text(date),
            date.year,
        )

    def day_text(self, date):
        return "%02d" % date.day

    def month_text(self, date):
        return "%02d" % date.month if date.month <= 2 else str(date.month)

    def date_text(self, date):
        """dd/mm/yyyy"""
        date = fields.Date.to_date(date) if date else None
        return date.strftime("%d/%m/%Y") if date else ""

    def money(self, amount):
        """1170000 -> '1.170.000'"""
        return f"{amount or 0:,.0f}".replace(",", ".")

    def split_lines(self, text):
        """'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' -> ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']"""
        text = (text or "").replace("\n", "/")
        return [part.strip() for part in text.split("/") if part.strip()]

    def upper(self, text):
        return (text or "").upper()

    # --- wording of the printed documents (Vietnamese by design) -------------

    _DOC_TYPE_WORDS = {
        "law": "Luật",
        "decree": "Nghị định",
        "circular": "Thông tư",
        "decision": "Quyết định",
        "directive": "Chỉ thị",
        "plan": "Kế hoạch",
        "regulation": "Quy định",
        "official_letter": "Công văn",
    }
    _AUTHORITY_WORDS = {
        "department": "Giám đốc Sở",
        "city": "Chủ tịch Ủy ban nhân dân thành phố",
        "ministry": "Bộ trưởng Bộ Ngoại giao",
        "prime_minister": "Thủ tướng Chính phủ",
        "president": "Chủ tịch nước",
    }
    _AUTHORITY_RANK = {
        "department": 0,
        "city": 1,
        "ministry": 2,
        "prime_minister": 3,
        "president": 4,
    }

    def legal_basis_lines(self, documents):
        """'Căn cứ ...;' lines for the legal documents in force among
        ``documents``, oldest kind first (law, decree, circular, ...)."""
        order = list(self._DOC_TYPE_WORDS)
        documents = documents.filtered(lambda d: d.state == "in_force")
        documents = documents.sorted(
            lambda d: (
                order.index(d.doc_type) if d.doc_type in order else 99,
                d.date_issued or fields.Date.to_date("1900-01-01"),
            )
        )
        lines = []
        for doc in documents:
            date = doc.date_issued
            date_txt = (
                " ngày %s tháng %s năm %s"
                % (self.day_text(date), self.month_text(date), date.year)
                if date
                else ""
            )
            if doc.doc_type == "law":
                lines.append("Căn cứ %s%s;" % (doc.name, date_txt))
                continue
            word = self._DOC_TYPE_WORDS.get(doc.doc_type, "")
            issuer = " của %s" % doc.issuer if doc.issuer else ""
            lines.append(
                "Căn cứ %s số %s%s%s %s;"
                % (word, doc.number, date_txt, issuer, doc.name or "")
            )
        return lines

    def default_legal_basis_lines(self):
        return [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của "
            "Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, "
            "khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều "
            "của Luật Thi đua, khen thưởng;",
        ]

    def highest_authority(self, types):
        """The highest authority level among commendation types."""
        levels = [t.authority_level for t in types if t.authority_level]
        if not levels:
            return "department"
        return max(levels, key=lambda lvl: self._AUTHORITY_RANK.get(lvl, 0))

    def authority_text(self, types, company=None):
        """Whom a Tờ trình is addressed to ('Kính gửi: ...')."""
        level = self.highest_authority(types)
        top = types.filtered(lambda t: t.authority_level == level)[:1]
        if top.authority:
            return top.authority
        text = self._AUTHORITY_WORDS.get(level, "")
        if level == "department":
            agency = self._agency(company)["name"]
            text = "Giám đốc %s" % self.sentence_case(agency)
        return text

    def issuing_body(self, level, company=None):
        """Who decides at ``level``, as recorded on a decision and its awards:
        'Giám đốc Sở Ngoại vụ', 'Chủ tịch Ủy ban nhân dân thành phố'..."""
        if level == "department":
            agency = self._agency(company)["name"]
            return "Giám đốc %s" % self.sentence_case(agency) if agency else False
        return self._AUTHORITY_WORDS.get(level) or False

    def sentence_case(self, text, capitalised=2):
        """'SỞ NGOẠI VỤ' -> 'Sở Ngoại vụ' (the first words capitalised, as an
        agency name is written in running text); 'GIÁM ĐỐC' -> 'Giám đốc' with
        capitalised=1."""
        words = (text or "").lower().split()
        return " ".join(
            word.capitalize() if index < capitalised else word
            for index, word in enumerate(words)
        )

    def cert_authority(self, company=None):
        """'GIÁM ĐỐC SỞ NGOẠI VỤ THÀNH PHỐ HẢI PHÒNG' for the certificates."""
        agency = self._agency(company)
        parent = agency["parent"]
        for prefix in ("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "UBND "):
            if parent.upper().startswith(prefix):
                parent = parent[len(prefix) :]
                break
        parts = [agency["signer_title"], agency["name"], parent]
        return " ".join(part for part in parts if part).upper()

    def type_phrase(self, ctype):
        """'danh hiệu “Chiến sĩ thi đua cơ sở”' or 'Giấy khen của Giám đốc Sở'."""
        if ctype.category == "title":
            return "danh hiệu “%s”" % ctype.name
        return ctype.name or ""

    def cert_title(self, ctype):
        if (ctype.code or "").upper().startswith("GK"):
            return "GIẤY KHEN"
        return (ctype.name or "").upper()

    def two_digits(self, count):
        return "%02d" % count

    def person_title(self, employee):
        """'Ông' / 'Bà' from the employee's gender."""
        return {"male": "Ông", "female": "Bà"}.get(employee.sudo().gender, "Ông/Bà")

    def is_html_empty(self, html):
        return is_html_empty(html)

    # --- order of the lists (Vietnamese order, organisation's order) ----------

    def unit_key(self, unit):
        """Sort key of a unit in the organisation's order (empty last)."""
        return unit._emulation_order_key() if unit else ((10**9, ()),)

    def sorted_units(self, units):
        """Units in the organisation's order."""
        return units._emulation_sorted()

    def recipient_key(self, record):
        """Sort key of a recipient (a dossier line or an award): collectives
        in the organisation's order, then people in the order of Vietnamese
        lists (given name, family name, middle names), then foreign
        recipients."""
        kind = record.recipient_kind
        if kind == "collective":
            return (KIND_RANK[kind], self.unit_key(record.department_id), ())
        if kind == "individual":
            return (KIND_RANK[kind], (), name_key(record.recipient_name))
        return (KIND_RANK.get(kind, 3), (), (text_key(record.recipient_name),))

    def sorted_recipients(self, records):
        """Dossier lines or awards listed title by title (in the catalogue's
        order), each title's recipients in Vietnamese order."""
        return records.sorted(
            lambda r: (
                r.type_id.sequence,
                r.type_id.id,
                self.recipient_key(r),
                r.id,
            )
        )

    def sorted_people(self, records, name_field="recipient_name"):
        """Records about people in the order of Vietnamese lists."""
        return records.sorted(lambda r: (name_key(r[name_field] or ""), r.id))
