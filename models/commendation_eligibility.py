"""The eligibility engine: criteria as data, one small evaluator per kind.

``env["commendation.eligibility"].evaluate(items)`` takes a list of dicts::

    {"key": any hashable, "type": commendation.type,
     "employee": hr.employee or empty, "department": hr.department or empty,
     "partner": res.partner or empty, "year": int, "date": date,
     "dossier_kind": "annual" (default) or another dossier kind,
     "dossier_line": commendation.dossier.line or empty (its own award and
     the initiatives it uses are not held against it)}

and returns ``{key: (state, note)}`` with state in ``eligible``,
``not_eligible``, ``unknown`` and a note made of one sentence per criterion.
With ``details=True`` each value is a dict: ``state``, ``note``,
``initiative_ids`` (the initiatives counted as grounds, to link to the
dossier line: an initiative grounds one award only) and
``document_kind_ids`` (the proof documents of the grounds used).
All the data a batch needs is read with a fixed number of queries, whatever
the number of items; the evaluation then runs in memory.

Grounds: in each group of criteria the route that holds is the ground used
(a route that uses no initiative first, then the order of the lines); its
lines' proof documents are required. When no route holds, the documents
every candidate route needs are required.
"""

import datetime

from odoo import api, fields, models

from .commendation_dossier_line import LIVE_STATES
from .emulation_discipline import DISCIPLINE_RANK
from .emulation_initiative import LEVEL_RANK
from .emulation_rating import RATING_RANK
from .emulation_year_mixin import YEAR_MIN

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
UNKNOWN = "unknown"

EVALUATORS = {
    "rating_min": "_eval_rating_min",
    "rating_consecutive": "_eval_rating_consecutive",
    "rating_count": "_eval_rating_count",
    "title_consecutive": "_eval_title_consecutive",
    "title_count": "_eval_title_count",
    "holds_type": "_eval_holds_type",
    "initiatives": "_eval_initiatives",
    "collective_share": "_eval_collective_share",
    "collective_all_rating_min": "_eval_collective_all_rating_min",
    "collective_one_holds": "_eval_collective_one_holds",
    "no_discipline": "_eval_no_discipline",
    "service_years": "_eval_service_years",
    "judgment": "_eval_judgment",
    "manual": "_eval_manual",
}


def combine(states, first, last):
    """``first`` if any state is ``first``, else unknown if any is, else
    ``last``."""
    states = set(states)
    if first in states:
        return first
    if UNKNOWN in states:
        return UNKNOWN
    return last


def all_of(states):
    """AND: not eligible wins, then unknown."""
    return combine(states, NOT_ELIGIBLE, ELIGIBLE)


def any_of(states):
    """OR: eligible wins, then unknown."""
    return combine(states, ELIGIBLE, NOT_ELIGIBLE)


def record_id(record):
    """Id of a record (or False for an empty one or None), cheaply."""
    return record._ids[0] if record else False


def subject_of(vals):
    """Whom a row read with ``load=None`` concerns: ``("employee", id)``, or
    ``("department", id)`` when it names no employee."""
    if vals["employee_id"]:
        return ("employee", vals["employee_id"])
    return ("department", vals["department_id"])


def period(first, last):
    if first > last:
        return "-"
    return str(last) if first == last else f"{first}–{last}"


# Criterion kinds that look at a period of years (the route's window).
PERIOD_KINDS = {
    "rating_consecutive",
    "rating_count",
    "title_consecutive",
    "title_count",
    "initiatives",
}


# Evaluation order inside a route: the award that comes first, then the run
# of consecutive years, then what is counted in that time.
def route_phase(criterion):
    if criterion.precedes_run:
        return 0
    if criterion.kind in ("rating_consecutive", "title_consecutive"):
        return 1
    return 2


# Criterion fields read as they are (the others are read into sets, or
# turned into the number of their legal document).
CRITERION_FIELDS = (
    "name",
    "kind",
    "group",
    "alternative",
    "recipient",
    "outside_annual",
    "rating",
    "years",
    "years_women",
    "count",
    "level",
    "percent",
    "discipline_form",
    "date_from",
    "date_to",
    "precedes_run",
    "open_run",
    "within_run",
)


class _Criterion:
    """A criterion line read once per batch, as plain Python values."""

    __slots__ = (
        "id",
        *CRITERION_FIELDS,
        "ref_type_ids",
        "document_kind_ids",
        "document",
    )

    def __init__(self, vals, documents):
        self.id = vals["id"]
        for name in CRITERION_FIELDS:
            setattr(self, name, vals[name])
        self.ref_type_ids = frozenset(vals["ref_type_ids"])
        self.document_kind_ids = frozenset(vals["document_kind_ids"])
        self.document = documents.get(vals["legal_document_id"])

    def applies(self, date, collective, annual):
        if self.date_from and date < self.date_from:
            return False
        if self.date_to and date > self.date_to:
            return False
        if annual and self.outside_annual:
            return False
        if self.recipient == "individual" and collective:
            return False
        return not (self.recipient == "collective" and not collective)


class _Data:
    """Everything a batch needs, indexed for the evaluators."""

    def __init__(self):
        self.criteria = {}  # type id -> [_Criterion]
        self.types = {}  # type id -> (name, recipient_kind, allow_collective)
        self.type_annual = {}  # type id -> awarded yearly (a title)
        self.employees = {}  # id -> (name, gender, service start)
        self.departments = {}  # id -> (name, manager id)
        self.members = {}  # department id -> [employee ids] (with sub-units)
        # employee id, or ("department", id) for a unit's collective rating
        # -> {year: rating code}
        self.ratings = {}
        self.awards = {}  # ("employee"|"department", id) -> {(type, year): award}
        self.initiatives = {}  # employee id -> [initiative dict]
        self.initiative_uses = {}  # initiative id -> [(award id, line id)]
        # initiative id -> [(line id, dossier name)]: held by open proposals
        self.initiative_holds = {}
        self.initiative_taken = {}  # initiative id -> item key (this batch)
        self.disciplines = {}  # employee id -> [discipline dict]
        self.blocked_years = {}  # employee id -> {year: discipline}
        # ("employee"|"department", id) -> [pending matter dict]
        self.pending = {}
        self.labels = {}
        self.tr = None  # memoised translation: tr(source, **args)
        self.applicable = {}  # (type, date, collective, annual) -> criteria


