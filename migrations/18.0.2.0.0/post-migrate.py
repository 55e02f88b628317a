"""After the 18.0.2.0.0 update: the year's round as sessions, decisions and
proposals (see pre-migrate.py), each dossier line with its own state.

- a dossier at the council becomes a line on an open session (one session
  per council and meeting date: dossiers met together are one session),
  with its tallies and members present;
- approved, proposed and decided dossiers: a closed session whose results are
  frozen as they were stored (votes required and passed are not recomputed);
- proposed dossiers: a sent proposal to the City or the Ministry;
- decided dossiers: an issued decision with the dossier's number, date,
  authority, signer and signed scan, its awards linked to it; when the
  dossier went upwards, a decided proposal too;
- awards: their kind (the dossier's) and the level of the body that decided
  them (their title's or form's);
- the catalogue (noupdate data the Office may edit): what this release adds
  to its records is written (new fields: runs of consecutive years, proof
  documents of a ground, the vote rule, documents of an ad hoc proposal);
  what it changes is written only where the record still holds the value
  of the previous release (the Office's own edits stay).
Every record keeps its id; nothing is deleted. The figures are logged.
"""

import logging
from collections import defaultdict

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)

REWRITTEN_MODELS = ("ir.rule", "mail.activity.type")


def _table_exists(cr, table):
    cr.execute("SELECT to_regclass(%s)", (table,))
    return bool(cr.fetchone()[0])


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
    _set_award_levels(env)
    _update_catalogue(env)
    if _table_exists(cr, "ec_mig_dossier"):
        _migrate_round(env)
        for table in (
            "ec_mig_dossier",
            "ec_mig_present",
            "ec_mig_line",
            "ec_mig_attachment",
        ):
            cr.execute(f"DROP TABLE {table}")
    cr.execute(
        """
        UPDATE ir_model_data SET noupdate = true
         WHERE module = 'emulation_commendation' AND model IN %s
        """,
        (REWRITTEN_MODELS,),
    )
    # Thresholds of a plain majority (đa số): more than half, not at least.
    cr.execute(
        """
        UPDATE commendation_type SET vote_rule = 'more_than'
         WHERE vote_threshold = 50 AND vote_rule = 'at_least'
        """
    )


def _set_award_levels(env):
    cr = env.cr
    cr.execute(
        """
        UPDATE commendation_award a
           SET authority_level = t.authority_level
          FROM commendation_type t
         WHERE t.id = a.type_id
        """
    )
    cr.execute(
        """
        UPDATE commendation_award a
           SET kind = d.kind
          FROM commendation_dossier d
         WHERE d.id = a.dossier_id
        """
    )
    cr.execute(
        "UPDATE commendation_award SET is_own = (authority_level = 'department')"
    )


LEVEL_ORDER = ["city", "ministry", "prime_minister", "president"]


def _migrate_round(env):
    cr = env.cr
    cr.execute("SELECT * FROM ec_mig_dossier ORDER BY id")
    dossiers = cr.dictfetchall()
    cr.execute("SELECT * FROM ec_mig_line ORDER BY id")
    old_lines = defaultdict(list)
    for row in cr.dictfetchall():
        old_lines[row["dossier_id"]].append(row)
    cr.execute("SELECT dossier_id, member_id FROM ec_mig_present")
    present = defaultdict(set)
    for dossier_id, member_id in cr.fetchall():
        present[dossier_id].add(member_id)
    cr.execute("SELECT id, res_id FROM ec_mig_attachment")
    scans = {res_id: att_id for att_id, res_id in cr.fetchall()}
    context = {"sessions": {}, "counts": defaultdict(int), "present": present}
    for row in dossiers:
        _migrate_dossier(env, row, old_lines.get(row["id"], []), scans, context)
    env["commendation.dossier"].browse(
        [row["id"] for row in dossiers]
    )._sync_round_state()
    env.invalidate_all()
    _logger.info(
        "emulation_commendation 18.0.2.0.0: %s",
        ", ".join(
            f"{key}: {value}" for key, value in sorted(context["counts"].items())
        ),
    )


def _lines(env, ids):
    return env["commendation.dossier.line"].browse(ids)


