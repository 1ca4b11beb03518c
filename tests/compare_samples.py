"""Build small claim sets by hand for the comparison tests."""

from __future__ import annotations

import datetime as dt

from claimgraph.graph.compare import compare
from claimgraph.graph.findings import Comparison, Conflict, Statement
from claimgraph.graph.model import (
    Bound,
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    Source,
)

AS_OF = dt.date(2026, 1, 1)
NAMES = {"mayo": "Mayo Clinic", "cleveland": "Cleveland Clinic", "nkf": "NKF",
         "osmosis": "Osmosis", "ccchc": "CCCHC"}


def claim(source: str, subject: str, predicate: str, obj: str | None = None, *,
          measure: Measure | None = None, negated: bool = False, hedged: bool = False,
          level: str | None = None, population: str | None = None, setting: str | None = None,
          rejected: bool = False) -> Claim:
    """Return one claim of ``source``."""
    return Claim(subject, predicate, obj, measure,
                 Polarity.NEGATED if negated else Polarity.AFFIRMED,
                 Certainty.HEDGED if hedged else Certainty.STATED,
                 Qualifiers(population=population, setting=setting, level=level),
                 Evidence(source),
                 ReviewStatus.REJECTED if rejected else ReviewStatus.ACCEPTED)


def figure(source: str, kind: str, value: float | None = None, *, bound: Bound = Bound.APPROX,
           horizon: str | None = None, population: str | None = None,
           low: float | None = None, high: float | None = None,
           subject: str = "calciphylaxis") -> Claim:
    """Return a has_measure claim of ``source``."""
    return claim(source, subject, "has_measure",
                 measure=Measure(kind, value, low, high, bound, horizon=horizon,
                                 population=population))


def entity(entity_id: str, *broader: str, label: str | None = None) -> Entity:
    """Return an entity whose label is its id with spaces, under ``broader``."""
    return Entity(entity_id, label or entity_id.replace("-", " "), broader=broader)


def claimset(*claims: Claim, entities: tuple[Entity, ...] = (), sources: tuple[str, ...] = (),
             metadata: dict[str, dict[str, str]] | None = None) -> ClaimSet:
    """Return a claim set with named sources for every source the claims use."""
    ids = sorted({c.source for c in claims} | set(sources))
    extra = metadata or {}
    return ClaimSet(
        sources=tuple(Source(i, publisher=NAMES.get(i, i), **extra.get(i, {})) for i in ids),
        entities=entities, claims=claims, topic="calciphylaxis")


def run(*claims: Claim, entities: tuple[Entity, ...] = (), sources: tuple[str, ...] = (),
        as_of: dt.date = AS_OF) -> Comparison:
    """Compare a hand-made claim set on a fixed date."""
    return compare(claimset(*claims, entities=entities, sources=sources), as_of=as_of)


def find(result: Comparison, subject: str, predicate: str, obj: str | None = None) -> Statement:
    """Return the one statement with this subject, predicate and object."""
    (found,) = [st for st in result.statements
                if (st.subject, st.predicate, st.object) == (subject, predicate, obj)]
    return found


def sides(conflict: Conflict) -> list[tuple[tuple[str, ...], str]]:
    """Return a conflict's sides as (sources, says) pairs."""
    return [(side.sources, side.says) for side in conflict.sides]
