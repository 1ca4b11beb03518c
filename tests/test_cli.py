"""The command line end to end: demo outputs, determinism, documentation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from rdflib import Dataset

from claimgraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_DEMO_FILES = {
    "claims.trig", "claims.nq", "claims.jsonld", "claims.ttl", "graph.graphml", "graph.gexf",
    "graph.html", "report.json", "report.html", "report.md", "statements.csv", "conflicts.csv",
    "gaps.csv",
}


def _demo(out: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "claimgraph", "demo", "--out", str(out),
                    "--as-of", "2026-11-21"], check=True, env=env, capture_output=True)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], ...]:
    """Two demo runs in separate processes with different hash seeds."""
    base = tmp_path_factory.mktemp("demo")
    return _demo(base / "a", "1"), _demo(base / "b", "2")


def test_demo_writes_every_output(demo_runs: tuple[dict[str, bytes], ...]) -> None:
    """`claimgraph demo` writes the RDF, graph and report files and nothing else."""
    assert set(demo_runs[0]) == EXPECTED_DEMO_FILES


def test_demo_is_byte_identical_across_runs(demo_runs: tuple[dict[str, bytes], ...]) -> None:
    """Two runs with different PYTHONHASHSEED give byte-identical files."""
    first, second = demo_runs
    differing = sorted(name for name in first if first[name] != second.get(name))
    assert differing == []


def test_demo_trig_has_one_named_graph_per_source(demo_runs: tuple[dict[str, bytes], ...]) -> None:
    """The demo's TriG holds one named graph for each of the five sources."""
    ds = Dataset()
    ds.parse(data=demo_runs[0]["claims.trig"].decode("utf-8"), format="trig")
    names = {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs()
             if "/graph/" in str(g.identifier)}
    assert {"mayo", "cleveland", "osmosis", "ccchc", "nkf"} <= names


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    return sorted(f"{prefix}{name}" for name in group.commands)


def test_every_command_is_documented() -> None:
    """Each CLI command appears in the README's CLI reference."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert isinstance(main, click.Group)
    missing = [c for c in _commands(main) if not re.search(rf"claimgraph {c}\b", readme)]
    assert missing == []


def test_readme_starts_with_the_two_commands() -> None:
    """The README's first code block is exactly the demo command and the test command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S)
    assert block is not None
    lines = block.group(1).strip().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("claimgraph demo --out out")
    assert "pytest" in lines[1] and ".[test]" in lines[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci.splitlines()


def _project(tmp_path: Path) -> Path:
    (tmp_path / "claims").mkdir(parents=True)
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: a, publisher: Alpha}\n  - {id: b, publisher: Beta}\n"
        "  - {id: quiet, publisher: Quiet Page}\n", encoding="utf-8")
    for source in ("a", "b"):
        (tmp_path / "claims" / f"{source}.yaml").write_text(
            f"source: {source}\nclaims:\n  - [smoking, increases_risk_of, gout]\n"
            "  - [gout, has_symptom, joint pain]\n", encoding="utf-8")
    return tmp_path


def test_source_without_claims_is_compared_not_dropped(tmp_path: Path) -> None:
    """A listed source with no claims stays in the report, with everything as its gaps."""
    import json

    from click.testing import CliRunner

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["compare", str(_project(tmp_path / "p")), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in report["sources"]] == ["a", "b", "quiet"]
    assert sorted(g["label"] for g in report["gaps"] if g["source"] == "quiet") == [
        "gout has symptom joint pain", "smoking increases risk of gout"]


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_query_prints_rows(tmp_path: Path, fmt: str) -> None:
    """`claimgraph query` counts the sources stating a triple, in each output format."""
    from click.testing import CliRunner

    sparql = ("SELECT ?s (COUNT(DISTINCT ?g) AS ?n) "
              "WHERE { GRAPH ?g { ?s cg:increases_risk_of ?o } } GROUP BY ?s")
    result = CliRunner().invoke(main, ["query", str(_project(tmp_path)), sparql, "--format", fmt])
    assert result.exit_code == 0, result.output
    expected = {"csv": "https://w3id.org/claimgraph/id/entity/smoking,2",
                "json": '"value": "2"', "table": "entity:smoking"}[fmt]
    assert expected in result.output


def test_bad_sparql_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """A malformed query exits 1 with the parser's complaint and a hint."""
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["query", str(_project(tmp_path)), "SELECT ?s WHERE {"])
    assert result.exit_code == 1
    assert "error:" in result.output and "hint:" in result.output
