"""The e-dossier package of a proposal upwards: one .zip for the national
system (Hệ thống quản lý hồ sơ khen thưởng điện tử), which takes each
document as Word and PDF.

Contents, with file names that say what each is:

    01_To_trinh_<number>.docx / .pdf
    02_Danh_sach_<number>.docx / .pdf / .xlsx
    03_Bien_ban_hop_Hoi_dong_<date>.docx / .pdf     (one per council session)
    04_Bao_cao_thanh_tich_<nn>_<name>.docx / .pdf   (one per candidate)
    00_Danh_muc.txt                                  (what the package holds)

A PDF is the signed and stamped scan that the Office attached, when there
is one (the proposal's signed scan; the session's, when sessions have one;
a dossier document of the kind "Báo cáo thành tích" for a candidate);
otherwise the PDF is generated from the addon's PDF report of the record.
"""

import io
import re
import unicodedata
import zipfile
from base64 import b64decode

from odoo import api, models
from odoo.exceptions import UserError

from ..reports.xlsx_builder import XlsxBuilder, XlsxColumn

ACHIEVEMENT_KIND = "bao_cao_thanh_tich"


def file_slug(text, limit=60):
    """'Nguyễn Văn Đức' -> 'Nguyen_Van_Duc' (file names without diacritics)."""
    text = (text or "").replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"[^A-Za-z0-9.-]+", "_", text).strip("_")
    return text[:limit] or "khong_ten"


