"""Text encodings of CSV and HTML files, judged on the whole file.

Chinese catalogs come as UTF-8 (often with a BOM, as Excel writes it), as GBK/GB2312 (which
GB18030 decodes, being their superset), or as UTF-16 from Excel's "Unicode text" export. A short
prefix is not enough to tell UTF-8 from GBK: an ASCII header followed by one GBK-only character
deep in the file fools any guess made on the first bytes, so the whole file is decoded.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from disclosecheck.errors import InputError

UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: Declared names that mean "some GB encoding": all are decoded as GB18030, their superset.
_GB_NAMES = {"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "hz-gb-2312"}


def strip_nul(data: bytes) -> bytes:
    """Drop NUL bytes: some exporters pad text with them; they are never part of a cell.

    UTF-16 text is left alone, since half of its bytes are NUL by design.
    """
    if data.startswith(UTF16_BOMS) or b"\x00" not in data:
        return data
    return data.replace(b"\x00", b"")


def decode_text(data: bytes, path: Path, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for the whole of ``data``; raises ``input.decode`` when nothing fits.

    Order: a BOM decides; else UTF-8 if every byte decodes (text in another encoding almost never
    does); else the ``declared`` encoding (an HTML ``<meta charset>``); else GB18030. The returned
    text carries no BOM.

    One exception to "else GB18030": a file that is plainly UTF-8 (many Chinese characters decode
    as UTF-8 before the first bad byte) but damaged further on is refused, because GB18030 would
    "decode" it into nonsense that no later stage could recognise.
    """
    if data.startswith(UTF8_BOM):
        return _strict(data[len(UTF8_BOM):], "utf-8", path), "utf-8-sig"
    if data.startswith(UTF16_BOMS):
        return _strict(data, "utf-16", path), "utf-16"
    try:
        return _decode_cut_off(data, "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _plainly_utf8(data[:exc.start]):
            raise InputError("input.decode", path) from None
    candidates = ["gb18030"]
    name = canonical_encoding(declared)
    if name and name not in ("utf-8", "gb18030") and not name.startswith("utf-16"):
        candidates.insert(0, name)
    for encoding in candidates:
        try:
            return _decode_cut_off(data, encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError("input.decode", path)


#: Chinese characters (3 bytes each in UTF-8) a valid UTF-8 prefix must hold to prove the file is
#: UTF-8. GBK text forms a valid UTF-8 character now and then by chance, never this many in a row.
_UTF8_PROOF = 8


def _plainly_utf8(prefix: bytes) -> bool:
    """Whether ``prefix`` (valid UTF-8) holds enough multi-byte characters to be UTF-8 for sure."""
    return len(prefix) - len(prefix.decode("utf-8")) >= 2 * _UTF8_PROOF


#: What each codec says when the data ends inside a character (UTF-8, GB18030, UTF-16).
_CUT_OFF = {"unexpected end of data", "incomplete multibyte sequence", "truncated data"}


def _decode_cut_off(data: bytes, encoding: str) -> str:
    """Decode strictly, except that a character cut off by the end of the file is dropped.

    A download or copy that stopped mid-file often splits the last multi-byte character; the
    rest of the file is still good and worth checking.
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and len(data) - exc.start < 4 and exc.reason in _CUT_OFF:
            return data[:exc.start].decode(encoding)
        raise


def canonical_encoding(name: str | None) -> str | None:
    """A Python codec name for an encoding label, GB labels folded into ``gb18030``; None if unknown."""
    if not name:
        return None
    label = name.strip().lower()
    if label in _GB_NAMES:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return _decode_cut_off(data, encoding)
    except UnicodeDecodeError:
        raise InputError("input.decode", path) from None
