"""Judge the log of an Odoo test run (used by scripts/test.sh).

Usage: python3 check_odoo_log.py LOGFILE
Prints "RESULT <passed> <failed>" on the last line of stdout and the
offending lines before it. Exit code 0 when the log is clean, 1 otherwise.

A log is NOT clean when it has:
- any ERROR or CRITICAL record;
- any WARNING record whose line contains "emulation_commendation",
  "emulation." or "commendation." (our addon's logger, models, views,
  fields, data files and tests all carry one of these);
- no summary line, or a summary saying that no test ran.

The summary is the line Odoo 18 logs at the end of --stop-after-init
with --test-enable (odoo/service/server.py, OdooTestResult.__str__ in
odoo/tests/result.py):
  ... odoo.tests.result: 0 failed, 0 error(s) of 12 tests when loading database 'x'
passed = tests - failed - errors (skipped tests count as passed);
failed = failed + errors.
"""

import re
import sys

RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (?P<level>[A-Z]+) ")
SUMMARY = re.compile(
    r"odoo\.tests\.result: (?P<failed>\d+) failed, (?P<errors>\d+) error\(s\) "
    r"of (?P<tests>\d+) tests when loading database"
)
OURS = ("emulation_commendation", "emulation.", "commendation.")


def main(path):
    bad = []
    summary = None
    with open(path, encoding="utf-8", errors="replace") as log:
        lines = log.read().splitlines()
    for number, line in enumerate(lines):
        record = RECORD.match(line)
        if not record:
            continue
        level = record["level"]
        found = SUMMARY.search(line)
        if found:
            summary = found
        if level in ("ERROR", "CRITICAL") or (
            level == "WARNING" and any(word in line for word in OURS)
        ):
            # the record and its continuation lines (traceback), at most 30
            bad.append(line)
            for follow in lines[number + 1 : number + 31]:
                if RECORD.match(follow):
                    break
                bad.append("    " + follow)
    passed = failed = 0
    if summary is None:
        bad.append("(no test summary line 'odoo.tests.result: ... tests' in the log)")
        failed = 1
    else:
        tests = int(summary["tests"])
        failed = int(summary["failed"]) + int(summary["errors"])
        passed = tests - failed
        if tests == 0:
            bad.append("(Odoo ran no test)")
    if bad and failed == 0:
        failed = 1
    for line in bad:
        print(line)
    print(f"RESULT {passed} {failed}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
