"""Fixtures of the document, spreadsheet and periodic-report tests (own data,
never the demo data): a council of five, two units, their dossiers taken
through a real round (session, decisions, proposal upwards) by the actions
a user would press."""

import datetime
import urllib.parse

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
        # In the organisation's order, unit B comes first when units have a
        # sequence; without it, units follow their names (A first).
        cls.units_have_sequence = "sequence" in Department._fields
        if cls.units_have_sequence:
            cls.dept_b.sequence = 1
            cls.dept_a.sequence = 2
        Employee = cls.env["hr.employee"]
        cls.head = Employee.create(
            {
                "name": "Trưởng Phòng A",
                "job_title": "Trưởng phòng",
                "department_id": cls.dept_a.id,
            }
        )
        cls.dept_a.manager_id = cls.head
        cls.emp1, cls.emp2, cls.emp3, cls.emp4, cls.emp5 = Employee.create(
            [
                {
                    "name": "Nguyễn Văn Một",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_a.id,
                    "gender": "male",
                },
                {
                    "name": "Lê Thị Hai",
                    "job_title": "Chuyên viên chính",
                    "department_id": cls.dept_a.id,
                    "gender": "female",
                },
                {
                    "name": "Phạm Văn Ba",
                    "job_title": "Chuyên viên",
                    "department_id": cls.dept_b.id,
                    "gender": "male",
                },
                {
                    "name": "Đỗ Thị Bốn",
                    "job_title": "Phó Trưởng phòng",
                    "department_id": cls.dept_b.id,
                    "gender": "female",
                },
                {
                    "name": "Vũ Văn An",
                    "job_title": "Chánh Văn phòng",
                    "department_id": cls.dept_a.id,
                    "gender": "male",
                },
            ]
        )
        cls.legal_bases = cls.env.ref(
            "emulation_commendation.emulation_legal_document_luat_06_2022"
        ) | cls.env.ref("emulation_commendation.emulation_legal_document_nd_152_2025")
        Type = cls.env["commendation.type"]
        cls.type_title = Type.create(
            {
                "name": "Chiến sĩ thi đua cơ sở (thử)",
                "code": "TST_CSTDCS",
                "category": "title",
                "annual": True,
                "sequence": 1,
                "authority_level": "department",
                "vote_threshold": 80,
                "secret_ballot": True,
                "coefficient_individual": 1.0,
                "legal_document_ids": [(6, 0, cls.legal_bases.ids)],
            }
        )
        cls.type_ldtt = Type.create(
            {
                "name": "Lao động tiên tiến (thử)",
                "code": "TST_LDTT",
                "category": "title",
                "annual": True,
                "sequence": 2,
                "authority_level": "department",
                "vote_threshold": 0,
                "coefficient_individual": 0.3,
                "legal_document_ids": [(6, 0, cls.legal_bases.ids)],
            }
        )
        cls.type_form = Type.create(
            {
                "name": "Giấy khen của Giám đốc Sở (thử)",
                "code": "TST_GK",
                "category": "form",
                "sequence": 3,
                "authority_level": "department",
                "allow_collective": True,
                "vote_threshold": 50,
                "coefficient_individual": 0.3,
                "coefficient_collective": 0.6,
                "legal_document_ids": [(6, 0, cls.legal_bases.ids)],
            }
        )
        cls.type_city = Type.create(
            {
                "name": "Bằng khen của Chủ tịch UBND thành phố (thử)",
                "code": "TST_BK",
                "category": "form",
                "sequence": 4,
                "authority_level": "city",
                "vote_threshold": 80,
                "secret_ballot": True,
                "coefficient_individual": 1.5,
                "legal_document_ids": [(6, 0, cls.legal_bases.ids)],
            }
        )
        # Five members: four present, one absent with a written opinion.
        cls.council = cls.env["emulation.council"].create(
            {
                "name": "Hội đồng Thi đua - Khen thưởng (thử)",
                "decision_number": "05/QĐ-NV",
                "decision_date": D(2025, 1, 6),
                "member_ids": [
                    (
                        0,
                        0,
                        {"employee_id": cls.head.id, "role": "chair", "sequence": 1},
                    ),
                    (
                        0,
                        0,
                        {
                            "employee_id": cls.emp5.id,
                            "role": "secretary",
                            "sequence": 5,
                        },
                    ),
                    (
                        0,
                        0,
                        {"employee_id": cls.emp1.id, "role": "member", "sequence": 2},
                    ),
                    (
                        0,
                        0,
                        {"employee_id": cls.emp3.id, "role": "member", "sequence": 3},
                    ),
                    (
                        0,
                        0,
                        {"employee_id": cls.emp2.id, "role": "member", "sequence": 4},
                    ),
                ],
            }
        )

    # ------------------------------------------------------------------
    # A round, through the actions
    # ------------------------------------------------------------------
    @classmethod
    def _dossier(cls, department, lines, year=2025, date=None):
        """A verified dossier of ``department``: ``lines`` is a list of
        (employee or department, type, achievements)."""
        dossier = cls.env["commendation.dossier"].create(
            {
                "title": "Đề nghị khen thưởng năm %s" % year,
                "year": year,
                "kind": "annual",
                "department_id": department.id,
                "date": date or D(year, 12, 1),
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "employee_id": who.id
                            if who._name == "hr.employee"
                            else False,
                            "department_id": who.id
                            if who._name == "hr.department"
                            else False,
                            "type_id": ctype.id,
                            "achievements": achievements,
                        },
                    )
                    for who, ctype, achievements in lines
                ],
            }
        )
        dossier.action_submit()
        dossier.action_verify()
        return dossier

    @classmethod
    def _line(cls, dossiers, who, ctype):
        field = "employee_id" if who._name == "hr.employee" else "department_id"
        return dossiers.line_ids.filtered(
            lambda line: line[field] == who and line.type_id == ctype
        )

    @classmethod
    def _session(cls, dossiers, date, tallies, place="Phòng họp tầng 2"):
        """A closed session of ``dossiers``: the chair, Một, Ba and An
        present, Hai absent with a written opinion; ``tallies`` maps lines to
        (votes for, votes against)."""
        members = cls.council.member_ids
        session = cls.env["commendation.council.session"].create(
            {
                "council_id": cls.council.id,
                "date": date,
                "year": dossiers[:1].year,
                "place": place,
            }
        )
        session.action_add_dossiers(dossiers)
        session.action_start()
        session.write(
            {
                "present_member_ids": [
                    (6, 0, members.filtered(lambda m: m.employee_id != cls.emp2).ids)
                ],
                "written_member_ids": [
                    (6, 0, members.filtered(lambda m: m.employee_id == cls.emp2).ids)
                ],
                "minutes": "<p>Các thành viên thống nhất với báo cáo của Văn "
                "phòng.</p>",
            }
        )
        session.action_record_tallies(
            {line.id: votes for line, votes in tallies.items()}
        )
        session.action_close()
        return session

    @classmethod
    def _decision(cls, lines, number, date):
        decision = cls.env["commendation.decision"].create(
            {
                "name": number,
                "date": date,
                "year": lines[:1].year,
                "authority_level": "department",
            }
        )
        decision.action_add_lines(lines)
        decision.action_issue()
        return decision

    @classmethod
    def _make_round(cls, year=2025, session_date=None, decision_date=None):
        """The year-end round of units A and B:

        - unit A: Một (CSTĐCS 5/0 and LĐTT), Hai (Giấy khen 4/1), the unit
          itself (Giấy khen 5/0), An (Giấy khen 5/0);
        - unit B: Ba (CSTĐCS 2/3: not passed), Bốn (Giấy khen 3/2, Bằng khen
          of the City 5/0).

        Decisions: 152/QĐ-NV (Giấy khen: Hai, unit A, An, Bốn), 153/QĐ-NV (Một's
        CSTĐCS and LĐTT: the LĐTT pays nothing); proposal 25/TTr-NV to the
        City (Bốn's Bằng khen), sent."""
        session_date = session_date or D(year, 12, 10)
        decision_date = decision_date or D(year, 12, 15)
        dossier_date = session_date - datetime.timedelta(days=5)
        dossier_a = cls._dossier(
            cls.dept_a,
            [
                (cls.emp1, cls.type_title, "Hoàn thành xuất sắc nhiệm vụ."),
                (cls.emp1, cls.type_ldtt, "Hoàn thành tốt nhiệm vụ."),
                (cls.emp2, cls.type_form, "Có thành tích trong công tác lãnh sự."),
                (cls.dept_a, cls.type_form, "Tập thể hoàn thành xuất sắc nhiệm vụ."),
                (cls.emp5, cls.type_form, "Có thành tích trong công tác văn phòng."),
            ],
            year,
            dossier_date,
        )
        dossier_b = cls._dossier(
            cls.dept_b,
            [
                (cls.emp3, cls.type_title, "Hoàn thành tốt nhiệm vụ."),
                (cls.emp4, cls.type_form, "Có thành tích trong công tác đối ngoại."),
                (cls.emp4, cls.type_city, "Có nhiều đóng góp cho công tác đối ngoại."),
            ],
            year,
            dossier_date,
        )
        dossiers = dossier_a | dossier_b
        line = cls._line
        session = cls._session(
            dossiers,
            session_date,
            {
                line(dossiers, cls.emp1, cls.type_title): (5, 0),
                line(dossiers, cls.emp3, cls.type_title): (2, 3),
                line(dossiers, cls.emp2, cls.type_form): (4, 1),
                line(dossiers, cls.dept_a, cls.type_form): (5, 0),
                line(dossiers, cls.emp5, cls.type_form): (5, 0),
                line(dossiers, cls.emp4, cls.type_form): (3, 2),
                line(dossiers, cls.emp4, cls.type_city): (5, 0),
            },
        )
        forms = (
            line(dossiers, cls.emp2, cls.type_form)
            | line(dossiers, cls.dept_a, cls.type_form)
            | line(dossiers, cls.emp5, cls.type_form)
            | line(dossiers, cls.emp4, cls.type_form)
        )
        decision_forms = cls._decision(forms, "152/QĐ-NV", decision_date)
        titles = line(dossiers, cls.emp1, cls.type_title) | line(
            dossiers, cls.emp1, cls.type_ldtt
        )
        decision_titles = cls._decision(titles, "153/QĐ-NV", decision_date)
        proposal = cls.env["commendation.proposal"].create(
            {
                "name": "25/TTr-NV",
                "date": decision_date,
                "authority_level": "city",
                "year": year,
                "signer_name": "Trần Văn Phó",
                "signer_title": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
            }
        )
        proposal.action_add_lines(line(dossiers, cls.emp4, cls.type_city))
        proposal.action_send()
        return {
            "dossiers": dossiers,
            "dossier_a": dossier_a,
            "dossier_b": dossier_b,
            "session": session,
            "decision_forms": decision_forms,
            "decision_titles": decision_titles,
            "proposal": proposal,
        }

    @classmethod
    def _make_decided_dossier(
        cls, year=2025, number="12/QĐ-NV", date=None, people=None, ctype=None
    ):
        """One unit's dossier decided by the Director (Giấy khen, unless
        ``ctype``, for three people): for the periodic report, the
        spreadsheets and the legal bases by date."""
        date = date or D(year, 12, 15)
        session_date = date - datetime.timedelta(days=2)
        people = people or (cls.emp1, cls.emp2, cls.emp4)
        dossier = cls._dossier(
            cls.dept_a,
            [(person, ctype or cls.type_form, "") for person in people],
            year,
            session_date - datetime.timedelta(days=3),
        )
        cls._session(
            dossier,
            session_date,
            {line: (5, 0) for line in dossier.line_ids},
        )
        decision = cls._decision(dossier.line_ids, number, date)
        return dossier, decision.award_ids


def xlsx_download(env, action):
    """(bytes, file name) that the download ``action`` of a spreadsheet
    export serves (controllers/xlsx.py), without going through HTTP."""
    url = urllib.parse.urlsplit(action["url"])
    export = url.path.rsplit("/", 1)[1]
    query = dict(urllib.parse.parse_qsl(url.query))
    ids = [int(i) for i in query["ids"].split(",")]
    records = env[query["model"]].browse(ids)
    return env["emulation.xlsx.export"]._export_file(export, records)
