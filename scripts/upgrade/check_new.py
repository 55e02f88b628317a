# Run by scripts/check_upgrade.sh in `odoo shell` after the upgrade: checks
# that every dossier, line, tally, decision and award of $OLD_JSON is kept.
import json
import os

with open(os.environ["OLD_JSON"], encoding="utf-8") as source:
    old = json.load(source)
Dossier = env["commendation.dossier"]  # noqa: F821
Line = env["commendation.dossier.line"]  # noqa: F821
Award = env["commendation.award"]  # noqa: F821
NEW_STATE = {
    "council": "in_round",
    "approved": "in_round",
    "proposed": "in_round",
    "decided": "done",
}
problems = []
seen_states = set()


def expect(condition, message):
    if not condition:
        problems.append(message)


for dossier_id, row in old["dossiers"].items():
    dossier = Dossier.browse(int(dossier_id))
    expect(dossier.exists(), f"dossier {dossier_id} lost")
    seen_states.add(row["state"])
    expected = NEW_STATE.get(row["state"], row["state"])
    expect(
        dossier.state == expected,
        f"{dossier.name}: {dossier.state} instead of {expected}",
    )
    if row["council_id"]:
        sessions = dossier.line_ids.session_id
        expect(len(sessions) == 1, f"{dossier.name}: {len(sessions)} sessions")
        expect(
            str(sessions.date) == row["council_date"]
            and sessions.council_id.id == row["council_id"],
            f"{dossier.name}: session date/council",
        )
        expect(
            set(row["present"]) <= set(sessions.present_member_ids.ids),
            f"{dossier.name}: members present lost",
        )
        closed = row["state"] in ("approved", "proposed", "decided")
        expect(
            sessions.state == ("closed" if closed else "in_progress"),
            f"{dossier.name}: session {sessions.state}",
        )
    if row["state"] == "decided":
        decisions = dossier.decision_ids
        expect(len(decisions) == 1, f"{dossier.name}: {len(decisions)} decisions")
        expect(
            decisions.name == row["decision_number"]
            and str(decisions.date) == row["decision_date"]
            and decisions.state == "issued",
            f"{dossier.name}: decision {decisions.name} {decisions.date}",
        )
    if row["state"] == "proposed":
        expect(
            dossier.proposal_ids.state == "sent",
            f"{dossier.name}: no sent proposal",
        )
for line_id, row in old["lines"].items():
    line = Line.browse(int(line_id))
    expect(line.exists(), f"line {line_id} lost")
    expect(
        (line.votes_for, line.votes_against)
        == (row["votes_for"], row["votes_against"]),
        f"{line.display_name}: tally changed",
    )
    state = old["dossiers"][str(row["dossier_id"])]["state"]
    if row["dropped"]:
        expect(
            line.state == "dropped", f"{line.display_name}: {line.state}, was dropped"
        )
    elif state in ("approved", "proposed", "decided"):
        expect(
            line.vote_passed == row["vote_passed"]
            and line.votes_required == row["votes_required"],
            f"{line.display_name}: frozen result changed",
        )
        expect(
            line.state in ("passed", "not_passed", "proposed", "decided"),
            f"{line.display_name}: {line.state}",
        )
    if row["award_id"]:
        expect(
            line.state == "decided" and line.award_id.id == row["award_id"],
            f"{line.display_name}: award link lost",
        )
for award_id, row in old["awards"].items():
    award = Award.browse(int(award_id))
    expect(award.exists(), f"award {award_id} lost")
    for field in (
        "decision_number",
        "gold_book_number",
        "reward_amount",
        "state",
        "recipient_name",
    ):
        expect(
            (award[field] or ("" if field != "reward_amount" else 0)) == row[field],
            f"award {award_id}: {field} {award[field]!r} != {row[field]!r}",
        )
    if row["dossier_id"]:
        expect(
            award.decision_id and award.decision_id.name == row["decision_number"],
            f"award {award_id}: no decision",
        )


# The catalogue's noupdate records brought to this release.
def ref(xmlid):
    return env.ref("emulation_commendation." + xmlid)  # noqa: F821


for code in ("bk_ubnd_2", "bk_ttg_2", "hcld3_2"):
    criterion = ref(f"commendation_criterion_{code}_v152")
    expect(criterion.open_run, f"{code}: not an open run")
    expect(criterion.name.startswith(("Liên tục", "Sau đó")), f"{code}: old name")
expect(ref("commendation_criterion_bk_ttg_3_v152").within_run, "bk_ttg_3: within")
expect(ref("commendation_criterion_hcld3_1_v98").precedes_run, "hcld3_1: precedes")
expect(
    ref("commendation_criterion_cstdcs_3_v152").document_kind_ids
    == ref("commendation_document_kind_xac_nhan_sang_kien"),
    "cstdcs_3: proof document",
)
expect(ref("commendation_criterion_knc_ng_1").kind == "judgment", "KNC not judged")
expect(
    not ref("commendation_type_cstdcs").required_document_kind_ids
    & ref("commendation_document_kind_xac_nhan_htxs"),
    "CSTĐCS still requires the HTXS proof of every candidate",
)
expect(ref("commendation_type_bk_ubnd").vote_rule == "more_than", "BK UBND rule")
expect(
    ref("commendation_document_kind_xac_nhan_thanh_tich").ad_hoc_required,
    "ad hoc document",
)

expect(
    {"council", "approved", "proposed", "decided", "verified"} <= seen_states,
    f"old states covered: {sorted(seen_states)}",
)
print(
    "checked",
    len(old["dossiers"]),
    "dossiers,",
    len(old["lines"]),
    "lines,",
    len(old["awards"]),
    "awards; old states:",
    ", ".join(sorted(seen_states)),
)
if problems:
    print("UPGRADE CHECK FAILED")
    for problem in problems:
        print(" -", problem)
else:
    print("UPGRADE CHECK OK")
