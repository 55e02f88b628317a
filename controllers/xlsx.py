"""Download of the spreadsheets (emulation.xlsx.export.action_export): the
bytes are built and streamed, nothing is stored."""

from werkzeug.exceptions import BadRequest, Forbidden

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import content_disposition, request

from ..reports.xlsx_builder import XLSX_MIMETYPE


class EmulationXlsxController(http.Controller):
    @http.route(
        "/emulation_commendation/xlsx/<string:export>",
        type="http",
        auth="user",
    )
    def xlsx_export(self, export, model=None, ids=""):
        if not model or model not in request.env:
            raise request.not_found()
        ids = [int(i) for i in ids.split(",") if i.isdigit()]
        records = request.env[model].browse(ids).exists()
        # A wrong export gives 400, records the user may not read 403, as
        # HTTP errors: Odoo would log a UserError or AccessError raised here
        # as a server warning, though the request is what is wrong.
        try:
            content, name = request.env["emulation.xlsx.export"]._export_file(
                export, records
            )
        except AccessError as error:
            raise Forbidden(str(error)) from error
        except UserError as error:
            raise BadRequest(str(error)) from error
        return request.make_response(
            content,
            headers=[
                ("Content-Type", XLSX_MIMETYPE),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(name)),
            ],
        )
