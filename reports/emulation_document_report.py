"""Common base of the report models of the official documents.

Each printed document ``emulation_commendation.<report_name>`` has a model
``report.emulation_commendation.<report_name>`` inheriting this one. Its
``_get_report_values(docids, data)`` returns::

    doc_ids, doc_model, docs    as every QWeb report (ids, model, records)
    documents                   {record id: plain dict of values}

The values of a document are plain Python values (strings, numbers, lists
and dicts of them, no records): the QWeb templates lay them out, and the
Word versions of the same documents read the same dicts. The keys every
document has (its "head"):

    parent_agency, agency       agency block (top left)
    type_code                   "QĐ", "TTr", "BB" ...
    number                      the number as recorded ("152/QĐ-NV") or ""
    number_line                 "Số: 152/QĐ-NV" (blank to fill when no number)
    date                        the document's date (datetime.date or False)
    date_line                   "Hải Phòng, ngày 15 tháng 9 năm 2025"
    place                       the place of the date line when not the company's
    title, subject              "QUYẾT ĐỊNH" and its trích yếu
    recipients                  "Nơi nhận" items (without "- " and ";")
    archive                     "Lưu: VT, VP."
    sign_lines                  title lines of the signature block
    signer                      the signer's name
"""

from odoo import api, fields, models

from ..tools.vietnamese import name_key, text_key
from . import emulation_document_words as words
from .emulation_document_helper import NO_UNIT_KEY, recipient_kind, unit_order_key

# the legal bases cited when the titles and forms name none
DEFAULT_LEGAL_XMLIDS = (
    "emulation_commendation.emulation_legal_document_luat_06_2022",
    "emulation_commendation.emulation_legal_document_nd_152_2025",
)
KIND_ORDER = ("collective", "individual", "foreign")
ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number):
    """3 -> 'III'."""
    text = ""
    for value, letters in ROMAN:
        while number >= value:
            text += letters
            number -= value
    return text


