import os
import re
from collections import Counter

import polib

from odoo.exceptions import ValidationError
from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import TranslationModuleReader

MODULE = "emulation_commendation"
LANG = "vi_VN"
HOWTO = "run `make pot`, then `python3 scripts/i18n_update_po.py` and translate"

PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0+-]*\d*(?:\.\d+)?[sdifrxX%]")
TAG = re.compile(r"</?([A-Za-z][\w:-]*)")


def _i18n_file(name):
    return os.path.join(get_module_path(MODULE), "i18n", name)


def _placeholders(text):
    return Counter(p for p in PLACEHOLDER.findall(text) if p != "%%")


def _listing(msgids, limit=40):
    msgids = sorted(msgids)
    lines = [f"  {m!r}" for m in msgids[:limit]]
    if len(msgids) > limit:
        lines.append(f"  ... and {len(msgids) - limit} more")
    return "\n".join(lines)


@tagged("post_install", "-at_install")
class TestI18nFiles(TransactionCase):
    """The template is current and vi.po translates all of it, soundly."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pot = polib.pofile(_i18n_file(f"{MODULE}.pot"))
        cls.po = polib.pofile(_i18n_file("vi.po"))
        cls.pot_ids = {e.msgid for e in cls.pot if not e.obsolete}

    def test_pot_is_current(self):
        # Odoo's own export machinery, as `make pot` (--i18n-export) uses it.
        reader = TranslationModuleReader(self.env.cr, modules=[MODULE])
        terms = {row[4] for row in reader if row[0] == MODULE}
        self.assertGreater(len(terms), 100)
        missing = terms - self.pot_ids
        self.assertFalse(
            missing,
            f"{len(missing)} term(s) of the addon are missing from "
            f"i18n/{MODULE}.pot ({HOWTO}):\n{_listing(missing)}",
        )
        stale = self.pot_ids - terms
        self.assertFalse(
            stale,
            f"{len(stale)} msgid(s) of i18n/{MODULE}.pot are no longer in the "
            f"addon ({HOWTO}):\n{_listing(stale)}",
        )

    def test_po_header(self):
        meta = self.po.metadata
        self.assertEqual(meta.get("Language"), LANG)
        self.assertEqual(meta.get("Content-Type"), "text/plain; charset=UTF-8")
        self.assertEqual(meta.get("Plural-Forms"), "nplurals=1; plural=0;")

    def test_po_translates_every_entry(self):
        entries = {e.msgid: e for e in self.po if not e.obsolete}
        missing = self.pot_ids - set(entries)
        self.assertFalse(
            missing,
            f"{len(missing)} msgid(s) of the template are missing from "
            f"i18n/vi.po ({HOWTO}):\n{_listing(missing)}",
        )
        empty = {m for m, e in entries.items() if not e.msgstr.strip()}
        self.assertFalse(
            empty,
            f"{len(empty)} entry(ies) of i18n/vi.po are not translated:\n"
            f"{_listing(empty)}",
        )
        fuzzy = {m for m, e in entries.items() if "fuzzy" in e.flags}
        self.assertFalse(fuzzy, f"fuzzy entries in i18n/vi.po:\n{_listing(fuzzy)}")
        extra = set(entries) - self.pot_ids
        self.assertFalse(
            extra,
            f"i18n/vi.po has msgids the template does not have ({HOWTO}):\n"
            f"{_listing(extra)}",
        )
        obsolete = [e.msgid for e in self.po.obsolete_entries()]
        self.assertFalse(obsolete, f"obsolete entries in i18n/vi.po: {obsolete}")

    def test_po_keeps_placeholders_and_tags(self):
        wrong = {}
        for entry in self.po:
            if not entry.msgstr:
                continue
            if _placeholders(entry.msgid) != _placeholders(entry.msgstr):
                wrong[entry.msgid] = "placeholders differ"
            elif Counter(TAG.findall(entry.msgid)) != Counter(
                TAG.findall(entry.msgstr)
            ):
                wrong[entry.msgid] = "XML tags differ"
            elif entry.msgid.strip() != entry.msgid and (
                entry.msgstr.strip() == entry.msgstr
            ):
                wrong[entry.msgid] = "leading/trailing spaces dropped"
        self.assertFalse(
            wrong,
            "translations of i18n/vi.po that break their source:\n"
            + "\n".join(f"  {m!r}: {why}" for m, why in sorted(wrong.items())),
        )


@tagged("post_install", "-at_install")
class TestI18nVietnamese(TransactionCase):
    """With vi_VN loaded, the user sees the addon in Vietnamese."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang(LANG)
        module = cls.env["ir.module.module"].search([("name", "=", MODULE)])
        module._update_translations([LANG], overwrite=True)
        cls.env.invalidate_all()
        cls.env_vi = cls.env(context=dict(cls.env.context, lang=LANG))

    def test_lang_formats(self):
        lang = self.env["res.lang"]._lang_get(LANG)
        self.assertTrue(lang.active)
        self.assertEqual(lang.date_format, "%d/%m/%Y")

    def test_root_menu(self):
        menu = self.env.ref(f"{MODULE}.menu_root")
        self.assertEqual(menu.with_env(self.env_vi).name, "Thi đua - Khen thưởng")
        self.assertEqual(
            menu.with_context(lang="en_US").name, "Emulation and Commendation"
        )

    def test_field_and_selection_labels(self):
        Rating = self.env_vi["emulation.rating"]
        fields = Rating.fields_get(["rating", "year"], ["string", "selection"])
        self.assertEqual(fields["rating"]["string"], "Xếp loại")
        self.assertEqual(fields["year"]["string"], "Năm")
        self.assertIn(
            ("excellent", "Hoàn thành xuất sắc nhiệm vụ (HTXS)"),
            fields["rating"]["selection"],
        )

    def test_error_message(self):
        employee = self.env["hr.employee"].create({"name": "Nguyễn Văn An"})
        Rating = self.env_vi["emulation.rating"]
        Rating.create({"employee_id": employee.id, "year": 2025, "rating": "good"})
        with self.assertRaises(ValidationError) as cm:
            Rating.create(
                {"employee_id": employee.id, "year": 2025, "rating": "excellent"}
            )
        self.assertIn(
            "Nguyễn Văn An đã có kết quả xếp loại chất lượng năm 2025",
            str(cm.exception),
        )
