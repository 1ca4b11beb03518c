"""When a page was read (`accessed:` in sources.yaml) reaches the reports; bad dates are located."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.ingest.sources import load_sources

from .contracts import problems

SOURCES = """\
topic: gout
sources:
  - id: trust
    publisher: Gout Trust
    url: https://example.org/gout
    reviewed: 2025-02
    accessed: 2026-10-05
  - id: clinic
    publisher: Joint <b>Clinic</b>
    accessed: 2026-09
  - id: quiet
    publisher: Quiet Page
    url: https://example.org/quiet
"""


def _project(root: Path, sources: str = SOURCES) -> Path:
    (root / "claims").mkdir(parents=True)
    (root / "sources.yaml").write_text(sources, encoding="utf-8")
    for sid in ("trust", "clinic", "quiet"):
        (root / "claims" / f"{sid}.yaml").write_text(
            f"source: {sid}\nclaims:\n  - [purines, increases_risk_of, gout]\n", encoding="utf-8")
    return root


def _compare(project: Path, out: Path) -> CliRunner:
    result = CliRunner().invoke(main, ["compare", str(project), "--out", str(out),
                                       "--as-of", "2026-11-21",
                                       "--outputs", "report-json,report-md,report-html"])
    assert result.exit_code == 0, result.output
    return result


def test_accessed_is_read_as_an_iso_date(tmp_path: Path) -> None:
    """A full or partial accessed date is kept as written; a source without one has none."""
    _project(tmp_path)
    sources, _, found = load_sources(tmp_path / "sources.yaml")
    assert found == []
    assert {s.id: s.accessed for s in sources} == {
        "trust": "2026-10-05", "clinic": "2026-09", "quiet": None}


def test_report_json_carries_accessed_only_where_given(tmp_path: Path) -> None:
    """report.json has 'accessed' for sources that give it and no such key for the others."""
    out = tmp_path / "out"
    _compare(_project(tmp_path / "p"), out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {s["id"]: s.get("accessed", "absent") for s in report["sources"]} == {
        "trust": "2026-10-05", "clinic": "2026-09", "quiet": "absent"}
    assert problems("report", report) == []


def test_report_md_shows_accessed_beside_the_address(tmp_path: Path) -> None:
    """The Markdown sources table says when each page was read, after its address."""
    out = tmp_path / "out"
    _compare(_project(tmp_path / "p"), out)
    rows = {line.split(" | ")[0].lstrip("| "): line
            for line in (out / "report.md").read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and " | " in line}
    assert rows["trust"].endswith("| https://example.org/gout (accessed 2026-10-05) |")
    assert rows["clinic"].endswith("| accessed 2026-09 |")
    assert rows["quiet"].endswith("| https://example.org/quiet |")


def test_report_html_shows_accessed_under_the_address(tmp_path: Path) -> None:
    """The HTML sources table gives the read date as a <time>, the publisher's markup escaped."""
    out = tmp_path / "out"
    _compare(_project(tmp_path / "p"), out)
    page = (out / "report.html").read_text(encoding="utf-8")
    table = page[page.index('<section id="sources">'):]
    rows = dict(re.findall(r"<td><code>([a-z]+)</code></td>(.*?)</tr>", table, re.S))
    read = '<div class="where">accessed <time datetime="{0}">{0}</time></div>'
    assert read.format("2026-10-05") in rows["trust"]
    assert read.format("2026-09") in rows["clinic"]
    assert "accessed" not in rows["quiet"]
    assert "Joint &lt;b&gt;Clinic&lt;/b&gt;" in rows["clinic"] and "<b>" not in table


@pytest.mark.parametrize("key,value", [("accessed", "2026-11-3O"), ("accessed", "last week"),
                                       ("accessed", "2026-02-30"), ("published", "July 2023")])
def test_a_date_that_is_not_iso_is_an_error_at_its_line(tmp_path: Path, key: str,
                                                         value: str) -> None:
    """validate names the file, the line of the bad date, what was expected, and a fix."""
    text = SOURCES.replace("    accessed: 2026-09\n", f"    {key}: {value}\n")
    project = _project(tmp_path / "p", text)
    line = text.splitlines().index(f"    {key}: {value}") + 1
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 1
    assert (f"{project / 'sources.yaml'}:{line}: expected an ISO 8601 date for '{key}': "
            f"YYYY, YYYY-MM or YYYY-MM-DD, got '{value}' (hint: write ") in result.output
    assert f"e.g. {key}: 2026-07-14 (2026-07 and 2026 also work)" in result.output
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["compare", str(project), "--out", str(out)])
    assert result.exit_code != 0 and not (out / "report.json").exists()


def test_the_sources_schema_knows_accessed() -> None:
    """An editor using sources.schema.json accepts accessed like the other date keys."""
    doc = {"sources": [{"id": "trust", "accessed": "2026-10-05", "published": 2024}]}
    assert problems("sources", doc) == []
    assert problems("sources", {"sources": [{"id": "trust", "accesed": "2026-10-05"}]}) != []
