"""The JSON Schemas shipped in claimgraph/schemas describe what the code reads and writes.

Reports: the example's and one compared from documents conform, and every
key the code writes is described (conftest.py also validates every
report.json any test writes).  Project files: the example's and those
``extract`` writes conform, and the schema and the loader agree on a table
of good and bad claims, so an editor's squiggle means the same as
``claimgraph validate``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimgraph import EXAMPLE, Bundle, compare, export, load
from claimgraph.cli import main
from claimgraph.graph.findings import CONFLICT_KINDS, STATUSES
from claimgraph.graph.model import MEASURE_KINDS, Bound, EntityType
from claimgraph.graph.vocab import AREAS, PREDICATES
from claimgraph.ingest.claims import check
from claimgraph.ingest.records import CLAIM_KEYS, LEVELS, MEASURE_KEYS
from claimgraph.ingest.sources import SOURCE_KEYS
from claimgraph.ingest.vocabulary import ENTITY_KEYS
from claimgraph.schemas import FILES, load as load_schema, path

from .conftest import write
from .contracts import problems, read_data
from .ingest_pages import ASTHMA_MD, GOUT_TXT

JSON_SCHEMAS = ("report", "claims", "sources", "vocabulary")


@pytest.mark.parametrize("name", JSON_SCHEMAS)
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    """Each shipped schema is itself a valid draft 2020-12 JSON Schema."""
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def example_report(tmp_path: Path) -> dict[str, Any]:
    claims = load(EXAMPLE)
    export(Bundle(claims, compare(claims, as_of="2026-11-21")), tmp_path, ["report-json"])
    data: dict[str, Any] = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    return data


def test_example_report_conforms(tmp_path: Path) -> None:
    """The bundled example's report.json conforms to the report schema."""
    report = example_report(tmp_path)
    assert report["schema"] == "claimgraph.report/1"
    assert report["conflicts"] and report["gaps"]
    assert problems("report", report) == []


