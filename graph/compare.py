"""Compare what the sources of a claim set say: the heart of claimgraph.

:func:`compare` is a pure function over the claims, in plain Python:
dictionaries keyed by claim key, entity and subject–object pair, so a
million claims compare in well under a minute (rdflib's SPARQL would be
10–40 times slower for the same grouping).  From 20 000 claims the
statements are grouped and their support counted on columns, with polars
(:mod:`.statements_columnar`), to the same statements.  The SPARQL queries in
``queries/`` state the same support counts over the RDF store, and
:func:`support_counts` runs them, so the two can be checked against each
other.

The rules, module by module: statements and their status
(:mod:`.statements`), figures (:mod:`.measures`, :mod:`.numeric`), other
conflicts (:mod:`.conflicts`), gaps and source agreement (:mod:`.gaps`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING
from urllib.parse import unquote

from .collector import collector_paused
from .conflicts import (
    certainty_conflicts,
    conflict_order,
    direction_conflicts,
    polarity_conflicts,
    role_conflicts,
)
from .findings import Comparison, Freshness, Statement
from .gaps import agreement, find_area_gaps, find_gaps
from .model import ClaimSet, Source
from .numeric import numeric_conflicts
from .statements import Index, build_index, build_statements

if TYPE_CHECKING:
    from .store import ClaimGraph

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def compare(cs: ClaimSet, *, as_of: dt.date | None = None) -> Comparison:
    """Compare the sources of ``cs``: statements, conflicts, gaps, agreement, freshness.

    Claims a reviewer rejected are ignored.  The result is deterministic:
    sorted everywhere, ids derived from content; ``as_of`` (default today)
    only decides which sources are overdue for review.

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence, Polarity
    >>> cs = ClaimSet(claims=(
    ...     Claim("warfarin", "increases_risk_of", "calciphylaxis", evidence=Evidence("mayo")),
    ...     Claim("warfarin", "increases_risk_of", "calciphylaxis", evidence=Evidence("nkf")),
    ...     Claim("dialysis", "effective_for", "calciphylaxis", evidence=Evidence("mayo")),
    ...     Claim("dialysis", "effective_for", "calciphylaxis", polarity=Polarity.NEGATED,
    ...           evidence=Evidence("nkf"))))
    >>> result = compare(cs, as_of=dt.date(2026, 1, 1))
    >>> [(st.subject, st.status) for st in result.statements]
    [('warfarin', 'consensus'), ('dialysis', 'contested')]
    >>> [c.kind for c in result.conflicts]
    ['polarity']
    >>> result.agreement
    (('mayo', 'nkf', 0.5),)
    """
    # The collector's scans of a heap of a million claims were half the time; it is
    # paused for the call and left as it was found (see .collector).
    with collector_paused():
        return _compare(cs, as_of or dt.date.today())


def _compare(cs: ClaimSet, as_of: dt.date) -> Comparison:
    index = build_index(cs)
    statements = build_statements(index)
    sure = trusted(statements)
    found = [
        *numeric_conflicts(index, sure),
        *polarity_conflicts(index, sure),
        *direction_conflicts(index, sure),
        *certainty_conflicts(index, sure),
        *role_conflicts(index, sure),
    ]
    # Detection returns data; the one renderer writes the words every output reads.
    from claimgraph.exports.report_text import word_conflicts

    conflicts = word_conflicts(found, index, statements)
    conflicts.sort(key=conflict_order)  # ranked: what a reader acts on first
    return Comparison(
        topic=cs.topic,
        sources=index.sources,
        statements=statements,
        conflicts=tuple(conflicts),
        gaps=find_gaps(index, statements),
        area_gaps=find_area_gaps(index),
        agreement=agreement(index, statements),
        freshness=freshness(index, as_of),
        as_of=as_of.isoformat(),
    )


def trusted(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """Return the statements sure enough to take part in a conflict.

    A statement counts when one of its claims is curated or extracted with
    enough confidence, and its figure (if any) has a known quantity: a
    shaky reading of one page must not be reported as a disagreement.
    """
    found = []
    for st in statements:
        if st.measure is not None and st.measure.kind == "unknown":
            continue
        claims = st.claims
        if len(claims) == 1:  # most statements: no generator to start for one claim
            if claims[0].evidence.trusted:
                found.append(st)
        elif any(c.evidence.trusted for c in claims):
            found.append(st)
    return tuple(found)


def parse_date(text: str | None) -> dt.date | None:
    """Return the first day a (possibly partial) ISO date stands for, or None.

    >>> parse_date("2026-07"), parse_date("2026"), parse_date("soon")
    (datetime.date(2026, 7, 1), datetime.date(2026, 1, 1), None)
    """
    match = _DATE.match(text.strip()) if text else None
    if match is None:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def freshness(index: Index, as_of: dt.date) -> tuple[Freshness, ...]:
    """Return, per source, whether its next-review date is before ``as_of``.

    A partial date means the first day of its period, so "2026-07" is due
    on 1 July 2026 and overdue from the next day.  ``last_dated``
    is the latest of its reviewed, modified and published dates.
    """
    known = {s.id: s for s in index.claimset.sources}
    found = []
    for source_id in index.sources:
        src = known.get(source_id, Source(source_id))
        due = parse_date(src.next_review)
        dated = [(d, text) for text in (src.reviewed, src.modified, src.published)
                 if (d := parse_date(text)) is not None and text]
        found.append(Freshness(source_id, src.next_review, max(dated)[1] if dated else None,
                               due is not None and due < as_of))
    return tuple(found)


def _query(name: str) -> str:
    return resources.files(__package__).joinpath("queries", name).read_text(encoding="utf-8")


def support_counts(claimgraph: ClaimGraph) -> dict[tuple[str, str, str], int]:
    """Return how many sources affirm each (subject, predicate, object), by SPARQL.

    Runs ``queries/statement_support.rq`` (a GROUP BY over the per-source
    named graphs); ids are the entity ids and predicate names.  Hedged and
    qualified claims are bare triples in their source's graph, so they count.
    """
    from .sparql import query

    _, rows = query(claimgraph, _query("statement_support.rq"))
    entity = claimgraph.prefixes()["entity"]
    cg = claimgraph.prefixes()["cg"]
    counts = {}
    for s, p, o, n in rows:
        if s and p and o and n and o.startswith(entity) and p.startswith(cg):
            key = (_local(s, entity), p[len(cg):], _local(o, entity))
            counts[key] = int(n)
    return counts


def absent_from(claimgraph: ClaimGraph, source: str, other: str) -> list[tuple[str, str, str]]:
    """Return the affirmed triples of ``source`` that ``other`` does not state, by SPARQL.

    Runs ``queries/absent_from.rq`` with the two graphs bound through its
    ``VALUES`` placeholders.
    """
    from .sparql import query

    text = Template(_query("absent_from.rq")).substitute(
        source=f"<{claimgraph.source_graph(source)}>", other=f"<{claimgraph.source_graph(other)}>")
    _, rows = query(claimgraph, text)
    entity = claimgraph.prefixes()["entity"]
    cg = claimgraph.prefixes()["cg"]
    return [(_local(s, entity), p[len(cg):], _local(o, entity)) for s, p, o in rows
            if s and p and o and o.startswith(entity)]


def _local(iri: str, prefix: str) -> str:
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) else iri
