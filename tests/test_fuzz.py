"""Mutation fuzzing: damaged workbooks give a clean error entry or a report, never an unhandled exception.

Valid workbooks are built here (one by openpyxl in the standard layout, one written part by part),
then mutated with a seeded generator: bytes of the zip flipped, inserted, deleted or cut off, and the
XML text of one part damaged (spans deleted or repeated, markup, entities, huge references, bad
bytes inserted) and re-zipped so the damage reaches the parsers behind the zip layer. Every mutant
goes through ``check_path`` under a time limit; a batch also goes through the real CLI.

The default run is 200 mutants; ``python -m pytest -m slow tests/test_fuzz.py`` runs 10,000.
The base workbooks are made byte-stable, so a seed always names the same mutants; a failing mutant
is also saved under the test's tmp folder and named in the failure with its seed and index.
"""

from __future__ import annotations

import io
import json
import random
import re
import signal
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import hostile_files as hf
import pytest
from conftest import standard_catalog
from typer.testing import CliRunner

from disclosecheck.cli import app
from disclosecheck.errors import InputError
from disclosecheck.messages import render
from disclosecheck.model import FileResult
from disclosecheck.pack import load_pack
from disclosecheck.pipeline import check_path

AS_OF = date(2026, 3, 1)
SECONDS_PER_MUTANT = 15
#: Codes a damaged file may end in (input.crashed would mean an exception nobody foresaw).
EXPECTED_CODES = {
    "input.truncated", "input.corrupt", "input.unknown_format", "input.no_catalog", "input.empty",
    "input.decode", "input.limit", "input.encrypted", "input.memory",
    "input.not_a_table.text", "input.not_a_table.pdf", "input.not_a_table.image", "input.not_a_table.word",
    "input.not_a_table.presentation",
}
CHANNELS = "■政府网站\n□政府公报"

