from odoo import models
from odoo.tools import formataddr

# The addon's records: their chatter takes notes from users without e-mail.
ADDON_MODEL_PREFIXES = ("emulation.", "commendation.")


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _message_compute_author(
        self, author_id=None, email_from=None, raise_on_email=True
    ):
        """Civil servants often have an account without an e-mail address,
        and mail refuses any message from an author without one ("Unable to
        send message, please configure the sender's email address"): on the
        addon's records every action that notes the change in the chatter
        (submit, verify, decide...) failed for them. The author stays the
        user; the sender address falls back to the company's (as Odoo's own
        notifications do), or stays empty for internal notes."""
        if not (raise_on_email and self._name.startswith(ADDON_MODEL_PREFIXES)):
            return super()._message_compute_author(
                author_id=author_id,
                email_from=email_from,
                raise_on_email=raise_on_email,
            )
        author_id, email_from = super()._message_compute_author(
            author_id=author_id, email_from=email_from, raise_on_email=False
        )
        if not email_from:
            company = self.env.company
            author = self.env["res.partner"].browse(author_id).sudo()
            if company.email:
                email_from = formataddr((author.name or company.name, company.email))
        return author_id, email_from
