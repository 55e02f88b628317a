# Piped into `python3 -m odoo shell` by scripts/run.sh, which provides `env`.
# Activates vi_VN if needed and makes it the language of the admin and of
# every active internal user (those of the addon's demo data included).
# ruff: noqa: F821
LANG = "vi_VN"
if not env["res.lang"]._lang_get(LANG).active:
    env["res.lang"]._activate_lang(LANG)
    env["ir.module.module"].search([("state", "=", "installed")])._update_translations(
        LANG
    )
users = env["res.users"].search([("share", "=", False)]) | env.ref("base.user_admin")
users.write({"lang": LANG})
env.cr.commit()
print(f"{len(users)} users now in {LANG}")
