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

    def verify(self, dossiers):
        """The units submit, the Office verifies."""
        for dossier in dossiers:
            if dossier.state in ("draft", "returned"):
                dossier.with_user(dossier.user_id or self.user_unit_a).action_submit()
            if dossier.state == "submitted":
                dossier.with_user(self.user_office).action_verify()
        return dossiers

    def new_session(self, **vals):
        return (
            self.env["commendation.council.session"]
            .with_user(self.user_office)
            .create(
                dict(
                    {
                        "council_id": self.council.id,
                        "date": self.council_date,
                        "year": self.year,
                        "place": "Phòng họp Sở",
                    },
                    **vals,
                )
            )
            .with_env(self.env)
        )

    def to_session(self, dossiers, session=None, present=None, written=0):
        """Verified dossiers on a started session; ``present`` members present
        (all by default) and the next ``written`` members absent with a
        written opinion, recorded by the council secretary."""
        self.verify(dossiers)
        session = session or self.new_session()
        session.with_user(self.user_office).action_add_dossiers(dossiers)
        if session.state == "draft":
            session.with_user(self.user_office).action_start()
        members = self.council.member_ids.sorted("id")
        present = len(members) if present is None else present
        session.with_user(self.user_council).write(
            {
                "present_member_ids": [(6, 0, members[:present].ids)],
                "written_member_ids": [
                    (6, 0, members[present : present + written].ids)
                ],
            }
        )
        return session

    def to_council(self, dossier, present=None):
        """One dossier on its own session (kept as ``self.session``)."""
        self.session = self.to_session(dossier, present=present)
        return dossier

    def vote(self, target, votes):
        """votes: {line or line index: (for, against)}, entered by the council
        secretary on ``target`` (a session, or a dossier on a session)."""
        if target._name == "commendation.dossier":
            lines = target.line_ids.sorted("id")
            session = lines.session_id[:1]
        else:
            session = target
            lines = session.line_ids.sorted("id")
        tallies = {}
        for key, value in votes.items():
            line = lines[key] if isinstance(key, int) else key
            tallies[line.id] = value
        session.with_user(self.user_council).action_record_tallies(tallies)

    def close(self, session, user=None):
        session.with_user(user or self.user_council).action_close()
        return session

    def decide(self, lines, number, date=None, user=None, **vals):
        """The Office drafts a decision with ``lines``; the Director (or
        ``user``) issues it."""
        level = lines[:1].authority_level or "department"
        decision = (
            self.env["commendation.decision"]
            .with_user(self.user_office)
            .create(
                dict(
                    {
                        "name": number,
                        "date": date or self.decision_date,
                        "year": self.year,
                        "authority_level": level,
                    },
                    **vals,
                )
            )
        )
        decision.action_add_lines(lines)
        issuer = user or (
            self.user_director if level == "department" else self.user_office
        )
        decision.with_user(issuer).action_issue()
        return decision.with_env(self.env)
