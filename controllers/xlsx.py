"""Download of the spreadsheets (emulation.xlsx.export.action_export): the
bytes are built and streamed, nothing is stored."""

from odoo import http
from odoo.http import content_disposition, request

from ..reports.xlsx_builder import XLSX_MIMETYPE
from .http_errors import as_http_errors


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
        # a wrong export gives 400, records the user may not read 403
        with as_http_errors():
            content, name = request.env["emulation.xlsx.export"]._export_file(
                export, records
            )
        return request.make_response(
            content,
            headers=[
                ("Content-Type", XLSX_MIMETYPE),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(name)),
            ],
        )
