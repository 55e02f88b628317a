#!/usr/bin/env bash
# make reset: drop the database of make run (DB=, default emulation) and its
# filestore; the next make run creates it anew.
source "$(dirname "$0")/lib.sh"

DB="${DB:-emulation}"
PGDIR="$(cat "$LOCAL/pg.path" 2>/dev/null || echo "$LOCAL/pg")"
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
    say "No cluster in $PGDIR: nothing to reset."
    exit 0
fi
was_running=1
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1 || was_running=0
pg_start "$PGDIR"
if [ "$(pg_psql "$PGDIR" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ]; then
    pg_psql "$PGDIR" -c "DROP DATABASE \"$DB\" WITH (FORCE)"
    say "Database $DB dropped."
else
    say "No database $DB in $PGDIR."
fi
rm -rf "$LOCAL/data/filestore/$DB"
[ "$was_running" = 1 ] || pg_stop "$PGDIR"