#: Text dropped into XML parts: markup that breaks structure, entity tricks, absurd references.
XML_SNIPPETS = [
    "<", ">", "&", "&amp;", "&#0;", "&#xFFFFFF;", "&bogus;", "]]>", "<![CDATA[", "<!--", "-->",
    '<!DOCTYPE x [<!ENTITY a "b">]>', "</row>", "<row>", '<row r="0">', '<row r="-5">',
    '<row r="99999999999">',
    '<c r="XFD1048576" t="s"><v>0</v></c>', '<c r="A1" t="s"><v>999999</v></c>', '<c r="ZZZZZ1">',
    '<c r="A1" t="n"><v>1e999</v></c>', '<c r="A1" t="d"><v>not a date</v></c>', '<c t="b"><v>7</v></c>',
    '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="Z9:A1"/>', '<mergeCell ref=""/>',
    '<dimension ref="A1:XFD1048576"/>', 'r="A0"', 't="inlineStr"', 't="e"', "<v>", "</v>",
    '<is><t xml:space="preserve">', "\x00", "\ufffe", "\ud7ff", "公开事项", '"', "'", "=", " ",
]
RAW_BYTES = [b"\x00", b"\xff", b"\xfe\xff", b"\xc3", b"\xe4\xb8", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b"]


def catalog_rows(count: int) -> list[list]:
    return [[n, f"事项{n // 3}", f"子项{n}", "处罚决定书", "《中华人民共和国行政处罚法》",
             "作出决定之日起7个工作日内", "县城管局", CHANNELS, "√", None, "√", None, "√", None]
            for n in range(1, count + 1)]


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("fuzz-bases")
    built = standard_catalog(folder / "standard.xlsx", catalog_rows(8))
    raw = hf.catalog_xlsx(folder / "raw.xlsx")
    return [stable(built.read_bytes()), stable(raw.read_bytes())]


def stable(data: bytes) -> bytes:
    """The workbook with fixed zip timestamps and document dates, so a seed names the same mutants."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z",
                                 content)
            dst.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0)), content,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.fixture(scope="module")
def pack():
    return load_pack("national", Path.cwd())


# --- mutations -------------------------------------------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def overwrite_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    at = rng.randrange(len(out))
    chunk = rng.choice(RAW_BYTES) * rng.randint(1, 8)
    out[at:at + len(chunk)] = chunk
    return bytes(out)


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def delete_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 256):]


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    """The archive rewritten with ``change(name, content)`` applied to every member."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change(info.filename, src.read(info)))
    return out.getvalue()


def mutate_xml(rng: random.Random, data: bytes) -> bytes:
    """Damage the text of one XML part (the sheet most often) and zip the workbook again."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = [n for n in z.namelist() if n.endswith((".xml", ".rels"))]
    sheets = [n for n in names if "worksheets/" in n or "sharedStrings" in n]
    target = rng.choice(sheets) if sheets and rng.random() < 0.7 else rng.choice(names)

    def change(name: str, content: bytes) -> bytes:
        if name != target:
            return content
        text = content.decode("utf-8", "replace")
        for _ in range(rng.randint(1, 4)):
            text = _damage(rng, text)
        encoded = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.1:
            at = rng.randrange(len(encoded) + 1)
            encoded = encoded[:at] + rng.choice(RAW_BYTES) + encoded[at:]
        return encoded

    return _rezip(data, change)


def _damage(rng: random.Random, text: str) -> str:
    if not text:
        return rng.choice(XML_SNIPPETS)
    at = rng.randrange(len(text))
    span = rng.randint(1, 80)
    kind = rng.randrange(5)
    if kind == 0:  # delete a span
        return text[:at] + text[at + span:]
    if kind == 1:  # repeat a span
        piece = text[at:at + span]
        return text[:at] + piece * rng.randint(2, 50) + text[at:]
    if kind == 2:  # drop in markup
        return text[:at] + rng.choice(XML_SNIPPETS) + text[at:]
    if kind == 3:  # change a number (row/column references, shared-string indexes, merges)
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            return text[:i] + str(rng.choice([0, 1, 9, 65535, 1048576, 2 ** 31, 10 ** 12])) + text[i + 1:]
        return text
    other = rng.randrange(len(text))  # swap two spans
    a, b = sorted((at, other))
    return text[:a] + text[b:b + span] + text[a + span:b] + text[a:a + span] + text[b + span:]


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_bytes, overwrite_bytes, insert_bytes, delete_bytes, truncate, mutate_xml, mutate_xml, mutate_xml,
]


def mutants(bases: list[bytes], seed: int, count: int) -> Iterator[tuple[int, str, bytes]]:
    """``count`` (index, mutation name, bytes) from a generator seeded with ``seed``."""
    rng = random.Random(seed)
    for index in range(count):
        mutation = rng.choice(MUTATIONS)
        data = rng.choice(bases)
        for _ in range(1 if rng.random() < 0.8 else rng.randint(2, 4)):
            try:
                data = mutation(rng, data)
            except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError, IndexError):
                data = flip_bytes(rng, data)  # an earlier mutation already broke the zip
            if not data:
                data = b"\x00"
        yield index, mutation.__name__, data


# --- running -----------------------------------------------------------------------------------------------


class MutantTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum, frame):
        raise MutantTimeout(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_one(path: Path, pack) -> list[FileResult]:
    """``check_path`` on a mutant; a clean outcome is a report or one expected error entry."""
    with time_limit(SECONDS_PER_MUTANT):
        results = check_path(path, pack, AS_OF)
    assert results, "no result at all"
    for result in results:
        assert result.status in ("ok", "error")
        if result.status == "error":
            assert isinstance(result.error, InputError)
            assert result.error.code in EXPECTED_CODES, result.error.render("en")
            for lang in ("zh", "en"):
                line = result.error.render(lang)
                assert "\n" not in line and line.startswith(str(path)), line
        else:
            for finding in result.findings:
                render(finding.code, finding.params, "zh")
    return results


def run_fuzz(bases: list[bytes], pack, folder: Path, seed: int, count: int) -> dict[str, int]:
    """Check ``count`` mutants; stop at the first unclean outcome, keeping the file for reproduction."""
    outcomes: dict[str, int] = {}
    path = folder / "mutant.xlsx"
    for index, name, data in mutants(bases, seed, count):
        path.write_bytes(data)
        try:
            results = check_one(path, pack)
        except BaseException as exc:
            kept = folder / f"failing-seed{seed}-{index}-{name}.xlsx"
            kept.write_bytes(data)
            raise AssertionError(f"mutant {index} ({name}, seed {seed}) kept as {kept}: "
                                 f"{type(exc).__name__}: {exc}") from exc
        for result in results:
            key = "ok" if result.status == "ok" else result.error.code
            outcomes[key] = outcomes.get(key, 0) + 1
    return outcomes


def test_mutation_machinery_changes_the_files(bases: list[bytes]) -> None:
    """The mutants differ from the originals and XML mutants are still zips (so parsers see them)."""
    rng = random.Random(1)
    assert all(m(rng, bases[0]) != bases[0] for m in (flip_bytes, insert_bytes, delete_bytes, truncate))
    xml_mutant = mutate_xml(random.Random(2), bases[1])
    with zipfile.ZipFile(io.BytesIO(xml_mutant)) as z:
        assert z.testzip() is None
    assert xml_mutant != bases[1]


def test_fuzz_200_mutants(bases: list[bytes], pack, tmp_path: Path) -> None:
    outcomes = run_fuzz(bases, pack, tmp_path, seed=20261122, count=200)
    assert sum(outcomes.values()) >= 200
    assert outcomes.get("ok", 0) > 0  # some damage is harmless: the catalog is still read
    assert len(outcomes) >= 3  # and the rest fails in different, expected ways


def test_fuzz_through_the_cli(bases: list[bytes], tmp_path: Path) -> None:
    """A batch of mutants in one ``check`` run: exit 2 or less, one JSON entry per file, no traceback."""
    paths = []
    for index, _name, data in mutants(bases, seed=7, count=30):
        path = tmp_path / f"m{index:02d}.xlsx"
        path.write_bytes(data)
        paths.append(path)
    result = CliRunner().invoke(app, ["check", *map(str, paths), "--as-of", "2026-03-01", "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2)
    data = json.loads(result.stdout)
    assert {f["path"] for f in data["files"]} == {str(p) for p in paths}
    for entry in data["files"]:
        assert entry["status"] in ("ok", "error")
        assert "input.crashed" not in (entry["error"] or "")
        assert "内部错误" not in (entry["error"] or "")


@pytest.mark.slow
def test_fuzz_10000_mutants(bases: list[bytes], pack, tmp_path: Path) -> None:
    outcomes = run_fuzz(bases, pack, tmp_path, seed=1, count=10_000)
    assert sum(outcomes.values()) >= 10_000
    print("outcomes:", dict(sorted(outcomes.items())))
