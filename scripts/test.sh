#!/usr/bin/env bash
# make test: the whole check, in a throwaway PostgreSQL cluster. Each test
# runs once, under pytest-odoo.
#   0. self-test of the counting below (scripts/test_counting.py, no database);
#   1. Odoo installs the addon with demo data in a fresh database (no test
#      runs there: every test of the addon is post_install), log in
#      .local/logs/test-*.log (tee'd), judged by checklog-odoo (config
#      checklog-odoo.cfg: every WARNING / ERROR / CRITICAL record fails,
#      except the accepted warnings listed there, each with its reason);
#   2. pytest-odoo runs every test of .local/addons/emulation_commendation/tests
#      on that database, HttpCase tests and browser tours included (--odoo-http:
#      Odoo's HTTP server in the pytest process, on a free port); Odoo's log
#      (level info) is appended to the same file and judged the same way;
#      scripts/pytest_count.py counts one outcome per test (not per subTest),
#      scripts/count_odoo_log.py counts them again from the log;
#   3. linters (scripts/lint.sh).
# Prints pytest's own summary, pytest_count's and the Odoo log's figures,
# which must agree, then closes with one line "N passed, N failed" (with
# ", N skipped" when a test was skipped): N counts distinct tests actually
# executed; the self-test, the install, the logs and the linters only add
# failures. Exits non-zero on any failure.
source "$(dirname "$0")/lib.sh"

check_odoo
link_addon
ensure_pg_os_user
mkdir -p "$LOCAL/logs"

passed=0
failed=0
skipped=0

say "== 0. Self-test of the counting (scripts/test_counting.py)"
if selftest_out="$("$PYTHON" -m unittest discover -s "$ROOT/scripts" -p 'test_counting.py' 2>&1)"; then
    tail -n 3 <<<"$selftest_out" >&2
    selftest="ok"
else
    say "$selftest_out"
    say "FAIL: the self-test of the counting failed (python3 -m unittest discover -s scripts -p test_counting.py)"
    selftest="FAILED"
    failed=$((failed + 1))
fi

DB=ectest # neutral name: it appears on every log line

# check_log LOG WHAT [--install]: checklog-odoo judges the Odoo log LOG
# (checklog-odoo.cfg; the offending records are printed) and
# scripts/count_odoo_log.py counts its tests (disagreements printed); sets
# counted (its last line: "RESULT <passed> <failed> <skipped>") and
# log_clean (1 when both are satisfied, else 0). WHAT names LOG in messages.
check_log() {
    local verdict
    log_clean=1
    if ! verdict="$("$PYTHON" -m checklog_odoo --config "$ROOT/checklog-odoo.cfg" \
        --no-echo "$1" 2>&1)"; then
        say "FAIL: checklog-odoo: offending records in $2 (WARNING/ERROR/CRITICAL not accepted by checklog-odoo.cfg; a failing test logs one):"
        say "$verdict"
        log_clean=0
    fi
    if ! counted="$("$PYTHON" "$ROOT/scripts/count_odoo_log.py" "${@:3}" "$1")"; then
        say "FAIL: the tests shown by $2 and its test summary disagree:"
        sed '$d' <<<"$counted" >&2
        log_clean=0
    fi
}
throwaway_dir test # TMP, PGDIR; removed at the end (lib.sh)

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

say "== 1. Odoo: install $ADDON_NAME with demo data in $DB (log $LOG)"
set +o errexit
"$PYTHON" -m odoo -c "$CONF" -d "$DB" -i "$ADDON_NAME" --stop-after-init \
    --http-port "$PORT" 2>&1 | tee "$LOG"
odoo_rc=${PIPESTATUS[0]}
set -o errexit
install_lines="$(wc -l <"$LOG")"
check_log "$LOG" "the install log $LOG (where no test runs)" --install
installed="$(PSQL_DB="$DB" pg_psql "$PGDIR" \
    -c "SELECT state || ' demo=' || demo FROM ir_module_module WHERE name = '$ADDON_NAME'" 2>/dev/null || true)"
if [ "$odoo_rc" != 0 ]; then
    say "FAIL: Odoo exited with status $odoo_rc"
    failed=$((failed + 1))
fi
[ "$log_clean" = 1 ] || failed=$((failed + 1))
if [ "$installed" != "installed demo=true" ]; then
    say "FAIL: $ADDON_NAME is not installed with demo data in $DB (got: '${installed:-nothing}')"
    failed=$((failed + 1))
