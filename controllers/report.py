"""Download of the Word (.docx) reports from the Print menu.

The web client's handler (static/src/js/docx_report_handler.js) posts
``[url, "docx"]`` to /report/download, as it does for "qweb-pdf"; the url is
/report/docx/<report_name>/<ids>, served here by ``ir.actions.report._render_docx``.
"""

import json
import logging

import werkzeug.exceptions
from werkzeug.urls import url_parse

from odoo import http
from odoo.exceptions import UserError
from odoo.http import content_disposition, request
from odoo.tools.misc import html_escape
from odoo.tools.safe_eval import safe_eval, time

from odoo.addons.web.controllers.report import ReportController

from ..reports.docx_engine import DOCX_MIMETYPE

_logger = logging.getLogger(__name__)


class EmulationReportController(ReportController):
    @http.route()
    def report_routes(self, reportname, docids=None, converter=None, **data):
        if converter != "docx":
            return super().report_routes(
                reportname, docids=docids, converter=converter, **data
            )
        report = request.env["ir.actions.report"]
        context = dict(request.env.context)
        if docids:
            docids = [int(i) for i in docids.split(",") if i.isdigit()]
        if data.get("options"):
            data.update(json.loads(data.pop("options")))
        if data.get("context"):
            data["context"] = json.loads(data["context"])
            context.update(data["context"])
        content = report.with_context(**context)._render_docx(
            reportname, docids, data=data
        )[0]
        return request.make_response(
            content,
            headers=[("Content-Type", DOCX_MIMETYPE), ("Content-Length", len(content))],
        )

    @http.route()
    def report_download(self, data, context=None, token=None, readonly=True):
        url, report_type = json.loads(data)[:2]
        if report_type != "docx":
            return super().report_download(
                data, context=context, token=token, readonly=readonly
            )
        reportname = "???"
        try:
            reportname = url.split("/report/docx/")[1].split("?")[0]
            docids = None
            if "/" in reportname:
                reportname, docids = reportname.split("/")
            if docids:
                response = self.report_routes(
                    reportname, docids=docids, converter="docx", context=context
                )
            else:
                query = url_parse(url).decode_query(cls=dict)
                if "context" in query:
                    context = json.dumps(
                        {
                            **json.loads(context or "{}"),
                            **json.loads(query.pop("context")),
                        }
                    )
                response = self.report_routes(
                    reportname, converter="docx", context=context, **query
                )
            report = request.env["ir.actions.report"]._get_report_from_name(reportname)
            filename = "%s.docx" % report.name
            if docids:
                ids = [int(x) for x in docids.split(",") if x.isdigit()]
                records = request.env[report.model].browse(ids)
                if report.print_report_name and len(records) == 1:
                    name = safe_eval(
                        report.print_report_name, {"object": records, "time": time}
                    )
                    filename = "%s.docx" % name
            response.headers.add("Content-Disposition", content_disposition(filename))
            return response
        except Exception as error:
            if isinstance(error, UserError):
                # a message for the user (e.g. a broken template), not a bug
                _logger.info("Word report %s: %s", reportname, error)
            else:
                _logger.warning(
                    "Error while generating report %s", reportname, exc_info=True
                )
            payload = {
                "code": 200,
                "message": "Odoo Server Error",
                "data": http.serialize_exception(error),
            }
            response = request.make_response(html_escape(json.dumps(payload)))
            raise werkzeug.exceptions.InternalServerError(response=response) from error
