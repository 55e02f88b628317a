"""Before the 18.0.2.0.0 update: keep what the round's new models need.

Until 18.0.1.x one dossier was one council meeting and one decision: its
council, meeting date, members present, decision number and date, and its
lines' "dropped" flags lived on the dossier and its lines. The update turns
them into council sessions, decisions and proposals (post-migrate.py); the
old columns are dropped by Odoo at the end of the update, so they are copied
here into backup tables that post-migrate reads and then drops.
"""

import logging

_logger = logging.getLogger(__name__)

OLD_STATES = {
    "council": "in_round",
    "approved": "in_round",
    "proposed": "in_round",
    "decided": "done",
}

# noupdate records whose content changes in this version: let the update
# rewrite them (post-migrate sets them back to noupdate).
REWRITTEN = {
    "ir.rule": (
        "commendation_dossier_rule_council_read",
        "commendation_dossier_rule_council_write",
        "commendation_dossier_line_rule_council_read",
        "commendation_dossier_line_rule_council_write",
        "commendation_dossier_document_rule_council_read",
    ),
    "mail.activity.type": (
        "mail_activity_type_dossier_council",
        "mail_activity_type_dossier_vote",
        "mail_activity_type_dossier_approve",
        "mail_activity_type_dossier_propose",
        "mail_activity_type_dossier_decide",
    ),
}
# activity types that no longer exist: their open activities go with them
OBSOLETE_ACTIVITY_TYPES = (
    "mail_activity_type_dossier_vote",
    "mail_activity_type_dossier_approve",
    "mail_activity_type_dossier_propose",
    "mail_activity_type_dossier_decide",
)


def _columns(cr, table):
    cr.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
        (table,),
    )
    return {row[0] for row in cr.fetchall()}


def migrate(cr, version):
    if not version:
        return
    dossier_columns = _columns(cr, "commendation_dossier")
    if "council_date" not in dossier_columns:
        _logger.info("emulation_commendation: no 18.0.1 round data to migrate")
        return
    cr.execute(
        """
        CREATE TABLE ec_mig_dossier AS
        SELECT id, state, council_id, council_date, decision_number,
               decision_date, decision_authority, decision_signer,
               council_member_total, date, year, company_id, kind
          FROM commendation_dossier
        """
    )
    cr.execute(
        """
        CREATE TABLE ec_mig_present AS
        SELECT dossier_id, member_id FROM commendation_dossier_council_member_rel
        """
    )
    line_columns = _columns(cr, "commendation_dossier_line")
    award_column = "award_id" if "award_id" in line_columns else "NULL::integer"
    cr.execute(
        f"""
        CREATE TABLE ec_mig_line AS
        SELECT id, dossier_id, dropped, drop_reason, votes_for, votes_against,
               votes_required, vote_passed, {award_column} AS award_id
          FROM commendation_dossier_line
        """
    )
    cr.execute(
        """
        CREATE TABLE ec_mig_attachment AS
        SELECT id, res_id FROM ir_attachment
         WHERE res_model = 'commendation.dossier' AND res_field = 'decision_file'
        """
    )
    for old, new in OLD_STATES.items():
        cr.execute(
            "UPDATE commendation_dossier SET state = %s WHERE state = %s", (new, old)
        )
    for model, names in REWRITTEN.items():
        cr.execute(
            """
            UPDATE ir_model_data SET noupdate = false
             WHERE module = 'emulation_commendation' AND model = %s AND name IN %s
            """,
            (model, names),
        )
    cr.execute(
        """
        DELETE FROM mail_activity
         WHERE activity_type_id IN (
               SELECT res_id FROM ir_model_data
                WHERE module = 'emulation_commendation'
                  AND model = 'mail.activity.type' AND name IN %s)
        """,
        (OBSOLETE_ACTIVITY_TYPES,),
    )
    _logger.info("emulation_commendation: 18.0.1 round data saved for migration")
