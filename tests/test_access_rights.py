"""The access matrix of the foundation models: every group, every operation.

Each cell is a ``subTest`` (role, operation, record): an allowed cell must not
raise, a refused cell must raise ``AccessError``. The matrices are written from
the groups of DESIGN.md §5 (configuration by the Administrator, personnel
records by the Office, read access by department for unit officers, read-all
for the Director and HR).
"""

from itertools import count

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EmulationCase

ROLES = (
    "plain",
    "unit_a",
    "unit_b",
    "office",
    "manager",
    "council",
    "director",
    "hr",
)
EVERYONE = frozenset(ROLES)
MANAGER_ONLY = frozenset({"manager"})
OFFICE = frozenset({"office", "manager"})
READ_ALL = frozenset({"office", "manager", "director", "hr"})

# Configuration models: everybody reads, the Administrator manages.
CONFIG_MATRIX = {
    "read": EVERYONE,
    "write": MANAGER_ONLY,
    "create": MANAGER_ONLY,
    "unlink": MANAGER_ONLY,
}
# Personnel records (ratings, disciplines): own record, own department (and its
# sub-departments) for unit officers, everything for Office, Director and HR;
# only the Office changes them.
PERSONNEL_MATRIX = {
    # record of user_employee, in the sub-unit of unit A
    "read_own": READ_ALL | {"plain", "unit_a"},
    # record of a colleague in unit A
    "read_unit_a": READ_ALL | {"unit_a"},
    # record of an employee of unit B
    "read_unit_b": READ_ALL | {"unit_b"},
    "write": OFFICE,
    "create": OFFICE,
    "unlink": OFFICE,
}
# Personal data (Nghị định 13/2023/NĐ-CP: disciplines, pending matters): HR
# reads, the Office manages; nobody else, not even about themselves.
PERSONAL_DATA_MATRIX = {
    "read_own": frozenset({"office", "manager", "hr"}),
    "read_unit_a": frozenset({"office", "manager", "hr"}),
    "read_unit_b": frozenset({"office", "manager", "hr"}),
    "write": OFFICE,
    "create": OFFICE,
    "unlink": OFFICE,
}
# Facts about units (collective ratings): everybody reads, the Office records.
UNIT_FACTS_MATRIX = {
    "read": EVERYONE,
    "write": OFFICE,
    "create": OFFICE,
    "unlink": OFFICE,
}
# Initiatives: everybody reads; unit officers record and edit their own unit's.
INITIATIVE_MATRIX = {
    "read": EVERYONE,
    "write_unit_a": OFFICE | {"unit_a"},
    "create_unit_a": OFFICE | {"unit_a"},
    "create_unit_b": OFFICE | {"unit_b"},
    "unlink": OFFICE,
}


