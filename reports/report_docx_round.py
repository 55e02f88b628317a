"""What the documents of the year-end round share (decision, proposal,
council session): the list of recipients grouped by unit, in the order of
the organisation, people in the order of Vietnamese lists within a unit."""

from odoo import models

from ..tools.vietnamese import name_key, text_key
from . import emulation_document_words as words
from .emulation_document_helper import unit_order_key

ROMAN = ["I", "II", "III", "IV", "V"]


class EmulationDocxRound(models.AbstractModel):
    _name = "emulation.docx.round"
    _inherit = "emulation.docx.report"
    _description = "Word Documents of the Round"

    def _grounds(self, lines, types, date, session_ground, **names):
        """The legal bases of ``types`` in force on ``date``
        (``_legal_grounds``), then
        ``session_ground`` (a text with ``%(date)s`` and ``names``) for each
        council session of ``lines``, by date."""
        helper = self._doc_helper()
        grounds = self._legal_grounds(types, date)
        for session in lines.session_id.sorted("date"):
            grounds.append(
                session_ground % dict(names, date=helper.date_text(session.date))
            )
        return grounds

    def _line_unit(self, line):
        """The unit an individual line is listed under (a collective is its
        own unit)."""
        if line.employee_id:
            return line.employee_id.department_id
        if line.department_id:
            return line.department_id
        return line.env["hr.department"]

    def _position(self, line):
        """'Chuyên viên, Phòng A' / 'Tập thể' / the foreign organisation, as
        recorded on the line (frozen once decided)."""
        if line.department_id and not line.employee_id:
            return "Tập thể"
        job = line.recipient_job_title or ""
        unit = line.recipient_unit_name or ""
        if line.partner_id and not line.employee_id:
            unit = line.organisation or unit
        return ", ".join(part for part in (job, unit) if part)

    def _grouped_rows(self, lines, extra=None):
        """Rows of a list: a heading row per kind (collectives, individuals,
        foreign recipients, when there are several kinds) and per unit of the
        individuals, then the recipients; ``extra(line)`` adds columns.

        Each row: {"group": heading or "", "index", "name", "position",
        "type", ...}; numbers run through the whole list."""
        helper = self._doc_helper()
        extra = extra or (lambda line: {})
        kinds = []
        for kind in ("collective", "individual", "foreign"):
            kind_lines = lines.filtered(
                lambda line, kind=kind: line.recipient_kind == kind
            )
            if kind_lines:
                kinds.append((kind, kind_lines))
        rows = []
        index = 0

        def line_row(line):
            return dict(
                {
                    "group": "",
                    "line_id": line.id,
                    "index": index,
                    "name": line.recipient_name or "",
                    "position": self._position(line),
                    "type": line.decided_type_id.name or line.type_id.name or "",
                },
                **extra(line),
            )

        for number, (kind, kind_lines) in enumerate(kinds):
            if len(kinds) > 1:
                rows.append(
                    {
                        "group": "%s. %s (%s)"
                        % (
                            ROMAN[number],
                            words.KIND_TITLES[kind],
                            helper.two_digits(len(kind_lines)),
                        )
                    }
                )
            if kind == "individual":
                units = {}
                for line in kind_lines:
                    units.setdefault(self._line_unit(line), []).append(line)
                ordered = sorted(
                    units.items(), key=lambda item: unit_order_key(item[0])
                )
                for unit, unit_lines in ordered:
                    rows.append({"group": unit.name or "Đơn vị khác"})
                    for line in sorted(
                        unit_lines, key=lambda ln: name_key(ln.recipient_name or "")
                    ):
                        index += 1
                        rows.append(line_row(line))
            elif kind == "collective":
                for line in sorted(
                    kind_lines, key=lambda ln: unit_order_key(ln.department_id)
                ):
                    index += 1
                    rows.append(line_row(line))
            else:
                for line in sorted(
                    kind_lines, key=lambda ln: text_key(ln.recipient_name or "")
                ):
                    index += 1
                    rows.append(line_row(line))
        for row in rows:
            row.setdefault("index", "")
            row.setdefault("name", "")
            row.setdefault("position", "")
            row.setdefault("type", "")
        return rows

    def _type_items(self, lines, style="decision"):
        """decision: '1. Tặng Giấy khen của Giám đốc Sở năm 2025 cho 02 tập thể,
        05 cá nhân' ('Công nhận danh hiệu “…”' for a title);
        proposal: '1. Danh hiệu “…”: 02 tập thể, 05 cá nhân'."""
        helper = self._doc_helper()
        items = []
        types = lines.mapped(lambda line: line.decided_type_id or line.type_id)
        for number, ctype in enumerate(types, start=1):
            type_lines = lines.filtered(
                lambda line, t=ctype: (line.decided_type_id or line.type_id) == t
            )
            counts = []
            collective = len(
                type_lines.filtered(lambda ln: ln.recipient_kind == "collective")
            )
            foreign = len(
                type_lines.filtered(lambda ln: ln.recipient_kind == "foreign")
            )
            individual = len(type_lines) - collective - foreign
            if collective:
                counts.append("%s tập thể" % helper.two_digits(collective))
            if individual:
                counts.append("%s cá nhân" % helper.two_digits(individual))
            if foreign:
                counts.append(
                    "%s tập thể, cá nhân nước ngoài" % helper.two_digits(foreign)
                )
            phrase = helper.type_phrase(ctype)
            if style == "proposal":
                items.append(
                    "%s. %s: %s"
                    % (number, helper.capitalise(phrase), ", ".join(counts))
                )
                continue
            verb = "Công nhận" if ctype.category == "title" else "Tặng"
            items.append(
                "%s %s năm %s cho %s"
                % (verb, phrase, type_lines[:1].year, ", ".join(counts))
            )
        return items
