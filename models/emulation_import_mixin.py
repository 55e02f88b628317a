"""Importing an agency's past records with Odoo's own import screen.

The models of the records an agency brings in on its first day (ratings,
initiatives, disciplines, awards decided before the system, legal documents)
inherit ``emulation.import.mixin``. Its ``load`` hook, called by base_import
for the Test and the Import steps alike, prepares the rows before Odoo's own
``load``:

- resolves the people (by staff code, identity number, or exact name within
  a unit: ``emulation.import.employee.mixin``), the units (by name or code,
  archived ones included) and the titles or forms (by code or name) to
  database ids, with ``sudo`` for the HR-only identifiers, which never leave
  the hook;
- accepts the usual Vietnamese abbreviations and words of the selections
  (HTXS, HTT, HT, KHT...) and dates written dd/mm/yyyy;
- matches each row with an existing record on the model's natural key (one
  rating per employee and year...), so that importing the same file again
  updates instead of duplicating;
- lists every bad row (row, column, reason, in the user's language) and then
  imports nothing.
"""

import datetime
import re
import unicodedata

from odoo import Command, api, models

DATE_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
TEMPLATE_FOLDER = "/emulation_commendation/static/xls/"
# The fields whose value an update may leave out when it stays the same.
UNCHANGED_TYPES = {
    "boolean",
    "char",
    "date",
    "datetime",
    "float",
    "integer",
    "many2one",
    "selection",
    "text",
}


def norm(text):
    """Casefolded, NFC, single-spaced text for comparisons."""
    text = unicodedata.normalize("NFC", str(text or ""))
    return " ".join(text.split()).casefold()


def dmy_to_iso(value):
    """'05/01/2025' -> '2025-01-05'; other values unchanged."""
    match = DATE_DMY.match(value or "")
    if not match:
        return value
    day, month, year = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return value


class ImportTable:
    """The rows being imported, addressed by column (field path)."""

    def __init__(self, fields_, data):
        self.fields = list(fields_)
        self.data = [list(row) for row in data]

    def has(self, fname):
        return fname in self.fields

    def index(self, fname):
        return self.fields.index(fname) if fname in self.fields else None

    def values(self, fname):
        index = self.index(fname)
        if index is None:
            return [""] * len(self.data)
        return [(row[index] or "").strip() for row in self.data]

    def set_column(self, fname, values):
        index = self.index(fname)
        if index is None:
            self.fields.append(fname)
            for row, value in zip(self.data, values, strict=True):
                row.append(value)
        else:
            for row, value in zip(self.data, values, strict=True):
                row[index] = value

    def drop(self, *fnames):
        keep = [i for i, fname in enumerate(self.fields) if fname not in fnames]
        self.fields = [self.fields[i] for i in keep]
        self.data = [[row[i] for i in keep] for row in self.data]


