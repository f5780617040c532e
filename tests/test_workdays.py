"""WorkCalendar against the official schedule carried by chinese_calendar (2026 facts), and its fallback."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosecheck.workdays import WorkCalendar


def official_count(start: date, end: date) -> int:
    """The slow, obvious count straight from chinese_calendar: working days in (start, end]."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += chinese_calendar.is_workday(day)
    return count


def test_last_known_year_is_computed_from_the_package() -> None:
    cal = WorkCalendar()
    assert cal.last_known_year == max(d.year for d in chinese_calendar.holidays)
    assert cal.last_known_year >= 2026
    assert cal.approximate_years == set()


def test_national_day_2026_and_its_adjusted_working_days() -> None:
    # The package's data: 10-01..10-07 off; Sunday 09-20 and Saturday 10-10 are working days.
    assert all(date(2026, 10, d) in chinese_calendar.holidays for d in range(1, 8))
    assert {date(2026, 9, 20), date(2026, 10, 10)} <= set(chinese_calendar.workdays)
    cal = WorkCalendar()
    assert [cal.is_workday(date(2026, 10, d)) for d in range(1, 12)] == [
        False, False, False, False, False, False, False,  # 10-01 .. 10-07 holiday
        True,  # Thursday 10-08
        True,  # Friday 10-09
        True,  # Saturday 10-10, 调休 working day
        False,  # Sunday 10-11
    ]
    assert cal.is_workday(date(2026, 9, 20)) is True  # a Sunday made a working day
    assert cal.is_workday(date(2026, 9, 25)) is False  # Mid-Autumn Festival, a Friday
    assert cal.approximate_years == set()


def test_add_workdays_across_spring_festival_2026() -> None:
    cal = WorkCalendar()
    start = date(2026, 2, 13)  # Friday before the holiday
    assert cal.add_workdays(start, 1) == date(2026, 2, 14)  # Saturday 调休 working day
    assert cal.add_workdays(start, 2) == date(2026, 2, 24)  # 02-15 .. 02-23 off
    assert cal.add_workdays(start, 6) == date(2026, 2, 28)  # Saturday 调休 working day
    assert cal.add_workdays(start, 7) == date(2026, 3, 2)
    # 20 working days (the statutory limit) from Monday 26 January: 4 + 5 + 5 in January/February,
    # Saturday 02-14, 02-24..02-27, and the 20th is the 调休 Saturday 02-28
    due = cal.add_workdays(date(2026, 1, 26), 20)
    assert due == date(2026, 2, 28)
    assert official_count(date(2026, 1, 26), due) == 20
    assert cal.workdays_between(date(2026, 1, 26), due) == 20
    assert cal.workdays_between(date(2026, 1, 26), due - timedelta(days=1)) == 19


def test_add_workdays_zero_and_backwards() -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(date(2026, 2, 15), 0) == date(2026, 2, 15)
    assert cal.add_workdays(date(2026, 2, 24), -1) == date(2026, 2, 14)
    assert cal.add_workdays(date(2026, 1, 5), -2) == date(2025, 12, 31)  # 01-01..01-03 off, 01-04 works
    assert cal.add_workdays(date(2026, 1, 5), -1) == date(2026, 1, 4)  # Sunday 调休 working day


def test_workdays_between_into_an_unannounced_year_is_approximate() -> None:
    cal = WorkCalendar()
    year = cal.last_known_year + 1
    start = date(cal.last_known_year, 12, 25)
    end = date(year, 1, 8)
    expected_tail = official_count(start, date(cal.last_known_year, 12, 31))
    plain_weekdays = sum(1 for d in range(1, 9) if date(year, 1, d).weekday() < 5)
    assert cal.workdays_between(start, end) == expected_tail + plain_weekdays
    assert cal.approximate_years == {year}


def test_workdays_between_2026_into_2027_exact_values() -> None:
    cal = WorkCalendar()
    if cal.last_known_year != 2026:
        pytest.skip("chinese_calendar now knows 2027: the fallback values below no longer apply")
    # 12-28..12-31 (Mon–Thu) in 2026, then 2027-01-01 (Fri) and 01-04..01-08 counted Monday–Friday
    assert cal.workdays_between(date(2026, 12, 25), date(2027, 1, 8)) == 10
    assert cal.approximate_years == {2027}
    with_pack = WorkCalendar(holidays=[date(2027, 1, 1)])
    assert with_pack.workdays_between(date(2026, 12, 25), date(2027, 1, 8)) == 9
    assert with_pack.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_pack_holidays_and_workdays_override_everything() -> None:
    cal = WorkCalendar(
        holidays=[date(2026, 3, 2), date(2030, 5, 6)],
        workdays=[date(2026, 10, 3), datetime(2030, 5, 4, 9, 30)],
    )
    assert cal.is_workday(date(2026, 3, 2)) is False  # an ordinary Monday made a holiday
    assert cal.is_workday(date(2026, 10, 3)) is True  # an official holiday made a working day
    assert cal.is_workday(date(2030, 5, 6)) is False  # fallback year: listed holiday wins over Monday
    assert cal.is_workday(date(2030, 5, 4)) is True  # fallback year: listed Saturday works
    assert cal.workdays_between(date(2026, 2, 27), date(2026, 3, 3)) == 2  # 02-28 and 03-03
    assert cal.approximate_years == {2030}


