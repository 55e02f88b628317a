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
pg_start "$PGDIR"
pg_psql "$PGDIR" -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
rm -rf "$LOCAL/data/filestore/$DB"
say "Database $DB dropped (cluster left running; 'make stop' stops it)."
