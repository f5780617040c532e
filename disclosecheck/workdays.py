"""Official working days (工作日) of the People's Republic of China.

A catalog's 公开时限 counts working days, and working days follow the State Council's yearly
holiday schedule, 调休 included (a Saturday or Sunday made a working day). The ``chinese-calendar``
package carries that schedule for the years already announced; for other years (after the last
announcement, or before 2004) this module counts Monday–Friday instead and records the year in
:attr:`WorkCalendar.approximate_years`, so the checks can say that the result is approximate.

A rule pack may list extra holidays and extra working days (a local holiday, a schedule announced
after the installed package was released); they override everything else.

The checks call :meth:`WorkCalendar.workdays_between` once per item on catalogs of 100,000 rows, so
each year is computed once into prefix counts and every question is answered by table look-ups.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

__all__ = ["WorkCalendar", "official_years"]


def official_years() -> tuple[int, int]:
    """The first and last year for which ``chinese_calendar`` holds the official schedule."""
    import chinese_calendar

    years = [d.year for d in chinese_calendar.holidays]
    return min(years), max(years)


def _as_date(day: date) -> date:
    """A ``datetime`` is a ``date`` too, but compares and hashes differently: drop the time."""
    return day.date() if isinstance(day, datetime) else day


@dataclass(frozen=True, slots=True)
class _Schedule:
    """What every calendar of one pair of pack lists shares: the official schedule and the year tables."""

    holidays: frozenset[date]
    workdays: frozenset[date]
    first_year: int
    last_year: int
    prefix: dict[int, array] = field(default_factory=dict)


_SCHEDULES: dict[tuple[frozenset[date], frozenset[date]], _Schedule] = {}


def _schedule(extra_holidays: frozenset[date], extra_workdays: frozenset[date]) -> _Schedule:
    """The schedule for these pack lists, built once per process: a check or an audit makes a calendar
    for every table, and building the official sets and a year's table cost more than checking the
    table's 60 rows."""
    key = (extra_holidays, extra_workdays)
    found = _SCHEDULES.get(key)
    if found is None:
        import chinese_calendar

        if len(_SCHEDULES) >= 16:  # a process sees one or two packs; never let it grow unbounded
            _SCHEDULES.clear()
        first, last = official_years()
        found = _SCHEDULES[key] = _Schedule(frozenset(chinese_calendar.holidays),
                                            frozenset(chinese_calendar.workdays), first, last)
    return found


class WorkCalendar:
    """Answers "is this a working day" and counts working days, year tables cached.

    ``holidays`` and ``workdays`` are the rule pack's own lists. A date in both is a working
    day: the pack's working days are applied last, as the State Council's 调休 notices are.
    """

    def __init__(self, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> None:
        self.extra_holidays: frozenset[date] = frozenset(_as_date(d) for d in holidays)
        self.extra_workdays: frozenset[date] = frozenset(_as_date(d) for d in workdays)
        schedule = _schedule(self.extra_holidays, self.extra_workdays)
        self._official_holidays, self._official_workdays = schedule.holidays, schedule.workdays
        self.first_known_year, self.last_known_year = schedule.first_year, schedule.last_year
        #: Years asked about that the official schedule does not hold: this calendar's own (one per table).
        self.approximate_years: set[int] = set()
        # year -> prefix[i] = working days among the first i days of the year (prefix[0] = 0); shared by
        # every calendar of the same pack lists, since a year's table depends on nothing else
        self._prefix: dict[int, array] = schedule.prefix

    # --- per-year tables --------------------------------------------------------------------------

    def is_official_year(self, year: int) -> bool:
        """Whether the installed ``chinese_calendar`` holds the announced schedule for ``year``."""
        return self.first_known_year <= year <= self.last_known_year

    def _day_is_workday(self, day: date, official: bool) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        if official:
            if day in self._official_workdays:
                return True
            if day in self._official_holidays:
                return False
        return day.weekday() < 5

    def _year_prefix(self, year: int) -> array:
        official = self.first_known_year <= year <= self.last_known_year
        if not official:
            self.approximate_years.add(year)
        prefix = self._prefix.get(year)
        if prefix is None:
            first = date(year, 1, 1)
            length = (date(year + 1, 1, 1) - first).days if year < 9999 else 365
            prefix = array("H", [0]) * (length + 1)
            count = 0
            for i in range(length):
                if self._day_is_workday(first + timedelta(days=i), official):
                    count += 1
                prefix[i + 1] = count
            self._prefix[year] = prefix
        return prefix

    def _year_total(self, year: int) -> int:
        return self._year_prefix(year)[-1]

    # --- questions --------------------------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        """Whether ``day`` is a working day (official schedule, pack overrides, else Mon–Fri)."""
        day = _as_date(day)
        prefix = self._year_prefix(day.year)
        i = day.timetuple().tm_yday
        return prefix[i] != prefix[i - 1]

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; 0 when ``end <= start``.

        So a date formed on ``start`` and published on ``end`` took this many working days.
        """
        start, end = _as_date(start), _as_date(end)
        if end <= start:
            return 0
        s_prefix = self._year_prefix(start.year)
        e_prefix = self._year_prefix(end.year)
        s_i, e_i = start.timetuple().tm_yday, end.timetuple().tm_yday
        if start.year == end.year:
            return e_prefix[e_i] - s_prefix[s_i]
        total = s_prefix[-1] - s_prefix[s_i]
        for year in range(start.year + 1, end.year):
            total += self._year_total(year)
        return total + e_prefix[e_i]

    def add_workdays(self, start: date, n: int) -> date:
        """The date that is ``n`` working days after ``start`` (``start`` itself not counted).

        ``n == 0`` gives ``start``; a negative ``n`` counts back to the ``-n``-th working day
        before ``start``. Raises ``OverflowError`` past the range of ``datetime.date``.
        """
        start = _as_date(start)
        if n == 0:
            return start
        if n < 0:
            return self._subtract_workdays(start, -n)
        year = start.year
        prefix = self._year_prefix(year)
        base = prefix[start.timetuple().tm_yday]  # working days in this year up to start
        need = n
        while True:
            target = base + need
            if target <= prefix[-1]:
                index = bisect_left(prefix, target)  # first day index whose count reaches target
                return date(year, 1, 1) + timedelta(days=index - 1)
            need -= prefix[-1] - base
            year += 1
            if year > 9999:
                raise OverflowError("date out of range")
            prefix = self._year_prefix(year)
            base = 0

    def _subtract_workdays(self, start: date, n: int) -> date:
        year = start.year
        prefix = self._year_prefix(year)
        # working days strictly before start in this year
        available = prefix[start.timetuple().tm_yday - 1]
        need = n
        while True:
            if need <= available:
                # the day whose prefix count becomes available - need + 1
                target = available - need + 1
                index = bisect_left(prefix, target)
                return date(year, 1, 1) + timedelta(days=index - 1)
            need -= available
            year -= 1
            if year < 1:
                raise OverflowError("date out of range")
            prefix = self._year_prefix(year)
            available = prefix[-1]
