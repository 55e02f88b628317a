from odoo import api, fields, models


class EmulationCluster(models.Model):
    _name = "emulation.cluster"
    _description = "Emulation Cluster or Bloc"
    _inherit = ["mail.thread"]
    _order = "sequence, name, id"

    name = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    kind = fields.Selection(
        [("cluster", "Cluster"), ("bloc", "Bloc")],
        required=True,
        default="cluster",
        help="Cluster (cụm) or bloc (khối): a peer group of comparable units "
        "whose leader may receive an Emulation Flag.",
    )
    scope = fields.Selection(
        [
            ("internal", "Internal (units of the agency)"),
            ("external", "External (the agency is a member)"),
        ],
        required=True,
        default="internal",
    )
    level = fields.Selection(
        [
            ("ministry", "Ministry"),
            ("city", "City"),
            ("department", "Department"),
        ],
        required=True,
        default="department",
        help="Level of the organiser, whose Emulation Flag the leader may receive.",
    )
    organiser_id = fields.Many2one(
        "res.partner",
        tracking=True,
        help="Body that organises the cluster (a Ministry, the City's council, "
        "the agency itself).",
    )
    member_ids = fields.One2many(
        "emulation.cluster.member", "cluster_id", string="Members"
    )
    role_ids = fields.One2many(
        "emulation.cluster.role", "cluster_id", string="Head and Deputy by Year"
    )
    pledge_ids = fields.One2many("emulation.pledge", "cluster_id", string="Pledges")
    member_count = fields.Integer(compute="_compute_member_count")
    head_member_id = fields.Many2one(
        "emulation.cluster.member",
        string="Head This Year",
        compute="_compute_current_roles",
    )
    deputy_member_id = fields.Many2one(
        "emulation.cluster.member",
        string="Deputy This Year",
        compute="_compute_current_roles",
    )
    verified = fields.Boolean(
        default=True,
        help="Unchecked when the members or the head could not be verified in "
        "a source document.",
    )
    note = fields.Text()
    active = fields.Boolean(default=True)

    @api.depends("member_ids")
    def _compute_member_count(self):
        for cluster in self:
            cluster.member_count = len(cluster.member_ids)

    @api.depends("role_ids.year", "role_ids.role", "role_ids.member_id")
    @api.depends_context("tz")
    def _compute_current_roles(self):
        year = fields.Date.context_today(self).year
        for cluster in self:
            cluster.head_member_id = cluster._get_role_member("head", year)
            cluster.deputy_member_id = cluster._get_role_member("deputy", year)

    def _get_role_member(self, role, year):
        """Return the member holding ``role`` (head/deputy) in ``year``."""
        self.ensure_one()
        return self.role_ids.filtered(lambda r: r.role == role and r.year == year)[
            :1
        ].member_id