fi

say "== 2. pytest-odoo on $ADDON_LINK/tests (Odoo log appended to $LOG)"
recap_pytest="pytest: not run"
recap_count="pytest_count: not run"
recap_log="Odoo log: no test"
if [ "$installed" != "installed demo=true" ]; then
    say "skipped: the database is not usable"
elif ! find "$ROOT/tests" -name 'test_*.py' 2>/dev/null | grep -q .; then
    say "no tests/test_*.py yet"
    recap_pytest="pytest: no test files"
else
    # -p no:warnings: Python warnings reach Odoo's log (as with Odoo's own
    # runner, odoo/netsvc.py) instead of pytest's summary, and are judged there.
    set +o errexit
    (cd "$ADDON_LINK" && PYTHONPATH="$ROOT/scripts${PYTHONPATH:+:$PYTHONPATH}" \
        "$PYTHON" -m pytest -c "$ROOT/scripts/pytest.ini" \
        -p pytest_odoo_quiet -p pytest_count -p no:warnings \
        --rootdir "$ADDON_LINK" --count-file="$TMP/count.json" \
        --odoo-config="$CONF" --odoo-database="$DB" --odoo-http \
        --odoo-log-level=info --odoo-extra "logfile=$LOG" \
        "$ADDON_LINK/tests") | tee "$TMP/pytest.out"
    pytest_rc=${PIPESTATUS[0]}
    set -o errexit
    # pytest's own closing line, e.g. "==== 186 passed, 2 skipped in 301.2s ===="
    pytest_line="$(grep -E '^=+ .* in [0-9.]+s( \([0-9:]+\))? =+$' "$TMP/pytest.out" | tail -n 1 |
        sed -E 's/^=+ //; s/ =+$//')"
    recap_pytest="pytest's own summary: ${pytest_line:-none}"
    if [ -s "$TMP/count.json" ]; then
        read -r tests p f s not_run coll_err <<<"$("$PYTHON" -c '
import json, sys
c = json.load(open(sys.argv[1]))
print(c["tests"], c["passed"], c["failed"], c["skipped"], c["not_run"], c["collection_errors"])
' "$TMP/count.json")"
    else
        tests=0 p=0 f=0 s=0 not_run=0 coll_err=0
        say "FAIL: pytest_count wrote no figures ($TMP/count.json): pytest stopped early"
        failed=$((failed + 1))
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    recap_count="pytest_count: $tests tests: $p passed, $f failed, $s skipped"
    if [ "$not_run" -gt 0 ] || [ "$coll_err" -gt 0 ]; then
        say "FAIL: $not_run collected test(s) did not run, $coll_err file(s) could not be collected"
        failed=$((failed + not_run + coll_err))
    fi
    if [ "$pytest_rc" != 0 ] && [ "$f" = 0 ]; then
        say "FAIL: pytest exited with status $pytest_rc"
        failed=$((failed + 1))
    fi
    if [ "$tests" = 0 ]; then
        say "FAIL: pytest ran no test although tests/test_*.py exist"
        failed=$((failed + 1))
    fi
    # Odoo's log of the pytest run: the lines after the install's.
    tail -n +"$((install_lines + 1))" "$LOG" >"$TMP/pytest.log"
    check_log "$TMP/pytest.log" "Odoo's log of the pytest run ($LOG, after line $install_lines)"
    read -r _ log_p log_f log_s <<<"$(tail -n 1 <<<"$counted")"
    recap_log="Odoo log: $((log_p + log_f + log_s)) tests started: $log_p passed, $log_f failed, $log_s skipped"
    if [ "$log_clean" = 0 ]; then
        [ "$f" -gt 0 ] || failed=$((failed + 1))
    fi
    if [ "$log_p $log_f $log_s" != "$p $f $s" ]; then
        say "FAIL: the Odoo log ($log_p passed, $log_f failed, $log_s skipped) and pytest_count ($p passed, $f failed, $s skipped) disagree"
        failed=$((failed + 1))
    fi
fi

say "== 3. Linters"
lint_failed=0
"$ROOT/scripts/lint.sh" || lint_failed=$?
[ "$lint_failed" = 0 ] || say "FAIL: $lint_failed linter(s) failed"
failed=$((failed + lint_failed))

say "== Figures (one per test; log $LOG)"
say "   $recap_pytest"
say "   $recap_count"
say "   $recap_log"
say "   self-test of the counting: $selftest; linters: $lint_failed failed"
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ]
