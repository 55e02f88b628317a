#!/usr/bin/env bash
# make run: start the persistent cluster in .local/pg, create the database
# (install with demo data and Vietnamese) or upgrade the addon, then serve.
#   DB=name (default emulation)   PORT=n (default 8069)
#   HTTP_INTERFACE=addr (default 127.0.0.1; 0.0.0.0 to reach it from elsewhere)
source "$(dirname "$0")/lib.sh"

DB="${DB:-emulation}"
PORT="${PORT:-8069}"
HTTP_INTERFACE="${HTTP_INTERFACE:-127.0.0.1}"
CONF="$LOCAL/odoo.conf"

check_odoo
link_addon
ensure_pg_os_user
PGDIR="$(pg_choose_dir "$LOCAL/pg" pg)"
printf '%s\n' "$PGDIR" >"$LOCAL/pg.path" # for make stop / make reset
pg_start "$PGDIR"
write_odoo_conf "$CONF" "$PGDIR" "$LOCAL/data" "$PORT" \
    "http_interface = $HTTP_INTERFACE" "db_name = $DB" "dbfilter = ^$DB\$"

state=""
if [ "$(pg_psql "$PGDIR" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ]; then
    state="$(PSQL_DB="$DB" pg_psql "$PGDIR" \
        -c "SELECT state FROM ir_module_module WHERE name = '$ADDON_NAME'" 2>/dev/null || true)"
fi
if [ "$state" = installed ]; then
    say "== Upgrading $ADDON_NAME in database $DB"
    # --i18n-overwrite: the addon's terms follow the current i18n/vi.po.
    "$PYTHON" -m odoo -c "$CONF" -d "$DB" -u "$ADDON_NAME" --i18n-overwrite \
        --stop-after-init --no-http
else
    say "== Creating database $DB: $ADDON_NAME with demo data, Vietnamese loaded"
    "$PYTHON" -m odoo -c "$CONF" -d "$DB" -i "$ADDON_NAME" --load-language=vi_VN \
        --stop-after-init --no-http
fi
say "== Setting Vietnamese (vi_VN) for admin and the internal users"
"$PYTHON" -m odoo shell -c "$CONF" -d "$DB" --no-http --log-level=warn \
    <"$ROOT/scripts/set_lang.py"

say "== Serving $DB on http://localhost:$PORT (admin / admin); Ctrl-C stops Odoo, 'make stop' the cluster"
exec "$PYTHON" -m odoo -c "$CONF" -d "$DB"
