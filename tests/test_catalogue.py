"""The catalogue shipped in data/ against domain.md (§B.1-B.4 as corrected by §F)."""

from datetime import date

from lxml import etree

from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common import MODULE, EmulationCase

# code: (category, recipient_kind, allow_collective, authority_level,
#        coefficient individual, coefficient collective, threshold %, secret, annual)
CATALOGUE = {
    "LDTT": ("title", "individual", False, "department", 0.3, 0.0, 0, False, True),
    "CSTDCS": ("title", "individual", False, "department", 1.0, 0.0, 80, True, True),
    "CSTD_TP": ("title", "individual", False, "city", 3.0, 0.0, 90, True, True),
    "CSTD_TQ": (
        "title",
        "individual",
        False,
        "prime_minister",
        4.5,
        0.0,
        90,
        True,
        True,
    ),
    "TTLDTT": ("title", "collective", False, "department", 0.0, 0.8, 0, False, True),
    "TTLDXS": ("title", "collective", False, "city", 0.0, 1.5, 0, False, True),
    "CO_TP": ("title", "collective", False, "city", 0.0, 8.0, 80, True, True),
    "CO_CP": (
        "title",
        "collective",
        False,
        "prime_minister",
        0.0,
        12.0,
        80,
        True,
        True,
    ),
    "GK_GD": ("form", "individual", True, "department", 0.3, 0.6, 50, False, False),
    "BK_UBND": ("form", "individual", True, "city", 1.5, 3.0, 50, False, False),
    "BK_BNG": ("form", "individual", True, "ministry", 1.5, 3.0, 50, False, False),
    "BK_TTG": (
        "form",
        "individual",
        True,
        "prime_minister",
        3.5,
        7.0,
        50,
        False,
        False,
    ),
    "HCLD3": ("form", "individual", True, "president", 4.5, 9.0, 50, False, False),
    "KNC_NG": ("form", "individual", False, "ministry", 0.6, 0.0, 50, False, False),
}
DOCUMENT_KINDS = (
    "to_trinh",
    "bao_cao_thanh_tich",
    "bien_ban",
    "xac_nhan_sang_kien",
    "xac_nhan_htxs",
    "danh_sach",
    "xac_nhan_thanh_tich",
)


