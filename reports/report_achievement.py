"""Báo cáo thành tích of a proposed recipient: an individual (NĐ 152 Mẫu 05),
a collective (Mẫu 04) or a foreign individual or organisation (Mẫu 11/12).

The values are computed here once and shared by the PDF (QWeb template
``report_achievement_document``) and the Word document (``docx_achievement``):
the profile, the achievements, and the history of titles and forms filled in
from the recipient's valid awards.
"""

from collections import defaultdict

from odoo import api, models
from odoo.osv import expression

from . import emulation_document_words as words


class ReportAchievement(models.AbstractModel):
    _name = "report.emulation_commendation.report_achievement"
    _description = "Achievement Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        lines = self.env["commendation.dossier.line"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "commendation.dossier.line",
            "docs": lines,
            "achievements": self._achievement_values(lines),
        }

    # ------------------------------------------------------------------
    # Values
    # ------------------------------------------------------------------
    @api.model
    def _achievement_values(self, lines):
        """{line id: values} for every line, with a fixed number of queries."""
        lines.check_access("read")
        history = self._award_history(lines)
        ratings, initiatives = self._individual_records(lines)
        member_figures = self._collective_figures(lines)
        result = {}
        for line in lines:
            if line.employee_id:
                values = self._individual_values(line, ratings, initiatives)
            elif line.department_id:
                values = self._collective_values(line, member_figures)
            else:
                values = self._foreign_values(line)
            for fact in values["profile"]:
                # printed "- label: value." (no double full stop)
                fact["value"] = (fact["value"] or "").rstrip(" .") or words.BLANK
            titles, forms = history.get(line.id, ([], []))
            values["history_titles"] = titles or [dict(words.NONE_ROW)]
            values["history_forms"] = forms or [dict(words.NONE_ROW)]
            # the two tables of section III, in the order printed
            values["history_tables"] = [
                {
                    "title": "%s. %s" % (number, heading),
                    "heading": heading,
                    "rows": values[key],
                }
                for number, key, heading in (
                    ("1", "history_titles", "Danh hiệu thi đua"),
                    ("2", "history_forms", "Hình thức khen thưởng"),
                )
            ]
            result[line.id] = values
        return result

    def _helper(self):
        return self.env["emulation.document.helper"]

    def _common(self, line, kind):
        helper = self._helper()
        return {
            "kind": kind,
            "recipient_name": line.recipient_name or "",
            "title": "BÁO CÁO THÀNH TÍCH",
            "subject": "Đề nghị tặng %s năm %s"
            % (helper.type_phrase(line.type_id), line.year),
            "date_line": helper.date_line(line.dossier_id.date, line.company_id),
            "number_line": "",
            "parent_agency": "",
            "agency": "",
            "confirmation": {},
        }

    def _individual_values(self, line, ratings, initiatives):
        helper = self._helper()
        employee = line.employee_id
        sudo_employee = employee.sudo()
        agency = helper._agency(line.company_id)
        values = self._common(line, "individual")
        position = ", ".join(
            part
            for part in (
                employee.job_title,
                employee.department_id.name,
                helper.sentence_case(agency["name"]),
            )
            if part
        )
        degree = words.BLANK
        if sudo_employee.certificate:
            degree = words.DEGREE_WORDS.get(sudo_employee.certificate, "")
            if sudo_employee.study_field:
                degree = "%s %s" % (degree, sudo_employee.study_field)
        profile = [{"label": "Họ và tên", "value": line.recipient_name or ""}]
        if sudo_employee.gender:
            profile.append(
                {
                    "label": "Giới tính",
                    "value": words.GENDER_WORDS.get(sudo_employee.gender, ""),
                }
            )
        profile += [
            {
                "label": "Sinh ngày",
                "value": helper.date_text(sudo_employee.birthday) or words.BLANK,
            },
            {"label": "Quê quán", "value": sudo_employee.place_of_birth or words.BLANK},
            {"label": "Chức vụ, đơn vị công tác", "value": position},
            {"label": "Trình độ chuyên môn, nghiệp vụ", "value": degree},
        ]
        duties = (
            "%s %s; thực hiện các nhiệm vụ được Lãnh đạo phòng, Lãnh đạo Sở phân "
            "công."
            % (employee.job_title or "Công chức", employee.department_id.name or "")
        )
        results = self._text_paragraphs(line.achievements) or [words.BLANK]
        for rating in ratings.get(line.id, []):
            results.append(
                "- Năm %s: %s."
                % (rating.year, words.RATING_WORDS.get(rating.rating, ""))
            )
        for initiative in initiatives.get(line.id, []):
            text = "- Sáng kiến “%s” được công nhận %s" % (
                initiative.name,
                words.INITIATIVE_LEVEL_WORDS.get(initiative.level, ""),
            )
            if initiative.decision_number:
                text += " (Quyết định số %s" % initiative.decision_number
                if initiative.decision_date:
                    text += " ngày %s" % helper.date_text(initiative.decision_date)
                text += ")"
            results.append(text + ".")
        manager = employee.department_id.manager_id
        values.update(
            {
                "profile_title": "I. SƠ LƯỢC LÝ LỊCH",
                "profile": profile,
                "achievement_parts": [
                    {
                        "title": "1. Quyền hạn, nhiệm vụ được giao",
                        "paragraphs": [duties],
                    },
                    {"title": "2. Thành tích đạt được", "paragraphs": results},
                ],
                "sign_left": {
                    "title": "THỦ TRƯỞNG ĐƠN VỊ",
                    "note": "(Ký, ghi rõ họ tên)",
                    "name": manager.name or "",
                },
                "sign_right": {
                    "title": "NGƯỜI BÁO CÁO THÀNH TÍCH",
                    "note": "(Ký, ghi rõ họ tên)",
                    "name": line.recipient_name or "",
                },
                "confirmation": {
                    "title": "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
                    "note": "(Ký, đóng dấu)",
                },
            }
        )
        return values

    def _collective_values(self, line, member_figures):
        helper = self._helper()
        department = line.department_id
        agency = helper._agency(line.company_id)
        values = self._common(line, "collective")
        manager = department.manager_id
        figures = member_figures.get(line.id, {})
        head = words.BLANK
        if manager:
            head = ", ".join(part for part in (manager.name, manager.job_title) if part)
        profile = [
            {"label": "Tên tập thể", "value": line.recipient_name or ""},
            {
                "label": "Đơn vị cấp trên trực tiếp",
                "value": department.parent_id.name
                or helper.sentence_case(agency["name"]),
            },
            {"label": "Người đứng đầu", "value": head},
            {
                "label": "Tổng số cán bộ, công chức, người lao động",
                "value": helper.two_digits(figures.get("members", 0)),
            },
            {
                "label": "Chức năng, nhiệm vụ",
                "value": " ".join((department.note or "").split()) or words.BLANK,
            },
        ]
        member_lines = []
        if figures.get("ratings"):
            member_lines.append(
                "- Xếp loại chất lượng năm %s: %s."
                % (
                    line.year,
                    "; ".join(
                        "%s: %s người"
                        % (words.RATING_WORDS[key], helper.two_digits(count))
                        for key, count in figures["ratings"]
                    ),
                )
            )
        for type_name, count in figures.get("titles", []):
            member_lines.append(
                "- %s cá nhân được tặng “%s” năm %s."
                % (helper.two_digits(count), type_name, line.year)
            )
        parts = [
            {
                "title": "1. Kết quả thực hiện nhiệm vụ",
                "paragraphs": self._text_paragraphs(line.achievements) or [words.BLANK],
            }
        ]
        if member_lines:
            parts.append(
                {
                    "title": "2. Kết quả thi đua của cá nhân trong tập thể",
                    "paragraphs": member_lines,
                }
            )
        values.update(
            {
                "parent_agency": agency["name"],
                "agency": (line.recipient_name or "").upper(),
                "profile_title": "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
                "profile": profile,
                "achievement_parts": parts,
                "sign_left": {
                    "title": "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
                    "note": "(Ký, đóng dấu)",
                    "name": "",
                },
                "sign_right": {
                    "title": "THỦ TRƯỞNG ĐƠN VỊ",
                    "note": "(Ký, đóng dấu)",
                    "name": manager.name or "",
                },
            }
        )
        return values

    def _foreign_values(self, line):
        helper = self._helper()
        partner = line.partner_id.sudo()
        agency = helper._agency(line.company_id)
        values = self._common(line, "foreign")
        nationality = line.nationality_id or partner.country_id
        organisation = line.organisation or (
            partner.parent_id.name if partner.parent_id else ""
        )
        if partner.is_company:
            profile = [
                {"label": "Tên tổ chức", "value": line.recipient_name or ""},
                {"label": "Quốc gia", "value": nationality.name or words.BLANK},
                {
                    "label": "Địa chỉ",
                    "value": " ".join((partner.contact_address or "").split())
                    or words.BLANK,
                },
            ]
        else:
            profile = [
                {"label": "Họ và tên", "value": line.recipient_name or ""},
                {"label": "Quốc tịch", "value": nationality.name or words.BLANK},
                {"label": "Chức vụ", "value": partner.function or words.BLANK},
                {"label": "Cơ quan, tổ chức", "value": organisation or words.BLANK},
            ]
        values.update(
            {
                "parent_agency": agency["parent"],
                "agency": agency["name"],
                "subject": "Đề nghị tặng %s năm %s cho %s%s"
                % (
                    helper.type_phrase(line.type_id),
                    line.year,
                    line.recipient_name or "",
                    " (%s)" % nationality.name if nationality else "",
                ),
                "profile_title": "I. THÔNG TIN CHUNG",
                "profile": profile,
                "achievement_parts": [
                    {
                        "title": "Thành tích, đóng góp đối với Việt Nam và "
                        "thành phố Hải Phòng",
                        "paragraphs": self._text_paragraphs(line.achievements)
                        or [words.BLANK],
                    }
                ],
                "sign_left": {"title": "", "note": "", "name": ""},
                "sign_right": {
                    "title": "THỦ TRƯỞNG CƠ QUAN ĐỀ NGHỊ",
                    "note": "(Ký, đóng dấu)",
                    "name": agency["signer_name"],
                },
            }
        )
        return values

    def _text_paragraphs(self, text):
        return [
            " ".join(part.split()) for part in (text or "").splitlines() if part.strip()
        ]

    # ------------------------------------------------------------------
    # Batched reads
    # ------------------------------------------------------------------
    def _award_history(self, lines):
        """{line id: (titles, forms)}: the recipient's valid awards up to the
        year of the proposal, the award of this very line excluded."""
        helper = self._helper()
        Award = self.env["commendation.award"].sudo()
        domain = [("state", "=", "valid")]
        keys = []
        for field in ("employee_id", "department_id", "partner_id"):
            ids = lines.mapped(field).ids
            if ids:
                keys.append([(field, "in", ids)])
        if not keys:
            return {}
        awards = Award.search(
            expression.AND([domain, expression.OR(keys)]),
            order="year, decision_date, id",
        )
        by_recipient = defaultdict(list)
        for award in awards:
            if award.employee_id:
                by_recipient[("employee", award.employee_id.id)].append(award)
            elif award.department_id:
                by_recipient[("department", award.department_id.id)].append(award)
            elif award.partner_id:
                by_recipient[("partner", award.partner_id.id)].append(award)
        result = {}
        for line in lines:
            if line.employee_id:
                key = ("employee", line.employee_id.id)
            elif line.department_id:
                key = ("department", line.department_id.id)
            else:
                key = ("partner", line.partner_id.id)
            own = line.award_id if "award_id" in line._fields else Award
            titles, forms = [], []
            for award in by_recipient.get(key, []):
                if award == own or (line.year and award.year > line.year):
                    continue
                decision = []
                if award.decision_number:
                    decision.append("Quyết định số %s" % award.decision_number)
                if award.decision_date:
                    decision.append("ngày %s" % helper.date_text(award.decision_date))
                text = " ".join(decision)
                if award.authority:
                    text = "; ".join(part for part in (text, award.authority) if part)
                row = {"year": award.year, "name": award.type_id.name, "decision": text}
                (titles if award.type_id.category == "title" else forms).append(row)
            result[line.id] = (titles, forms)
        return result

    def _individual_records(self, lines):
        """Ratings and initiatives of the last five years of each person."""
        people = lines.filtered("employee_id")
        ratings, initiatives = defaultdict(list), defaultdict(list)
        if not people:
            return ratings, initiatives
        years = people.mapped("year")
        low, high = min(years) - 4, max(years)
        employees = people.mapped("employee_id")

        def in_years(model, field):
            """The records of ``model`` whose ``field`` holds one of the
            people, from year ``low`` to ``high``."""
            return (
                self.env[model]
                .sudo()
                .search(
                    [
                        (field, "in", employees.ids),
                        ("year", ">=", low),
                        ("year", "<=", high),
                    ],
                    order="year, id",
                )
            )

        all_ratings = in_years("emulation.rating", "employee_id")
        all_initiatives = in_years("emulation.initiative", "employee_ids")
        for line in people:
            window = range(line.year - 4, line.year + 1)
            ratings[line.id] = [
                r
                for r in all_ratings
                if r.employee_id == line.employee_id and r.year in window
            ]
            initiatives[line.id] = [
                i
                for i in all_initiatives
                if line.employee_id in i.employee_ids and i.year in window
            ]
        return ratings, initiatives

    def _collective_figures(self, lines):
        """For each collective line: its members, their ratings and the
        individual titles they received in the year."""
        collectives = lines.filtered(lambda ln: ln.department_id and not ln.employee_id)
        if not collectives:
            return {}
        departments = collectives.mapped("department_id")
        years = list(set(collectives.mapped("year")))
        members = (
            self.env["hr.employee"]
            .sudo()
            .search([("department_id", "in", departments.ids)])
        )
        member_dept = {member.id: member.department_id.id for member in members}
        rating_counts = defaultdict(lambda: defaultdict(int))
        for rating in (
            self.env["emulation.rating"]
            .sudo()
            .search([("employee_id", "in", members.ids), ("year", "in", years)])
        ):
            key = (member_dept.get(rating.employee_id.id), rating.year)
            rating_counts[key][rating.rating] += 1
        title_counts = defaultdict(lambda: defaultdict(int))
        for award in (
            self.env["commendation.award"]
            .sudo()
            .search(
                [
                    ("employee_id", "in", members.ids),
                    ("year", "in", years),
                    ("state", "=", "valid"),
                ]
            )
        ):
            key = (member_dept.get(award.employee_id.id), award.year)
            title_counts[key][award.type_id.name] += 1
        result = {}
        for line in collectives:
            key = (line.department_id.id, line.year)
            counts = rating_counts.get(key, {})
            result[line.id] = {
                "members": len(
                    [m for m, d in member_dept.items() if d == line.department_id.id]
                ),
                "ratings": [
                    (rating, counts[rating])
                    for rating in words.RATING_WORDS
                    if counts.get(rating)
                ],
                "titles": sorted(title_counts.get(key, {}).items()),
            }
        return result
