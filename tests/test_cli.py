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
