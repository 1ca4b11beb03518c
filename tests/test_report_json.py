"""report.json: canonical JSON text of the contract."""

from __future__ import annotations

import json
from pathlib import Path

from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_json import dumps, export_report_json

from . import report_sample as sample
from .test_report_data import check_contract


def test_file_is_the_contract_in_canonical_form(tmp_path: Path) -> None:
    """report.json parses back to the contract dict and is written sorted, indented, UTF-8."""
    (path,) = export_report_json(sample.bundle(), tmp_path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    check_contract(data)
    assert data == report_dict(sample.bundle())
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert text.startswith('{\n  "area_gaps": [')


def test_non_ascii_is_kept_readable() -> None:
    """Non-ASCII text (a range dash, accented names) stays as characters, not \\u escapes."""
    text = dumps({"label": "incidence 1–4 %", "name": "Sjögren"})
    assert "1–4 %" in text and "Sjögren" in text and "\\u" not in text


def test_conflicts_in_json_are_exactly_the_sample() -> None:
    """The JSON lists exactly the conflicts, kinds and sides of the comparison."""
    data = json.loads(dumps(report_dict(sample.bundle())))
    assert {(c["id"], c["kind"]) for c in data["conflicts"]} == {
        (c.id, c.kind) for c in sample.CONFLICTS}
    polarity = next(c for c in data["conflicts"] if c["kind"] == "polarity")
    assert [(s["sources"], s["says"]) for s in polarity["sides"]] == [
        (["cleveland", "osmosis"], "is used"), (["nkf"], "is not proven")]


def test_an_infinite_ratio_becomes_null() -> None:
    """A ratio against a zero figure is written as null, keeping the JSON valid."""
    from dataclasses import replace

    b = sample.bundle()
    cmp = b.comparison
    assert cmp is not None
    bad = replace(cmp, conflicts=tuple(replace(c, ratio=float("inf")) for c in cmp.conflicts))
    data = json.loads(dumps(report_dict(replace(b, comparison=bad))))
    assert {c["ratio"] for c in data["conflicts"]} == {None}