class EmulationDocumentReport(models.AbstractModel):
    _name = "emulation.document.report"
    _description = "Official Document Values"

    # the model of the records the document prints (set by each report)
    _document_model = None

    @api.model
    def _get_report_values(self, docids, data=None):
        records = self.env[self._document_model].browse(docids or [])
        records.check_access("read")
        data = data or {}
        return {
            "doc_ids": records.ids,
            "doc_model": self._document_model,
            "docs": records,
            "documents": {
                record.id: self._document_values(record, data) for record in records
            },
        }

    def _document_values(self, record, data):
        raise NotImplementedError

    # ------------------------------------------------------------------
    # Common blocks
    # ------------------------------------------------------------------
    def _helper(self):
        return self.env["emulation.document.helper"]

    def _head(
        self,
        company,
        type_code,
        number,
        date,
        title,
        subject="",
        parent=None,
        agency=None,
        place=None,
    ):
        """The head keys of a document (see the module docstring)."""
        helper = self._helper()
        own = helper._agency(company)
        date = fields.Date.to_date(date) if date else False
        return {
            "parent_agency": own["parent"] if parent is None else parent,
            "agency": agency or own["name"],
            "type_code": type_code,
            "number": number or "",
            "number_line": helper.number_line(number, type_code, company),
            "date": date,
            "date_line": helper.date_line(date, company, place),
            "place": place or None,
            "title": title,
            "subject": subject or "",
        }

    def _foot(self, company, recipients, sign_title=None, signer=None):
        """Nơi nhận and signature keys; ``sign_title`` like "KT. GIÁM ĐỐC /
        PHÓ GIÁM ĐỐC" is split on '/'."""
        helper = self._helper()
        own = helper._agency(company)
        return {
            "recipients": list(recipients),
            "archive": "Lưu: %s." % self._archive(company),
            "sign_lines": helper.split_lines(
                own["signer_title"] if sign_title is None else sign_title
            ),
            "signer": own["signer_name"] if signer is None else (signer or ""),
        }

    def _archive(self, company):
        """Where the document is kept: 'VT, VP' (the archive and the drafting
        unit)."""
        drafting_unit = self._helper()._agency(company)["drafting_unit"]
        return ", ".join(part for part in ("VT", drafting_unit) if part)

    def _foot_one_title(self, company, recipients):
        """The foot of the documents that print the agency's signer title as
        typed, on one line (the notice, the periodic report)."""
        values = self._foot(company, recipients)
        title = self._helper()._agency(company)["signer_title"]
        values["sign_lines"] = [title] if title else []
        return values

    def _html_or_false(self, html):
        """Typed markup, or False when it is empty."""
        return html if not self._helper().is_html_empty(html) else False

    def _legal_documents(self, types):
        """The legal bases of the titles and forms, else the Law and the
        decree of the catalogue (both filtered by date when printed)."""
        documents = types.legal_document_ids
        if documents:
            return documents
        Document = self.env["emulation.legal.document"]
        for xmlid in DEFAULT_LEGAL_XMLIDS:
            documents |= self.env.ref(xmlid, raise_if_not_found=False) or Document
        return documents

    def _council_head(self, company):
        """Agency block of the council's own documents (minutes, ballots)."""
        return {
            "parent": self._helper()._agency(company)["name"],
            "agency": words.COUNCIL_AGENCY,
        }

    def _recipient_kind(self, record):
        return recipient_kind(record)

    def _person_position(self, record):
        """'Chuyên viên, Phòng Lãnh sự' from the recipient's recorded
        position and unit (as frozen on a decided line or an award)."""
        parts = [record.recipient_job_title, record.recipient_unit_name]
        if self._recipient_kind(record) == "collective":
            parts = [record.recipient_unit_name]
        return ", ".join(part for part in parts if part)

    def _recipient_unit(self, record, award=None):
        """The unit (hr.department) a recipient is listed under: the
        collective itself, or the employee's unit when decided (on the award),
        else today's."""
        kind = self._recipient_kind(record)
        if kind == "collective":
            return record.department_id
        if kind == "individual":
            if award and award.employee_department_id:
                return award.employee_department_id
            return record.employee_id.department_id
        return record.department_id.browse()

    def _unit_sort(self, group_items):
        """Sort key of a group of items of one unit: the unit's place in the
        organisation; groups without a unit record last, by name."""
        first = group_items[0]
        if first["kind"] == "collective" or not first["unit"]:
            return (NO_UNIT_KEY, text_key(first["unit_name"] or ""))
        return (unit_order_key(first["unit"]), ())

    def _sections(self, items, unit_titles=True):
        """Group ``items`` for a list: by title or form (in the catalogue's
        order), then by kind of recipient (collectives, individuals,
        foreigners), then by unit in the organisation's order, each person in
        Vietnamese name order. An item is a dict with at least ``type``
        (commendation.type), ``kind``, ``unit`` (hr.department), ``unit_name``
        and ``name``; its other keys are kept. Returns plain values::

            [{"number": "I", "index": 1, "type_id", "type_name", "category", "heading",
              "phrase", "count", "counts" {kind: count}, "several_kinds",
              "kinds": [{"kind", "title", "count",
                         "units": [{"title", "rows": [item...]}]}]}]

        where each item gets its ``index`` (1, 2, ... within its section) and
        loses the records ``type`` and ``unit``. ``unit_titles`` False leaves
        the unit titles empty (the rows still follow the unit order)."""
        by_type = {}
        for item in items:
            by_type.setdefault(item["type"], []).append(item)
        sections = []
        types = sorted(by_type, key=lambda t: (t.sequence, t.id))
        for number, ctype in enumerate(types, start=1):
            type_items = by_type[ctype]
            kinds = []
            index = 0
            for kind in KIND_ORDER:
                kind_items = [item for item in type_items if item["kind"] == kind]
                if not kind_items:
                    continue
                units = {}
                for item in kind_items:
                    unit = item["unit"]
                    group = ("unit", unit.id) if unit else ("name", item["unit_name"])
                    if kind == "collective":
                        group = ("all",)
                    units.setdefault(group, []).append(item)

                unit_groups = []
                for group in sorted(
                    units, key=lambda group, units=units: self._unit_sort(units[group])
                ):
                    group_items = units[group]
                    if kind == "collective":
                        group_items.sort(
                            key=lambda item: (
                                unit_order_key(item["unit"]),
                                text_key(item["name"]),
                            )
                        )
                    elif kind == "foreign":
                        group_items.sort(key=lambda item: text_key(item["name"]))
                    else:
                        group_items.sort(key=lambda item: name_key(item["name"]))
                    rows = []
                    for item in group_items:
                        index += 1
                        row = {
                            key: value
                            for key, value in item.items()
                            if key not in ("type", "unit")
                        }
                        row["index"] = index
                        rows.append(row)
                    title = ""
                    if unit_titles and kind != "collective":
                        title = group_items[0]["unit_name"] or ""
                    unit_groups.append({"title": title, "rows": rows})
                kinds.append(
                    {
                        "kind": kind,
                        "title": words.RECIPIENT_GROUP_WORDS[kind],
                        "count": len(kind_items),
                        "units": unit_groups,
                    }
                )
            phrase = self._helper().type_phrase(ctype)
            sections.append(
                {
                    "number": roman(number),
                    "index": number,
                    "type_id": ctype.id,
                    "type_name": ctype.name or "",
                    "category": ctype.category or "",
                    "heading": phrase.upper(),
                    "phrase": phrase,
                    "count": len(type_items),
                    "counts": {kind["kind"]: kind["count"] for kind in kinds},
                    "kinds": kinds,
                    "several_kinds": len(kinds) > 1,
                }
            )
        return sections
