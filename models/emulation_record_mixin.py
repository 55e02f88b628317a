from odoo import models
from odoo.exceptions import ValidationError


class EmulationRecordMixin(models.AbstractModel):
    """Small helpers shared by the records of the module: a display name
    built around the label of a selection, and the check that a period does
    not end before it starts. No fields: inheriting it changes no table."""

    _name = "emulation.record.mixin"
    _description = "Emulation Record Helpers"

    def _set_display_name_with_label(self, field, name):
        """``display_name = name(record, label)``, where ``label`` is the
        (translated) label of the record's value of the selection ``field``,
        or "" when it has none."""
        labels = dict(self._fields[field]._description_selection(self.env))
        for record in self:
            record.display_name = name(record, labels.get(record[field], ""))

    def _check_date_order(self, start, end, message):
        """A period from ``start`` to ``end`` (date fields, either may be
        empty) cannot end before it starts: ``message(record)`` says which."""
        for record in self:
            if record[start] and record[end] and record[end] < record[start]:
                raise ValidationError(message(record))
