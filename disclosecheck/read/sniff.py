"""Tell a file's format from its bytes, never from its name.

Users rename files freely and web systems export HTML or CSV under an ``.xls`` name, so the
extension says nothing reliable. The first bytes do: a zip (xlsx, xlsm, xlsb, ods — told apart by
the parts inside), an OLE2 compound file (old .xls, or an xlsx locked with a password), an HTML
page, or plain text (CSV). Anything else is refused as an unknown format.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from disclosecheck.errors import InputError
from disclosecheck.read.cfb import MAGIC as OLE_MAGIC
from disclosecheck.read.cfb import CfbError, CompoundFile, biff_is_encrypted
from disclosecheck.read.textcodec import UTF8_BOM, UTF16_BOMS

HEAD_BYTES = 8192

ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

#: Starts of common binary files that are not spreadsheets (PDF, images, archives, executables).
_BINARY_MAGICS = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"7z\xbc\xaf", b"Rar!", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ", b"\x7fELF", b"II*\x00", b"MM\x00*", b"RIFF",
)
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<title", "<style")
_LEADING_JUNK = re.compile(r"\s*(?:<\?xml[^>]*\?>|<!--.*?-->|\s)*", re.DOTALL)
# Control bytes that never occur in UTF-8 or GBK text (tab, line breaks, form feed and ^Z excepted).
_CONTROL = bytes([*range(1, 9), *range(14, 26), *range(27, 32), 127])


def detect_format(path: Path, fh: BinaryIO, size: int) -> str:
    """``xlsx``, ``xlsb``, ``ods``, ``xls``, ``html`` or ``csv`` for the open file ``fh``.

    Raises InputError: ``input.encrypted``, ``input.truncated``, ``input.corrupt``,
    ``input.unknown_format``.
    """
    fmt, archive = sniff(path, fh, size)
    if archive is not None:
        archive.close()
    return fmt


def sniff(path: Path, fh: BinaryIO, size: int) -> tuple[str, zipfile.ZipFile | None]:
    """The format as :func:`detect_format` tells it, and for a zip the archive opened on ``fh``.

    Telling a zip's format means reading its central directory; the archive is handed back open so
    the guard and the extent scan read that listing instead of parsing it again. The caller closes
    it (closing it leaves ``fh`` open).
    """
    head = fh.read(HEAD_BYTES)
    if head.startswith(ZIP_MAGICS):
        return _zip_format(path, fh)
    if head.startswith(OLE_MAGIC):
        return _ole_format(path, fh, size), None
    return _text_format(path, head), None


def _text_format(path: Path, head: bytes) -> str:
    """``html`` or ``csv`` for a file that is neither a zip nor an OLE2 compound file.

    A PDF or an image is named as what it is (``input.not_a_table.pdf`` …): a clerk who picked the
    wrong file learns which one it was, not that a header is missing. Whether text is a table at all
    is for the CSV reader to tell (``csvfile.is_csv_shaped``).
    """
    markup = _markup_start(head)
    if markup.startswith(_HTML_STARTS):
        return "html"
    kind = _binary_kind(head)
    if kind is not None:
        raise InputError(f"input.not_a_table.{kind}", path)
    if markup.startswith("<") or _looks_binary(head):  # XML (e.g. Excel 2003 XML), not a table we read
        raise InputError("input.unknown_format", path)
    return "csv"


#: First bytes of files people mistake for their catalog, by what they are.
_KNOWN_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"), (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"),
    (b"II*\x00", "image"), (b"MM\x00*", "image"), (b"BM", "image"), (b"{\\rtf", "word"),
)


def _binary_kind(head: bytes) -> str | None:
    """``pdf``, ``image`` or ``word`` for a file that starts like one, else None."""
    for magic, kind in _KNOWN_KINDS:
        if head.startswith(magic):
            if magic == b"BM" and not _looks_binary(head):
                continue  # a text file that happens to start with "BM"
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image"
    return None


def looks_like_html(head: bytes) -> bool:
    """Whether the text starts (after a BOM, blanks, an XML declaration or comments) with an HTML tag."""
    return _markup_start(head).startswith(_HTML_STARTS)


def _markup_start(head: bytes) -> str:
    """The first characters after a BOM, blanks, an XML declaration and comments, lower-cased.

    Bytes are read as latin-1 so tags are found whatever the encoding (GBK included).
    """
    if head.startswith(UTF16_BOMS):
        text = head.decode("utf-16", "ignore")
    else:
        text = head.removeprefix(UTF8_BOM).decode("latin-1")
    text = text.lstrip("\ufeff")
    start = _LEADING_JUNK.match(text)
    rest = text[start.end() if start else 0:][:32].lower()
    if not rest and text.lstrip().startswith("<?xml"):
        return "<?xml"
    return rest


def _looks_binary(head: bytes) -> bool:
    if head.startswith(UTF16_BOMS):
        return False
    if head.startswith(_BINARY_MAGICS):
        return True
    if head.count(b"\x00") * 10 > len(head):  # NUL padding is tolerated, not text made of NULs
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(1, len(head) // 100)


def _zip_format(path: Path, fh: BinaryIO) -> tuple[str, zipfile.ZipFile]:
    """The zip's format and the archive, left open for the caller (closed when this raises)."""
    fh.seek(0)
    with _zip_errors(path):
        archive = zipfile.ZipFile(fh)
    try:
        with _zip_errors(path):
            fmt = _zip_kind(archive)
        if fmt is None:
            raise InputError(_other_zip(archive), path)
    except BaseException:
        archive.close()
        raise
    return fmt, archive


