"""Each module-level name is bound once in our own modules.

Rule work is often done on parallel branches that each add a regex beside the others; two
branches adding one under the same name merge without a conflict, and the later binding
silently replaces the earlier for every rule that uses it (it happened twice).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for folder in ("claimgraph", "graph", "ingest", "exports")
                 for p in (ROOT / folder).rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    """Return names a module binds at its top level more than once (assignments, defs,
    classes), leaving out re-bindings inside ``if``/``try`` blocks (fallbacks on purpose)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []


def test_the_check_finds_a_name_bound_twice(tmp_path: Path) -> None:
    """The check itself sees a second binding (so a pass above means something)."""
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('a')\n_B = 1\n_A = re.compile('b')\n")
    assert _bound_twice(module) == ["_A (lines 2 and 4)"]
