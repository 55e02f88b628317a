"""Rendering of Word (.docx) templates with docxtpl, outside the ORM.

The Odoo side (``emulation.docx.template``, ``ir.actions.report._render_docx``)
calls these functions and turns a :class:`DocxTemplateProblem` into a message
for the user. Templates are uploaded by administrators of the addon, who are
not system administrators: they are rendered in Jinja's sandbox, with plain
data only (dicts, lists, strings, numbers: never records), and a placeholder
that the document does not provide is an error (StrictUndefined), not a
silent blank.
"""

import io
import re
import zipfile
from copy import deepcopy

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import SandboxedEnvironment

try:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docxtpl import DocxTemplate
except ImportError:  # pragma: no cover - declared in external_dependencies
    docx = DocxTemplate = None

DOCX_MIMETYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)

# What follows w:pgNumType in a w:sectPr (ECMA-376 order): it goes before them.
_SECTPR_AFTER_PGNUMTYPE = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)

_TAG_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_UNDEFINED_RE = re.compile(r"'([^']+)' is undefined")
_NO_ATTRIBUTE_RE = re.compile(r"has no attribute '([^']+)'")


class DocxTemplateProblem(Exception):
    """A template that cannot be used.

    ``kind``: ``not_docx``, ``syntax`` (``tag`` is the broken placeholder or
    the text around it), ``undefined`` (``placeholder`` is the unknown name,
    ``tag`` the placeholder as written in the template, when found),
    ``unsafe`` (the sandbox refused an expression) or ``error``.
    """

    def __init__(self, kind, detail="", placeholder="", tag=""):
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.placeholder = placeholder
        self.tag = tag


