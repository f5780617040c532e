"""Build a corpus catalog from its YAML transcription and compare the checker with the inspector.

The corpus (see README.md beside this file) holds catalogs that offices published, one YAML file each:
the cells top to bottom, the merges, the source, and what a careful inspector flags on every row.
This module writes such a catalog as the kind of file the office published (xlsx, xls, CSV in GBK, or
an HTML table exported by a web system), runs ``disclosecheck check`` on it through the real CLI, and
lines the errors and warnings up against the judgement. Info findings are not compared: they are
notes, not defects.

Run it by hand on one or more transcriptions while transcribing::

    python tests/real_catalogs/harness.py tests/real_catalogs/catalogs/shenong-tieli.yaml
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

CATALOGS = Path(__file__).parent / "catalogs"
#: The date the corpus is checked as of: fixed, so findings never depend on the day the suite runs.
AS_OF = "2026-12-01"
FORMATS = ("xlsx", "xls", "csv", "html")
#: The code prefix of a defect no rule checks yet: kept apart from the comparison, listed by the tests.
PENDING = "TODO-"
_RANGE = re.compile(r"^([A-Z]+)(\d+):([A-Z]+)(\d+)$")
_CELL = re.compile(r"^([A-Z]+)(\d+)$")
#: A bare ``A1:N1`` inside ``[ ]`` is not valid YAML; transcriptions may write it so all the same.
_BARE_RANGE = re.compile(r"(?<=[\[,\s])([A-Z]{1,3}\d+:[A-Z]{1,3}\d+)(?=\s*[,\]])")

Cell = str | int | float | None
#: A finding as compared: (row or None, cell or element, code).
Key = tuple[int | None, str | None, str]


@dataclass(frozen=True)
class Transcription:
    """One published catalog as transcribed: its cells, merges, source and the inspector's judgement."""

    id: str
    path: Path
    source: dict[str, Any]
    format: str
    sheet: str
    rows: list[list[Cell]]
    merges: list[tuple[int, int, int, int]]  # 0-based first_row, first_col, last_row, last_col
    judgement: list[dict[str, Any]]
    table_findings: list[dict[str, Any]]

    def pending(self) -> list[str]:
        """Defects the inspector found that no rule checks yet (``code: TODO-…``), as ``row code``."""
        return [f"{entry['row']} {finding['code']}" for entry in self.judgement
                for finding in entry.get("findings") or [] if finding["code"].startswith(PENDING)]

    def expected(self) -> set[Key]:
        """The errors and warnings a careful inspector raises on this catalog (and a rule exists for)."""
        keys: set[Key] = set()
        for entry in self.judgement:
            for finding in entry.get("findings") or []:
                if not finding["code"].startswith(PENDING):
                    keys.add((int(entry["row"]), finding.get("cell"), finding["code"]))
        for finding in self.table_findings:
            keys.add((None, finding.get("element"), finding["code"]))
        return keys


