from odoo import api, models

MODULE = "emulation_commendation"


class IrActionsActWindow(models.Model):
    _inherit = "ir.actions.act_window"

    @api.model
    def _emulation_records_of(
        self, xmlid, field, record, defaults=True, operator="=", **context
    ):
        """The window action ``xmlid`` (of this addon when the id has no
        module) listing the records whose ``field`` is ``record`` (``=``, or
        ``in`` its ids); new records get ``record`` there when ``defaults``;
        ``context``: more keys."""
        xmlid = xmlid if "." in xmlid else f"{MODULE}.{xmlid}"
        action = self._for_xml_id(xmlid)
        value = record.ids if operator == "in" else record.id
        action["domain"] = [(field, operator, value)]
        action["context"] = dict(context)
        if defaults:
            many = self.env[action["res_model"]]._fields[field].type == "many2many"
            action["context"][f"default_{field}"] = [record.id] if many else record.id
        return action
