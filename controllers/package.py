"""Download of the e-dossier package of a proposal (a .zip)."""

from odoo import http
from odoo.http import content_disposition, request

from .http_errors import as_http_errors


class EmulationPackageController(http.Controller):
    @http.route(
        "/emulation_commendation/proposal/<int:proposal_id>/package",
        type="http",
        auth="user",
    )
    def proposal_package(self, proposal_id):
        proposal = request.env["commendation.proposal"].browse(proposal_id).exists()
        if not proposal:
            raise request.not_found()
        # a proposal with no candidate gives 400, one the user may not read 403
        with as_http_errors():
            content, name = request.env["commendation.proposal.package"]._build(
                proposal
            )
        return request.make_response(
            content,
            headers=[
                ("Content-Type", "application/zip"),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(name)),
            ],
        )
