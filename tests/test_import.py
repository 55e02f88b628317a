"""Bringing past records in through Odoo's own import screen.

Every test goes through base_import's code path, as the screen does: a
``base_import.import`` record holding an .xlsx file, ``parse_preview`` (which
maps the headers to fields), then ``execute_import`` with ``dryrun=True`` (the
Test step) or ``False`` (the Import step). The users are the Office's, who may
not read HR's private fields (identity numbers, Badge IDs).
"""

import io
import pathlib

from openpyxl import Workbook, load_workbook

from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged
from odoo.tools.misc import file_path

from .common import MODULE, ImportCase

LANG = "vi_VN"

RATING_HEADERS = [
    "Mã nhân viên",
    "Số định danh cá nhân",
    "Họ và tên",
    "Đơn vị",
    "Năm",
    "Xếp loại",
    "Điểm",
    "Số quyết định",
    "Ngày quyết định",
    "Ghi chú",
]


def xlsx(headers, rows, text_columns=()):
    """An .xlsx file (bytes) with ``headers`` and ``rows``; the columns named
    in ``text_columns`` are text, as in the templates."""
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for col, header in enumerate(headers, 1):
        if header in text_columns:
            for cells in sheet.iter_rows(min_row=2, min_col=col, max_col=col):
                for cell in cells:
                    cell.number_format = "@"
                    if cell.value is not None:
                        cell.value = str(cell.value)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


@tagged("post_install", "-at_install")
class TestImportTemplates(ImportCase):
    """The templates offered by the import screen and their headers."""

    TEMPLATES = {
        "emulation.rating": "xep_loai_ca_nhan.xlsx",
        "emulation.department.rating": "xep_loai_tap_the.xlsx",
        "emulation.initiative": "sang_kien.xlsx",
        "emulation.discipline": "ky_luat.xlsx",
        "emulation.legal.document": "van_ban_can_cu.xlsx",
    }

    def test_templates_offered_and_mapped(self):
        self.env["res.lang"]._activate_lang(LANG)
        vi_user = new_test_user(
            self.env,
            login="import_office_vi",
            groups=f"base.group_user,{MODULE}.group_office",
            lang=LANG,
        )
        for model, filename in self.TEMPLATES.items():
            templates = self.env[model].get_import_templates()
            self.assertEqual(
                [t["template"] for t in templates],
                [f"/{MODULE}/static/xls/{filename}"],
            )
            path = pathlib.Path(file_path(f"{MODULE}/static/xls/{filename}"))
            content = path.read_bytes()
            sheet = load_workbook(io.BytesIO(content)).worksheets[0]
            rows = [row for row in sheet.iter_rows(min_row=2) if row[0].row <= 3]
            self.assertEqual(
                sum(
                    1
                    for row in sheet.iter_rows(min_row=2, values_only=True)
                    if any(row)
                ),
                2,
                f"{filename}: two example rows",
            )
            headers = [cell.value for cell in sheet[1]]
            for user in (self.user_office, vi_user):
                with self.subTest(model=model, lang=user.lang):
                    preview = self._preview(self._wizard(model, content, user))
                    matches = preview["matches"]
                    self.assertEqual(
                        len(matches), len(headers), f"{filename}: every header maps"
                    )
            # identity and staff numbers, dates: text columns
            for col, header in enumerate(headers):
                if header in (
                    "Mã nhân viên",
                    "Số định danh cá nhân",
                    "Ngày quyết định",
                ):
                    self.assertEqual(rows[0][col].number_format, "@", header)
                    self.assertEqual(
                        sheet.cell(row=500, column=col + 1).number_format, "@"
                    )


