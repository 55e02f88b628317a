from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EmulationClusterRole(models.Model):
    _name = "emulation.cluster.role"
    _description = "Cluster Head or Deputy for a Year"
    _inherit = ["emulation.year.mixin"]
    _order = "cluster_id, year desc, role"

    cluster_id = fields.Many2one(
        "emulation.cluster",
        required=True,
        ondelete="cascade",
        index=True,
    )
    role = fields.Selection(
        [("head", "Head"), ("deputy", "Deputy")],
        required=True,
        default="head",
        help="Head (cụm trưởng / khối trưởng) or deputy (cụm phó / khối phó); "
        "the roles rotate yearly among the members.",
    )
    member_id = fields.Many2one(
        "emulation.cluster.member",
        required=True,
        ondelete="cascade",
        domain="[('cluster_id', '=', cluster_id)]",
    )
    department_id = fields.Many2one(related="member_id.department_id", store=True)
    note = fields.Char(help="E.g. the wording of the source document.")

    _sql_constraints = [
        (
            "role_year_uniq",
            "unique(cluster_id, year, role)",
            "A cluster has one head and one deputy per year.",
        ),
    ]

    @api.constrains("member_id", "cluster_id")
    def _check_member_cluster(self):
        for role in self:
            if role.member_id.cluster_id != role.cluster_id:
                raise ValidationError(
                    self.env._(
                        "%(member)s is not a member of the cluster %(cluster)s.",
                        member=role.member_id.name,
                        cluster=role.cluster_id.name,
                    )
                )