class _Item:
    """One request being evaluated."""

    __slots__ = (
        "annual",
        "date",
        "department_id",
        "documents",
        "employee_id",
        "initiatives",
        "key",
        "line_id",
        "partner_id",
        "route",
        "type_id",
        "year",
    )

    @property
    def recipient(self):
        if self.employee_id:
            return ("employee", self.employee_id)
        return ("department", self.department_id)


class CommendationEligibility(models.AbstractModel):
    _name = "commendation.eligibility"
    _description = "Eligibility Engine"

    # ------------------------------------------------------------------
    # API
    # ------------------------------------------------------------------
    @api.model
    def evaluate(self, items, details=False):
        """Return ``{key: (state, note)}`` for the given requests; with
        ``details``, ``{key: {"state", "note", "initiative_ids",
        "document_kind_ids"}}``."""
        today = fields.Date.context_today(self)
        requests = []
        for vals in items:
            item = _Item()
            item.key = vals["key"]
            item.type_id = record_id(vals["type"])
            item.employee_id = record_id(vals.get("employee"))
            item.department_id = record_id(vals.get("department"))
            item.partner_id = record_id(vals.get("partner"))
            item.year = vals["year"]
            date = vals.get("date") or today
            if isinstance(date, datetime.datetime):
                date = date.date()
            item.date = date
            item.annual = (vals.get("dossier_kind") or "annual") == "annual"
            item.line_id = record_id(vals.get("dossier_line"))
            item.route = {}
            item.initiatives = []
            item.documents = set()
            requests.append(item)
        if not requests:
            return {}
        data = self.sudo()._load(requests)
        results = {}
        for item in requests:
            state, note = self._evaluate_item(item, data)
            if details:
                results[item.key] = {
                    "state": state,
                    "note": note,
                    "initiative_ids": list(item.initiatives),
                    "document_kind_ids": sorted(item.documents),
                }
            else:
                results[item.key] = (state, note)
        return results

    # ------------------------------------------------------------------
    # Loading: a fixed number of queries per batch
    # ------------------------------------------------------------------
    def _load(self, requests):
        env = self.env
        data = _Data()
        type_ids = {item.type_id for item in requests}
        criteria = env["commendation.criterion"].search_read(
            [("type_id", "in", list(type_ids))],
            [
                "type_id",
                *CRITERION_FIELDS,
                "ref_type_ids",
                "document_kind_ids",
                "legal_document_id",
            ],
            order="type_id, group, alternative, sequence, id",
            load=None,
        )
        document_ids = {c["legal_document_id"] for c in criteria} - {False, None}
        documents = {
            doc["id"]: doc["number"]
            for doc in env["emulation.legal.document"]
            .with_context(active_test=False)
            .search_read([("id", "in", list(document_ids))], ["number"])
        }
        for vals in criteria:
            data.criteria.setdefault(vals["type_id"], []).append(
                _Criterion(vals, documents)
            )
        all_type_ids = type_ids.union(
            *(c.ref_type_ids for crits in data.criteria.values() for c in crits)
        )
        for vals in (
            env["commendation.type"]
            .with_context(active_test=False)
            .search_read(
                [("id", "in", list(all_type_ids))],
                ["name", "recipient_kind", "allow_collective", "annual"],
            )
        ):
            data.types[vals["id"]] = (
                vals["name"],
                vals["recipient_kind"],
                vals["allow_collective"],
            )
            data.type_annual[vals["id"]] = vals["annual"]

        max_years = max(
            (
                max(c.years or 1, 1)
                for crits in data.criteria.values()
                for c in crits
                if c.kind != "service_years"
            ),
            default=1,
        )
        # One year more: a mid-year dossier looks at the years already rated.
        year_min = min(item.year for item in requests) - max_years
        if any(c.open_run for crits in data.criteria.values() for c in crits):
            # A run of consecutive years may reach far back.
            year_min = YEAR_MIN
        year_max = max(item.year for item in requests)

        # Departments asked about, their sub-units and their members.
        department_ids = {item.department_id for item in requests} - {False}
        Employee = env["hr.employee"].with_context(active_test=False)
        employee_ids = {item.employee_id for item in requests} - {False}
        if department_ids:
            units = (
                env["hr.department"]
                .with_context(active_test=False)
                .search_read(
                    [("id", "child_of", list(department_ids))],
                    ["name", "manager_id", "parent_path"],
                    load=None,
                )
            )
            ancestors = {}
            for unit in units:
                ancestors[unit["id"]] = [
                    int(part)
                    for part in (unit["parent_path"] or "").split("/")
                    if part and int(part) in department_ids
                ]
                if unit["id"] in department_ids:
                    data.departments[unit["id"]] = (unit["name"], unit["manager_id"])
                    data.members[unit["id"]] = []
            for member in env["hr.employee"].search_read(
                [("department_id", "in", list(ancestors))],
                ["department_id"],
                load=None,
            ):
                for unit_id in ancestors.get(member["department_id"], ()):
                    data.members[unit_id].append(member["id"])
                employee_ids.add(member["id"])
            employee_ids.update(
                manager for _name, manager in data.departments.values() if manager
            )
            for rating in (
                env["emulation.department.rating"]
                .with_context(active_test=False)
                .search_read(
                    [
                        ("department_id", "in", list(department_ids)),
                        ("year", ">=", year_min),
                        ("year", "<=", year_max),
                    ],
                    ["department_id", "year", "rating"],
                    order="id",
                    load=None,
                )
            ):
                data.ratings.setdefault(("department", rating["department_id"]), {})[
                    rating["year"]
                ] = rating["rating"]
        if employee_ids:
            ids = list(employee_ids)
            for emp in Employee.search_read(
                [("id", "in", ids)], ["name", "gender", "emulation_service_start"]
            ):
                data.employees[emp["id"]] = (
                    emp["name"],
                    emp["gender"],
                    emp["emulation_service_start"],
                )
            for rating in env["emulation.rating"].search_read(
                [
                    ("employee_id", "in", ids),
                    ("year", ">=", year_min),
                    ("year", "<=", year_max),
                ],
                ["employee_id", "year", "rating"],
                order="id",
                load=None,
            ):
                data.ratings.setdefault(rating["employee_id"], {})[rating["year"]] = (
                    rating["rating"]
                )
            for initiative in (
                env["emulation.initiative"]
                .with_context(active_test=False)
                .search_read(
                    [
                        ("employee_ids", "in", ids),
                        ("year", ">=", year_min),
                        ("year", "<=", year_max),
                        ("active", "=", True),
                    ],
                    ["name", "employee_ids", "year", "level"],
                    order="year, id",
                    load=None,
                )
            ):
                for emp_id in initiative["employee_ids"]:
                    data.initiatives.setdefault(emp_id, []).append(initiative)
                data.initiative_uses[initiative["id"]] = []
            for discipline in env["emulation.discipline"].search_read(
                [
                    ("employee_id", "in", ids),
                    ("date_block_start", "<=", datetime.date(year_max, 12, 31)),
                    ("date_block_end", ">=", datetime.date(year_min, 1, 1)),
                ],
                ["employee_id", "form", "date", "date_block_start", "date_block_end"],
                order="date, id",
                load=None,
            ):
                self._add_discipline(data, discipline)
        self._load_awards(data, employee_ids, department_ids)
        self._load_initiative_holds(data, requests)
        self._load_pending_matters(data, requests)
        data.labels = self._labels()
        data.tr = self._translator()
        return data

    @staticmethod
    def _add_discipline(data, discipline):
        """Keep a discipline, by person and by each year it blocks."""
        employee_id = discipline["employee_id"]
        data.disciplines.setdefault(employee_id, []).append(discipline)
        blocked = data.blocked_years.setdefault(employee_id, {})
        for year in range(
            discipline["date_block_start"].year,
            discipline["date_block_end"].year + 1,
        ):
            blocked.setdefault(year, discipline)

    def _translator(self):
        """``self.env._`` with each source translated once per batch."""
        cache = {}
        translate = self.env._

        def _(source, **args):
            template = cache.get(source)
            if template is None:
                template = cache[source] = translate(source)
            return template % args if args else template

        return _

    def _load_pending_matters(self, data, requests):
        """Pending matters (disciplinary review, inspection, investigation,
        complaint) of the persons and units asked about."""
        employee_ids = list({item.employee_id for item in requests} - {False})
        department_ids = list(
            {item.department_id for item in requests if not item.employee_id} - {False}
        )
        if not employee_ids and not department_ids:
            return
        latest = max(
            max(item.date for item in requests), fields.Date.context_today(self)
        )
        for matter in self.env["emulation.pending.matter"].search_read(
            [
                ("date_start", "<=", latest),
                "|",
                ("employee_id", "in", employee_ids),
                ("department_id", "in", department_ids),
            ],
            ["employee_id", "department_id", "kind", "date_start", "date_end"],
            order="date_start, id",
            load=None,
        ):
            data.pending.setdefault(subject_of(matter), []).append(matter)

    def _load_awards(self, data, employee_ids, department_ids):
        Award = self.env["commendation.award"]
        domain = [("state", "=", "valid")]
        if employee_ids and department_ids:
            domain += [
                "|",
                ("employee_id", "in", list(employee_ids)),
                ("department_id", "in", list(department_ids)),
            ]
        elif employee_ids:
            domain += [("employee_id", "in", list(employee_ids))]
        elif department_ids:
            domain += [("department_id", "in", list(department_ids))]
        else:
            return
        for award in Award.search_read(
            domain,
            [
                "employee_id",
                "department_id",
                "type_id",
                "year",
                "decision_number",
                "dossier_line_id",
                "kind",
            ],
            order="year, id",
            load=None,
        ):
            awards = data.awards.setdefault(subject_of(award), {})
            key = (award["type_id"], award["year"])
            # Of two awards of a type and year, the annual one is the ground.
            if key not in awards or award["kind"] == "annual":
                awards[key] = award
        if data.initiative_uses:
            for award in Award.search_read(
                [
                    ("state", "=", "valid"),
                    ("initiative_ids", "in", list(data.initiative_uses)),
                ],
                ["initiative_ids", "dossier_line_id"],
                load=None,
            ):
                for initiative_id in award["initiative_ids"]:
                    if initiative_id in data.initiative_uses:
                        data.initiative_uses[initiative_id].append(
                            (award["id"], award["dossier_line_id"])
                        )

    def _load_initiative_holds(self, data, requests):
        """Initiatives held as grounds by live proposals (other dossier lines
        not yet decided nor ended) are not counted again; those of decided
        lines are on their awards."""
        if not data.initiative_uses:
            return
        Line = self.env["commendation.dossier.line"]
        own_lines = [item.line_id for item in requests if item.line_id]
        domain = [
            ("initiative_ids", "in", list(data.initiative_uses)),
            ("state", "in", LIVE_STATES),
            ("dossier_state", "not in", ("rejected", "cancelled")),
        ]
        if own_lines:
            domain.append(("id", "not in", own_lines))
        for line in Line.search_read(domain, ["initiative_ids", "dossier_id"]):
            for initiative_id in line["initiative_ids"]:
                data.initiative_holds.setdefault(initiative_id, []).append(
                    line["dossier_id"][1]
                )

    def _labels(self):
        def selection(model, field):
            return dict(self.env[model]._fields[field]._description_selection(self.env))

        return {
            "rating": selection("emulation.rating", "rating"),
            "level": selection("emulation.initiative", "level"),
            "form": selection("emulation.discipline", "form"),
            "award_kind": selection("commendation.award", "kind"),
            "pending": selection("emulation.pending.matter", "kind"),
        }

    # ------------------------------------------------------------------
    # Evaluation of one item
    # ------------------------------------------------------------------
    def _evaluate_item(self, item, data):
        _ = data.tr
        type_name, recipient_kind, allow_collective = data.types.get(
            item.type_id, ("", "individual", False)
        )
        if not item.employee_id and not item.department_id:
            return (
                UNKNOWN,
                _(
                    "No criteria are recorded for foreign or outside recipients: "
                    "the council judges."
                ),
            )
        collective = not item.employee_id
        if collective and recipient_kind == "individual" and not allow_collective:
            return (
                NOT_ELIGIBLE,
                _("%(type)s is not given to a collective.", type=type_name),
            )
        if not collective and recipient_kind == "collective":
            return (
                NOT_ELIGIBLE,
                _("%(type)s is given to collectives only.", type=type_name),
            )
        cache_key = (item.type_id, item.date, collective, item.annual)
        criteria = data.applicable.get(cache_key)
        if criteria is None:
            criteria = data.applicable[cache_key] = [
                c
                for c in data.criteria.get(item.type_id, ())
                if c.applies(item.date, collective, item.annual)
            ]
        blocks = self._cross_cutting(item, data, type_name)
        if not criteria:
            return (
                NOT_ELIGIBLE if blocks else UNKNOWN,
                "\n".join(
                    blocks
                    + [
                        _(
                            "No eligibility criteria are recorded for %(type)s on "
                            "%(date)s: to judge by hand.",
                            type=type_name,
                            date=item.date,
                        )
                    ]
                ),
            )
        # group -> alternative key -> [criterion]
        groups = {}
        for criterion in criteria:
            route = criterion.alternative or -criterion.id
            groups.setdefault(criterion.group, {}).setdefault(route, []).append(
                criterion
            )
        group_states = []
        sentences = list(blocks)
        for routes in groups.values():
            evaluated = {
                route: self._evaluate_route(lines, item, data)
                for route, lines in routes.items()
            }
            group_state = any_of(state for state, _r, _c in evaluated.values())
            group_states.append(group_state)
            ground = self._ground(evaluated, group_state)
            for route, (_state, results, _context) in evaluated.items():
                # A group that holds is explained by the ground used.
                if group_state == ELIGIBLE and route != ground:
                    continue
                sentences.extend(sentence for _state, sentence in results)
            self._use_ground(item, data, routes, evaluated, ground)
        state = NOT_ELIGIBLE if blocks else all_of(group_states)
        documents = sorted({c.document for c in criteria if c.document})
        if documents:
            sentences.append(
                _(
                    "Rules in force on %(date)s: %(documents)s",
                    date=item.date,
                    documents=", ".join(documents),
                )
            )
        return state, "\n".join(sentences)

    def _evaluate_route(self, lines, item, data):
        """Evaluate the lines of one route together: the award that comes
        first bounds the run of consecutive years, and what is counted "in
        that time" is counted within that run. Returns ``(state, [(state,
        sentence)] in the order of the lines, route context)``."""
        item.route = {}
        results = {}
        block = self._route_discipline(lines, item, data)
        for criterion in sorted(lines, key=route_phase):
            results[criterion.id] = getattr(self, EVALUATORS[criterion.kind])(
                criterion, item, data
            )
        ordered = [results[criterion.id] for criterion in lines]
        if block:
            ordered.append((NOT_ELIGIBLE, block))
        return all_of(state for state, _s in ordered), ordered, item.route

    @staticmethod
    def _ground(evaluated, group_state):
        """The route used as the ground of a group: one that holds, using no
        initiative if possible (an initiative grounds one award only); or,
        when none holds, the only route still to judge."""
        if group_state == ELIGIBLE:
            holding = [
                route
                for route, (state, _r, _c) in evaluated.items()
                if state == ELIGIBLE
            ]
            return min(
                holding,
                key=lambda route: bool(evaluated[route][2].get("initiatives")),
            )
        unknown = [
            route for route, (state, _r, _c) in evaluated.items() if state == UNKNOWN
        ]
        return unknown[0] if len(unknown) == 1 else None

    @staticmethod
    def _use_ground(item, data, routes, evaluated, ground):
        """Record the initiatives and proof documents of the ground used;
        without a ground, the documents every candidate route needs."""
        if ground is not None:
            for criterion in routes[ground]:
                item.documents.update(criterion.document_kind_ids)
            for initiative_id in evaluated[ground][2].get("initiatives", ()):
                item.initiatives.append(initiative_id)
                data.initiative_taken.setdefault(initiative_id, item.key)
            return
        candidates = [
            route for route, (state, _r, _c) in evaluated.items() if state == UNKNOWN
        ] or list(routes)
        documents = None
        for route in candidates:
            needed = set().union(*(c.document_kind_ids for c in routes[route]))
            documents = needed if documents is None else documents & needed
        item.documents.update(documents or ())

    @staticmethod
    def _discipline_args(data, discipline, **args):
        """Sentence arguments naming a discipline: its form, the date of its
        decision and the period in which it blocks awards."""
        return dict(
            args,
            form=data.labels["form"].get(discipline["form"]),
            date=discipline["date"],
            start=discipline["date_block_start"],
            end=discipline["date_block_end"],
        )

    def _route_discipline(self, lines, item, data):
        """A discipline whose blocking period overlaps the years a route
        evaluates (before the year reviewed, which ``_cross_cutting``
        covers) blocks that route."""
        if not item.employee_id:
            return None
        blocked = data.blocked_years.get(item.employee_id)
        if not blocked:
            return None
        span = max((c.years or 1 for c in lines if c.kind in PERIOD_KINDS), default=1)
        first = item.year - span + 1
        _ = data.tr
        for year in range(item.year - 1, first - 1, -1):
            discipline = blocked.get(year)
            if discipline:
                return _(
                    "Disciplined (%(form)s, decision of %(date)s): awards are "
                    "blocked from %(start)s to %(end)s, within the years "
                    "evaluated (%(period)s).",
                    **self._discipline_args(
                        data, discipline, period=period(first, item.year)
                    ),
                )
        return None

    def _cross_cutting(self, item, data, type_name):
        """Rules of every type: one achievement one award; discipline blocks."""
        _ = data.tr
        blocks = []
        award = self._held(
            data, item.recipient, {item.type_id}, item.year, item, grounds=False
        )
        if (
            award
            and not data.type_annual.get(item.type_id)
            and not (item.annual and award["kind"] == "annual")
        ):
            # A form given for a thematic or ad hoc achievement rewards another
            # achievement than the year's merit, and two ad hoc achievements
            # are two: only the annual review rewards a year's merit once.
            award = None
        if award:
            blocks.append(
                _(
                    "Already awarded %(type)s for %(year)s (decision %(decision)s): "
                    "one achievement, one award.",
                    type=type_name,
                    year=item.year,
                    decision=award["decision_number"] or "-",
                )
            )
        if item.employee_id:
            start = datetime.date(item.year, 1, 1)
            end = datetime.date(item.year, 12, 31)
            for discipline in data.disciplines.get(item.employee_id, ()):
                if (
                    discipline["date_block_start"] <= end
                    and discipline["date_block_end"] >= start
                ):
                    blocks.append(
                        _(
                            "Disciplined (%(form)s, decision of %(date)s): awards "
                            "are blocked from %(start)s to %(end)s.",
                            **self._discipline_args(data, discipline),
                        )
                    )
        blocks.extend(self._pending_blocks(item, data))
        return blocks

    def _pending_blocks(self, item, data):
        """A matter under way blocks awards while it is open (domain §B.1.d),
        on the day the award would be given: the request's date, or today for
        a request dated in the past."""
        _ = data.tr
        on = max(item.date, fields.Date.context_today(self))
        blocks = []
        for matter in data.pending.get(item.recipient, ()):
            if matter["date_start"] > on or (
                matter["date_end"] and matter["date_end"] < on
            ):
                continue
            kind = data.labels["pending"].get(matter["kind"])
            if matter["date_end"]:
                blocks.append(
                    _(
                        "%(kind)s under way from %(start)s to %(end)s: no award "
                        "while it is open.",
                        kind=kind,
                        start=matter["date_start"],
                        end=matter["date_end"],
                    )
                )
            else:
                blocks.append(
                    _(
                        "%(kind)s under way since %(start)s: no award while it "
                        "is open.",
                        kind=kind,
                        start=matter["date_start"],
                    )
                )
        return blocks

    # ------------------------------------------------------------------
    # Helpers for the evaluators
    # ------------------------------------------------------------------
    @staticmethod
    def _held(data, recipient, type_ids, year, item, grounds=True, ignored=None):
        """The valid award of one of ``type_ids`` for ``year``, if any; the
        award made from the item's own dossier line does not count. As
        ``grounds`` of an annual (merit) award, only annual awards count:
        those of thematic, ad hoc and other dossiers are added to
        ``ignored`` (NĐ 152/2025 Điều 4)."""
        awards = data.awards.get(recipient)
        if not awards:
            return None
        for type_id in type_ids:
            award = awards.get((type_id, year))
            if not award or (item.line_id and award["dossier_line_id"] == item.line_id):
                continue
            if grounds and item.annual and award["kind"] != "annual":
                if ignored is not None:
                    ignored.append(award)
                continue
            return award
        return None

    @staticmethod
    def _not_grounds(data, ignored):
        """Sentence suffix naming the awards that are not grounds."""
        if not ignored:
            return ""
        kinds = data.labels["award_kind"]
        _ = data.tr
        return _(
            "; not counted, awards outside the annual review do not ground an "
            "annual award: %(awards)s",
            awards=", ".join(
                f"{data.types.get(a['type_id'], ('?',))[0]} {a['year']} "
                f"({kinds.get(a['kind'], a['kind'])})"
                for a in ignored
            ),
        )

    @staticmethod
    def _pending(item, ratings):
        """The rating of the year reviewed is missing because the year is not
        over: a mid-year (thematic, ad hoc...) dossier is not refused for it."""
        return (
            not item.annual
            and item.year not in ratings
            and item.date <= datetime.date(item.year, 12, 31)
        )

    def _window(self, criterion, item):
        """``(first, last)`` years a counting criterion looks at: the run of
        its route when it counts "in that time", else the last N years; never
        before the award that comes first."""
        if criterion.within_run and "run" in item.route:
            return item.route["run"]
        first = item.year - (criterion.years or 1) + 1
        start = item.route.get("start")
        if start is not None:
            first = max(first, start)
        return first, item.year

    def _run(self, criterion, item, data, holds, end, **args):
        """The consecutive years from ``end`` backwards for which ``holds``
        is true: the last N years, or the whole unbroken run with “Or More”,
        never before the award that comes first nor across a year blocked by
        a discipline. Records the run in the route; returns ``(met, suffix,
        args)``: whether the run is long enough, what the sentence ends with,
        and the sentence arguments (``args`` and the run's ``k`` years,
        ``years``, ``period``, of ``n`` required)."""
        _ = data.tr
        start = item.route.get("start") or YEAR_MIN
        blocked = (
            data.blocked_years.get(item.employee_id, {}) if item.employee_id else {}
        )
        limit = None if criterion.open_run else criterion.years
        years, suffix = [], ""
        year = end
        while year >= start and (limit is None or len(years) < limit):
            if not holds(year):
                break
            discipline = blocked.get(year)
            if discipline:
                suffix = _(
                    "; the run stops at the discipline of %(date)s (awards "
                    "blocked from %(start)s to %(end)s)",
                    **self._discipline_args(data, discipline),
                )
                break
            years.append(year)
            year -= 1
        if "after" in item.route:
            suffix += _(
                "; counted after %(award)s",
                award=item.route["after"],
            )
        if "run" not in item.route:
            item.route["run"] = (min(years), end) if years else (end + 1, end)
        years.sort()
        return (
            len(years) >= criterion.years,
            suffix,
            self._years_args(
                data,
                years,
                n=criterion.years,
                period=period(years[0], years[-1]) if years else "-",
                **args,
            ),
        )

    @staticmethod
    def _years_args(data, years, **args):
        """Sentence arguments of the years that hold: how many (``k``) and
        which, with the other arguments given."""
        _ = data.tr
        return dict(
            args,
            k=len(years),
            years=", ".join(str(y) for y in years) or _("none"),
        )

    def _count(self, criterion, item, data, holds, **args):
        """The years of the criterion's window (``_window``) for which
        ``holds`` is true. Returns ``(met, args)``: whether there are enough
        of them, and the sentence arguments (``args`` and the ``k`` years,
        ``years``, of ``count`` required in ``period``)."""
        first, last = self._window(criterion, item)
        years = [year for year in range(first, last + 1) if holds(year)]
        return len(years) >= criterion.count, self._years_args(
            data, years, count=criterion.count, period=period(first, last), **args
        )

    @staticmethod
    def _type_names(data, type_ids):
        return " / ".join(sorted(data.types.get(t, ("?",))[0] for t in type_ids))

    def _rated(self, criterion, item, data):
        """What a rating criterion looks at: the ratings that count, by year
        (the person's, or for a collective the unit's own collective quality
        rating, ``emulation.department.rating``, never the head's own
        rating); whether a year's rating is at least the one required; the
        label of that one; and the words naming the unit that open the
        sentence. Returns ``(ratings, reaches, required, prefix)``."""
        _ = data.tr
        minimum = RATING_RANK[criterion.rating]
        if item.employee_id:
            ratings = data.ratings.get(item.employee_id, {})
            prefix = ""
        else:
            ratings = data.ratings.get(("department", item.department_id), {})
            prefix = _(
                "Unit %(unit)s (collective rating): ",
                unit=data.departments[item.department_id][0],
            )

        def reaches(year):
            rating = ratings.get(year)
            return bool(rating) and RATING_RANK[rating] >= minimum

        return ratings, reaches, data.labels["rating"][criterion.rating], prefix

    def _holds_title(self, criterion, item, data):
        """Whether the recipient holds one of the titles a criterion requires
        in a year, and the list where the awards that are not grounds of it
        are gathered (see ``_held``). Returns ``(holds, ignored)``."""
        ignored = []

        def holds(year):
            return self._held(
                data,
                item.recipient,
                criterion.ref_type_ids,
                year,
                item,
                ignored=ignored,
            )

        return holds, ignored

    @staticmethod
    def _verdict(
        met, met_sentence, not_met_sentence, prefix="", suffix="", to_judge=""
    ):
        """``(state, sentence)`` of a criterion compared with what it
        requires: eligible with ``met_sentence`` when ``met``; else not
        eligible with ``not_met_sentence``, or still to judge when
        ``to_judge`` (the words saying why) is given. ``prefix`` and
        ``suffix`` frame either sentence."""
        if met:
            return ELIGIBLE, prefix + met_sentence + suffix
        sentence = prefix + not_met_sentence + suffix
        if to_judge:
            return UNKNOWN, sentence + to_judge
        return NOT_ELIGIBLE, sentence

    # ------------------------------------------------------------------
    # Evaluators: (criterion, item, data) -> (state, sentence)
    # ------------------------------------------------------------------
    def _eval_rating_min(self, criterion, item, data):
        _ = data.tr
        ratings, reaches, required, prefix = self._rated(criterion, item, data)
        labels = data.labels["rating"]
        rating = ratings.get(item.year)
        if not rating and self._pending(item, ratings):
            last = max((year for year in ratings if year < item.year), default=None)
            if last:
                return UNKNOWN, prefix + _(
                    "%(year)s is not rated yet (mid-year dossier; at least "
                    "%(required)s required; last rating %(last_year)s: "
                    "%(last)s): to judge",
                    year=item.year,
                    required=required,
                    last_year=last,
                    last=labels[ratings[last]],
                )
            return UNKNOWN, prefix + _(
                "%(year)s is not rated yet (mid-year dossier; at least "
                "%(required)s required): to judge",
                year=item.year,
                required=required,
            )
        if not rating:
            return NOT_ELIGIBLE, prefix + _(
                "No quality rating recorded for %(year)s (at least %(required)s "
                "required)",
                year=item.year,
                required=required,
            )
        args = {"year": item.year, "rating": labels[rating], "required": required}
        return self._verdict(
            reaches(item.year),
            _(
                "Rating %(year)s: %(rating)s — met, at least %(required)s required",
                **args,
            ),
            _(
                "Rating %(year)s: %(rating)s — not met, at least %(required)s required",
                **args,
            ),
            prefix=prefix,
        )

    def _eval_rating_consecutive(self, criterion, item, data):
        _ = data.tr
        ratings, reaches, required, prefix = self._rated(criterion, item, data)
        pending = self._pending(item, ratings)
        end = item.year - 1 if pending else item.year
        met, suffix, args = self._run(
            criterion, item, data, reaches, end, required=required
        )
        if pending:
            suffix += _(
                "; %(year)s is not rated yet (mid-year dossier)", year=item.year
            )
        return self._verdict(
            met,
            _(
                "Rated at least %(required)s for %(k)s consecutive years "
                "(%(period)s; at least %(n)s required) — met",
                **args,
            )
            if criterion.open_run
            else _(
                "Rated at least %(required)s for %(n)s consecutive years "
                "(%(period)s) — met",
                **args,
            ),
            _(
                "Only %(k)s/%(n)s consecutive years rated at least %(required)s "
                "(%(years)s)",
                **args,
            ),
            prefix=prefix,
            suffix=suffix,
            to_judge=_(": to judge")
            if pending and args["k"] + 1 >= criterion.years
            else "",
        )

    def _eval_rating_count(self, criterion, item, data):
        _ = data.tr
        ratings, reaches, required, prefix = self._rated(criterion, item, data)
        met, args = self._count(criterion, item, data, reaches, required=required)
        return self._verdict(
            met,
            _(
                "Rated at least %(required)s %(k)s times in %(period)s "
                "(%(years)s; %(count)s required) — met",
                **args,
            ),
            _(
                "Rated at least %(required)s only %(k)s times in %(period)s "
                "(%(years)s; %(count)s required)",
                **args,
            ),
            prefix=prefix,
            to_judge=_(
                "; %(year)s is not rated yet (mid-year dossier): to judge",
                year=item.year,
            )
            if self._pending(item, ratings) and args["k"] + 1 >= criterion.count
            else "",
        )

    def _eval_title_consecutive(self, criterion, item, data):
        _ = data.tr
        holds, ignored = self._holds_title(criterion, item, data)
        met, suffix, args = self._run(
            criterion,
            item,
            data,
            holds,
            item.year,
            type=self._type_names(data, criterion.ref_type_ids),
        )
        return self._verdict(
            met,
            _(
                "%(type)s %(k)s consecutive years (%(period)s; at least "
                "%(n)s required) — met",
                **args,
            )
            if criterion.open_run
            else _("%(type)s %(n)s consecutive years (%(period)s) — met", **args),
            _("Only %(k)s/%(n)s consecutive years as %(type)s (%(years)s)", **args),
            suffix=suffix + self._not_grounds(data, ignored),
        )

    def _eval_title_count(self, criterion, item, data):
        _ = data.tr
        holds, ignored = self._holds_title(criterion, item, data)
        met, args = self._count(
            criterion,
            item,
            data,
            holds,
            type=self._type_names(data, criterion.ref_type_ids),
        )
        return self._verdict(
            met,
            _(
                "%(type)s %(k)s times in %(period)s (%(years)s; %(count)s "
                "required) — met",
                **args,
            ),
            _(
                "%(type)s only %(k)s times in %(period)s (%(years)s; %(count)s "
                "required)",
                **args,
            ),
            suffix=self._not_grounds(data, ignored),
        )

    def _eval_holds_type(self, criterion, item, data):
        _ = data.tr
        names = self._type_names(data, criterion.ref_type_ids)
        first = item.year - criterion.years + 1 if criterion.years else None
        awards = data.awards.get(item.recipient, {})
        ignored = []
        for (type_id, year), award in sorted(
            awards.items(), key=lambda kv: kv[0][1], reverse=True
        ):
            if (
                type_id not in criterion.ref_type_ids
                or year > item.year
                or (first is not None and year < first)
                or (item.line_id and award["dossier_line_id"] == item.line_id)
            ):
                continue
            if item.annual and award["kind"] != "annual":
                ignored.append(award)
                continue
            sentence = _(
                "Holds %(type)s (%(year)s, decision %(decision)s) — met",
                type=data.types[type_id][0],
                year=year,
                decision=award["decision_number"] or "-",
            )
            if criterion.precedes_run:
                # What follows in the route is counted after this award.
                item.route["start"] = year + 1
                item.route["after"] = f"{data.types[type_id][0]} {year}"
            return ELIGIBLE, sentence
        suffix = self._not_grounds(data, ignored)
        if first is None:
            return NOT_ELIGIBLE, _("Does not hold %(type)s", type=names) + suffix
        return NOT_ELIGIBLE, _(
            "Does not hold %(type)s in %(period)s",
            type=names,
            period=period(first, item.year),
        ) + suffix

    def _eval_initiatives(self, criterion, item, data):
        _ = data.tr
        first, last = self._window(criterion, item)
        level = criterion.level or "unit"
        minimum = LEVEL_RANK[level]
        counted, used, held = [], [], []
        for initiative in data.initiatives.get(item.employee_id, ()):
            if not first <= initiative["year"] <= last:
                continue
            if LEVEL_RANK[initiative["level"]] < minimum:
                continue
            if any(
                not (item.line_id and line_id == item.line_id)
                for _award, line_id in data.initiative_uses.get(initiative["id"], ())
            ):
                used.append(initiative["name"])
            elif data.initiative_holds.get(initiative["id"]) or (
                data.initiative_taken.get(initiative["id"], item.key) != item.key
            ):
                held.append(initiative["name"])
            else:
                counted.append(initiative)
        met = len(counted) >= criterion.count
        if met:
            # The oldest are used first; the others stay free for other awards.
            item.route["initiatives"] = [
                initiative["id"] for initiative in counted[: criterion.count]
            ]
        suffix = ""
        if used:
            suffix += _(
                "; not counted, already grounds for another award: %(names)s",
                names=", ".join(used),
            )
        if held:
            suffix += _(
                "; not counted, grounds of another proposal: %(names)s",
                names=", ".join(held),
            )
        args = {
            "k": len(counted),
            "count": criterion.count,
            "level": data.labels["level"][level],
            "period": period(first, last),
        }
        return self._verdict(
            met,
            _(
                "%(k)s initiatives recognised at %(level)s level or higher in "
                "%(period)s (%(count)s required) — met",
                **args,
            ),
            _(
                "Only %(k)s initiatives recognised at %(level)s level or higher "
                "in %(period)s (%(count)s required)",
                **args,
            ),
            suffix=suffix,
        )

    def _members(self, item, data):
        return data.members.get(item.department_id, [])

    def _eval_collective_share(self, criterion, item, data):
        _ = data.tr
        members = self._members(item, data)
        if not members:
            return NOT_ELIGIBLE, _("The unit has no members.")
        holders = sum(
            1
            for member in members
            if self._held(
                data, ("employee", member), criterion.ref_type_ids, item.year, item
            )
        )
        share = 100.0 * holders / len(members)
        args = {
            "k": holders,
            "total": len(members),
            "share": round(share),
            "type": self._type_names(data, criterion.ref_type_ids),
            "year": item.year,
            "percent": round(criterion.percent),
        }
        return self._verdict(
            share >= criterion.percent,
            _(
                "%(k)s/%(total)s members (%(share)s %%) hold %(type)s for "
                "%(year)s (at least %(percent)s %%) — met",
                **args,
            ),
            _(
                "Only %(k)s/%(total)s members (%(share)s %%) hold %(type)s for "
                "%(year)s (at least %(percent)s %% required)",
                **args,
            ),
        )

    def _eval_collective_all_rating_min(self, criterion, item, data):
        _ = data.tr
        members = self._members(item, data)
        if not members:
            return NOT_ELIGIBLE, _("The unit has no members.")
        minimum = RATING_RANK[criterion.rating]
        below, pending = [], []
        for member in members:
            ratings = data.ratings.get(member, {})
            rating = ratings.get(item.year)
            if not rating and self._pending(item, ratings):
                pending.append(data.employees.get(member, ("?",))[0])
            elif not rating or RATING_RANK[rating] < minimum:
                below.append(data.employees.get(member, ("?",))[0])
        args = {
            "total": len(members),
            "required": data.labels["rating"][criterion.rating],
            "year": item.year,
        }
        if pending and not below:
            return UNKNOWN, _(
                "%(k)s of %(total)s members not rated yet for %(year)s "
                "(mid-year dossier; at least %(required)s required): to judge",
                k=len(pending),
                **args,
            )
        return self._verdict(
            not below,
            _(
                "All %(total)s members rated at least %(required)s in %(year)s — met",
                **args,
            ),
            _(
                "%(k)s of %(total)s members not rated at least %(required)s in "
                "%(year)s: %(names)s",
                k=len(below),
                names=", ".join(sorted(below)),
                **args,
            ),
        )

    def _eval_collective_one_holds(self, criterion, item, data):
        _ = data.tr
        holder = next(
            (
                member
                for member in self._members(item, data)
                if self._held(
                    data, ("employee", member), criterion.ref_type_ids, item.year, item
                )
            ),
            None,
        )
        args = {
            "type": self._type_names(data, criterion.ref_type_ids),
            "year": item.year,
        }
        return self._verdict(
            holder is not None,
            _(
                "%(name)s holds %(type)s for %(year)s — met",
                name=data.employees.get(holder, ("?",))[0],
                **args,
            ),
            _("No member holds %(type)s for %(year)s", **args),
        )

    def _eval_no_discipline(self, criterion, item, data):
        _ = data.tr
        minimum = DISCIPLINE_RANK[criterion.discipline_form]
        start = datetime.date(item.year, 1, 1)
        end = datetime.date(item.year, 12, 31)
        people = [item.employee_id] if item.employee_id else self._members(item, data)
        found = []
        for employee_id in people:
            for discipline in data.disciplines.get(employee_id, ()):
                if DISCIPLINE_RANK[discipline["form"]] < minimum:
                    continue
                in_year = start <= discipline["date"] <= end or (
                    discipline["date_block_start"] <= end
                    and discipline["date_block_end"] >= start
                )
                if in_year:
                    who = data.employees.get(employee_id, ("?",))[0]
                    what = data.labels["form"][discipline["form"]]
                    found.append(f"{who} ({what}, {discipline['date']})")
        args = {
            "form": data.labels["form"][criterion.discipline_form],
            "year": item.year,
            "list": ", ".join(found),
        }
        return self._verdict(
            not found,
            _("No discipline of %(form)s or heavier in %(year)s — met", **args)
            if item.employee_id
            else _(
                "No member disciplined with %(form)s or heavier in %(year)s — met",
                **args,
            ),
            _("Discipline of %(form)s or heavier in %(year)s: %(list)s", **args),
        )

    def _eval_service_years(self, criterion, item, data):
        _ = data.tr
        name, gender, service_start = data.employees.get(
            item.employee_id, ("?", False, False)
        )
        if not service_start:
            return UNKNOWN, _(
                "No emulation service start date recorded for %(name)s: years "
                "of service to check by hand",
                name=name,
            )
        female = gender == "female"
        required = criterion.years_women if female else criterion.years
        date = item.date
        years = date.year - service_start.year
        if (date.month, date.day) < (service_start.month, service_start.day):
            years -= 1
        args = {
            "years": years,
            "start": service_start,
            "required": required,
            "date": date,
        }
        return self._verdict(
            years >= required,
            _(
                "%(years)s years of service since %(start)s on %(date)s "
                "(%(required)s required for women) — met",
                **args,
            )
            if female
            else _(
                "%(years)s years of service since %(start)s on %(date)s "
                "(%(required)s required for men) — met",
                **args,
            ),
            _(
                "Only %(years)s years of service since %(start)s on %(date)s "
                "(%(required)s required for women)",
                **args,
            )
            if female
            else _(
                "Only %(years)s years of service since %(start)s on %(date)s "
                "(%(required)s required for men)",
                **args,
            ),
        )

    def _eval_judgment(self, criterion, item, data):
        _ = data.tr
        return UNKNOWN, _(
            "Left to the council's judgment: %(what)s",
            what=criterion.name or _("an outstanding achievement"),
        )

    def _eval_manual(self, criterion, item, data):
        _ = data.tr
        return UNKNOWN, _(
            "To check by hand: %(what)s",
            what=criterion.name or "-",
        )
