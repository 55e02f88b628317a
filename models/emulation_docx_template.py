import base64
import logging

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import file_open

from ..reports import docx_engine

_logger = logging.getLogger(__name__)


class EmulationDocxTemplate(models.Model):
    """The Word template of a Word (.docx) report: the one shipped with the
    addon, or the one an administrator uploaded in its place."""

    _name = "emulation.docx.template"
    _description = "Word Template"
    _inherit = ["mail.thread"]
    _order = "model, id"

    report_id = fields.Many2one(
        "ir.actions.report",
        string="Document",
        required=True,
        ondelete="cascade",
        domain=[("report_type", "=", "docx")],
    )
    name = fields.Char(related="report_id.name", string="Document Name")
    model = fields.Char(related="report_id.model", store=True)
    model_description = fields.Char(
        string="Printed From", compute="_compute_model_description"
    )
    default_path = fields.Char(
        related="report_id.report_file", string="Default Template Path"
    )
    default_file = fields.Binary(
        string="Default Template", compute="_compute_default_file"
    )
    default_filename = fields.Char(compute="_compute_default_file")
    custom_file = fields.Binary(
        string="Custom Template",
        attachment=True,
        copy=False,
        help="A template edited in Word that replaces the default one. Start "
        "from the default template (or the current one) and keep its "
        "placeholders.",
    )
    custom_filename = fields.Char(string="Custom Template File Name", copy=False)
    is_custom = fields.Boolean(
        string="Custom", compute="_compute_is_custom", store=True
    )
    placeholders = fields.Text(
        compute="_compute_placeholders",
        help="The placeholders of the default template, in order.",
    )

    _sql_constraints = [
        (
            "report_uniq",
            "unique(report_id)",
            "A Word document has one template.",
        ),
    ]

    @api.depends("report_id")
    def _compute_model_description(self):
        models_by_name = {
            model.model: model.name
            for model in self.env["ir.model"]
            .sudo()
            .search([("model", "in", list(set(self.mapped("model"))))])
        }
        for record in self:
            record.model_description = models_by_name.get(record.model, record.model)

    @api.depends("report_id.report_file")
    def _compute_default_file(self):
        for record in self:
            content = record._read_default()
            record.default_file = base64.b64encode(content) if content else False
            record.default_filename = (record.default_path or "").rsplit("/", 1)[
                -1
            ] or False

    @api.depends("custom_file")
    def _compute_is_custom(self):
        for record in self:
            record.is_custom = bool(record.custom_file)

    @api.depends("report_id.report_file")
    def _compute_placeholders(self):
        for record in self:
            content = record._read_default()
            try:
                tags = docx_engine.template_tags(content) if content else []
            except docx_engine.DocxTemplateProblem:
                tags = []
            record.placeholders = "\n".join(dict.fromkeys(tags))

    @api.depends("report_id.name")
    def _compute_display_name(self):
        for record in self:
            record.display_name = record.report_id.name or record.default_path

    # ------------------------------------------------------------------
    # Template bytes
    # ------------------------------------------------------------------
    def _read_default(self):
        self.ensure_one()
        path = self.default_path
        if not path:
            return b""
        try:
            with file_open(path, "rb", filter_ext=(".docx",)) as handle:
                return handle.read()
        except (OSError, ValueError):
            _logger.warning("Default Word template %s not found", path)
            return b""

    def _get_template_bytes(self):
        """The template in use: the custom one, else the default one."""
        self.ensure_one()
        if self.custom_file:
            return base64.b64decode(self.custom_file)
        content = self._read_default()
        if not content:
            raise UserError(
                self.env._(
                    "The Word template of “%(document)s” is missing (%(path)s).",
                    document=self.report_id.name,
                    path=self.default_path or "-",
                )
            )
        return content

    @api.model
    def _for_report(self, report):
        """The template record of a Word report (created on first use)."""
        template = self.sudo().search([("report_id", "=", report.id)], limit=1)
        if not template:
            template = self.sudo().create({"report_id": report.id})
        return template

    # ------------------------------------------------------------------
    # Rendering and its messages
    # ------------------------------------------------------------------
    @api.model
    def _plain(self, value):
        """Values for a template: None/False become "", dates are printed;
        records are refused (a template sees plain data only)."""
        if value is None or value is False:
            return ""
        if isinstance(value, dict):
            return {key: self._plain(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self._plain(item) for item in value]
        if isinstance(value, models.BaseModel):
            raise TypeError("A Word template gets plain values, not records.")
        if isinstance(value, str | int | float):
            return value
        return str(value)

    def _problem_message(self, problem, custom=None):
        self.ensure_one()
        document = self.report_id.name
        detail = (problem.detail or "").strip().rstrip(".")
        if custom is None:
            custom = self.is_custom
        where = (
            self.env._("the custom Word template “%(file)s”", file=self.custom_filename)
            if custom
            else self.env._("the default Word template")
        )
        if problem.kind == "not_docx":
            return self.env._(
                "“%(document)s”: %(where)s is not a Word document (.docx): %(detail)s.",
                document=document,
                where=where,
                detail=detail,
            )
        if problem.kind == "syntax":
            return self.env._(
                "“%(document)s”: %(where)s has a broken placeholder “%(tag)s”: "
                "%(detail)s. A value is written %(value_example)s and a "
                "repeated paragraph %(loop_example)s.",
                document=document,
                where=where,
                tag=problem.tag or "?",
                detail=detail,
                value_example="{{ name }}",
                loop_example="{%p for item in items %} … {%p endfor %}",
            )
        if problem.kind == "undefined":
            in_tag = self.env._(" (in %(tag)s)", tag=problem.tag) if problem.tag else ""
            return self.env._(
                "“%(document)s”: %(where)s uses the placeholder “%(placeholder)s”"
                "%(in_tag)s, which this document does not provide. Check its "
                "spelling against the placeholders of the default template "
                "(Configuration › Word Templates).",
                document=document,
                where=where,
                placeholder=problem.placeholder,
                in_tag=in_tag,
            )
        if problem.kind == "unsafe":
            return self.env._(
                "“%(document)s”: %(where)s contains an expression that is not "
                "allowed: %(detail)s.",
                document=document,
                where=where,
                detail=detail,
            )
        return self.env._(
            "“%(document)s”: %(where)s cannot be filled in: %(detail)s.",
            document=document,
            where=where,
            detail=detail,
        )

    def _render_documents(self, documents, template_bytes=None, custom=None):
        """Render each dict of values and merge them into one .docx."""
        self.ensure_one()
        if template_bytes is None:
            template_bytes = self._get_template_bytes()
        try:
            rendered = [
                docx_engine.render(template_bytes, self._plain(values))
                for values in documents
            ]
            return docx_engine.merge(rendered)
        except docx_engine.DocxTemplateProblem as problem:
            raise UserError(self._problem_message(problem, custom=custom)) from None

    # ------------------------------------------------------------------
    # Checks of an uploaded template
    # ------------------------------------------------------------------
    @api.constrains("custom_file")
    def _check_custom_file(self):
        """An uploaded template must parse, use only placeholders that the
        document provides and, when there is a record to print, fill in: a
        mistake is caught now rather than when someone prints."""
        for record in self.filtered("custom_file"):
            content = base64.b64decode(record.custom_file)
            try:
                names = docx_engine.variables(content)
                document = record._trial_document()
                known = set(document) if document is not None else record._known_names()
                unknown = sorted(names - known)
                if unknown:
                    raise docx_engine.undefined_problem(content, unknown[0])
                if document is not None:
                    docx_engine.render(content, self._plain(document))
            except docx_engine.DocxTemplateProblem as problem:
                raise ValidationError(
                    record._problem_message(problem, custom=True)
                ) from None

    def _values_model(self):
        self.ensure_one()
        return self.env.get("report.%s" % self.report_id.sudo().report_name)

    def _known_names(self):
        """The top-level placeholders a document provides, without a record
        to try: those of the default template and the report's extra keys."""
        names = set()
        content = self._read_default()
        if content:
            try:
                names = set(docx_engine.variables(content))
            except docx_engine.DocxTemplateProblem:
                names = set()
        values_model = self._values_model()
        if values_model is not None:
            names |= set(values_model._docx_extra_keys)
        return names

    def _trial_document(self):
        """The values of the newest record of the report's model that this
        user can read, or None."""
        self.ensure_one()
        report = self.report_id.sudo()
        values_model = self._values_model()
        if values_model is None:
            return None
        try:
            sample = self.env[report.model].search([], limit=1, order="id desc")
            documents = values_model._get_docx_documents(sample.ids) if sample else []
        except (AccessError, UserError):
            return None
        return documents[0] if documents else None

    # ------------------------------------------------------------------
    # ORM and actions
    # ------------------------------------------------------------------
    def write(self, vals):
        result = super().write(vals)
        if "custom_file" in vals:
            for record in self:
                if record.custom_file:
                    body = self.env._(
                        "Custom template uploaded: %(file)s",
                        file=record.custom_filename or "-",
                    )
                else:
                    body = self.env._("Back to the default template.")
                record.message_post(body=body)
        return result

    def action_reset_default(self):
        """Go back to the template shipped with the addon."""
        self.write({"custom_file": False, "custom_filename": False})
        return True