@tagged("post_install", "-at_install")
class TestImportRatings(ImportCase):
    def _good_file(self, rating_an="HTXS"):
        return xlsx(
            RATING_HEADERS,
            [
                # by staff code, abbreviation, dd/mm/yyyy
                [
                    "NHAP001",
                    "",
                    "Nguyễn Văn Nhập",
                    "",
                    2023,
                    rating_an,
                    91,
                    "1/QĐ",
                    "15/12/2023",
                    "",
                ],
                # by identity number, leading zero kept (text column)
                ["", "031090007002", "", "NB", 2023, "HTT", "", "", "", ""],
                # by identity number typed as a number: the 0 was lost
                ["", 31090007001, "", "", 2022, "Hoàn thành nhiệm vụ", "", "", "", ""],
                # same name in two units: the unit decides
                [
                    "",
                    "",
                    "Lê Văn Trùng Nhập",
                    "Phòng Nhập B",
                    2023,
                    "KHT",
                    "",
                    "",
                    "",
                    "",
                ],
                # the unit of the time: a dissolved unit, by its code
                ["", "", "Lê Văn Trùng Nhập", "NA", 2023, "ht", "", "", "", ""],
                # Odoo's own words: the value and the label
                ["NHAP002", "", "", "", 2022, "excellent", "", "", "", ""],
                ["NHAP002", "", "", "", 2021, "Well Completed (HTT)", "", "", "", ""],
            ],
            text_columns=("Mã nhân viên", "Số định danh cá nhân", "Ngày quyết định"),
        )

    def test_good_file(self):
        content = self._good_file()
        result = self.run_import("emulation.rating", content, dryrun=True)
        self.assertImported(result)
        self.assertFalse(self.ratings(), "the Test step writes nothing")

        result = self.run_import("emulation.rating", content)
        self.assertImported(result, 7)
        got = {
            (r.employee_id.id, r.year): (r.rating, r.department_id.id)
            for r in self.ratings()
        }
        self.assertEqual(
            got,
            {
                (self.an.id, 2023): ("excellent", self.dept_a.id),
                (self.binh.id, 2023): ("good", self.dept_b.id),
                (self.an.id, 2022): ("complete", self.dept_a.id),
                (self.twin_b.id, 2023): ("incomplete", self.dept_b.id),
                (self.twin_a.id, 2023): ("complete", self.dept_a.id),
                (self.binh.id, 2022): ("excellent", self.dept_b.id),
                (self.binh.id, 2021): ("good", self.dept_b.id),
            },
        )
        first = self.Rating.search(
            [("employee_id", "=", self.an.id), ("year", "=", 2023)]
        )
        self.assertEqual(str(first.date), "2023-12-15")
        self.assertEqual(first.points, 91)
        # The Office imported by identity number without reading it.
        with self.assertRaises(AccessError):
            self.an.with_user(self.user_office).read(["identification_id"])

    def test_same_file_twice_updates(self):
        self.assertImported(self.run_import("emulation.rating", self._good_file()), 7)
        before = self.ratings()
        result = self.run_import("emulation.rating", self._good_file("HTT"))
        self.assertImported(result, 7)
        self.assertEqual(self.ratings(), before, "no duplicate: the same records")
        self.assertEqual(
            self.Rating.search(
                [("employee_id", "=", self.an.id), ("year", "=", 2023)]
            ).rating,
            "good",
        )

    def test_unit_of_the_time_kept(self):
        """A rating imported for the unit of the time stays with it when the
        employee moves."""
        content = xlsx(
            RATING_HEADERS,
            [["NHAP001", "", "", "Phòng Nhập Cũ", 2021, "HTT", "", "", "", ""]],
        )
        self.assertImported(self.run_import("emulation.rating", content), 1)
        rating = self.Rating.search([("employee_id", "=", self.an.id)])
        self.assertEqual(rating.department_id, self.dept_old)
        self.an.department_id = self.dept_b
        self.assertEqual(rating.department_id, self.dept_old)

    def test_bad_rows_listed_nothing_written(self):
        content = xlsx(
            RATING_HEADERS,
            [
                ["NHAP001", "", "", "", 2023, "HTXS", "", "", "", ""],  # row 2: good
                ["NOPE9", "", "", "", 2023, "HTT", "", "", "", ""],  # 3: unknown code
                ["", "", "Lê Văn Trùng Nhập", "", 2023, "HTT", "", "", "", ""],  # 4
                ["", "", "Không Có Ai", "", 2023, "HTT", "", "", "", ""],  # 5
                ["NHAP002", "", "Lê Văn Trùng Nhập", "", 2023, "HTT", "", "", "", ""],
                ["", "", "", "", 2023, "HTT", "", "", "", ""],  # 7: nobody
                [
                    "",
                    "",
                    "Nguyễn Văn Nhập",
                    "Phòng Không Có",
                    2022,
                    "HT",
                    "",
                    "",
                    "",
                    "",
                ],
                ["NHAP001", "", "", "", 2023, "HT", "", "", "", ""],  # 9: repeats 2
                ["NHAP002", "", "", "", 2024, "XYZ", "", "", "", ""],  # 10: rating
            ],
            text_columns=("Mã nhân viên",),
        )
        for dryrun in (True, False):
            with self.subTest(dryrun=dryrun):
                result = self.run_import("emulation.rating", content, dryrun=dryrun)
                self.assertFalse(result["ids"])
                errors = [m for m in result["messages"] if m["type"] == "error"]
                by_row = {m["record"] + 2: m for m in errors}
                self.assertEqual(sorted(by_row), [3, 4, 5, 6, 7, 8, 9, 10])
                expected = {
                    3: ("import_staff_code", "no employee has the staff code “NOPE9”"),
                    4: ("employee_id", "2 employees are called “Lê Văn Trùng Nhập”"),
                    5: ("employee_id", "no employee is called “Không Có Ai”"),
                    6: ("employee_id", "is Trần Thị Nhập's, not Lê Văn Trùng Nhập's"),
                    7: ("employee_id", "no employee given"),
                    8: ("department_id", "no unit called “Phòng Không Có”"),
                    9: ("employee_id", "the same record as row 2"),
                    10: ("rating", "XYZ"),
                }
                for row, (field, text) in expected.items():
                    self.assertEqual(by_row[row]["field"], field, row)
                    self.assertIn(text, by_row[row]["message"], row)
                    if row != 10:  # Odoo's own message for the rating
                        self.assertIn(f"Row {row}, column", by_row[row]["message"])
                self.assertFalse(self.ratings(), "nothing written")

    def test_errors_in_vietnamese(self):
        self.env["res.lang"]._activate_lang(LANG)
        module = self.env["ir.module.module"].search([("name", "=", MODULE)])
        module._update_translations([LANG], overwrite=True)
        self.user_office.lang = LANG
        content = xlsx(
            RATING_HEADERS,
            [["NOPE9", "", "", "", 2023, "HTT", "", "", "", ""]],
            text_columns=("Mã nhân viên",),
        )
        result = self.run_import("emulation.rating", content, dryrun=True)
        self.assertEqual(
            result["messages"][0]["message"],
            "Dòng 2, cột “Mã nhân viên”: không có nhân viên nào có mã “NOPE9”.",
        )


