"""Vietnamese wording of the printed documents and the exports, in one place.

Official documents are printed in Vietnamese whatever the user's language
(Decree 30/2020): their words are constants here, not translated terms. The
report models (reports/report_*.py) and the spreadsheets build their values
from these; the QWeb templates only lay the values out.
"""

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"
COUNCIL_AGENCY = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"
COUNCIL_NAME = "Hội đồng Thi đua - Khen thưởng"
BLANK = ".........."

# --- legal documents ("Căn cứ ...") -----------------------------------------
DOC_TYPE_WORDS = {
    "law": "Luật",
    "decree": "Nghị định",
    "circular": "Thông tư",
    "decision": "Quyết định",
    "directive": "Chỉ thị",
    "plan": "Kế hoạch",
    "regulation": "Quy định",
    "official_letter": "Công văn",
}

# --- deciding authorities ----------------------------------------------------
AUTHORITY_WORDS = {
    "department": "Giám đốc Sở",
    "city": "Chủ tịch Ủy ban nhân dân thành phố",
    "ministry": "Bộ trưởng Bộ Ngoại giao",
    "prime_minister": "Thủ tướng Chính phủ",
    "president": "Chủ tịch nước",
}
AUTHORITY_RANK = {
    "department": 0,
    "city": 1,
    "ministry": 2,
    "prime_minister": 3,
    "president": 4,
}
# Who pays the rewards of a decision (Luật TĐKT 2022 Điều 11 k4: the one who
# decides pays from the fund it manages). The Department's own: see
# ``fund_of_agency``.
FUND_WORDS = {
    "city": "Quỹ thi đua, khen thưởng của thành phố",
    "ministry": "Quỹ thi đua, khen thưởng của Bộ Ngoại giao",
    "prime_minister": "Quỹ thi đua, khen thưởng Trung ương",
    "president": "Quỹ thi đua, khen thưởng Trung ương",
}
FUND_OF_AGENCY = "Quỹ thi đua, khen thưởng của %s"
# Agency block of a higher body's decision recorded by the Office (the City's
# is the company's parent agency).
AGENCY_OF_LEVEL = {
    "ministry": "BỘ NGOẠI GIAO",
    "prime_minister": "THỦ TƯỚNG CHÍNH PHỦ",
    "president": "CHỦ TỊCH NƯỚC",
}

# --- categories and kinds ----------------------------------------------------
# "công nhận danh hiệu" for an emulation title, "tặng" for a form.
CATEGORY_VERB = {"title": "Công nhận", "form": "Tặng"}
CATEGORY_PASSIVE = {"title": "được công nhận", "form": "được tặng"}
KIND_ACHIEVEMENT = {
    "annual": "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %(year)s",
    "thematic": "đã có thành tích xuất sắc trong phong trào thi đua%(movement)s",
    "ad_hoc": "đã có thành tích xuất sắc đột xuất",
    "dedication": "đã có quá trình cống hiến xuất sắc",
    "foreign": "đã có nhiều đóng góp tích cực cho công tác đối ngoại của thành phố",
}
RECIPIENT_GROUP_WORDS = {
    "collective": "Tập thể",
    "individual": "Cá nhân",
    "foreign": "Cá nhân, tổ chức nước ngoài",
}
# the kind of recipient in a list or a spreadsheet column
RECIPIENT_WORDS = {
    "individual": "Cá nhân",
    "collective": "Tập thể",
    "foreign": "Người nước ngoài",
}

# --- rewards (NĐ 152/2025 Điều 49: several titles of one period pay once) ---
REWARD_RULE_NOTES = {
    "full": "",
    "difference": "Hưởng phần chênh lệch",
    "lower": "Không hưởng tiền thưởng (đã hưởng mức cao hơn cùng thời kỳ)",
}