def jinja_env():
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def _open(template_bytes):
    """The DocxTemplate of these bytes, or DocxTemplateProblem('not_docx')."""
    if DocxTemplate is None:  # pragma: no cover
        raise DocxTemplateProblem("error", "docxtpl is not installed")
    if not template_bytes:
        raise DocxTemplateProblem("not_docx", "empty file")
    try:
        with zipfile.ZipFile(io.BytesIO(template_bytes)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise DocxTemplateProblem("not_docx", "no word/document.xml")
        template = DocxTemplate(io.BytesIO(template_bytes))
        template.init_docx()
    except DocxTemplateProblem:
        raise
    except Exception as error:  # zipfile.BadZipFile, lxml errors, python-docx
        raise DocxTemplateProblem("not_docx", str(error)) from error
    return template


def _paragraph_texts(template, patched=True):
    """The text of each paragraph of the body, headers and footers: as Jinja
    sees it (runs joined by docxtpl's patch), or as typed (patched=False)."""
    parts = [template.get_xml()]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _key, part in template.get_headers_footers(uri):
            parts.append(template.get_part_xml(part))
    texts = []
    for xml in parts:
        if patched:
            xml = template.patch_xml(xml)
        for chunk in re.split(r"(?=<w:p[ >])", xml):
            text = re.sub(r"<[^>]+>", "", chunk)
            if text.strip():
                texts.append(_unescape(text))
    return texts


def _unescape(text):
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def template_tags(template_bytes):
    """Every {{ ... }} and {% ... %} written in the template, in order."""
    template = _open(template_bytes)
    tags = []
    for text in _paragraph_texts(template):
        tags.extend(match.group(0) for match in _TAG_RE.finditer(text))
    return tags


_BLOCK_RE = re.compile(r"^\{%-?\s*(?:(?:p|tr|tc|r)\s+)?(\w+)")


def _unbalanced_block(texts):
    """The block tag ({% for %}, {% if %} or their end) left without its
    pair: (tag, message) or (None, None)."""
    stack = []
    for text in texts:
        for match in _TAG_RE.finditer(text):
            tag = match.group(0)
            keyword = _BLOCK_RE.match(tag)
            if not tag.startswith("{%") or not keyword:
                continue
            word = keyword.group(1)
            if word in ("for", "if"):
                stack.append((word, tag))
            elif word in ("endfor", "endif"):
                if not stack or stack[-1][0] != word[3:]:
                    return tag, "no opening “%s” before it" % word[3:]
                stack.pop()
    if stack:
        word, tag = stack[-1]
        return tag, "its “end%s” is missing" % word
    return None, None


def _find_broken_tag(texts):
    """The first placeholder that does not parse on its own, or that is not
    closed within its paragraph, or a block without its end: (tag, message)
    or (None, None)."""
    env = jinja_env()
    for text in texts:
        for match in _TAG_RE.finditer(text):
            tag = match.group(0)
            if tag.startswith("{{"):
                try:
                    env.parse(tag)
                except TemplateSyntaxError as error:
                    return tag, error.message
        rest = _TAG_RE.sub("", text)
        for opener, closer in (("{{", "}}"), ("{%", "%}")):
            start = rest.find(opener)
            if start >= 0:
                return rest[start : start + 60].strip(), "“%s” is missing" % closer
        for closer in ("}}", "%}"):
            end = rest.find(closer)
            if end >= 0:
                return rest[max(0, end - 60) : end + 2].strip(), "unexpected “%s”" % (
                    closer
                )
    return _unbalanced_block(texts)


def _syntax_problem(template, error):
    tag, message = _find_broken_tag(_paragraph_texts(template, patched=False))
    if not tag:
        tag, message = _find_broken_tag(_paragraph_texts(template))
    if tag:
        return DocxTemplateProblem("syntax", message, tag=tag)
    near = ""
    context = [line for line in getattr(error, "docx_context", None) or [] if line]
    if context:
        lineno = getattr(error, "lineno", None) or 1
        index = min(max(lineno - 1, 0), 3)
        near = context[min(index, len(context) - 1)].strip()
    return DocxTemplateProblem(
        "syntax", getattr(error, "message", None) or str(error), tag=_unescape(near)
    )


def _tag_using(texts, name):
    """The first {{ ... }} or {% ... %} that uses ``name``, or ""."""
    word = re.compile(r"(?<![\w.])%s(?!\w)|\.%s(?!\w)" % ((re.escape(name),) * 2))
    for text in texts:
        for match in _TAG_RE.finditer(text):
            if word.search(match.group(0)):
                return match.group(0)
    return ""


def undefined_problem(template_bytes, name):
    """The problem of a template using ``name``, which no document provides."""
    tag = _tag_using(_paragraph_texts(_open(template_bytes)), name)
    return DocxTemplateProblem(
        "undefined", "'%s' is undefined" % name, placeholder=name, tag=tag
    )


def _undefined_problem(template, error):
    message = str(error)
    match = _UNDEFINED_RE.search(message) or _NO_ATTRIBUTE_RE.search(message)
    name = match.group(1) if match else message
    try:
        texts = _paragraph_texts(template)
    except Exception:  # pragma: no cover - the template rendered this far
        texts = []
    return DocxTemplateProblem(
        "undefined", message, placeholder=name, tag=_tag_using(texts, name)
    )


def variables(template_bytes):
    """The top-level names the template uses (loop variables excluded)."""
    template = _open(template_bytes)
    env = jinja_env()
    texts = _paragraph_texts(template)
    for text in texts:
        for match in _TAG_RE.finditer(text):
            if "__" in match.group(0) or "._" in match.group(0):
                raise DocxTemplateProblem(
                    "unsafe",
                    "%s (a name starting with “_” is private)" % match.group(0),
                )
    try:
        source = "".join(texts)
        source = re.sub(r"\{%\s*(p|tr|tc|r)\s", "{% ", source)
        return meta.find_undeclared_variables(env.parse(source))
    except TemplateSyntaxError as error:
        raise _syntax_problem(template, error) from error


def render(template_bytes, values):
    """Render one document: the .docx bytes."""
    template = _open(template_bytes)
    try:
        template.render(values, jinja_env(), autoescape=True)
    except TemplateSyntaxError as error:
        raise _syntax_problem(template, error) from error
    except UndefinedError as error:
        raise _undefined_problem(template, error) from error
    except SecurityError as error:
        raise DocxTemplateProblem("unsafe", str(error)) from error
    except TemplateError as error:
        raise DocxTemplateProblem("error", str(error)) from error
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise DocxTemplateProblem("error", str(error)) from error
    output = io.BytesIO()
    template.save(output)
    return output.getvalue()


def _restart_page_numbers(sect_pr):
    """Number the pages of this section from 1 (w:pgNumType w:start="1")."""
    existing = sect_pr.find(qn("w:pgNumType"))
    if existing is None:
        existing = OxmlElement("w:pgNumType")
        for tag in _SECTPR_AFTER_PGNUMTYPE:
            successor = sect_pr.find(qn(tag))
            if successor is not None:
                successor.addprevious(existing)
                break
        else:
            sect_pr.append(existing)
    existing.set(qn("w:start"), "1")


def merge(documents):
    """One .docx from several documents rendered from the same template: each
    starts on a new page, in its own section, with its pages numbered from 1
    (as the PDF numbers each document of a batch)."""
    if not documents:
        return b""
    if len(documents) == 1:
        return documents[0]
    master = docx.Document(io.BytesIO(documents[0]))
    body = master.element.body
    final = body.find(qn("w:sectPr"))
    _restart_page_numbers(final)
    for blob in documents[1:]:
        # close the previous document: its section ends with a copy of the
        # section properties, in a paragraph of its own
        closing = deepcopy(final)
        paragraph = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        properties.append(closing)
        paragraph.append(properties)
        final.addprevious(paragraph)
        other = docx.Document(io.BytesIO(blob))
        for child in other.element.body:
            if child.tag != qn("w:sectPr"):
                final.addprevious(deepcopy(child))
    master.sections[-1].start_type = WD_SECTION.NEW_PAGE
    output = io.BytesIO()
    master.save(output)
    return output.getvalue()
