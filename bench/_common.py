"""What the benchmarks share (not a test, not part of the addon).

The benchmarks run as scripts with Odoo's own options
(``python3 bench/bench_x.py -c .local/odoo.conf -d emulation``), or, for
bench_documents.py and bench_docx.py, in an Odoo shell started from the
repository root (``python3 -m odoo shell ... < bench/bench_docx.py``).
"""

import contextlib
import sys
import time

import odoo
from odoo.tools import config

# Context of the records a benchmark creates: no chatter, no mail.
NO_TRACKING = {
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_create_nosubscribe": True,
    "mail_notrack": True,
    "no_reset_password": True,
}


@contextlib.contextmanager
def rolled_back_cursor(odoo_args):
    """A cursor on the database named by Odoo's options ``odoo_args``
    (``-d DATABASE``, ``-c odoo.conf``, ...), rolled back at the end: the
    database is left as it was."""
    config.parse_config(odoo_args)
    odoo.cli.server.report_configuration = lambda: None
    dbname = config["db_name"]
    if not dbname:
        sys.exit("Give the database with -d DATABASE.")
    registry = odoo.modules.registry.Registry(dbname.split(",")[0])
    with registry.cursor() as cr:
        try:
            yield cr
        finally:
            cr.rollback()


def timed(label, func, repeat=1, width=55):
    """The best time of ``repeat`` calls of ``func``, printed after
    ``label``; returns (seconds, the last call's result)."""
    best = None
    result = None
    for _i in range(repeat):
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print("%-*s %8.2f s" % (width, label, best))
    return best, result