def _migrate_dossier(env, row, lines, scans, context):
    state = row["state"]
    all_ids = [line["id"] for line in lines]
    if state == "verified":
        _lines(env, all_ids)._workflow_write({"state": "verified"})
        return
    if state in ("rejected", "cancelled"):
        _lines(env, all_ids)._workflow_write({"state": "dropped", "drop_reason": "-"})
        return
    if state not in ("council", "approved", "proposed", "decided"):
        return
    context["counts"][f"dossiers {state}"] += 1
    for line in lines:
        if line["dropped"]:
            _lines(env, [line["id"]])._workflow_write(
                {"state": "dropped", "drop_reason": line["drop_reason"] or "-"}
            )
    kept = [line for line in lines if not line["dropped"]]
    session = _session_for(env, row, context)
    if session:
        _lines(env, [line["id"] for line in kept])._workflow_write(
            {"session_id": session.id}
        )
    if state == "council":
        _lines(env, [line["id"] for line in kept])._workflow_write(
            {"state": "on_agenda"}
        )
        if session.state == "draft":
            session._workflow_write({"state": "in_progress"})
        return
    _freeze_votes(env, row, kept, session)
    passed = _lines(env, [line["id"] for line in kept if line["vote_passed"]])
    proposal = env["commendation.proposal"]
    higher = passed.filtered(lambda line: line.authority_level != "department")
    if state in ("proposed", "decided") and higher:
        proposal = _proposal_for(env, row, higher, context)
    if state == "decided":
        awarded = _lines(env, [line["id"] for line in kept if line["award_id"]])
        _decision_for(env, row, passed, awarded, proposal, scans, context)


def _session_for(env, row, context):
    """One session per council and meeting date."""
    if not (row["council_id"] and row["council_date"]):
        return env["commendation.council.session"]
    key = (row["council_id"], row["council_date"])
    session = context["sessions"].get(key)
    if not session:
        session = env["commendation.council.session"].create(
            {
                "council_id": row["council_id"],
                "date": row["council_date"],
                "year": row["year"],
                "company_id": row["company_id"],
            }
        )
        context["sessions"][key] = session
        context["counts"]["sessions"] += 1
    session.write(
        {
            "present_member_ids": [
                (4, member) for member in context["present"].get(row["id"], ())
            ]
        }
    )
    return session


def _freeze_votes(env, row, kept, session):
    """The council voted: its results frozen as they were stored."""
    total = row["council_member_total"] or (session.member_total if session else 0)
    for line in kept:
        _lines(env, [line["id"]])._workflow_write(
            {
                "state": "passed" if line["vote_passed"] else "not_passed",
                "votes_required": line["votes_required"] or 0,
                "vote_passed": bool(line["vote_passed"]),
                "vote_member_total": total,
            }
        )
    if session:
        session._workflow_write({"state": "closed", "date_closed": row["council_date"]})


def _proposal_for(env, row, higher, context):
    levels = set(higher.mapped("proposal_level"))
    proposal = env["commendation.proposal"].create(
        {
            "date": row["date"],
            "year": row["year"],
            "company_id": row["company_id"],
            "authority_level": "ministry" if levels == {"ministry"} else "city",
        }
    )
    higher._workflow_write({"proposal_id": proposal.id, "state": "proposed"})
    proposal._workflow_write({"state": "sent"})
    context["counts"]["proposals"] += 1
    return proposal


def _decision_for(env, row, passed, awarded, proposal, scans, context):
    cr = env.cr
    levels = set(awarded.mapped("authority_level") or ["department"])
    level = (
        "department"
        if levels == {"department"}
        else max(levels - {"department"}, key=LEVEL_ORDER.index)
    )
    decision = env["commendation.decision"].create(
        {
            "name": row["decision_number"],
            "date": row["decision_date"],
            "year": row["year"],
            "company_id": row["company_id"],
            "authority_level": level,
            "issuing_body": row["decision_authority"]
            or env["emulation.document.helper"].issuing_body(level),
            "signer_name": row["decision_signer"],
            "proposal_id": proposal.id if proposal else False,
        }
    )
    awarded._workflow_write({"decision_id": decision.id, "state": "decided"})
    (passed - awarded).filtered(
        lambda line: line.state in ("passed", "proposed")
    )._workflow_write({"state": "dropped", "drop_reason": "-"})
    cr.execute(
        "UPDATE commendation_award SET decision_id = %s WHERE dossier_id = %s",
        (decision.id, row["id"]),
    )
    decision._workflow_write({"state": "issued"})
    if row["id"] in scans:
        cr.execute(
            """
            UPDATE ir_attachment
               SET res_model = 'commendation.decision', res_field = 'signed_file',
                   res_id = %s
             WHERE id = %s
            """,
            (decision.id, scans[row["id"]]),
        )
    if proposal:
        proposal._sync_state()
    context["counts"]["decisions"] += 1


