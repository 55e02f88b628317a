#!/usr/bin/env bash
# make lint: ruff check, ruff format --check and pylint-odoo (OCA's
# mandatory checks, .pylintrc). Exit status = number of failing linters.
source "$(dirname "$0")/lib.sh"
set +o errexit

link_addon
cd "$ROOT" || exit 3
failed=0
say "== ruff check"
"$PYTHON" -m ruff check --no-fix . || failed=$((failed + 1))
say "== ruff format --check"
"$PYTHON" -m ruff format --check . || failed=$((failed + 1))
say "== pylint-odoo (.pylintrc)"
# By module name from .local/addons (the symlink), so that the module is
# named emulation_commendation whatever the checkout folder is called.
# Colours only on a terminal (not in CI logs).
format=text
[ -t 1 ] && format=colorized
(cd "$ADDONS_SCRATCH" && "$PYTHON" -m pylint --rcfile="$ROOT/.pylintrc" \
    --output-format="$format" "$ADDON_NAME") ||
    failed=$((failed + 1))
exit "$failed"