@tagged("post_install", "-at_install")
class TestImportOtherRecords(ImportCase):
    def test_department_ratings(self):
        content = xlsx(
            ["Đơn vị", "Năm", "Xếp loại", "Cấp đánh giá", "Ngày quyết định"],
            [
                ["Phòng Nhập A", 2024, "HTXS", "Giám đốc Sở", "20/12/2024"],
                ["NB", 2024, "HTT", "Giám đốc Sở", ""],
                ["Phòng Nhập Cũ", 2024, "HTT", "UBND tỉnh Hải Dương", ""],
            ],
        )
        Rating = self.env["emulation.department.rating"]
        self.assertImported(self.run_import("emulation.department.rating", content), 3)
        self.assertImported(self.run_import("emulation.department.rating", content), 3)
        ratings = Rating.search(
            [("department_id", "in", (self.dept_a | self.dept_b | self.dept_old).ids)]
        )
        self.assertEqual(len(ratings), 3)
        self.assertEqual(
            {(r.department_id, r.rating, r.assessed_by) for r in ratings},
            {
                (self.dept_a, "excellent", "Giám đốc Sở"),
                (self.dept_b, "good", "Giám đốc Sở"),
                (self.dept_old, "good", "UBND tỉnh Hải Dương"),
            },
        )

    def test_initiatives(self):
        content = xlsx(
            ["Tên sáng kiến, đề tài", "Tác giả", "Đơn vị", "Năm", "Cấp công nhận"],
            [
                ["Sáng kiến nhập một", "NHAP001; 031090007002", "NA", 2024, "Cơ sở"],
                ["Sáng kiến nhập hai", "Lê Văn Trùng Nhập", "NB", 2023, "Thành phố"],
            ],
        )
        self.assertImported(self.run_import("emulation.initiative", content), 2)
        self.assertImported(self.run_import("emulation.initiative", content), 2)
        Initiative = self.env["emulation.initiative"]
        one = Initiative.search([("name", "=", "Sáng kiến nhập một")])
        two = Initiative.search([("name", "=", "Sáng kiến nhập hai")])
        self.assertEqual(len(one), 1)
        self.assertEqual(one.employee_ids, self.an | self.binh)
        self.assertEqual(one.level, "unit")
        self.assertEqual(two.employee_ids, self.twin_b)
        self.assertEqual(two.level, "city")

    def test_disciplines(self):
        content = xlsx(
            [
                "Mã nhân viên",
                "Họ và tên",
                "Hình thức kỷ luật",
                "Số quyết định",
                "Ngày quyết định",
                "Không xét khen thưởng từ ngày",
                "Không xét khen thưởng đến ngày",
            ],
            [
                [
                    "NHAP001",
                    "",
                    "Khiển trách",
                    "9/QĐ",
                    "02/03/2023",
                    "02/03/2023",
                    "01/09/2023",
                ],
                [
                    "",
                    "Trần Thị Nhập",
                    "Cảnh cáo",
                    "",
                    "05/06/2022",
                    "05/06/2022",
                    "04/06/2023",
                ],
            ],
            text_columns=("Mã nhân viên",),
        )
        self.assertImported(self.run_import("emulation.discipline", content), 2)
        self.assertImported(self.run_import("emulation.discipline", content), 2)
        disciplines = self.env["emulation.discipline"].search(
            [("employee_id", "in", (self.an | self.binh).ids)]
        )
        self.assertEqual(
            {(d.employee_id, d.form, str(d.date_block_end)) for d in disciplines},
            {
                (self.an, "reprimand", "2023-09-01"),
                (self.binh, "warning", "2023-06-04"),
            },
        )

    def test_legal_documents(self):
        content = xlsx(
            ["Số, ký hiệu", "Loại văn bản", "Trích yếu", "Ngày ban hành", "Tình trạng"],
            [
                [
                    "99/2024/QĐ-NHAP",
                    "Quyết định",
                    "Quy chế nhập thử",
                    "15/08/2024",
                    "Còn hiệu lực",
                ],
                [
                    "98/2019/QĐ-NHAP",
                    "Quyết định",
                    "Quy chế cũ",
                    "01/02/2019",
                    "Hết hiệu lực",
                ],
            ],
        )
        for _attempt in range(2):
            self.assertImported(
                self.run_import(
                    "emulation.legal.document", content, user=self.user_manager
                ),
                2,
            )
        documents = (
            self.env["emulation.legal.document"]
            .with_context(active_test=False)
            .search([("number", "like", "-NHAP")])
        )
        self.assertEqual(
            {(d.number, d.doc_type, d.state, str(d.date_issued)) for d in documents},
            {
                ("99/2024/QĐ-NHAP", "decision", "in_force", "2024-08-15"),
                ("98/2019/QĐ-NHAP", "decision", "repealed", "2019-02-01"),
            },
        )


