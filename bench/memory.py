"""Memory and time of the large and hostile inputs of issues 15, 17, 18 and 19, each in a cold process.

    python bench/memory.py            # full size: the reproductions as the issues give them
    python bench/memory.py --quick    # a tenth or less of each: shows every scenario still runs

Every input is built here, in code, under ``bench/_corpus/memory/`` (about 400 MB at full size, made
once). Each command runs as a fresh process through ``run.py``'s probe: wall time and the peak resident
memory of its largest process (an audit's parent or a worker, whichever is larger). The target of
each scenario is printed beside it: under 1 GB (the default ``--max-memory-mb``) and done in seconds,
with the exit status the scenario should end in (a refusal is exit 2 with one line, never a crash).
The unit tests (tests/test_memory.py) pin down the behaviour on small inputs; this measures the sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import AS_OF, Run, disclosecheck_cmd, measure  # noqa: E402

HEAD = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
        "公开对象", "公开方式", "公开层级", "信息形成日期", "公开日期", "最近更新日期"]
CLEAN = ["社会救助", "", "发放对象、发放标准、申请材料、办理流程", "《社会救助暂行办法》",
         "信息形成之日起20个工作日内", "某街道办事处", "政府网站、公开查阅点", "全社会", "主动", "乡级",
         "", "", ""]


def bad_row(i: int) -> list[str]:
    """Nine findings: blanks, no channel, a 30-day limit, words not among the choices, dates that are not."""
    return [str(i), "社会救助", f"事项{i}", "", "无", "30个工作日", "", "", "某某", "随便", "省级",
            "2020-13-45", "2019-01-01", "明年"]


def clean_row(i: int, flawed: bool = False) -> list[str]:
    row = [str(i), CLEAN[0], f"事项{i}", *CLEAN[2:]]
    if flawed:
        row[6] = ""  # blank 公开主体: one finding
    return row


def write_csv(path: Path, rows: int, make: Callable[[int], list[str]]) -> Path:
    if not path.exists():
        with path.open("w", encoding="utf-8") as out:
            out.write(",".join(HEAD) + "\n")
            for i in range(1, rows + 1):
                out.write(",".join(make(i)) + "\n")
    return path


def wide_csv(path: Path, rows: int, cols: int) -> Path:
    if not path.exists():
        line = ",".join(["x"] * cols) + "\n"
        with path.open("w", encoding="ascii") as out:
            for _ in range(rows):
                out.write(line)
    return path


def colspan_html(path: Path, tables: int, rows: int, colspan: int) -> Path:
    if not path.exists():
        row = f'<tr><td colspan="{colspan}">x</td></tr>'
        with path.open("w", encoding="utf-8") as out:
            out.write("<html><body>")
            for _ in range(tables):
                out.write("<table>" + row * rows + "</table>")
            out.write("</body></html>")
    return path


def nested_html(path: Path, megabytes: int) -> Path:
    if not path.exists():
        half = megabytes * 1024 * 1024 // 2
        with path.open("w", encoding="utf-8") as out:
            out.write("<html><body>" + "<div>" * (half // 5) + "<table><tr><td>" * (half // 15) + "x")
    return path


def styles_xlsx(path: Path, records: int) -> Path:
    if not path.exists():
        sys.path.insert(0, str(HERE.parent / "tests"))
        import hostile_files as hf

        hf.many_styles_xlsx(path, records)
    return path


@dataclass
class Scenario:
    name: str
    args: list[str]
    codes: tuple[int, ...]  # the exit statuses it should end in
    issue: str


def scenarios(root: Path, quick: bool) -> list[Scenario]:
    k = 10 if quick else 1
    out = root / "out"
    out.mkdir(exist_ok=True)
    # 200,000 lines with the header: the row limit's own size
    big = write_csv(root / f"findings-{200_000 // k}.csv", 200_000 // k - 1, bad_row)
    mid = write_csv(root / f"findings-{60_000 // k}.csv", 60_000 // k, bad_row)
    text = write_csv(root / f"findings-{30_000 // k}.csv", 30_000 // k, bad_row)
    half = write_csv(root / f"half-flawed-{5_000 // k}.csv", 5_000 // k, lambda i: clean_row(i, i % 2 == 0))
    county = root / f"county-{50_000 // k}"
    county.mkdir(exist_ok=True)
    for n in range(1, 7):
        (county / f"单位{n}").mkdir(exist_ok=True)
        write_csv(county / f"单位{n}" / "目录.csv", 50_000 // k, bad_row)
    wide = wide_csv(root / f"wide-{199_000 // k}.csv", 199_000 // k, 500)
    colspan = colspan_html(root / f"colspan-{20_000 // k}.html", 50, 20_000 // k, 500)
    nested = nested_html(root / f"nested-{50 // k}mb.html", 50 // k)
    styles = styles_xlsx(root / f"styles-{2_900_000 // k}.xlsx", 2_900_000 // k)
    check = [*disclosecheck_cmd(), "check", "--as-of", AS_OF]
    audit = [*disclosecheck_cmd(), "audit", "--as-of", AS_OF]
    return [
        Scenario(f"{big.stem}: check --format json", [*check, str(big), "-f", "json"], (1,), "17.2"),
        Scenario(f"{mid.stem}: check --format json -o", [*check, str(mid), "-f", "json", "-o",
                                                           str(out / "mid.json")], (1,), "18.4"),
        Scenario(f"{county.name} ×6: audit --format json -o", [*audit, str(county), "-f", "json", "-o",
                                                                 str(out / "audit.json")], (1,), "18.4"),
        Scenario(f"{text.stem}: check (text)", [*check, str(text)], (1,), "18.4"),
        Scenario(f"{text.stem}: check --format json", [*check, str(text), "-f", "json"], (1,), "18.4"),
        Scenario(f"{half.stem}: check (text)", [*check, str(half)], (1,), "15.4"),
        Scenario(f"{half.stem}: check --format json", [*check, str(half), "-f", "json"], (1,), "15.4"),
        Scenario(f"{wide.stem} × 500 columns: check",
                 [*check, str(wide), "--max-cells", str(10_000_000 // k)], (2,), "17.2"),
        Scenario(f"{colspan.stem} × 50 tables: check", [*check, str(colspan)], (2,), "17.2"),
        Scenario(f"{nested.stem}: check", [*check, str(nested)], (2,), "17.6"),
        Scenario(f"{styles.stem}: check --format xlsx -o", [*check, str(styles), "-f", "xlsx", "-o",
                                                             str(out / "styles.xlsx")], (0, 1), "19.5"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="inputs a tenth of the size (CI: it still runs)")
    parser.add_argument("--corpus", type=Path, default=HERE / "_corpus" / "memory")
    parser.add_argument("--out", type=Path, default=HERE / "_out", help="where results.json goes")
    args = parser.parse_args()
    root = args.corpus.resolve() / ("quick" if args.quick else "full")
    root.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    todo = scenarios(root, args.quick)
    print(f"inputs under {root}: ready in {time.perf_counter() - t0:.1f}s", flush=True)
    results: dict[str, dict[str, object]] = {}
    failed = False
    print(f"{'issue':6} {'scenario':58} {'wall':>8} {'peak':>8}  exit  target")
    for scenario in todo:
        run: Run = measure(scenario.args, HERE)
        ok = run.code in scenario.codes and run.peak_mb < 1024
        failed |= not ok
        codes = "/".join(map(str, scenario.codes))
        print(f"{scenario.issue:6} {scenario.name:58} {run.wall:7.2f}s {run.peak_mb:6.0f}MB  {run.code:4}  "
              f"{'met' if ok else 'MISSED'} (< 1024 MB, exit {codes})", flush=True)
        results[scenario.name] = {**vars(run), "issue": scenario.issue, "met": ok}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "memory.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
