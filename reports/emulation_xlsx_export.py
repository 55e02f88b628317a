"""The spreadsheets users take to Excel, all written by XlsxBuilder.

Each export returns bytes. ``action_export`` (called by the server actions
in the Action menu of the lists) returns a download action whose url
(/emulation_commendation/xlsx/<export>?ids=...) is served by
controllers/xlsx.py: the bytes are streamed to the browser, nothing is
stored (no ir.attachment is left behind).
"""

from werkzeug.urls import url_encode

from odoo import api, models
from odoo.exceptions import UserError

from . import emulation_document_words as words
from .emulation_document_helper import recipient_kind
from .xlsx_builder import XlsxBuilder
from .xlsx_builder import XlsxColumn as Col


class EmulationXlsxExport(models.AbstractModel):
    _name = "emulation.xlsx.export"
    _description = "Spreadsheet Exports"

    def _exports(self):
        """export -> (method building the bytes, file name, models it accepts)"""
        return {
            "awards": (
                "_awards_xlsx",
                "Danh-sach-khen-thuong",
                ("commendation.award",),
            ),
            "statistics": (
                "_statistics_xlsx",
                "Thong-ke-khen-thuong-0602-0603",
                ("commendation.award",),
            ),
            "dossiers": (
                "_dossiers_xlsx",
                "Danh-sach-ho-so-de-nghi",
                ("commendation.dossier",),
            ),
            "pledges": (
                "_pledges_xlsx",
                "Bang-cham-diem-giao-uoc",
                ("emulation.pledge",),
            ),
            "tasks": (
                "_tasks_xlsx",
                "Nhiem-vu-ke-hoach",
                ("emulation.plan", "emulation.plan.task"),
            ),
        }

    @api.model
    def action_export(self, export, records):
        """The download action of the spreadsheet ``export`` of ``records``."""
        self._check_export(export, records)
        return {
            "type": "ir.actions.act_url",
            "url": "/emulation_commendation/xlsx/%s?%s"
            % (
                export,
                url_encode(
                    {"model": records._name, "ids": ",".join(map(str, records.ids))}
                ),
            ),
            "target": "self",
        }

    @api.model
    def _check_export(self, export, records):
        exports = self._exports()
        if export not in exports or records._name not in exports[export][2]:
            raise UserError(self.env._("Unknown export %(name)s.", name=export))
        if not records:
            raise UserError(self.env._("Select the records to export first."))
        records.check_access("read")

    @api.model
    def _export_file(self, export, records):
        """(bytes of the .xlsx, file name) of the spreadsheet ``export``."""
        self._check_export(export, records)
        method, basename = self._exports()[export][:2]
        return getattr(self, method)(records), "%s.xlsx" % basename

    # ------------------------------------------------------------------
    # Awards
    # ------------------------------------------------------------------
    def _award_columns(self):
        return [
            Col("STT", 6, "int"),
            Col("Năm", 7, "int"),
            Col("Họ và tên / Tập thể", 28),
            Col("Đối tượng", 12),
            Col("Đơn vị", 30),
            Col("Danh hiệu / Hình thức", 32),
            Col("Loại", 20),
            Col("Cấp khen thưởng", 18),
            Col("Số quyết định", 16),
            Col("Ngày quyết định", 14, "date"),
            Col("Cơ quan ban hành", 24),
            Col("Tiền thưởng (đồng)", 16, "money"),
            Col("Số sổ vàng", 12),
            Col("Trạng thái", 12),
        ]

    def _award_rows(self, awards):
        for index, award in enumerate(awards, 1):
            ctype = award.type_id
            yield (
                index,
                award.year,
                award.recipient_name,
                words.RECIPIENT_WORDS.get(recipient_kind(award), ""),
                # the unit as on the decision date
                award.recipient_unit_name
                if recipient_kind(award) == "individual"
                else award.employee_department_id.name,
                ctype.name,
                words.CATEGORY_WORDS.get(ctype.category, ""),
                words.LEVEL_WORDS.get(ctype.authority_level, ""),
                award.decision_number,
                award.decision_date,
                award.authority,
                award.reward_amount,
                award.gold_book_number,
                words.AWARD_STATE_WORDS.get(award.state, ""),
            )

    def _awards_xlsx(self, awards):
        # year by year, units in the organisation's order, then title by
        # title, recipients in Vietnamese order
        helper = self.env["emulation.document.helper"]
        awards = awards.sorted(
            lambda a: (
                a.year or 0,
                helper.unit_key(a.employee_department_id),
                a.type_id.sequence,
                a.type_id.id,
                helper.recipient_key(a),
                a.id,
            )
        )
        builder = XlsxBuilder()
        years = sorted(set(awards.mapped("year")))
        builder.add_sheet(
            "Khen thưởng",
            self._award_columns(),
            self._award_rows(awards),
            title="DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
            subtitle="Năm: %s" % ", ".join(str(y) for y in years),
            totals=[None] * 10 + ["Tổng cộng", sum(awards.mapped("reward_amount"))],
        )
        self._add_statistics_sheets(builder, awards)
        return builder.close()

    # ------------------------------------------------------------------
    # Statistics in the shape of forms 0602.N / 0603.N
    # ------------------------------------------------------------------
    def _statistics_xlsx(self, awards):
        builder = XlsxBuilder()
        self._add_statistics_sheets(builder, awards)
        return builder.close()

    def _add_statistics_sheets(self, builder, awards):
        awards = awards.filtered(lambda a: a.state == "valid")
        counts = {}
        for award in awards:
            key = (award.type_id, recipient_kind(award) == "collective")
            counts[key] = counts.get(key, 0) + 1
        types = awards.mapped("type_id").sorted(lambda t: (t.sequence, t.id))
        years = ", ".join(str(y) for y in sorted(set(awards.mapped("year"))))
        columns = [
            Col("STT", 6, "int"),
            Col("Danh hiệu thi đua / Hình thức khen thưởng", 46),
            Col("Loại", 20),
            Col("Tổng số", 10, "int"),
            Col("Tập thể", 10, "int"),
            Col("Cá nhân", 10, "int"),
        ]
        for sheet_name, title, levels in words.STAT_FORMS:
            level_types = types.filtered(lambda t, lv=levels: t.authority_level in lv)
            rows = []
            for index, ctype in enumerate(level_types, 1):
                collective = counts.get((ctype, True), 0)
                individual = counts.get((ctype, False), 0)
                rows.append(
                    (
                        index,
                        ctype.name,
                        words.CATEGORY_WORDS.get(ctype.category, ""),
                        collective + individual,
                        collective,
                        individual,
                    )
                )
            builder.add_sheet(
                sheet_name,
                columns,
                rows,
                title=title,
                subtitle="Năm báo cáo: %s" % years,
                totals=[
                    None,
                    "Tổng số",
                    None,
                    sum(r[3] for r in rows),
                    sum(r[4] for r in rows),
                    sum(r[5] for r in rows),
                ],
            )

    # ------------------------------------------------------------------
    # Dossiers with their votes and results
    # ------------------------------------------------------------------
    def _dossier_line_rows(self, dossiers):
        """One row per proposed recipient: its own state, the session that
        voted on it with the tally, the proposal upwards, the decision."""
        dossiers = dossiers.sorted(lambda d: (d.year or 0, d.name or "", d.id))
        lines = dossiers.line_ids
        # prefetch what each row reads
        lines.mapped("session_id.date")
        lines.mapped("decision_id.date")
        lines.mapped("proposal_id.name")
        index = 0
        for dossier in dossiers:
            for line in dossier.line_ids:
                index += 1
                session = line.session_id
                if line.session_state == "closed" or line.vote_member_total:
                    total = line.vote_member_total
                    required = line.votes_required
                    result = "Đạt" if line.vote_passed else "Không đạt"
                elif session:
                    total = session.member_total
                    required = line.votes_needed
                    result = words.RESULT_WORDS[None]
                else:
                    total = required = 0
                    result = ""
                decision = line.decision_id
                granted = (
                    line.granted_type_id.name
                    if line.granted_type_id and line.granted_type_id != line.type_id
                    else ""
                )
                yield (
                    index,
                    dossier.name,
                    dossier.year,
                    dossier.department_id.name,
                    words.DOSSIER_STATE_WORDS.get(dossier.state, ""),
                    line.recipient_name,
                    words.RECIPIENT_WORDS.get(recipient_kind(line), ""),
                    line.type_id.name,
                    granted,
                    words.ELIGIBILITY_WORDS.get(line.eligibility_state, ""),
                    words.LINE_STATE_WORDS.get(line.state, ""),
                    session.name,
                    session.date,
                    line.votes_for if session else None,
                    line.votes_against if session else None,
                    total or None,
                    (line.votes_for / total) if total else None,
                    (line.type_id.vote_threshold or 0.0) / 100.0,
                    required or None,
                    result,
                    line.proposal_id.name,
                    decision.name,
                    decision.date,
                    decision.issuing_body,
                    line.drop_reason or line.not_granted_reason or "",
                )

    def _dossiers_xlsx(self, dossiers):
        columns = [
            Col("STT", 6, "int"),
            Col("Số hồ sơ", 16),
            Col("Năm", 7, "int"),
            Col("Đơn vị đề nghị", 28),
            Col("Trạng thái hồ sơ", 16),
            Col("Họ và tên / Tập thể", 28),
            Col("Đối tượng", 12),
            Col("Danh hiệu / Hình thức đề nghị", 30),
            Col("Danh hiệu / Hình thức được tặng (nếu khác)", 26),
            Col("Tiêu chuẩn", 18),
            Col("Trạng thái", 20),
            Col("Phiên họp Hội đồng", 14),
            Col("Ngày họp", 12, "date"),
            Col("Phiếu đồng ý", 10, "int"),
            Col("Phiếu không đồng ý", 10, "int"),
            Col("Tổng số thành viên HĐ", 11, "int"),
            Col("Tỷ lệ đồng ý", 10, "percent"),
            Col("Mức cần đạt", 10, "percent"),
            Col("Số phiếu cần đạt", 10, "int"),
            Col("Kết quả", 14),
            Col("Tờ trình cấp trên", 16),
            Col("Số quyết định", 16),
            Col("Ngày quyết định", 14, "date"),
            Col("Cơ quan ban hành", 26),
            Col("Lý do (rút, không khen thưởng)", 30),
        ]
        builder = XlsxBuilder()
        builder.add_sheet(
            "Hồ sơ đề nghị",
            columns,
            self._dossier_line_rows(dossiers),
            title="DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG VÀ KẾT QUẢ XÉT",
        )
        return builder.close()

    # ------------------------------------------------------------------
    # Pledge scoring table
    # ------------------------------------------------------------------
    def _pledges_xlsx(self, pledges):
        builder = XlsxBuilder()
        result_columns = [
            Col("STT", 6, "int"),
            Col("Giao ước", 30),
            Col("Năm", 7, "int"),
            Col("Thành viên", 32),
            Col("Tự chấm", 10, "float"),
            Col("Cụm chấm", 10, "float"),
            Col("Điểm trừ", 10, "float"),
            Col("Xếp hạng", 9, "int"),
            Col("Đề nghị dẫn đầu", 10, "bool"),
        ]
        results = pledges.mapped("result_ids").sorted(
            lambda r: (r.pledge_id.id, r.rank or 999, r.name or "")
        )
        builder.add_sheet(
            "Tổng hợp điểm",
            result_columns,
            (
                (
                    index,
                    result.pledge_id.name,
                    result.year,
                    result.name,
                    result.self_total,
                    result.cluster_total,
                    result.penalty_total,
                    result.rank,
                    result.is_leader,
                )
                for index, result in enumerate(results, 1)
            ),
            title="BẢNG TỔNG HỢP ĐIỂM CHẤM GIAO ƯỚC THI ĐUA",
        )
        score_columns = [
            Col("Giao ước", 30),
            Col("Thành viên", 32),
            Col("Mã tiêu chí", 10),
            Col("Tiêu chí", 46),
            Col("Điểm tối đa", 10, "float"),
            Col("Tự chấm", 10, "float"),
            Col("Cụm chấm", 10, "float"),
            Col("Ghi chú", 30),
        ]
        scores = pledges.mapped("score_ids").sorted(
            lambda s: (s.pledge_id.id, s.member_id.id, s.criterion_sequence, s.id)
        )
        builder.add_sheet(
            "Chi tiết chấm điểm",
            score_columns,
            (
                (
                    score.pledge_id.name,
                    score.member_id.name,
                    score.criterion_id.code,
                    score.criterion_id.name,
                    score.max_points,
                    score.self_score,
                    score.cluster_score,
                    score.note,
                )
                for score in scores
            ),
            title="CHI TIẾT CHẤM ĐIỂM THEO TIÊU CHÍ",
        )
        return builder.close()

    # ------------------------------------------------------------------
    # Plan tasks with their status
    # ------------------------------------------------------------------
    def _tasks_xlsx(self, records):
        tasks = (
            records.mapped("task_ids") if records._name == "emulation.plan" else records
        )
        quarter_order = list(words.TASK_QUARTER_WORDS)
        tasks = tasks.sorted(
            lambda t: (
                t.plan_id.id,
                quarter_order.index(t.quarter) if t.quarter in quarter_order else 9,
                t.sequence,
                t.id,
            )
        )
        columns = [
            Col("STT", 6, "int"),
            Col("Kế hoạch", 16),
            Col("Quý", 9),
            Col("Nhiệm vụ", 60),
            Col("Đơn vị thực hiện", 30),
            Col("Thời hạn", 12, "date"),
            Col("Trạng thái", 15),
            Col("Ngày hoàn thành", 14, "date"),
            Col("Phong trào", 30),
        ]
        builder = XlsxBuilder()
        builder.add_sheet(
            "Nhiệm vụ",
            columns,
            (
                (
                    index,
                    task.plan_id.number,
                    words.TASK_QUARTER_WORDS.get(task.quarter, ""),
                    task.name,
                    ", ".join(task.department_ids.mapped("name")),
                    task.deadline,
                    words.TASK_STATE_WORDS.get(task.state, ""),
                    task.date_done,
                    task.movement_id.name,
                )
                for index, task in enumerate(tasks, 1)
            ),
            title="TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ KẾ HOẠCH THI ĐUA, KHEN THƯỞNG",
        )
        return builder.close()

    # ------------------------------------------------------------------
    # Periodic report (attached by emulation.report.action_generate)
    # ------------------------------------------------------------------
    @api.model
    def _report_xlsx(self, report):
        figures = report._get_figures()
        builder = XlsxBuilder()
        period = "Từ %s đến %s" % (
            report.date_from.strftime("%d/%m/%Y"),
            report.date_to.strftime("%d/%m/%Y"),
        )
        builder.add_sheet(
            "Tổng hợp",
            [Col("Chỉ tiêu", 50), Col("Số lượng", 12, "int")],
            [
                ("Phong trào thi đua triển khai trong kỳ", figures["movement_count"]),
                ("Phong trào đã sơ kết, tổng kết", figures["movement_reviewed_count"]),
                ("Nhiệm vụ kế hoạch trong kỳ", figures["task_count"]),
                ("Nhiệm vụ đã hoàn thành", figures["task_done_count"]),
                ("Giao ước thi đua", figures["pledge_count"]),
                ("Hồ sơ đề nghị khen thưởng", figures["dossier_count"]),
                ("Khen thưởng đã quyết định", figures["award_count"]),
            ],
            title=(report.name or "").upper(),
            subtitle=period,
        )
        builder.add_sheet(
            "Phong trào",
            [
                Col("STT", 6, "int"),
                Col("Phong trào thi đua", 50),
                Col("Cấp phát động", 16),
                Col("Bắt đầu", 12, "date"),
                Col("Kết thúc", 12, "date"),
                Col("Trạng thái", 16),
            ],
            (
                (
                    index,
                    movement.name,
                    words.MOVEMENT_LEVEL_WORDS.get(movement.level, ""),
                    movement.date_start,
                    movement.date_end,
                    words.MOVEMENT_STATE_WORDS.get(movement.state, ""),
                )
                for index, movement in enumerate(figures["movements"], 1)
            ),
        )
        builder.add_sheet(
            "Nhiệm vụ theo quý",
            [
                Col("Quý", 14),
                Col("Số nhiệm vụ", 12, "int"),
                Col("Đã hoàn thành", 12, "int"),
            ],
            (
                (words.TASK_QUARTER_WORDS.get(key, key), vals["total"], vals["done"])
                for key, vals in figures["tasks_by_quarter"]
            ),
        )
        builder.add_sheet(
            "Theo đơn vị",
            [
                Col("Đơn vị", 40),
                Col("Nhiệm vụ", 10, "int"),
                Col("Đã hoàn thành", 12, "int"),
                Col("Hồ sơ đề nghị", 12, "int"),
                Col("Khen thưởng", 12, "int"),
            ],
            (
                (
                    unit["department"].name,
                    unit["tasks"],
                    unit["tasks_done"],
                    unit["dossiers"],
                    unit["awards"],
                )
                for unit in figures["units"]
            ),
        )
        builder.add_sheet(
            "Hồ sơ theo trạng thái",
            [Col("Trạng thái", 24), Col("Số hồ sơ", 12, "int")],
            (
                (words.DOSSIER_STATE_WORDS.get(state, label), count)
                for state, label, count in figures["dossiers_by_state"]
            ),
        )
        builder.add_sheet(
            "Khen thưởng",
            [
                Col("Danh hiệu / Hình thức", 40),
                Col("Cấp khen thưởng", 18),
                Col("Đối tượng", 12),
                Col("Số lượng", 10, "int"),
                Col("Tiền thưởng (đồng)", 16, "money"),
            ],
            (
                (
                    ctype.name,
                    words.LEVEL_WORDS.get(ctype.authority_level, ""),
                    words.RECIPIENT_WORDS.get(kind, ""),
                    count,
                    amount,
                )
                for ctype, kind, count, amount in figures["awards_by_type"]
            ),
        )
        self._report_xlsx_extra_sheets(builder, report, figures)
        return builder.close()

    def _report_xlsx_extra_sheets(self, builder, report, figures):
        """Hook: further sheets of the periodic report (e.g. the fund's)."""
        return None
