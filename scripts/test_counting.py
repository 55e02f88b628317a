"""Self-test of make test's counting (scripts/pytest_count.py and
scripts/count_odoo_log.py) and of the log judge's configuration
(checklog-odoo.cfg), run by scripts/test.sh before the addon's tests:
  python3 -m unittest discover -s scripts -p 'test_counting.py'

It runs pytest (without Odoo) on a fixture of 8 tests with subTests, a
skip, a failure and a setUpClass error (and a module importing its class),
and checks the figures per test that pytest_count writes (JSON and log) and
that count_odoo_log.py reads back from the log; then count_odoo_log.py and
checklog-odoo on small hand-written logs.
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent

FIXTURE = """
import unittest


class TestFixture(unittest.TestCase):
    def test_pass(self):
        self.assertTrue(True)

    def test_subtests_pass(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertTrue(True)

    def test_subtests_one_fails(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    def test_subtests_two_fail(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 0)

    def test_skip(self):
        self.skipTest("fixture skip")

    def test_fails(self):
        self.assertEqual(1, 2)


class TestSetupError(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("fixture setUpClass error")

    def test_never_runs(self):
        pass


def test_function():
    assert True
"""

# A TestCase imported into another test module: run from its own module only,
# as Odoo's loader does (pytest alone would run its tests twice).
IMPORTER = """
from test_fixture import TestFixture  # noqa: F401
"""

# Odoo's log format (odoo/netsvc.py), into the file named by FIXTURE_LOG.
CONFTEST = """
import logging
import os

handler = logging.FileHandler(os.environ["FIXTURE_LOG"], mode="w", encoding="utf-8")
handler.setFormatter(
    logging.Formatter(
        "%(asctime)s %(process)d %(levelname)s fixture %(name)s: %(message)s "
    )
)
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)
"""

EXPECTED = {
    "test_fixture.py::TestFixture::test_pass": "passed",
    "test_fixture.py::TestFixture::test_subtests_pass": "passed",
    "test_fixture.py::TestFixture::test_subtests_one_fails": "failed",
    "test_fixture.py::TestFixture::test_subtests_two_fail": "failed",
    "test_fixture.py::TestFixture::test_skip": "skipped",
    "test_fixture.py::TestFixture::test_fails": "failed",
    "test_fixture.py::TestSetupError::test_never_runs": "failed",
    "test_fixture.py::test_function": "passed",
}


def check_log(path, *options):
    run = subprocess.run(
        [sys.executable, str(SCRIPTS / "count_odoo_log.py"), *options, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    last = run.stdout.strip().splitlines()[-1]
    return run.returncode, last, run.stdout


def run_pytest(tmp, files, *options):
    """pytest with pytest_count (without pytest-odoo) on the fixture files
    {name: text} written into tmp: (process, output, count, log path)."""
    for name, text in {"conftest.py": CONFTEST, **files}.items():
        (tmp / name).write_text(text, encoding="utf-8")
    log = tmp / "odoo.log"
    count_file = tmp / "count.json"
    env = dict(
        os.environ,
        FIXTURE_LOG=str(log),
        PYTHONPATH=os.pathsep.join(
            filter(None, [str(SCRIPTS), os.environ.get("PYTHONPATH")])
        ),
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:odoo",
            "-p",
            "no:cacheprovider",
            "-p",
            "pytest_count",
            f"--count-file={count_file}",
            "--rootdir",
            str(tmp),
            *options,
            *[name for name in files if name.startswith("test_")],
        ],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    count = json.loads(count_file.read_text(encoding="utf-8"))
    return proc, proc.stdout + proc.stderr, count, log


class TestPytestCount(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.proc, cls.output, cls.count, cls.log = run_pytest(
            Path(cls.tmp.name),
            {"test_fixture.py": FIXTURE, "test_importer.py": IMPORTER},
        )

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_one_outcome_per_test(self):
        self.assertEqual(self.proc.returncode, 1, self.output)  # tests failed
        self.assertEqual(self.count["outcomes"], EXPECTED, self.output)
        self.assertIn("6 deselected", self.output)  # TestFixture in test_importer
        self.assertEqual(
            {
                k: self.count[k]
                for k in ("tests", "passed", "failed", "skipped", "not_run")
            },
            {"tests": 8, "passed": 3, "failed": 4, "skipped": 1, "not_run": 0},
        )

    def test_pytest_own_figures_differ(self):
        # pytest counts each failed subTest as a failure and the test that
        # holds it as passed: the reason why test.sh does not use its figures.
        self.assertEqual(self.count["pytest"]["failed_subtests"], 3)
        self.assertEqual(self.count["pytest"]["passed"], 5)
        self.assertIn(
            "pytest_count: 8 tests: 3 passed, 4 failed, 1 skipped", self.output
        )

    def test_log_counts_the_same(self):
        code, last, out = check_log(self.log)
        self.assertEqual(code, 0, out)  # the summary agrees with the log
        self.assertEqual(last, "RESULT 3 4 1", out)
        self.assertNotIn("the summary says", out)
        log = self.log.read_text(encoding="utf-8")
        self.assertEqual(log.count(": Starting "), 8)
        self.assertIn("FAIL: TestFixture.test_subtests_one_fails (i=1)", log)
        self.assertIn("ERROR: TestSetupError.test_never_runs", log)
        self.assertIn("skipped TestFixture.test_skip : fixture skip", log)


STOPPED = """
def test_a():
    pass


def test_b():
    raise KeyboardInterrupt


def test_c():
    pass
"""


class TestStoppedSession(unittest.TestCase):
    """pytest stops inside a test (here Ctrl-C; in make test it was once an
    internal error of pytest): the figures are still written, the test that
    did not finish counts as failed and the one never started as not run."""

    def test_stopped(self):
        with tempfile.TemporaryDirectory() as tmp:
            proc, output, count, log = run_pytest(
                Path(tmp), {"test_stopped.py": STOPPED}
            )
            self.assertEqual(proc.returncode, 2, output)  # interrupted
            self.assertEqual(
                count["outcomes"],
                {
                    "test_stopped.py::test_a": "passed",
                    "test_stopped.py::test_b": "failed",
                },
            )
            self.assertEqual((count["tests"], count["not_run"]), (2, 1))
            code, last, out = check_log(log)
            self.assertEqual(last, "RESULT 1 1 0", out)
            self.assertIn("ERROR: test_b\ndid not finish", log.read_text("utf-8"))


LINE = "2026-01-02 03:04:05,678 42 {level} ectest {logger}: {message} "
MODULE = "odoo.addons.emulation_commendation.tests.test_x"


def log_text(*records):
    return (
        "\n".join(LINE.format(level=lv, logger=lg, message=m) for lv, lg, m in records)
        + "\n"
    )


class TestCheckOdooLog(unittest.TestCase):
    def write(self, text):
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
            "w", suffix=".log", delete=False, encoding="utf-8"
        )
        self.addCleanup(os.unlink, handle.name)
        with handle:
            handle.write(text)
        return handle.name

    def test_clean_run(self):
        path = self.write(
            log_text(
                ("INFO", MODULE, "Starting TestX.test_a ..."),
                ("INFO", MODULE, "Starting TestX.test_b ..."),
                ("INFO", MODULE, "skipped TestX.test_b : no demo data"),
                ("WARNING", "odoo.models", "some other addon's warning"),
                (
                    "INFO",
                    "pytest_count",
                    "2 tests: 1 passed, 0 failed, 1 skipped, 0 not run",
                ),
            )
        )
        self.assertEqual(check_log(path)[:2], (0, "RESULT 1 0 1"))

    def test_summary_disagreeing_with_the_log(self):
        path = self.write(
            log_text(
                ("INFO", MODULE, "Starting TestX.test_a ..."),
                (
                    "INFO",
                    "pytest_count",
                    "2 tests: 2 passed, 0 failed, 0 skipped, 0 not run",
                ),
            )
        )
        code, last, out = check_log(path)
        self.assertEqual((code, last), (1, "RESULT 1 0 0"))
        self.assertIn("the summary says", out)

    def test_no_summary(self):
        path = self.write(log_text(("INFO", MODULE, "Starting TestX.test_a ...")))
        code, _last, out = check_log(path)
        self.assertEqual(code, 1)
        self.assertIn("no test summary line", out)

    def test_install_log(self):
        clean = self.write(
            log_text(("INFO", "odoo.modules.loading", "Modules loaded."))
        )
        self.assertEqual(check_log(clean, "--install")[:2], (0, "RESULT 0 0 0"))
        tested = self.write(log_text(("INFO", MODULE, "Starting TestX.test_a ...")))
        code, _last, out = check_log(tested, "--install")
        self.assertEqual(code, 1)
        self.assertIn("tests ran during the install", out)

    def test_odoo_runner_log(self):
        text = log_text(
            ("INFO", MODULE, "Starting TestX.test_a ..."),
            ("INFO", MODULE, "Starting TestX.test_b ..."),
            ("ERROR", MODULE, "FAIL: Subtest TestX.test_b (i=1)"),
            ("ERROR", MODULE, "FAIL: Subtest TestX.test_b (i=2)"),
            (
                "INFO",
                "odoo.tests.result",
                "2 failed, 0 error(s) of 2 tests when loading database 'x'",
            ),
        )
        code, last, _out = check_log(self.write(text))
        self.assertEqual((code, last), (0, "RESULT 1 1 0"))


WKHTMLTOPDF = (
    "wkhtmltopdf: The switch --header-spacing, is not support using unpatched "
    "qt, and will be ignored.The switch --disable-smart-shrinking, is not "
    "support using unpatched qt, and will be ignored."
)


class TestChecklogConfig(unittest.TestCase):
    """checklog-odoo with checklog-odoo.cfg: every WARNING, ERROR or
    CRITICAL record fails except the accepted warnings."""

    def judge(self, *records):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "odoo.log"
            path.write_text(log_text(*records), encoding="utf-8")
            run = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "checklog_odoo",
                    "--config",
                    str(SCRIPTS.parent / "checklog-odoo.cfg"),
                    "--no-echo",
                    str(path),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
        return run.returncode, run.stdout + run.stderr

    def test_clean(self):
        code, out = self.judge(("INFO", "odoo.modules.loading", "Modules loaded."))
        self.assertEqual(code, 0, out)

    def test_accepted_warning(self):
        code, out = self.judge(
            ("WARNING", "odoo.addons.base.models.ir_actions_report", WKHTMLTOPDF)
        )
        self.assertEqual(code, 0, out)
        self.assertIn("did not cause failure (1)", out)

    def test_other_warnings_and_errors_fail(self):
        for level, logger, message in (
            ("WARNING", "odoo.models", "emulation.plan: field x has no string"),
            ("WARNING", "odoo.models", "some other addon's warning"),
            ("WARNING", "odoo.addons.base.models.ir_actions_report", "wkhtmltopdf"),
            ("ERROR", MODULE, "FAIL: TestX.test_a"),
            ("CRITICAL", "odoo.service.server", "Failed to initialize database"),
        ):
            with self.subTest(message):
                code, out = self.judge((level, logger, message))
                self.assertEqual(code, 1, out)
                self.assertIn(message, out)


if __name__ == "__main__":
    unittest.main()