# --- council -----------------------------------------------------------------
ROLE_WORDS = {
    "chair": "Chủ tịch Hội đồng",
    "vice_chair": "Phó Chủ tịch Hội đồng",
    "member": "Ủy viên",
    "secretary": "Ủy viên, Thư ký",
}
ATTENDANCE_WORDS = {
    "present": "Có mặt",
    "written": "Vắng mặt (có ý kiến bằng văn bản)",
    "absent": "Vắng mặt",
}
RESULT_WORDS = {True: "Đạt", False: "Không đạt", None: "Chưa kết luận"}
VOTE_RULE_WORDS = {
    "at_least": "từ %(threshold)s trở lên",
    "more_than": "trên %(threshold)s",
}
NO_TALLY = "Không biểu quyết theo tỷ lệ"
BALLOT_CHOICES = ("Đồng ý", "Không đồng ý")
BALLOT_HELP = (
    "Đánh dấu (X) vào một trong hai ô “Đồng ý” hoặc “Không đồng ý” đối với "
    "từng người. Người được đánh dấu vào cả hai ô hoặc không được đánh dấu ô "
    "nào thì phiếu không hợp lệ đối với người đó."
)

# --- states (spreadsheets, periodic report) ---------------------------------
DOSSIER_STATE_WORDS = {
    "draft": "Dự thảo",
    "submitted": "Đã gửi",
    "verified": "Đã thẩm định",
    "in_round": "Đang xét",
    "done": "Đã kết thúc",
    "returned": "Trả lại",
    "rejected": "Không đề nghị",
    "cancelled": "Đã hủy",
}
LINE_STATE_WORDS = {
    "draft": "Dự thảo",
    "verified": "Đã thẩm định",
    "on_agenda": "Trình Hội đồng",
    "passed": "Hội đồng thông qua",
    "not_passed": "Hội đồng không thông qua",
    "proposed": "Đã trình cấp trên",
    "decided": "Đã có quyết định",
    "not_granted": "Cấp trên không khen thưởng",
    "dropped": "Rút khỏi đề nghị",
}
ELIGIBILITY_WORDS = {
    "eligible": "Đủ tiêu chuẩn",
    "not_eligible": "Chưa đủ tiêu chuẩn",
    "unknown": "Hội đồng xem xét",
}
QUARTER_WORDS = {
    "q1": "Quý I",
    "q2": "Quý II",
    "q3": "Quý III",
    "q4": "Quý IV",
    "year": "Nhiệm vụ cả năm",
}
LEVEL_WORDS = {
    "department": "Cấp Sở",
    "city": "Cấp thành phố",
    "ministry": "Cấp Bộ",
    "prime_minister": "Thủ tướng Chính phủ",
    "president": "Chủ tịch nước",
}
# the sections of a plan's tasks (Kế hoạch, part II)
PLAN_QUARTER_WORDS = [
    ("q1", "Quý I"),
    ("q2", "Quý II"),
    ("q3", "Quý III"),
    ("q4", "Quý IV"),
    ("year", "Nhiệm vụ thực hiện trong cả năm"),
]
MOVEMENT_LEVEL_WORDS = {
    "central": "Trung ương",
    "ministry": "Bộ Ngoại giao",
    "city": "Thành phố",
    "department": "Sở",
    "union": "Đoàn thể",
}

