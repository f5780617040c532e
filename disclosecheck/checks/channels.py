"""公开渠道和载体: every 事项 names at least one channel it is disclosed through.

The column is a checklist (■政府网站 □政府公报 ■两微一端 □发布会 ■公开查阅点 …; ■ = chosen) or plain
words (政府网站、公开栏). A blank cell, or a checklist with nothing chosen (all □), tells the public
nowhere to look. Converted files turn ■ into ``t``/``þ`` and □ into ``口``; the normalizer reads those.
Only checked when the column exists (a missing column is ``required-columns``' business).

Anti-pattern:
    1 | 绿化管理 | 损坏城市树木花草 | … | □政府网站 □政府公报 □两微一端 □公开查阅点 | …

Best practice:
    1 | 绿化管理 | 损坏城市树木花草 | … | ■政府网站 □政府公报 ■两微一端 ■公开查阅点 | …

Legal basis:
    《中华人民共和国政府信息公开条例》第二十三条、第二十四条、第二十五条 (政府网站、政府公报、新闻发布会、
    报刊、广播、电视, 政务服务场所 and 公共查阅室、资料索取点、信息公告栏 as disclosure channels);
    国办发〔2019〕54号 (公开渠道和载体 in every catalog).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from disclosecheck.checks.base import CheckContext, CheckOptions
from disclosecheck.checks.shared import has_column, join
from disclosecheck.model import CHANNELS, Catalog, Finding, Severity

ID = "channels"
SEVERITY = Severity.ERROR
CODES = ("channels.blank", "channels.none-chosen")


@dataclass(frozen=True, kw_only=True)
class Options(CheckOptions):
    """No options."""


def check(catalog: Catalog, options: Options, ctx: CheckContext) -> Iterator[Finding]:
    if not has_column(catalog, CHANNELS):
        return
    for item in catalog.items:
        if item.channels:
            continue
        text = item.text.get(CHANNELS, "").strip()
        if not text and not item.channels_listed:
            yield ctx.finding(catalog, "channels.blank", {}, item=item, element=CHANNELS)
        else:
            listed = join(item.channels_listed) if item.channels_listed else text
            yield ctx.finding(catalog, "channels.none-chosen", {"listed": listed},
                              item=item, element=CHANNELS)
