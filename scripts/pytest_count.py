"""pytest plugin for scripts/test.sh: one outcome per test, in the Odoo log too.

Loaded with `-p pytest_count` (scripts/ on PYTHONPATH). pytest's own
figures do not count tests: with Python's unittest subTest (the access
matrices use it), pytest 9 reports every failed subTest as one more
"failed" while the test itself still counts as "passed", and its JUnit XML
holds one <testcase> per subTest. This plugin keeps one outcome per test
(test function or method) actually executed:

- failed   when any of its reports failed: setup, call, teardown or any
           subTest (an error in setUpClass fails every test of the class),
           or when it started but did not finish (pytest stopped);
- skipped  else, when it was skipped (skipTest, skip decorators, pytest-odoo
           skipping an HttpCase without --odoo-http);
- passed   else.

It also writes what Odoo's own runner writes in the log, with the same
wording, so that scripts/count_odoo_log.py can count the tests from the log:

  INFO  <test module>: Starting TestClass.test_method ...
  ERROR <test module>: FAIL: TestClass.test_method (+ the report), or ERROR:
        for a setup/teardown error; a subTest's failure names its test too
  INFO  <test module>: skipped TestClass.test_method : <reason>
  INFO  pytest_count: 188 tests: 186 passed, 0 failed, 2 skipped, 0 not run

and, with --count-file=PATH, the same figures as JSON (read by test.sh):
{"tests", "passed", "failed", "skipped", "collected", "not_run",
"collection_errors", "outcomes": {nodeid: outcome}, "pytest": {...}} where
"pytest" holds pytest's own figures (passed, failed, skipped reports that
are not subTests, failed subTests) for comparison.

As Odoo's test loader does (odoo/tests/loader.py), a TestCase class is run
only from the module that defines it: one imported into another test module
is deselected there, so no test runs twice.
"""

import json
import logging

import pytest

SUMMARY_LOGGER = "pytest_count"


def _is_subtest(report):
    return type(report).__name__ == "SubtestReport"


def _description(item):
    cls = getattr(item, "cls", None)
    name = f"{cls.__qualname__}.{item.name}" if cls is not None else item.name
    return name.replace(" ", "_")


def _logger(item):
    module = getattr(item, "module", None)
    return logging.getLogger(module.__name__ if module is not None else "pytest")


def tally(outcomes, collected, collection_errors=0):
    """Figures from {nodeid: "passed" | "failed" | "skipped"} (one entry per
    test executed), the number of tests collected and of collection errors."""
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    for outcome in outcomes.values():
        counts[outcome] += 1
    return {
        "tests": len(outcomes),
        **counts,
        "collected": collected,
        "not_run": max(collected - len(outcomes), 0),
        "collection_errors": collection_errors,
    }


class CountPlugin:
    def __init__(self, config):
        self.config = config
        self.items = {}  # nodeid -> item
        self.state = {}  # nodeid -> {"failed": bool, "skipped": bool}
        self.collection_errors = 0
        self.result = None

    # -- collection
    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config, items):
        keep, drop = [], []
        for item in items:
            cls = getattr(item, "cls", None)
            module = getattr(item, "module", None)
            if (
                cls is not None
                and module is not None
                and cls.__module__ != module.__name__
            ):
                drop.append(item)  # imported from another module: run it there
            else:
                keep.append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
        self.items = {item.nodeid: item for item in items}

    def pytest_collectreport(self, report):
        if report.failed:
            self.collection_errors += 1
            logging.getLogger(SUMMARY_LOGGER).error(
                "ERROR: collecting %s\n%s", report.nodeid, report.longreprtext
            )

    # -- running
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_protocol(self, item, nextitem):
        self.state[item.nodeid] = {"failed": False, "skipped": False, "done": False}
        _logger(item).info("Starting %s ...", _description(item))

    def pytest_runtest_logreport(self, report):
        state = self.state.get(report.nodeid)
        item = self.items.get(report.nodeid)
        if state is None or item is None:
            return
        description = _description(item)
        if report.when == "teardown" and not _is_subtest(report):
            state["done"] = True
        if report.failed:
            state["failed"] = True
            if _is_subtest(report):
                what = f"FAIL: {description} {report._sub_test_description()}"
            else:
                what = f"{'FAIL' if report.when == 'call' else 'ERROR'}: {description}"
            _logger(item).error("%s\n%s", what, report.longreprtext)
        elif report.skipped and not _is_subtest(report):
            state["skipped"] = True
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
            reason = reason.removeprefix("Skipped: ")
            _logger(item).info("skipped %s : %s", description, reason)

    # -- results
    def outcomes(self):
        return {
            nodeid: "failed"
            if s["failed"] or not s["done"]
            else "skipped"
            if s["skipped"]
            else "passed"
            for nodeid, s in self.state.items()
        }

    def own_figures(self):
        """pytest's own figures: its reports that are not subTests, and the
        failed subTests, as its closing line counts them."""
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        stats = reporter.stats if reporter is not None else {}

        def reports(category, sub=False):
            return [
                rep
                for rep in stats.get(category, [])
                if getattr(rep, "nodeid", None) is not None and _is_subtest(rep) == sub
            ]

        return {
            "passed": len(reports("passed")),
            "failed": len(reports("failed")) + len(reports("error")),
            "skipped": len(reports("skipped")),
            "failed_subtests": len(reports("failed", sub=True)),
        }

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session, exitstatus):
        # Written here, not in the terminal summary, which pytest skips
        # after an internal error.
        for nodeid, state in self.state.items():
            if not state["done"] and not state["failed"]:
                item = self.items[nodeid]
                _logger(item).error(
                    "ERROR: %s\ndid not finish (pytest stopped, exit status %s)",
                    _description(item),
                    int(exitstatus),
                )
        outcomes = self.outcomes()
        self.result = tally(outcomes, len(self.items), self.collection_errors)
        self.result["outcomes"] = outcomes
        self.result["pytest"] = self.own_figures()
        r = self.result
        path = self.config.getoption("count_file")
        if path:
            with open(path, "w", encoding="utf-8") as out:
                json.dump(r, out, indent=1, sort_keys=True)
        logging.getLogger(SUMMARY_LOGGER).info(
            "%d tests: %d passed, %d failed, %d skipped, %d not run, "
            "%d collection errors",
            r["tests"],
            r["passed"],
            r["failed"],
            r["skipped"],
            r["not_run"],
            r["collection_errors"],
        )

    def pytest_terminal_summary(self, terminalreporter):
        r = self.result
        if r is None:
            return
        pytest_figures = r["pytest"]
        terminalreporter.write_sep(
            "-",
            f"pytest_count: {r['tests']} tests: {r['passed']} passed, "
            f"{r['failed']} failed, {r['skipped']} skipped, {r['not_run']} not run",
        )
        if pytest_figures["failed_subtests"]:
            terminalreporter.write_line(
                f"(pytest's own line counts {pytest_figures['failed_subtests']} failed "
                "subTest(s) as failed tests of their own; here a test with failed "
                "subTests is one failed test)"
            )


def pytest_addoption(parser):
    parser.addoption(
        "--count-file",
        dest="count_file",
        default=None,
        help="write the per-test figures as JSON to this file (pytest_count)",
    )


def pytest_configure(config):
    config.pluginmanager.register(CountPlugin(config), "pytest_count_plugin")
