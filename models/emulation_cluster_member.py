from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EmulationClusterMember(models.Model):
    _name = "emulation.cluster.member"
    _description = "Emulation Cluster Member"
    _order = "cluster_id, sequence, id"

    cluster_id = fields.Many2one(
        "emulation.cluster",
        required=True,
        ondelete="cascade",
        index=True,
    )
    sequence = fields.Integer(default=10)
    department_id = fields.Many2one(
        "hr.department",
        index="btree_not_null",
        help="An internal department of the agency.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Organisation",
        index="btree_not_null",
        help="An outside organisation (or the agency itself in an outside cluster).",
    )
    name = fields.Char(compute="_compute_name", store=True, readonly=False)
    date_start = fields.Date(string="Member From")
    date_end = fields.Date(string="Member Until")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "department_uniq",
            "unique(cluster_id, department_id)",
            "This department is already a member of the cluster.",
        ),
        (
            "partner_uniq",
            "unique(cluster_id, partner_id)",
            "This organisation is already a member of the cluster.",
        ),
    ]

    @api.depends("department_id", "partner_id")
    def _compute_name(self):
        for member in self:
            if not member.name or member.department_id or member.partner_id:
                member.name = member.department_id.name or member.partner_id.name

    @api.constrains("cluster_id", "department_id", "partner_id")
    def _check_member(self):
        for member in self:
            if bool(member.department_id) == bool(member.partner_id):
                raise ValidationError(
                    self.env._(
                        "A cluster member is either an internal department or "
                        "an outside organisation, not both and not neither."
                    )
                )
