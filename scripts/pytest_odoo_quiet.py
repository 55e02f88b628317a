"""pytest plugin for scripts/test.sh, loaded with -p next to pytest-odoo.

pytest-odoo imports odoo.tests in its pytest_cmdline_main while Odoo's
test_enable flag is still off (it turns it on only around the tests), so
Odoo logs a spurious ERROR "Importing test framework, avoid importing from
business modules...". This wrapper runs first and does that import once
with the flag on; pytest-odoo's parse_config() then sets the options anew.
"""

import pytest


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
