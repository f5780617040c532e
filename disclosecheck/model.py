"""The plain data passed between the stages of disclosecheck.

read (``Workbook`` of ``Grid``) → locate (``Layout``) → normalize (``Catalog`` of ``Item``)
→ checks (``Finding``) → render (``FileResult`` / ``Report``).

Each stage takes these objects and returns new ones; no stage reaches back into an earlier one.
Dataclasses, not pydantic, because they are built by the hundred thousand on large catalogs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

# --- canonical element names -------------------------------------------------------------------------

SEQ = "序号"
LEVEL1 = "一级事项"
LEVEL2 = "二级事项"
ITEM = "公开事项"  # a catalog with a single 事项 column
CONTENT = "公开内容"
BASIS = "公开依据"
TIMELIMIT = "公开时限"
SUBJECT = "公开主体"
CHANNELS = "公开渠道和载体"
AUDIENCE = "公开对象"
MODE = "公开方式"
LEVEL = "公开层级"
FORMED = "信息形成日期"
PUBLISHED = "公开日期"
UPDATED = "最近更新日期"

#: Every canonical element, in the order of the standard layout. Used everywhere, JSON included.
ELEMENTS: tuple[str, ...] = (
    SEQ, LEVEL1, LEVEL2, ITEM, CONTENT, BASIS, TIMELIMIT, SUBJECT, CHANNELS,
    AUDIENCE, MODE, LEVEL, FORMED, PUBLISHED, UPDATED,
)
#: Elements whose value is a set of choices (ticks across sub-columns, or words in one column).
CHOICE_ELEMENTS: tuple[str, ...] = (AUDIENCE, MODE, LEVEL)
#: Elements whose value is a date.
DATE_ELEMENTS: tuple[str, ...] = (FORMED, PUBLISHED, UPDATED)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class SourceKind(StrEnum):
    """What a row number means to the user: a spreadsheet row, a CSV line, or an HTML table row."""

    SHEET = "sheet"
    CSV = "csv"
    HTML = "html"


# --- stage 1: read ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Merge:
    """A merged range, 0-based and inclusive, in grid coordinates."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    def contains(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col


@dataclass(slots=True)
class Grid:
    """One sheet (or CSV file, or HTML table) as raw values.

    ``rows[r][c]`` is the value at 0-based row ``r`` and column ``c``, counted from A1 (or the first
    CSV line, or the first table row): ``r + 1`` is the row number the user sees. Values are what
    the file holds: ``str``, ``int``/``float``, ``bool``, ``datetime.date``/``datetime.datetime`` or
    ``None`` for an empty cell. Only the top-left cell of a merged range holds its value.
    """

    name: str
    rows: list[list[Any]]
    merges: list[Merge] = field(default_factory=list)
    kind: SourceKind = SourceKind.SHEET
    hidden: bool = False
    #: The 1-based number the user sees for grid row ``r`` is ``row_numbers[r]``; None means ``r + 1``.
    #: Set for a CSV whose quoted cells span several lines (a record starts on a later line).
    row_numbers: list[int] | None = None
    #: Whether a cell may hold text of blanks only (``"  "``), which reads as empty. False when the reader
    #: saw none: a row's filled cells are then its non-None ones, counted without looking at each.
    blank_texts: bool = True

    @property
    def height(self) -> int:
        return len(self.rows)

    def row_number(self, row: int) -> int:
        """The 1-based row (spreadsheet row, CSV line, HTML table row) the user sees for grid row ``row``."""
        if self.row_numbers is not None and 0 <= row < len(self.row_numbers):
            return self.row_numbers[row]
        return row + 1

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> Any:
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return None


@dataclass(slots=True)
class Workbook:
    """A whole input file after reading: its detected format and every sheet in it."""

    path: Path
    format: str  # "xlsx", "xls", "ods", "csv", "html"
    sheets: list[Grid]
    encoding: str | None = None  # CSV/HTML only


# --- stage 2: locate ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Column:
    """One column of the catalog table and what it was understood as."""

    index: int  # 0-based grid column
    header: str  # the header as written; two-row headers joined with "/" (公开对象/全社会)
    element: str | None  # canonical element, or None for an extra column (备注, 责任科室 …)
    choice: str | None = None  # for a tick sub-column: the choice it stands for (全社会, 主动, 县级 …)


@dataclass(slots=True)
class Layout:
    """Where the catalog table sits in a grid and how its columns map to elements."""

    sheet: str
    header_rows: list[int]  # 0-based grid rows holding the header (one or two)
    first_data_row: int  # 0-based
    columns: list[Column]
    title: str | None = None  # text of a title row above the header, if any
    end_row: int | None = None  # 0-based, exclusive: where the next table in the same sheet starts

    def columns_for(self, element: str) -> list[Column]:
        return [c for c in self.columns if c.element == element]

    @property
    def elements(self) -> set[str]:
        return {c.element for c in self.columns if c.element}

    @property
    def extras(self) -> list[Column]:
        return [c for c in self.columns if c.element is None]


