#!/usr/bin/env bash
# make stop: stop the persistent cluster of make run (data kept).
source "$(dirname "$0")/lib.sh"

PGDIR="$(cat "$LOCAL/pg.path" 2>/dev/null || echo "$LOCAL/pg")"
if [ -f "$PGDIR/data/postmaster.pid" ]; then
    pg_stop "$PGDIR"
    say "PostgreSQL cluster in $PGDIR stopped."
else
    say "PostgreSQL cluster in $PGDIR is not running."
fi
