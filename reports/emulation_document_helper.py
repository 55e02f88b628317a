"""Helpers shared by the official documents printed in the layout of
Nghị định 30/2020/NĐ-CP (number, place-and-date line, money, agency block,
legal bases in force on a date, units in the organisation's order)."""

import datetime

from odoo import fields, models
from odoo.tools import is_html_empty

from ..tools.vietnamese import name_key, text_key
from . import emulation_document_words as words

# Sorts after every unit: recipients without a unit (foreign ones) come last.
NO_UNIT_KEY = ((float("inf"), ()),)


def recipient_kind(record):
    """'individual', 'collective' or 'foreign' for a dossier line or an award,
    from who receives it (the stored ``recipient_kind`` of the awards a
    decision creates is empty: their recipient is frozen on creation)."""
    if record.employee_id:
        return "individual"
    if record.department_id:
        return "collective"
    if record.partner_id:
        return "foreign"
    return record.recipient_kind or "individual"


def unit_order_key(department):
    """Sort key of a unit (hr.department) in the organisation's order: its
    ancestors' and its own (sequence, Vietnamese name), outermost first.

    The unit records' own ``_emulation_order_key`` is used when it exists;
    without it, the ``sequence`` of the units when the field exists, else
    their names only. An empty unit sorts last."""
    if not department:
        return NO_UNIT_KEY
    department = department[:1]
    own_key = getattr(department, "_emulation_order_key", None)
    if own_key is not None:
        return own_key()
    has_sequence = "sequence" in department._fields
    key = []
    unit = department
    while unit:
        key.append((unit.sequence if has_sequence else 0, text_key(unit.name)))
        unit = unit.parent_id
    return tuple(reversed(key))


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

    _DOC_TYPE_WORDS = words.DOC_TYPE_WORDS
    _AUTHORITY_WORDS = words.AUTHORITY_WORDS
    _AUTHORITY_RANK = words.AUTHORITY_RANK

    # --- legal bases in force on a date (issue 9, §9) -------------------------

    def _legal_start(self, doc):
        """First day ``doc`` applies: its effective date, else its date of
        issue, else None (unknown: it applies as far back as we look)."""
        return doc.date_effective or doc.date_issued or None

    def _legal_end(self, doc):
        """Last day ``doc`` applies, or None while it is in force. A repealed
        document without its own last day stops the day before its successor
        starts; one whose successor's start is unknown too has ended already
        (it is never printed for a date after its repeal is recorded)."""
        if doc.date_expiry:
            return doc.date_expiry
        if doc.state != "repealed":
            return None
        start = doc.replaced_by_id and self._legal_start(doc.replaced_by_id)
        if start:
            return start - datetime.timedelta(days=1)
        return datetime.date.min

    def legal_in_force_on(self, doc, date):
        """Whether the legal document ``doc`` applied on ``date``."""
        if doc.state == "draft" or not doc.active:
            return False
        start = self._legal_start(doc)
        if start and date < start:
            return False
        end = self._legal_end(doc)
        return not (end and date > end)

    def _legal_chain(self, doc):
        """``doc`` and the documents it replaced or was replaced by, directly
        or not (one line of versions of the same text)."""
        chain = doc.browse()
        todo = doc
        while todo:
            chain |= todo
            todo = (todo.replaced_by_id | todo.replaces_ids) - chain
        return chain

    def legal_documents_on(self, documents, date):
        """The legal bases to cite on a document dated ``date``: each of
        ``documents`` is replaced by the version of its text that applied on
        that date (a decree not yet in force by the one it replaced, a
        repealed one by its successor); texts with no version in force then
        are left out. E.g. a decision citing Decree 152/2025 (in force from
        01/7/2025) cites Decree 98/2023 when it is dated 20/6/2025."""
        date = fields.Date.to_date(date) if date else fields.Date.context_today(self)
        Document = self.env["emulation.legal.document"].sudo()
        result = Document.browse()
        for doc in documents.sudo():
            versions = self._legal_chain(doc).filtered(
                lambda d: self.legal_in_force_on(d, date)
            )
            if versions:
                latest = max(
                    versions,
                    key=lambda d: (self._legal_start(d) or datetime.date.min, d.id),
                )
                result |= latest
        return result.with_env(self.env)

    def legal_basis_lines(self, documents, date=None):
        """'Căn cứ ...;' lines for ``documents``, oldest kind first (law,
        decree, circular, ...). With ``date``: the versions in force on that
        date (see :meth:`legal_documents_on`); without: those in force today
        by their state."""
        order = list(self._DOC_TYPE_WORDS)
        if date is not None:
            documents = self.legal_documents_on(documents, date)
        else:
            documents = documents.filtered(lambda d: d.state == "in_force")
        documents = documents.sorted(
            lambda d: (
                order.index(d.doc_type) if d.doc_type in order else 99,
                d.date_issued or fields.Date.to_date("1900-01-01"),
            )
        )
        lines = []
        for doc in documents:
            date_issued = doc.date_issued
            date_txt = (
                " ngày %s tháng %s năm %s"
                % (
                    self.day_text(date_issued),
                    self.month_text(date_issued),
                    date_issued.year,
                )
                if date_issued
                else ""
            )
            if doc.doc_type == "law":
                lines.append("Căn cứ %s%s;" % (doc.name, date_txt))
                continue
            word = self._DOC_TYPE_WORDS.get(doc.doc_type, "")
            issuer = " của %s" % doc.issuer if doc.issuer else ""
            title = doc.name or ""
            if title[:1].isupper() and not title.startswith(("Luật", "Nghị")):
                title = title[:1].lower() + title[1:]
            lines.append(
                "Căn cứ %s số %s%s%s %s;" % (word, doc.number, date_txt, issuer, title)
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

    # --- figures in words ---------------------------------------------------

    def unit_order_key(self, department):
        return unit_order_key(department)

    def number_in_words(self, number):
        """1170000 -> 'một triệu một trăm bảy mươi nghìn' (Vietnamese reading
        of a whole number: 'linh' for a zero ten, 'mốt', 'lăm', groups of
        zeros skipped)."""
        number = int(round(number or 0))
        if number == 0:
            return words.DIGIT_WORDS[0]
        if number < 0:
            return "âm " + self.number_in_words(-number)
        billions, rest = divmod(number, 10**9)
        parts = []
        if billions:
            parts.append("%s tỷ" % self.number_in_words(billions))
        groups = []
        while rest:
            rest, group = divmod(rest, 1000)
            groups.append(group)
        leading = not billions
        for scale in range(len(groups) - 1, -1, -1):
            group = groups[scale]
            if not group:
                continue
            text = self._group_in_words(group, full=not leading)
            leading = False
            scale_word = words.SCALE_WORDS[scale]
            parts.append("%s %s" % (text, scale_word) if scale_word else text)
        return " ".join(parts)

    def _group_in_words(self, group, full):
        """A group of three digits; ``full`` reads its zero hundreds ('không
        trăm') as inside a larger number."""
        digits = words.DIGIT_WORDS
        hundreds, rest = divmod(group, 100)
        tens, units = divmod(rest, 10)
        parts = []
        if hundreds or full:
            parts.append("%s trăm" % digits[hundreds])
        if tens == 0:
            if units and parts:
                parts.append("linh")
        elif tens == 1:
            parts.append("mười")
        else:
            parts.append("%s mươi" % digits[tens])
        if units:
            if units == 1 and tens > 1:
                parts.append("mốt")
            elif units == 5 and tens:
                parts.append("lăm")
            else:
                parts.append(digits[units])
        return " ".join(parts)

    def amount_in_words(self, amount):
        """'Ba triệu không trăm bốn mươi hai nghìn đồng'."""
        text = "%s đồng" % self.number_in_words(amount)
        return text[:1].upper() + text[1:]

    def percent_text(self, value, digits=1):
        """88.888 -> '88,9%'; 80.0 -> '80%' with digits=0."""
        if digits:
            text = ("%%.%df" % digits) % (value or 0.0)
        else:
            text = "%g" % (value or 0.0)
        return "%s%%" % text.replace(".", ",")

    def count_phrase(self, collectives=0, individuals=0, foreigners=0):
        """'02 tập thể và 03 cá nhân' (empty parts left out)."""
        parts = []
        if collectives:
            parts.append("%s tập thể" % self.two_digits(collectives))
        if individuals:
            parts.append("%s cá nhân" % self.two_digits(individuals))
        if foreigners:
            parts.append("%s cá nhân, tổ chức nước ngoài" % self.two_digits(foreigners))
        if len(parts) > 1:
            return "%s và %s" % (", ".join(parts[:-1]), parts[-1])
        return parts[0] if parts else ""

    def fund_text(self, level, company=None):
        """Which fund pays the rewards of a decision at ``level``."""
        if level == "department":
            agency = self._agency(company)["name"]
            return words.FUND_OF_AGENCY % self.sentence_case(agency)
        return words.FUND_WORDS.get(level, "")

    def capitalise(self, text):
        """First letter upper case, the rest untouched."""
        text = text or ""
        return text[:1].upper() + text[1:]

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
        kind = recipient_kind(record)
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
