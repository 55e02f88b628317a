#!/usr/bin/env bash
# make lint: ruff check, ruff format --check, pylint-odoo (OCA's mandatory
# checks, .pylintrc), OCA's oca-checks-odoo-module and oca-checks-po
# (.oca_hooks.cfg), prettier --check on the XML files (.prettierrc.cjs,
# node_modules from `npm ci`). Exit status = number of failing linters.
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
say "== oca-checks-odoo-module (.oca_hooks.cfg)"
# It looks for the manifest in the folders between a file and the top of its
# git repository, the top excluded: an addon at the root of its repository
# (this one) is never found. So it checks a copy of the checkout's files
# (tracked and untracked, not ignored) in $LOCAL/oca-checks/$ADDON_NAME, a
# folder of an empty git repository, as in an OCA repository; the paths it
# prints are given back relative to the checkout.
OCA_REPO="$LOCAL/oca-checks"
[ -d "$OCA_REPO/.git" ] || git init -q "$OCA_REPO"
rm -rf "${OCA_REPO:?}/$ADDON_NAME"
mkdir -p "$OCA_REPO/$ADDON_NAME"
git ls-files -z --cached --others --exclude-standard |
    xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
    tar -c --null -T - | tar -x -C "$OCA_REPO/$ADDON_NAME"
(cd "$OCA_REPO" && "$PYTHON" -m oca_pre_commit_hooks.cli --config="$ROOT/.oca_hooks.cfg" "$ADDON_NAME") |
    sed "s|^$ADDON_NAME/||"
[ "${PIPESTATUS[0]}" = 0 ] || failed=$((failed + 1))
say "== oca-checks-po (.oca_hooks.cfg)"
"$PYTHON" -m oca_pre_commit_hooks.cli_po --config="$ROOT/.oca_hooks.cfg" i18n/*.po i18n/*.pot ||
    failed=$((failed + 1))
say "== prettier --check (XML, .prettierrc.cjs)"
if [ -x node_modules/.bin/prettier ]; then
    # the files .gitignore and .prettierignore list are skipped (.local/...)
    node_modules/.bin/prettier --check --log-level=warn "**/*.xml" ||
        failed=$((failed + 1))
else
    say "FAIL: node_modules/.bin/prettier is missing: run \`npm ci\` (package.json)"
    failed=$((failed + 1))
fi
exit "$failed"
