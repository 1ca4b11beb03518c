"""Broader/narrower links between entities, followed transitively and cycle-safe.

Vocabularies are written by hand, so a loop (``a`` broader ``b`` broader
``a``) is a mistake we must survive, not a reason to hang.  Every walk keeps
a visited set, and results are cached because the comparison asks about the
same few entities many times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .model import ClaimSet, Entity


class Hierarchy:
    """Answer "is this entity narrower than that one?" for a set of entities.

    >>> from claimgraph.graph.model import Entity
    >>> h = Hierarchy([Entity("lupus", "lupus", broader=("autoimmune-disease",)),
    ...                Entity("autoimmune-disease", "autoimmune disease", broader=("disease",))])
    >>> sorted(h.ancestors("lupus"))
    ['autoimmune-disease', 'disease']
    >>> sorted(h.descendants("disease"))
    ['autoimmune-disease', 'lupus']
    >>> h.is_narrower("lupus", "disease"), h.is_narrower("disease", "lupus")
    (True, False)
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        parents: dict[str, tuple[str, ...]] = {}
        children: dict[str, list[str]] = {}
        for entity in entities:
            broader = entity.broader
            if entity.id in broader:  # broader than itself: a slip to drop, not a loop
                broader = tuple(b for b in broader if b != entity.id)
            parents[entity.id] = broader
            for parent in broader:
                children.setdefault(parent, []).append(entity.id)
        self._parents: Mapping[str, tuple[str, ...]] = parents
        self._children: Mapping[str, tuple[str, ...]] = {
            k: tuple(sorted(set(v))) for k, v in children.items()
        }
        self._up: dict[str, frozenset[str]] = {}
        self._down: dict[str, frozenset[str]] = {}

    @classmethod
    def of(cls, claimset: ClaimSet) -> Hierarchy:
        """Return the hierarchy of a claim set's entities."""
        return cls(claimset.entities)

    @staticmethod
    def _walk(start: str, links: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
        seen: set[str] = set()
        stack = list(links.get(start, ()))
        while stack:
            node = stack.pop()
            if node in seen or node == start:
                continue
            seen.add(node)
            stack.extend(links.get(node, ()))
        return frozenset(seen)

    def links(self) -> tuple[list[str], list[str]]:
        """Return every direct narrower -> broader link, as two lists (narrower, broader).

        >>> Hierarchy([Entity("lupus", "lupus", broader=("autoimmune-disease",))]).links()
        (['lupus'], ['autoimmune-disease'])
        """
        narrower = [e for e, broader in self._parents.items() for _ in broader]
        return narrower, [b for broader in self._parents.values() for b in broader]

    def ancestors(self, entity_id: str) -> frozenset[str]:
        """Return every entity broader than ``entity_id`` (not itself)."""
        found = self._up.get(entity_id)
        if found is None:
            found = self._up[entity_id] = self._walk(entity_id, self._parents)
        return found

    def descendants(self, entity_id: str) -> frozenset[str]:
        """Return every entity narrower than ``entity_id`` (not itself)."""
        found = self._down.get(entity_id)
        if found is None:
            found = self._down[entity_id] = self._walk(entity_id, self._children)
        return found

    def related(self, entity_id: str) -> frozenset[str]:
        """Return the entity with everything broader and narrower than it."""
        return self.ancestors(entity_id) | self.descendants(entity_id) | {entity_id}

    def is_narrower(self, narrow: str, broad: str) -> bool:
        """Return True when ``narrow`` is strictly narrower than ``broad``."""
        return narrow != broad and broad in self.ancestors(narrow)