AWARD_HEADERS = [
    "Mã nhân viên",
    "Họ và tên",
    "Chức vụ",
    "Đơn vị công tác",
    "Tập thể được khen",
    "Danh hiệu / hình thức",
    "Năm",
    "Loại khen thưởng",
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
    "Cấp khen thưởng",
    "Số sổ vàng",
]


AWARD_COLUMNS = (
    "code",
    "name",
    "job",
    "unit",
    "collective",
    "title",
    "year",
    "kind",
    "number",
    "date",
    "authority",
    "level",
    "gold",
)


def award_row(title, year, kind, number, **cells):
    """A row under ``AWARD_HEADERS``: the type, year, kind and decision
    number, then the other cells named by ``AWARD_COLUMNS``, empty where not
    given."""
    cells.update(title=title, year=year, kind=kind, number=number)
    unknown = set(cells) - set(AWARD_COLUMNS)
    assert not unknown, unknown
    return [cells.get(column, "") for column in AWARD_COLUMNS]


@tagged("post_install", "-at_install")
class TestImportAwards(ImportCase):
    """Awards decided before the system: decision number, date, issuing body,
    Gold Book number and kind; one award per decision, recipient and type."""

    def _file(self, gold="SV-2021-007"):
        bk_ubnd = self.env.ref(f"{MODULE}.commendation_type_bk_ubnd")
        return xlsx(
            AWARD_HEADERS,
            [
                # an annual title of the Director, with its old Gold Book number
                award_row(
                    "CSTDCS",
                    2021,
                    "Hằng năm",
                    "12/QĐ-NV",
                    code="NHAP001",
                    job="Chuyên viên",
                    unit="Phòng Nhập A",
                    date="28/12/2021",
                    authority="Giám đốc Sở Ngoại vụ",
                    level="Sở",
                    gold=gold,
                ),
                # the Bằng khen of another province (Hải Dương): its level's type
                award_row(
                    bk_ubnd.name,
                    2022,
                    "Hằng năm",
                    "2468/QĐ-UBND",
                    name="Trần Thị Nhập",
                    job="Phó Trưởng phòng",
                    date="25/12/2022",
                    authority="Chủ tịch UBND tỉnh Hải Dương",
                    level="Tỉnh",
                ),
                # two ad hoc Certificates of Merit of one year, two decisions
                award_row(
                    "GK_GD",
                    2023,
                    "Đột xuất",
                    "5/QĐ-NV",
                    code="NHAP002",
                    date="10/03/2023",
                    authority="Giám đốc Sở Ngoại vụ",
                    level="Sở",
                ),
                award_row(
                    "GK_GD",
                    2023,
                    "Đột xuất",
                    "31/QĐ-NV",
                    code="NHAP002",
                    date="02/09/2023",
                    authority="Giám đốc Sở Ngoại vụ",
                    level="Sở",
                ),
                # a collective, by its unit's code
                award_row(
                    "TTLDTT",
                    2022,
                    "Hằng năm",
                    "40/QĐ-NV",
                    collective="NB",
                    date="30/12/2022",
                    authority="Giám đốc Sở Ngoại vụ",
                    level="Sở",
                ),
            ],
            text_columns=("Mã nhân viên", "Số sổ vàng", "Ngày quyết định"),
        )

    def awards(self):
        return self.env["commendation.award"].search(
            [
                "|",
                ("employee_id", "in", (self.an | self.binh).ids),
                ("department_id", "=", self.dept_b.id),
            ]
        )

    def test_import_twice(self):
        self.assertImported(self.run_import("commendation.award", self._file()), 5)
        awards = self.awards()
        self.assertEqual(len(awards), 5)
        cstdcs = awards.filtered(lambda a: a.type_id.code == "CSTDCS")
        self.assertEqual(
            (
                cstdcs.employee_id,
                cstdcs.gold_book_number,
                str(cstdcs.decision_date),
                cstdcs.kind,
                cstdcs.authority_level,
                cstdcs.recipient_job_title,
                cstdcs.recipient_unit_name,
            ),
            (
                self.an,
                "SV-2021-007",
                "2021-12-28",
                "annual",
                "department",
                "Chuyên viên",
                "Phòng Nhập A",
            ),
        )
        other_province = awards.filtered(lambda a: a.type_id.code == "BK_UBND")
        self.assertEqual(other_province.authority, "Chủ tịch UBND tỉnh Hải Dương")
        self.assertEqual(other_province.authority_level, "city")
        self.assertFalse(other_province.gold_book_number)
        ad_hoc = awards.filtered(lambda a: a.type_id.code == "GK_GD")
        self.assertEqual(len(ad_hoc), 2)
        self.assertEqual(set(ad_hoc.mapped("kind")), {"ad_hoc"})
        # no number of today's Gold Book for the years before the system
        self.assertFalse(ad_hoc.mapped("gold_book_number")[0])
        collective = awards.filtered("department_id")
        self.assertEqual(collective.recipient_name, "Phòng Nhập B")

        # the same file again, with its unchanged Gold Book number: updated
        self.assertImported(self.run_import("commendation.award", self._file()), 5)
        self.assertEqual(self.awards(), awards)

    def test_changed_gold_book_number_refused(self):
        self.assertImported(self.run_import("commendation.award", self._file()), 5)
        result = self.run_import("commendation.award", self._file(gold="SV-9999"))
        self.assertFalse(result["ids"])
        self.assertIn(
            "The Gold Book number cannot be changed.",
            [m["message"] for m in result["messages"]],
        )

    def test_bad_rows(self):
        content = xlsx(
            AWARD_HEADERS,
            [
                award_row(
                    "NO_SUCH_TYPE", 2021, "Hằng năm", "1/QĐ", code="NHAP001", level="Sở"
                ),
                award_row(
                    "CSTDCS", 2021, "Hằng năm", "2/QĐ", code="NHAP001", level="Sở"
                ),
                # the same annual title twice in a year: Odoo's constraint
                award_row(
                    "CSTDCS", 2021, "Hằng năm", "3/QĐ", code="NHAP001", level="Sở"
                ),
                award_row("GK_GD", 2021, "Mỗi năm", "4/QĐ", code="NHAP002", level="Sở"),
            ],
        )
        result = self.run_import("commendation.award", content, dryrun=True)
        self.assertFalse(result["ids"])
        messages = {m["record"] + 2: m["message"] for m in result["messages"]}
        self.assertIn(
            "no title or form with the code or name “NO_SUCH_TYPE”", messages[2]
        )
        # Odoo's own constraint, on the row that repeats the title (Odoo also
        # names the first row of its batch)
        self.assertIn(
            "Nguyễn Văn Nhập already holds a valid award “Chiến sĩ thi đua cơ sở” "
            "for 2021",
            messages[4],
        )
        self.assertIn("“Mỗi năm” is not one of", messages[5])
        self.assertFalse(self.awards())