class CommendationProposalPackage(models.AbstractModel):
    _name = "commendation.proposal.package"
    _description = "E-Dossier Package of a Proposal"

    # ------------------------------------------------------------------
    # Sources
    # ------------------------------------------------------------------
    def _pdf_report(self, model, include=(), exclude=()):
        """The addon's PDF report of ``model`` whose name holds one of
        ``include`` (any when empty) and none of ``exclude``."""
        reports = (
            self.env["ir.actions.report"]
            .sudo()
            .search(
                [
                    ("model", "=", model),
                    ("report_type", "=", "qweb-pdf"),
                    ("report_name", "=like", "emulation_commendation.%"),
                    ("report_name", "not like", "emulation_commendation.blank_%"),
                ],
                order="id",
            )
        )
        for report in reports:
            name = "%s %s" % (
                report.with_context(lang="en_US").name,
                report.report_name,
            )
            name = name.lower()
            if include and not any(word in name for word in include):
                continue
            if any(word in name for word in exclude):
                continue
            return report
        return reports.browse()

    def _render_pdf(self, report, records):
        # Under tests Odoo renders HTML instead (no wkhtmltopdf inside a test
        # request: its CSS requests would wait for the request's own test
        # cursor); a test wanting the PDF passes force_report_rendering.
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(report_pdf_no_attachment=True)
            ._render_qweb_pdf(report.id, records.ids)
        )
        return pdf if kind == "pdf" else None

    def _render_docx(self, xmlid, records):
        return self.env["ir.actions.report"]._render_docx(
            "emulation_commendation.%s" % xmlid, records.ids
        )[0]

    @staticmethod
    def _is_pdf(content):
        return bool(content) and content[:5] == b"%PDF-"

    def _scan(self, record, field="signed_file"):
        """The signed scan attached to ``record`` (a PDF), or None."""
        if field not in record._fields or not record[field]:
            return None
        content = b64decode(record.sudo()[field])
        return content if self._is_pdf(content) else None

    def _achievement_scans(self, lines):
        """{line id: PDF}: the Báo cáo thành tích scans attached to the
        dossiers, matched to a candidate by the document's line when it has
        one, else when its dossier proposes that candidate alone, else by the
        candidate's name in the document's description or file name."""
        Document = self.env["commendation.dossier.document"].sudo()
        documents = Document.search(
            [
                ("dossier_id", "in", lines.dossier_id.ids),
                ("kind_id.code", "=", ACHIEVEMENT_KIND),
            ],
            order="date desc, id desc",
        )
        scans = {}
        for line in lines:
            name = file_slug(line.recipient_name).lower()
            for document in documents.filtered(
                lambda d, line=line: d.dossier_id == line.dossier_id
            ):
                if "line_id" in document._fields and document.line_id:
                    match = document.line_id == line
                elif len(line.dossier_id.line_ids) == 1:
                    match = True
                else:
                    text = file_slug(
                        "%s %s" % (document.name or "", document.file_name or "")
                    ).lower()
                    match = name in text
                if not match:
                    continue
                content = b64decode(document.file)
                if self._is_pdf(content):
                    scans[line.id] = content
                    break
        return scans

    # ------------------------------------------------------------------
    # Package
    # ------------------------------------------------------------------
    @api.model
    def _check_packable(self, proposal):
        """Refuse the package of a proposal the user may not read or that has
        no candidate (checked again by the download itself)."""
        proposal.ensure_one()
        proposal.check_access("read")
        if not proposal.line_ids:
            raise UserError(
                self.env._(
                    "The proposal %(proposal)s has no candidate: there is nothing "
                    "to package.",
                    proposal=proposal.display_name,
                )
            )

    @api.model
    def _build(self, proposal):
        """(zip bytes, file name) of the package of ``proposal``."""
        self._check_packable(proposal)
        number = file_slug(
            (proposal.name or "du_thao_%s" % proposal.id).replace("/", "-")
        )
        files = []
        inventory = []

        def add(name, content, what, source):
            if content is None:
                inventory.append("- %s: %s" % (name, source))
                return
            files.append((name, content))
            inventory.append("- %s: %s (%s)" % (name, what, source))

        # 01 the Tờ trình
        stem = "01_To_trinh_%s" % number
        add(
            stem + ".docx",
            self._render_docx("docx_proposal", proposal),
            "Tờ trình",
            "Word",
        )
        self._add_pdf(
            add,
            stem + ".pdf",
            "Tờ trình",
            self._scan(proposal),
            proposal,
            include=("tờ trình", "proposal"),
            exclude=("list", "danh sách"),
        )
        # 02 the list
        stem = "02_Danh_sach_%s" % number
        add(
            stem + ".docx",
            self._render_docx("docx_proposal_list", proposal),
            "Danh sách",
            "Word",
        )
        self._add_pdf(
            add,
            stem + ".pdf",
            "Danh sách",
            None,
            proposal,
            include=("list", "danh sách"),
            missing=self.env._("in the PDF of the Tờ trình"),
        )
        add(stem + ".xlsx", self._list_xlsx(proposal), "Danh sách", "Excel")
        # 03 the minutes of each council session
        for session in proposal.line_ids.session_id.sorted("date"):
            stem = "03_Bien_ban_hop_Hoi_dong_%s" % (
                session.date.isoformat() if session.date else session.id
            )
            add(
                stem + ".docx",
                self._render_docx("docx_session_minutes", session),
                "Biên bản",
                "Word",
            )
            self._add_pdf(
                add,
                stem + ".pdf",
                "Biên bản",
                self._scan(session),
                session,
                include=("minutes", "biên bản"),
                exclude=("count", "kiểm phiếu", "ballot", "phiếu bầu"),
            )
        # 04 the Báo cáo thành tích of each candidate, in the list's order
        rows = self.env["report.emulation_commendation.docx_proposal"]._grouped_rows(
            proposal.line_ids
        )
        Line = self.env["commendation.dossier.line"]
        lines = Line.browse([row["line_id"] for row in rows if row.get("line_id")])
        scans = self._achievement_scans(lines)
        achievement_report = self.env.ref(
            "emulation_commendation.action_report_dossier_line_achievement"
        )
        for index, line in enumerate(lines, start=1):
            stem = "04_Bao_cao_thanh_tich_%02d_%s" % (
                index,
                file_slug(line.recipient_name),
            )
            add(
                stem + ".docx",
                self._render_docx("docx_achievement", line),
                "Báo cáo thành tích",
                "Word",
            )
            scan = scans.get(line.id)
            if scan:
                add(
                    stem + ".pdf", scan, "Báo cáo thành tích", self.env._("signed scan")
                )
            else:
                add(
                    stem + ".pdf",
                    self._render_pdf(achievement_report, line),
                    "Báo cáo thành tích",
                    self.env._("generated"),
                )
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
            header = self.env._(
                "E-dossier package of the proposal %(proposal)s (%(count)s candidates)",
                proposal=proposal.display_name,
                count=len(proposal.line_ids),
            )
            archive.writestr(
                "00_Danh_muc.txt",
                "\n".join([header, ""] + inventory).encode("utf-8"),
            )
            for name, content in files:
                archive.writestr(name, content)
        return output.getvalue(), "Ho_so_dien_tu_%s.zip" % number

    def _add_pdf(
        self, add, name, what, scan, record, include=(), exclude=(), missing=None
    ):
        if scan:
            add(name, scan, what, self.env._("signed scan"))
            return
        report = self._pdf_report(record._name, include, exclude)
        if report:
            add(name, self._render_pdf(report, record), what, self.env._("generated"))
            return
        add(
            name,
            None,
            what,
            missing or self.env._("no PDF report of this document yet"),
        )

    def _list_xlsx(self, proposal):
        helper = self.env["emulation.document.helper"]
        values = self.env["report.emulation_commendation.docx_proposal"]
        rows = values._grouped_rows(
            proposal.line_ids, extra=lambda line: {"note": values._vote_text(line)}
        )
        columns = [
            XlsxColumn("STT", 6, "text"),
            XlsxColumn("Họ và tên / Tên tập thể", 30),
            XlsxColumn("Chức vụ, đơn vị công tác", 36),
            XlsxColumn("Danh hiệu / Hình thức khen thưởng", 34),
            XlsxColumn("Tỷ lệ phiếu đồng ý", 18),
        ]
        builder = XlsxBuilder()
        builder.add_sheet(
            "Danh sách",
            columns,
            [
                (
                    str(row.get("index") or ""),
                    row.get("group") or row.get("name") or "",
                    row.get("position") or "",
                    row.get("type") or "",
                    row.get("note") or "",
                )
                for row in rows
            ],
            title="DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM %s"
            % proposal.year,
            subtitle="(Kèm theo Tờ trình số %s ngày %s)"
            % (proposal.name or "", helper.date_text(proposal.date)),
        )
        return builder.close()
