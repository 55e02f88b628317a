# shellcheck shell=bash
# Shared helpers for the project's scripts; sourced, never executed.
#
#   ROOT        the checkout (this addon's folder, whatever it is called)
#   LOCAL       $ROOT/.local, git-ignored scratch folder
#   ADDON_LINK  $LOCAL/addons/emulation_commendation -> $ROOT
#
# PostgreSQL clusters are private: Unix socket only (listen_addresses=''),
# trust authentication on that socket, superuser "odoo" (Odoo refuses
# "postgres"). When run as root, the cluster runs as the unprivileged
# system user $PG_OS_USER, created on first use.

set -o errexit -o nounset -o pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
LOCAL="$ROOT/.local"
ADDON_NAME=emulation_commendation
ADDONS_SCRATCH="$LOCAL/addons"
ADDON_LINK="$ADDONS_SCRATCH/$ADDON_NAME"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_OS_USER="${PG_OS_USER:-odoo-pg}"
PG_DB_USER=odoo
PG_PORT=5432 # only names the socket file; nothing listens on TCP

PYTHON="${PYTHON:-python3}"

say() { printf '%s\n' "$*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}

# Stop with one sentence when python3 cannot import Odoo 18.
check_odoo() {
    local version
    if ! version="$("$PYTHON" -c 'import odoo.release as r; print(r.version_info[0])' 2>/dev/null)"; then
        die "Odoo 18 is missing: '$PYTHON -c \"import odoo\"' fails, see README.md, section Prerequisites."
    fi
    if [ "$version" != 18 ]; then
        die "Odoo 18 is missing: '$PYTHON' imports Odoo $version instead, see README.md, section Prerequisites."
    fi
    if [ ! -x "$PG_BIN/initdb" ]; then
        die "PostgreSQL 15 is missing: $PG_BIN/initdb does not exist, see README.md, section Prerequisites."
    fi
}

# Odoo's own addons folders (odoo.addons.__path__), comma separated.
odoo_addons_path() {
    "$PYTHON" -c 'import odoo.addons, os; print(",".join(os.path.realpath(p) for p in odoo.addons.__path__))'
}

# Expose the checkout to Odoo as <scratch addons dir>/emulation_commendation.
link_addon() {
    mkdir -p "$ADDONS_SCRATCH"
    if [ "$(readlink "$ADDON_LINK" 2>/dev/null || true)" != "$ROOT" ]; then
        rm -f "$ADDON_LINK"
        ln -s "$ROOT" "$ADDON_LINK"
    fi
}

addons_path() {
    printf '%s,%s\n' "$(odoo_addons_path)" "$ADDONS_SCRATCH"
}

# A free TCP port on 127.0.0.1 (the kernel picks it).
free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# ---------------------------------------------------------------- PostgreSQL

is_root() { [ "$(id -u)" = 0 ]; }

ensure_pg_os_user() {
    is_root || return 0
    id "$PG_OS_USER" >/dev/null 2>&1 && return 0
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$PG_OS_USER" 2>/dev/null ||
        id "$PG_OS_USER" >/dev/null 2>&1 || # created meanwhile by a concurrent run
        die "cannot create the system user $PG_OS_USER for PostgreSQL"
}

# Run a command as the cluster's owner.
as_pg() {
    if is_root; then
        runuser -u "$PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

# pg_choose_dir WANTED FALLBACK_TAG: prints WANTED when the cluster's owner
# can create and use it, else a folder under /tmp (and says so on stderr).
pg_choose_dir() {
    local wanted="$1" tag="$2" dir
    mkdir -p "$wanted"
    if is_root; then
        chown "$PG_OS_USER:" "$wanted"
        chmod 700 "$wanted"
    fi
    if as_pg test -w "$wanted" -a -x "$wanted"; then
        printf '%s\n' "$wanted"
        return
    fi
    rmdir "$wanted" 2>/dev/null || true
    dir="/tmp/emulation-commendation-$tag-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)"
    say "NOTE: user $PG_OS_USER cannot reach $wanted (a parent folder lacks o+x); the cluster goes to $dir instead."
    mkdir -p "$dir"
    is_root && chown "$PG_OS_USER:" "$dir"
    chmod 700 "$dir"
    printf '%s\n' "$dir"
}

# The socket folder of a cluster in DIR: DIR/run, or a short /tmp folder
# when DIR is too deep for a Unix socket path (107 bytes).
pg_socket_dir() {
    local dir="$1" sock="$1/run"
    if [ $((${#sock} + 16)) -gt 100 ]; then
        sock="/tmp/ec-pgsock-$(printf '%s' "$dir" | md5sum | cut -c1-10)"
    fi
    printf '%s\n' "$sock"
}

# pg_start DIR [fast]: create (first time) and start the cluster in DIR/data.
# "fast" turns fsync off (throwaway test clusters).
pg_start() {
    local dir="$1" mode="${2:-}" sock
    sock="$(pg_socket_dir "$dir")"
    ensure_pg_os_user
    mkdir -p "$sock"
    is_root && chown "$PG_OS_USER:" "$sock"
    chmod 700 "$sock"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_pg "$PG_BIN/initdb" -D "$dir/data" -U "$PG_DB_USER" --auth=trust \
            --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
            {
                cat "$dir/initdb.log" >&2
                die "initdb failed in $dir/data"
            }
        if [ "$mode" = fast ]; then
            printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
                >>"$dir/data/postgresql.conf"
        fi
    fi
    if as_pg "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        return 0
    fi
    # setsid: the server gets its own session, so a Ctrl-C meant for Odoo
    # does not reach (and shut down) the cluster.
    as_pg setsid --wait "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgresql.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$sock' -p $PG_PORT" \
        start >/dev/null || {
        tail -n 20 "$dir/postgresql.log" >&2 || true
        die "PostgreSQL did not start in $dir (log: $dir/postgresql.log)"
    }
    local _
    for _ in $(seq 1 60); do
        "$PG_BIN/pg_isready" -q -h "$sock" -p "$PG_PORT" -U "$PG_DB_USER" && return 0
        sleep 0.5
    done
    die "PostgreSQL in $dir is not ready after 30 s (log: $dir/postgresql.log)"
}

# pg_stop DIR [immediate]
pg_stop() {
    local dir="$1" how="${2:-fast}"
    [ -f "$dir/data/postmaster.pid" ] || return 0
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m "$how" -w stop >/dev/null 2>&1 || true
}

# pg_psql DIR SQL...: run SQL on database "postgres" (or $PSQL_DB).
pg_psql() {
    local dir="$1"
    shift
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -tA -h "$(pg_socket_dir "$dir")" -p "$PG_PORT" \
        -U "$PG_DB_USER" -d "${PSQL_DB:-postgres}" "$@"
}

# throwaway_dir NAME: a work folder TMP=$LOCAL/NAME-XXXXXX for a script's
# throwaway cluster (PGDIR, empty until the script sets it); when the script
# exits, the cluster is stopped and TMP, the cluster and its socket folder
# are removed.
throwaway_dir() {
    TMP="$(mktemp -d "$LOCAL/$1-XXXXXX")"
    chmod 755 "$TMP" # mktemp makes it 0700: the cluster's owner must traverse it
    PGDIR=""
    trap throwaway_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

throwaway_cleanup() {
    if [ -n "$PGDIR" ]; then
        pg_stop "$PGDIR" immediate
        case "$PGDIR" in "$TMP"/*) ;; *) rm -rf "$PGDIR" ;; esac
        case "$(pg_socket_dir "$PGDIR")" in /tmp/ec-pgsock-*) rm -rf "$(pg_socket_dir "$PGDIR")" ;; esac
    fi
    rm -rf "$TMP"
}

# write_odoo_conf FILE PGDIR DATA_DIR HTTP_PORT [extra "key = value" lines...]
write_odoo_conf() {
    local file="$1" pgdir="$2" data_dir="$3" port="$4"
    shift 4
    mkdir -p "$(dirname "$file")" "$data_dir"
    {
        echo "; Generated by scripts/lib.sh; rewritten on every run."
        echo "[options]"
        echo "addons_path = $(addons_path)"
        echo "data_dir = $data_dir"
        echo "db_host = $(pg_socket_dir "$pgdir")"
        echo "db_port = $PG_PORT"
        echo "db_user = $PG_DB_USER"
        echo "db_password = False"
        echo "http_port = $port"
        for line in "$@"; do echo "$line"; done
    } >"$file"
}
