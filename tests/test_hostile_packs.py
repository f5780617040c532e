"""Rule packs as hostile input (issues 17.4, 18.7, 19.3): each refused in one line, fast, at its place.

Cases that could crash or hang the interpreter (deep nesting, a FIFO) run the real command in a
subprocess with a generous timeout; the others go through the CLI in process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from guards import HANG_GUARD_S
from typer.testing import CliRunner

from disclosecheck.cli import app

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
NOT_REGULAR = "这不是普通文件（可能是管道或设备），不能作为规则包读取；请指定一个 .yaml 文件"


def validate(path: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["rules", "validate", str(path), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def one_line(output: str) -> str:
    assert "Traceback" not in output, output
    lines = output.splitlines()
    assert len(lines) == 1, output
    return lines[0]


def run(*args: str, cwd: Path | None = None, timeout: float = HANG_GUARD_S) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "disclosecheck", *args], capture_output=True, text=True,
                          env=ENV, cwd=cwd, timeout=timeout, check=False)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- merge keys and aliases --------------------------------------------------------------------------------


def test_a_self_merge_is_refused_at_the_alias(here: Path) -> None:
    write(here, "self.yaml", "a: &a\n  <<: *a\n")
    code, out = validate(Path("self.yaml"))
    assert code == 2
    assert one_line(out) == ("self.yaml:2:7: 别名 *a 引用了包含它自己的内容（&a），"
                             "无法展开；请把设置直接写出来")


def test_a_self_merge_in_english(here: Path) -> None:
    write(here, "self.yaml", "a: &a\n  <<: *a\n")
    code, out = validate(Path("self.yaml"), "--lang", "en")
    assert code == 2
    assert one_line(out) == ("self.yaml:2:7: the alias *a refers to the node that contains it (&a) "
                             "and cannot be expanded; write the settings out")


def test_a_chain_of_doubling_merges_is_refused_fast(here: Path) -> None:
    """n=40: 1.5 KB that would expand to 2**40 values; refused at the first alias past the budget."""
    lines = ["a0: &a0 {x: 1}"]
    lines += [f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}" for i in range(1, 41)]
    write(here, "chain.yaml", "\n".join(lines) + "\n")
    assert len("\n".join(lines)) < 1600
    code, out = validate(Path("chain.yaml"))
    assert code == 2
    assert one_line(out) == "chain.yaml:14:23: 规则包文件过大，或嵌套、引用（&、*）过多，请写成普通的逐项设置"


# --- nesting ------------------------------------------------------------------------------------------


def test_400000_nested_brackets_are_refused_not_a_crash(tmp_path: Path) -> None:
    pack = write(tmp_path, "nest.yaml", "name: " + "[" * 400_000 + "\n")
    assert pack.stat().st_size > 400_000
    result = run("rules", "validate", str(pack))
    assert result.returncode == 2, result.stderr
    assert one_line(result.stderr) == f"{pack}:1:46: 规则包文件嵌套超过 40 层，请写成普通的逐项设置"


def test_400000_nested_brackets_in_a_discovered_pack(tmp_path: Path) -> None:
    write(tmp_path, "disclosecheck.yaml", "[" * 800_000 + "\n")
    result = run("check", "nothing.xlsx", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert one_line(result.stderr) == ("disclosecheck.yaml:1:41: "
                                       "规则包文件嵌套超过 40 层，请写成普通的逐项设置")


# --- keys, sizes, files that are not packs -----------------------------------------------------------------


def test_a_complex_key_is_a_position(here: Path) -> None:
    write(here, "key.yaml", "headers:\n  ? [a, b]\n  : 公开主体\n")
    code, out = validate(Path("key.yaml"))
    assert code == 2
    assert one_line(out) == "key.yaml:2:5: 配置项的名称必须是一段文字，不能是列表或映射（如 ? [a, b]）"


def test_a_2_mb_pack_is_too_large(here: Path) -> None:
    write(here, "big.yaml", "# " + "x" * 2_000_000 + "\n")
    code, out = validate(Path("big.yaml"))
    assert code == 2
    assert one_line(out) == ("big.yaml: 规则包文件超过 1000 KB，太大了；"
                             "规则包一般只有几 KB，请检查是否选错了文件")


def test_extends_of_a_file_that_is_not_a_pack_does_not_quote_it(here: Path) -> None:
    write(here, "shadow", "root:$6$secret-hash:20228:0:99999:7:::\n")
    write(here, "p.yaml", "extends: shadow\n")
    code, out = validate(Path("p.yaml"))
    assert code == 2
    assert one_line(out) == "p.yaml:1:10: extends 指向的“shadow”不是规则包文件：规则包应为 .yaml 或 .yml 文件"
    assert "secret" not in out


def test_extends_etc_shadow(here: Path) -> None:
    write(here, "p.yaml", "extends: /etc/shadow\n")
    code, out = validate(Path("p.yaml"), "--lang", "en")
    assert code == 2
    assert one_line(out) == ('p.yaml:1:10: extends names "/etc/shadow", which is not a rule pack file: '
                             "a rule pack is a .yaml or .yml file")


#: Files that are not rule packs, each holding a secret that no message may print.
SECRETS = {
    "shadow": "root:*:20228:0:99999:7:::\nadmin:$6$SECRET-HASH:20228:0:99999:7:::\n",
    "passwd": "root:x:0:0:root:/root:/bin/bash SECRET\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n",
    "id_ed25519": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUSECRET\n"
                  "-----END OPENSSH PRIVATE KEY-----\n",
    "token.json": '{"token": "SECRET-456", "user": "ci"}\n',
    "hosts.yml": "github.com:\n  oauth_token: SECRET-789\n  user: ci\n",
}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
@pytest.mark.parametrize("secret", sorted(SECRETS))
@pytest.mark.parametrize("how", ["extends", "discovered", "--rules"])
def test_no_message_quotes_a_file_that_is_not_a_pack(tmp_path: Path, secret: str, how: str) -> None:
    """A repository may ship a ``.yaml`` symlink to a secret, and a pack (or a discovered
    disclosecheck.yaml) that names it: whatever the check says, it never prints what the file holds."""
    target = write(tmp_path, secret, SECRETS[secret])
    (tmp_path / "evil.yaml").symlink_to(target)
    catalog = write(tmp_path, "目录.csv", "序号,公开事项,公开内容\n1,事项,内容\n")
    if how == "extends":
        write(tmp_path, "disclosecheck.yaml", "extends: evil.yaml\n")
        done = run("check", str(catalog), cwd=tmp_path)
    elif how == "discovered":
        (tmp_path / "disclosecheck.yaml").symlink_to(target)
        done = run("check", str(catalog), cwd=tmp_path)
    else:
        done = run("check", str(catalog), "--rules", str(target), cwd=tmp_path)
    assert done.returncode == 2
    assert "SECRET" not in done.stdout + done.stderr
    line = one_line(done.stderr)
    assert "规则包" in line, line


def test_a_pack_of_a_thousand_mistakes_lists_the_first_twenty(here: Path) -> None:
    write(here, "p.yaml", "name: 某县\n" + "".join(f"key{n}: 1\n" for n in range(1000)))
    code, out = validate(Path("p.yaml"))
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 21
    assert lines[0].startswith("p.yaml:2:1: 未知的配置项“key0”")
    assert lines[19].startswith("p.yaml:21:1: 未知的配置项“key19”")
    assert lines[20] == "……另有 980 处问题未列出：请先改正上面的问题"


def test_a_pack_of_100000_keys_is_refused_as_too_large(here: Path) -> None:
    write(here, "p.yaml", "".join(f"k{n}: 1\n" for n in range(100_000)))
    code, out = validate(Path("p.yaml"), "--lang", "en")
    assert code == 2
    assert one_line(out).endswith("the rule pack file is too large, or nests or repeats references (&, *) "
                                  "too much; write the settings out plainly")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("how", ["--rules", "discovered", "extends"])
def test_a_fifo_as_a_pack_does_not_hang(tmp_path: Path, how: str) -> None:
    os.mkfifo(tmp_path / ("disclosecheck.yaml" if how == "discovered" else "fifo.yaml"))
    args = ["check", "nothing.xlsx"]
    if how == "--rules":
        args += ["--rules", "fifo.yaml"]
    elif how == "extends":
        write(tmp_path, "p.yaml", "extends: fifo.yaml\n")
        args += ["--rules", "p.yaml"]
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    name = "disclosecheck.yaml" if how == "discovered" else "fifo.yaml"
    assert one_line(result.stderr) == f"{name}: {NOT_REGULAR}"


def test_dev_zero_as_a_pack_is_refused(here: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    code, out = validate(Path("/dev/zero"))
    assert code == 2
    assert one_line(out) == f"/dev/zero: {NOT_REGULAR}"


# --- pattern options --------------------------------------------------------------------------------


def pattern_pack(folder: Path, pattern: str) -> Path:
    return write(folder, "pat.yaml", f"rules:\n  legal-basis:\n    document_pattern: '{pattern}'\n")


def test_a_huge_repetition_count_is_a_position(here: Path) -> None:
    pattern_pack(here, "a{99999999999}")
    code, out = validate(Path("pat.yaml"))
    assert code == 2
    assert one_line(out) == ("pat.yaml:3:23: 规则“legal-basis”的选项“document_pattern”中的正则表达式重复次数 "
                             "{99999999999} 超过上限 1000")


def test_100000_nested_parentheses_are_refused(here: Path) -> None:
    pattern_pack(here, "(" * 100_000 + "a" + ")" * 100_000)
    code, out = validate(Path("pat.yaml"))
    assert code == 2
    assert one_line(out) == ("pat.yaml:3:23: 规则“legal-basis”的选项“document_pattern”中的"
                             "正则表达式超过 1000 个字符，请写短一些")


def test_deeply_nested_parentheses_within_the_length(here: Path) -> None:
    pattern_pack(here, "(" * 30 + "a" + ")" * 30)
    code, out = validate(Path("pat.yaml"), "--lang", "en")
    assert code == 2
    assert one_line(out) == ('pat.yaml:3:23: the regular expression of option "document_pattern" of rule '
                             '"legal-basis" nests parentheses more than 20 levels deep')


def test_the_national_pack_is_still_fine(here: Path) -> None:
    code, out = validate(Path(__file__).parent.parent / "rules" / "national.yaml")
    assert code == 0, out


def test_a_repetition_inside_a_repetition_is_refused(here: Path) -> None:
    # Issue 18: Python's re has no time limit; (\w+\s?)*$ takes exponential time on a cell it almost
    # matches. Refused when the pack is read, with the way out (a possessive inner repetition).
    pattern_pack(here, r"^(\w+\s?)*$")
    code, out = validate(Path("pat.yaml"))
    assert code == 2
    assert one_line(out) == ("pat.yaml:3:23: 规则“legal-basis”的选项“document_pattern”的正则表达式 "
                             '"^(\\\\w+\\\\s?)*$" 中，重复里又套着重复（如 (a+)+），遇到某些文字会耗时极长：'
                             "请改写成不嵌套的写法，或把内层写成占有型（如 [^》]++）")
    from disclosecheck.pack.rules import nested_repeat

    assert not nested_repeat("^(《[^》]++》)+$") and not nested_repeat(r"第\d+条") and nested_repeat("(a+)+")
