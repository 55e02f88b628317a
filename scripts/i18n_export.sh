#!/usr/bin/env bash
# make pot: regenerate i18n/emulation_commendation.pot with Odoo's own export.
#   1. a throwaway cluster (.local/pot-*, removed at the end), a database with
#      the addon installed with its demo data (as make test does);
#   2. python3 -m odoo --i18n-export=...pot --modules=emulation_commendation
#      (no -l: a template, every msgstr empty).
# Odoo scans a copy of the checkout (without .local/ and .git), so that the
# references read addons/emulation_commendation/... and the scan does not
# follow .local/addons/emulation_commendation back into the checkout.
# When only the POT-Creation-Date / PO-Revision-Date lines would change, the
# file is left as it was (no noise in git). Then run
#   python3 scripts/i18n_update_po.py
# to merge the new template into i18n/vi.po.
source "$(dirname "$0")/lib.sh"

check_odoo
ensure_pg_os_user
mkdir -p "$LOCAL" "$ROOT/i18n"

DB=ecpot
POT="$ROOT/i18n/$ADDON_NAME.pot"
throwaway_dir pot # TMP, PGDIR; removed at the end (lib.sh)

# The addon as Odoo sees it: a copy of the checkout's files.
ADDONS_SCRATCH="$TMP/addons" # read by addons_path (lib.sh)
mkdir -p "$ADDONS_SCRATCH/$ADDON_NAME"
tar -C "$ROOT" --exclude=./.local --exclude=./.git --exclude=__pycache__ -cf - . |
    tar -C "$ADDONS_SCRATCH/$ADDON_NAME" -xf -

PGDIR="$(pg_choose_dir "$TMP/pg" "pot-$$")"
pg_start "$PGDIR" fast
CONF="$TMP/odoo.conf"
write_odoo_conf "$CONF" "$PGDIR" "$TMP/data" "$(free_port)"
LOG="$TMP/odoo.log"

say "== Installing $ADDON_NAME with demo data in a throwaway database"
if ! "$PYTHON" -m odoo -c "$CONF" -d "$DB" -i "$ADDON_NAME" --stop-after-init \
    --no-http --log-level=warn >"$LOG" 2>&1 || grep -qE ' (ERROR|CRITICAL) ' "$LOG"; then
    cat "$LOG" >&2
    die "the install failed: no .pot written"
fi
installed="$(PSQL_DB="$DB" pg_psql "$PGDIR" \
    -c "SELECT state FROM ir_module_module WHERE name = '$ADDON_NAME'")"
[ "$installed" = installed ] || {
    cat "$LOG" >&2
    die "$ADDON_NAME is not installed (state: '$installed'): no .pot written"
}

say "== Exporting the terms of $ADDON_NAME (Odoo's --i18n-export)"
NEW="$TMP/$ADDON_NAME.pot"
"$PYTHON" -m odoo -c "$CONF" -d "$DB" --i18n-export="$NEW" --modules="$ADDON_NAME" \
    --stop-after-init --no-http --log-level=warn >>"$LOG" 2>&1 || {
    cat "$LOG" >&2
    die "the export failed: no .pot written"
}
[ -s "$NEW" ] || die "the export wrote nothing"

undated() { grep -vE '^"(POT-Creation|PO-Revision)-Date: ' "$1"; }
count="$(grep -c '^msgid "' "$NEW")"
count=$((count - 1)) # the header
if [ -f "$POT" ] && cmp -s <(undated "$POT") <(undated "$NEW"); then
    say "i18n/$ADDON_NAME.pot is up to date ($count entries)."
else
    cp "$NEW" "$POT"
    say "i18n/$ADDON_NAME.pot written ($count entries); now: $PYTHON scripts/i18n_update_po.py"
fi
