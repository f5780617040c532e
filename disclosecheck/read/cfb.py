"""Just enough of the OLE2 Compound File Binary format to tell what an OLE2 file holds.

An OLE2 file may be an old .xls (a ``Workbook`` or ``Book`` stream) or an xlsx/ods protected by a
password, which Office stores as an OLE2 file with ``EncryptionInfo`` and ``EncryptedPackage``
streams. Telling them apart needs the stream names, and a password-protected .xls needs the first
records of its ``Workbook`` stream (a FILEPASS record). Nothing else of the file is read.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Sequence
from typing import BinaryIO

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_REGULAR = 0xFFFFFFFA  # sector numbers above this are markers
_ENTRY = 128
#: A workbook's directory lists a handful of streams; a chain longer than this many entries is refused.
MAX_DIRECTORY_ENTRIES = 65_536


class CfbError(Exception):
    """The compound file is malformed; ``truncated`` when it points past the end of the file."""

    def __init__(self, reason: str, truncated: bool = False) -> None:
        super().__init__(reason)
        self.truncated = truncated


class CompoundFile:
    """The directory of an OLE2 file and the means to read the start of one stream."""

    def __init__(self, fh: BinaryIO, size: int) -> None:
        self._fh = fh
        self._size = size
        header = self._read_at(0, 512)
        if header[:8] != MAGIC:
            raise CfbError("not an OLE2 file")
        shift, mini_shift = struct.unpack_from("<HH", header, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise CfbError("bad sector size")
        self._sector = 1 << shift
        self._mini_sector = 1 << mini_shift
        n_fat, first_dir = struct.unpack_from("<II", header, 0x2C)
        (self._mini_cutoff, first_minifat, n_minifat,
         first_difat, n_difat) = struct.unpack_from("<IIIII", header, 0x38)
        self._max_sectors = max(1, size // self._sector)
        # Every size the header claims is held to what a file of this size can use, before anything is
        # allocated: a FAT sector maps ``per`` sectors, so a file of N sectors needs N / per of them, and
        # a DIFAT sector lists ``per - 1`` FAT sectors (a few KB on disk, sparse to 200 MB, may claim
        # 409,600 FAT sectors: 52 million entries). The DIFAT is walked only until it has named them.
        per = self._sector // 4
        fat_needed = -(-self._max_sectors // per)
        if n_fat > fat_needed + 1:  # one to spare for a writer that rounds up
            raise CfbError(f"FAT of {n_fat} sectors for a file of {self._max_sectors} sectors")
        self._fat = self._load_fat(header, n_fat, first_difat, n_difat)
        self.entries = self._load_directory(first_dir)
        root = self.entries[0] if self.entries else None
        if root is None or root[1] != 5:
            raise CfbError("no root entry")
        self._mini_start = root[2]
        self._minifat = self._load_chain_words(first_minifat) if n_minifat else array("I")

    @property
    def names(self) -> set[str]:
        """The names of every stream and storage in the file."""
        return {name for name, kind, _start, _size in self.entries if kind in (1, 2)}

    def read_head(self, name: str, count: int) -> bytes:
        """Up to ``count`` bytes from the start of the stream ``name`` (case-insensitive)."""
        for index in self.streams_named(name):
            return self.read_entry(index, count)
        raise CfbError(f"no stream {name}")

    def streams_named(self, *names: str) -> list[int]:
        """The directory indexes of every stream called one of ``names``, in any case, in directory order.

        A file may hold ``Workbook`` and ``WORKBOOK`` (or ``Book``) side by side; a reader that measures
        one of them must measure them all, since another reader may pick another.
        """
        wanted = {name.lower() for name in names}
        # whatever the entry's type says: calamine finds a stream by its name alone (found by fuzzing: a
        # ``Workbook`` marked as a storage was still read)
        return [i for i, (entry_name, _kind, _start, _size) in enumerate(self.entries)
                if i and entry_name.lower() in wanted]

    def read_entry(self, index: int, count: int) -> bytes:
        """Up to ``count`` bytes from the start of the stream at directory ``index``."""
        _name, _kind, start, size = self.entries[index]
        count = min(count, size)
        if size < self._mini_cutoff:
            return self._read_mini(start, count)
        return self._read_chain(start, count)

    # --- internals -----------------------------------------------------------------------------------

    def _read_at(self, offset: int, count: int) -> bytes:
        if offset + count > self._size:
            raise CfbError("sector past the end of the file", truncated=True)
        self._fh.seek(offset)
        data = self._fh.read(count)
        if len(data) < count:
            raise CfbError("sector past the end of the file", truncated=True)
        return data

    def _sector_data(self, sector: int) -> bytes:
        return self._read_at((sector + 1) * self._sector, self._sector)

    def _load_fat(self, header: bytes, n_fat: int, first_difat: int, n_difat: int) -> array:
        """The FAT as a compact array of sector numbers (4 bytes each), at most ``n_fat`` sectors of it."""
        fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s <= _MAX_REGULAR]
        per = self._sector // 4
        difat = first_difat
        for _ in range(min(n_difat, self._max_sectors)):
            if difat > _MAX_REGULAR or len(fat_sectors) >= n_fat:
                break
            words = struct.unpack(f"<{per}I", self._sector_data(difat))
            fat_sectors += [s for s in words[:-1] if s <= _MAX_REGULAR]
            difat = words[-1]
        fat = array("I")
        for s in fat_sectors[:n_fat]:
            fat.frombytes(self._sector_data(s))
        if sys.byteorder == "big":
            fat.byteswap()
        return fat

    def _chain(self, start: int, fat: Sequence[int], limit: int) -> list[int]:
        """The sector numbers of a chain, refusing loops and chains longer than the file."""
        chain: list[int] = []
        sector = start
        while sector <= _MAX_REGULAR:
            if len(chain) >= limit or sector >= len(fat):
                raise CfbError("broken sector chain", truncated=sector >= len(fat))
            chain.append(sector)
            sector = fat[sector]
        return chain

    def _load_chain_words(self, start: int) -> array:
        """The 32-bit words of a chain (the mini FAT) as a compact array: 4 bytes each, at most the file."""
        words = array("I")
        for s in self._chain(start, self._fat, self._max_sectors):
            words.frombytes(self._sector_data(s))
        if sys.byteorder == "big":
            words.byteswap()
        return words

    def _load_directory(self, first_dir: int) -> list[tuple[str, int, int, int]]:
        entries: list[tuple[str, int, int, int]] = []
        limit = min(self._max_sectors, MAX_DIRECTORY_ENTRIES * _ENTRY // self._sector)
        for s in self._chain(first_dir, self._fat, limit):
            data = self._sector_data(s)
            for off in range(0, self._sector, _ENTRY):
                raw = data[off:off + _ENTRY]
                name_len = struct.unpack_from("<H", raw, 0x40)[0]
                kind = raw[0x42]
                start, size = struct.unpack_from("<IQ", raw, 0x74)
                if self._sector == 512:
                    size &= 0xFFFFFFFF
                name = raw[:max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
                entries.append((name, kind, start, size))
        return entries

    def _read_chain(self, start: int, count: int) -> bytes:
        out = bytearray()
        sector = start
        seen = 0
        while len(out) < count and sector <= _MAX_REGULAR:
            if sector >= len(self._fat) or seen >= self._max_sectors:
                raise CfbError("broken sector chain", truncated=True)
            out += self._sector_data(sector)
            sector = self._fat[sector]
            seen += 1
        return bytes(out[:count])

    def _read_mini(self, start: int, count: int) -> bytes:
        container = self._chain(self._mini_start, self._fat, self._max_sectors)
        per_sector = self._sector // self._mini_sector
        out = bytearray()
        mini = start
        seen = 0
        while len(out) < count and mini <= _MAX_REGULAR:
            if mini >= len(self._minifat) or seen >= len(self._minifat):
                raise CfbError("broken mini-sector chain")
            index, rest = divmod(mini, per_sector)
            if index >= len(container):
                raise CfbError("broken mini stream", truncated=True)
            offset = (container[index] + 1) * self._sector + rest * self._mini_sector
            out += self._read_at(offset, self._mini_sector)
            mini = self._minifat[mini]
            seen += 1
        return bytes(out[:count])


#: BIFF record types: BOF of a substream, FILEPASS (the workbook is encrypted), EOF.
_BIFF_BOF = {0x0809, 0x0409, 0x0209, 0x0009}
_BIFF_FILEPASS = 0x002F
_BIFF_EOF = 0x000A


def biff_is_encrypted(head: bytes) -> bool:
    """Whether the start of a BIFF ``Workbook`` stream holds a FILEPASS record (a password).

    FILEPASS follows the BOF of the workbook globals closely; only the first records are looked at.
    """
    if len(head) < 4 or struct.unpack_from("<H", head, 0)[0] not in _BIFF_BOF:
        return False
    offset = 0
    for _ in range(64):
        if offset + 4 > len(head):
            break
        kind, length = struct.unpack_from("<HH", head, offset)
        if kind == _BIFF_FILEPASS:
            return True
        if kind == _BIFF_EOF:
            break
        offset += 4 + length
    return False
