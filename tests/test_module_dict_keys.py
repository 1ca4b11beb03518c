"""No dict literal in our own modules names one key twice.

The rule tables map a trigger's name to its steps (``rules._STEPS``, ``rules._SIDE_STEPS``),
some keys spelt out and some spread in with ``**dict.fromkeys((...), steps)``.  A second
entry for a key already there replaces the first without a word, and the first entry's
steps never run (session 41 added a side step for "symptom-list" that a spread further
down silently dropped).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for folder in ("claimgraph", "graph", "ingest", "exports")
                 for p in (ROOT / folder).rglob("*.py"))


def _keys(node: ast.Dict) -> list[object]:
    """Return a dict literal's constant keys in order, those spread in by
    ``**dict.fromkeys((...), value)`` included."""
    out: list[object] = []
    for key, value in zip(node.keys, node.values, strict=True):
        if key is None:
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                    value.func.attr == "fromkeys" and value.args and isinstance(
                        value.args[0], (ast.Tuple, ast.List)):
                out += [e.value for e in value.args[0].elts if isinstance(e, ast.Constant)]
        elif isinstance(key, ast.Constant):
            out.append(key.value)
    return out


def _keys_twice(path: Path) -> list[str]:
    """Return "key (line N)" for each key a dict literal in ``path`` names more than once."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            seen: set[object] = set()
            for key in _keys(node):
                if key in seen:
                    found.append(f"{key!r} (line {node.lineno})")
                seen.add(key)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_dict_literal_names_a_key_twice(path: Path) -> None:
    assert _keys_twice(path) == []


def test_the_check_finds_a_key_spread_in_twice(tmp_path: Path) -> None:
    """The check sees a key given once outright and once in a spread (so a pass above means
    something)."""
    module = tmp_path / "m.py"
    module.write_text('STEPS = {\n    "a": (1,),\n    **dict.fromkeys(("b", "a"), (2,)),\n}\n')
    assert _keys_twice(module) == ["'a' (line 1)"]
