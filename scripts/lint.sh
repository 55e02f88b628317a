#!/usr/bin/env bash
# make lint: ruff check, ruff format --check and pylint-odoo (OCA's
# mandatory checks, .pylintrc). Exit status = number of failing linters.
source "$(dirname "$0")/lib.sh"
set +o errexit

link_addon
cd "$ROOT" || exit 3
failed=0
say "== ruff check"
ruff check --no-fix . || failed=$((failed + 1))
say "== ruff format --check"
ruff format --check . || failed=$((failed + 1))
say "== pylint-odoo (.pylintrc)"
# By module name from .local/addons (the symlink), so that the module is
# named emulation_commendation whatever the checkout folder is called.
(cd "$ADDONS_SCRATCH" && "$PYTHON" -m pylint --rcfile="$ROOT/.pylintrc" "$ADDON_NAME") ||
    failed=$((failed + 1))
exit "$failed"
