"""Properties of ``parse_date``: it never raises, and every date survives all the ways catalogs write it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from disclosecheck.normalize.dates import parse_date

EXCEL_EPOCH = date(1899, 12, 30)
#: The years the parser reads Excel serial numbers for (1982-01-01 .. 2100-12-31).
SERIAL_DATES = st.dates(min_value=date(1982, 1, 1), max_value=date(2100, 12, 31))
#: Text forms need a four-digit year.
TEXT_DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def text_forms(d: date) -> list[str]:
    y, m, n = d.year, d.month, d.day
    return [
        f"{y}年{m}月{n}日", f"{y}年{m:02d}月{n:02d}日", f"{y} 年 {m} 月 {n} 日",
        f"{y}.{m}.{n}", f"{y}.{m:02d}.{n:02d}",
        f"{y}/{m:02d}/{n:02d}", f"{y}/{m}/{n}",
        f"{y}-{m}-{n}", d.isoformat(), f"{d.isoformat()} 10:30", f"{d.isoformat()}T10:30:15",
        f"{y}{m:02d}{n:02d}",
        f"  {y}年{m}月{n}日\n",
        f"{y}年{m}月{n}日".translate(FULLWIDTH),
    ]


@settings(max_examples=300)
@given(st.one_of(
    st.none(), st.booleans(), st.text(), st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2 ** 63), max_value=2 ** 63 - 1),
    st.from_regex(r"\d{4}[年./-]\d{1,2}[月./-]\d{1,2}日?", fullmatch=True),
    st.from_regex(r"\d{5}(\.\d+)?", fullmatch=True),
    st.from_regex(r"\d{8}", fullmatch=True),
))
@example("2026年2月30日")
@example("0000-00-00")
@example("9999-12-31 99:99:99")
@example("٢٠٢٦-٣-٥")  # Arabic-Indic digits
@example(1e308)
@example(-1e308)
@example("99999.99999999999999999999")
def test_parse_date_never_raises(value: object) -> None:
    result = parse_date(value)
    assert result is None or isinstance(result, date)


def test_parse_date_of_a_huge_integer() -> None:
    assert parse_date(10 ** 400) is None


@settings(max_examples=300)
@given(TEXT_DATES)
def test_text_forms_round_trip(d: date) -> None:
    for text in text_forms(d):
        assert parse_date(text) == d, text


@settings(max_examples=300)
@given(SERIAL_DATES, st.floats(min_value=0, max_value=0.999))
def test_excel_serials_round_trip(d: date, time_of_day: float) -> None:
    serial = (d - EXCEL_EPOCH).days
    assert parse_date(serial) == d
    assert parse_date(float(serial)) == d
    assert parse_date(serial + time_of_day) == d
    assert parse_date(str(serial)) == d


@settings(max_examples=200)
@given(SERIAL_DATES, st.integers(min_value=0, max_value=86_399))
def test_date_and_datetime_cells(d: date, seconds: int) -> None:
    assert parse_date(d) == d
    moment = datetime(d.year, d.month, d.day) + timedelta(seconds=seconds)
    assert parse_date(moment) == d


@settings(max_examples=300)
@given(TEXT_DATES)
def test_all_forms_of_one_date_agree(d: date) -> None:
    """Whatever form a date is written in, a catalog compares it as the same day."""
    parsed = {parse_date(text) for text in text_forms(d)}
    if date(1982, 1, 1) <= d <= date(2100, 12, 31):
        parsed.add(parse_date((d - EXCEL_EPOCH).days))
    assert parsed == {d}


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=29, max_value=31),
       st.integers(min_value=1000, max_value=9999))
def test_impossible_days_are_not_dates(month: int, day: int, year: int) -> None:
    try:
        date(year, month, day)
    except ValueError:
        assert parse_date(f"{year}年{month}月{day}日") is None
        assert parse_date(f"{year}-{month}-{day}") is None