def col_index(letters: str) -> int:
    """``A`` → 0, ``AA`` → 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def col_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def parse_range(text: str) -> tuple[int, int, int, int]:
    match = _RANGE.match(text.strip().upper())
    if not match:
        raise ValueError(f"not a range: {text!r}")
    c1, r1, c2, r2 = match.groups()
    return int(r1) - 1, col_index(c1), int(r2) - 1, col_index(c2)


def load(path: Path) -> Transcription:
    """Read and validate one transcription; a mistake in it is a ValueError naming the file."""
    text = "\n".join(_BARE_RANGE.sub(r'"\1"', line) if line.startswith("merges:") else line
                     for line in path.read_text(encoding="utf-8").splitlines())
    data = YAML(typ="safe").load(text)
    where = path.name
    if not isinstance(data, dict):
        raise ValueError(f"{where}: not a mapping")
    for key in ("source", "rows", "judgement"):
        if key not in data:
            raise ValueError(f"{where}: missing {key!r}")
    fmt = data.get("format") or "xlsx"
    if fmt not in FORMATS:
        raise ValueError(f"{where}: format {fmt!r} is not one of {FORMATS}")
    rows = [list(r) if r is not None else [] for r in data["rows"]]
    for i, row in enumerate(rows, 1):
        for value in row:
            if value is not None and not isinstance(value, str | int | float):
                raise ValueError(f"{where}: row {i} holds {value!r}, not a cell value")
    merges = [parse_range(m) for m in data.get("merges") or []]
    header_width = max((len(r) for r in rows[:4]), default=0)
    for i, row in enumerate(rows, 1):
        if len(row) > header_width and any(v is not None for v in row[header_width:]):
            # a comma in an unquoted YAML cell splits it in two: everything after it shifts right
            raise ValueError(f"{where}: row {i} has {len(row)} cells, the header {header_width}")
    judgement = list(data["judgement"] or [])
    judged = [int(e["row"]) for e in judgement]
    if len(judged) != len(set(judged)):
        raise ValueError(f"{where}: a row is judged twice")
    for entry in judgement:
        for finding in entry.get("findings") or []:
            cell = finding.get("cell")
            match = _CELL.match(cell) if cell is not None else None
            if cell is not None and not (match and int(match.group(2)) == entry["row"]):
                raise ValueError(f"{where}: finding {finding} is not on row {entry['row']}")
    return Transcription(
        id=path.stem, path=path, source=dict(data["source"]), format=fmt, sheet=data.get("sheet") or "Sheet1",
        rows=rows, merges=merges, judgement=judgement, table_findings=list(data.get("table_findings") or []),
    )


def all_transcriptions() -> list[Path]:
    return sorted(CATALOGS.glob("*.yaml"))


# --- writing the published file -------------------------------------------------------------------------


def _covered(merges: Iterable[tuple[int, int, int, int]]) -> set[tuple[int, int]]:
    """Cells hidden under a merge (every cell of a range but its top-left one)."""
    hidden: set[tuple[int, int]] = set()
    for r1, c1, r2, c2 in merges:
        hidden |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
    return hidden


def _write_xlsx(t: Transcription, dest: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = t.sheet
    hidden = _covered(t.merges)
    for r, row in enumerate(t.rows):
        for c, value in enumerate(row):
            if value is not None and (r, c) not in hidden:
                ws.cell(row=r + 1, column=c + 1, value=value)
    for r1, c1, r2, c2 in t.merges:
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    wb.save(dest)


def _write_xls(t: Transcription, dest: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(t.sheet[:31])
    hidden = _covered(t.merges)
    starts = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in t.merges}
    for r, row in enumerate(t.rows):
        for c, value in enumerate(row):
            if (r, c) in starts:
                r1, c1, r2, c2 = starts[(r, c)]
                ws.write_merge(r1, r2, c1, c2, value)
            elif value is not None and (r, c) not in hidden:
                ws.write(r, c, value)
    for key, (r1, c1, r2, c2) in starts.items():
        if key[0] >= len(t.rows) or key[1] >= len(t.rows[key[0]]):
            ws.write_merge(r1, r2, c1, c2, None)
    wb.save(str(dest))


def _csv_text(t: Transcription) -> tuple[str, dict[int, int]]:
    """The CSV text, and the line each record starts on (records with line breaks span lines)."""
    hidden = _covered(t.merges)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    width = max((len(r) for r in t.rows), default=0)
    starts: dict[int, int] = {}
    for r, row in enumerate(t.rows):
        starts[r + 1] = buffer.getvalue().count("\n") + 1
        cells = [None if (r, c) in hidden else v for c, v in enumerate(row)]
        cells += [None] * (width - len(cells))
        writer.writerow(["" if v is None else v for v in cells])
    return buffer.getvalue(), starts


def _write_csv(t: Transcription, dest: Path) -> None:
    dest.write_bytes(_csv_text(t)[0].encode("gb18030"))


def as_reported(t: Transcription, keys: set[Key]) -> set[Key]:
    """The judged keys as the checker reports them: a CSV's row is the line its record starts on.

    The inspector judges records (the rows Excel or WPS shows); ``disclosecheck`` reports a CSV's line
    numbers, as its README promises, so a record after a header cell with a line break moves down.
    """
    if t.format != "csv":
        return keys
    moved: set[Key] = set()
    for row, where, code in keys:
        if row is None:
            moved.add((row, where, code))
            continue
        line = reported_row(t, row)
        cell = _CELL.match(where) if where else None
        moved.add((line, f"{cell.group(1)}{line}" if cell else where, code))
    return moved


def reported_row(t: Transcription, row: int) -> int:
    """The row number ``disclosecheck`` gives the judged row ``row``: itself, or its CSV line."""
    return _csv_text(t)[1].get(row, row) if t.format == "csv" else row


def _write_html(t: Transcription, dest: Path) -> None:
    hidden = _covered(t.merges)
    spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in t.merges}
    width = max((len(r) for r in t.rows), default=0)
    lines = ['<html><head><meta charset="utf-8"></head><body><table border="1">']
    for r, row in enumerate(t.rows):
        cells = []
        for c in range(width):
            if (r, c) in hidden:
                continue
            value = row[c] if c < len(row) else None
            rowspan, colspan = spans.get((r, c), (1, 1))
            attrs = f' rowspan="{rowspan}"' if rowspan > 1 else ""
            attrs += f' colspan="{colspan}"' if colspan > 1 else ""
            text = "" if value is None else html.escape(str(value)).replace("\n", "<br>")
            cells.append(f"<td{attrs}>{text}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    dest.write_text("\n".join(lines), encoding="utf-8")


WRITERS = {"xlsx": _write_xlsx, "xls": _write_xls, "csv": _write_csv, "html": _write_html}


def build(t: Transcription, folder: Path) -> Path:
    """Write the catalog as the kind of file its office published; the name says unit and domain."""
    suffix = "xls" if t.format == "html" else t.format
    name = re.sub(r"[\\/:*?\"<>|\s]+", "_", f"{t.source.get('domain', '')}目录_{t.source.get('unit', t.id)}")
    dest = folder / f"{name}.{suffix}"
    WRITERS[t.format](t, dest)
    return dest


# --- checking ------------------------------------------------------------------------------------------


def check(path: Path, *extra: str) -> dict[str, Any]:
    """``disclosecheck check FILE --format json`` through the real CLI; the parsed report."""
    from typer.testing import CliRunner

    from disclosecheck.cli import app

    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--as-of", AS_OF,
                                      "--fail-on", "never", "--rules", "national", *extra])
    if result.exit_code not in (0, 2):  # 2: the file could not be read; its reason is in the report
        raise AssertionError(f"check exited {result.exit_code}: {result.output[-2000:]}")
    return json.loads(result.stdout)


def actual(report: dict[str, Any]) -> tuple[set[Key], dict[Key, str]]:
    """The errors and warnings of a report as keys, with each one's message."""
    keys: set[Key] = set()
    messages: dict[Key, str] = {}
    for file in report["files"]:
        if file["status"] != "ok":
            key: Key = (None, None, f"unreadable: {file['error']}")
            keys.add(key)
            messages[key] = file["error"]
        for f in file["findings"]:
            if f["severity"] == "info":
                continue
            where = f["cell"] if f["row"] is not None else f["element"]
            key = (f["row"], where, f["code"])
            keys.add(key)
            messages[key] = f["message"]
    return keys, messages