# --- spreadsheets and Word lists ----------------------------------------------
CATEGORY_WORDS = {"title": "Danh hiệu thi đua", "form": "Hình thức khen thưởng"}
AWARD_STATE_WORDS = {"valid": "Có hiệu lực", "revoked": "Đã hủy"}
# the quarter of a task in a spreadsheet column
TASK_QUARTER_WORDS = {
    "q1": "Quý I",
    "q2": "Quý II",
    "q3": "Quý III",
    "q4": "Quý IV",
    "year": "Cả năm",
}
TASK_STATE_WORDS = {
    "todo": "Chưa thực hiện",
    "in_progress": "Đang thực hiện",
    "done": "Hoàn thành",
    "cancelled": "Hủy",
}
MOVEMENT_STATE_WORDS = {
    "draft": "Dự thảo",
    "launched": "Đã phát động",
    "mid_review": "Đã sơ kết",
    "final_review": "Đã tổng kết",
    "closed": "Kết thúc",
}
# Statistical forms of TT 02/2023/TT-BNV (domain.md §B.5.d): sheet, title, levels
STAT_FORMS = [
    (
        "0602.N",
        "Biểu 0602.N/BNV-TĐKT: Số lượng khen thưởng cấp Nhà nước",
        ("president", "prime_minister"),
    ),
    (
        "0603.N",
        "Biểu 0603.N/BNV-TĐKT: Số lượng khen thưởng cấp Bộ, ban, ngành, "
        "đoàn thể trung ương và tỉnh",
        ("ministry", "city"),
    ),
    ("Cap So", "Số lượng khen thưởng thuộc thẩm quyền Giám đốc Sở", ("department",)),
]
FUND_MOVE_WORDS = {
    "receipt": "Thu",
    "expense": "Chi",
    "reversal": "Hoàn chi (hủy quyết định)",
}
# the groups of recipients of the Word lists (decision, proposal, session)
KIND_TITLES = {
    "collective": "TẬP THỂ",
    "individual": "CÁ NHÂN",
    "foreign": "TẬP THỂ, CÁ NHÂN NƯỚC NGOÀI",
}
# who receives a proposal upwards, by level
ADDRESSEE_UNITS = {
    "city": "Ban Thi đua - Khen thưởng thành phố",
    "ministry": "Vụ Thi đua - Khen thưởng, Bộ Ngoại giao",
}

# --- the achievement report (Báo cáo thành tích) -------------------------------
RATING_WORDS = {
    "excellent": "Hoàn thành xuất sắc nhiệm vụ",
    "good": "Hoàn thành tốt nhiệm vụ",
    "complete": "Hoàn thành nhiệm vụ",
    "incomplete": "Không hoàn thành nhiệm vụ",
}
INITIATIVE_LEVEL_WORDS = {
    "unit": "cấp cơ sở",
    "city": "cấp thành phố",
    "national": "cấp toàn quốc",
}
GENDER_WORDS = {"male": "Nam", "female": "Nữ", "other": "Khác"}
DEGREE_WORDS = {
    "graduate": "Cao đẳng",
    "bachelor": "Đại học",
    "master": "Thạc sĩ",
    "doctor": "Tiến sĩ",
    "other": "Khác",
}
NONE_ROW = {"year": "", "name": "Chưa có", "decision": ""}

# --- Nơi nhận ----------------------------------------------------------------
RECIPIENTS = {
    "decision": ["Như Điều 3", "Ban Thi đua - Khen thưởng thành phố (để b/c)"],
    "decision_own": [
        "Như Điều 3",
        "Ban Thi đua - Khen thưởng thành phố (để b/c)",
        "Lãnh đạo Sở",
    ],
    "proposal_city": ["Như trên", "Ban Thi đua - Khen thưởng thành phố", "Lãnh đạo Sở"],
    "proposal_ministry": ["Như trên", "Lãnh đạo Sở"],
    "plan": [
        "Ban Thi đua - Khen thưởng thành phố (để t/d)",
        "Lãnh đạo Sở",
        "Các phòng, đơn vị thuộc Sở",
        "BCH: Công đoàn, ĐTN cơ quan",
    ],
    "announcement": [
        "Các phòng, đơn vị thuộc Sở",
        "Hội đồng Thi đua - Khen thưởng Sở",
        "Trang thông tin điện tử Sở",
    ],
    "unit_proposal": [
        "Như trên",
        "Hội đồng Thi đua - Khen thưởng Sở",
        "Văn phòng Sở (tổng hợp)",
    ],
}

# --- Vietnamese numbers (tiền bằng chữ) --------------------------------------
DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALE_WORDS = ("", "nghìn", "triệu", "tỷ")