@tagged("post_install", "-at_install")
class TestAccessRights(EmulationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seq = count(1)
        cls.legal_document = cls.env["emulation.legal.document"].create(
            {"number": "1/2025/TEST", "name": "Test basis", "doc_type": "decision"}
        )
        cls.document_kind = cls.env["commendation.document.kind"].create(
            {"code": "test_kind", "name": "Test kind"}
        )
        cls.commendation_type = cls.env["commendation.type"].create(
            {"code": "TEST", "name": "Test title", "category": "title"}
        )
        cls.council = cls.env["emulation.council"].create({"name": "Test council"})
        cls.council_member = cls.env["emulation.council.member"].create(
            {
                "council_id": cls.council.id,
                "employee_id": cls.emp_director.id,
                "role": "chair",
            }
        )
        cls.rating_own = cls.rate(cls.emp_plain, {2024: "good"})
        cls.rating_a = cls.rate(cls.emp_a1, {2024: "good"})
        cls.rating_b = cls.rate(cls.emp_b1, {2024: "good"})
        cls.discipline_own = cls.discipline(
            cls.emp_plain, "reprimand", "2024-03-01", "2024-09-01"
        )
        cls.discipline_a = cls.discipline(
            cls.emp_a1, "reprimand", "2024-03-01", "2024-09-01"
        )
        cls.discipline_b = cls.discipline(
            cls.emp_b1, "reprimand", "2024-03-01", "2024-09-01"
        )
        cls.initiative_a = cls.initiative(cls.emp_a1, 2024)
        Matter = cls.env["emulation.pending.matter"]
        cls.matter_own, cls.matter_a, cls.matter_b = Matter.create(
            [
                {"employee_id": employee.id, "kind": "complaint", "date_start": day}
                for employee, day in (
                    (cls.emp_plain, "2024-02-01"),
                    (cls.emp_a1, "2024-02-02"),
                    (cls.emp_b1, "2024-02-03"),
                )
            ]
        )
        cls.unit_rating_a = cls.env["emulation.department.rating"].create(
            {"department_id": cls.dept_a.id, "year": 2024, "rating": "good"}
        )

    # Machinery -------------------------------------------------------------

    def _assert_matrix(self, matrix, operations):
        for operation, allowed_roles in matrix.items():
            for role in ROLES:
                user = self.users_by_role[role]
                allowed = role in allowed_roles
                with self.subTest(role=role, operation=operation, allowed=allowed):
                    self.env.invalidate_all()
                    if allowed:
                        operations[operation](user)
                    else:
                        with self.assertRaises(AccessError):
                            operations[operation](user)

    def _config_operations(self, record, create_vals):
        """Operations on a configuration model; ``create_vals(n)`` gives the
        values of a new record, unique for ``n``."""
        Model = self.env[record._name]

        def unlink(user):
            fresh = Model.create(create_vals(next(self.seq)))
            fresh.with_user(user).unlink()

        return {
            "read": lambda user: record.with_user(user).read(["display_name"]),
            "write": lambda user: record.with_user(user).write(
                {"sequence": next(self.seq)}
                if "sequence" in Model._fields
                else {"name": f"Renamed {next(self.seq)}"}
            ),
            "create": lambda user: Model.with_user(user).create(
                create_vals(next(self.seq))
            ),
            "unlink": unlink,
        }

    # Configuration models --------------------------------------------------

    def test_legal_document_access(self):
        self._assert_matrix(
            CONFIG_MATRIX,
            self._config_operations(
                self.legal_document,
                lambda n: {"number": f"{n}/2025/T", "name": f"Basis {n}"},
            ),
        )

    def test_document_kind_access(self):
        self._assert_matrix(
            CONFIG_MATRIX,
            self._config_operations(
                self.document_kind,
                lambda n: {"code": f"kind_{n}", "name": f"Kind {n}"},
            ),
        )

    def test_commendation_type_access(self):
        self._assert_matrix(
            CONFIG_MATRIX,
            self._config_operations(
                self.commendation_type,
                lambda n: {"code": f"T{n}", "name": f"Type {n}"},
            ),
        )

    def test_council_access(self):
        self._assert_matrix(
            CONFIG_MATRIX,
            self._config_operations(self.council, lambda n: {"name": f"Council {n}"}),
        )

    def test_council_member_access(self):
        def member_vals(n):
            council = self.env["emulation.council"].create({"name": f"Council {n}"})
            return {
                "council_id": council.id,
                "employee_id": self.emp_a1.id,
                "role": "member",
            }

        self._assert_matrix(
            CONFIG_MATRIX, self._config_operations(self.council_member, member_vals)
        )

    # Personnel records -----------------------------------------------------

    def _personnel_operations(self, own, record_a, record_b, create_vals):
        Model = self.env[own._name]

        def unlink(user):
            fresh = Model.create(create_vals(next(self.seq)))
            fresh.with_user(user).unlink()

        return {
            "read_own": lambda user: own.with_user(user).read(["employee_id"]),
            "read_unit_a": lambda user: record_a.with_user(user).read(["employee_id"]),
            "read_unit_b": lambda user: record_b.with_user(user).read(["employee_id"]),
            "write": lambda user: record_a.with_user(user).write(
                {"decision_number": f"{next(self.seq)}/QĐ"}
            ),
            "create": lambda user: Model.with_user(user).create(
                create_vals(next(self.seq))
            ),
            "unlink": unlink,
        }

    def test_rating_access(self):
        self._assert_matrix(
            PERSONNEL_MATRIX,
            self._personnel_operations(
                self.rating_own,
                self.rating_a,
                self.rating_b,
                lambda n: {
                    # a new colleague in unit A: one rating per employee and year
                    "employee_id": self.env["hr.employee"]
                    .create({"name": f"Newcomer {n}", "department_id": self.dept_a.id})
                    .id,
                    "year": 2025,
                    "rating": "good",
                },
            ),
        )

    def test_discipline_access(self):
        self._assert_matrix(
            PERSONAL_DATA_MATRIX,
            self._personnel_operations(
                self.discipline_own,
                self.discipline_a,
                self.discipline_b,
                lambda n: {
                    "employee_id": self.emp_a1.id,
                    "form": "reprimand",
                    "date": "2025-01-01",
                    "date_block_start": "2025-01-01",
                    "date_block_end": "2025-07-01",
                },
            ),
        )

    def test_pending_matter_access(self):
        operations = self._personnel_operations(
            self.matter_own,
            self.matter_a,
            self.matter_b,
            lambda n: {
                "employee_id": self.emp_a1.id,
                "kind": "inspection",
                "date_start": "2025-01-01",
            },
        )
        operations["write"] = lambda user: self.matter_a.with_user(user).write(
            {"reference": f"{next(self.seq)}/QĐ"}
        )
        self._assert_matrix(PERSONAL_DATA_MATRIX, operations)

    def test_department_rating_access(self):
        Rating = self.env["emulation.department.rating"]

        def unlink(user):
            unit = self.env["hr.department"].create({"name": f"U{next(self.seq)}"})
            Rating.create(
                {"department_id": unit.id, "year": 2024, "rating": "good"}
            ).with_user(user).unlink()

        def create(user):
            unit = self.env["hr.department"].create({"name": f"U{next(self.seq)}"})
            Rating.with_user(user).create(
                {"department_id": unit.id, "year": 2024, "rating": "good"}
            )

        operations = {
            "read": lambda user: self.unit_rating_a.with_user(user).read(["rating"]),
            "write": lambda user: self.unit_rating_a.with_user(user).write(
                {"assessed_by": f"Giám đốc Sở {next(self.seq)}"}
            ),
            "create": create,
            "unlink": unlink,
        }
        self._assert_matrix(UNIT_FACTS_MATRIX, operations)

    def test_identification_number_hr_only(self):
        """The identity number (hr.employee.identification_id) is HR's: the
        Office resolves it when importing (tests/test_import.py) but neither it
        nor anybody else reads it."""
        self.emp_a1.identification_id = "031090001234"
        for role in ROLES:
            user = self.users_by_role[role]
            allowed = role == "hr"
            with self.subTest(role=role, allowed=allowed):
                self.env.invalidate_all()
                employee = self.emp_a1.with_user(user)
                if allowed:
                    self.assertEqual(
                        employee.read(["identification_id"])[0]["identification_id"],
                        "031090001234",
                    )
                else:
                    with self.assertRaises(AccessError):
                        employee.read(["identification_id"])

    def test_initiative_access(self):
        Initiative = self.env["emulation.initiative"]

        def vals(employee):
            return {
                "name": f"Initiative {next(self.seq)}",
                "year": 2025,
                "employee_ids": [(6, 0, employee.ids)],
            }

        def unlink(user):
            Initiative.create(vals(self.emp_a1)).with_user(user).unlink()

        operations = {
            "read": lambda user: self.initiative_a.with_user(user).read(["name"]),
            "write_unit_a": lambda user: self.initiative_a.with_user(user).write(
                {"decision_number": f"{next(self.seq)}/QĐ"}
            ),
            "create_unit_a": lambda user: Initiative.with_user(user).create(
                vals(self.emp_a1)
            ),
            "create_unit_b": lambda user: Initiative.with_user(user).create(
                vals(self.emp_b1)
            ),
            "unlink": unlink,
        }
        self._assert_matrix(INITIATIVE_MATRIX, operations)

    # What each user finds --------------------------------------------------

    def test_rating_search_scope(self):
        ratings = self.rating_own | self.rating_a | self.rating_b
        expected = {
            "plain": self.rating_own,
            "unit_a": self.rating_own | self.rating_a,
            "unit_b": self.rating_b,
            "council": self.env["emulation.rating"],
            "office": ratings,
            "manager": ratings,
            "director": ratings,
            "hr": ratings,
        }
        for role, visible in expected.items():
            with self.subTest(role=role):
                found = (
                    self.env["emulation.rating"]
                    .with_user(self.users_by_role[role])
                    .search([("id", "in", ratings.ids)])
                )
                self.assertEqual(found.ids, visible.sorted().ids)

    def test_discipline_search_scope(self):
        """Disciplines and pending matters: HR and the Office find them all;
        the others, the Director included, are refused."""
        for model, records in (
            (
                "emulation.discipline",
                self.discipline_own | self.discipline_a | self.discipline_b,
            ),
            (
                "emulation.pending.matter",
                self.matter_own | self.matter_a | self.matter_b,
            ),
        ):
            for role in ROLES:
                with self.subTest(model=model, role=role):
                    Model = self.env[model].with_user(self.users_by_role[role])
                    if role in PERSONAL_DATA_MATRIX["read_own"]:
                        found = Model.search([("id", "in", records.ids)])
                        self.assertEqual(set(found.ids), set(records.ids))
                    else:
                        with self.assertRaises(AccessError):
                            Model.search([("id", "in", records.ids)])

    def test_personal_fields_of_employee_restricted(self):
        """The discipline and pending-matter fields of an employee (form tab,
        smart buttons) are for HR and the Office only, on the private and on
        the public profile."""
        for role in ROLES:
            user = self.users_by_role[role]
            allowed = role in PERSONAL_DATA_MATRIX["read_own"]
            for model in ("hr.employee", "hr.employee.public"):
                with self.subTest(role=role, model=model, allowed=allowed):
                    self.env.invalidate_all()
                    employee = self.env[model].with_user(user).browse(self.emp_a1.id)
                    fnames = [
                        "emulation_discipline_count",
                        "emulation_pending_matter_count",
                    ]
                    if allowed:
                        values = employee.read(fnames)[0]
                        self.assertEqual(values["emulation_discipline_count"], 1)
                        self.assertEqual(values["emulation_pending_matter_count"], 1)
                    else:
                        with self.assertRaises(AccessError):
                            employee.read(fnames)

    def test_employee_record_fields_restricted(self):
        """The ratings tab and smart buttons of the employee form are for the
        Office, the Director and HR only."""
        for role in ROLES:
            user = self.users_by_role[role]
            allowed = role in READ_ALL
            with self.subTest(role=role, allowed=allowed):
                employee = self.emp_a1.with_user(user).sudo(False)
                self.env.invalidate_all()
                if allowed:
                    employee.read(["emulation_rating_count", "emulation_rating_ids"])
                else:
                    with self.assertRaises(AccessError):
                        employee.read(["emulation_rating_count"])

    def test_unit_officer_cannot_move_initiative_out_of_reach(self):
        """A unit officer cannot give an initiative of their unit to another unit."""
        initiative = self.initiative_a.with_user(self.user_unit_a)
        with self.assertRaises(AccessError):
            initiative.write({"department_id": self.dept_b.id})
        self.assertEqual(self.initiative_a.department_id, self.dept_a)
