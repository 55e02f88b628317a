import datetime
import re
import shutil
import unittest

from markupsafe import Markup

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tools.safe_eval import safe_eval, time

from odoo.addons.emulation_commendation.reports.emulation_document_helper import (
    unit_order_key,
)

from .common import D, ReportsCase, pdftotext

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"
PLAIN_TYPES = (str, int, float, bool, type(None), datetime.date, Markup)


class DocumentCase(ReportsCase):
    def _html(self, report_xmlid, records, data=None):
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "emulation_commendation.%s" % report_xmlid, records.ids, data=data
        )
        return html.decode()

    def _html_text(self, report_xmlid, records, data=None):
        """The HTML of the report and its words (``_text``)."""
        html = self._html(report_xmlid, records, data=data)
        return html, self._text(html)

    def _text(self, html):
        """The words of the document, tags removed, spaces collapsed."""
        text = re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ")
        return " ".join(text.replace("\u00a0", " ").split())

    def _assert_official(self, html, number_text, date_text, parent=True):
        self.assert_all_in(html, MOTTO, MOTTO2, "SỞ NGOẠI VỤ")
        if parent:
            self.assertIn("UBND THÀNH PHỐ HẢI PHÒNG", html)
        self.assert_all_in(html, number_text, date_text, "o_nd30_sign")

    def _assert_order(self, text, *parts):
        """``parts`` appear in ``text`` one after the other."""
        position = -1
        for part in parts:
            found = text.find(part, position + 1)
            self.assertGreater(found, position, "%r after %r" % (part, parts))
            position = found

    def _file_name(self, xmlid, record):
        report = self.env.ref("emulation_commendation.%s" % xmlid)
        return safe_eval(report.print_report_name, {"object": record, "time": time})

    def _assert_plain(self, value, path="values"):
        """Values of a report model are plain (the Word documents read them)."""
        if isinstance(value, dict):
            for key, item in value.items():
                self._assert_plain(item, "%s[%r]" % (path, key))
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                self._assert_plain(item, "%s[%s]" % (path, index))
        else:
            self.assertIsInstance(value, PLAIN_TYPES, path)


