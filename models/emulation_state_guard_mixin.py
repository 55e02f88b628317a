"""One state machine for every workflow of the addon.

A model that inherits ``emulation.state.guard.mixin`` declares its
transitions in :meth:`_workflow_transitions` (a table: action, from states,
target state, groups, extra check, chatter message, next actor's activity) and
moves its records only with :meth:`_workflow_move`. The mixin then gives:

- the guard: ``state`` cannot be written directly, nor a record created in a
  later state (except by the superuser and by the mixin itself);
- the server-side checks of every move, with the refusal saying who may act;
- computed ``can_<action>`` booleans for the current user, which the form
  buttons use (declare ``can_<action> = fields.Boolean(compute=
  "_compute_workflow_can")`` for the actions that have a button);
- the chatter note of each move and the next actor's activity, the previous
  step's activities being closed (for models with ``mail.thread`` and
  ``mail.activity.mixin``).

A transition is a dict:

``label``    the action's name, translated, used in messages;
``from``     tuple of the states it starts from;
``to``       the target state (``None`` when the action method decides);
``groups``   tuple of group xml ids (``group_office`` means this addon's
             group) any of which may act, or the name of a method of the
             record returning such a tuple (rights that depend on the record);
             empty: whoever may write the record (moves made by the system);
``who``      translated words naming who may act, for the refusal;
``check``    optional name of a method of the record returning an error
             message (or False) for conditions beyond state and group that
             decide who may act (e.g. "only for your own unit");
``message``  optional chatter note (a string, or the name of a method of the
             record returning one);
``activity`` optional ``(activity type xml id, method returning the users,
             summary)`` scheduled for the next actor.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

MODULE = "emulation_commendation"
WORKFLOW_CONTEXT = "emulation_workflow_move"


class EmulationStateGuardMixin(models.AbstractModel):
    _name = "emulation.state.guard.mixin"
    _description = "Workflow (State Machine)"

    # Activity types of this workflow, closed when a record moves on.
    _workflow_activity_types = ()

    # ------------------------------------------------------------------
    # To define in each model
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        """``{action: transition}``, see the module's docstring."""
        return {}

    # ------------------------------------------------------------------
    # Guard
    # ------------------------------------------------------------------
    def _workflow_unlocked(self):
        return self.env.su or self.env.context.get(WORKFLOW_CONTEXT)

    @api.model_create_multi
    def create(self, vals_list):
        if not self._workflow_unlocked():
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
        if "state" in vals and not self._workflow_unlocked():
            raise UserError(
                self.env._(
                    "The status of %(model)s cannot be changed directly: use "
                    "the buttons of the form.",
                    model=self._description,
                )
            )
        return super().write(vals)

    # ------------------------------------------------------------------
    # Rights
    # ------------------------------------------------------------------
    def _workflow(self, action):
        return self._workflow_transitions()[action]

    @api.model
    def _workflow_group_xmlid(self, group):
        return group if "." in group else f"{MODULE}.{group}"

    @api.model
    def _workflow_user_in(self, groups):
        if self.env.su:
            return True
        user = self.env.user
        return any(user.has_group(self._workflow_group_xmlid(g)) for g in groups)

    @api.model
    def _user_in(self, *groups):
        return self._workflow_user_in(groups)

    def _workflow_groups(self, transition):
        groups = transition.get("groups") or ()
        if isinstance(groups, str):
            groups = getattr(self, groups)()
        return groups

    def _workflow_state_label(self, state=None):
        state = state or self.state
        labels = dict(self._fields["state"]._description_selection(self.env))
        return labels.get(state, state)

    def _workflow_refusal(self, action, transition=None):
        """Why the current user may not do ``action`` on this record now
        (a translated sentence), or False when the move is allowed."""
        self.ensure_one()
        transition = transition or self._workflow(action)
        label = transition["label"]
        groups = self._workflow_groups(transition)
        if groups and not self._workflow_user_in(groups):
            if transition.get("who"):
                return self.env._(
                    "%(action)s: only %(who)s can do this.",
                    action=label,
                    who=transition["who"],
                )
            return self.env._(
                "%(action)s is reserved to the group “%(group)s”.",
                action=label,
                group=self.env.ref(self._workflow_group_xmlid(groups[0])).name,
            )
        if self.state not in transition["from"]:
            return self.env._(
                "%(action)s is not possible for “%(name)s”: it is %(state)s, "
                "and this step needs it to be %(allowed)s.",
                action=label,
                name=self.display_name,
                state=self._workflow_state_label(),
                allowed=self.env._(" or ").join(
                    self._workflow_state_label(s) for s in transition["from"]
                ),
            )
        if transition.get("check") and not self.env.su:
            return getattr(self, transition["check"])() or False
        return False

    @api.depends("state")
    @api.depends_context("uid")
    def _compute_workflow_can(self):
        transitions = self._workflow_transitions()
        fields_by_action = {
            action: f"can_{action}"
            for action in transitions
            if f"can_{action}" in self._fields
        }
        for record in self:
            for action, fname in fields_by_action.items():
                record[fname] = not (
                    record.id and record._workflow_refusal(action, transitions[action])
                )

    def _workflow_check(self, action):
        """Raise the first refusal of ``action`` over the records."""
        transition = self._workflow(action)
        for record in self:
            refusal = record._workflow_refusal(action, transition)
            if refusal:
                raise UserError(refusal)
        return transition

    # ------------------------------------------------------------------
    # Moves
    # ------------------------------------------------------------------
    def _workflow_write(self, vals):
        """Write ``vals`` (with ``state``) past the guard. The rights were
        checked by the caller; the user stays the author of the change."""
        return (
            self.sudo().with_context(**{WORKFLOW_CONTEXT: True}).write(vals)
            if self
            else True
        )

    def _workflow_move(self, action, vals=None, message=None):
        """Check ``action``, move the records to its target state (with
        ``vals``), post the chatter note and hand over to the next actor."""
        transition = self._workflow_check(action)
        if not self:
            return True
        vals = dict(vals or {})
        if transition.get("to"):
            vals["state"] = transition["to"]
        self._workflow_write(vals)
        self._workflow_after_move(transition, message)
        return True

    def _workflow_after_move(self, transition, message=None):
        message = message or transition.get("message")
        for record in self:
            text = message
            if isinstance(text, str) and text.startswith("_") and " " not in text:
                text = getattr(record, text)()
            if text:
                record._workflow_post(text)
        activity = transition.get("activity")
        if activity:
            self._workflow_schedule(*activity)
        elif transition.get("close_activities", True):
            self._workflow_close_activities()

    def _workflow_post(self, body):
        """The chatter note of a move (on models with a chatter)."""
        if body and hasattr(self, "message_post"):
            for record in self:
                record.sudo().message_post(body=body, subtype_xmlid="mail.mt_note")

    def _workflow_close_activities(self):
        if self._workflow_activity_types and hasattr(self, "activity_feedback"):
            xmlids = [
                self._workflow_group_xmlid(xmlid)
                for xmlid in self._workflow_activity_types
            ]
            self.sudo().activity_feedback(xmlids)

    def _workflow_schedule(self, activity_type, users, summary):
        """Close the previous step's activities; give the next actor one."""
        self._workflow_close_activities()
        if not hasattr(self, "activity_schedule"):
            return
        xmlid = self._workflow_group_xmlid(activity_type)
        for record in self:
            targets = getattr(record, users)() if isinstance(users, str) else users
            for user in targets:
                record.sudo().activity_schedule(xmlid, summary=summary, user_id=user.id)

    # ------------------------------------------------------------------
    # Moves that need a reason
    # ------------------------------------------------------------------
    @api.model
    def _require_reason(self, reason, action):
        reason = (reason or "").strip()
        if not reason:
            raise UserError(
                self.env._("%(action)s: a reason is required.", action=action)
            )
        return reason

    def _reason_wizard(self, action):
        """The dialog asking the reason of ``action``; on confirmation it
        calls ``action_<action>(reason=...)`` on these records."""
        return self._workflow_dialog(
            action,
            "commendation.round.reason.wizard",
            self._workflow(action)["label"],
            {
                "default_res_model": self._name,
                "default_res_ids": ",".join(str(i) for i in self.ids),
                "default_action": action,
            },
        )

    def _workflow_dialog(self, action, res_model, name, context):
        """The dialog (the wizard ``res_model``) of ``action`` on these
        records, once the user may do it."""
        self._workflow_check(action)
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": res_model,
            "view_mode": "form",
            "target": "new",
            "context": context,
        }

    # ------------------------------------------------------------------
    # Who acts next
    # ------------------------------------------------------------------
    @api.model
    def _workflow_group_users(self, group):
        """Active internal users of ``group`` (the Office: its operational
        officers rather than the administrators, when there are some)."""
        users = (
            self.env.ref(self._workflow_group_xmlid(group))
            .sudo()
            .users.filtered(lambda u: not u.share and u.active and u.id != 1)
        )
        if group == "group_office":
            managers = self.env.ref(f"{MODULE}.group_manager").sudo().users
            users = (users - managers) or users
        return users

    @api.model
    def _workflow_office_users(self):
        return self._workflow_group_users("group_office")

    @api.model
    def _workflow_director_users(self):
        return self._workflow_group_users("group_director")

    # The next actors named in the transitions' ``activity`` (overridable).
    def _office_users(self):
        return self._workflow_office_users()

    def _director_users(self):
        return self._workflow_director_users()

    # ------------------------------------------------------------------
    # Shared checks
    # ------------------------------------------------------------------
    def _workflow_refuse(self, condition, message):
        """Raise ``message(record)`` (a translated sentence) for the first
        record meeting ``condition(record)``."""
        for record in self:
            if condition(record):
                raise UserError(message(record))

    def _workflow_guard_write(
        self, vals, message, free=(), locked=None, open_states=("draft",)
    ):
        """Outside a workflow move, refuse to write the ``locked`` fields (by
        default: all but the ``free`` ones) on records past ``open_states``:
        ``message(record)`` says why."""
        written = set(vals) & set(locked) if locked else set(vals) - set(free)
        if self._workflow_unlocked() or not written:
            return
        self._workflow_refuse(lambda rec: rec.state not in open_states, message)

    # ------------------------------------------------------------------
    # Numbering
    # ------------------------------------------------------------------
    @api.model
    def _number_by_sequence(self, vals_list, date_field="date"):
        """Give each new record without a name the next number of the
        sequence coded like the model, for the year of its ``date_field``
        (e.g. HS/2025/001: the year of the record, not of the server)."""
        new = self.env._("New")
        for vals in vals_list:
            if not vals.get("name") or vals["name"] == new:
                date = vals.get(date_field) or fields.Date.context_today(self)
                vals["name"] = (
                    self.env["ir.sequence"]
                    .with_context(
                        ir_sequence_date=fields.Date.to_string(
                            fields.Date.to_date(date)
                        )
                    )
                    .next_by_code(self._name)
                    or new
                )
        return vals_list

    def _set_draft_default(self, fname, value):
        """``fname`` (e.g. the summary printed on a document) follows
        ``value(record)`` while the record is a draft; once out of the draft,
        the value it has stays as it is."""
        for record in self:
            if not (record[fname] and record.state != "draft"):
                record[fname] = value(record)

    def _workflow_records(self, records, model="commendation.dossier.line"):
        """``records`` as a recordset of ``model`` (records or ids)."""
        if isinstance(records, models.BaseModel):
            return records
        return self.env[model].browse(records)
