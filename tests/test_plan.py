from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.modules.module import get_manifest
from odoo.tests import tagged
from odoo.tools.convert import convert_file

from .common import EmulationCase


@tagged("post_install", "-at_install")
class TestPlan(EmulationCase):
    @classmethod
    def _create_plan(cls, year=2025, tasks=None, **vals):
        plan_vals = {
            "number": f"T{year}/KH-TEST",
            "name": f"Test plan {year}",
            "year": year,
            "date": f"{year}-02-19",
        }
        plan_vals.update(vals)
        plan = cls.env["emulation.plan"].create(plan_vals)
        for task_vals in tasks or []:
            cls.env["emulation.plan.task"].create(dict(task_vals, plan_id=plan.id))
        return plan

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan = cls._create_plan(
            tasks=[
                {
                    "quarter": "q1",
                    "name": "Ban hành Kế hoạch năm 2025",
                    "department_ids": [(6, 0, cls.dept_office.ids)],
                    "deadline": "2025-02-19",
                },
                {
                    "quarter": "q2",
                    "name": "Báo cáo Hội nghị điển hình tiên tiến",
                    "department_ids": [(6, 0, (cls.dept_office | cls.dept_a).ids)],
                    "deadline": "2025-06-30",
                },
                {
                    "quarter": "q3",
                    "name": "Alpha sub-team duty",
                    "department_ids": [(6, 0, cls.dept_a_child.ids)],
                },
                {
                    "quarter": "year",
                    "name": "Beta duty",
                    "department_ids": [(6, 0, cls.dept_b.ids)],
                },
            ]
        )
        cls.task_q1, cls.task_q2, cls.task_q3, cls.task_year = cls.plan.task_ids

    # ------------------------------------------------------------------
    # Plan states
    # ------------------------------------------------------------------
    def test_plan_tasks_by_quarter(self):
        self.assertEqual(self.plan.task_q1_ids, self.task_q1)
        self.assertEqual(self.plan.task_q2_ids, self.task_q2)
        self.assertEqual(self.plan.task_year_ids, self.task_year)
        self.assertEqual(self.plan.task_count, 4)

    def test_plan_approve_done_reset(self):
        plan = self.plan.with_user(self.user_office)
        plan.action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertTrue(plan.date_approved)
        plan.action_reset_draft()
        self.assertEqual(plan.state, "draft")
        plan.action_approve()
        plan.action_done()
        self.assertEqual(plan.state, "done")

    def test_plan_refusals(self):
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            self.plan.with_user(self.user_unit_a).action_approve()
        with self.assertRaisesRegex(UserError, "Closing a plan is not possible"):
            self.plan.with_user(self.user_office).action_done()
        empty = self._create_plan(year=2030)
        with self.assertRaisesRegex(UserError, "has no task"):
            empty.with_user(self.user_office).action_approve()
        self.plan.with_user(self.user_office).action_approve()
        with self.assertRaisesRegex(UserError, "Approving a plan is not possible"):
            self.plan.with_user(self.user_office).action_approve()

    def test_direct_state_write_refused(self):
        with self.assertRaisesRegex(UserError, "cannot be changed directly"):
            self.plan.with_user(self.user_office).write({"state": "done"})
        with self.assertRaisesRegex(UserError, "cannot be changed directly"):
            self.task_q1.with_user(self.user_office).write({"state": "done"})
        with self.assertRaisesRegex(UserError, "starts in its first status"):
            self.env["emulation.plan"].with_user(self.user_office).create(
                {"number": "1/KH", "name": "X", "year": 2025, "state": "approved"}
            )

    def test_plan_buttons_by_group(self):
        nothing = dict(approve=False, done=False, reset_draft=False)
        self.assert_can(
            self.plan,
            self.user_office,
            approve=True,
            done=False,
            reset_draft=False,
            copy_to_next_year=True,
        )
        for user in (self.user_unit_a, self.user_plain):
            self.assert_can(self.plan, user, copy_to_next_year=False, **nothing)
            self.assert_refused(
                self.plan,
                user,
                "approve",
                "Approving a plan: only the Office can do this",
            )
        self.assert_refused(
            self.plan,
            self.user_office,
            "done",
            "Closing a plan is not possible for “T2025/KH-TEST - Test plan "
            "2025”: it is Draft, and this step needs it to be Approved.",
        )
        self.plan.with_user(self.user_office).action_approve()
        self.assert_can(
            self.plan, self.user_office, approve=False, done=True, reset_draft=True
        )
        self.assert_can(self.plan, self.user_unit_a, **nothing)
        self.assert_refused(
            self.plan, self.user_unit_a, "done", "Closing a plan: only the Office"
        )
        self.plan.with_user(self.user_office).action_done()
        self.assert_can(self.plan, self.user_office, copy_to_next_year=True, **nothing)

    def test_task_buttons_by_group(self):
        task = self.task_q3  # Alpha's sub-team
        self.assert_can(
            task, self.user_office, start=True, done=True, cancel=True, reset=False
        )
        self.assert_can(
            task, self.user_unit_a, start=True, done=True, cancel=False, reset=False
        )
        nothing = dict(start=False, done=False, cancel=False, reset=False)
        for user in (self.user_unit_b, self.user_plain):
            self.assert_can(task, user, **nothing)
        self.assert_refused(
            task, self.user_unit_b, "start", "only update the tasks of your own"
        )
        self.assert_refused(
            task,
            self.user_plain,
            "done",
            "Marking a task as done: only the Office and the departments in charge",
        )
        self.assert_refused(
            task, self.user_unit_a, "cancel", "Cancelling a task: only the Office"
        )
        task.with_user(self.user_office).action_cancel()
        self.assert_can(
            task, self.user_office, start=False, done=False, cancel=False, reset=True
        )
        self.assert_can(task, self.user_unit_a, **nothing)
        self.assert_refused(
            task, self.user_unit_a, "reset", "Reopening a task: only the Office"
        )
        self.assert_refused(
            task, self.user_office, "start", "Starting a task is not possible"
        )
        task.with_user(self.user_office).action_reset()
        # once the plan is done, its tasks no longer move
        self.plan.with_user(self.user_office).action_approve()
        self.plan.with_user(self.user_office).action_done()
        for user in (self.user_office, self.user_unit_a):
            self.assert_can(task, user, start=False, done=False)
            self.assert_refused(task, user, "done", "is done: its tasks can no longer")

    def test_plain_user_reads_but_cannot_write(self):
        self.assertTrue(self.plan.with_user(self.user_plain).read(["name"]))
        with self.assertRaises(AccessError):
            self.plan.with_user(self.user_plain).write({"name": "X"})

    # ------------------------------------------------------------------
    # Task states and access
    # ------------------------------------------------------------------
    def test_task_unit_officer_own_department(self):
        task = self.task_q3.with_user(self.user_unit_a)  # sub-department of A
        task.action_start()
        self.assertEqual(task.state, "in_progress")
        task.write({"progress_note": "Half done"})
        task.action_done()
        self.assertEqual(task.state, "done")
        self.assertTrue(task.date_done)

    def test_task_unit_officer_other_department(self):
        with self.assertRaisesRegex(UserError, "only update the tasks of your own"):
            self.task_year.with_user(self.user_unit_a).action_start()
        with self.assertRaises(AccessError):
            self.task_year.with_user(self.user_unit_a).write({"progress_note": "x"})
        with self.assertRaisesRegex(
            UserError, "only the Office and the departments in charge can do this"
        ):
            self.task_year.with_user(self.user_plain).action_start()

    def test_task_cancel_reset(self):
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            self.task_q3.with_user(self.user_unit_a).action_cancel()
        task = self.task_q3.with_user(self.user_office)
        task.action_cancel()
        self.assertEqual(task.state, "cancelled")
        with self.assertRaisesRegex(UserError, "Marking a task as done is not"):
            task.action_done()
        task.action_reset()
        self.assertEqual(task.state, "todo")
        with self.assertRaisesRegex(UserError, "Reopening a task is not possible"):
            task.action_reset()

    def test_task_of_done_plan_frozen(self):
        self.plan.with_user(self.user_office).action_approve()
        self.plan.with_user(self.user_office).action_done()
        with self.assertRaisesRegex(UserError, "is done"):
            self.task_q3.with_user(self.user_office).action_start()

    @freeze_time("2025-07-05")
    def test_task_filters(self):
        Task = self.env["emulation.plan.task"]
        overdue = Task.search(
            [("is_overdue", "=", True), ("plan_id", "=", self.plan.id)]
        )
        self.assertEqual(overdue, self.task_q1 | self.task_q2)
        self.assertTrue(self.task_q2.is_overdue)
        self.assertFalse(self.task_q3.is_overdue)
        not_overdue = Task.search(
            [("is_overdue", "=", False), ("plan_id", "=", self.plan.id)]
        )
        self.assertEqual(not_overdue, self.task_q3 | self.task_year)
        current = Task.search(
            [("is_current_quarter", "=", True), ("plan_id", "=", self.plan.id)]
        )
        self.assertEqual(current, self.task_q3)
        mine = Task.with_user(self.user_unit_a).search(
            [("is_my_department", "=", True), ("plan_id", "=", self.plan.id)]
        )
        self.assertEqual(mine, self.task_q2 | self.task_q3)
        self.assertTrue(self.task_q3.with_user(self.user_unit_a).is_my_department)
        self.assertFalse(self.task_year.with_user(self.user_unit_a).is_my_department)
        # a done task is no longer overdue
        self.task_q1.with_user(self.user_office).action_done()
        self.assertFalse(self.task_q1.is_overdue)

    # ------------------------------------------------------------------
    # Copy to next year
    # ------------------------------------------------------------------
    def test_copy_to_next_year(self):
        self.task_q3.with_user(self.user_office).action_start()
        self.task_year.with_user(self.user_office).action_cancel()
        self.plan.with_user(self.user_office).action_approve()
        action = self.plan.with_user(self.user_office).action_copy_to_next_year()
        new_plan = self.env["emulation.plan"].browse(action["res_id"])
        self.assertEqual(new_plan.year, 2026)
        self.assertEqual(new_plan.state, "draft")
        self.assertFalse(new_plan.date)
        self.assertEqual(new_plan.previous_plan_id, self.plan)
        self.assertEqual(new_plan.name, "Test plan 2026")
        # the cancelled task is left behind, the others come over
        self.assertEqual(len(new_plan.task_ids), 3)
        self.assertEqual(set(new_plan.task_ids.mapped("state")), {"todo"})
        self.assertFalse(any(new_plan.task_ids.mapped("deadline")))
        self.assertEqual(new_plan.task_ids.mapped("quarter"), ["q1", "q2", "q3"])
        self.assertIn("Ban hành Kế hoạch năm 2026", new_plan.task_ids.mapped("name"))
        self.assertEqual(
            new_plan.task_q2_ids.department_ids, self.dept_office | self.dept_a
        )
        # the original is untouched
        self.assertEqual(self.plan.state, "approved")
        self.assertEqual(self.task_q3.state, "in_progress")
        with self.assertRaisesRegex(UserError, "only the Office can do this"):
            self.plan.with_user(self.user_unit_a).action_copy_to_next_year()

    # ------------------------------------------------------------------
    # Deadline reminders
    # ------------------------------------------------------------------
    def _reminders(self):
        return (
            self.env["mail.activity"]
            .with_context(active_test=False)
            .search(
                [
                    ("res_model", "=", "emulation.plan.task"),
                    ("res_id", "in", self.plan.task_ids.ids),
                    (
                        "activity_type_id",
                        "=",
                        self.env.ref(
                            "emulation_commendation.mail_activity_type_task_deadline"
                        ).id,
                    ),
                ]
            )
        )

    def test_cron_deadline_reminders(self):
        Task = self.env["emulation.plan.task"]
        with freeze_time("2025-06-20"):
            Task._cron_notify_task_deadlines()
        self.assertFalse(self._reminders(), "11 days before: too early")
        with freeze_time("2025-06-23"):
            Task._cron_notify_task_deadlines()
        reminders = self._reminders()
        # the Q2 task belongs to the Office and to Alpha: one per head
        self.assertEqual(reminders.mapped("res_id"), self.task_q2.ids * 2)
        self.assertEqual(
            set(reminders.mapped("user_id").ids),
            {self.user_office.id, self.user_unit_a.id},
        )
        self.assertEqual(
            set(reminders.mapped("date_deadline")), {self.task_q2.deadline}
        )
        with freeze_time("2025-06-24"):
            Task._cron_notify_task_deadlines()
            Task._cron_notify_task_deadlines()
        self.assertEqual(self._reminders(), reminders, "no duplicate")
        # a reminder marked as done is not sent again
        reminders[0].action_feedback(feedback="Seen")
        with freeze_time("2025-06-25"):
            Task._cron_notify_task_deadlines()
        self.assertEqual(len(self._reminders()), 2)
        # done tasks get no reminder, and past deadlines neither
        with freeze_time("2025-07-01"):
            Task._cron_notify_task_deadlines()
        self.assertEqual(len(self._reminders()), 2)

    def test_cron_reminder_days_parameter(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "emulation_commendation.task_reminder_days", "15"
        )
        with freeze_time("2025-06-16"):
            self.env["emulation.plan.task"]._cron_notify_task_deadlines()
        self.assertEqual(len(self._reminders()), 2)
        settings = self.env["res.config.settings"].create({})
        self.assertEqual(settings.emulation_task_reminder_days, 15)

    def test_cron_queries_do_not_grow(self):
        Task = self.env["emulation.plan.task"]

        def add_tasks(n):
            Task.create(
                [
                    {
                        "plan_id": self.plan.id,
                        "quarter": "q2",
                        "name": f"Task {i}",
                        "deadline": "2025-06-28",
                        "department_ids": [(6, 0, self.dept_a.ids)],
                    }
                    for i in range(n)
                ]
            )

        def run():
            with freeze_time("2025-06-25"):
                Task._cron_notify_task_deadlines()

        # The daily run over tasks whose reminders exist (every run but the
        # first for a task) costs the same for 3 and 23 tasks. Creating a
        # reminder costs Odoo's own work per activity (its notification to
        # the assignee): that part grows with the reminders created.
        add_tasks(3)
        small = self.count_queries(run)
        self.assertTrue(self._reminders())
        add_tasks(20)
        large = self.count_queries(run)
        self.assertEqual(small, large)

    # ------------------------------------------------------------------
    # Board query counts
    # ------------------------------------------------------------------
    def _task_board(self):
        Task = self.env["emulation.plan.task"].with_user(self.user_office)
        domain = [("plan_id", "=", self.plan.id)]
        Task.web_read_group(domain, ["state"], ["quarter"])
        Task.web_search_read(
            domain,
            {
                "name": {},
                "quarter": {},
                "state": {},
                "deadline": {},
                "is_overdue": {},
                "color": {},
                "plan_id": {"fields": {"display_name": {}}},
                "department_ids": {"fields": {"display_name": {}}},
                "activity_ids": {},
                "activity_state": {},
                "activity_exception_decoration": {},
            },
        )

    def test_task_board_query_count(self):
        departments = self.env["hr.department"].create(
            [{"name": f"Dept {i}"} for i in range(10)]
        )

        def add_tasks(n):
            self.env["emulation.plan.task"].create(
                [
                    {
                        "plan_id": self.plan.id,
                        "quarter": ("q1", "q2", "q3", "q4")[i % 4],
                        "name": f"Task {i}",
                        "deadline": f"2025-0{i % 9 + 1}-10",
                        "department_ids": [(6, 0, departments[i % 10 :].ids[:3])],
                    }
                    for i in range(n)
                ]
            )

        self.assert_queries_do_not_grow(add_tasks, self._task_board)


