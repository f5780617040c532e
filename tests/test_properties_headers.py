"""Properties of the header matcher: it never raises, and hand-typed variants of a header mean the same.

Variants catalogs really contain: whitespace and line breaks anywhere (wrapped header cells),
full-/half-width or square brackets, traditional characters, edge marks (``*公开事项``, ``公开时限：``)
and bracketed remarks (``公开内容（要素）``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosecheck.locate import headers
from disclosecheck.locate.headers import (
    BUILTIN_SYNONYMS,
    CHOICE_ALIASES,
    build_synonyms,
    choice_for,
    header_choice,
    header_element,
    is_known_extra,
    is_notes_text,
    normalize_header,
)
from disclosecheck.model import ELEMENTS

TABLE = build_synonyms(None)
#: Every header text the matcher knows, with the element it names.
KNOWN = sorted(BUILTIN_SYNONYMS.items())
WHITESPACE = st.sampled_from([" ", "\n", "\r\n", "\t", "\u3000", "\u00a0", "  \n "])
#: Bracket pairs written around remarks, full- and half-width.
BRACKETS = [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕"), ("［", "］")]
#: simplified → its traditional forms, from the matcher's own table (so every pair it knows is tried).
TRADITIONAL: dict[str, list[str]] = {}
for _trad, _simp in headers._T2S.items():
    TRADITIONAL.setdefault(_simp, []).append(_trad)
REMARK = st.text(alphabet=st.sampled_from("要素必填选项含说明具体名称单位等、，"), min_size=1, max_size=8)


@st.composite
def with_whitespace(draw: st.DrawFn, text: str) -> str:
    """``text`` with whitespace and line breaks inserted at random places (and around it)."""
    out = []
    for ch in text:
        if draw(st.booleans()):
            out.append(draw(WHITESPACE))
        out.append(ch)
    if draw(st.booleans()):
        out.append(draw(WHITESPACE))
    return "".join(out)


@st.composite
def traditional(draw: st.DrawFn, text: str) -> str:
    """``text`` with any of its characters written in a traditional form the matcher knows."""
    return "".join(draw(st.sampled_from([ch, *TRADITIONAL[ch]])) if ch in TRADITIONAL else ch for ch in text)


@settings(max_examples=500)
@given(st.text())
def test_matcher_never_raises(text: str) -> None:
    element = header_element(text, TABLE)
    assert element is None or element in ELEMENTS
    assert isinstance(normalize_header(text), str)
    header_choice(text)
    is_known_extra(text)
    is_notes_text(text)
    for element_name in CHOICE_ALIASES:
        choice_for(element_name, text)


@settings(max_examples=200)
@given(st.text(), st.dictionaries(st.text(max_size=10), st.sampled_from(ELEMENTS), max_size=5))
def test_matcher_with_rule_pack_synonyms_never_raises(text: str, synonyms: dict[str, str]) -> None:
    table = build_synonyms(synonyms)
    element = header_element(text, table)
    assert element is None or element in ELEMENTS


def test_every_known_header_names_its_element() -> None:
    for text, element in KNOWN:
        assert header_element(text, TABLE) == element, text


@settings(max_examples=300)
@given(st.data())
def test_whitespace_and_line_breaks_do_not_matter(data: st.DataObject) -> None:
    text, element = data.draw(st.sampled_from(KNOWN))
    assert header_element(data.draw(with_whitespace(text)), TABLE) == element


@settings(max_examples=300)
@given(st.data())
def test_traditional_characters_do_not_matter(data: st.DataObject) -> None:
    text, element = data.draw(st.sampled_from(KNOWN))
    variant = data.draw(traditional(text))
    assert header_element(variant, TABLE) == element, variant
    assert header_element(data.draw(with_whitespace(variant)), TABLE) == element


def test_traditional_forms_of_the_standard_headers() -> None:
    """Spelled out, independent of the matcher's table."""
    for trad, element in [("公開事項", "公开事项"), ("公開內容", "公开内容"), ("公開依據", "公开依据"),
                          ("公開時限", "公开时限"), ("公開主體", "公开主体"),
                          ("公開渠道和載體", "公开渠道和载体"), ("公開對象", "公开对象"),
                          ("公開方式", "公开方式"), ("公開層級", "公开层级"),
                          ("一級事項", "一级事项"), ("二級事項", "二级事项"), ("序號", "序号")]:
        assert header_element(trad, TABLE) == element, trad


@settings(max_examples=300)
@given(st.data())
def test_bracketed_remarks_in_any_brackets_do_not_matter(data: st.DataObject) -> None:
    text, element = data.draw(st.sampled_from(KNOWN))
    left, right = data.draw(st.sampled_from(BRACKETS))
    remark = data.draw(REMARK)
    variant = f"{text}{left}{remark}{right}"
    assert header_element(variant, TABLE) == element, variant
    assert header_element(data.draw(with_whitespace(variant)), TABLE) == element


@settings(max_examples=200)
@given(st.data())
def test_full_and_half_width_brackets_are_one(data: st.DataObject) -> None:
    """A header written with one bracket style matches exactly as with any other."""
    text, _element = data.draw(st.sampled_from(KNOWN))
    remark = data.draw(REMARK)
    forms = {header_element(f"{text}{left}{remark}{right}", TABLE) for left, right in BRACKETS}
    assert len(forms) == 1
    keys = {normalize_header(f"{text}{left}{remark}{right}") for left, right in BRACKETS}
    assert len(keys) == 1


@settings(max_examples=200)
@given(st.data())
def test_edge_marks_do_not_matter(data: st.DataObject) -> None:
    text, element = data.draw(st.sampled_from(KNOWN))
    mark = data.draw(st.sampled_from(["*", "※", "#", "：", ":"]))
    assert header_element(f"{mark}{text}", TABLE) == element
    assert header_element(f"{text}{mark}", TABLE) == element


@settings(max_examples=300)
@given(st.data())
def test_choice_words_survive_the_same_variants(data: st.DataObject) -> None:
    element = data.draw(st.sampled_from(sorted(CHOICE_ALIASES)))
    written, choice = data.draw(st.sampled_from(sorted(CHOICE_ALIASES[element].items())))
    base = data.draw(with_whitespace(data.draw(traditional(written))))
    for left, right in BRACKETS:
        variant = base.replace("(", left).replace(")", right)
        assert choice_for(element, variant) == choice, variant


@settings(max_examples=200)
@given(st.data())
def test_synonyms_of_a_rule_pack_get_the_same_tolerance(data: st.DataObject) -> None:
    element = data.draw(st.sampled_from(ELEMENTS))
    word = data.draw(st.text(alphabet=st.sampled_from("办件结果情况统计年度报告"), min_size=2, max_size=6))
    table = build_synonyms({word: element})
    assert header_element(data.draw(with_whitespace(word)), table) == element
