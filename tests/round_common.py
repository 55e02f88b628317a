from datetime import date, datetime, time, timedelta

import pytz

from .commendation_common import CommendationCase


class RoundCase(CommendationCase):
    """The year's round through its own API (sessions, decisions) and a
    working schedule in Vietnam's time zone with the 2025 National Day
    holidays. The round is of 2030, a year no demo record uses (one fund and
    one calendar per year and agency)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.year = 2030
        cls.council_date = date(2030, 12, 16)
        cls.decision_date = date(2030, 12, 20)
        cls.company = cls.env.company
        cls.calendar = cls.env["resource.calendar"].create(
            {"name": "Vietnam 40h (test)", "tz": "Asia/Ho_Chi_Minh"}
        )
        cls.company.resource_calendar_id = cls.calendar
        cls._add_holiday("Quốc khánh (test)", date(2025, 9, 1), date(2025, 9, 2))

    # helpers -----------------------------------------------------------
    @classmethod
    def _add_holiday(cls, name, first, last):
        """A public holiday from ``first`` to ``last`` (local days), stored in
        UTC as Odoo does."""
        tz = pytz.timezone(cls.calendar.tz)

        def utc(day, moment):
            local = tz.localize(datetime.combine(day, moment))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        return cls.env["resource.calendar.leaves"].create(
            {
                "name": name,
                "calendar_id": cls.calendar.id,
                "date_from": utc(first, time.min),
                "date_to": utc(last, time(23, 59, 59)),
            }
        )

    def verified_dossier(self, lines, user=None, department=None):
        dossier = self.make_dossier(user=user, department=department, lines=lines)
        dossier.with_user(user or self.user_unit_a).action_submit()
        dossier.with_user(self.user_office).action_verify()
        return dossier

    def open_session(self, dossiers, day=None):
        session = (
            self.env["commendation.council.session"]
            .with_user(self.user_office)
            .create(
                {
                    "council_id": self.council.id,
                    "date": day or self.council_date,
                    "year": self.year,
                }
            )
        )
        session.action_add_dossiers(dossiers)
        session.action_start()
        session.write({"present_member_ids": [(6, 0, self.council.member_ids[:8].ids)]})
        return session.with_env(self.env)

    def fund(self, receipts=0.0, year=None):
        fund = (
            self.env["commendation.fund"]
            .with_user(self.user_office)
            .create({"year": year or self.year, "company_id": self.company.id})
        )
        if receipts:
            self.env["commendation.fund.move"].with_user(self.user_office).create(
                {
                    "fund_id": fund.id,
                    "kind": "receipt",
                    "date": date(self.year, 1, 15),
                    "amount": receipts,
                    "description": "Allocation (test)",
                }
            )
        return fund.with_env(self.env)

    @staticmethod
    def next_day(day, days=1):
        return day + timedelta(days=days)