@contextmanager
def _zip_errors(path: Path) -> Iterator[None]:
    """A damaged zip as InputError: truncated when its end-of-archive record is missing, else corrupt."""
    try:
        yield
    except zipfile.BadZipFile as exc:
        if "not a zip file" in str(exc).lower():  # no end-of-archive record: cut off
            raise InputError("input.truncated", path) from None
        raise InputError("input.corrupt", path, reason=_short(exc)) from None
    except Exception as exc:  # zlib.error, OSError, NotImplementedError (unknown compression) …
        raise InputError("input.corrupt", path, reason=_short(exc)) from None


def _zip_kind(archive: zipfile.ZipFile) -> str | None:
    """``xlsx``, ``xlsb`` or ``ods`` by the parts inside, None for any other zip."""
    names = set(archive.namelist())
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return "xlsb" if "xl/workbook.bin" in names else "xlsx"
    if "mimetype" in names:
        with archive.open("mimetype") as part:
            if part.read(len(ODS_MIMETYPE) + 16).startswith(ODS_MIMETYPE):
                return "ods"
    return None


def _other_zip(archive: zipfile.ZipFile) -> str:
    """The error code for a zip that is no spreadsheet: a Word or PowerPoint file is named as such."""
    names = archive.namelist()
    if any(n.startswith("word/") for n in names):
        return "input.not_a_table.word"
    if any(n.startswith("ppt/") for n in names):
        return "input.not_a_table.presentation"
    return "input.unknown_format"


def _ole_format(path: Path, fh: BinaryIO, size: int) -> str:
    try:
        ole = CompoundFile(fh, size)
        names = {n.lower() for n in ole.names}
        if "encryptioninfo" in names or "encryptedpackage" in names:
            raise InputError("input.encrypted", path)
        for stream in ("Workbook", "Book"):
            if stream.lower() in names:
                if biff_is_encrypted(ole.read_head(stream, 4096)):
                    raise InputError("input.encrypted", path)
                return "xls"
        if "worddocument" in names:
            raise InputError("input.not_a_table.word", path)
        if "powerpoint document" in names:
            raise InputError("input.not_a_table.presentation", path)
    except CfbError as exc:
        if exc.truncated:
            raise InputError("input.truncated", path) from None
        raise InputError("input.corrupt", path, reason=str(exc)) from None
    raise InputError("input.unknown_format", path)


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
