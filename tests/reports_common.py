"""Fixtures of the document, spreadsheet and periodic-report tests (own data,
never the demo data)."""

import datetime

from odoo.tests.common import TransactionCase, new_test_user

D = datetime.date


class ReportsCommonCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.recipient_mail = cls.env["res.partner"].create(
            {"name": "Ban Thi đua - Khen thưởng (test)", "email": "tdkt@example.com"}
        )
        cls.recipient_nomail = cls.env["res.partner"].create(
            {"name": "Cụm thi đua (test)"}
        )
        cls.company.write(
            {
                "emulation_parent_agency": "UBND THÀNH PHỐ HẢI PHÒNG",
                "emulation_agency_name": "SỞ NGOẠI VỤ",
                "emulation_agency_code": "NV",
                "emulation_place": "Hải Phòng",
                "emulation_signer_title": "GIÁM ĐỐC",
                "emulation_signer_name": "Nguyễn Thị Test",
                "emulation_drafting_unit": "VP",
                "emulation_semiannual_due_day": 15,
                "emulation_semiannual_due_month": 6,
                "emulation_annual_due_day": 1,
                "emulation_annual_due_month": 12,
                "emulation_report_auto_send": True,
                "emulation_report_partner_ids": [
                    (6, 0, (cls.recipient_mail | cls.recipient_nomail).ids)
                ],
            }
        )
        cls.office_user = new_test_user(
            cls.env,
            login="rep_office",
            groups="base.group_user,emulation_commendation.group_office",
        )
        cls.plain_user = new_test_user(
            cls.env, login="rep_plain", groups="base.group_user"
        )
        cls.company.emulation_report_user_id = cls.office_user
        Department = cls.env["hr.department"]
        cls.dept_a = Department.create({"name": "Phòng Thử nghiệm A"})
        cls.dept_b = Department.create({"name": "Phòng Thử nghiệm B"})
        Employee = cls.env["hr.employee"]
        cls.head = Employee.create(
            {
                "name": "Trưởng Phòng A",
                "job_title": "Trưởng phòng",
                "department_id": cls.dept_a.id,
            }
        )
        cls.dept_a.manager_id = cls.head
        cls.emp1, cls.emp2, cls.emp3 = Employee.create(
            [
                {
                    "name": "Nguyễn Văn Một",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_a.id,
                    "gender": "male",
                },
                {
                    "name": "Lê Thị Hai",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_a.id,
                    "gender": "female",
                },
                {
                    "name": "Phạm Văn Ba",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_b.id,
                    "gender": "male",
                },
            ]
        )
        Type = cls.env["commendation.type"]
        cls.type_title = Type.create(
            {
                "name": "Chiến sĩ thi đua cơ sở (thử)",
                "code": "TST_CSTDCS",
                "category": "title",
                "authority_level": "department",
                "vote_threshold": 80,
                "secret_ballot": True,
                "coefficient_individual": 1.0,
            }
        )
        cls.type_form = Type.create(
            {
                "name": "Giấy khen của Giám đốc Sở (thử)",
                "code": "TST_GK",
                "category": "form",
                "authority_level": "department",
                "vote_threshold": 50,
                "coefficient_individual": 0.3,
            }
        )
        cls.type_city = Type.create(
            {
                "name": "Bằng khen của Chủ tịch UBND thành phố (thử)",
                "code": "TST_BK",
                "category": "form",
                "authority_level": "city",
            }
        )
        cls.council = cls.env["emulation.council"].create(
            {
                "name": "Hội đồng Thi đua - Khen thưởng (thử)",
                "member_ids": [
                    (0, 0, {"employee_id": cls.head.id, "role": "chair"}),
                    (0, 0, {"employee_id": cls.emp1.id, "role": "secretary"}),
                    (0, 0, {"employee_id": cls.emp2.id, "role": "member"}),
                    (0, 0, {"employee_id": cls.emp3.id, "role": "member"}),
                ],
            }
        )

    @classmethod
    def _create_awards(cls, vals_list):
        return cls.env["commendation.award"].create(vals_list)

    @classmethod
    def _make_decided_dossier(
        cls, year=2025, number="12/QĐ-NV", date=None, people=None
    ):
        first, second, third = people or (cls.emp1, cls.emp2, cls.emp3)
        date = date or D(year, 12, 15)
        council_date = min(D(year, 12, 10), date - datetime.timedelta(days=2))
        proposal_date = min(D(year, 12, 5), council_date - datetime.timedelta(days=3))
        dossier = cls.env["commendation.dossier"].create(
            {
                "title": "Đề nghị khen thưởng năm %s" % year,
                "year": year,
                "department_id": cls.dept_a.id,
                "council_id": cls.council.id,
                "council_date": council_date,
                "date": proposal_date,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "employee_id": first.id,
                            "type_id": cls.type_title.id,
                            "votes_for": 4,
                            "vote_passed": True,
                            "achievements": "Hoàn thành xuất sắc nhiệm vụ.",
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "employee_id": second.id,
                            "type_id": cls.type_form.id,
                            "votes_for": 3,
                            "votes_against": 1,
                            "vote_passed": True,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "employee_id": third.id,
                            "type_id": cls.type_title.id,
                            "votes_for": 2,
                            "votes_against": 2,
                            "vote_passed": False,
                        },
                    ),
                ],
            }
        )
        # The test environment is superuser: set the decided state directly.
        dossier.with_context(commendation_dossier_state_change=True).write(
            {"state": "decided", "decision_number": number, "decision_date": date}
        )
        vals_list = []
        for line, amount in zip(
            dossier.line_ids.filtered("vote_passed"), (2340000, 702000), strict=True
        ):
            vals_list.append(
                {
                    "employee_id": line.employee_id.id,
                    "type_id": line.type_id.id,
                    "year": year,
                    "decision_number": number,
                    "decision_date": date,
                    "dossier_id": dossier.id,
                    "dossier_line_id": line.id,
                    "reward_amount": amount,
                }
            )
        return dossier, cls._create_awards(vals_list)
