from collections import defaultdict

from odoo import api, fields, models

from ..tools.vietnamese import text_key


class HrDepartment(models.Model):
    _inherit = "hr.department"
    # The organisation's order (sequence), then the name: lists of units and
    # documents grouped by unit follow it.
    _order = "sequence, name"

    sequence = fields.Integer(
        default=10,
        help="Order of the unit in the organisation (documents and lists "
        "grouped by unit follow it).",
    )
    emulation_dissolved_date = fields.Date(
        string="Dissolved On",
        copy=False,
        help="Date the unit was dissolved in a reorganisation. A dissolved "
        "unit is archived and cannot be proposed for an award (Thông tư "
        "15/2025/TT-BNV).",
    )
    emulation_dissolution_decision = fields.Char(
        string="Dissolution Decision", copy=False
    )
    emulation_predecessor_ids = fields.One2many(
        "emulation.department.change",
        "department_id",
        string="Predecessors",
        help="Units merged, split or renamed into this one, with the date.",
    )
    emulation_successor_ids = fields.One2many(
        "emulation.department.change",
        "predecessor_id",
        string="Successors",
    )
    emulation_department_rating_ids = fields.One2many(
        "emulation.department.rating",
        "department_id",
        string="Collective Ratings",
    )
    emulation_history_award_ids = fields.Many2many(
        "commendation.award",
        string="Predecessors' Awards",
        compute="_compute_emulation_history",
    )
    emulation_history_rating_ids = fields.Many2many(
        "emulation.department.rating",
        string="Predecessors' Ratings",
        compute="_compute_emulation_history",
    )

    emulation_code = fields.Char(help="Short code used in documents, e.g. VP.")
    emulation_illustrative = fields.Boolean(
        string="Illustrative Unit",
        help="Set on demo units that are not in the source documents.",
    )

    commendation_award_ids = fields.One2many(
        "commendation.award", "department_id", string="Collective Awards"
    )
    commendation_award_count = fields.Integer(
        string="Award Count", compute="_compute_commendation_award_count"
    )
    commendation_member_award_count = fields.Integer(
        string="Members' Awards", compute="_compute_commendation_award_count"
    )
    commendation_dossier_count = fields.Integer(
        string="Dossiers", compute="_compute_commendation_award_count"
    )

    # ------------------------------------------------------------------
    # The departments a user acts for
    # ------------------------------------------------------------------
    @api.model
    def _emulation_acting_domain(self, field="id", user=None):
        """Domain on ``field`` (a department field) for the departments
        ``user`` (default: the current user) acts for: those of the user's
        employees and their sub-departments, as the record rules say."""
        user = user or self.env.user
        return [(field, "child_of", user.sudo().emulation_department_ids.ids)]

    @api.model
    def _emulation_acting_search(self, field, positive=True):
        """The domain of a search on "in my department" (``positive``) or
        "not in my department" over ``field``."""
        domain = self._emulation_acting_domain(field)
        return domain if positive else ["!", *domain]

    @api.model
    def _emulation_acting_for(self, user=None):
        """The departments ``user`` (default: the current user) acts for."""
        user = user or self.env.user
        if not user.sudo().emulation_department_ids:
            return self.browse()
        departments = self.sudo().search(self._emulation_acting_domain("id", user))
        return self.browse(departments.ids)

    def _compute_commendation_award_count(self):
        Award = self.env["commendation.award"]
        collective = {
            dept.id: count
            for dept, count in Award._read_group(
                [("department_id", "in", self.ids), ("state", "=", "valid")],
                ["department_id"],
                ["__count"],
            )
        }
        members = {
            dept.id: count
            for dept, count in Award._read_group(
                [
                    ("employee_id.department_id", "in", self.ids),
                    ("state", "=", "valid"),
                ],
                ["employee_department_id"],
                ["__count"],
            )
        }
        dossiers = {}
        if self.env["commendation.dossier"].has_access("read"):
            dossiers = {
                dept.id: count
                for dept, count in self.env["commendation.dossier"]._read_group(
                    [("department_id", "in", self.ids)],
                    ["department_id"],
                    ["__count"],
                )
            }
        for dept in self:
            dept.commendation_award_count = collective.get(dept.id, 0)
            dept.commendation_member_award_count = members.get(dept.id, 0)
            dept.commendation_dossier_count = dossiers.get(dept.id, 0)

    def action_open_commendation_awards(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.commendation_award_action"
        )
        action["domain"] = [
            "|",
            ("department_id", "=", self.id),
            ("employee_id.department_id", "=", self.id),
        ]
        action["context"] = {"search_default_filter_valid": 1}
        return action

    def action_open_commendation_dossiers(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "emulation_commendation.commendation_dossier_action"
        )
        action["domain"] = [("department_id", "child_of", self.id)]
        action["context"] = {"default_department_id": self.id}
        return action

    commendation_member_award_ids = fields.Many2many(
        "commendation.award",
        string="Members' Award List",
        compute="_compute_commendation_member_awards",
    )
    commendation_initiative_ids = fields.One2many(
        "emulation.initiative", "department_id", string="Unit Initiatives"
    )
    commendation_next_eligible = fields.Html(
        string="Collective Eligible Next",
        compute="_compute_commendation_next_eligible",
        groups="emulation_commendation.group_office,"
        "emulation_commendation.group_director,hr.group_hr_user",
    )

    def _compute_commendation_member_awards(self):
        awards = self.env["commendation.award"].search(
            [("employee_id.department_id", "in", self.ids), ("state", "=", "valid")]
        )
        for dept in self:
            dept.commendation_member_award_ids = awards.filtered(
                lambda a, d=dept: a.employee_department_id == d
            )

    def _compute_commendation_next_eligible(self):
        types = self.env["commendation.type"].search(
            [
                "|",
                ("recipient_kind", "=", "collective"),
                ("allow_collective", "=", True),
            ]
        )
        today = fields.Date.context_today(self)
        results = {}
        if "commendation.eligibility" in self.env and types and self.ids:
            items = [
                {
                    "key": (dept.id, ctype.id),
                    "type": ctype,
                    "employee": self.env["hr.employee"],
                    "department": dept,
                    "partner": self.env["res.partner"],
                    "year": today.year,
                    "date": today,
                }
                for dept in self.sudo()
                for ctype in types
            ]
            results = self.env["commendation.eligibility"].sudo().evaluate(items)
        for dept in self:
            states = {
                ctype: results.get((dept.id, ctype.id), ("",))[0] for ctype in types
            }
            dept.commendation_next_eligible = (
                self.env["ir.qweb"]._render(
                    "emulation_commendation.commendation_next_eligible",
                    {
                        "year": today.year,
                        "eligible": [
                            t.name for t, s in states.items() if s == "eligible"
                        ],
                        "to_judge": [
                            t.name for t, s in states.items() if s == "unknown"
                        ],
                    },
                )
                if results
                else False
            )

    # ------------------------------------------------------------------
    # Organisation order
    # ------------------------------------------------------------------
    def _emulation_order_key(self):
        """Sort key of a unit in the organisation's order: the sequences (and
        names) of its ancestors, then its own."""
        self.ensure_one()
        key = []
        unit = self
        while unit:
            key.append((unit.sequence, text_key(unit.name)))
            unit = unit.parent_id
        return tuple(reversed(key))

    def _emulation_sorted(self):
        """These units in the organisation's order (parents first, then their
        sub-units, each level by sequence then name)."""
        return self.sorted(lambda unit: unit._emulation_order_key())

    # ------------------------------------------------------------------
    # Reorganisations
    # ------------------------------------------------------------------
    def _emulation_predecessor_map(self):
        """``{unit id: set of the ids of all the units it succeeds, directly
        or not}`` for these units. Reorganisations are few: the whole table
        is read once and walked in memory."""
        direct = defaultdict(set)
        for change in (
            self.env["emulation.department.change"]
            .sudo()
            .search_read(
                [("predecessor_id", "!=", False)],
                ["department_id", "predecessor_id"],
                load=None,
            )
        ):
            direct[change["department_id"]].add(change["predecessor_id"])
        result = {}
        for unit_id in self.ids:
            found, todo = set(), set(direct.get(unit_id, ()))
            while todo:
                current = todo.pop()
                if current in found or current == unit_id:
                    continue
                found.add(current)
                todo |= direct.get(current, set())
            result[unit_id] = found
        return result

    def _emulation_predecessors(self):
        """All the units these units succeed, directly or not."""
        ids = set().union(*self._emulation_predecessor_map().values())
        return self.with_context(active_test=False).browse(sorted(ids))

    @api.depends("emulation_predecessor_ids.predecessor_id")
    def _compute_emulation_history(self):
        Award = self.env["commendation.award"]
        Rating = self.env["emulation.department.rating"]
        predecessors = self._origin._emulation_predecessor_map()
        all_ids = list(set().union(*predecessors.values()))
        awards = Award.search([("department_id", "in", all_ids)]) if all_ids else Award
        ratings = (
            Rating.search([("department_id", "in", all_ids)]) if all_ids else Rating
        )
        for unit in self:
            mine = predecessors.get(unit._origin.id, set())
            unit.emulation_history_award_ids = awards.filtered(
                lambda a, ids=mine: a.department_id.id in ids
            )
            unit.emulation_history_rating_ids = ratings.filtered(
                lambda r, ids=mine: r.department_id.id in ids
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("emulation_dissolved_date"):
                vals.setdefault("active", False)
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("emulation_dissolved_date") and "active" not in vals:
            # A unit dissolved in a reorganisation is archived with its date.
            vals = dict(vals, active=False)
        return super().write(vals)
