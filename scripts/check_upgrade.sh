#!/usr/bin/env bash
# make check-upgrade [BASE=<git ref>]: proves that a database made with an
# earlier version of the addon upgrades with -u and keeps its data.
#   1. exports BASE (default: the last commit of 18.0.1.x, before the round
#      of issue 9) into a scratch folder and installs it with demo data in a
#      throwaway cluster;
#   2. moves the old demo dossiers into every old state (council, approved,
#      proposed, decided) and records what they hold (scripts/upgrade/old_state.py);
#   3. upgrades the database with this checkout (-u emulation_commendation);
#   4. checks every dossier, line, tally, decision and award against the
#      record of step 2 (scripts/upgrade/check_new.py).
# Last line: "UPGRADE CHECK OK" or the differences; exit status 0 / 1.
source "$(dirname "$0")/lib.sh"

check_odoo
ensure_pg_os_user
BASE="${BASE:-f59bc8d}"
[ -n "$BASE" ] || BASE=f59bc8d
throwaway_dir upgrade # TMP, PGDIR; removed at the end (lib.sh)

mkdir -p "$TMP/old/$ADDON_NAME" "$TMP/new"
git -C "$ROOT" archive "$BASE" | tar -x -C "$TMP/old/$ADDON_NAME"
ln -s "$ROOT" "$TMP/new/$ADDON_NAME"
PGDIR="$(pg_choose_dir "$TMP/pg" "upgrade-$$")"
pg_start "$PGDIR" fast
DB=ecupgrade
PORT="$(free_port)"
ODOO_ADDONS="$(odoo_addons_path)"

conf() { # conf FILE ADDONS_DIR
    write_odoo_conf "$1" "$PGDIR" "$TMP/data" "$PORT" "http_interface = 127.0.0.1"
    sed -i "s|^addons_path = .*|addons_path = $ODOO_ADDONS,$2|" "$1"
}
conf "$TMP/old.conf" "$TMP/old"
conf "$TMP/new.conf" "$TMP/new"

say "== 1. install $ADDON_NAME at $BASE ($(git -C "$ROOT" log -1 --format='%h %s' "$BASE" | cut -c1-70)) with demo data"
"$PYTHON" -m odoo -c "$TMP/old.conf" -d "$DB" -i "$ADDON_NAME" --stop-after-init \
    --log-level=warn >"$TMP/install.log" 2>&1 || {
    tail -n 30 "$TMP/install.log" >&2
    die "the old version did not install"
}
say "== 2. old dossiers in every old state"
OLD_JSON="$TMP/old_state.json" "$PYTHON" -m odoo shell -c "$TMP/old.conf" -d "$DB" \
    --log-level=warn <"$ROOT/scripts/upgrade/old_state.py" >"$TMP/old.log" 2>&1 || true
[ -s "$TMP/old_state.json" ] || {
    tail -n 30 "$TMP/old.log" >&2
    die "could not record the old state"
}
say "== 3. upgrade with this checkout (-u $ADDON_NAME)"
"$PYTHON" -m odoo -c "$TMP/new.conf" -d "$DB" -u "$ADDON_NAME" --stop-after-init \
    >"$TMP/upgrade.log" 2>&1 || {
    tail -n 40 "$TMP/upgrade.log" >&2
    die "the upgrade failed"
}
grep -E " (ERROR|CRITICAL) " "$TMP/upgrade.log" && die "errors in the upgrade log"
grep "emulation_commendation 18.0.2.0.0:" "$TMP/upgrade.log" | sed 's/.*INFO/INFO/' >&2 || true
say "== 4. check"
OLD_JSON="$TMP/old_state.json" "$PYTHON" -m odoo shell -c "$TMP/new.conf" -d "$DB" \
    --log-level=warn <"$ROOT/scripts/upgrade/check_new.py" 2>&1 | tee "$TMP/check.log" |
    grep -v "^$" | tail -n 40
grep -q "^UPGRADE CHECK OK" "$TMP/check.log"
