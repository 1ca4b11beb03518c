"""Claim files: every format loads to the same claims; bad input is located and complete."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.graph.errors import ValidationError
from claimgraph.graph.model import Bound, Certainty, Polarity
from claimgraph.ingest.claims import check, load
from claimgraph.ingest.readers import READERS
from claimgraph.ingest.sources import load_sources

from .conftest import write

ISSUE_EXAMPLE = """\
source: {id: nkf, publisher: National Kidney Federation, title: Calciphylaxis}
claims:
  - [warfarin, increases_risk_of, calciphylaxis]
  - {subject: sodium thiosulfate, predicate: effective_for, object: calciphylaxis, negated: true, section: What can be done, anchor: "shown to work"}
  - {subject: calciphylaxis, measure: {kind: mortality, value: 0.5, bound: approx, horizon: P12M}, anchor: "5 out of 10"}
"""  # noqa: E501

CSV_EXAMPLE = """\
source,subject,predicate,object,negated,section,anchor,measure_kind,value,bound,horizon
nkf,warfarin,increases_risk_of,calciphylaxis,,,,,,,
nkf,sodium thiosulfate,effective_for,calciphylaxis,true,What can be done,shown to work,,,,
nkf,calciphylaxis,,,,,5 out of 10,mortality,0.5,approx,P12M
"""

JSON_EXAMPLE = """\
{"source": {"id": "nkf", "publisher": "National Kidney Federation", "title": "Calciphylaxis"},
 "claims": [
  ["warfarin", "increases_risk_of", "calciphylaxis"],
  {"subject": "sodium thiosulfate", "predicate": "effective_for", "object": "calciphylaxis",
   "negated": true, "section": "What can be done", "anchor": "shown to work"},
  {"subject": "calciphylaxis", "anchor": "5 out of 10",
   "measure": {"kind": "mortality", "value": 0.5, "bound": "approx", "horizon": "P12M"}}
 ]}
"""


def _content(cs):  # what a claim says and how, without file/line provenance
    return {(c.source, c.subject, c.predicate, c.object, c.measure, c.polarity, c.certainty,
             c.evidence.section, c.evidence.anchor) for c in cs.claims}


def test_issue_example_loads(tmp_path: Path) -> None:
    """The claims file from the issue loads into three claims with polarity and a measure."""
    cs = load(write(tmp_path / "claims.yaml", ISSUE_EXAMPLE))
    assert [s.id for s in cs.sources] == ["nkf"]
    by_pred = {c.predicate: c for c in cs.claims}
    assert by_pred["effective_for"].polarity is Polarity.NEGATED
    assert by_pred["effective_for"].subject == "sodium-thiosulfate"
    m = by_pred["has_measure"].measure
    assert (m.kind, m.value, m.bound, m.horizon) == ("mortality", 0.5, Bound.APPROX, "P12M")
    assert by_pred["increases_risk_of"].certainty is Certainty.STATED
    assert by_pred["effective_for"].evidence.origin == "claims.yaml:4"


@pytest.mark.parametrize("fmt, text", [("csv", CSV_EXAMPLE),
                                       ("tsv", CSV_EXAMPLE.replace(",", "\t")),
                                       ("json", JSON_EXAMPLE)])
def test_formats_give_same_claims(tmp_path: Path, fmt: str, text: str) -> None:
    """CSV, TSV and JSON claim files load to the same claims as the YAML file."""
    yaml_cs = load(write(tmp_path / "claims.yaml", ISSUE_EXAMPLE))
    other = load(write(tmp_path / f"claims.{fmt}", text))
    assert _content(other) == _content(yaml_cs)


def test_every_registered_reader_is_offered() -> None:
    """The registry offers the record formats and claimgraph's own RDF."""
    assert {"yaml", "json", "csv", "tsv", "trig", "nq"} <= set(READERS.names())


