"""Dates as catalogs write them: date cells, Excel serial numbers and a handful of text forms."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

#: Day 0 of Excel's 1900 date system, shifted by its fictitious 1900-02-29 so serials > 60 are exact.
_EXCEL_EPOCH = date(1899, 12, 30)
#: Serial numbers read as dates: 1982-01-01 .. 2100-12-31; other numbers are not dates.
_SERIAL_MIN, _SERIAL_MAX = 29952, 73415
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．／－：", "0123456789./-:")
_YMD = re.compile(
    r"^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?"
    r"(?:[\sT]+\d{1,2}(?::\d{1,2}){0,2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL_TEXT = re.compile(r"^\d{5}(?:\.\d+)?$")


def parse_date(value: Any) -> date | None:
    """The date a cell value means, or None when it is blank or not a date.

    Accepts ``date``/``datetime``, Excel serial numbers (1900 system) as int/float or digit text,
    and text such as 2026年3月5日, 2026.3.5, 2026/03/05, 2026-3-5, 2026-03-05 10:00, 20260305.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        # an int past float range cannot be a serial; compare before float() overflows
        return _from_serial(float(value)) if _SERIAL_MIN <= value <= _SERIAL_MAX else None
    if isinstance(value, float):
        return _from_serial(value)
    text = str(value).strip().translate(_FULLWIDTH_DIGITS)
    if not text:
        return None
    match = _YMD.match(text) or _COMPACT.match(text)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    if _SERIAL_TEXT.match(text):
        return _from_serial(float(text))
    return None


def _from_serial(serial: float) -> date | None:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))
