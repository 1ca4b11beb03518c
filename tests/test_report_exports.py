"""Every registered report exporter: files, determinism, completeness, escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import claimgraph.exports.report_csv
import claimgraph.exports.report_html
import claimgraph.exports.report_json
import claimgraph.exports.report_md  # noqa: F401 - registers the report exporters
from claimgraph.exports.base import EXPORTERS

from . import report_sample as sample
from .test_report_data import check_contract

REPORTS = tuple(n for n in EXPORTERS.names() if n.startswith("report-"))
FILES = {
    "report-json": {"report.json"},
    "report-md": {"report.md"},
    "report-csv": {"statements.csv", "conflicts.csv", "gaps.csv"},
    "report-html": {"report.html"},
}


def _run(name: str, out: Path, bundle=None) -> dict[str, bytes]:
    paths = EXPORTERS.get(name)(bundle or sample.bundle(), out)
    assert all(p.parent == out for p in paths)
    return {p.name: p.read_bytes() for p in paths}


def test_all_report_formats_are_registered() -> None:
    """The four report outputs are offered by the exporter registry."""
    assert set(REPORTS) >= set(FILES)


@pytest.mark.parametrize("name", REPORTS)
def test_writes_its_files_and_nothing_else(name: str, tmp_path: Path) -> None:
    """An exporter writes exactly its files into the folder it is given (no temp leftovers)."""
    files = _run(name, tmp_path)
    assert set(files) == FILES[name]
    assert {p.name for p in tmp_path.iterdir()} == FILES[name]
    assert all(data.endswith(b"\n") for data in files.values())


@pytest.mark.parametrize("name", REPORTS)
def test_byte_identical_across_runs(name: str, tmp_path: Path) -> None:
    """Two runs over the same input write byte-identical files."""
    assert _run(name, tmp_path / "a") == _run(name, tmp_path / "b")


@pytest.mark.parametrize("name", REPORTS)
def test_every_statement_and_conflict_is_in_the_output(name: str, tmp_path: Path) -> None:
    """Each output names every statement id and every conflict id of the comparison."""
    text = "\n".join(d.decode("utf-8") for d in _run(name, tmp_path).values())
    for st in sample.STATEMENTS:
        assert st.id in text
    for cf in sample.CONFLICTS:
        assert cf.id in text


@pytest.mark.parametrize("name", REPORTS)
def test_hostile_text_never_becomes_markup(name: str, tmp_path: Path) -> None:
    """Markup in labels, sections, anchors and names never reaches HTML or Markdown raw."""
    files = _run(name, tmp_path, sample.hostile_bundle())
    for fname, data in files.items():
        text = data.decode("utf-8")
        if fname.endswith(".html"):
            assert "<script>alert" not in text
            assert "<img src=x" not in text
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
            assert "&lt;img src=x onerror=alert(1)&gt;" in text
            assert 'href="javascript:' not in text and 'href="data:' not in text
        if fname.endswith(".md"):
            assert re.search(r"(?<!\\)[<>]", text) is None  # every angle bracket escaped
            assert "\\<script\\>alert(1)\\</script\\>" in text
        if fname.endswith(".json"):
            check_contract(json.loads(text))  # quoted data, still valid JSON


@pytest.mark.parametrize("name", REPORTS)
def test_no_comparison_is_a_clear_error(name: str, tmp_path: Path) -> None:
    """Exporting a report without a comparison names the problem and writes nothing."""
    from claimgraph.exports.base import Bundle
    from claimgraph.exports.report_data import ReportError

    with pytest.raises(ReportError, match="comparison"):
        EXPORTERS.get(name)(Bundle(sample.bundle().claims), tmp_path)
    assert list(tmp_path.iterdir()) == []