def test_a_day_listed_both_ways_is_a_working_day() -> None:
    day = date(2026, 10, 5)
    cal = WorkCalendar(holidays=[day], workdays=[day])
    assert cal.is_workday(day) is True


def test_before_2004_counts_monday_to_friday() -> None:
    cal = WorkCalendar()
    assert cal.is_workday(date(2003, 1, 1)) is True  # a Wednesday (really New Year's Day: no data)
    assert cal.is_workday(date(2003, 1, 4)) is False  # Saturday
    assert cal.workdays_between(date(2003, 12, 26), date(2004, 1, 5)) == 3 + official_count(
        date(2003, 12, 31), date(2004, 1, 5))
    assert cal.approximate_years == {2003}


@pytest.mark.parametrize(("start", "end"), [
    (date(2026, 5, 6), date(2026, 5, 6)),
    (date(2026, 5, 6), date(2026, 5, 1)),
    (date(2027, 1, 1), date(2020, 1, 1)),
])
def test_end_not_after_start_is_zero(start: date, end: date) -> None:
    assert WorkCalendar().workdays_between(start, end) == 0


def test_long_spans_match_the_official_day_by_day_count() -> None:
    cal = WorkCalendar()
    assert cal.workdays_between(date(2019, 5, 15), date(2026, 12, 31)) == official_count(
        date(2019, 5, 15), date(2026, 12, 31))
    # the whole of 2026: 248 working days by the package's schedule
    assert cal.workdays_between(date(2025, 12, 31), date(2026, 12, 31)) == 248
    assert official_count(date(2025, 12, 31), date(2026, 12, 31)) == 248


def test_datetimes_are_taken_as_their_date() -> None:
    cal = WorkCalendar()
    assert cal.workdays_between(datetime(2026, 2, 13, 18, 0), datetime(2026, 2, 24, 8, 0)) == 2
    assert cal.add_workdays(datetime(2026, 2, 13, 18, 0), 2) == date(2026, 2, 24)


DAYS = st.dates(min_value=date(2001, 1, 1), max_value=date(2029, 12, 31))
CAL = WorkCalendar(holidays=[date(2028, 1, 3)], workdays=[date(2028, 1, 8)])


@given(DAYS, st.integers(min_value=-300, max_value=300))
def test_add_and_between_agree(start: date, n: int) -> None:
    target = CAL.add_workdays(start, n)
    if n > 0:
        assert target > start and CAL.is_workday(target)
        assert CAL.workdays_between(start, target) == n
        assert CAL.workdays_between(start, target - timedelta(days=1)) == n - 1
    elif n < 0:
        assert target < start and CAL.is_workday(target)
        # (target, start] holds the -n working days from target on, minus target, plus start if it works
        assert CAL.workdays_between(target, start) == -n - 1 + CAL.is_workday(start)


@given(DAYS, DAYS)
def test_between_is_additive(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    middle = start + (end - start) / 2
    assert CAL.workdays_between(start, end) == CAL.workdays_between(start, middle) + CAL.workdays_between(
        middle, end)


def test_calendars_of_one_process_share_year_tables_but_not_the_years_they_call_approximate() -> None:
    """A check makes a calendar per table: the year tables are built once, while each table's calendar
    reports only the approximate years its own rules asked about."""
    first = WorkCalendar()
    assert first.workdays_between(date(2030, 1, 1), date(2030, 2, 1)) == 23
    assert first.approximate_years == {2030}
    second = WorkCalendar()
    assert second.approximate_years == set()
    assert second.workdays_between(date(2024, 3, 1), date(2024, 3, 8)) == 5
    assert second.approximate_years == set()
    assert second.workdays_between(date(2030, 1, 1), date(2030, 2, 1)) == 23
    assert second.approximate_years == {2030}
    assert second._prefix is first._prefix  # the sharing is what is tested
    local = WorkCalendar(holidays=[date(2030, 1, 15)])  # a pack's own holiday: tables of its own
    assert local.workdays_between(date(2030, 1, 1), date(2030, 2, 1)) == 22
    assert WorkCalendar().workdays_between(date(2030, 1, 1), date(2030, 2, 1)) == 23
