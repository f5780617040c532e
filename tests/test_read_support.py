"""Builders for the reader's tests: an OLE2 compound file writer and a minimal ods writer.

Neither olefile nor odfpy is a dependency, so both containers are written by hand here, small
but valid: calamine reads what they produce (checked by the tests themselves).
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

SECTOR = 512
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def write_cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """An OLE2 file (version 3, 512-byte sectors) holding ``streams`` in the root storage.

    Streams are padded to 4096 bytes so none lives in the mini stream.
    """
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    datas = [streams[n] + b"\x00" * max(0, 4096 - len(streams[n])) for n in names]
    data_sectors = [-(-len(d) // SECTOR) for d in datas]
    dir_sectors = -(-(len(names) + 1) * 128 // SECTOR)
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + dir_sectors + sum(data_sectors):
        n_fat += 1
    fat: list[int] = [FATSECT] * n_fat
    first_dir = len(fat)
    fat += [*range(first_dir + 1, first_dir + dir_sectors), END]
    starts = []
    for count in data_sectors:
        start = len(fat)
        starts.append(start)
        fat += [*range(start + 1, start + count), END]
    fat += [FREE] * (n_fat * (SECTOR // 4) - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", NOSTREAM, right, child) + b"\x00" * 16 + struct.pack("<I", 0)
                + b"\x00" * 16 + struct.pack("<IQ", start, size))

    directory = entry("Root Entry", 5, 1 if names else NOSTREAM, NOSTREAM, END, 0)
    for i, (name, data) in enumerate(zip(names, datas, strict=True)):
        right = i + 2 if i + 1 < len(names) else NOSTREAM
        directory += entry(name, 2, NOSTREAM, right, starts[i], len(data))
    directory = directory.ljust(dir_sectors * SECTOR, b"\x00")
    difat = [*range(n_fat), *([FREE] * (109 - n_fat))]
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, n_fat, first_dir, 0, 4096, END, 0, END, 0)
              + struct.pack("<109I", *difat))
    body = struct.pack(f"<{len(fat)}I", *fat) + directory
    body += b"".join(d.ljust(n * SECTOR, b"\x00") for d, n in zip(datas, data_sectors, strict=True))
    path.write_bytes(header + body)
    return path


def biff_with_filepass(biff: bytes) -> bytes:
    """A BIFF8 workbook stream with an RC4 FILEPASS record right after its first BOF, as Excel writes it."""
    kind, length = struct.unpack_from("<HH", biff, 0)
    assert kind == 0x0809
    filepass = struct.pack("<HHHHH", 0x002F, 54, 1, 1, 1) + b"\x11" * 48
    end_of_bof = 4 + length
    return biff[:end_of_bof] + filepass + biff[end_of_bof:]


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods_cell(value: Any = None, across: int = 1, down: int = 1, repeat: int = 1) -> str:
    """One ``table:table-cell``: a string, a number or empty, optionally spanning or repeated."""
    attrs = ""
    if across > 1:
        attrs += f' table:number-columns-spanned="{across}"'
    if down > 1:
        attrs += f' table:number-rows-spanned="{down}"'
    if repeat > 1:
        attrs += f' table:number-columns-repeated="{repeat}"'
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, int | float):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell{attrs} office:value-type="string">'
            f"<text:p>{escape(str(value))}</text:p></table:table-cell>")


def ods_covered(repeat: int = 1) -> str:
    return (f'<table:covered-table-cell table:number-columns-repeated="{repeat}"/>' if repeat > 1
            else "<table:covered-table-cell/>")


def ods_row(*cells: str, repeat: int = 1) -> str:
    attrs = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attrs}>{''.join(cells)}</table:table-row>"


def write_ods(path: Path, sheets: dict[str, Sequence[str]]) -> Path:
    """A minimal valid ods: ``mimetype`` stored first, then ``content.xml`` with one table per sheet."""
    tables = "".join(f'<table:table table:name="{escape(name)}">{"".join(rows)}</table:table>'
                     for name, rows in sheets.items())
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               f'<office:document-content {_ODS_NS} office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
