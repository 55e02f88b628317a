from odoo import api, models
from odoo.exceptions import UserError


class EmulationStateGuardMixin(models.AbstractModel):
    """Refuse direct writes of ``state``: states move through ``action_*``.

    The ``action_*`` methods check the starting state and the user's group,
    then call :meth:`_set_state`, which writes as superuser (so tracking and
    the chatter still show the acting user).
    """

    _name = "emulation.state.guard.mixin"
    _description = "State Moved Only by Actions"

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            initial = self.default_get(["state"]).get("state")
            if any(vals.get("state", initial) != initial for vals in vals_list):
                raise UserError(
                    self.env._(
                        "A new %(model)s starts in its first status; use the "
                        "buttons of the form to move it on.",
                        model=self._description,
                    )
                )
        return super().create(vals_list)

    def write(self, vals):
        if "state" in vals and not self.env.su:
            raise UserError(
                self.env._(
                    "The status of %(model)s cannot be changed directly: use "
                    "the buttons of the form.",
                    model=self._description,
                )
            )
        return super().write(vals)

    def _set_state(self, state, **extra):
        vals = dict(extra, state=state)
        return self.sudo().write(vals)

    def _check_state(self, allowed, action_label):
        """Raise unless every record is in one of the ``allowed`` states."""
        labels = dict(self._fields["state"]._description_selection(self.env))
        for record in self:
            if record.state not in allowed:
                raise UserError(
                    self.env._(
                        "%(action)s is not possible for “%(name)s”: it is "
                        "%(state)s, and this step needs it to be %(allowed)s.",
                        action=action_label,
                        name=record.display_name,
                        state=labels.get(record.state, record.state),
                        allowed=self.env._(" or ").join(
                            labels.get(s, s) for s in allowed
                        ),
                    )
                )

    def _check_group(self, group_xmlid, action_label):
        if not self.env.user.has_group(group_xmlid):
            group = self.env.ref(group_xmlid)
            raise UserError(
                self.env._(
                    "%(action)s is reserved to the group “%(group)s”.",
                    action=action_label,
                    group=group.name,
                )
            )
