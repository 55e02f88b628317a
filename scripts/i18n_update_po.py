#!/usr/bin/env python3
"""Merge i18n/emulation_commendation.pot into i18n/vi.po (like msgmerge).

    python3 scripts/i18n_update_po.py [--translations FILE.json [--overwrite]]
                                      [--quiet]

Rewrites i18n/vi.po with exactly the entries of the template, in its order,
with its references and comments, keeping the Vietnamese of every msgid that
vi.po already translates. --translations adds translations from a JSON object
{msgid: msgstr} for msgids that vi.po does not translate yet (with
--overwrite, for every msgid it has). Entries whose msgid disappeared from
the template are dropped (and counted).

Then lists the entries without translation (with the closest old msgid when
one looks like a reworded source) and the translations whose placeholders
(%(name)s, %s) or XML tags differ from their msgid's. Exit status 1 when any
entry lacks a translation or has such a mismatch, 0 otherwise.

Run it after `make pot`. Needs polib (a dependency of Odoo).
"""

import argparse
import difflib
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, timezone

import polib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POT = os.path.join(ROOT, "i18n", "emulation_commendation.pot")
PO = os.path.join(ROOT, "i18n", "vi.po")

PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0+-]*\d*(?:\.\d+)?[sdifrxX%]")
TAG = re.compile(r"</?([A-Za-z][\w:-]*)")


def placeholders(text):
    return Counter(p for p in PLACEHOLDER.findall(text) if p != "%%")


def tags(text):
    return Counter(TAG.findall(text))


def mismatch(msgid, msgstr):
    """A sentence saying how msgstr breaks msgid's placeholders or tags, or ''."""
    if not msgstr:
        return ""
    if placeholders(msgid) != placeholders(msgstr):
        return "placeholders %s in the source, %s in the translation" % (
            sorted(placeholders(msgid).elements()),
            sorted(placeholders(msgstr).elements()),
        )
    if tags(msgid) != tags(msgstr):
        return "XML tags %s in the source, %s in the translation" % (
            sorted(tags(msgid).elements()),
            sorted(tags(msgstr).elements()),
        )
    return ""


def header(pot, old_po, changed):
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000")
    old = old_po.metadata if old_po is not None else {}
    return {
        "Project-Id-Version": pot.metadata.get(
            "Project-Id-Version", "Odoo Server 18.0"
        ),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": pot.metadata.get("POT-Creation-Date", now),
        "PO-Revision-Date": now if changed else old.get("PO-Revision-Date", now),
        "Last-Translator": "",
        "Language-Team": "Vietnamese",
        "Language": "vi_VN",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--translations", help="JSON file {msgid: msgstr}")
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="--translations replace the translations vi.po already has",
    )
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    args = parser.parse_args()

    if not os.path.exists(POT):
        sys.exit(f"{POT} is missing: run `make pot` first.")
    pot = polib.pofile(POT)
    old_po = polib.pofile(PO) if os.path.exists(PO) else None
    known = {}
    if old_po is not None:
        known = {
            e.msgid: e.msgstr
            for e in old_po
            if e.msgstr and not e.obsolete and "fuzzy" not in e.flags
        }
    extra = {}
    if args.translations:
        with open(args.translations, encoding="utf-8") as f:
            extra = json.load(f)

    po = polib.POFile(wrapwidth=78)
    po.header = (
        "Vietnamese (vi_VN) translation of the emulation_commendation addon.\n"
        "Merged from emulation_commendation.pot by scripts/i18n_update_po.py."
    )
    missing, bad = [], []
    for src in pot:
        if src.obsolete or not src.msgid:
            continue
        if args.overwrite:
            msgstr = extra.get(src.msgid) or known.get(src.msgid) or ""
        else:
            msgstr = known.get(src.msgid) or extra.get(src.msgid) or ""
        entry = polib.POEntry(
            msgid=src.msgid,
            msgstr=msgstr,
            comment=src.comment,
            tcomment=src.tcomment,
            occurrences=list(src.occurrences),
            flags=[f for f in src.flags if f != "fuzzy"],
        )
        po.append(entry)
        if not msgstr:
            missing.append(src.msgid)
        else:
            problem = mismatch(src.msgid, msgstr)
            if problem:
                bad.append((src.msgid, problem))

    dropped = sorted(set(known) - {e.msgid for e in po})
    old_body = "" if old_po is None else "".join(str(e) for e in old_po)
    changed = old_body != "".join(str(e) for e in po)
    po.metadata = header(pot, old_po, changed)
    po.save(PO)

    translated = len(po) - len(missing)
    print(
        f"i18n/vi.po: {len(po)} entries, {translated} translated, "
        f"{len(missing)} untranslated, {len(bad)} with mismatched placeholders "
        f"or tags, {len(dropped)} old translations dropped."
    )
    if not args.quiet:
        for msgid in missing:
            print(f"UNTRANSLATED: {msgid!r}")
            close = difflib.get_close_matches(msgid, dropped, n=1, cutoff=0.75)
            if close:
                print(f"    was it {close[0]!r} -> {known[close[0]]!r}?")
        for msgid, problem in bad:
            print(f"MISMATCH: {msgid!r}: {problem}")
    return 1 if missing or bad else 0


if __name__ == "__main__":
    sys.exit(main())