def test_unknown_predicate_on_line_3_exits_1(tmp_path: Path, monkeypatch) -> None:
    """`claimgraph validate` exits 1 and names claims.yaml:3 for an unknown predicate."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "claims.yaml", ISSUE_EXAMPLE.replace("increases_risk_of", "raises"))
    result = CliRunner().invoke(main, ["validate", "claims.yaml"])
    assert result.exit_code == 1
    assert "claims.yaml:3: expected a known predicate, got 'raises'" in result.output


def test_valid_file_exits_0(tmp_path: Path, monkeypatch) -> None:
    """`claimgraph validate` exits 0 on a good file and counts its claims."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "claims.yaml", ISSUE_EXAMPLE)
    result = CliRunner().invoke(main, ["validate", "claims.yaml"])
    assert result.exit_code == 0, result.output
    assert "ok: 3 claims from 1 sources" in result.output


def test_all_problems_listed_with_lines(tmp_path: Path) -> None:
    """Every problem in a file is reported, each at the line of its claim, with a hint."""
    text = """\
source: nkf
claims:
  - [warfarin, incrases_risk_of, calciphylaxis]
  - {subject: calciphylaxis, measure: {kind: mortality, value: 1.5, horizon: 12 months}}
  - {subject: calciphylaxis, measure: {kind: count, value: -3}}
  - {subject: dialysis, predicate: used_for, object: calciphylaxis, hedgd: true}
  - {subject: x, predicate: causes, object: y, source: nobody}
"""
    write(tmp_path / "sources.yaml", "sources:\n  - id: nkf\n  - id: mayo\n  - id: nkf\n")
    write(tmp_path / "claims" / "nkf.yaml", text)
    result = check([tmp_path])
    assert result.claimset is None
    got = {(Path(p.file).name, p.line, p.expected) for p in result.errors}
    assert got == {
        ("sources.yaml", 4, "unique source ids"),
        ("nkf.yaml", 3, "a known predicate"),
        ("nkf.yaml", 4, "a proportion between 0 and 1 for mortality"),
        ("nkf.yaml", 4, "an ISO 8601 duration for 'horizon'"),
        ("nkf.yaml", 5, "a non-negative value"),
        ("nkf.yaml", 6, "a claim key"),
        ("nkf.yaml", 7, "a source id from the sources manifest"),
    }
    hints = {p.line: p.hint for p in result.errors if p.file.endswith("nkf.yaml")}
    assert hints[3] == "did you mean 'increases_risk_of'?"
    assert hints[6] == "did you mean 'hedged'?"


def test_bad_files_are_located(tmp_path: Path) -> None:
    """Malformed YAML, malformed CSV, non-UTF-8 and missing files each name file and line."""
    write(tmp_path / "a.yaml", "source: x\nclaims:\n  - [a, causes, b]\n  - {subject: a\n")
    write(tmp_path / "b.csv", "source,subject,predicate,object\nx,a,causes,b\nx,\"a,causes\n")
    (tmp_path / "c.yaml").write_bytes(b"source: x\nclaims:\n  - [a, causes, \xff]\n")
    result = check([tmp_path / n for n in ("a.yaml", "b.csv", "c.yaml", "d.yaml")])
    got = {(Path(p.file).name, p.line, p.expected) for p in result.errors}
    assert got == {("a.yaml", 5, "well-formed YAML"), ("b.csv", 3, "well-formed CSV"),
                   ("c.yaml", 3, "UTF-8 text"),
                   ("d.yaml", None, "an existing file or project folder")}


def test_vocabulary_cycle_is_located(tmp_path: Path) -> None:
    """A broader cycle (A broader B broader A) is an error at the first entity's line."""
    write(tmp_path / "vocabulary.yaml", """\
entities:
  - {label: alpha, type: condition, broader: [beta]}
  - {label: beta, type: condition, broader: [alpha]}
""")
    write(tmp_path / "claims" / "s.yaml", "source: s\nclaims:\n  - [alpha, causes, gamma]\n")
    result = check([tmp_path])
    assert [(p.line, p.expected, p.got) for p in result.errors] == [
        (2, "a broader hierarchy without cycles", "the cycle alpha → beta → alpha")]


