from datetime import date

from odoo.tests import TransactionCase, new_test_user

MODULE = "emulation_commendation"


class CommendationCase(TransactionCase):
    """Own organisation, users of every group, council and catalogue."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        Department = cls.env["hr.department"]
        Employee = cls.env["hr.employee"]
        cls.dept_a = Department.create({"name": "Unit A (test)"})
        cls.dept_a_child = Department.create(
            {"name": "Unit A child (test)", "parent_id": cls.dept_a.id}
        )
        cls.dept_b = Department.create({"name": "Unit B (test)"})
        cls.dept_office = Department.create({"name": "Office (test)"})

        def user(login, groups, department, name):
            usr = new_test_user(
                cls.env,
                login=login,
                groups=",".join(f"{MODULE}.{g}" for g in groups) + ",base.group_user",
                name=name,
            )
            employee = Employee.create(
                {"name": name, "user_id": usr.id, "department_id": department.id}
            )
            return usr, employee

        cls.user_unit_a, cls.emp_unit_a = user(
            "kt_unit_a", ["group_unit_officer"], cls.dept_a, "Officer A"
        )
        cls.user_unit_b, cls.emp_unit_b = user(
            "kt_unit_b", ["group_unit_officer"], cls.dept_b, "Officer B"
        )
        cls.user_office, cls.emp_office = user(
            "kt_office", ["group_office"], cls.dept_office, "Office Officer"
        )
        cls.user_council, cls.emp_council = user(
            "kt_council", ["group_council"], cls.dept_office, "Council Secretary"
        )
        cls.user_director, cls.emp_director = user(
            "kt_director", ["group_director"], cls.dept_office, "Director"
        )
        cls.user_plain, cls.emp_plain = user(
            "kt_plain", ["group_user"], cls.dept_a, "Plain Employee"
        )
        cls.emp_a1 = Employee.create(
            {"name": "Nguyễn Văn A1", "department_id": cls.dept_a.id}
        )
        cls.emp_a2 = Employee.create(
            {"name": "Trần Thị A2", "department_id": cls.dept_a.id}
        )
        cls.emp_child = Employee.create(
            {"name": "Lê Văn Con", "department_id": cls.dept_a_child.id}
        )
        cls.emp_b1 = Employee.create(
            {"name": "Phạm Văn B1", "department_id": cls.dept_b.id}
        )

        # A council of 10 members: the secretary and nine others.
        others = Employee.create(
            [
                {"name": f"Member {i}", "department_id": cls.dept_office.id}
                for i in range(9)
            ]
        )
        cls.council = cls.env["emulation.council"].create(
            {
                "name": "Test council",
                "member_ids": [
                    (0, 0, {"employee_id": cls.emp_council.id, "role": "secretary"}),
                    (0, 0, {"employee_id": others[0].id, "role": "chair"}),
                ]
                + [(0, 0, {"employee_id": e.id, "role": "member"}) for e in others[1:]],
            }
        )
        kinds = cls.env["commendation.document.kind"]
        cls.kind_report = kinds.create(
            {"code": "kt_report", "name": "Achievement report (test)"}
        )
        cls.kind_minutes = kinds.create(
            {"code": "kt_minutes", "name": "Council minutes (test)"}
        )
        Type = cls.env["commendation.type"]
        common = {"category": "title", "annual": True}
        cls.type_ldtt = Type.create(
            dict(
                common,
                code="KT_LDTT",
                name="Advanced Worker (test)",
                recipient_kind="individual",
                coefficient_individual=0.3,
                vote_threshold=0,
            )
        )
        cls.type_cstdcs = Type.create(
            dict(
                common,
                code="KT_CSTDCS",
                name="Grassroots Emulation Fighter (test)",
                recipient_kind="individual",
                coefficient_individual=1.0,
                vote_threshold=80,
                secret_ballot=True,
                required_document_kind_ids=[
                    (6, 0, (cls.kind_report | cls.kind_minutes).ids)
                ],
            )
        )
        cls.type_collective = Type.create(
            dict(
                common,
                code="KT_TTLDTT",
                name="Advanced Collective (test)",
                recipient_kind="collective",
                coefficient_collective=0.8,
                vote_threshold=0,
            )
        )
        cls.type_city = Type.create(
            {
                "code": "KT_BK",
                "name": "City Certificate of Merit (test)",
                "category": "form",
                "recipient_kind": "individual",
                "allow_collective": True,
                "authority_level": "city",
                "coefficient_individual": 1.5,
                "coefficient_collective": 3.0,
                "vote_threshold": 0,
            }
        )
        cls.type_foreign = Type.create(
            {
                "code": "KT_FOREIGN",
                "name": "Certificate for Foreigners (test)",
                "category": "form",
                "recipient_kind": "foreign_individual",
                "coefficient_individual": 0.3,
            }
        )
        cls.year = 2025
        cls.council_date = date(2025, 12, 15)
        cls.decision_date = date(2025, 12, 20)

    # helpers -----------------------------------------------------------
    def make_dossier(self, user=None, department=None, lines=None, **vals):
        user = user or self.user_unit_a
        department = department or self.dept_a
        lines = lines if lines is not None else [(self.emp_a1, self.type_ldtt)]
        return (
            self.env["commendation.dossier"]
            .with_user(user)
            .create(
                dict(
                    {
                        "title": "Đề nghị khen thưởng năm 2025",
                        "department_id": department.id,
                        "year": self.year,
                        "date": date(2025, 12, 1),
                        "line_ids": [
                            (
                                0,
                                0,
                                {
                                    "employee_id": rec.id
                                    if rec._name == "hr.employee"
                                    else False,
                                    "department_id": rec.id
                                    if rec._name == "hr.department"
                                    else False,
                                    "type_id": ctype.id,
                                    "achievements": "Hoàn thành xuất sắc nhiệm vụ",
                                },
                            )
                            for rec, ctype in lines
                        ],
                    },
                    **vals,
                )
            )
            .with_env(self.env)
        )

    def attach(self, dossier, kinds, user=None):
        for kind in kinds:
            dossier.with_user(user or self.user_unit_a).write(
                {
                    "document_ids": [
                        (
                            0,
                            0,
                            {"kind_id": kind.id, "file": b"UERG", "file_name": "a.pdf"},
                        )
                    ]
                }
            )

    def to_council(self, dossier, present=None):
        dossier.with_user(self.user_unit_a).action_submit()
        dossier.with_user(self.user_office).action_verify()
        dossier.with_user(self.user_office).write(
            {"council_id": self.council.id, "council_date": self.council_date}
        )
        dossier.with_user(self.user_office).action_to_council()
        members = self.council.member_ids
        if present is not None:
            members = members[:present]
        dossier.with_user(self.user_council).write(
            {"present_member_ids": [(6, 0, members.ids)]}
        )
        return dossier

    def vote(self, dossier, votes):
        """votes: {line_index: (for, against)} as the council secretary."""
        lines = dossier.line_ids.sorted("id")
        for index, (votes_for, against) in votes.items():
            lines[index].with_user(self.user_council).write(
                {"votes_for": votes_for, "votes_against": against}
            )
