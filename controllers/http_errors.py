"""The HTTP answer of the addon's download routes when the request is wrong.

Odoo logs a ``UserError`` or ``AccessError`` raised in an ``http`` route as a
server warning (``odoo.http``), though nothing is wrong with the server: a
download the user may not have (403) or cannot have (400) is the request's
fault. The routes that build a file (spreadsheets, the e-dossier package)
build it inside ``as_http_errors()``.
"""

import contextlib

from werkzeug.exceptions import BadRequest, Forbidden

from odoo.exceptions import AccessError, UserError


@contextlib.contextmanager
def as_http_errors():
    """Answer an ``AccessError`` with 403 and any other ``UserError`` with
    400, the error's message as the description."""
    try:
        yield
    except AccessError as error:
        raise Forbidden(str(error)) from error
    except UserError as error:
        raise BadRequest(str(error)) from error
