"""Small helpers the checks share: which columns a catalog has, parsed 公开时限 cached per item."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from disclosecheck.model import ELEMENTS, TIMELIMIT, Catalog, Item
from disclosecheck.timelimit import TimeLimit, parse_timelimit

if TYPE_CHECKING:
    from pydantic_core import PydanticCustomError

    from disclosecheck.checks.base import CheckContext


def has_column(catalog: Catalog, element: str) -> bool:
    """True when the located header maps a column to ``element``."""
    return element in catalog.layout.elements


def squeeze(text: str) -> str:
    """Text with every whitespace character (full-width space and line breaks included) removed.

    ``str.split()`` splits on exactly the characters ``\\s`` matches, at a third of a regex's cost.
    """
    return "".join(text.split()) if text else ""


def join(values: Iterable[str]) -> str:
    """Values as one Chinese list, the way a clerk writes them: 全社会、特定群体."""
    return "、".join(values)


def timelimit_of(item: Item, ctx: CheckContext) -> TimeLimit:
    """The item's 公开时限 parsed once per run (three rules read it), cached in ``ctx.extra``."""
    cache: dict[str, TimeLimit] = ctx.extra.setdefault("timelimits", {})
    text = item.text.get(TIMELIMIT, "")
    if text not in cache:
        cache[text] = parse_timelimit(text)
    return cache[text]


#: The pydantic error type of an option error that carries a message code (see :func:`option_error`).
OPTION_ERROR = "dc_option"


def option_error(code: str, **params: Any) -> PydanticCustomError:
    """What an ``Options`` validator raises: a message code (``option.…``) and its parameters.

    ``rules validate`` and every pack error render it from the message catalogs in the user's
    language (:func:`disclosecheck.pack.diagnose.validator_message`); the English wording is only
    pydantic's own text, for a developer reading a traceback. Only a refused value gets here, so
    pydantic's core is imported only then.
    """
    from pydantic_core import PydanticCustomError

    from disclosecheck.messages import render

    english = render(code, params, "en").replace("{", "{{").replace("}", "}}")
    return PydanticCustomError(OPTION_ERROR, english, {"code": code, **params})


def check_elements(values: Iterable[str]) -> tuple[str, ...]:
    """Validate option lists of element names against the canonical ones (used by Options validators)."""
    values = tuple(values)
    unknown = [v for v in values if v not in ELEMENTS]
    if unknown:
        raise option_error("option.unknown_elements", unknown=join(unknown), expected=join(ELEMENTS))
    return values
