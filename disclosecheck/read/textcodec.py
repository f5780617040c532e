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
    """
    if data.startswith(UTF8_BOM):
        return _strict(data[len(UTF8_BOM):], "utf-8", path), "utf-8-sig"
    if data.startswith(UTF16_BOMS):
        return _strict(data, "utf-16", path), "utf-16"
    candidates = ["utf-8", "gb18030"]
    name = canonical_encoding(declared)
    if name and name not in candidates and not name.startswith("utf-16"):
        candidates.insert(1, name)
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError("input.decode", path)


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
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError("input.decode", path) from None
