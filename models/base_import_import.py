from odoo import models

from .emulation_import_mixin import dmy_to_iso


class BaseImportImport(models.TransientModel):
    _inherit = "base_import.import"

    def _parse_import_data(self, data, import_fields, options):
        """Dates of the emulation records are written dd/mm/yyyy in Vietnam,
        or typed as real dates in Excel (read as yyyy-mm-dd): accept both in
        the same column, whatever date format the import screen guessed."""
        Model = self.env[self.res_model]
        # only the models of emulation.import.mixin have a natural key
        if hasattr(Model, "_import_natural_key"):
            date_columns = [
                index
                for index, fname in enumerate(import_fields)
                if fname in Model._fields and Model._fields[fname].type == "date"
            ]
            if date_columns:
                for row in data:
                    for index in date_columns:
                        row[index] = dmy_to_iso(row[index])
                options = dict(options, date_format="%Y-%m-%d")
        return super()._parse_import_data(data, import_fields, options)
