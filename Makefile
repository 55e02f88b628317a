# emulation_commendation: developer commands. Needs Odoo 18 importable by
# python3 and PostgreSQL 15 binaries in /usr/lib/postgresql/15/bin (see
# README.md, section Prerequisites); dev tools: pip install -r requirements-dev.txt
# and npm ci (prettier, package.json)
#
#   make run [DB=emulation] [PORT=8069] [HTTP_INTERFACE=127.0.0.1]
#       Starts the private PostgreSQL cluster in .local/pg (kept running),
#       creates database DB with the addon, its demo data and Vietnamese
#       (admin and internal users in vi_VN) or, when DB exists, upgrades the
#       addon (-u); then serves http://localhost:PORT, login admin / admin.
#       Ctrl-C stops Odoo; the cluster stays up for the next run.
#   make stop                 Stops the cluster of make run (data kept).
#   make reset [DB=emulation] Drops database DB and its filestore.
#   make test
#       In a throwaway cluster (.local/test-*, removed at the end): a self-test
#       of the counting; Odoo installs the addon with demo data (no test runs
#       there); then pytest-odoo runs every test once, the HttpCase tests and
#       browser tours included (--odoo-http); Odoo's log of both, in
#       .local/logs/test-latest.log, judged by checklog-odoo: it fails on any
#       WARNING / ERROR / CRITICAL record but the accepted warnings listed in
#       checklog-odoo.cfg; then the linters (make lint). Prints pytest's own
#       summary and the per-test figures of scripts/pytest_count.py and of the
#       Odoo log, which must agree. Last line: "N passed, N failed" (then
#       ", N skipped" when a test was skipped), N counting distinct tests
#       (a test with subTests is one test); the self-test, install, logs and
#       linters only add failures. Several checkouts may run it at once.
#   make screenshots [PORT=8069] [DB=emulation]
#       With `make run` serving the demo database: logs in as the demo users,
#       takes the README's screenshots in headless Chromium and prints the
#       Quyết định PDF; writes docs/screenshots/*.png (scripts/screenshots.py).
#   make lint                 ruff check, ruff format --check, pylint-odoo,
#                             oca-checks-odoo-module, oca-checks-po (OCA's
#                             odoo-pre-commit-hooks, .oca_hooks.cfg), prettier
#                             --check on the XML files (scripts/lint.sh).
#   make format               ruff format + ruff check --fix, prettier --write
#                             on the XML files (rewrites files).
#   make pot
#       Regenerates i18n/emulation_commendation.pot with Odoo's own export
#       (--i18n-export) from a throwaway cluster where the addon is installed
#       with demo data; then `python3 scripts/i18n_update_po.py` merges it
#       into i18n/vi.po and lists the entries still to translate.
#   make check-upgrade [BASE=<git ref>]
#       Proves the upgrade of an existing database: installs the addon as it
#       was at BASE (default: the last 18.0.1 commit) with demo data, moves
#       its dossiers through every old state, upgrades with this checkout (-u)
#       and checks every dossier, tally, decision and award
#       (scripts/check_upgrade.sh). Last line: UPGRADE CHECK OK.
#   make check-odoo           Only checks that python3 imports Odoo 18.
#
# Everything generated lives in .local/ (git-ignored): the symlink
# .local/addons/emulation_commendation -> this checkout (Odoo's addons path
# is Odoo's own addons + .local/addons), odoo.conf, filestore, clusters, logs.

SHELL := /bin/bash
export DB PORT HTTP_INTERFACE BASE

.PHONY: run stop reset test screenshots lint format check-odoo pot check-upgrade

run:
	@scripts/run.sh

stop:
	@scripts/stop.sh

reset:
	@scripts/reset.sh

test:
	@scripts/test.sh

screenshots:
	@python3 scripts/screenshots.py

lint:
	@scripts/lint.sh

format:
	ruff format .
	ruff check --fix .
	node_modules/.bin/prettier --write --log-level=warn "**/*.xml"

pot:
	@scripts/i18n_export.sh

check-upgrade:
	@BASE="$(BASE)" scripts/check_upgrade.sh

check-odoo:
	@bash -c 'source scripts/lib.sh && check_odoo && echo "Odoo 18 found."'
