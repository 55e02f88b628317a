from odoo import models


class ReportDocxDecision(models.AbstractModel):
    """Quyết định khen thưởng with its list (Word), from a draft (rewards as
    they will be paid) or an issued decision (its awards, Gold Book numbers)."""

    _name = "report.emulation_commendation.docx_decision"
    _inherit = "emulation.docx.round"
    _description = "Award Decision (Word)"
    _docx_model = "commendation.decision"

    def _get_docx_values(self, decision, data):
        helper = self._doc_helper()
        company = decision.company_id
        agency = helper._agency(company)
        lines = decision.line_ids
        awards = decision.award_ids.filtered(lambda a: a.state == "valid")
        award_of = {award.dossier_line_id.id: award for award in awards}
        if decision.state == "draft" and lines:
            rewards = self.env["commendation.award"]._compute_rewards(
                lines, decision.date or lines[:1].dossier_id.date, company
            )
            amount_of = {line_id: value[1] for line_id, value in rewards.items()}
        else:
            amount_of = {
                line_id: award.reward_amount for line_id, award in award_of.items()
            }
        authority = (
            decision.issuing_body
            or helper.issuing_body(decision.authority_level, company)
            or ""
        ).upper()
        # a decision of a higher authority: its name, without a parent agency
        issuer = {} if decision.is_own else {"parent": "", "agency": authority}
        head = self._nd30_head(
            company,
            "QĐ",
            decision.name,
            decision.date,
            "QUYẾT ĐỊNH",
            decision.subject,
            **issuer,
        )
        grounds = self._grounds(
            lines,
            lines.decided_type_id,
            decision.date,
            "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày %(date)s;",
        )
        if decision.proposal_id:
            grounds.append(
                "Xét Tờ trình số %s ngày %s của %s;"
                % (
                    decision.proposal_id.name or "",
                    helper.date_text(decision.proposal_id.date),
                    helper.sentence_case(agency["name"]),
                )
            )
        else:
            grounds.append("Theo đề nghị của Chánh Văn phòng Sở.")
        total = sum(amount_of.get(line.id, 0.0) for line in lines)
        rows = self._grouped_rows(
            lines,
            extra=lambda line: {
                "amount": helper.money(amount_of.get(line.id, 0.0))
                if line.id in amount_of
                else "",
                "gold_book": (
                    award_of[line.id].gold_book_number
                    if line.id in award_of
                    else (line.higher_gold_book_number or "")
                )
                or "",
            },
        )
        for row in rows:
            row.setdefault("amount", "")
            row.setdefault("gold_book", "")
        fund_owner = (
            helper.sentence_case(agency["name"])
            if decision.is_own
            else (decision.issuing_body or "")
        )
        number_text = decision.name or "\u00a0" * 6 + "/QĐ-%s" % agency["code"]
        head.update(
            {
                "authority": authority,
                "grounds": grounds,
                "articles": [
                    {
                        "number": "Điều 1.",
                        "text": "; ".join(self._type_items(lines))
                        + " đã có thành tích xuất sắc trong thực hiện nhiệm vụ (có "
                        "danh sách kèm theo).",
                    },
                    {
                        "number": "Điều 2.",
                        "text": (
                            "Kèm theo danh hiệu, hình thức khen thưởng là tiền "
                            "thưởng theo quy định của Nghị định số 152/2025/NĐ-CP, "
                            "tổng số tiền %s đồng (bằng số tiền ghi tại danh sách "
                            "kèm theo), được chi từ Quỹ thi đua, khen thưởng của %s."
                            % (helper.money(total), fund_owner)
                        ),
                    },
                    {
                        "number": "Điều 3.",
                        "text": (
                            "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn "
                            "phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các tập "
                            "thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi "
                            "hành Quyết định này./."
                        ),
                    },
                ],
                "annex_title": "DANH SÁCH",
                "annex_subject": "Tập thể, cá nhân được khen thưởng năm %s"
                % decision.year,
                "annex_subtitle": "(Kèm theo Quyết định số %s ngày %s của %s)"
                % (
                    number_text,
                    helper.date_text(decision.date) or "\u00a0" * 6,
                    decision.issuing_body or "",
                ),
                "rows": rows,
                "total_count": helper.two_digits(len(lines)),
                "total_amount": helper.money(total),
            }
        )
        head.update(
            self._nd30_foot(
                company,
                [
                    "Như Điều 3",
                    "Ban Thi đua - Khen thưởng thành phố (để b/c)",
                    "Lãnh đạo Sở",
                ],
                sign_lines=helper.split_lines(decision.signer_title)
                or helper.split_lines(agency["signer_title"]),
                signer=decision.signer_name or agency["signer_name"],
            )
        )
        return head
