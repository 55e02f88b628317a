import re

from odoo import fields, models
from odoo.osv import expression

from .emulation_import_mixin import norm

TOKEN_SEPARATORS = re.compile(r"\s*[;,\n]\s*")


def identity_variants(value):
    """An identity number as typed, and with the leading zero a spreadsheet
    drops when the column is not text (12-digit CCCD, 9-digit CMND)."""
    value = (value or "").strip()
    variants = {value}
    if value.isdigit() and len(value) in (8, 11):
        variants.add("0" + value)
    return variants - {""}


class EmulationImportEmployeeMixin(models.AbstractModel):
    """Records about employees: a row names its employee by staff code (the
    Badge ID), identity number, or exact name (within the unit of the row when
    several people share it). The Office, which may not read HR's private
    fields, imports them all: the hook reads them with ``sudo`` and keeps them
    to itself."""

    _name = "emulation.import.employee.mixin"
    _inherit = "emulation.import.mixin"
    _description = "Import of Past Records about Employees"
    # The many2one holding the unit the employee was in at the time: it tells
    # apart two people of the same name and, left empty, gets the employee's.
    _import_unit_field = "department_id"

    import_staff_code = fields.Char(
        string="Staff Code",
        compute="_compute_import_columns",
        inverse="_inverse_import_columns",
        help="Import only: the employee's staff code (Badge ID).",
    )
    import_identification = fields.Char(
        string="Identity Number",
        compute="_compute_import_columns",
        inverse="_inverse_import_columns",
        help="Import only: the employee's identity number (CCCD).",
    )

    def _compute_import_columns(self):
        for record in self:
            record.import_staff_code = False
            record.import_identification = False

    def _inverse_import_columns(self):
        """Import columns: read by the import hook, nothing to store."""

    # ------------------------------------------------------------------
    def _import_resolve(self, table, errors):
        result = super()._import_resolve(table, errors)
        columns = ("import_staff_code", "import_identification", "employee_id")
        if "employee_id" in self._fields and any(table.has(f) for f in columns):
            self._import_resolve_employees(table, errors)
        elif any(table.has(f) for f in columns[:2]):
            table.drop(*columns[:2])
        return result

    def _import_employee_index(self, codes, identities, names):
        """Employees (archived ones too) by staff code, identity number and
        normalised name, read with sudo: ``(by_code, by_identity, by_name)``,
        each mapping to ``[(id, name, department id)]``."""
        Employee = self.env["hr.employee"].sudo().with_context(active_test=False)
        variants = set().union(*(identity_variants(v) for v in identities))
        domain = expression.OR(
            [
                [(fname, "in", list(values))]
                for fname, values in (
                    ("barcode", codes),
                    ("identification_id", variants),
                    ("name", names),
                )
                if values
            ]
        )
        by_code, by_identity, by_name = {}, {}, {}
        if not (codes or variants or names):
            return by_code, by_identity, by_name
        for emp in Employee.search_read(
            domain,
            ["name", "barcode", "identification_id", "department_id"],
            load=None,
        ):
            entry = (emp["id"], emp["name"], emp["department_id"])
            if emp["barcode"]:
                by_code.setdefault(emp["barcode"].strip(), []).append(entry)
            if emp["identification_id"]:
                by_identity.setdefault(emp["identification_id"].strip(), []).append(
                    entry
                )
            by_name.setdefault(norm(emp["name"]), []).append(entry)
        return by_code, by_identity, by_name

    def _import_find_employee(self, index, code, identity, name, unit_id):
        """``(employee id, field, reason)`` for one row."""
        by_code, by_identity, by_name = index
        _ = self.env._
        # per way of naming the employee: the field to blame, the entries
        # found, and the reasons when several are found (given their count)
        # or none is
        if code:
            fname, found = "import_staff_code", by_code.get(code, [])
            reasons = (
                lambda count: _(
                    "%(count)s employees share the staff code “%(code)s”.",
                    count=count,
                    code=code,
                ),
                lambda: _("no employee has the staff code “%(code)s”.", code=code),
            )
        elif identity:
            fname = "import_identification"
            found = [
                entry
                for variant in identity_variants(identity)
                for entry in by_identity.get(variant, [])
            ]
            reasons = (
                lambda count: _(
                    "%(count)s employees share the identity number “%(number)s”.",
                    count=count,
                    number=identity,
                ),
                lambda: _(
                    "no employee has the identity number “%(number)s”.",
                    number=identity,
                ),
            )
        elif name:
            fname, found = "employee_id", by_name.get(norm(name), [])
            # the one of that name in the row's unit wins over homonyms
            in_unit = [entry for entry in found if unit_id and entry[2] == unit_id]
            found = in_unit if len(in_unit) == 1 else found
            reasons = (
                lambda count: _(
                    "%(count)s employees are called “%(name)s”: give the "
                    "unit, the staff code or the identity number.",
                    count=count,
                    name=name,
                ),
                lambda: _("no employee is called “%(name)s”.", name=name),
            )
        else:
            return (
                False,
                "employee_id",
                _(
                    "no employee given: fill in the staff code, the identity "
                    "number or the full name."
                ),
            )
        match, reason = self._import_single(found, *reasons)
        if reason:
            return False, fname, reason
        if name and norm(name) != norm(match[1]):
            return (
                False,
                "employee_id",
                _(
                    "the staff code or identity number is %(found)s's, not %(name)s's.",
                    found=match[1],
                    name=name,
                ),
            )
        return match[0], None, None

    def _import_row_units(self, table):
        """Per row, the id (as text) of the unit that tells homonyms apart."""
        if not self._import_unit_field:
            return [""] * len(table.data)
        return table.values(f"{self._import_unit_field}/.id")

    def _import_rows_without_employee(self, table):
        """The rows that may name no employee (e.g. awards to a unit)."""
        return set()

    def _import_resolve_employees(self, table, errors):
        codes = table.values("import_staff_code")
        identities = table.values("import_identification")
        names = table.values("employee_id")
        units = self._import_row_units(table)
        index = self._import_employee_index(
            set(codes) - {""}, set(identities) - {""}, {n for n in names if n}
        )
        department_of = {
            entry[0]: entry[2]
            for entries in index
            for found in entries.values()
            for entry in found
        }
        optional = self._import_rows_without_employee(table)
        ids = []
        for row, (code, identity, name, unit) in enumerate(
            zip(codes, identities, names, units, strict=True)
        ):
            if not (code or identity or name) and row in optional:
                ids.append("")
                continue
            employee_id, fname, reason = self._import_find_employee(
                index, code, identity, name, int(unit) if unit.isdigit() else False
            )
            if not employee_id:
                errors.append(self._import_error(row, fname, reason))
            ids.append(str(employee_id or ""))
            if employee_id and not unit:
                # no unit given: the employee's, as when recorded by hand
                units[row] = str(department_of.get(employee_id) or "")
        table.drop("import_staff_code", "import_identification", "employee_id")
        table.set_column("employee_id/.id", ids)
        unit_column = f"{self._import_unit_field}/.id"
        if self._import_unit_field and table.has(unit_column):
            table.set_column(unit_column, units)

    def _import_resolve_employee_list(self, table, fname, errors):
        """A column of several employees (``fname``, a many2many), each by
        staff code, identity number or name, separated by ``;`` or ``,``."""
        cells = table.values(fname)
        units = self._import_row_units(table)
        tokens = [
            [token for token in TOKEN_SEPARATORS.split(cell) if token] for cell in cells
        ]
        everything = {token for row in tokens for token in row}
        index = self._import_employee_index(everything, everything, everything)
        by_code, by_identity, _by_name = index
        ids = []
        for row, (row_tokens, unit) in enumerate(zip(tokens, units, strict=True)):
            row_ids = []
            for token in row_tokens:
                if token in by_code:
                    found = self._import_find_employee(index, token, "", "", False)
                elif any(v in by_identity for v in identity_variants(token)):
                    found = self._import_find_employee(index, "", token, "", False)
                else:
                    found = self._import_find_employee(
                        index, "", "", token, int(unit) if unit.isdigit() else False
                    )
                if found[0]:
                    row_ids.append(str(found[0]))
                else:
                    errors.append(self._import_error(row, fname, found[2]))
            ids.append(",".join(row_ids))
        table.drop(fname)
        table.set_column(f"{fname}/.id", ids)
