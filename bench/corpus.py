"""Benchmark corpora: realistic catalogs in the standard layout, generated fast and deterministically.

Every catalog has the layout of ``tests/conftest.py`` (title row merged A1:N1, two-row merged header,
data from row 4) with rows drawn from the real examples of DOMAIN.md, about one row in twelve
carrying a planted problem (blank 公开主体, a 30-working-day limit, a basis without 《》, no channel
chosen), so the checks have real work to do. Workbooks are written with openpyxl's write-only mode
(a 100,000-row file in seconds); write-only sheets cannot merge, so the merges are added to the
sheet XML afterwards.
"""

from __future__ import annotations

import random
import shutil
import zipfile
from pathlib import Path

TITLE = "城市综合执法领域基层政务公开标准目录"
HEADER_1 = ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
            "公开渠道和载体", "公开对象", None, "公开方式", None, "公开层级", None]
HEADER_2 = [None, "一级事项", "二级事项", None, None, None, None, None,
            "全社会", "特定群体", "主动", "依申请", "县级", "乡级"]
MERGES = ["A1:N1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2", "M2:N2"]

LEVEL1 = ["绿化管理", "市容环境卫生", "违法建设", "城镇燃气管理", "社会救助", "户籍管理", "义务教育",
          "养老服务", "涉农补贴", "安全生产", "环境保护", "公共文化服务"]
LEVEL2 = ["损坏城市树木花草", "占道经营", "违法建设查处", "燃气经营许可证核发", "最低生活保障",
          "特困人员救助供养", "临时救助", "户口迁移", "入学政策", "高龄津贴发放", "耕地地力保护补贴",
          "安全生产行政处罚"]
CONTENT = ["1.机构职能、权责清单、执法人员名单; 2.执法程序或行政强制流程图; 3.执法依据; "
           "4.行政处罚自由裁量基准; 5.咨询、监督投诉方式; 6.处罚决定; 7.救济渠道。",
           "申请条件、申请材料、申请流程、法定依据",
           "办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间、地点、联系方式"]
BASIS = ["《城市绿化条例》", "《城镇燃气管理条例》", "《社会救助暂行办法》", "《中华人民共和国行政处罚法》"]
LIMITS = ["信息形成或者变更之日起20个工作日内", "20个工作日", "作出决定之日起7个工作日内",
          "制定或获取信息之日起10个工作日内",
          "1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。"]
SUBJECTS = ["城市管理行政执法部门", "县级政府民政部门、乡镇政府(街道办事处)", "负责审批的燃气管理部门"]
CHANNELS = ["■政府网站 □政府公报 ■两微一端 □发布会 ■公开查阅点",
            "■政府网站 □政府公报 □两微一端 □发布会 □公开查阅点",
            "■政府网站 ■政府公报 ■两微一端 □发布会 ■公开查阅点"]


def catalog_rows(n: int, seed: int) -> list[list[object]]:
    """``n`` data rows; about one in twelve has a planted problem."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(1, n + 1):
        l1 = LEVEL1[(i - 1) // 8 % len(LEVEL1)]
        row: list[object] = [i, l1, f"{rng.choice(LEVEL2)}（{i}）", rng.choice(CONTENT),
                             rng.choice(BASIS), rng.choice(LIMITS), rng.choice(SUBJECTS),
                             rng.choice(CHANNELS), "√", None, "√", None, "√", None]
        flaw = rng.randrange(48)
        if flaw == 0:
            row[6] = None  # blank 公开主体
        elif flaw == 1:
            row[5] = "30个工作日"  # over the statutory 20
        elif flaw == 2:
            row[4] = "城市绿化条例"  # basis without 《》
        elif flaw == 3:
            row[7] = "□政府网站 □政府公报 □两微一端 □发布会 □公开查阅点"  # no channel chosen
        rows.append(row)
    return rows


def write_catalog(path: Path, n: int, seed: int) -> Path:
    """A standard-layout catalog of ``n`` items at ``path`` (write-only openpyxl + injected merges)."""
    from openpyxl import Workbook

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append([TITLE])
    ws.append(HEADER_1)
    ws.append(HEADER_2)
    for row in catalog_rows(n, seed):
        ws.append(row)
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    _add_merges(tmp, path, MERGES)
    tmp.unlink()
    return path


def _add_merges(source: Path, target: Path, merges: list[str]) -> None:
    xml = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    block = f'</sheetData><mergeCells count="{len(merges)}">{xml}</mergeCells>'.encode()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", block, 1)
            zout.writestr(info, data)


def build(root: Path, quick: bool) -> dict[str, Path | list[Path]]:
    """The three corpora under ``root`` (rebuilt when missing or when the size changed)."""
    sizes = {"small": 30, "towns": 3, "per_town": 4, "town_rows": 20, "big": 2_000} if quick else \
            {"small": 300, "towns": 25, "per_town": 8, "town_rows": 60, "big": 100_000}
    base = root / ("quick" if quick else "full")
    stamp = base / "SIZES"
    if stamp.exists() and stamp.read_text() != repr(sizes):
        shutil.rmtree(base)
    small = base / f"catalog_{sizes['small']}.xlsx"
    big = base / f"catalog_{sizes['big']}.xlsx"
    county = base / "county"
    if not small.exists():
        write_catalog(small, sizes["small"], seed=1)
    if not big.exists():
        write_catalog(big, sizes["big"], seed=2)
    files: list[Path] = []
    for t in range(1, sizes["towns"] + 1):
        for k in range(1, sizes["per_town"] + 1):
            path = county / f"乡镇{t:02d}" / f"目录{k:02d}.xlsx"
            if not path.exists():
                write_catalog(path, sizes["town_rows"], seed=1000 * t + k)
            files.append(path)
    stamp.write_text(repr(sizes))
    return {"small": small, "big": big, "county": county, "county_files": files}
