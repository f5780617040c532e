"""``--format junit``: JUnit XML, which every CI shows as a test report.

A test suite per input file, a test case per rule the pack ran: a rule passes for a file when none of
its findings there reaches ``--fail-on``; otherwise the case fails and its failure lists every finding,
one line each. Findings below ``--fail-on`` go to the case's ``system-out``. A file that could not be
read is a suite with one case in error. Characters XML 1.0 cannot carry (control characters in a
cell or a sheet name) are replaced, so the report always parses. Only the elements and attributes of
the JUnit schema Jenkins publishes (``junit-10.xsd``) are written, so strict readers accept it too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import OrderedDict

from disclosecheck.model import FileResult, Report
from disclosecheck.render.ci_common import Located, fails, located_findings, relative_path, rule_ids
from disclosecheck.render.report_common import error_message, severity_label

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _line(loc: Located, lang: str) -> str:
    row = f":{loc.finding.row}" if loc.finding.row is not None else ""
    where = f" {loc.logical}" if loc.logical else ""
    return f"{loc.path}{row}:{where} [{severity_label(loc.severity, lang)}] {loc.text(lang)}"


def render_junit(report: Report, lang: str = "zh", fail_on: str = "error") -> str:
    rules = rule_ids(report)
    by_file: OrderedDict[str, list[FileResult]] = OrderedDict()
    for result in report.files:
        by_file.setdefault(relative_path(result.path), []).append(result)
    findings: dict[str, list[Located]] = {}
    for loc in located_findings(report):
        findings.setdefault(loc.path, []).append(loc)

    root = ET.Element("testsuites", name="disclosecheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path, results in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=_clean(path))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        broken = [r for r in results if r.status == "error"]
        if broken:
            case = ET.SubElement(suite, "testcase", name="read", classname=_clean(path))
            reason = _clean(error_message(broken[0], lang))
            ET.SubElement(case, "error", message=reason, type="unreadable").text = reason
            counts["tests"] += 1
            counts["errors"] += 1
        else:
            mine = findings.get(path, [])
            extra = [r for r in dict.fromkeys(f.finding.rule for f in mine) if r not in rules]
            for rule in [*rules, *extra]:
                case = ET.SubElement(suite, "testcase", name=rule, classname=_clean(path))
                counts["tests"] += 1
                of_rule = [f for f in mine if f.finding.rule == rule]
                failing = [f for f in of_rule if fails(f.severity, fail_on)]
                others = [f for f in of_rule if not fails(f.severity, fail_on)]
                if failing:
                    counts["failures"] += 1
                    first = _clean(failing[0].text(lang))
                    summary = first if len(failing) == 1 else f"{first} (+{len(failing) - 1})"
                    failure = ET.SubElement(case, "failure", message=summary, type=str(failing[0].severity))
                    failure.text = _clean("\n".join(_line(f, lang) for f in failing))
                if others:
                    ET.SubElement(case, "system-out").text = _clean("\n".join(_line(f, lang) for f in others))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
