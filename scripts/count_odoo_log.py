"""Count the tests an Odoo log of scripts/test.sh shows, and check that the
log's test summary agrees with them.

Usage: python3 count_odoo_log.py [--install] LOGFILE
Prints the disagreements found, then "RESULT <passed> <failed> <skipped>"
(the tests the log shows) on the last line of stdout. Exit code 0 when the
figures agree, 1 otherwise.

Whether the log is clean (no ERROR / CRITICAL record, no WARNING but the
accepted ones) is judged by checklog-odoo (OCA's usual judge, configuration
checklog-odoo.cfg), not here. Disagreements:
- with --install (the log of the install, where no test must run): a test;
- else: no summary line, a summary saying that no test ran, or a summary
  that disagrees with the tests the log shows.

The tests the log shows are counted from the lines Odoo's test runner
writes (odoo/tests/result.py), which scripts/pytest_count.py writes the
same way under pytest-odoo, one test = one (logger, Class.method):
  <test module>: Starting TestClass.test_method ...
  <test module>: FAIL: TestClass.test_method   (or ERROR:, or a subTest's
                 "FAIL: TestClass.test_method (i=1)" / "Subtest ...")
  <test module>: skipped TestClass.test_method : reason
A test is failed when it has a FAIL/ERROR line, else skipped when it has a
"skipped" line, else passed. The summary line is pytest_count's
  pytest_count: 188 tests: 186 passed, 0 failed, 2 skipped, 0 not run, ...
whose figures must equal those counts, or Odoo's own runner's
  odoo.tests.result: 0 failed, 0 error(s) of 188 tests when loading database 'x'
whose number of tests must equal the number of tests started (Odoo counts
every failed subTest in "failed", so its figures are per failure, not per
test: the counts printed are the log's).
"""

import re
import sys

RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (?P<level>[A-Z]+) ")
ODOO_SUMMARY = re.compile(
    r"odoo\.tests\.result: (?P<failed>\d+) failed, (?P<errors>\d+) error\(s\) "
    r"of (?P<tests>\d+) tests when loading database"
)
PYTEST_SUMMARY = re.compile(
    r"pytest_count: (?P<tests>\d+) tests: (?P<passed>\d+) passed, "
    r"(?P<failed>\d+) failed, (?P<skipped>\d+) skipped"
)
STARTING = re.compile(r"^Starting (?P<test>\S+) \.\.\.\s*$")
FAILURE = re.compile(r"^(?:FAIL|ERROR): (?:Subtest )?(?P<test>\S+)")
SKIPPED = re.compile(r"^skipped (?P<test>\S+) : ")


def count_tests(records):
    """{(logger, test)} started, failed and skipped, from (level, logger,
    message) records."""
    started, failed, skipped = set(), set(), set()
    for level, logger, message in records:
        first_line = message.split("\n", 1)[0]
        if level == "INFO" and (found := STARTING.match(first_line)):
            started.add((logger, found["test"]))
        elif level == "ERROR" and (found := FAILURE.match(first_line)):
            failed.add((logger, found["test"]))
        elif level == "INFO" and (found := SKIPPED.match(first_line)):
            skipped.add((logger, found["test"]))
    failed &= started
    skipped = (skipped & started) - failed
    return started, failed, skipped


def main(argv):
    install = "--install" in argv
    path = [arg for arg in argv if arg != "--install"][0]
    bad = []
    odoo_summary = pytest_summary = None
    records = []  # (level, logger, message)
    with open(path, encoding="utf-8", errors="replace") as log:
        lines = log.read().splitlines()
    for line in lines:
        record = RECORD.match(line)
        if not record:
            if records:  # continuation line (traceback, report)
                level, logger, message = records[-1]
                records[-1] = (level, logger, message + "\n" + line)
            continue
        level = record["level"]
        # "<db> <logger>: <message>"
        parts = line[record.end() :].split(" ", 2)
        if len(parts) == 3 and parts[1].endswith(":"):
            records.append((level, parts[1][:-1], parts[2]))
        else:
            records.append((level, "", line[record.end() :]))
        odoo_summary = ODOO_SUMMARY.search(line) or odoo_summary
        pytest_summary = PYTEST_SUMMARY.search(line) or pytest_summary
    started, failed_set, skipped_set = count_tests(records)
    failed, skipped = len(failed_set), len(skipped_set)
    passed = len(started) - failed - skipped
    if install:
        if started or odoo_summary or pytest_summary:
            bad.append(f"(tests ran during the install: {len(started)} started)")
    elif pytest_summary is None and odoo_summary is None:
        bad.append("(no test summary line 'pytest_count: ... tests' in the log)")
    else:
        if pytest_summary is not None:
            summary = {k: int(v) for k, v in pytest_summary.groupdict().items()}
            shown = {
                "tests": len(started),
                "passed": passed,
                "failed": failed,
                "skipped": skipped,
            }
        else:
            summary = {"tests": int(odoo_summary["tests"])}
            shown = {"tests": len(started)}
        if summary != shown:
            bad.append(f"(the summary says {summary}, the log shows {shown})")
        if summary["tests"] == 0:
            bad.append("(no test ran)")
    for line in bad:
        print(line)
    print(f"RESULT {passed} {failed} {skipped}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
