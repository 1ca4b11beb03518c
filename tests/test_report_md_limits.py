"""report.md stays small on big inputs: the top of each list, the rest counted and pointed to.

The same limits as report.html (``exports/report_limits.py``).  Big inputs
are the benchmark's seeded synthetic corpus at a few thousand claims, with
small limits passed in where a test looks at single lists.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from claimgraph import EXAMPLE, compare, load
from claimgraph.exports.base import Bundle
from claimgraph.exports.report_data import group_by_area, report_dict
from claimgraph.exports.report_md import render

from .test_report_limits import HUGE, SMALL, synthetic_module, synthetic_report

ROW = re.compile(r"^\| .* `(st-[0-9a-f]+)` \| ", re.M)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _section(text: str, heading: str) -> str:
    start = text.index(f"\n{heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else None]


def test_the_example_is_written_whole_and_unchanged() -> None:
    """The bundled example is under every limit: nothing is cut, the bytes are those of no limit."""
    claims = load(EXAMPLE)
    report = report_dict(Bundle(claims, compare(claims, as_of="2026-11-21")))
    text = render(report)
    assert text == render(report, HUGE)
    assert "not shown in this file" not in text and "A large comparison" not in text


def test_each_area_keeps_its_first_rows_and_counts_the_rest() -> None:
    """Per topic area, the table keeps the first rows in report order; a line counts the others."""
    report = synthetic_report(3000)
    text = _section(render(report, SMALL), "## Comparison")
    blocks = text.split("\n### ")[1:]
    groups = group_by_area(report["statements"])
    assert [b.split("\n", 1)[0] for b in blocks] == [area for area, _ in groups]
    for block, (area, statements) in zip(blocks, groups, strict=True):
        assert ROW.findall(block) == [st["id"] for st in statements[:SMALL.statements_per_area]]
        note = re.search(r"\*([\d,]+) more (.+?) statements, with less support", block)
        left = len(statements) - SMALL.statements_per_area
        if left > 0:
            assert note and _number(note.group(1)) == left and note.group(2) == area
            assert "statements.csv and report.json" in block
        else:
            assert note is None


def test_conflicts_keep_the_most_pressing_and_count_the_rest() -> None:
    """The conflict headings are the top-ranked conflicts; a line counts the less pressing ones."""
    report = synthetic_report(3000)
    text = _section(render(report, SMALL), "## Conflicts")
    primary = [cf["id"] for cf in report["conflicts"] if not cf["secondary"]]
    assert len(primary) > SMALL.conflicts
    shown = re.findall(r"^`(cf-[0-9a-f]+)` · statements", text, re.M)
    assert shown == primary[:SMALL.conflicts]
    note = re.search(r"\*([\d,]+) more conflicts, less pressing than those above,", text)
    assert note and _number(note.group(1)) == len(primary) - SMALL.conflicts


def test_secondary_findings_keep_a_few_of_each_kind() -> None:
    """Each kind of secondary finding keeps its first few, in ranked order; the rest are counted."""
    report = synthetic_report(3000)
    text = _section(render(report, SMALL), "## Secondary findings")
    secondary = [cf for cf in report["conflicts"] if cf["secondary"]]
    kinds = {cf["kind"] for cf in secondary}
    expected = [cf["id"] for cf in secondary
                if [c["kind"] for c in secondary[:secondary.index(cf) + 1]].count(cf["kind"])
                <= SMALL.secondary]
    assert re.findall(r"^`(cf-[0-9a-f]+)` · statements", text, re.M) == expected
    assert len(kinds) >= 1 and len(expected) < len(secondary)
    note = re.search(r"\*([\d,]+) more secondary findings", text)
    assert note and _number(note.group(1)) == len(secondary) - len(expected)


def test_gaps_keep_those_most_sources_make() -> None:
    """Each source's checklist keeps the gaps the most sources make; the rest are counted."""
    report = synthetic_report(3000)
    text = _section(render(report, SMALL), "## Gaps: what each source leaves out")
    for source in report["sources"]:
        sid = source["id"]
        start = text.index(f"### {source['name']} ({sid})")
        block = text[start:text.find("\n### ", start + 1)]
        gaps = {g["statement"]: len(g["asserted_by"]) for g in report["gaps"]
                if g["source"] == sid}
        ticks = re.findall(r"^- \[ \] .* `(st-[0-9a-f]+)`$", block, re.M)
        assert len(ticks) == min(len(gaps), SMALL.gaps_per_source)
        dropped = [n for st, n in gaps.items() if st not in ticks]
        assert not dropped or min(gaps[t] for t in ticks) >= max(dropped)
        note = re.search(r"\*([\d,]+) more gaps, said by fewer sources,", block)
        assert (_number(note.group(1)) if note else 0) == len(dropped)


def test_file_size_stops_growing_with_the_input() -> None:
    """With the default limits, four times the claims give about the same file; whole, far more."""
    small, big = synthetic_report(3000), synthetic_report(12000)
    limited = [len(render(r).encode()) for r in (small, big)]
    whole = [len(render(r, HUGE).encode()) for r in (small, big)]
    assert limited[1] < 1.6 * limited[0]
    assert whole[1] > 3 * whole[0]
    assert limited[1] * 3 < whole[1]


def _cli_compare(project: Path, out: Path) -> None:
    from click.testing import CliRunner

    from claimgraph.cli import main

    result = CliRunner().invoke(main, ["compare", str(project), "--out", str(out),
                                       "--as-of", "2026-11-21",
                                       "--outputs", "report-md,report-csv,report-json"])
    assert result.exit_code == 0, result.output


def test_a_large_project_gets_a_short_report_that_points_to_the_csv(tmp_path: Path) -> None:
    """compare on a synthetic project: report.md is cut, and its note's counts match the CSV."""
    syn = synthetic_module()
    project = syn.write_project(syn.generate(8000, 10, seed=1), tmp_path / "project")
    _cli_compare(project, tmp_path / "out")
    text = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    with open(tmp_path / "out" / "statements.csv", newline="", encoding="utf-8") as fh:
        statements = {row["id"] for row in csv.DictReader(fh)}
    rows = set(ROW.findall(_section(text, "## Comparison")))
    assert rows < statements
    note = re.search(r"> \*\*A large comparison:\*\* .*? leaves out ([\d,]+) statements, "
                     r"([\d,]+) conflicts, ([\d,]+) gaps\. .*`statements\.csv`", text)
    assert note, text[:600]
    assert _number(note.group(1)) == len(statements) - len(rows)
    with open(tmp_path / "out" / "conflicts.csv", newline="", encoding="utf-8") as fh:
        conflicts = {row["id"] for row in csv.DictReader(fh)}
    shown = set(re.findall(r"^`(cf-[0-9a-f]+)` · statements", text, re.M))
    assert _number(note.group(2)) == len(conflicts - shown)
    # report.json, written beside it, holds everything: uncut, the file is several times bigger.
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert len(report["statements"]) == len(statements)
    assert len(text.encode()) * 3 < len(render(report, HUGE).encode())


def test_small_reports_have_no_cut_lines(tmp_path: Path) -> None:
    """A report under the limits has no cut note and no 'more ... not shown' lines."""
    report: dict[str, Any] = synthetic_report(3000)
    text = render(report, HUGE)
    assert "not shown in this file" not in text and "A large comparison" not in text
    assert len(ROW.findall(text)) == len(report["statements"])
