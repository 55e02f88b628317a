from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .commendation_dossier import DOSSIER_KINDS
from .commendation_type import AUTHORITY_LEVELS
from .emulation_import_mixin import norm

GOLD_BOOK_SEQUENCE = "commendation.award.gold_book"
# What a spreadsheet of past awards says for the kind and the level (import).
AWARD_KIND_ALIASES = {
    "Hằng năm": "annual",
    "Công trạng": "annual",
    "Thường xuyên": "annual",
    "Chuyên đề": "thematic",
    "Theo đợt": "thematic",
    "Đột xuất": "ad_hoc",
    "Cống hiến": "dedication",
    "Quá trình cống hiến": "dedication",
    "Đối ngoại": "foreign",
}
AUTHORITY_LEVEL_ALIASES = {
    "Sở": "department",
    "Cấp Sở": "department",
    "Giám đốc Sở": "department",
    "Tỉnh": "city",
    "Cấp tỉnh": "city",
    "Thành phố": "city",
    "Cấp thành phố": "city",
    "UBND": "city",
    "Bộ": "ministry",
    "Cấp Bộ": "ministry",
    "Thủ tướng": "prime_minister",
    "Thủ tướng Chính phủ": "prime_minister",
    "Chủ tịch nước": "president",
    "Nhà nước": "president",
}
RECIPIENT_FIELDS = ("employee_id", "department_id", "partner_id")