@dataclass(frozen=True)
class Comparison:
    transcription: Transcription
    false_alarms: dict[Key, str]  # raised by the checker, rejected by the inspector
    missed: set[Key]  # flagged by the inspector, not raised

    @property
    def agrees(self) -> bool:
        return not self.false_alarms and not self.missed

    def describe(self) -> str:
        lines = [f"{self.transcription.id}: " + ("agrees" if self.agrees else "DISAGREES")]
        for key, message in sorted(self.false_alarms.items(), key=_order):
            lines.append(f"  false alarm  row {key[0]} {key[1]} {key[2]}: {message}")
        for key in sorted(self.missed, key=_order):
            lines.append(f"  missed       row {key[0]} {key[1]} {key[2]}")
        return "\n".join(lines)


def _order(item: Any) -> tuple:
    key = item[0] if isinstance(item, tuple) and isinstance(item[0], tuple) else item
    return (key[0] or 0, key[1] or "", key[2])


def compare(t: Transcription, folder: Path) -> Comparison:
    report = check(build(t, folder))
    got, messages = actual(report)
    want = as_reported(t, t.expected())
    return Comparison(t, {k: messages[k] for k in got - want}, want - got)


def main(argv: list[str]) -> int:
    import tempfile

    paths = [Path(a) for a in argv] or all_transcriptions()
    disagreements = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            try:
                t = load(path)
            except Exception as exc:  # a transcription mistake of any kind: say it, go on
                print(f"{path.name}: cannot load: {exc}")
                disagreements += 1
                continue
            folder = Path(tmp) / t.id
            folder.mkdir()
            comparison = compare(t, folder)
            disagreements += not comparison.agrees
            print(comparison.describe())
    print(f"{len(paths)} catalogs, {disagreements} disagree")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    raise SystemExit(main(sys.argv[1:]))
