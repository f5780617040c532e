"""Sheets disclosecheck wrote itself: the 检查结果 and 问题清单 sheets of an annotated copy.

A clerk fixes the annotated copy and checks it again, so those sheets come back as input. They are
no catalog, and their columns (事项, 要素 …) must not be taken for one. The copy names them in a
custom document property (``docProps/custom.xml``, written by ``render/xlsx_annotated.py``), read
here straight from the zip the reader already has open, so the sheets are skipped before calamine
reads them. Nothing else is trusted: a sheet merely called 检查结果 in a user's workbook is read.
"""

from __future__ import annotations

import html
import json
import re
import zipfile

#: The custom document property that lists the report sheets of an annotated copy (a JSON list).
REPORT_SHEETS_PROPERTY = "disclosecheck.report_sheets"
_CUSTOM_PART = "docProps/custom.xml"
_MOST_BYTES = 1 << 20  # a custom.xml past this is none of ours
_PROPERTY = re.compile(
    r'<(?:\w+:)?property\b[^>]*\bname\s*=\s*"' + re.escape(REPORT_SHEETS_PROPERTY)
    + r'"[^>]*>\s*<(?:\w+:)?lpwstr>([^<]*)</(?:\w+:)?lpwstr>', re.DOTALL)


def report_sheets(archive: zipfile.ZipFile) -> frozenset[str]:
    """The names of the sheets disclosecheck wrote into this xlsx, or none."""
    try:
        info = archive.getinfo(_CUSTOM_PART)
    except KeyError:
        return frozenset()
    if info.file_size > _MOST_BYTES:
        return frozenset()
    try:
        text = archive.read(info).decode("utf-8", "replace")
    except Exception:  # a damaged part: the guard and calamine say what is wrong with the file
        return frozenset()
    found = _PROPERTY.search(text)
    if found is None:
        return frozenset()
    try:
        names = json.loads(html.unescape(found.group(1)))
    except ValueError:
        return frozenset()
    return frozenset(n for n in names if isinstance(n, str)) if isinstance(names, list) else frozenset()
