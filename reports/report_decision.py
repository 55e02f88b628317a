"""Quyết định khen thưởng with its Danh sách kèm theo (commendation.decision)."""

from collections import Counter

from odoo import fields, models

from . import emulation_document_words as words


class ReportDecision(models.AbstractModel):
    """Values of a decision (shared by the PDF and the Word document).

    ``documents[decision id]`` holds the head keys of
    ``emulation.document.report`` and:

    authority_title   "GIÁM ĐỐC SỞ NGOẠI VỤ" (who decides, above the bases)
    grounds           ["Căn cứ Luật ...;", ..., "Căn cứ Biên bản họp ...;"]:
                      the legal bases in force on the decision's date
    proposer          "Theo đề nghị của Chánh Văn phòng Sở." / "Xét đề nghị ..."
    articles          [{"title": "Điều 1.", "text", "clauses": [str]}]
    reward_total      number; reward_total_text "3.042.000";
                      reward_total_words "Ba triệu ... đồng"
    annex             {"title", "subject", "subtitle", "sections" (see
                      ``_sections``: rows with index, name, position, reward,
                      reward_text, gold_book, note), "several_types",
                      "show_gold_book", "columns" (of the table), "total_label",
                      "total_text"}
    is_own, is_draft  booleans
    """

    _name = "report.emulation_commendation.report_decision"
    _inherit = "emulation.document.report"
    _description = "Award Decision"
    _document_model = "commendation.decision"

    def _document_values(self, decision, data):
        helper = self._helper()
        company = decision.company_id
        agency = helper._agency(company)
        date = decision.date or fields.Date.context_today(self)
        items, total = self._items(decision)
        types = decision.award_ids.type_id or decision.line_ids.decided_type_id
        parent, agency_name = self._agency_block(decision)
        values = self._head(
            company,
            "QĐ",
            decision.name,
            decision.date,
            "QUYẾT ĐỊNH",
            decision.subject or "",
            parent=parent,
            agency=agency_name,
        )
        recipients = words.RECIPIENTS["decision_own" if decision.is_own else "decision"]
        sign_title = decision.signer_title or (
            agency["signer_title"]
            if decision.is_own
            else (decision.issuing_body or "").upper()
        )
        values.update(
            self._foot(company, recipients, sign_title, decision.signer_name or "")
        )
        bases = self._legal_documents(types)
        grounds = helper.legal_basis_lines(bases, date)
        grounds += self._session_grounds(decision)
        sections = self._sections(items)
        values.update(
            {
                "is_own": decision.is_own,
                "is_draft": decision.state == "draft",
                "authority_title": (decision.issuing_body or "").upper(),
                "grounds": grounds,
                "proposer": self._proposer(decision),
                "articles": self._articles(decision, sections, total, bases, date),
                "reward_total": total,
                "reward_total_text": helper.money(total),
                "reward_total_words": helper.amount_in_words(total),
                "annex": self._annex(decision, sections, items, total),
            }
        )
        return values

    # ------------------------------------------------------------------
    # Recipients and rewards
    # ------------------------------------------------------------------
    def _items(self, decision):
        """One item per recipient: from the awards once the decision is
        issued (as recorded then), else from its lines with the rewards they
        would get on the decision's date. Returns (items, total)."""
        helper = self._helper()
        items = []
        if decision.award_ids:
            for award in decision.award_ids:
                items.append(
                    self._item(
                        award,
                        award.type_id,
                        award.reward_amount,
                        award.reward_rule,
                        award.gold_book_number,
                        self._recipient_unit(award, award),
                        award.dossier_id.kind or award.kind,
                        award.dossier_id.movement_id.name or "",
                    )
                )
        else:
            lines = decision.line_ids
            rewards = (
                self.env["commendation.award"]._compute_rewards(
                    lines,
                    decision.date or fields.Date.context_today(self),
                    decision.company_id,
                )
                if lines
                else {}
            )
            for line in lines:
                _nominal, amount, rule = rewards[line.id]
                items.append(
                    self._item(
                        line,
                        line.decided_type_id,
                        amount,
                        rule,
                        "",
                        self._recipient_unit(line),
                        line.dossier_id.kind,
                        line.dossier_id.movement_id.name or "",
                    )
                )
        total = sum(item["reward"] for item in items)
        for item in items:
            item["reward_text"] = helper.money(item["reward"])
        return items, total

    def _item(self, record, ctype, reward, rule, gold_book, unit, kind, movement):
        return {
            "type": ctype,
            "kind": self._recipient_kind(record),
            "unit": unit,
            "unit_name": record.recipient_unit_name
            or (unit.name if unit else "")
            or "",
            "name": record.recipient_name or "",
            "position": self._person_position(record),
            "reward": reward or 0.0,
            "rule": rule or "full",
            "note": words.REWARD_RULE_NOTES.get(rule or "full", ""),
            "gold_book": gold_book or "",
            "recipient_key": "%s-%s-%s"
            % (record.employee_id.id, record.department_id.id, record.partner_id.id),
            "dossier_kind": kind or "annual",
            "movement": movement,
        }

    # ------------------------------------------------------------------
    # Blocks
    # ------------------------------------------------------------------
    def _agency_block(self, decision):
        """(parent, agency) of the header: the Department's for its own
        decisions, the higher body's for those the Office records."""
        helper = self._helper()
        own = helper._agency(decision.company_id)
        if decision.is_own:
            return own["parent"], own["name"]
        if decision.authority_level == "city":
            return "", own["parent"] or (decision.issuing_body or "").upper()
        return "", words.AGENCY_OF_LEVEL.get(
            decision.authority_level, (decision.issuing_body or "").upper()
        )

    def _session_grounds(self, decision):
        """'Căn cứ Biên bản họp Hội đồng ...' for the council sessions that
        passed the recipients (the Department's own decisions)."""
        if not decision.is_own:
            return []
        lines = decision.line_ids or decision.award_ids.dossier_line_id
        helper = self._helper()
        agency = helper.sentence_case(helper._agency(decision.company_id)["name"])
        return [
            "Căn cứ Biên bản họp %s %s ngày %s;"
            % (words.COUNCIL_NAME, agency, helper.date_text(date))
            for date in sorted(set(lines.session_id.mapped("date")))
        ]

    def _proposer(self, decision):
        helper = self._helper()
        proposal = decision.proposal_id
        if proposal:
            agency = helper.sentence_case(helper._agency(decision.company_id)["name"])
            text = "Xét đề nghị của Giám đốc %s tại Tờ trình số %s" % (
                agency,
                proposal.name or "",
            )
            if proposal.date:
                text += " ngày %s" % helper.date_text(proposal.date)
            return text + "."
        if decision.is_own:
            return "Theo đề nghị của Chánh Văn phòng Sở."
        return ""

    def _section_rows(self, section):
        return [
            row
            for kind in section["kinds"]
            for unit in kind["units"]
            for row in unit["rows"]
        ]

    def _clause(self, section, decision):
        """'Công nhận danh hiệu “X” năm 2025 cho 03 cá nhân' / 'Tặng Giấy
        khen ... cho 02 tập thể và 01 cá nhân đã có thành tích ...'."""
        helper = self._helper()
        counts = section["counts"]
        count = helper.count_phrase(
            counts.get("collective", 0),
            counts.get("individual", 0),
            counts.get("foreign", 0),
        )
        verb = words.CATEGORY_VERB.get(section["category"], "Tặng")
        if section["category"] == "title":
            return "%s %s năm %s cho %s" % (
                verb,
                section["phrase"],
                decision.year,
                count,
            )
        rows = self._section_rows(section)
        kind = Counter(row["dossier_kind"] for row in rows).most_common(1)[0][0]
        movement = next((row["movement"] for row in rows if row["movement"]), "")
        achievement = words.KIND_ACHIEVEMENT.get(
            kind, words.KIND_ACHIEVEMENT["annual"]
        ) % {
            "year": decision.year,
            "movement": " “%s”" % movement if movement else "",
        }
        return "%s %s cho %s %s" % (verb, section["phrase"], count, achievement)

    def _articles(self, decision, sections, total, bases, date):
        helper = self._helper()
        clauses = [self._clause(section, decision) for section in sections]
        annex = " (có danh sách kèm theo)."
        if len(clauses) == 1:
            first = {"title": "Điều 1.", "text": clauses[0] + annex, "clauses": []}
        else:
            first = {
                "title": "Điều 1.",
                "text": "",
                "clauses": [
                    "%s. %s%s" % (index, clause, ";" if index < len(clauses) else "")
                    for index, clause in enumerate(clauses, start=1)
                ],
            }
            if first["clauses"]:
                first["clauses"][-1] += annex
        decree = helper.legal_documents_on(
            bases.filtered(lambda d: d.doc_type == "decree"), date
        )[:1]
        rule = (
            "theo quy định tại Nghị định số %s" % decree.number
            if decree
            else "theo quy định hiện hành"
        )
        fund = helper.fund_text(decision.authority_level, decision.company_id)
        if total:
            reward = (
                "Kèm theo danh hiệu, hình thức khen thưởng là tiền thưởng %s; "
                "tổng số tiền thưởng: %s đồng (Bằng chữ: %s), được chi từ %s."
                % (rule, helper.money(total), helper.amount_in_words(total), fund)
            )
            rules = {
                row["rule"]
                for section in sections
                for row in self._section_rows(section)
            }
            if rules & {"lower", "difference"}:
                reward += (
                    " Trường hợp đã hưởng tiền thưởng của danh hiệu cao hơn cùng "
                    "thời kỳ thực hiện theo ghi chú tại danh sách kèm theo."
                )
        else:
            reward = (
                "Các tập thể, cá nhân có tên tại Điều 1 không được hưởng tiền "
                "thưởng kèm theo (đã hưởng mức tiền thưởng cao hơn cùng thời kỳ)."
            )
        if decision.is_own:
            execution = (
                "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, "
                "Trưởng các phòng, đơn vị thuộc Sở và các tập thể, cá nhân có tên "
                "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
            )
        else:
            execution = (
                "Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ "
                "quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại "
                "Điều 1 chịu trách nhiệm thi hành Quyết định này./."
            )
        return [
            first,
            {"title": "Điều 2.", "text": reward, "clauses": []},
            {"title": "Điều 3.", "text": execution, "clauses": []},
        ]

    def _annex(self, decision, sections, items, total):
        helper = self._helper()
        company = decision.company_id
        agency = helper._agency(company)
        by_category = {}
        for section in sections:
            by_category.setdefault(section["category"], []).append(section["phrase"])
        subjects = [
            "%s %s" % (words.CATEGORY_PASSIVE.get(category, "được tặng"), ", ".join(p))
            for category, p in by_category.items()
        ]
        blank = "\u00a0" * 6
        number = decision.name or "%s/QĐ-%s" % (blank, agency["code"])
        body = (decision.issuing_body or "").strip()
        counts = Counter(
            kind
            for kind, _key in {(item["kind"], item["recipient_key"]) for item in items}
        )
        return {
            "title": "DANH SÁCH",
            "subject": "Tập thể, cá nhân %s năm %s"
            % (" và ".join(subjects), decision.year),
            "subtitle": "(Kèm theo Quyết định số %s ngày %s%s)"
            % (
                number,
                helper.date_text(decision.date) or blank,
                " của %s" % body if body else "",
            ),
            "sections": sections,
            "several_types": len(sections) > 1,
            "show_gold_book": bool(decision.is_own),
            "columns": 6 if decision.is_own else 5,
            "total_label": "Tổng cộng: %s"
            % helper.count_phrase(
                counts.get("collective", 0),
                counts.get("individual", 0),
                counts.get("foreign", 0),
            ),
            "total_text": helper.money(total),
        }