@tagged("post_install", "-at_install")
class TestCatalogue(EmulationCase):
    def _type(self, code):
        return self.env.ref(f"{MODULE}.commendation_type_{code.lower()}")

    def _kind(self, code):
        return self.env.ref(f"{MODULE}.commendation_document_kind_{code}")

    def _legal(self, short):
        return self.env.ref(f"{MODULE}.emulation_legal_document_{short}")

    def test_fourteen_types_with_their_xml_ids(self):
        types = self.env["commendation.type"].search([("code", "in", list(CATALOGUE))])
        self.assertEqual(len(types), 14)
        for code in CATALOGUE:
            with self.subTest(code=code):
                self.assertEqual(self._type(code).code, code)
        self.assertEqual(self._type("CSTDCS").name, "Chiến sĩ thi đua cơ sở")
        self.assertEqual(self._type("LDTT").name, "Lao động tiên tiến")
        self.assertEqual(self._type("HCLD3").name, "Huân chương Lao động hạng Ba")

    def test_kind_recipient_and_authority(self):
        for code, (category, recipient, collective, level, *_rest) in CATALOGUE.items():
            with self.subTest(code=code):
                ctype = self._type(code)
                self.assertEqual(ctype.category, category)
                self.assertEqual(ctype.recipient_kind, recipient)
                self.assertEqual(ctype.allow_collective, collective)
                self.assertEqual(ctype.authority_level, level)
                self.assertTrue(ctype.authority)
                self.assertEqual(ctype._needs_higher_authority(), level != "department")

    def test_reward_coefficients_nd_152(self):
        """NĐ 152/2025 Điều 50-54 (domain.md §F.2)."""
        for code, values in CATALOGUE.items():
            individual, collective = values[4], values[5]
            with self.subTest(code=code):
                ctype = self._type(code)
                self.assertAlmostEqual(ctype.coefficient_individual, individual)
                self.assertAlmostEqual(ctype.coefficient_collective, collective)

    def test_vote_threshold_and_secret_ballot(self):
        """80 % / 90 % of all council members, secret ballot (domain.md §B.4.c)."""
        for code, values in CATALOGUE.items():
            threshold, secret = values[6], values[7]
            with self.subTest(code=code):
                ctype = self._type(code)
                self.assertAlmostEqual(ctype.vote_threshold, threshold)
                self.assertEqual(ctype.secret_ballot, secret)

    def test_annual_titles(self):
        for code, values in CATALOGUE.items():
            with self.subTest(code=code):
                self.assertEqual(self._type(code).annual, values[8])

    def test_document_kinds(self):
        for code in DOCUMENT_KINDS:
            with self.subTest(code=code):
                self.assertEqual(self._kind(code).code, code)
        self.assertEqual(self._kind("to_trinh").name, "Tờ trình đề nghị khen thưởng")

    def test_required_documents(self):
        base = self._kind("to_trinh") | self._kind("bao_cao_thanh_tich")
        base |= self._kind("bien_ban")
        for code, values in CATALOGUE.items():
            required = self._type(code).required_document_kind_ids
            with self.subTest(code=code):
                self.assertLessEqual(base, required)
                if values[0] == "form":
                    self.assertIn(self._kind("danh_sach"), required)
        # The proofs of a ground are required by the ground used, not by the
        # type: on the criterion lines of that ground (Luật Điều 84 k1 d).
        proofs = self._kind("xac_nhan_sang_kien") | self._kind("xac_nhan_htxs")
        for code in CATALOGUE:
            with self.subTest(code=code):
                self.assertFalse(proofs & self._type(code).required_document_kind_ids)
        lines = self.env["commendation.criterion"].search(
            [("type_id", "=", self._type("CSTDCS").id), ("date_to", "=", False)]
        )
        self.assertEqual(
            lines.filtered(
                lambda c: c.kind == "rating_min" and c.rating == "excellent"
            ).document_kind_ids,
            self._kind("xac_nhan_htxs"),
        )
        self.assertEqual(
            lines.filtered(lambda c: c.kind == "initiatives").document_kind_ids,
            self._kind("xac_nhan_sang_kien"),
        )
        for code in ("CSTD_TP", "CSTD_TQ"):
            initiative_lines = self.env["commendation.criterion"].search(
                [("type_id", "=", self._type(code).id), ("kind", "=", "initiatives")]
            )
            self.assertEqual(
                initiative_lines.document_kind_ids, self._kind("xac_nhan_sang_kien")
            )
        self.assertTrue(self._kind("xac_nhan_thanh_tich").ad_hoc_required)

    def test_prerequisite_chain(self):
        self.assertEqual(self._type("CSTDCS").prerequisite_type_ids, self._type("LDTT"))
        self.assertEqual(
            self._type("CSTD_TP").prerequisite_type_ids, self._type("CSTDCS")
        )
        self.assertEqual(
            self._type("CSTD_TQ").prerequisite_type_ids, self._type("CSTD_TP")
        )
        self.assertIn(self._type("BK_TTG"), self._type("HCLD3").prerequisite_type_ids)
        self.assertIn(self._type("BK_UBND"), self._type("BK_TTG").prerequisite_type_ids)

    def test_legal_bases_of_types(self):
        law, nd_152 = self._legal("luat_06_2022"), self._legal("nd_152_2025")
        for code in CATALOGUE:
            with self.subTest(code=code):
                bases = self._type(code).legal_document_ids
                self.assertIn(law, bases)
                self.assertIn(nd_152, bases)
                self.assertFalse(bases.filtered(lambda d: d.state == "repealed"))
        for code in ("BK_BNG", "KNC_NG"):
            self.assertIn(
                self._legal("tt_01_2024_bng"), self._type(code).legal_document_ids
            )

    def test_unverified_facts_are_flagged(self):
        verified = {"LDTT", "TTLDTT", "TTLDXS"}
        for code in CATALOGUE:
            with self.subTest(code=code):
                ctype = self._type(code)
                self.assertEqual(ctype.verified, code in verified)
                if not ctype.verified:
                    self.assertTrue(ctype.verification_note)
        self.assertIn("80 %", self._type("CSTDCS").verification_note)
        self.assertIn("90 %", self._type("CSTD_TP").verification_note)
        self.assertIn("0,6", self._type("KNC_NG").verification_note)
        self.assertIn("50 %", self._type("GK_GD").verification_note)
        for short in ("tt_01_2024_bnv", "tt_15_2025_bnv", "hp_qd_41_2024"):
            with self.subTest(document=short):
                self.assertFalse(self._legal(short).verified)
                self.assertIn("Chưa kiểm chứng", self._legal(short).note)
        self.assertTrue(self._legal("nd_152_2025").verified)
        self.assertTrue(self._legal("luat_06_2022").verified)

    def test_nd_98_replaced_by_nd_152(self):
        nd_98, nd_152 = self._legal("nd_98_2023"), self._legal("nd_152_2025")
        self.assertEqual(nd_98.number, "98/2023/NĐ-CP")
        self.assertEqual(nd_98.state, "repealed")
        self.assertEqual(nd_98.date_issued, date(2023, 12, 31))
        self.assertEqual(nd_98.date_expiry, date(2025, 6, 30))
        self.assertEqual(nd_98.replaced_by_id, nd_152)
        self.assertEqual(nd_152.state, "in_force")
        self.assertEqual(nd_152.date_issued, date(2025, 6, 14))
        self.assertEqual(nd_152.date_effective, date(2025, 7, 1))
        self.assertIn(nd_98, nd_152.replaces_ids)
        self.assertTrue(nd_98.is_in_force_on(date(2025, 6, 30)))
        self.assertFalse(nd_98.is_in_force_on(date(2025, 7, 1)))
        self.assertFalse(nd_152.is_in_force_on(date(2025, 6, 30)))
        self.assertTrue(nd_152.is_in_force_on(date(2025, 7, 1)))
        tt_01 = self._legal("tt_01_2024_bnv")
        self.assertEqual(tt_01.state, "repealed")
        self.assertEqual(tt_01.replaced_by_id, self._legal("tt_15_2025_bnv"))
        self.assertEqual(self._legal("tt_15_2025_bnv").date_issued, date(2025, 8, 4))

    def test_documents_in_force_now(self):
        expected = {
            "luat_06_2022": "06/2022/QH15",
            "tt_01_2024_bng": "01/2024/TT-BNG",
            "nd_30_2020": "30/2020/NĐ-CP",
            "nd_73_2024": "73/2024/NĐ-CP",
            "hp_qd_212_2025": "212/2025/QĐ-UBND",
            "nd_90_2020": "90/2020/NĐ-CP",
            "nd_48_2023": "48/2023/NĐ-CP",
            "tt_02_2023_bnv": "02/2023/TT-BNV",
        }
        for short, number in expected.items():
            with self.subTest(document=short):
                document = self._legal(short)
                self.assertEqual(document.number, number)
                self.assertEqual(document.state, "in_force")
        self.assertEqual(self._legal("luat_06_2022").date_effective, date(2024, 1, 1))
        self.assertEqual(
            self._legal("tt_01_2024_bng").date_effective, date(2024, 8, 29)
        )
        self.assertEqual(
            self._legal("hp_qd_212_2025").date_effective, date(2025, 12, 1)
        )

    def test_in_force_filter_of_search_view(self):
        view = self.env.ref(f"{MODULE}.emulation_legal_document_view_search")
        arch = etree.fromstring(view.arch)
        node = arch.xpath("//filter[@name='in_force']")[0]
        domain = safe_eval(node.get("domain"))
        found = self.env["emulation.legal.document"].search(domain)
        self.assertIn(self._legal("nd_152_2025"), found)
        self.assertIn(self._legal("luat_06_2022"), found)
        self.assertNotIn(self._legal("nd_98_2023"), found)
        self.assertNotIn(self._legal("tt_01_2024_bnv"), found)
        # the legal documents menu opens on that filter
        action = self.env.ref(f"{MODULE}.emulation_legal_document_action")
        self.assertEqual(safe_eval(action.context).get("search_default_in_force"), 1)

    def test_display_name_search_by_number(self):
        Document = self.env["emulation.legal.document"]
        found = Document.name_search("152/2025")
        self.assertIn(self._legal("nd_152_2025").id, [rid for rid, _name in found])
        self.assertTrue(
            self._legal("nd_152_2025").display_name.startswith("152/2025/NĐ-CP - ")
        )

    def test_employee_smart_button_counts(self):
        for year in (2022, 2023, 2024):
            self.rate(self.emp_a1, {year: "good"})
        self.rate(self.emp_b1, {2024: "good"})
        self.initiative(self.emp_a1, 2023)
        self.initiative(self.emp_a1 | self.emp_b1, 2024)
        self.discipline(self.emp_b1, "reprimand", "2024-01-01", "2024-06-30")

        employee = self.emp_a1.with_user(self.user_hr)
        form = Form(employee)
        self.assertEqual(form.emulation_rating_count, 3)
        self.assertEqual(form.emulation_initiative_count, 2)
        self.assertEqual(form.emulation_discipline_count, 0)
        self.assertEqual(len(form.emulation_rating_ids), 3)

        for method, expected in (
            ("action_open_emulation_ratings", 3),
            ("action_open_emulation_initiatives", 2),
            ("action_open_emulation_disciplines", 0),
        ):
            with self.subTest(button=method):
                action = getattr(employee, method)()
                records = self.env[action["res_model"]].search(action["domain"])
                self.assertEqual(len(records), expected)
        # Office and Director users without HR rights: through the public profile
        for user in (self.user_office, self.user_director):
            with self.subTest(user=user.login):
                self.env.invalidate_all()
                public = self.env["hr.employee.public"].with_user(user)
                public = public.browse(self.emp_a1.id)
                self.assertEqual(public.emulation_rating_count, 3)
                self.assertEqual(public.emulation_initiative_count, 2)
                self.assertEqual(len(public.emulation_rating_ids), 3)
                self.assertEqual(len(public.emulation_initiative_ids), 2)
                action = public.action_open_emulation_ratings()
                self.assertEqual(action["domain"], [("employee_id", "in", public.ids)])
        employee_b = self.emp_b1.with_user(self.user_office)
        self.assertEqual(employee_b.emulation_discipline_count, 1)
        self.assertEqual(employee_b.emulation_initiative_count, 1)
