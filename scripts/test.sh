#!/usr/bin/env bash
# make test: the whole check, in a throwaway PostgreSQL cluster.
#   1. install the addon with demo data in a fresh database and run its tests
#      with Odoo's runner (--test-tags /emulation_commendation), on a free
#      HTTP port, log in .local/logs/ (tee'd);
#   2. judge that log (scripts/check_odoo_log.py);
#   3. pytest-odoo over .local/addons/emulation_commendation/tests on that database;
#   4. linters (scripts/lint.sh).
# Closes with one line "N passed, N failed"; exits non-zero on any failure.
source "$(dirname "$0")/lib.sh"

check_odoo
link_addon
ensure_pg_os_user
mkdir -p "$LOCAL/logs"

DB=ectest # neutral name: it appears on every log line (see check_odoo_log.py)
TMP="$(mktemp -d "$LOCAL/test-XXXXXX")"
chmod 755 "$TMP" # mktemp makes it 0700: the cluster's owner must traverse it
PGDIR=""
cleanup() {
    if [ -n "$PGDIR" ]; then
        pg_stop "$PGDIR" immediate
        case "$PGDIR" in "$TMP"/*) ;; *) rm -rf "$PGDIR" ;; esac
        case "$(pg_socket_dir "$PGDIR")" in /tmp/ec-pgsock-*) rm -rf "$(pg_socket_dir "$PGDIR")" ;; esac
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PGDIR="$(pg_choose_dir "$TMP/pg" "test-$$")"
pg_start "$PGDIR" fast
PORT="$(free_port)"
CONF="$TMP/odoo.conf"
write_odoo_conf "$CONF" "$PGDIR" "$TMP/data" "$PORT" "http_interface = 127.0.0.1"
LOG="$LOCAL/logs/test-$(date +%Y%m%d-%H%M%S)-$$.log"
ln -sfn "$(basename "$LOG")" "$LOCAL/logs/test-latest.log"
# keep the 10 newest logs
find "$LOCAL/logs" -maxdepth 1 -name 'test-2*.log' -printf '%T@ %p\n' | sort -rn |
    tail -n +11 | cut -d' ' -f2- | xargs -r rm -f

passed=0
failed=0

say "== 1. Odoo: install $ADDON_NAME with demo data in $DB and run its tests (http port $PORT, log $LOG)"
set +o errexit
"$PYTHON" -m odoo -c "$CONF" -d "$DB" -i "$ADDON_NAME" \
    --test-enable --test-tags "/$ADDON_NAME" --stop-after-init \
    --http-port "$PORT" 2>&1 | tee "$LOG"
odoo_rc=${PIPESTATUS[0]}
set -o errexit

say "== 2. Odoo log"
verdict="$("$PYTHON" "$ROOT/scripts/check_odoo_log.py" "$LOG")" && log_ok=1 || log_ok=0
read -r _ p f <<<"$(tail -n 1 <<<"$verdict")"
passed=$((passed + p))
failed=$((failed + f))
installed="$(PSQL_DB="$DB" pg_psql "$PGDIR" \
    -c "SELECT state || ' demo=' || demo FROM ir_module_module WHERE name = '$ADDON_NAME'" 2>/dev/null || true)"
if [ "$odoo_rc" != 0 ]; then
    say "FAIL: Odoo exited with status $odoo_rc"
    [ "$f" -gt 0 ] || failed=$((failed + 1))
fi
if [ "$log_ok" = 0 ]; then
    say "FAIL: offending lines in $LOG (rule: ERROR/CRITICAL, or WARNING naming emulation_commendation / emulation. / commendation.):"
    sed '$d' <<<"$verdict" >&2
fi
if [ "$installed" != "installed demo=true" ]; then
    say "FAIL: $ADDON_NAME is not installed with demo data in $DB (got: '${installed:-nothing}')"
    failed=$((failed + 1))
fi
say "Odoo tests: $p passed, $f failed"
recap="Odoo: $p passed, $f failed"

say "== 3. pytest-odoo on $ADDON_LINK/tests"
if [ "$installed" != "installed demo=true" ]; then
    say "skipped: the database is not usable"
    failed=$((failed + 1))
    recap="$recap; pytest: not run (1 failed)"
elif ! find "$ROOT/tests" -name 'test_*.py' 2>/dev/null | grep -q .; then
    say "no tests/test_*.py yet: 0 passed"
    recap="$recap; pytest: no test files"
else
    set +o errexit
    (cd "$ADDON_LINK" && PYTHONPATH="$ROOT/scripts${PYTHONPATH:+:$PYTHONPATH}" \
        "$PYTHON" -m pytest -c "$ROOT/scripts/pytest.ini" -p pytest_odoo_quiet \
        --rootdir "$ADDON_LINK" --junitxml="$TMP/pytest.xml" \
        --odoo-config="$CONF" --odoo-database="$DB" --odoo-log-level=warn \
        "$ADDON_LINK/tests")
    pytest_rc=$?
    set -o errexit
    read -r p f <<<"$("$PYTHON" - "$TMP/pytest.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError):
    print(0, 0)
    sys.exit()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
tests = sum(int(s.get("tests", 0)) for s in suites)
bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
skipped = sum(int(s.get("skipped", 0)) for s in suites)
print(tests - bad - skipped, bad)
PY
    )"
    if [ "$pytest_rc" != 0 ] && [ "$pytest_rc" != 5 ] && [ "$f" = 0 ]; then
        f=1 # pytest itself failed (usage error, crash, ...)
    fi
    if [ "$pytest_rc" = 5 ]; then
        say "FAIL: pytest collected no test although tests/test_*.py exist"
        f=$((f + 1))
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    say "pytest: $p passed, $f failed"
    recap="$recap; pytest: $p passed, $f failed"
fi

say "== 4. Linters"
lint_failed=0
"$ROOT/scripts/lint.sh" || lint_failed=$?
[ "$lint_failed" = 0 ] || say "FAIL: $lint_failed linter(s) failed"
failed=$((failed + lint_failed))
recap="$recap; linters: $lint_failed failed"

say "== $recap (Odoo log: $LOG)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