# --- stage 3: normalize -------------------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """One catalog row (one 事项) after normalization.

    ``text`` holds every element that has a column, as cleaned text ("" when blank after
    normalization). ``choices`` holds the choice elements as sets, ``channels`` the chosen
    channels, ``dates`` the parsed dates (None when blank or unreadable; see ``bad_dates``).
    ``cells`` gives, for each element, the cell the value was read from ("F12"); for a tick
    group, the first cell of the group in this row.
    """

    row: int  # as the user sees it: spreadsheet row, CSV line, HTML table row (1-based)
    text: dict[str, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    choices: dict[str, set[str]] = field(default_factory=dict)
    unknown_choices: dict[str, list[str]] = field(default_factory=dict)  # words not among the choices
    channels: list[str] = field(default_factory=list)  # chosen channels, in the order written
    channels_listed: list[str] = field(default_factory=list)  # every channel on the checklist
    dates: dict[str, date | None] = field(default_factory=dict)
    bad_dates: dict[str, str] = field(default_factory=dict)  # element -> text that is not a date
    extras: dict[str, str] = field(default_factory=dict)  # extra column header -> text
    inherited: set[str] = field(default_factory=set)  # elements filled from a merge, 同上 or the row above
    same_as: dict[str, str] = field(default_factory=dict)  # element written 同上 -> cell its value is from
    #: element -> the placeholder it held (无, /, 待定, 《XX…》, 同上 with nothing above); its text is ""
    placeholders: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """``一级事项 / 二级事项`` as used in reports; one name when one merged cell names both."""
        text = self.text
        level1 = text.get(LEVEL1, "")
        level2 = text.get(LEVEL2, "") or text.get(ITEM, "")
        if not level2 or level2 == level1:
            return level1
        return f"{level1} / {level2}" if level1 else level2


@dataclass(slots=True)
class Catalog:
    """A catalog table read from one sheet, ready for the checks."""

    path: Path
    format: str
    sheet: str
    kind: SourceKind
    layout: Layout
    items: list[Item]

    @property
    def level1_count(self) -> int:
        return len({i.text.get(LEVEL1, "") for i in self.items if i.text.get(LEVEL1, "")})

    @property
    def level2_count(self) -> int:
        key = LEVEL2 if LEVEL2 in self.layout.elements else ITEM
        return len({(i.text.get(LEVEL1, ""), i.text.get(key, "")) for i in self.items if i.text.get(key, "")})


# --- stage 4: checks ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Finding:
    """One problem found by a check.

    Checks pass data, not sentences: ``code`` keys a message in ``disclosecheck.messages`` and
    ``params`` fills it, so the same finding renders in Chinese or English.
    """

    rule: str
    severity: Severity
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None
    element: str | None = None
    item: str | None = None

    def sort_key(self) -> tuple:
        return (self.sheet or "", self.row or 0, self.cell or "", self.rule, self.code)


# --- stage 5: results ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Stats:
    items: int = 0
    level1: int = 0
    level2: int = 0


#: How many findings of one rule a table's report lists by default (``--max-findings``); the rest are
#: counted, not kept. 200,000 rows with ten findings each would otherwise hold two million findings,
#: gigabytes by the time they are rendered, and no reader goes past the first thousand of one kind.
DEFAULT_MAX_FINDINGS = 1000


@dataclass(slots=True)
class Omitted:
    """Findings of one rule and severity left out of a table's list past ``--max-findings``: counted only.

    The counts of a report (summaries, verdicts, the exit status) include them, so capping what is
    listed never changes what a run concludes.
    """

    rule: str
    severity: Severity
    count: int
    rows: int = 0  # rows these findings are on that no listed finding of the rule is on


@dataclass(slots=True)
class FileResult:
    """Everything a report needs to say about one input file."""

    path: Path
    sheet: str | None = None
    status: str = "ok"  # "ok" or "error"
    error: Any = None  # a disclosecheck.errors.InputError when status == "error"
    stats: Stats = field(default_factory=Stats)
    findings: list[Finding] = field(default_factory=list)
    catalog: Catalog | None = None  # kept for renderers that annotate the workbook
    #: Findings counted but not listed (past the cap per rule), by rule and severity, in rule order.
    omitted: list[Omitted] = field(default_factory=list)
    #: Rows with an error finding, counted before the cap; None when nothing was left out (the listed
    #: findings then say it). The audit's compliance rate needs the true number.
    failing_rows: int | None = None
    #: Which standard the table is held to, its level and coverage (a
    #: ``disclosecheck.standards.match.StandardMatch``); None when the file could not be read.
    coverage: Any = None

    def count(self, severity: Severity) -> int:
        """Findings of ``severity``, listed or left out past the cap."""
        listed = sum(1 for f in self.findings if f.severity == severity)
        return listed + sum(o.count for o in self.omitted if o.severity == severity)

    @property
    def omitted_count(self) -> int:
        return sum(o.count for o in self.omitted)


@dataclass(slots=True)
class Report:
    """The result of one ``check`` or ``audit`` run."""

    as_of: date
    rules: str  # the rule pack's name
    files: list[FileResult]
    tool_version: str = ""
    baseline: str | None = None  # the --baseline file, when known findings were left out
    baselined: int = 0  # how many findings the baseline left out
    rules_run: tuple[str, ...] = ()  # ids of the rules the pack ran, for reports that list every rule

    def count(self, severity: Severity) -> int:
        return sum(f.count(severity) for f in self.files)


def cell_name(row: int, col: int) -> str:
    """1-based row number and 0-based column index → "F12"."""
    letters = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row}"
