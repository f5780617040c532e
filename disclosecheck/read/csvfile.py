"""CSV (and tab- or semicolon-separated text) as one grid.

The encoding is judged on the whole file (see ``textcodec``). NUL bytes are stripped, not refused:
they come from padded exports and never belong to a cell. The delimiter is chosen by what splits
the first records most consistently into the most columns; the Chinese comma "，" is text, never a
delimiter. A quoted cell may hold line breaks, so one record can span several lines: each grid
row then remembers the line its record starts on (``Grid.row_numbers``), which is what the user
sees in an editor.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from disclosecheck.errors import InputError
from disclosecheck.model import Grid, SourceKind, Workbook
from disclosecheck.read.limits import LimitError, Limits, cell_too_long, check_sheet_size
from disclosecheck.read.textcodec import decode_text, strip_nul

DELIMITERS = (",", "\t", ";")
_SAMPLE_CHARS = 65536
_SAMPLE_RECORDS = 200
_SEP_LINE = re.compile(r"sep=([^\"\r\n])\r?\n", re.IGNORECASE)  # Excel's "sep=;" first line


def read_csv(path: Path, data: bytes, limits: Limits) -> Workbook:
    """The CSV file ``path`` (whose bytes are ``data``) as a workbook of one grid named after the file."""
    text, encoding = decode_text(strip_nul(data), path)
    first_line = 1
    sep = _SEP_LINE.match(text)
    if sep:
        delimiter = sep.group(1)
        text = text[sep.end():]
        first_line = 2
    else:
        delimiter = sniff_delimiter(text)
        if not is_csv_shaped(text, delimiter):
            raise InputError("input.not_a_table.text", path)
    grid = parse_csv(path, text, delimiter, path.stem, limits, first_line)
    return Workbook(path=path, format="csv", sheets=[grid], encoding=encoding)


def sniff_delimiter(text: str) -> str:
    """The delimiter among comma, tab and semicolon that gives the most rows of the same width.

    Score: (rows having the most common field count) x (that count - 1), so a delimiter that only
    appears inside some cells loses to the one that builds the table.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n") + 1]
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        widths = Counter(len(rec) for _, rec in zip(range(_SAMPLE_RECORDS), reader, strict=False) if rec)
        if not widths:
            continue
        width, rows = widths.most_common(1)[0]
        score = rows * (width - 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


#: Of the non-empty records sampled, the share that must split into fields for text to be a table,
#: and, once there are enough of them to judge, the share of those at the table's one width.
_SHAPED_SHARE = 0.5
_JUDGE_WIDTHS_FROM = 5
#: The share of records starting with an indent past which text is a program or a nested list.
_INDENTED_SHARE = 0.2


def is_csv_shaped(text: str, delimiter: str) -> bool:
    """Whether ``text`` is a table: a consistent delimiter across the rows, not prose or a program.

    A README, a note or a source file has commas here and there: most of its lines hold none or only
    end in one, the lines that do split into every width, and a program indents its lines. A table
    splits most records into fields, most of those into the same number of fields, and starts its
    rows at the left edge; a title row, notes rows, blank lines and a short row are allowed, so half
    is enough (exported catalogs have nearly all of them).
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n") + 1]
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        records = [rec for _, rec in zip(range(_SAMPLE_RECORDS), reader, strict=False)
                   if any(field.strip() for field in rec)]
    except csv.Error:
        return False
    # A record splits when two fields hold something: ``name,`` (a line of a program ending in a
    # comma) does not, while an exported title row ``标题,,,`` keeps the table's width.
    widths = Counter(len(rec) for rec in records if sum(1 for f in rec if f.strip()) >= 2)
    indented = sum(1 for rec in records if rec[0][:1] == " " and rec[0].strip())
    if indented >= _INDENTED_SHARE * len(records):
        return False
    split = sum(widths.values())
    if not split or split < _SHAPED_SHARE * len(records):
        return False
    return split < _JUDGE_WIDTHS_FROM or widths.most_common(1)[0][1] >= _SHAPED_SHARE * split


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class _Lines:
    """The lines of ``text`` with their endings, as a file opened with ``newline=""`` gives them.

    Not ``io.StringIO(text)``: it copies the text into a buffer of four bytes a character, so a
    199 MB CSV took 800 MB more before its first record was read; here one line exists at a time.
    ``end`` is where the last line given ends, so the rest can be measured without being parsed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = 0
        self._matches = _LINE.finditer(text)

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        match = next(self._matches)
        self.end = match.end()
        return match.group()

    def rest(self) -> int:
        """Lines after the last one given (a record may span several: at most this many records)."""
        text, end = self.text, self.end
        breaks = text.count("\n", end) or text.count("\r", end)
        return breaks + (1 if len(text) > end and not text.endswith(("\n", "\r")) else 0)


def parse_csv(path: Path, text: str, delimiter: str, name: str, limits: Limits, first_line: int = 1) -> Grid:
    """Split ``text`` into a rectangular grid; ``first_line`` is the line number of its first line.

    Empty fields become None and equal fields share one string object (catalogs repeat the same
    values on every row), as for spreadsheets.
    """
    rows: list[list[Any]] = []
    share = {"": None}.setdefault
    starts: list[int] = []
    spans_lines = first_line != 1
    longest = limits.max_cell_chars
    width = 0
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, len(text) + 1))  # the cell limit is ours to enforce, clearly
    try:
        lines = _Lines(text)
        reader = csv.reader(lines, delimiter=delimiter)
        line_before = 0
        for record in reader:
            start = line_before + first_line
            if reader.line_num - line_before > 1:
                spans_lines = True
                record = [v.replace("\r\n", "\n") for v in record]
            line_before = reader.line_num
            if len(rows) >= limits.max_rows:
                total = len(rows) + 1 + sum(1 for _ in reader)
                raise LimitError(path, "rows", total, limits.max_rows, sheet=name)
            if len(record) > width:
                width = len(record)
                if width > limits.max_cols:
                    raise LimitError(path, "cols", width, limits.max_cols, sheet=name)
            if record and len(max(record, key=len)) > longest:
                col = next(c for c, v in enumerate(record) if len(v) > longest)
                raise cell_too_long(path, name, start, col, len(record[col]), limits)
            if (len(rows) + 1) * width > limits.max_cells:
                _refuse_by_extent(path, name, len(rows) + 1 + lines.rest(), width, limits)
            rows.append([share(v, v) for v in record])
            starts.append(start)
    finally:
        csv.field_size_limit(previous)
    check_sheet_size(path, name, len(rows), width, limits)  # padding below makes rows x width real
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    return Grid(name=name, rows=rows, kind=SourceKind.CSV, row_numbers=starts if spans_lines else None)


def _refuse_by_extent(path: Path, name: str, rows: int, width: int, limits: Limits) -> None:
    """Refuse a CSV past the cell limit as soon as the rows read so far cross it, before the grid exists.

    500 columns × 199,000 rows passes the row and column limits, and building its grid first took
    2.2 GB before the cell limit refused it. ``rows`` counts the lines left unparsed (a quoted cell
    may span lines, so it is at most the records there are) and ``width`` the widest record read:
    the refusal names the rows and cells the file holds at least, in the order :func:`check_sheet_size`
    would, without parsing the rest.
    """
    check_sheet_size(path, name, rows, width, limits)
    raise LimitError(path, "cells", rows * width, limits.max_cells, sheet=name)  # pragma: no cover