def test_resolution_is_case_plural_punctuation_insensitive(tmp_path: Path) -> None:
    """Labels and synonyms resolve whatever their case, plural or punctuation; others are new."""
    write(tmp_path / "vocabulary.yaml", """\
entities:
  - {label: end-stage kidney disease, type: condition, synonyms: [ESKD, ESRD]}
  - {label: blood clot, type: symptom}
""")
    write(tmp_path / "claims" / "s.yaml", """\
source: s
claims:
  - [End Stage Kidney Disease, has_symptom, Blood-Clots]
  - [eskd, has_symptom, blood clot]
  - [E.S.R.D., has_symptom, itchy skin]
""")
    result = check([tmp_path])
    cs = result.claimset
    assert cs is not None
    assert {(c.subject, c.object) for c in cs.claims} == {
        ("end-stage-kidney-disease", "blood-clot"), ("end-stage-kidney-disease", "itchy-skin")}
    assert cs.new_entities == ("itchy-skin",)
    assert any(p.severity == "note" and "itchy skin" in p.file for p in result.warnings)


def test_inverse_predicate_is_turned_round(tmp_path: Path) -> None:
    """'X treated_by Y' and 'Y used_for X' are the same claim."""
    cs = load(write(tmp_path / "c.yaml",
                    "source: s\nclaims:\n  - [calciphylaxis, treated_by, dialysis]\n"))
    (claim,) = cs.claims
    assert (claim.subject, claim.predicate, claim.object) == ("dialysis", "used_for",
                                                              "calciphylaxis")


def test_seed_manifest_loads_as_is(seeds: Path) -> None:
    """The seeds' sources.yaml loads unchanged, with dates kept as the page gives them."""
    sources, _, problems = load_sources(seeds / "sources.yaml")
    assert problems == []
    by_id = {s.id: s for s in sources}
    assert set(by_id) == {"mayo", "cleveland", "osmosis", "ccchc", "nkf"}
    assert by_id["nkf"].next_review == "2026-07"
    assert by_id["nkf"].authors == ("Smeeta Sinha", "Sharon Huish")
    assert by_id["mayo"].reviewed == "2024-03-04"


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    """The library raises one ValidationError (a ValueError) carrying every problem."""
    path = write(tmp_path / "c.yaml", "source: s\nclaims:\n  - [a, bogus, b]\n  - [a, nope, b]\n")
    with pytest.raises(ValueError) as info:
        load(path)
    assert isinstance(info.value, ValidationError)
    assert [p.line for p in info.value.problems] == [3, 4]


def test_nothing_written_when_invalid(tmp_path: Path) -> None:
    """`claimgraph build` on a bad file exits 1 and writes nothing."""
    path = write(tmp_path / "c.yaml", "source: s\nclaims:\n  - [a, bogus, b]\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert not out.exists() or list(out.iterdir()) == []


def test_repeated_claim_is_kept_once_with_a_warning(tmp_path: Path) -> None:
    """A claim written twice loads once and the repeat is reported at its line."""
    path = write(tmp_path / "c.yaml",
                 "source: s\nclaims:\n  - [a, causes, b]\n  - [c, causes, d]\n  - [a, causes, b]\n")
    result = check([path])
    assert result.claimset is not None
    assert len(result.claimset.claims) == 2
    assert [(p.line, p.got) for p in result.warnings if p.severity == "warning"] == [
        (5, "a repeat of the claim at c.yaml:3")]


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld", "turtle"])
def test_rdf_written_by_claimgraph_loads_back(tmp_path: Path, fmt: str) -> None:
    """Claims exported as RDF load back through the claim-file loader unchanged."""
    from claimgraph import EXAMPLE, Bundle, export

    original = load(EXAMPLE)
    (path,) = export(Bundle(original), tmp_path, [fmt])
    again = load(path)
    assert set(again.claims) == set(original.claims)
    assert again.sources == original.sources
