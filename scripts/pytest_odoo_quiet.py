"""pytest plugin for scripts/test.sh, loaded with -p next to pytest-odoo:
what pytest-odoo 2.3.0 lacks to run an Odoo 18 test as Odoo's runner does.

1. pytest-odoo imports odoo.tests in its pytest_cmdline_main while Odoo's
   test_enable flag is still off (it turns it on only around the tests), so
   Odoo logs a spurious ERROR "Importing test framework, avoid importing from
   business modules...". This wrapper runs first and does that import once
   with the flag on; pytest-odoo's parse_config() then sets the options anew.

2. Odoo 18's runner sets odoo.modules.module.current_test to the running test
   (odoo/tests/suite.py, from its setUpClass on) and back to False after the
   tests; pytest-odoo 2.3.0 does so only for Odoo 19 and leaves it False on
   18. While it is False, the code under test believes it is not tested:
   ir.mail_server really connects to an SMTP server, the bus accepts the
   browser's websocket during tours (Odoo refuses it in tests), and test
   cursors opened by HTTP requests are not checked against the running test.
   So it is set here before each test's setup and reset after its teardown.

3. When pytest stops in the middle of an HttpCase (an internal error of
   pytest, Ctrl-C), the test's teardown does not run: Chromium keeps running
   and the thread that reads its devtools websocket (not a daemon thread)
   keeps the Python process from exiting, for ever. At the very end, when
   such threads are left, this plugin kills its own child processes
   (Chromium), waits a little for the threads, and else exits at once.
"""

import logging
import os
import sys
import threading

import pytest

_EXIT_STATUS = {}


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_cmdline_main(config):
    from odoo.tools import config as odoo_config

    saved = odoo_config["test_enable"]
    odoo_config["test_enable"] = True
    try:
        import odoo.tests  # noqa: F401
    finally:
        odoo_config["test_enable"] = saved
    yield


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    from odoo.modules import module
    from odoo.tests import BaseCase

    instance = getattr(item, "instance", None)
    if isinstance(instance, BaseCase):
        module.current_test = instance


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    from odoo.modules import module

    module.current_test = False


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    def left():
        return [
            t
            for t in threading.enumerate()
            if t is not threading.main_thread() and not t.daemon and t.is_alive()
        ]

    threads = left()
    if not threads:
        return
    import psutil

    sys.stderr.write(
        f"pytest_odoo_quiet: threads left after the tests {[t.name for t in threads]}: "
        "killing this process's children\n"
    )
    for child in psutil.Process().children(recursive=True):
        child.kill()
    for thread in threads:
        thread.join(10)
    if left():
        sys.stderr.write("pytest_odoo_quiet: threads still running, exiting now\n")
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(_EXIT_STATUS.get("status", 3))
