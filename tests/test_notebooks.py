"""Notebooks are tutorials: committed clean, using only the public API, linked from the README."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import claimgraph

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_three_notebooks_exist() -> None:
    """One notebook per kind of user ships in notebooks/."""
    assert [p.name for p in NOTEBOOKS] == [
        "01_audit_sources.ipynb", "02_show_relationships.ipynb", "03_find_gaps.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path: Path) -> None:
    """No code cell carries outputs or an execution count (they make diffs unreadable)."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    dirty = [i for i, c in enumerate(cells)
             if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert dirty == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_uses_only_the_public_api(path: Path) -> None:
    """Notebooks import from `claimgraph` itself, and only names it exports."""
    code = "\n".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"]
                     if c["cell_type"] == "code")
    assert not re.search(r"from claimgraph\.\w+", code)
    for names in re.findall(r"from claimgraph import ([^\n]+)", code):
        for name in (n.strip() for n in names.split(",")):
            assert name in claimgraph.__all__, name


def test_readme_links_every_notebook() -> None:
    """The README links each notebook."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in NOTEBOOKS if f"notebooks/{p.name}" not in readme] == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_reads_nothing_beside_the_checkout(path: Path) -> None:
    """Notebooks run from the checkout alone (issue 12): no path into ../shared, whose pages
    are not ours to ship; nbmake runs them in the suite."""
    text = "\n".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"])
    assert "shared" not in text and "seeds" not in text
