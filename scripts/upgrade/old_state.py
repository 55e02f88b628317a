# Run by scripts/check_upgrade.sh in `odoo shell` on a database of 18.0.1.x:
# moves the demo dossiers into every old state, then writes what they hold
# to $OLD_JSON.
import json
import os

ref = env.ref  # noqa: F821 (odoo shell)
Dossier = env["commendation.dossier"]  # noqa: F821
ls = ref("emulation_commendation.commendation_dossier_ls_2025_demo")
if ls.state == "council":
    ls.action_approve()  # council -> approved (Director's dossiers)
bk = ref("emulation_commendation.commendation_dossier_ls_2025_bk_demo")
if bk.state == "draft":
    kind = ref("emulation_commendation.commendation_document_kind_danh_sach")
    bk.write(
        {
            "document_ids": [
                (0, 0, {"kind_id": kind.id, "file": b"JVBERi0=", "file_name": "ds.pdf"})
            ]
        }
    )
    bk.action_submit()
    bk.action_verify()
    council = ref("emulation_commendation.emulation_council_demo")
    bk.write(
        {
            "council_id": council.id,
            "council_date": "2025-12-16",
            "present_member_ids": [(6, 0, council.member_ids.ids)],
        }
    )
    bk.action_to_council()
    bk.line_ids.write({"votes_for": 8, "votes_against": 1})
    bk.action_vote_recorded()
    bk.action_approve()
    bk.action_propose()  # -> proposed (the City's Bằng khen)


def attach_missing(dossier):
    dossier.write(
        {
            "document_ids": [
                (0, 0, {"kind_id": kind.id, "file": b"JVBERi0=", "file_name": "x.pdf"})
                for kind in dossier.missing_document_kind_ids
            ]
        }
    )


ht = ref("emulation_commendation.commendation_dossier_ht_2025_demo")
if ht.state == "submitted":  # -> at the council, tallies entered
    ht.action_verify()
    council = ref("emulation_commendation.emulation_council_demo")
    ht.write(
        {
            "council_id": council.id,
            "council_date": "2025-12-17",
            "present_member_ids": [(6, 0, council.member_ids[:7].ids)],
        }
    )
    ht.action_to_council()
    ht.line_ids[:1].write({"votes_for": 7})
foreign = ref("emulation_commendation.commendation_dossier_foreign_2025_demo")
if foreign.state == "draft":  # -> verified
    attach_missing(foreign)
    foreign.action_submit()
    foreign.action_verify()
env.cr.commit()  # noqa: F821

state = {"dossiers": {}, "lines": {}, "awards": {}}
for dossier in Dossier.search([]):
    state["dossiers"][dossier.id] = {
        "state": dossier.state,
        "council_id": dossier.council_id.id,
        "council_date": str(dossier.council_date or ""),
        "present": sorted(dossier.present_member_ids.ids),
        "decision_number": dossier.decision_number or "",
        "decision_date": str(dossier.decision_date or ""),
        "needs_higher_authority": dossier.needs_higher_authority,
    }
    for line in dossier.line_ids:
        state["lines"][line.id] = {
            "dossier_id": dossier.id,
            "dropped": line.dropped,
            "votes_for": line.votes_for,
            "votes_against": line.votes_against,
            "votes_required": line.votes_required,
            "vote_passed": line.vote_passed,
            "award_id": line.award_id.id,
        }
for award in env["commendation.award"].search([]):  # noqa: F821
    state["awards"][award.id] = {
        "dossier_id": award.dossier_id.id,
        "decision_number": award.decision_number or "",
        "gold_book_number": award.gold_book_number or "",
        "reward_amount": award.reward_amount,
        "state": award.state,
        "recipient_name": award.recipient_name,
    }
with open(os.environ["OLD_JSON"], "w", encoding="utf-8") as out:
    json.dump(state, out)
print("recorded", {key: len(value) for key, value in state.items()})
