"""What each source leaves out, and how often two sources agree.

Gaps are hierarchy-aware: a source that says anything (affirms, hedges,
denies) about the statement itself, a broader or a narrower form of it
(same predicate, subject and object each equal, broader or narrower) has
covered it, so naming "autoimmune disease" is not a gap for "lupus".  Partial
support therefore counts as covering.  For a figure, any figure of the same
subject and family covers it: a different figure is a conflict, not a gap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations

from .findings import SILENT, AreaGap, Gap, Statement
from .measures import family
from .numeric import numeric_agreement
from .statements import Index, statement_label
from .vocab import AREAS, DIAGNOSIS, PREVENTION, PROGNOSIS, RISK, SYMPTOMS, TREATMENT

# Areas every page about a condition is expected to cover; other areas are
# a gap only when at least two other sources cover them.
CORE_AREAS = frozenset({RISK, SYMPTOMS, DIAGNOSIS, TREATMENT, PROGNOSIS, PREVENTION})


def _coverage(index: Index) -> dict[str, set[tuple[str, str, str]]]:
    """Return, per source, the (subject, predicate, object-or-family) it says anything about."""
    covered: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for claim in index.claims:  # a million claims: no property, no f-string without a figure
        measure = claim.measure
        target = (f"measure:{claim.object or ''}:{family(measure.kind)}"
                  if measure is not None else claim.object or "")
        covered[claim.evidence.source].add((claim.subject, claim.predicate, target))
    return covered


def _covers(index: Index, said: set[tuple[str, str, str]], st: Statement) -> bool:
    if st.measure is not None:
        return (st.subject, st.predicate,
                f"measure:{st.object or ''}:{family(st.measure.kind)}") in said
    related = index.hierarchy.related
    objects = related(st.object) if st.object else frozenset({""})
    return any((s, st.predicate, o) in said for s in related(st.subject) for o in objects)


def find_gaps(index: Index, statements: Sequence[Statement]) -> tuple[Gap, ...]:
    """Return statements that at least half of the other sources (and two) make, per silent source.

    Ranked per source by how many sources make the statement, then by label.

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence
    >>> from claimgraph.graph.statements import build_index, build_statements
    >>> said = (("mayo", "warfarin"), ("nkf", "warfarin"), ("osmosis", "obesity"))
    >>> index = build_index(ClaimSet(claims=tuple(
    ...     Claim(subject, "increases_risk_of", "calciphylaxis", evidence=Evidence(source))
    ...     for source, subject in said)))
    >>> [(g.source, g.label) for g in find_gaps(index, build_statements(index))]
    [('osmosis', 'warfarin increases risk of calciphylaxis')]
    """
    others = len(index.sources) - 1
    covered = _coverage(index)
    gaps = []
    for st in statements:
        at_most = len(st.asserts) + len(st.hedges)  # supporters, counted cheaply from above
        if at_most < 2 or 2 * at_most < others:
            continue
        backers = st.supporters
        if len(backers) < 2 or 2 * len(backers) < others:
            continue
        label = None
        for source in index.sources:
            if st.stance(source) != SILENT or _covers(index, covered[source], st):
                continue
            label = label or statement_label(st, index)
            gaps.append(Gap(source, st.id, label, backers, st.area))
    gaps.sort(key=lambda g: (g.source, -len(g.asserted_by), g.label.lower(), g.statement))
    return tuple(gaps)


def find_area_gaps(index: Index) -> tuple[AreaGap, ...]:
    """Return topic areas a source has no claim in.

    Core areas (risk factors, symptoms, diagnosis, treatment, prognosis,
    prevention) are always reported, with the sources that do cover them
    (possibly none); other areas only when two or more other sources cover them.
    """
    found = []
    for source in index.sources:
        for area in AREAS:
            covering = index.area_sources.get(area, frozenset())
            if source in covering:
                continue
            others = tuple(sorted(covering))
            if area in CORE_AREAS or len(others) >= 2:
                found.append(AreaGap(source, area, others))
    return tuple(found)


def agreement(index: Index, statements: Sequence[Statement]
              ) -> tuple[tuple[str, str, float | None], ...]:
    """Return, for each pair of sources, the share of joint statements they agree on.

    A joint statement is one both take a stance on (partial support counts
    as support); they agree when both support it or both deny it.  Figures
    count too: two comparable figures agree when within tolerance.  None
    when a pair shares nothing.  Cost: statements × (sources with a stance)².

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence
    >>> from claimgraph.graph.statements import build_index, build_statements
    >>> index = build_index(ClaimSet(claims=tuple(
    ...     Claim("warfarin", "increases_risk_of", "calciphylaxis", evidence=Evidence(source))
    ...     for source in ("mayo", "nkf"))))
    >>> agreement(index, build_statements(index))
    (('mayo', 'nkf', 1.0),)
    """
    agreed: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for st in statements:
        if len(st.claims) == 1 and not st.partial:
            continue  # one claim, one source's position: no pair (most statements)
        if len(st.asserts) + len(st.hedges) + len(st.partial) + len(st.denies) < 2:
            continue
        positions = {s: False for s in (*st.asserts, *st.hedges, *st.partial)}
        positions.update({s: True for s in st.denies})  # a denial wins, as in Statement.stance
        for (a, deny_a), (b, deny_b) in combinations(sorted(positions.items()), 2):
            total[(a, b)] += 1
            agreed[(a, b)] += deny_a == deny_b
    for a, b, agrees in numeric_agreement(statements):
        pair = (a, b) if a < b else (b, a)
        total[pair] += 1
        agreed[pair] += agrees
    return tuple(
        (a, b, round(agreed[(a, b)] / total[(a, b)], 4) if total[(a, b)] else None)
        for a, b in combinations(index.sources, 2)
    )

