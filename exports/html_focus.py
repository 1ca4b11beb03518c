"""Limit the graph to one entity's neighbourhood (``--html-focus ENTITY --depth N``).

A large graph is easier to read around one entity; the entity may be
named by id, label or synonym, and a misspelt name gets a suggestion.
"""

from __future__ import annotations

from collections import defaultdict

from claimgraph.graph.errors import ClaimGraphError
from claimgraph.graph.model import ClaimSet


class FocusError(ClaimGraphError, ValueError):
    """An ``--html-focus`` entity that the claims do not mention."""


def neighbourhood(cs: ClaimSet, ends: dict[str, tuple[str, str]], focus: str,
                   depth: int) -> tuple[str, set[str]]:
    """Return the focus entity's id and the node ids within ``depth`` steps of it."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for a, b in ends.values():
        adjacent[a].add(b)
        adjacent[b].add(a)
    start = resolve_entity(cs, focus, set(adjacent))
    keep, frontier = {start}, {start}
    for _ in range(depth):
        frontier = {n for f in frontier for n in adjacent[f]} - keep
        keep |= frontier
    return start, keep


def resolve_entity(cs: ClaimSet, name: str, known: set[str]) -> str:
    """Return the id of the entity named by id, label or synonym (case-insensitive).

    Raises:
        FocusError: no entity in ``known`` has that name.
    """
    wanted = name.strip().casefold()
    for e in sorted(cs.entities, key=lambda e: e.id):
        names = {e.id, e.label, *e.synonyms}
        if e.id in known and wanted in {n.casefold() for n in names}:
            return e.id
    if name in known:
        return name
    labels = sorted(cs.label(k) for k in known if not k.startswith("measure:"))
    hint = _closest(name, labels)
    raise FocusError(
        f"--html-focus: expected an entity the claims mention (id, label or synonym), "
        f"got {name!r}" + (f" (hint: did you mean {hint!r}?)" if hint else "")
    )


def _closest(word: str, choices: list[str]) -> str:
    from rapidfuzz import process

    found = process.extractOne(word, choices)
    return found[0] if found and found[1] >= 60 else ""