@tagged("post_install", "-at_install")
class TestPlanDemo(EmulationCase):
    """The demo plan is Kế hoạch 13/KH-NV itself. On a database installed
    without demo data, the test loads the addon's demo files in its own
    transaction (rolled back): it never skips."""

    def _demo_plan(self):
        xmlid = "emulation_commendation.emulation_plan_13_kh_nv_2025_demo"
        plan = self.env.ref(xmlid, raise_if_not_found=False)
        if not plan:
            manifest = get_manifest("emulation_commendation")
            for filename in manifest["demo"]:
                convert_file(
                    self.env,
                    "emulation_commendation",
                    filename,
                    {},
                    mode="init",
                    noupdate=True,
                    kind="demo",
                )
            plan = self.env.ref(xmlid)
        return plan

    def test_demo_plan_2025(self):
        plan = self._demo_plan()
        self.assertEqual((plan.number, plan.year), ("13/KH-NV", 2025))
        self.assertEqual(str(plan.date), "2025-02-19")
        report = plan.task_ids.filtered(lambda t: t.deadline)
        self.assertIn("2025-06-30", [str(d) for d in report.mapped("deadline")])
        self.assertEqual(len(plan.legal_document_ids), 8)
        self.assertEqual(
            set(plan.task_ids.mapped("quarter")), {"q1", "q2", "q3", "q4", "year"}
        )
        pledge = self.env.ref(
            "emulation_commendation.emulation_pledge_noi_bo_2025_demo"
        )
        self.assertEqual(pledge.head_member_id, pledge.leader_member_id)
