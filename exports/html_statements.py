"""Get the statements the graph draws: the bundle's comparison, or one made now.

A bundle from ``build`` or ``compare`` carries its comparison; a bundle
made by hand in a notebook may not, and the graph should still draw.
"""

from __future__ import annotations

from collections import defaultdict

from claimgraph.graph.findings import (
    CONSENSUS,
    CONTESTED,
    MAJORITY,
    MINORITY,
    SINGLE_SOURCE,
    Comparison,
    Statement,
)
from claimgraph.graph.model import Claim, ClaimSet, ReviewStatus
from claimgraph.graph.vocab import predicate_area

from .base import Bundle


def comparison_for(bundle: Bundle) -> Comparison:
    """Return the bundle's comparison, or compare its claims now."""
    if bundle.comparison is not None:
        return bundle.comparison
    try:
        from claimgraph.graph.compare import compare
    except ModuleNotFoundError as err:  # an install without the engine still draws
        if err.name != "claimgraph.graph.compare":
            raise
        return claims_only(bundle.claims)
    return compare(bundle.claims)


def claims_only(cs: ClaimSet) -> Comparison:
    """Return statements merged from the claims alone, with counted statuses, no conflicts."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in cs.claims:
        if claim.status is ReviewStatus.ACCEPTED:
            groups[claim.statement_id].append(claim)
    covering = sorted({c.source for claims in groups.values() for c in claims})
    statements = []
    for sid, claims in sorted(groups.items()):
        first = claims[0]
        denies = sorted({c.source for c in claims if c.negated})
        asserts = sorted({c.source for c in claims if not c.negated and not c.hedged})
        hedges = sorted({c.source for c in claims if not c.negated and c.hedged} - set(asserts))
        kind = first.measure.kind if first.measure else None
        statements.append(Statement(
            id=sid, subject=first.subject, predicate=first.predicate, object=first.object,
            measure=first.measure, qualifiers=first.qualifiers,
            area=predicate_area(first.predicate, kind),
            asserts=tuple(asserts), hedges=tuple(hedges), denies=tuple(denies), partial=(),
            status=_status(len(set(asserts) | set(hedges)), bool(denies), len(covering)),
            claims=tuple(sorted(claims, key=lambda c: c.id)),
        ))
    return Comparison(topic=cs.topic, sources=tuple(s.id for s in cs.sources),
                      statements=tuple(statements), conflicts=(), gaps=(), area_gaps=(),
                      agreement=(), freshness=(), as_of="")


def _status(supporters: int, denied: bool, sources: int) -> str:
    if denied and supporters:
        return CONTESTED
    if sources > 1 and supporters == sources:
        return CONSENSUS
    if supporters <= 1:
        return SINGLE_SOURCE
    return MAJORITY if supporters * 2 > sources else MINORITY