# --- the catalogue (noupdate records) ---------------------------------------
M = "emulation_commendation."
NEW_CRITERION_FLAGS = {
    "open_run": ["bk_ubnd_2", "bk_ttg_2", "hcld3_2"],
    "within_run": ["bk_ubnd_3", "bk_ttg_3", "hcld3_3", "hcld3_4"],
    "precedes_run": ["bk_ttg_1", "hcld3_1"],
}
NEW_CRITERION_DOCUMENTS = {
    "xac_nhan_htxs": ["cstdcs_2"],
    "xac_nhan_sang_kien": ["cstdcs_3", "cstd_tp_2", "cstd_tq_2"],
}
RUN_NAMES = {
    "02 năm liên tục hoàn thành xuất sắc nhiệm vụ": (
        "Liên tục từ 02 năm trở lên được công nhận hoàn thành xuất sắc nhiệm vụ"
    ),
    "05 năm liên tục hoàn thành tốt nhiệm vụ trở lên": (
        "Sau đó, liên tục từ 05 năm trở lên đến thời điểm đề nghị được công "
        "nhận hoàn thành tốt nhiệm vụ trở lên"
    ),
}
KNC_OLD_NAME = (
    "Thời gian công tác 20 năm (nam) / 15 năm (nữ); việc tính thời gian công "
    "tác tại Sở Ngoại vụ chưa được kiểm chứng"
)
KNC_NEW = {
    "kind": "judgment",
    "name": "công chức Sở Ngoại vụ (ngoài ngành Ngoại giao): tiêu chuẩn 20 năm "
    "(nam) / 15 năm (nữ) chỉ tính thời gian công tác tại Bộ Ngoại giao và/hoặc "
    "các Cơ quan đại diện, không tính thời gian công tác tại Sở; tiêu chuẩn đối "
    "với cá nhân ngoài ngành chưa được kiểm chứng",
    "article": "Thông tư 01/2024/TT-BNG, Điều 2 k1, Điều 7 k3",
    "years": 0,
    "years_women": 0,
}
# Types require only what every proposal needs; the proofs are on criteria.
PROOF_KINDS = ("xac_nhan_sang_kien", "xac_nhan_htxs")
TYPES_WITHOUT_PROOFS = ("cstdcs", "cstd_tp", "cstd_tq")
MAJORITY_TYPES = ("gk_gd", "bk_ubnd", "bk_bng", "bk_ttg", "hcld3", "knc_ng")


def _update_catalogue(env):
    """Bring the catalogue's noupdate records to this release (see the
    module docstring); a record the Office deleted is skipped."""
    done = _update_criteria(env) + _update_types(env)
    _logger.info(
        "emulation_commendation 18.0.2.0.0: %s catalogue records brought up to date",
        done,
    )


def _ref(env, xmlid):
    return env.ref(M + xmlid, raise_if_not_found=False)


def _criteria(env, code):
    """The criterion lines of ``code`` under both decrees (98 and 152)."""
    records = env["commendation.criterion"]
    for version in ("v98", "v152"):
        records |= (
            _ref(env, "commendation_criterion_%s_%s" % (code, version)) or records
        )
    return records


def _update_criteria(env):
    done = 0
    for flag, codes in NEW_CRITERION_FLAGS.items():
        for code in codes:
            records = _criteria(env, code)
            records.write({flag: True})
            done += len(records)
    for kind_code, codes in NEW_CRITERION_DOCUMENTS.items():
        kind = _ref(env, "commendation_document_kind_" + kind_code)
        records = env["commendation.criterion"]
        for code in codes:
            records |= _criteria(env, code)
        records = records.filtered(lambda r: not r.document_kind_ids)
        if kind and records:
            records.write({"document_kind_ids": [(6, 0, kind.ids)]})
            done += len(records)
    for code in ("bk_ubnd_2", "bk_ttg_2", "hcld3_2"):
        for record in _criteria(env, code).filtered(lambda r: r.name in RUN_NAMES):
            record.name = RUN_NAMES[record.name]
    knc = _ref(env, "commendation_criterion_knc_ng_1")
    if knc and knc.kind == "service_years" and knc.name == KNC_OLD_NAME:
        knc.write(KNC_NEW)
        done += 1
    return done


def _update_types(env):
    done = 0
    proofs = env["commendation.document.kind"]
    for code in PROOF_KINDS:
        proofs |= _ref(env, "commendation_document_kind_" + code) or proofs
    for code in TYPES_WITHOUT_PROOFS:
        ctype = _ref(env, "commendation_type_" + code)
        if ctype and ctype.required_document_kind_ids & proofs:
            ctype.required_document_kind_ids -= proofs
            done += 1
    for code in MAJORITY_TYPES:
        ctype = _ref(env, "commendation_type_" + code)
        if ctype and ctype.vote_rule != "more_than":
            ctype.vote_rule = "more_than"
            done += 1
    ad_hoc = _ref(env, "commendation_document_kind_xac_nhan_thanh_tich")
    if ad_hoc and not ad_hoc.ad_hoc_required:
        ad_hoc.ad_hoc_required = True
        done += 1
    return done