class CommendationAward(models.Model):
    _name = "commendation.award"
    _description = "Decided Award"
    _inherit = [
        "commendation.recipient.mixin",
        "emulation.year.mixin",
        "emulation.state.guard.mixin",
        "emulation.import.employee.mixin",
        "mail.thread",
    ]
    _order = "decision_date desc, id desc"
    _rec_names_search = ["gold_book_number", "decision_number", "recipient_name"]
    # Import of the awards decided before the system: one award per
    # decision, recipient and title or form (see _import_row_key).
    _import_natural_key = ("decision_number", "type_id")
    _import_unit_field = None  # department_id is the collective recipient
    _import_aliases = {
        "kind": AWARD_KIND_ALIASES,
        "authority_level": AUTHORITY_LEVEL_ALIASES,
    }

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: (
            self.env.ref("base.VND", raise_if_not_found=False)
            or self.env.company.currency_id
        ),
    )
    employee_id = fields.Many2one(
        "hr.employee",
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    department_id = fields.Many2one(
        "hr.department",
        string="Collective",
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The collective awarded (leave empty for an individual).",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Foreign Recipient",
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    employee_department_id = fields.Many2one(
        "hr.department",
        string="Employee's Department",
        compute="_compute_employee_department_id",
        store=True,
        index=True,
        help="The department of the employee when the award was recorded "
        "(or the collective itself).",
    )
    type_id = fields.Many2one(
        "commendation.type",
        string="Title / Form",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    category = fields.Selection(related="type_id.category", store=True)
    kind = fields.Selection(
        DOSSIER_KINDS,
        string="Award Kind",
        required=True,
        default="annual",
        index=True,
        tracking=True,
        help="The kind of dossier the award came from. Only annual (merit) "
        "awards ground higher awards of the annual kind; thematic and ad hoc "
        "ones do not (Decree 152/2025, Article 4).",
    )
    decision_id = fields.Many2one(
        "commendation.decision",
        index=True,
        ondelete="restrict",
        readonly=True,
        help="The decision recorded in the system that created the award "
        "(empty for awards decided before the system).",
    )
    decision_number = fields.Char(tracking=True, index=True)
    decision_date = fields.Date(tracking=True, index=True)
    authority = fields.Char(
        string="Issuing Body", help="Who decided, e.g. Giám đốc Sở Ngoại vụ."
    )
    authority_level = fields.Selection(
        AUTHORITY_LEVELS,
        string="Issuing Level",
        default="department",
        index=True,
        help="The level of the body that decided: an award of the same level "
        "from another issuer (another province or ministry) counts the same.",
    )
    is_own = fields.Boolean(
        string="Department's Own Award",
        compute="_compute_is_own",
        store=True,
        help="Decided by the Department's own Director: its number is in the "
        "Department's Gold Book and its reward is paid from its fund.",
    )
    signer = fields.Char()
    dossier_id = fields.Many2one(
        "commendation.dossier", index=True, ondelete="restrict"
    )
    dossier_line_id = fields.Many2one(
        "commendation.dossier.line",
        index=True,
        ondelete="restrict",
    )
    initiative_ids = fields.Many2many(
        "emulation.initiative",
        "commendation_award_initiative_rel",
        "award_id",
        "initiative_id",
        string="Initiatives Used as Grounds",
        help="An initiative grounds one award only.",
    )
    achievements = fields.Text()
    reward_nominal = fields.Monetary(
        string="Reward Due",
        currency_field="currency_id",
        help="Coefficient × base salary in force on the decision date, rounded "
        "up to 10.000 đ.",
    )
    reward_amount = fields.Monetary(
        string="Reward Paid", currency_field="currency_id", tracking=True
    )
    reward_rule = fields.Selection(
        [
            ("full", "Paid in Full"),
            ("difference", "Difference Paid"),
            ("lower", "Not Paid: Higher Title for the Same Period"),
        ],
        default="full",
        help="Several titles for the same period pay only the highest (Decree "
        "152/2025, Article 49): decided together, the lower one is recorded "
        "without reward; decided later, the higher one pays the difference.",
    )
    gold_book_number = fields.Char(
        string="Gold Book No.",
        copy=False,
        index=True,
        help="Number in the Gold Book (sổ vàng): the Department's own, given "
        "on issue, for its decisions; the number the higher body gave, if any, "
        "for the others.",
    )
    state = fields.Selection(
        [("valid", "Valid"), ("revoked", "Revoked")],
        required=True,
        default="valid",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    revoke_reason = fields.Text(readonly=True, copy=False, tracking=True)
    revoke_date = fields.Date(readonly=True, copy=False)
    revoked_by_id = fields.Many2one("res.users", readonly=True, copy=False)

    def init(self):
        # The Department's own Gold Book numbers are unique; numbers given by
        # higher bodies follow their own books.
        self.env.cr.execute(
            """
            CREATE UNIQUE INDEX IF NOT EXISTS commendation_award_gold_book_own_uniq
            ON commendation_award (company_id, gold_book_number)
            WHERE is_own AND gold_book_number IS NOT NULL
            """
        )

    @api.depends("authority_level")
    def _compute_is_own(self):
        for award in self:
            award.is_own = (award.authority_level or "department") == "department"

    def _recipient_frozen(self):
        return bool(self._origin.recipient_name)

    @api.depends("employee_id.department_id", "department_id")
    def _compute_employee_department_id(self):
        for award in self:
            if award.department_id:
                award.employee_department_id = award.department_id
            elif not award.employee_department_id:
                award.employee_department_id = award.employee_id.department_id

    @api.depends("recipient_name", "type_id", "year", "gold_book_number")
    def _compute_display_name(self):
        for award in self:
            award.display_name = " - ".join(
                part
                for part in (
                    award.type_id.name,
                    award.recipient_name,
                    str(award.year or ""),
                )
                if part
            )

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("employee_id", "department_id", "partner_id")
    def _check_one_recipient(self):
        self._check_single_recipient(
            self.env._(
                "An award goes to exactly one recipient: an employee, "
                "a department or a foreign partner."
            )
        )

    @api.constrains(
        "employee_id", "department_id", "partner_id", "type_id", "year", "state"
    )
    def _check_duplicate(self):
        """An annual title once per recipient and year; any other title or
        form once per recipient and decision (two ad hoc Certificates of
        Merit of one year from two decisions are two awards)."""
        valid = self.filtered(lambda a: a.state == "valid")
        if not valid:
            return
        others = self.sudo().search(
            [
                ("state", "=", "valid"),
                ("type_id", "in", valid.type_id.ids),
                ("year", "in", list(set(valid.mapped("year")))),
            ]
        )
        seen = defaultdict(list)
        for other in others:
            seen[other._duplicate_key()].append(other)
        for award in valid:
            if len(seen.get(award._duplicate_key(), [])) < 2:
                continue
            if award.type_id.annual:
                raise ValidationError(
                    self.env._(
                        "%(recipient)s already holds a valid award “%(type)s” for "
                        "%(year)s: the same title or form cannot be awarded twice "
                        "to the same recipient for the same year.",
                        recipient=award.recipient_name,
                        type=award.type_id.name,
                        year=award.year,
                    )
                )
            raise ValidationError(
                self.env._(
                    "%(recipient)s already holds a valid award “%(type)s” from "
                    "decision %(decision)s: one decision awards a title or form "
                    "once to the same recipient.",
                    recipient=award.recipient_name,
                    type=award.type_id.name,
                    decision=award.decision_number or "-",
                )
            )

    def _duplicate_key(self):
        self.ensure_one()
        key = (
            self.type_id.id,
            self.year,
            self.employee_id.id,
            self.department_id.id if not self.employee_id else False,
            self.partner_id.id,
        )
        if self.type_id.annual:
            return key
        return (*key, (self.decision_number or "").strip().lower())

    @api.constrains("gold_book_number", "company_id", "is_own")
    def _check_gold_book_number(self):
        own = self.filtered(lambda a: a.is_own and a.gold_book_number)
        if not own:
            return
        groups = self.sudo()._read_group(
            [
                ("is_own", "=", True),
                ("gold_book_number", "in", own.mapped("gold_book_number")),
            ],
            ["company_id", "gold_book_number"],
            ["__count"],
        )
        for company, number, count in groups:
            if count > 1:
                raise ValidationError(
                    self.env._(
                        "The Gold Book number %(number)s of %(company)s is given "
                        "only once.",
                        number=number,
                        company=company.name,
                    )
                )

    @api.constrains("initiative_ids", "state")
    def _check_initiatives_used_once(self):
        initiatives = self.filtered(lambda a: a.state == "valid").initiative_ids
        if not initiatives:
            return
        groups = self.sudo()._read_group(
            [("state", "=", "valid"), ("initiative_ids", "in", initiatives.ids)],
            ["initiative_ids"],
            ["__count"],
        )
        for initiative, count in groups:
            if initiative in initiatives and count > 1:
                raise ValidationError(
                    self.env._(
                        "The initiative “%(initiative)s” already grounds another "
                        "valid award: an initiative grounds one award only.",
                        initiative=initiative.name,
                    )
                )

    # ------------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("state", "valid") != "valid" and not self._workflow_unlocked():
                raise UserError(self.env._("A new award is always valid."))
        # Awards imported from the years before the system keep the Gold
        # Book number written in the file, or none: today's book does not
        # number them.
        missing = [
            vals
            for vals in vals_list
            if not vals.get("gold_book_number")
            and (vals.get("authority_level") or "department") == "department"
            and not self.env.context.get("import_file")
        ]
        for vals, number in zip(
            missing, self._next_gold_book_numbers(len(missing)), strict=True
        ):
            vals["gold_book_number"] = number
        return super().create(vals_list)

    def write(self, vals):
        if "gold_book_number" in vals and not self._workflow_unlocked():
            for award in self:
                if award.is_own and award.gold_book_number != vals["gold_book_number"]:
                    raise UserError(
                        self.env._("The Gold Book number cannot be changed.")
                    )
        protected = {"revoke_reason", "revoke_date", "revoked_by_id", "decision_id"}
        if protected & set(vals) and not self._workflow_unlocked():
            raise UserError(
                self.env._(
                    "The state of an award cannot be edited directly: use "
                    "“Revoke” with a reason."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        if self:
            raise UserError(
                self.env._(
                    "A decided award is never deleted: revoke it with a reason "
                    "instead (Law on Emulation and Commendation, Article 93)."
                )
            )

    # ------------------------------------------------------------------
    # Gold Book numbers and rewards
    # ------------------------------------------------------------------
    @api.model
    def _next_gold_book_numbers(self, count):
        """``count`` numbers of the Department's Gold Book, drawn at once from
        its sequence (distinct across concurrent transactions)."""
        if not count:
            return []
        sequence = (
            self.env["ir.sequence"]
            .sudo()
            .search(
                [
                    ("code", "=", GOLD_BOOK_SEQUENCE),
                    ("company_id", "in", [self.env.company.id, False]),
                ],
                order="company_id",
                limit=1,
            )
        )
        if not sequence:
            return [False] * count
        if sequence.implementation != "standard" or sequence.use_date_range:
            return [sequence._next() for _index in range(count)]
        self.env.cr.execute(
            "SELECT nextval(%s) FROM generate_series(1, %s)",
            ("ir_sequence_%03d" % sequence.id, count),
        )
        return [sequence.get_next_char(row[0]) for row in self.env.cr.fetchall()]

    @api.model
    def _compute_rewards(self, lines, date, company):
        """``{line id: (reward due, reward paid, rule)}`` for lines decided on
        ``date``. Several titles for the same period pay only the highest
        (Decree 152/2025, Article 49): the highest title of a recipient and
        year pays what titles of that year have not paid yet, the others pay
        nothing; a form is always paid in full."""
        BaseSalary = self.env["commendation.base.salary"]
        base = BaseSalary._get_amount_on(date, company)
        due = {
            line.id: BaseSalary._reward(line._reward_coefficient(), base)
            for line in lines
        }
        titles = lines.filtered(lambda line: line.decided_type_id.category == "title")
        paid = defaultdict(float)
        if titles:
            for award in self.sudo().search_read(
                [
                    ("state", "=", "valid"),
                    ("category", "=", "title"),
                    ("year", "in", list(set(titles.mapped("year")))),
                    "|",
                    "|",
                    ("employee_id", "in", titles.employee_id.ids),
                    ("department_id", "in", titles.department_id.ids),
                    ("partner_id", "in", titles.partner_id.ids),
                ],
                ["employee_id", "department_id", "partner_id", "year", "reward_amount"],
                load=None,
            ):
                key = (
                    award["employee_id"],
                    False if award["employee_id"] else award["department_id"],
                    award["partner_id"],
                    award["year"],
                )
                paid[key] += award["reward_amount"] or 0.0
        result = {line.id: (due[line.id], due[line.id], "full") for line in lines}
        groups = defaultdict(list)
        for line in titles:
            key = (
                line.employee_id.id,
                False if line.employee_id else line.department_id.id,
                line.partner_id.id,
                line.year,
            )
            groups[key].append(line)
        for key, group in groups.items():
            group.sort(key=lambda line: due[line.id], reverse=True)
            already = paid.get(key, 0.0)
            highest = group[0]
            amount = max(due[highest.id] - already, 0.0)
            if not already:
                rule = "full"
            elif amount:
                rule = "difference"
            else:
                rule = "lower"
            result[highest.id] = (due[highest.id], amount, rule)
            for line in group[1:]:
                result[line.id] = (due[line.id], 0.0, "lower")
        return result

    # ------------------------------------------------------------------
    # Revocation
    # ------------------------------------------------------------------
    def _workflow_transitions(self):
        return {
            "revoke": {
                "label": self.env._("Revoke"),
                "from": ("valid",),
                "to": "revoked",
                "groups": ("group_office", "group_director"),
                "who": self.env._("the Office or the Director"),
            },
        }

    def action_revoke(self):
        """Open the revocation wizard (a reason is mandatory)."""
        return self._workflow_dialog(
            "revoke",
            "commendation.award.revoke.wizard",
            self.env._("Revoke Award"),
            {"default_award_ids": self.ids},
        )

    def _revoke(self, reason, date=None):
        self._workflow_check("revoke")
        if not (reason or "").strip():
            raise UserError(
                self.env._("A reason is required to revoke an award (Article 93).")
            )
        date = date or fields.Date.context_today(self)
        return self._workflow_move(
            "revoke",
            {
                "revoke_reason": reason,
                "revoke_date": date,
                "revoked_by_id": self.env.uid,
            },
            self.env._(
                "Award revoked on %(date)s. Reason: %(reason)s",
                date=date,
                reason=reason,
            ),
        )

    # ------------------------------------------------------------------
    # Import of the awards decided before the system
    # ------------------------------------------------------------------
    @api.model
    def get_import_templates(self):
        return [
            self._import_template_entry(
                "khen_thuong.xlsx",
                self.env._("Import Template for Awards Decided Before the System"),
            )
        ]

    def _import_row_units(self, table):
        """The unit written for a person (their unit at the time, kept as
        the recipient's unit) tells two people of the same name apart."""
        names = table.values("recipient_unit_name")
        found = self._import_find_units({name for name in names if name})
        return [
            str(found.get(name, (False,))[0] or "") if name else "" for name in names
        ]

    def _import_resolve(self, table, errors):
        result = super()._import_resolve(table, errors)
        self._import_fill_snapshot(table)
        return result

    def _import_fill_snapshot(self, table):
        """A row giving the position or unit the person had at the time gets
        the rest of the recipient's snapshot from today's records: the
        snapshot is stored whole (name, position, unit)."""
        snapshot = ("recipient_name", "recipient_job_title", "recipient_unit_name")
        if not any(table.has(fname) for fname in snapshot):
            return
        ids = {fname: table.values(f"{fname}/.id") for fname in RECIPIENT_FIELDS}
        current = {}
        for fname, model in (
            ("employee_id", "hr.employee"),
            ("department_id", "hr.department"),
            ("partner_id", "res.partner"),
        ):
            record_ids = [int(v) for v in set(ids[fname]) if v.isdigit()]
            if not record_ids:
                continue
            for record in (
                self.env[model]
                .sudo()
                .with_context(active_test=False)
                .browse(record_ids)
            ):
                if fname == "employee_id":
                    values = (record.name, record.job_title, record.department_id.name)
                elif fname == "department_id":
                    values = (record.name, False, record.parent_id.name)
                else:
                    values = (record.name, record.function, record.parent_id.name)
                current[(fname, str(record.id))] = values
        columns = {fname: table.values(fname) for fname in snapshot}
        for row in range(len(table.data)):
            recipient = next(
                ((f, ids[f][row]) for f in RECIPIENT_FIELDS if ids[f][row]), None
            )
            values = current.get(recipient)
            if not values:
                continue
            for position, fname in enumerate(snapshot):
                if not columns[fname][row]:
                    columns[fname][row] = values[position] or ""
        for fname in snapshot:
            table.set_column(fname, columns[fname])

    def _import_rows_without_employee(self, table):
        others = [
            table.values(f"{fname}/.id") for fname in ("department_id", "partner_id")
        ]
        return {
            row for row, values in enumerate(zip(*others, strict=True)) if any(values)
        }

    def _import_row_key(self, table, row):
        key = super()._import_row_key(table, row)
        if key is None:
            return None
        for fname in RECIPIENT_FIELDS:
            index = table.index(f"{fname}/.id")
            value = table.data[row][index] if index is not None else ""
            if value:
                return (*key, fname, int(value))
        return None

    def _import_existing(self, keys):
        """The awards of the importing company only: another agency's award
        with the same decision number, type and recipient is not this one."""
        if not keys:
            return {}
        existing = {}
        for award in self.sudo().search_read(
            [
                ("company_id", "=", self.env.company.id),
                ("type_id", "in", list({key[1] for key in keys})),
                ("decision_number", "!=", False),
            ],
            ["decision_number", "type_id", *RECIPIENT_FIELDS],
            load=None,
        ):
            for fname in RECIPIENT_FIELDS:
                if award[fname]:
                    key = (
                        norm(award["decision_number"]),
                        award["type_id"],
                        fname,
                        award[fname],
                    )
                    existing.setdefault(key, award["id"])
                    break
        return existing