class EmulationImportMixin(models.AbstractModel):
    _name = "emulation.import.mixin"
    _description = "Import of Past Records"

    # Natural key: the fields that identify one record (after resolution).
    _import_natural_key = ()
    # Words accepted for selection values: {field: {word: key}}.
    _import_aliases = {}

    @api.model
    def _import_template_entry(self, filename, label):
        """An entry of ``get_import_templates``: the Excel template shipped in
        static/xls/ (written by scripts/make_import_templates.py)."""
        return {"label": label, "template": TEMPLATE_FOLDER + filename}

    @api.model
    def load(self, fields, data):
        table = ImportTable(fields, data)
        errors = []
        if table.data:
            self._import_prepare(table, errors)
        if not errors:
            return super().load(table.fields, table.data)
        # Some rows are bad: list Odoo's own errors about the other rows too
        # (values, constraints), found in a savepoint rolled back at once, so
        # that the Test step shows every bad row; then import nothing.
        bad = {error.get("record") for error in errors}
        good = [row for row in range(len(table.data)) if row not in bad]
        if good and None not in bad:
            savepoint = self.env.cr.savepoint()
            try:
                result = super().load(table.fields, [table.data[i] for i in good])
            finally:
                savepoint.close(rollback=True)
                self.env.invalidate_all()
                self.pool.reset_changes()
            for message in result["messages"]:
                if message.get("type") != "error":
                    continue
                if isinstance(message.get("record"), int):
                    row = good[message["record"]]
                    message = dict(message, record=row, rows={"from": row, "to": row})
                errors.append(message)
        errors.sort(
            key=lambda error: (error.get("record", -1), error.get("field") or "")
        )
        return {"ids": False, "messages": errors, "nextrow": 0}

    # ------------------------------------------------------------------
    # Preparation of the rows
    # ------------------------------------------------------------------
    def _import_prepare(self, table, errors):
        """Resolve, normalise, check and match the rows in place; append an
        error (see ``_import_error``) for each bad cell."""
        self._import_resolve(table, errors)
        self._import_normalise(table, errors)
        self._import_check_values(table, errors)
        self._import_match(table, errors)

    def _import_resolve(self, table, errors):
        """Relational columns given by name or code -> database ids."""
        for fname, field in self._fields.items():
            if table.has(fname) and field.type == "many2one":
                finder = self._import_finders().get(field.comodel_name)
                if finder:
                    self._import_resolve_column(table, fname, finder, errors)

    def _import_finders(self):
        return {
            "hr.department": self._import_find_units,
            "commendation.type": self._import_find_types,
            "res.partner": self._import_find_partners,
        }

    def _import_resolve_column(self, table, fname, finder, errors):
        values = table.values(fname)
        found = finder({value for value in values if value})
        ids = []
        for row, value in enumerate(values):
            if not value:
                ids.append("")
                continue
            record_id, reason = found.get(value, (False, None))
            if not record_id:
                errors.append(self._import_error(row, fname, reason))
            ids.append(str(record_id or ""))
        table.drop(fname)
        table.set_column(f"{fname}/.id", ids)

    @api.model
    def _import_single(self, matches, several, missing):
        """``(the one match, None)``, or ``(False, the reason)``: the reason is
        ``several(count)`` when several match, ``missing()`` when none does."""
        if len(matches) == 1:
            return matches[0], None
        return False, several(len(matches)) if matches else missing()

    def _import_find_units(self, values):
        """``{value: (department id, reason if not found)}``: a unit by its
        name, full name or code, dissolved (archived) units included."""
        Department = self.env["hr.department"].sudo().with_context(active_test=False)
        units = Department.search_read(
            [], ["name", "complete_name", "emulation_code", "active"]
        )
        index = {}
        for unit in units:
            for key in {
                norm(unit["name"]),
                norm(unit["complete_name"]),
                norm(unit["emulation_code"]),
            } - {""}:
                index.setdefault(key, []).append(unit)
        result = {}
        for value in values:
            matches = index.get(norm(value), [])
            if len(matches) > 1:
                # the active unit wins over dissolved homonyms
                active = [unit for unit in matches if unit["active"]]
                matches = active if len(active) == 1 else matches
            result[value] = self._import_single(
                [unit["id"] for unit in matches],
                several=lambda count, value=value: self.env._(
                    "%(count)s units are called “%(value)s”: give the full "
                    "name (Parent / Unit) or the unit's code.",
                    count=count,
                    value=value,
                ),
                missing=lambda value=value: self.env._(
                    "no unit called “%(value)s” (name or code); create it "
                    "first, archived if it no longer exists.",
                    value=value,
                ),
            )
        return result

    def _import_find_partners(self, values):
        """``{value: (partner id, reason)}``: a (foreign) partner by its exact
        name."""
        Partner = self.env["res.partner"].with_context(active_test=False)
        index = {}
        for partner in Partner.search_read(
            [("name", "in", list(values))], ["name"], load=None
        ):
            index.setdefault(norm(partner["name"]), []).append(partner["id"])
        result = {}
        for value in values:
            result[value] = self._import_single(
                index.get(norm(value), []),
                several=lambda count, value=value: self.env._(
                    "%(count)s contacts are called “%(value)s”.",
                    count=count,
                    value=value,
                ),
                missing=lambda value=value: self.env._(
                    "no contact called “%(value)s”: create it first.",
                    value=value,
                ),
            )
        return result

    def _import_find_types(self, values):
        """``{value: (commendation type id, reason)}``: a title or form by its
        code or its name (Vietnamese or English)."""
        Type = self.env["commendation.type"].with_context(active_test=False)
        index = {}
        installed = {code for code, _name in self.env["res.lang"].get_installed()}
        for lang in {self.env.lang or "en_US", "vi_VN", "en_US"} & installed:
            for ctype in Type.with_context(lang=lang).search_read([], ["name", "code"]):
                for key in {norm(ctype["name"]), norm(ctype["code"])} - {""}:
                    index.setdefault(key, set()).add(ctype["id"])
        result = {}
        for value in values:
            result[value] = self._import_single(
                list(index.get(norm(value), ())),
                several=lambda _count, value=value: self.env._(
                    "several titles or forms match “%(value)s”: give the code.",
                    value=value,
                ),
                missing=lambda value=value: self.env._(
                    "no title or form with the code or name “%(value)s”.",
                    value=value,
                ),
            )
        return result

    def _import_normalise(self, table, errors):
        """Dates written dd/mm/yyyy, and the usual words of the selections."""
        for fname, field in self._fields.items():
            if not table.has(fname):
                continue
            if field.type == "date":
                table.set_column(fname, [dmy_to_iso(v) for v in table.values(fname)])
            elif field.type == "selection" and fname in self._import_aliases:
                aliases = {
                    norm(word): key for word, key in self._import_aliases[fname].items()
                }
                table.set_column(
                    fname,
                    [aliases.get(norm(v), v) for v in table.values(fname)],
                )

    def _import_check_values(self, table, errors):
        """The cells Odoo's ``load`` would refuse, or store as a missing
        value: empty required fields, numbers, dates, selections. Checked
        here so that each is reported with its row and column."""
        _ = self.env._
        given = {column.split("/")[0] for column in table.fields}
        defaults = self.default_get(list(self._fields))
        for fname, field in self._fields.items():
            if (
                field.required
                and field.store
                and not field.compute
                and fname not in given
                and fname not in defaults
            ):
                errors.append(
                    {
                        "type": "error",
                        "field": fname,
                        "message": _(
                            "The file has no column for “%(field)s”, which is "
                            "required.",
                            field=field._description_string(self.env),
                        ),
                    }
                )
        resolved = {error.get("record") for error in errors}
        for column in table.fields:
            fname = column.split("/")[0]
            field = self._fields.get(fname)
            if field is None or fname in ("id", ".id"):
                continue
            accepted = (
                self._import_selection_words(field)
                if field.type == "selection"
                else None
            )
            for row, value in enumerate(table.values(column)):
                if not value:
                    if field.required and row not in resolved:
                        errors.append(
                            self._import_error(row, fname, _("a value is required."))
                        )
                    continue
                reason = self._import_check_cell(field, value, accepted)
                if reason:
                    errors.append(self._import_error(row, fname, reason))

    def _import_check_cell(self, field, value, accepted):
        """Why Odoo would refuse ``value`` for ``field``, or None."""
        _ = self.env._
        if field.type == "integer":
            try:
                number = float(value)
            except ValueError:
                number = None
            if number is None or number != int(number):
                return _("“%(value)s” is not a whole number.", value=value)
        elif field.type in ("float", "monetary"):
            try:
                float(value.replace(",", "."))
            except ValueError:
                return _("“%(value)s” is not a number.", value=value)
        elif field.type == "date":
            try:
                datetime.date.fromisoformat(value[:10])
            except ValueError:
                return _("“%(value)s” is not a date: write it dd/mm/yyyy.", value=value)
        elif field.type == "selection" and norm(value) not in accepted:
            return _(
                "“%(value)s” is not one of: %(choices)s.",
                value=value,
                choices=", ".join(
                    label for _key, label in field._description_selection(self.env)
                ),
            )
        return None

    def _import_selection_words(self, field):
        """The words accepted for a selection: its values, and its labels in
        English and in the user's language."""
        words = set()
        for lang in {"en_US", self.env.lang or "en_US"}:
            for key, label in field._description_selection(
                self.with_context(lang=lang).env
            ):
                words |= {norm(key), norm(label)}
        return words

    # ------------------------------------------------------------------
    # Natural keys: importing again updates
    # ------------------------------------------------------------------
    def _import_row_key(self, table, row):
        """The natural key of a row as a tuple, or None when incomplete."""
        key = []
        for fname in self._import_natural_key:
            field = self._fields[fname]
            index = table.index(f"{fname}/.id" if field.type == "many2one" else fname)
            value = (table.data[row][index] or "").strip() if index is not None else ""
            if not value:
                return None
            if field.type in ("many2one", "integer"):
                try:
                    value = int(float(value))
                except ValueError:
                    return None
            elif field.type == "char":
                value = norm(value)
            key.append(value)
        return tuple(key)

    def _import_record_key(self, record):
        """The natural key of an existing record (from ``search_read``)."""
        key = []
        for fname in self._import_natural_key:
            field = self._fields[fname]
            value = record[fname]
            if field.type == "date" and value:
                value = value.isoformat()
            elif field.type == "char":
                value = norm(value)
            key.append(value)
        return tuple(key)

    def _import_existing(self, keys):
        """``{key: record id}`` of the existing records with these keys."""
        if not keys:
            return {}
        domain = []
        for position, fname in enumerate(self._import_natural_key):
            field = self._fields[fname]
            if field.type == "char":
                continue  # compared casefolded below
            domain.append((fname, "in", list({key[position] for key in keys})))
        existing = {}
        for record in (
            self.with_context(active_test=False)
            .sudo()
            .search_read(domain, list(self._import_natural_key), load=None)
        ):
            existing.setdefault(self._import_record_key(record), record["id"])
        return existing

    def _import_match(self, table, errors):
        """Add the database id of the existing record each row updates."""
        if (
            not self._import_natural_key
            or table.has("id")
            or table.has(".id")
            or not all(
                table.has(f"{f}/.id" if self._fields[f].type == "many2one" else f)
                for f in self._import_natural_key
            )
        ):
            return
        keys = [self._import_row_key(table, row) for row in range(len(table.data))]
        existing = self._import_existing({key for key in keys if key})
        seen = {}
        ids = []
        for row, key in enumerate(keys):
            if key and key in seen:
                errors.append(
                    self._import_error(
                        row,
                        self._import_natural_key[0],
                        self.env._(
                            "the same record as row %(other)s (%(fields)s): "
                            "keep one row.",
                            other=seen[key] + 2,
                            fields=", ".join(
                                self._fields[f]._description_string(self.env)
                                for f in self._import_natural_key
                            ),
                        ),
                    )
                )
            elif key:
                seen[key] = row
            ids.append(str(existing.get(key, "")) if key else "")
        if any(ids):
            table.set_column(".id", ids)

    # ------------------------------------------------------------------
    # Odoo's load, in batches: importing again costs no query per row
    # ------------------------------------------------------------------
    def _convert_records(self, records, log=lambda a: None):
        """Odoo checks each database id a row gives (of the record it
        updates, of a many2one the hook resolved) with a query of its own:
        check them all at once, and leave to Odoo only the ids it will not
        find, for its own message."""
        records = list(records)
        models_of = {".id": self} | {
            fname: self.env[field.comodel_name]
            for fname, field in self._fields.items()
            if field.type == "many2one"
        }
        existing = {
            fname: self._import_existing_ids(
                model, {self._import_id_cell(record, fname) for record, _x in records}
            )
            for fname, model in models_of.items()
        }
        checked = []
        for record, _extras in records:
            known = {}
            for fname in models_of:
                record_id = self._import_id_cell(record, fname)
                if record_id in existing[fname]:
                    known[fname] = record_id
                    del record[fname]
            checked.append(known)
        converted_records = super()._convert_records(records, log=log)
        for (dbid, xid, converted, info), known in zip(
            converted_records, checked, strict=True
        ):
            own_id = known.pop(".id", dbid)
            converted.update(known)
            yield own_id, xid, converted, info

    @api.model
    def _import_id_cell(self, record, fname):
        """The database id a row (as extracted by Odoo's load) gives for
        ``fname``: ``.id``, the row's own record, or a many2one given as
        ``field/.id``; None when it gives none or not a number."""
        value = record.get(fname)
        if fname != ".id":
            given = value[0] if value and len(value) == 1 else {}
            value = given.get(".id") if set(given) == {".id"} else None
        return int(value) if isinstance(value, str) and value.isdigit() else None

    @api.model
    def _import_existing_ids(self, model, ids):
        """The existing records of ``model`` among ``ids`` (None ignored),
        found as Odoo's load finds them one by one: the rows' own records
        among those the user may see, the others whatever the rights."""
        ids = [record_id for record_id in ids if record_id is not None]
        if not ids:
            return set()
        if model._name == self._name:
            return set(model.search([("id", "in", ids)]).ids)
        return set(model.browse(ids).exists().ids)

    def _load_records(self, data_list, update=False, ignore_duplicates=False):
        """Odoo's load writes the rows that update a record one by one (one
        write, its checks and its recomputations per row). Write them
        together instead: the values a row leaves unchanged are left out,
        and the records given the same new values are written at once."""
        updates, others = [], []
        for data in data_list:
            is_update = not data.get("xml_id") and data["values"].get("id")
            (updates if is_update else others).append(data)
        if (
            not updates
            or ignore_duplicates
            or any(field.type == "properties" for field in self._fields.values())
        ):
            return super()._load_records(data_list, update, ignore_duplicates)
        Model = self.with_context(install_mode=True)
        records = Model.browse([data["values"]["id"] for data in updates])
        groups = {}
        for data, record in zip(updates, records, strict=True):
            data["record"] = record
            values = {
                fname: value
                for fname, value in data["values"].items()
                if fname != "id" and not self._import_unchanged(record, fname, value)
            }
            if values:
                group = groups.setdefault(repr(sorted(values.items())), [values, []])
                group[1].append(record.id)
        for values, ids in groups.values():
            Model.browse(ids).write(values)
        if others:
            super()._load_records(others, update, ignore_duplicates)
        return self.browse().concat(*(data["record"] for data in data_list))

    def _import_unchanged(self, record, fname, value):
        """Whether writing ``value`` (as converted by Odoo's load) into
        ``fname`` of ``record`` would leave it as it is. Only for the plain
        fields anyone may read; any other field is written."""
        field = self._fields.get(fname)
        if field is None or field.groups or field.translate:
            return False
        if field.type == "many2many":
            # as Odoo's load gives them: [Command.set(ids)]
            return (
                isinstance(value, list)
                and len(value) == 1
                and tuple(value[0][:2]) == (Command.SET, 0)
                and set(value[0][2]) == set(record[fname].ids)
            )
        if field.type not in UNCHANGED_TYPES:
            return False
        new = field.convert_to_record(field.convert_to_cache(value, record), record)
        return new == record[fname]

    # ------------------------------------------------------------------
    # Errors
    # ------------------------------------------------------------------
    def _import_error(self, row, fname, reason):
        """An error of ``load``'s format about one cell: row (of the
        spreadsheet, the header being row 1), column and reason."""
        field = self._fields.get(fname)
        column = field._description_string(self.env) if field else fname
        return {
            "type": "error",
            "record": row,
            "rows": {"from": row, "to": row},
            "field": fname,
            "field_name": column,
            "message": self.env._(
                "Row %(row)s, column “%(column)s”: %(reason)s",
                row=row + 2,
                column=column,
                reason=reason,
            ),
        }
