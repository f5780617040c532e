"""Reading a pack file with ruamel's round-trip loader, which remembers where every key and value sits.

Every error in a pack file names ``file:line:column`` (1-based), so the loaded tree is kept as is
(``CommentedMap``/``CommentedSeq`` with their ``.lc`` positions) next to a plain-Python copy for
validation. The file is input like any other, so it is bounded before ruamel builds anything:

- it must be a regular file (a FIFO or ``/dev/zero`` would hang or never end) of at most
  :data:`MAX_BYTES`, refused as "too large" past that;
- a first pass over the parser's *events* — a flat stream, no recursion, 0.3 ms for the national
  pack with ruamel.yaml.clib — measures what composing would cost before anything is composed:
  nesting deeper than :data:`MAX_DEPTH` (400,000 ``[`` would crash the C composer's recursion),
  aliases and merge keys (``<<: *a``) expanding to more than :data:`MAX_NODES` values (a 1.5 KB
  chain of doubling merges would run for hours), an alias inside the very node it names (a
  self-merge, on which ruamel fails without a position), and a key that is itself a list or a
  mapping (``? [a, b]``) — each refused at its ``file:line:column``;
- an impossible date such as ``2027-02-30`` stays a string (ruamel would raise ValueError without a
  position) so the loader can report it at its line, and the plain copy is built under the same
  node budget.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from disclosecheck.errors import ConfigError

#: Largest pack file read, in bytes: a real pack is a few kilobytes.
MAX_BYTES = 1_000_000
#: Most values the plain copy may hold (aliases count each time they are used).
MAX_NODES = 100_000
MAX_DEPTH = 40

Position = tuple[int, int]  # 1-based line and column


def read_text(path: Path, name: str) -> str:
    """The text of the pack file at ``path``; ``name`` is how the user wrote it. Raises ConfigError.

    Opened without blocking and checked on the open descriptor, so a FIFO (which would wait for a
    writer for ever) or a device (``/dev/zero`` never ends) is refused, even one swapped in after
    a look at the path.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ConfigError("config.not_found", name, name=name, available=_available()) from None
    except IsADirectoryError:
        raise ConfigError("config.is_directory", name, name=name) from None
    except OSError as exc:
        raise ConfigError("config.unreadable", name, reason=exc.strerror or str(exc)) from None
    except (RuntimeError, ValueError) as exc:  # a path Python itself cannot turn into a file name
        raise ConfigError("config.unreadable", name, reason=str(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ConfigError("config.is_directory", name, name=name)
        if not stat.S_ISREG(mode):
            raise ConfigError("config.not_regular", name)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ConfigError("config.unreadable", name, reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise ConfigError("config.too_large", name, limit=MAX_BYTES // 1000)
    # Windows Notepad saves "Unicode" as UTF-16 with a byte-order mark, and older versions ANSI (GBK).
    encodings = ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ConfigError("config.encoding", name)


def _available() -> str:
    from disclosecheck.pack.builtin import available_text

    return available_text()


def parse(text: str, path: Path | str, positions: bool = True) -> Any:
    """The round-trip tree of ``text``; malformed YAML is a ConfigError at ruamel's ``problem_mark``.

    With ``positions=False``, plain Python values from ruamel's safe loader instead, several times
    faster (and faster again with ruamel.yaml.clib's C parser: 3 ms instead of 15 ms for the
    national pack, paid by every command); the position helpers below then return None, and an
    impossible date raises. A built-in file as shipped is not parsed at all (:mod:`.parsed`).
    """
    if not positions:
        from disclosecheck.pack import parsed

        known, value = parsed.lookup(text)  # a built-in file as shipped: parsed ahead of time
        if known:
            return value
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if positions:
        yaml = YAML(typ="rt")
        yaml.Constructor = _constructor_class()
    else:
        yaml = YAML(typ="safe")  # the C parser when ruamel.yaml.clib is installed
    try:
        check_events(text, path, pure=positions)
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # ruamel's context ("while parsing a flow mapping") gives its problem ("expected ',' or '}'") sense.
        reason = "; ".join(part for part in (exc.context, exc.problem) if part) or type(exc).__name__
        if mark is None:
            raise ConfigError("config.yaml", path, reason=reason) from None
        raise ConfigError("config.yaml", path, mark.line + 1, mark.column + 1, reason=reason) from None
    except (YAMLError, ValueError, RecursionError) as exc:
        raise ConfigError("config.yaml", path, reason=str(exc) or type(exc).__name__) from None
    except ConfigError:
        raise
    except Exception as exc:  # ruamel failing in its own code: still the pack's fault, still one line
        raise ConfigError("config.yaml", path, reason=type(exc).__name__) from None


@dataclass(slots=True)
class _Open:
    """A mapping or list whose end the event scan has not reached yet."""

    mapping: bool
    anchor: str | None
    start: int  # values counted before it began
    at_key: bool = True  # in a mapping: the next node is a key


def _events(text: str, pure: bool) -> Iterator[Any]:
    """The parser's events for ``text``: libyaml's when ruamel.yaml.clib is installed and not ``pure``,
    else ruamel's own (a state machine too; its messages are the ones the positioned pass shows)."""
    from ruamel.yaml.events import StreamEndEvent

    try:
        if pure:
            raise ImportError
        from ruamel.yaml.cyaml import CParser
    except ImportError:
        from ruamel.yaml import YAML

        yield from YAML(typ="rt", pure=True).parse(text)
        return
    parser = CParser(text)
    while True:
        event = parser.get_event()
        yield event
        if isinstance(event, StreamEndEvent):
            return


def check_events(text: str, path: Path | str, pure: bool = False) -> None:
    """Refuse, at its position, what would make composing the tree deep, huge or impossible.

    Counts the values the tree will hold with every alias expanded (a merge key ``<<: *a`` is an
    alias too), the nesting depth, aliases inside the node they name, and keys that are not
    scalars, from the event stream alone. Raises ConfigError; malformed YAML raises ruamel's own
    MarkedYAMLError, which :func:`parse` reports.
    """
    from ruamel.yaml.events import (
        AliasEvent,
        CollectionEndEvent,
        CollectionStartEvent,
        MappingStartEvent,
        ScalarEvent,
    )

    stack: list[_Open] = []
    sizes: dict[str, int] = {}  # anchor -> values it expands to
    scalar_anchors: set[str] = set()
    total = 0

    def where(event: Any) -> tuple[int | None, int | None]:
        mark = event.start_mark
        return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)

    for event in _events(text, pure):
        if isinstance(event, ScalarEvent | AliasEvent | CollectionStartEvent) and stack and stack[-1].mapping:
            top = stack[-1]
            is_key, top.at_key = top.at_key, not top.at_key
            plain_key = isinstance(event, ScalarEvent) or (
                isinstance(event, AliasEvent) and event.anchor in scalar_anchors)
            if is_key and not plain_key:
                raise ConfigError("config.complex_key", path, *where(event))
        if isinstance(event, ScalarEvent):
            total += 1
            if event.anchor:
                sizes[event.anchor] = 1
                scalar_anchors.add(event.anchor)
        elif isinstance(event, AliasEvent):
            if any(item.anchor == event.anchor for item in stack):
                raise ConfigError("config.recursive_alias", path, *where(event), anchor=event.anchor)
            total += sizes.get(event.anchor, 1)  # an unknown anchor: the composer says so, with its place
        elif isinstance(event, CollectionStartEvent):
            total += 1
            stack.append(_Open(isinstance(event, MappingStartEvent), event.anchor, total))
            if len(stack) > MAX_DEPTH:
                raise ConfigError("config.too_deep", path, *where(event), limit=MAX_DEPTH)
            if event.anchor:
                scalar_anchors.discard(event.anchor)
        elif isinstance(event, CollectionEndEvent):
            done = stack.pop()
            if done.anchor:
                sizes[done.anchor] = total - done.start + 1
        if total > MAX_NODES:
            raise ConfigError("config.too_complex", path, *where(event))


@functools.cache
def _constructor_class() -> type:
    """A round-trip constructor that leaves an impossible date as the string written.

    A subclass, so ruamel's own ``RoundTripConstructor`` stays untouched for other users.
    """
    from ruamel.yaml.constructor import RoundTripConstructor

    class _PackConstructor(RoundTripConstructor):
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return self.construct_scalar(node)

    _PackConstructor.add_constructor("tag:yaml.org,2002:timestamp", _PackConstructor.construct_yaml_timestamp)
    return _PackConstructor


def to_plain(node: Any, path: Path | str) -> Any:
    """A plain-Python copy of a loaded tree (dict, list, str, int, float, bool, date, None).

    ruamel's scalar subclasses (``HexInt``, ``ScalarFloat`` …) become the base types so that
    validation sees ordinary values.
    """
    budget = [MAX_NODES]

    def walk(value: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH:
            raise ConfigError("config.too_complex", path)
        if isinstance(value, dict):
            return {walk(k, depth + 1): walk(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [walk(v, depth + 1) for v in value]
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        if isinstance(value, str):
            return str(value)
        if isinstance(value, datetime | date):
            return value
        return str(value)

    return walk(node, 0)


# --- positions ----------------------------------------------------------------------------------------


def key_position(mapping: Any, key: Any) -> Position | None:
    """Where ``key`` is written in ``mapping`` (1-based), if ruamel knows."""
    try:
        line, col = mapping.lc.key(key)
    except (AttributeError, KeyError, TypeError):
        return None
    return line + 1, col + 1


def value_position(container: Any, key: Any) -> Position | None:
    """Where the value of ``key`` (a mapping key or a list index) is written (1-based)."""
    try:
        if isinstance(container, list):
            line, col = container.lc.item(key)
        else:
            line, col = container.lc.value(key)
    except (AttributeError, KeyError, IndexError, TypeError):
        return None
    return line + 1, col + 1


def node_position(node: Any) -> Position | None:
    """Where a mapping or list itself starts (1-based)."""
    try:
        return node.lc.line + 1, node.lc.col + 1
    except (AttributeError, TypeError):
        return None


def find_position(node: Any, loc: Sequence[Any], at_key: bool = False) -> tuple[Position | None, int]:
    """Follow ``loc`` (keys and list indexes) down from ``node`` as far as the file has it.

    Returns the position of the deepest step found (of its key when ``at_key`` and the step is a
    mapping key, else of its value) and how many steps of ``loc`` were followed, so a caller can
    fall back to an enclosing position when the file does not hold the whole path.
    """
    position: Position | None = None
    depth = 0
    current = node
    for i, step in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(current, dict) and step in current:
            at = key_position(current, step) if at_key and last else None
            position = at or value_position(current, step)
        elif isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current):
            position = value_position(current, step)
        else:
            break
        current = current[step]
        depth += 1
    return position, depth