@tagged("post_install", "-at_install")
class TestRoundDocuments(DocumentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.round = cls._make_round()
        cls.session = cls.round["session"]
        cls.decision_forms = cls.round["decision_forms"]
        cls.decision_titles = cls.round["decision_titles"]
        cls.proposal = cls.round["proposal"]

    # --- the session ----------------------------------------------------
    def test_session_minutes(self):
        html, text = self._html_text("report_session_minutes", self.session)
        self._assert_official(
            html, "/BB-NV", "Hải Phòng, ngày 10 tháng 12 năm 2025", parent=False
        )
        self.assert_all_in(
            text,
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            "BIÊN BẢN",
            "Căn cứ Quyết định số 05/QĐ-NV ngày 06/01/2025 về việc thành lập Hội "
            "đồng Thi đua - Khen thưởng Sở Ngoại vụ;",
            "tại Phòng họp tầng 2",
        )
        # attendance: five members, four present, one wrote in
        self.assert_all_in(
            text,
            "Tổng số thành viên Hội đồng: 05; có mặt: 04; vắng mặt có ý kiến bằng "
            "văn bản: 01; vắng mặt: 00.",
            "bảo đảm tỷ lệ theo quy chế (ít nhất 04 thành viên, 2/3",
            "Vắng mặt (có ý kiến bằng văn bản)",
            "Ủy viên, Thư ký",
            "Số thành viên vắng mặt có ý kiến bằng văn bản: 01 (ý kiến được tính vào "
            "kết quả biểu quyết)",
            "Các thành viên thống nhất với báo cáo của Văn phòng.",
        )
        # grouped by title or form, in the catalogue's order
        self._assert_order(
            text,
            "1. danh hiệu “Chiến sĩ thi đua cơ sở (thử)”",
            "2. danh hiệu “Lao động tiên tiến (thử)”",
            "3. Giấy khen của Giám đốc Sở (thử)",
            "4. Bằng khen của Chủ tịch UBND thành phố (thử)",
        )
        # the threshold is counted on the five members, not on those present
        self.assert_all_in(
            text,
            "Bỏ phiếu kín; cần đạt số phiếu đồng ý từ 80% trở lên tính trên tổng số "
            "thành viên Hội đồng (ít nhất 04/05 phiếu).",
            "Không biểu quyết theo tỷ lệ.",
            "Nguyễn Văn Một Chuyên viên, Phòng Thử nghiệm A 5 0 100,0% 80% Đạt",
            "Phạm Văn Ba Chuyên viên, Phòng Thử nghiệm B 2 3 40,0% 80% Không đạt",
            "Đỗ Thị Bốn Phó Trưởng phòng, Phòng Thử nghiệm B 3 2 60,0% 50% Đạt",
        )
        # conclusions per title and the signatures of the secretary and the chair
        self.assert_all_in(
            text,
            "Danh hiệu “Chiến sĩ thi đua cơ sở (thử)”: 01/02 trường hợp đạt.",
            "Giấy khen của Giám đốc Sở (thử): 04/04 trường hợp đạt.",
            "01 trường hợp không đạt số phiếu theo quy định.",
        )
        self._assert_order(
            text, "THƯ KÝ", "Vũ Văn An", "CHỦ TỊCH HỘI ĐỒNG", "Trưởng Phòng A"
        )

    def test_session_ballots(self):
        html, text = self._html_text("report_session_ballots", self.session)
        # one ballot per member (5) for each secret-ballot title or form (2)
        self.assertEqual(html.count('class="article o_nd30"'), 10)
        self.assert_all_in(
            text,
            "PHIẾU BẦU",
            "Bầu danh hiệu “Chiến sĩ thi đua cơ sở (thử)” năm 2025",
            "Bầu Bằng khen của Chủ tịch UBND thành phố (thử) năm 2025",
            "Phiên họp Hội đồng Thi đua - Khen thưởng ngày 10/12/2025",
            "Đồng ý",
            "Không đồng ý",
            "Phạm Văn Ba",
        )
        self.assertNotIn("Số:", text)
        # a form voted openly has no ballot
        self.assertNotIn("Lê Thị Hai", text)
        html = self._html("report_session_ballots", self.session, data={"copies": 1})
        self.assertEqual(html.count('class="article o_nd30"'), 2)

    def test_session_without_secret_ballot(self):
        dossier = self._dossier(
            self.dept_a, [(self.emp2, self.type_ldtt, "")], date=D(2025, 11, 1)
        )
        session = self.env["commendation.council.session"].create(
            {"council_id": self.council.id, "date": D(2025, 11, 5), "year": 2025}
        )
        session.action_add_dossiers(dossier)
        with self.assertRaises(UserError) as error:
            self._html("report_session_ballots", session)
        self.assertIn("no ballot paper to print", str(error.exception))
        with self.assertRaises(UserError):
            self._html("report_session_count", session)
        # the minutes of a session still open say so
        text = self._text(self._html("report_session_minutes", session))
        self.assert_all_in(text, "Chưa kết luận", "Phiên họp chưa kết thúc")

    def test_session_count_minutes(self):
        _html, text = self._html_text("report_session_count", self.session)
        self.assert_all_in(
            text,
            "BIÊN BẢN KIỂM PHIẾU",
            "Ban Kiểm phiếu gồm:",
            "Trưởng ban",
            "Số phiếu phát ra: 04.",
            "Số phiếu hợp lệ:",
            "Số ý kiến bằng văn bản của thành viên vắng mặt: 01 (được cộng vào kết "
            "quả).",
            "Phạm Văn Ba Chuyên viên, Phòng Thử nghiệm B 2 3 40,0% 80% Không đạt",
            "Đỗ Thị Bốn",
        )
        self.assertNotIn("Lê Thị Hai", text)  # Giấy khen: open vote
        self.assertIn("TRƯỞNG BAN KIỂM PHIẾU", text)

    # --- the decisions ------------------------------------------------------
    def test_decision_of_forms(self):
        html, text = self._html_text("report_decision", self.decision_forms)
        self._assert_official(
            html, "Số: 152/QĐ-NV", "Hải Phòng, ngày 15 tháng 12 năm 2025"
        )
        self.assert_all_in(
            text,
            "QUYẾT ĐỊNH Về việc tặng Giấy khen của Giám đốc Sở (thử) năm 2025",
            "GIÁM ĐỐC SỞ NGOẠI VỤ",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP",
        )
        self.assertNotIn("98/2023/NĐ-CP", text)
        self.assert_all_in(
            text,
            "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ ngày "
            "10/12/2025;",
            "Theo đề nghị của Chánh Văn phòng Sở.",
        )
        # "tặng" for a form, with who and how many
        self.assertIn(
            "Điều 1. Tặng Giấy khen của Giám đốc Sở (thử) cho 01 tập thể và 03 cá "
            "nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025 (có "
            "danh sách kèm theo).",
            text,
        )
        self.assertNotIn("Công nhận", text)
        # the rewards and the fund that pays them: 3 × 710.000 + 1.410.000
        self.assert_all_in(
            text,
            "Điều 2. Kèm theo danh hiệu, hình thức khen thưởng là tiền thưởng theo "
            "quy định tại Nghị định số 152/2025/NĐ-CP; tổng số tiền thưởng: "
            "3.540.000 đồng (Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng), được "
            "chi từ Quỹ thi đua, khen thưởng của Sở Ngoại vụ.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Nơi nhận:",
            "Như Điều 3",
        )
        self._assert_order(text, "Điều 3.", "GIÁM ĐỐC", "Nguyễn Thị Test", "DANH SÁCH")
        # the list: collectives, then people by unit, in Vietnamese name order
        self.assert_all_in(
            text,
            "Tập thể, cá nhân được tặng Giấy khen của Giám đốc Sở (thử) năm 2025",
            "(Kèm theo Quyết định số 152/QĐ-NV ngày 15/12/2025 của Giám đốc Sở "
            "Ngoại vụ)",
        )
        annex = text[text.index("DANH SÁCH") :]
        self.assert_all_in(annex, "Tập thể 1 Phòng Thử nghiệm A", "1.410.000")
        # An before Hai: by given name, though "Lê" sorts before "Vũ"
        self._assert_order(annex, "Tập thể", "Cá nhân", "Vũ Văn An", "Lê Thị Hai")
        self._assert_order(annex, "Đỗ Thị Bốn", "Vũ Văn An")
        for award in self.decision_forms.award_ids:
            self.assertTrue(award.gold_book_number)
            self.assertIn(award.gold_book_number, annex)
        self.assertIn("Tổng cộng: 01 tập thể và 03 cá nhân 3.540.000", annex)

    def test_decision_of_titles(self):
        text = self._text(self._html("report_decision", self.decision_titles))
        self.assert_all_in(text, "Số: 153/QĐ-NV", "Về việc công nhận danh hiệu")
        # two titles of the same level: clauses of one article
        self.assertIn(
            "Điều 1. 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở (thử)” năm 2025 "
            "cho 01 cá nhân; 2. Công nhận danh hiệu “Lao động tiên tiến (thử)” năm "
            "2025 cho 01 cá nhân (có danh sách kèm theo).",
            text,
        )
        self.assertNotIn("Tặng", text[: text.index("DANH SÁCH")])
        annex = text[text.index("DANH SÁCH") :]
        self._assert_order(
            annex,
            "I. DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ (THỬ)”",
            "2.340.000",
            "II. DANH HIỆU “LAO ĐỘNG TIÊN TIẾN (THỬ)”",
            "Không hưởng tiền thưởng (đã hưởng mức cao hơn cùng thời kỳ)",
        )
        # the lower title pays nothing: the total is the higher one's
        self.assertIn("Tổng cộng: 01 cá nhân 2.340.000", annex)
        self.assert_all_in(
            text,
            "tổng số tiền thưởng: 2.340.000 đồng",
            "thực hiện theo ghi chú tại danh sách kèm theo",
        )

    def test_decision_difference_and_draft(self):
        """A higher title decided after a lower one of the same year pays the
        difference; a draft prints the rewards it would give, no number."""
        _dossier, awards = self._make_decided_dossier(
            number="160/QĐ-NV",
            date=D(2025, 12, 20),
            people=(self.emp3,),
            ctype=self.type_ldtt,
        )
        self.assertEqual(awards.reward_amount, 710000)
        later = self._dossier(
            self.dept_b, [(self.emp3, self.type_title, "")], date=D(2025, 12, 21)
        )
        self._session(later, D(2025, 12, 22), {later.line_ids: (5, 0)})
        draft = self.env["commendation.decision"].create(
            {"authority_level": "department", "year": 2025}
        )
        draft.action_add_lines(later.line_ids)
        text = self._text(self._html("report_decision", draft))
        self.assertIn("/QĐ-NV", text)
        self.assertNotIn("Số: 160", text)
        self.assert_all_in(text, "Hưởng phần chênh lệch", "1.630.000")
        annex = text[text.index("DANH SÁCH") :]
        self.assertIn("Phạm Văn Ba", annex)

    def test_decision_names_as_recorded(self):
        """Renaming a person or moving her afterwards changes neither the
        decision nor the certificate."""
        self.emp2.write({"name": "Lê Thị Hai Mới", "job_title": "Trưởng phòng"})
        text = self._text(self._html("report_decision", self.decision_forms))
        self.assertIn("Lê Thị Hai Chuyên viên chính, Phòng Thử nghiệm A", text)
        self.assertNotIn("Hai Mới", text)
        text = self._text(
            self._html("report_decision_certificates", self.decision_forms)
        )
        self.assertIn("Bà: Lê Thị Hai", text)
        self.assertNotIn("Hai Mới", text)

    def test_decision_of_the_city(self):
        """A higher body's decision recorded by the Office prints with that
        body's header, the proposal it answers and its own fund."""
        line = self.proposal.line_ids
        decision = self.proposal._record_answer(
            {
                "authority_level": "city",
                "name": "3120/QĐ-UBND",
                "date": D(2025, 12, 26),
                "year": 2025,
                "issuing_body": "Chủ tịch Ủy ban nhân dân thành phố",
                "signer_name": "Lê Văn Chủ",
                "signer_title": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
            },
            {line: (False, "HP-77")},
            {},
        )
        _html, text = self._html_text("report_decision", decision)
        head = text[: text.index(MOTTO)]
        self.assertIn("UBND THÀNH PHỐ HẢI PHÒNG", head)
        self.assertNotIn("SỞ NGOẠI VỤ", head)
        self.assert_all_in(
            text,
            "Số: 3120/QĐ-UBND",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ",
            "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 25/TTr-NV ngày "
            "15/12/2025.",
        )
        self.assert_none_in(
            text, "Theo đề nghị của Chánh Văn phòng Sở", "Căn cứ Biên bản họp"
        )
        self.assertIn("được chi từ Quỹ thi đua, khen thưởng của thành phố.", text)
        self._assert_order(text, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Chủ")
        annex = text[text.index("DANH SÁCH") :]
        self.assertIn(
            "Đỗ Thị Bốn Phó Trưởng phòng, Phòng Thử nghiệm B 3.510.000", annex
        )
        self.assertNotIn("Số sổ vàng", annex)

    def test_decision_certificates(self):
        html, text = self._html_text(
            "report_decision_certificates", self.decision_forms
        )
        self.assertEqual(html.count('class="o_nd30_cert"'), 4)
        self.assert_all_in(
            text,
            "GIÁM ĐỐC SỞ NGOẠI VỤ THÀNH PHỐ HẢI PHÒNG",
            "GIẤY KHEN",
            "Bà: Lê Thị Hai",
            "Chuyên viên chính, Phòng Thử nghiệm A",
            "Số quyết định: 152/QĐ-NV, ngày 15 tháng 12 năm 2025",
            "Số sổ vàng",
        )
        report = self.env.ref(
            "emulation_commendation.action_report_decision_certificates"
        )
        self.assertEqual(report.paperformat_id.orientation, "Landscape")
        text = self._text(
            self._html("report_decision_certificates", self.decision_titles)
        )
        self.assertIn("TẶNG DANH HIỆU", text)
        # one certificate of a single award
        award = self.decision_titles.award_ids[:1]
        html = self._html("report_award_certificate", award)
        self.assertEqual(html.count('class="o_nd30_cert"'), 1)

    # --- the proposal upwards and the unit's proposal ------------------------
    def test_proposal_upwards(self):
        html, text = self._html_text("report_proposal", self.proposal)
        self._assert_official(
            html, "Số: 25/TTr-NV", "Hải Phòng, ngày 15 tháng 12 năm 2025"
        )
        self.assert_all_in(
            text,
            "TỜ TRÌNH",
            "Kính gửi: Chủ tịch Ủy ban nhân dân thành phố.",
            "Căn cứ Nghị định số 152/2025/NĐ-CP",
            "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ ngày "
            "10/12/2025;",
            "1. Bằng khen của Chủ tịch UBND thành phố (thử): 01 cá nhân.",
            "Kính trình Chủ tịch Ủy ban nhân dân thành phố xem xét, quyết định./.",
        )
        self._assert_order(
            text, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Phó", "DANH SÁCH"
        )
        annex = text[text.index("DANH SÁCH") :]
        self.assert_all_in(
            annex,
            "(Kèm theo Tờ trình số 25/TTr-NV ngày 15/12/2025 của Sở Ngoại vụ)",
            "Đỗ Thị Bốn Phó Trưởng phòng, Phòng Thử nghiệm B 05/05 (100,0%)",
        )

    def test_unit_proposal(self):
        html, text = self._html_text("report_dossier_proposal", self.round["dossier_a"])
        self._assert_official(
            html, "/TTr-NV", "Hải Phòng, ngày 05 tháng 12 năm 2025", parent=False
        )
        self.assertIn("TỜ TRÌNH", text)
        # issued by the unit to the Director
        self.assert_all_in(
            text,
            "PHÒNG THỬ NGHIỆM A",
            "Kính gửi: Giám đốc Sở Ngoại vụ.",
            "Trưởng Phòng A",
            "Phòng Thử nghiệm A kính đề nghị Giám đốc Sở Ngoại vụ",
        )
        annex = text[text.index("DANH SÁCH") :]
        self._assert_order(
            annex,
            "I. DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ (THỬ)”",
            "Nguyễn Văn Một",
            "III. GIẤY KHEN CỦA GIÁM ĐỐC SỞ (THỬ)",
            "Vũ Văn An",
            "Lê Thị Hai",
        )

    # --- file names, menus, values ----------------------------------------------
    def test_file_names(self):
        self.assertEqual(
            self._file_name("action_report_decision", self.decision_forms),
            "QD-152-2025-Khen-thuong",
        )
        self.assertEqual(
            self._file_name("action_report_decision_certificates", self.decision_forms),
            "Giay-khen-QD-152-2025",
        )
        self.assertEqual(
            self._file_name("action_report_proposal", self.proposal),
            "TTr-25-2025-De-nghi-khen-thuong",
        )
        self.assertRegex(self.session.name, r"^PH/2025/\d{3}$")
        self.assertEqual(
            self._file_name("action_report_session_minutes", self.session),
            "BB-%s-Hop-Hoi-dong" % self.session.name.replace("/", "-"),
        )

    def test_print_menu(self):
        for xmlid, model in (
            ("action_report_session_minutes", "commendation.council.session"),
            ("action_report_session_ballots", "commendation.council.session"),
            ("action_report_session_count", "commendation.council.session"),
            ("action_report_decision", "commendation.decision"),
            ("action_report_decision_certificates", "commendation.decision"),
            ("action_report_proposal", "commendation.proposal"),
            ("action_report_dossier_proposal", "commendation.dossier"),
            ("action_report_emulation_plan", "emulation.plan"),
            ("action_report_emulation_report", "emulation.report"),
            ("action_report_award_certificate", "commendation.award"),
            ("action_report_dossier_line_achievement", "commendation.dossier.line"),
        ):
            report = self.env.ref("emulation_commendation.%s" % xmlid)
            self.assertEqual(report.binding_type, "report")
            self.assertEqual(report.binding_model_id.model, model, xmlid)
        # the dossier no longer prints what belongs to the session or the decision
        for xmlid in (
            "action_report_dossier_minutes",
            "action_report_dossier_decision",
            "action_report_dossier_certificates",
        ):
            self.assertFalse(
                self.env.ref(
                    "emulation_commendation.%s" % xmlid, raise_if_not_found=False
                )
            )

    def test_values_are_plain(self):
        """The Word documents reuse the values: plain data, no records."""
        for name, records in (
            ("report_session_minutes", self.session),
            ("report_session_ballots", self.session),
            ("report_session_count", self.session),
            ("report_decision", self.decision_forms | self.decision_titles),
            ("report_proposal", self.proposal),
            ("report_dossier_proposal", self.round["dossiers"]),
        ):
            values = self.env[
                "report.emulation_commendation.%s" % name
            ]._get_report_values(records.ids, {})
            self.assertEqual(set(values["documents"]), set(records.ids), name)
            self._assert_plain(values["documents"], name)
            for document in values["documents"].values():
                for key in (
                    "number_line",
                    "date_line",
                    "title",
                    "sign_lines",
                    "signer",
                ):
                    self.assertIn(key, document, name)
        values = self.env[
            "report.emulation_commendation.report_award_certificate"
        ]._get_report_values(self.decision_forms.award_ids.ids)
        self._assert_plain(values["certificates"], "certificates")


@tagged("post_install", "-at_install")
class TestLegalBasesByDate(DocumentCase):
    """§9: a decision or a proposal cites the legal bases in force on its
    date, not today's (Decree 98/2023 until 30/6/2025, Decree 152/2025
    from 01/7/2025)."""

    def test_documents_in_force_on_a_date(self):
        helper = self.env["emulation.document.helper"]
        nd98 = self.env.ref(
            "emulation_commendation.emulation_legal_document_nd_98_2023"
        )
        nd152 = self.env.ref(
            "emulation_commendation.emulation_legal_document_nd_152_2025"
        )
        law = self.env.ref(
            "emulation_commendation.emulation_legal_document_luat_06_2022"
        )
        self.assertEqual(
            helper.legal_documents_on(self.legal_bases, D(2025, 6, 30)), law | nd98
        )
        self.assertEqual(
            helper.legal_documents_on(self.legal_bases, D(2025, 7, 1)), law | nd152
        )
        # citing the old decree on a later date gives its successor
        self.assertEqual(helper.legal_documents_on(nd98, D(2025, 12, 1)), nd152)
        # nothing before the Law took effect
        self.assertFalse(helper.legal_documents_on(law, D(2023, 12, 31)))
        lines = helper.legal_basis_lines(self.legal_bases, D(2025, 6, 30))
        self.assertEqual(len(lines), 2)
        self.assertIn(
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", lines[1]
        )

    def test_decision_before_and_after_decree_152(self):
        _dossier, june = self._make_decided_dossier(
            number="80/QĐ-NV", date=D(2025, 6, 20), people=(self.emp1,)
        )
        _dossier, december = self._make_decided_dossier(
            number="190/QĐ-NV", date=D(2025, 12, 20), people=(self.emp2,)
        )
        text = self._text(self._html("report_decision", june.decision_id))
        self.assert_all_in(
            text,
            "Căn cứ Nghị định số 98/2023/NĐ-CP",
            "tiền thưởng theo quy định tại Nghị định số 98/2023/NĐ-CP",
        )
        self.assertNotIn("152/2025", text)
        text = self._text(self._html("report_decision", december.decision_id))
        self.assertIn("Căn cứ Nghị định số 152/2025/NĐ-CP", text)
        self.assertNotIn("98/2023", text)
        # the Word decision cites the same bases
        word = self.env["report.emulation_commendation.docx_decision"]
        grounds = " ".join(word._get_docx_values(june.decision_id, {})["grounds"])
        self.assertIn("Căn cứ Nghị định số 98/2023/NĐ-CP", grounds)
        self.assertNotIn("152/2025", grounds)
        grounds = " ".join(word._get_docx_values(december.decision_id, {})["grounds"])
        self.assertIn("Căn cứ Nghị định số 152/2025/NĐ-CP", grounds)
        self.assertNotIn("98/2023", grounds)

    def test_proposal_before_decree_152(self):
        dossier = self._dossier(
            self.dept_b, [(self.emp4, self.type_city, "")], date=D(2025, 6, 2)
        )
        self._session(dossier, D(2025, 6, 5), {dossier.line_ids: (5, 0)})
        proposal = self.env["commendation.proposal"].create(
            {
                "name": "12/TTr-NV",
                "date": D(2025, 6, 10),
                "authority_level": "city",
                "year": 2025,
            }
        )
        proposal.action_add_lines(dossier.line_ids)
        text = self._text(self._html("report_proposal", proposal))
        self.assertIn("Căn cứ Nghị định số 98/2023/NĐ-CP", text)
        self.assertNotIn("152/2025", text)
        self.assertIn("ngày 05/06/2025", text)
        # the Word Tờ trình cites the same bases
        grounds = " ".join(
            self.env["report.emulation_commendation.docx_proposal"]._get_docx_values(
                proposal, {}
            )["grounds"]
        )
        self.assertIn("Căn cứ Nghị định số 98/2023/NĐ-CP", grounds)
        self.assertNotIn("152/2025", grounds)


@tagged("post_install", "-at_install")
class TestDocumentHelper(DocumentCase):
    def test_number_in_words(self):
        helper = self.env["emulation.document.helper"]
        for number, expected in (
            (0, "không"),
            (15, "mười lăm"),
            (21, "hai mươi mốt"),
            (105, "một trăm linh năm"),
            (710000, "bảy trăm mười nghìn"),
            (1000000, "một triệu"),
            (1005000, "một triệu không trăm linh năm nghìn"),
            (2340000, "hai triệu ba trăm bốn mươi nghìn"),
            (3540000, "ba triệu năm trăm bốn mươi nghìn"),
            (2000000000, "hai tỷ"),
        ):
            self.assertEqual(helper.number_in_words(number), expected)
        self.assertEqual(
            helper.amount_in_words(1630000), "Một triệu sáu trăm ba mươi nghìn đồng"
        )
        self.assertEqual(helper.percent_text(88.888), "88,9%")
        self.assertEqual(helper.percent_text(80, 0), "80%")
        self.assertEqual(helper.count_phrase(2, 3), "02 tập thể và 03 cá nhân")
        self.assertEqual(helper.count_phrase(0, 1), "01 cá nhân")

    def test_unit_order(self):
        child = self.env["hr.department"].create(
            {"name": "Bộ phận A1", "parent_id": self.dept_a.id}
        )
        units = [child, self.dept_a, self.dept_b]
        ordered = sorted(units, key=unit_order_key)
        self.assertEqual(ordered, [self.dept_b, self.dept_a, child])
        # no unit (a foreign recipient) comes last
        self.assertEqual(
            sorted([self.dept_b.browse(), self.dept_a], key=unit_order_key)[0],
            self.dept_a,
        )


@tagged("post_install", "-at_install")
class TestOtherDocuments(DocumentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dossier, cls.awards = cls._make_decided_dossier()
        cls.history = cls._create_awards(
            {
                "employee_id": cls.emp1.id,
                "type_id": cls.type_ldtt.id,
                "year": 2023,
                "decision_number": "45/QĐ-NV",
                "decision_date": D(2023, 12, 20),
                "authority": "Giám đốc Sở Ngoại vụ",
            }
        )
        cls.plan = cls.make_plan_113()
        cls.report = cls.make_semiannual_report_25()

    @classmethod
    def _create_awards(cls, vals_list):
        return cls.env["commendation.award"].create(vals_list)

    def test_achievement_report_history(self):
        line = self.dossier.line_ids.filtered(lambda ln: ln.employee_id == self.emp1)
        html = self._html("report_achievement", line)
        self.assert_all_in(
            html,
            MOTTO,
            "BÁO CÁO THÀNH TÍCH",
            "Hải Phòng, ngày 10 tháng 12 năm 2025",
            "NGƯỜI BÁO CÁO THÀNH TÍCH",
        )
        # history table filled from the awards of the employee
        self.assert_all_in(html, "45/QĐ-NV", "20/12/2023")

    def test_plan(self):
        html = self._html("report_emulation_plan", self.plan)
        self._assert_official(
            html, "Số: 113/KH-NV", "Hải Phòng, ngày 19 tháng 02 năm 2025"
        )
        for section in (
            "I. MỤC ĐÍCH, YÊU CẦU",
            "II. NHIỆM VỤ CỤ THỂ",
            "III. TỔ CHỨC THỰC HIỆN",
        ):
            self.assertIn(section, html)
        self.assert_all_in(html, "Quý I", "Ban hành Kế hoạch năm 2025")

    def test_periodic_report(self):
        html = self._html("report_emulation_report", self.report)
        self._assert_official(
            html, "Số: 25/BC-NV", "Hải Phòng, ngày 15 tháng 6 năm 2025"
        )
        self.assertIn("6 tháng đầu năm 2025", html)
        # a year of its own (the demo data have dossiers of 2025)
        self._make_decided_dossier(
            year=2031, number="9/QĐ-NV", date=D(2031, 3, 20), people=(self.emp1,)
        )
        annual = self.env["emulation.report"].create(
            {
                "kind": "annual",
                "year": 2031,
                "number": "40/BC-NV",
                "date": D(2031, 12, 20),
            }
        )
        text = self._text(self._html("report_emulation_report", annual))
        # the dossier of the year, worded by its state
        self.assert_all_in(
            text,
            "Số hồ sơ đề nghị khen thưởng trong kỳ: 01 (đã kết thúc: 1)",
            "Số tập thể, cá nhân được khen thưởng: 01",
        )


@tagged("post_install", "-at_install")
class TestRealPdf(HttpCase, ReportsCase):
    """A real PDF through wkhtmltopdf. An HttpCase, so that wkhtmltopdf's
    requests for the report assets are served inside the test transaction."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.round = cls._make_round()

    def test_real_pdf(self):
        if not shutil.which("pdftotext"):
            raise unittest.SkipTest("pdftotext (poppler-utils) is not installed")
        if self.env["ir.actions.report"].get_wkhtmltopdf_state() == "install":
            raise unittest.SkipTest("wkhtmltopdf is not installed")
        pdf, content_type = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(
                "emulation_commendation.report_decision",
                self.round["decision_forms"].ids,
            )
        )
        self.assertEqual(content_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        text = pdftotext(pdf, "-layout")
        flat = " ".join(text.split())
        # -layout keeps the two header columns side by side: check by words
        self.assert_all_in(
            flat,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 152/QĐ-NV",
            "Hải Phòng, ngày 15 tháng 12 năm 2025",
            "Điều 3.",
            "Nguyễn Thị Test",
            "Vũ Văn An",
        )
        # the list is on page 2, which carries its number
        pages = text.split("\f")
        self.assertGreaterEqual(len([p for p in pages if p.strip()]), 2)
        self.assertEqual(pages[1].split()[0], "2")
