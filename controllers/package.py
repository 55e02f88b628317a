"""Download of the e-dossier package of a proposal (a .zip)."""

from odoo import http
from odoo.http import content_disposition, request


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
        content, name = request.env["commendation.proposal.package"]._build(proposal)
        return request.make_response(
            content,
            headers=[
                ("Content-Type", "application/zip"),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(name)),
            ],
        )