def test_report_from_documents_conforms(tmp_path: Path) -> None:
    """A report compared straight from documents (text and Markdown) conforms."""
    gout = write(tmp_path / "pages" / "gout.txt", GOUT_TXT)
    asthma = write(tmp_path / "pages" / "asthma.md", ASTHMA_MD)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["compare", str(gout), str(asthma), "--out", str(out),
                                       "--as-of", "2026-11-21"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert any(ev["start"] is not None for st in report["statements"] for ev in st["evidence"])
    assert problems("report", report) == []


def test_schema_catches_a_broken_report(tmp_path: Path) -> None:
    """Dropping a field, a wrong enum and a wrong type are each reported."""
    report = example_report(tmp_path)
    del report["statements"][0]["status"]
    report["conflicts"][0]["kind"] = "disagreement"
    report["sources"][0]["claims"] = "many"
    assert sorted(p.split(":")[0] for p in problems("report", report)) == [
        "$.conflicts[0].kind", "$.sources[0].claims", "$.statements[0]"]


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the object schemas ``node`` may be (following $ref and oneOf)."""
    if "$ref" in node:
        return _resolve(schema, schema["$defs"][node["$ref"].split("/")[-1]])
    if "oneOf" in node and "properties" not in node:
        return [s for option in node["oneOf"] for s in _resolve(schema, option)]
    return [node]


def _undescribed(schema: dict[str, Any], node: dict[str, Any], value: Any, where: str) -> set[str]:
    found: set[str] = set()
    for option in _resolve(schema, node):
        if isinstance(value, dict) and "properties" in option:
            for key, item in value.items():
                if key not in option["properties"]:
                    found.add(f"{where}.{key}")
                else:
                    found |= _undescribed(schema, option["properties"][key], item, f"{where}.{key}")
        elif isinstance(value, list) and "items" in option:
            for item in value:
                found |= _undescribed(schema, option["items"], item, f"{where}[]")
    return found


def test_every_field_the_code_writes_is_described(tmp_path: Path) -> None:
    """Every key of the example report is in the schema: allowed extras never go unnoticed."""
    schema = load_schema("report")
    assert _undescribed(schema, schema, example_report(tmp_path), "$") == set()


def test_report_enums_are_the_codes() -> None:
    """Predicates, statuses, conflict kinds, measure kinds, bounds and areas match the code."""
    d = load_schema("report")["$defs"]
    st = d["statement"]["properties"]
    assert st["predicate"]["enum"] == list(PREDICATES)
    assert st["status"]["enum"] == list(STATUSES)
    assert d["conflict"]["properties"]["kind"]["enum"] == list(CONFLICT_KINDS)
    assert set(d["measure"]["properties"]["kind"]["enum"]) == set(MEASURE_KINDS)
    assert d["measure"]["properties"]["bound"]["enum"] == [b.value for b in Bound]
    assert d["area"]["examples"] == list(AREAS)


def test_input_schemas_list_the_keys_the_loaders_accept() -> None:
    """Claim, measure, source and entity keys and their enums are the loaders'."""
    claims = load_schema("claims")["$defs"]
    assert set(claims["claim"]["properties"]) == set(CLAIM_KEYS)
    assert set(claims["measure"]["properties"]) == set(MEASURE_KEYS)
    assert set(claims["measure"]["properties"]["kind"]["enum"]) == set(MEASURE_KINDS)
    assert claims["claim"]["properties"]["predicate"]["enum"] == list(PREDICATES)
    assert claims["claim"]["properties"]["level"]["enum"] == list(LEVELS)
    assert set(claims["source"]["properties"]) == set(SOURCE_KEYS)
    assert claims["source"] == load_schema("sources")["$defs"]["source"]
    entity = load_schema("vocabulary")["$defs"]["entity"]
    assert set(entity["properties"]) == set(ENTITY_KEYS)
    assert {t.value for t in EntityType} <= set(entity["properties"]["type"]["enum"])


def _project_files(root: Path) -> list[tuple[str, Path]]:
    files = [("sources", root / "sources.yaml"), ("vocabulary", root / "vocabulary.yaml")]
    return files + [("claims", f) for f in sorted((root / "claims").glob("*.yaml"))]


def test_example_project_files_conform() -> None:
    """The bundled example's sources.yaml, vocabulary.yaml and claims files conform."""
    files = _project_files(Path(str(EXAMPLE)))
    assert len(files) == 7
    assert {str(f): problems(name, read_data(f)) for name, f in files} == {
        str(f): [] for _, f in files}


def test_files_extract_writes_conform(tmp_path: Path) -> None:
    """What extract writes (sources, vocabulary, claims with spans and confidence) conforms."""
    pages = tmp_path / "pages"
    write(pages / "gout.txt", GOUT_TXT)
    write(pages / "asthma.md", ASTHMA_MD)
    write(pages / "sources.yaml", "sources:\n"
          "  - {id: gout, file: gout.txt, publisher: Gout Society, next_review: 2027-01}\n"
          "  - {id: asthma, file: asthma.md, publisher: Lung Trust}\n")
    out = tmp_path / "project"
    result = CliRunner().invoke(main, ["extract", str(pages / "gout.txt"), str(pages / "asthma.md"),
                                       "--sources", str(pages / "sources.yaml"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    files = [(n, f) for n, f in _project_files(out) if f.exists()]
    assert [n for n, _ in files].count("claims") == 2
    written = read_data(out / "claims" / "gout.yaml")["claims"]
    assert any("confidence" in c and "start" in c for c in written)
    assert {str(f): problems(name, read_data(f)) for name, f in files} == {
        str(f): [] for _, f in files}


GOOD_AND_BAD: list[tuple[str, dict[str, Any] | list[str], bool]] = [
    ("triple", ["warfarin", "increases_risk_of", "calciphylaxis"], True),
    ("full claim", {"subject": "sodium thiosulfate", "predicate": "effective_for",
                    "object": "calciphylaxis", "negated": True, "hedged": False,
                    "section": "Treatment", "anchor": "shown to work", "start": 3, "end": 20,
                    "quote": "not shown to work", "status": "candidate",
                    "rule": "treatment-list", "confidence": 0.8, "level": "high"}, True),
    ("figure", {"subject": "calciphylaxis",
                "measure": {"kind": "mortality", "value": "80 %", "bound": "upper",
                            "horizon": "P12M"}}, True),
    ("range", {"subject": "calciphylaxis",
               "measure": {"kind": "incidence", "low": 0.01, "high": 0.04}}, True),
    ("unknown key", {"subject": "warfarin", "predicate": "causes", "object": "x",
                     "certainty": "high"}, False),
    ("unknown predicate", {"subject": "warfarin", "predicate": "incrases_risk_of",
                           "object": "x"}, False),
    ("no object", {"subject": "warfarin", "predicate": "causes"}, False),
    ("figure without kind", {"subject": "calciphylaxis", "measure": {"value": 0.5}}, False),
    ("figure of unknown kind", {"subject": "calciphylaxis",
                                "measure": {"kind": "cure rate", "value": 0.5}}, False),
    ("figure without a number", {"subject": "calciphylaxis",
                                 "measure": {"kind": "mortality"}}, False),
    ("horizon in words", {"subject": "calciphylaxis",
                          "measure": {"kind": "mortality", "value": 0.5,
                                      "horizon": "12 months"}}, False),
    ("confidence above one", {"subject": "warfarin", "predicate": "causes", "object": "x",
                              "confidence": 1.5}, False),
    ("unknown level", {"subject": "calcium", "predicate": "causes", "object": "x",
                       "level": "very high"}, False),
    ("unknown status", {"subject": "warfarin", "predicate": "causes", "object": "x",
                        "status": "maybe"}, False),
    ("figure with another predicate", {"subject": "calciphylaxis", "predicate": "causes",
                                       "measure": {"kind": "mortality", "value": 0.5}}, False),
]


@pytest.mark.parametrize("name,record,ok", GOOD_AND_BAD, ids=[g[0] for g in GOOD_AND_BAD])
def test_schema_and_loader_agree(tmp_path: Path, name: str, record: Any, ok: bool) -> None:
    """A claim the schema accepts loads; one it refuses is an error for the loader too."""
    doc = {"source": {"id": "nkf", "publisher": "National Kidney Federation"},
           "claims": [record]}
    path = write(tmp_path / "claims.json", json.dumps(doc))
    assert (problems("claims", read_data(path)) == []) is ok, name
    assert (check([path]).errors == []) is ok, name


def test_module_prints_installed_paths() -> None:
    """python -m claimgraph.schemas NAME prints the path of an existing file."""
    out = subprocess.run([sys.executable, "-m", "claimgraph.schemas", "claims"], check=True,
                         capture_output=True, text=True).stdout.strip()
    assert Path(out) == path("claims") and Path(out).is_file()
    assert all(path(name).is_file() for name in FILES)
