"""Compare the figures sources give: numeric and not-comparable conflicts.

Figures of one subject (and predicate, object) in one family are grouped;
within a group, figures that can be compared (same population, and see
:meth:`Figure.comparability`) form a cluster.  A cluster in which any two
figures differ is ONE numeric conflict holding every figure of the cluster,
so a chain (A differs from B, B agrees with C) is read in one place.  Two
clusters of one group whose figures differ are a not-comparable conflict,
with the ratio of the larger figure to the smaller.

Each conflict carries its figures (:class:`Reading`: as stated and in the
family's terms, with what a figure over another period implies about the
reference period) and how each pair relates (:class:`Pair`); the sentences
are written from those by ``claimgraph.exports.report_text``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

from .conflicts import make_conflict
from .findings import (
    FIGURES,
    NOT_COMPARABLE,
    NUMERIC,
    Conflict,
    Implied,
    Pair,
    Reading,
    Side,
    Statement,
)
from .measures import (
    Figure,
    compatible,
    differs,
    incomparability,
    normalise,
    overlaps,
)
from .model import Bound, Measure
from .statements import Index


@dataclass(frozen=True, slots=True)
class Item:
    """One statement's figure and the sources that give it."""

    statement: Statement
    figure: Figure
    population: str | None  # as written, for the reader
    sources: tuple[str, ...]  # the statement's supporters

    @property
    def measure(self) -> Measure:
        return self.figure.measure


def _population(st: Statement) -> str | None:
    """Return who and where a figure is about: "people on dialysis (U.S.)"."""
    who = (st.measure.population if st.measure else None) or st.qualifiers.population
    where = st.qualifiers.setting
    if who and where:
        return f"{who} ({where})"
    return who or where


def clusters(statements: Sequence[Statement]) -> dict[tuple[object, ...], dict[tuple[object, ...],
                                                                               list[Item]]]:
    """Return supported figures by group (subject, predicate, object, family), then cluster."""
    groups: dict[tuple[object, ...], dict[tuple[object, ...], list[Item]]] = defaultdict(
        lambda: defaultdict(list))
    for st in statements:
        if st.measure is None or not st.supporters:
            continue
        population = _population(st)
        figure = normalise(st.measure, population)
        group = (st.subject, st.predicate, st.object or "", figure.family)
        groups[group][figure.comparability()].append(
            Item(st, figure, population, st.supporters))
    return groups


def numeric_agreement(statements: Sequence[Statement]) -> Iterator[tuple[str, str, bool]]:
    """Yield (source, other source, agrees) for each comparable pair of figures.

    Each pair of different statements in one cluster counts once per pair
    of different sources; equal statements are counted with the others.
    """
    for group in clusters(statements).values():
        for items in group.values():
            for x, y in combinations(items, 2):
                agree = not differs(x.figure, y.figure)
                for a in x.sources:
                    for b in y.sources:
                        if a != b:
                            yield a, b, agree


def numeric_conflicts(index: Index, statements: Sequence[Statement]) -> list[Conflict]:
    """Return numeric conflicts (per cluster) and not-comparable ones (per pair of clusters).

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence, Measure
    >>> from claimgraph.graph.statements import build_index, build_statements
    >>> index = build_index(ClaimSet(claims=tuple(
    ...     Claim("calciphylaxis", "has_measure", measure=Measure("mortality", v, horizon="P1Y"),
    ...           evidence=Evidence(s)) for s, v in (("nkf", 0.5), ("mayo", 0.8)))))
    >>> [(c.kind, c.quantity, c.horizon, c.reconcilable)
    ...  for c in numeric_conflicts(index, build_statements(index))]
    [('numeric', 'mortality', 'P1Y', False)]
    """
    found = []
    for group, by_cluster in sorted(clusters(statements).items(), key=lambda kv: str(kv[0])):
        ordered = sorted(by_cluster.values(),
                         key=lambda items: str(items[0].figure.comparability()))
        for items in ordered:
            if any(differs(x.figure, y.figure) and not _one_sentence(x, y)
                   for x, y in combinations(items, 2)):
                found.append(_numeric(group, items))
        for a, b in combinations(ordered, 2):
            conflict = _not_comparable(group, a, b)
            if conflict is not None:
                found.append(conflict)
    return found


def _one_sentence(x: Item, y: Item) -> bool:
    """Return whether two figures come from one sentence of one source only.

    "3 % die in hospital and 10 % within a year" states two things, it does
    not disagree with itself; figures from other places still count.
    """
    spans = {(c.source, c.evidence.start) for c in (*x.statement.claims, *y.statement.claims)}
    return len(spans) == 1 and next(iter(spans))[1] is not None


def _sides(items: Sequence[Item]) -> list[Side]:
    """Return one side per source, sources giving the same figures merged, highest first."""
    by_source: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for source in item.sources:
            by_source[source].append(item)
    merged: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for source, its in by_source.items():
        merged[tuple(i.statement.id for i in its)].append(source)
    ranked = []
    for ids, sources in merged.items():
        its = [i for i in items if i.statement.id in ids]
        side = Side(tuple(sorted(sources)), "", ids, FIGURES)
        ranked.append((-max(i.figure.compared_point for i in its), side.sources, side))
    return [side for *_, side in sorted(ranked)]


def reference_horizon(items: Sequence[Item]) -> float | None:
    """Return the horizon most sources give figures for (the longest on a tie)."""
    counts: dict[float | None, int] = defaultdict(int)
    for item in items:
        counts[item.figure.horizon] += len(item.sources)
    return max(counts, key=lambda h: (counts[h], h or 0.0))


def implied_at(fig: Figure, ref: float | None) -> Implied | None:
    """Return what a figure over another period implies at the reference one, if anything.

    Cumulative figures only grow: a shorter period's figure is a floor for
    the reference period, a longer one's a ceiling.  An upper end says
    nothing about a later floor, nor a lower end about an earlier ceiling.
    """
    if ref is None or fig.horizon == ref:
        return None
    shorter = (fig.horizon or 0.0) < ref
    if (shorter and fig.bound is Bound.UPPER) or (not shorter and fig.bound is Bound.LOWER):
        return None
    return Implied(ref, Bound.LOWER if shorter else Bound.UPPER, fig.point,
                   fig.bound is Bound.APPROX)


def _readings(items: Sequence[Item], ref: float | None) -> tuple[Reading, ...]:
    return tuple(Reading(i.statement.id, i.sources, i.figure, i.population,
                         implied_at(i.figure, ref)) for i in items)


def _pairs(items: Sequence[Item]) -> tuple[Pair, ...]:
    return tuple(Pair(x.statement.id, y.statement.id, differs(x.figure, y.figure),
                      compatible(x.figure, y.figure), overlaps(x.figure, y.figure))
                 for x, y in combinations(items, 2))


def _iso(items: Sequence[Item], days: float | None) -> str | None:
    """Return the horizon as one of the figures writes it (the first in sorted order)."""
    written = sorted(i.measure.horizon for i in items
                     if i.figure.horizon == days and i.measure.horizon)
    return written[0] if written and days is not None else None


def _numeric(group: tuple[object, ...], items: list[Item]) -> Conflict:
    """Return the conflict of one cluster, compared at the most common horizon."""
    subject, predicate, obj, fam = (str(g) for g in group)
    ref = reference_horizon(items)
    diffs = [(x, y) for x, y in combinations(items, 2) if differs(x.figure, y.figure)]
    owners = {s for i in items for s in i.sources}
    both = sorted({s for x, y in diffs for s in set(x.sources) & set(y.sources)}
                  ) if len(owners) > 1 else []
    reconcilable = all(compatible(x.figure, y.figure) for x, y in diffs)
    return make_conflict(
        NUMERIC, _sides(items),
        "stated-figures-differ" if reconcilable else "incompatible-figures",
        reconcilable=reconcilable, quantity=fam, subject=subject, predicate=predicate,
        object=obj or None, horizon=_iso(items, ref), population=items[0].population,
        readings=_readings(items, ref), pairs=_pairs(items), both=tuple(both))


def _not_comparable(group: tuple[object, ...], a: list[Item], b: list[Item]) -> Conflict | None:
    """Return a not-comparable conflict when two clusters' typical figures differ."""
    rep_a = sorted(a, key=lambda i: i.figure.compared_point)[(len(a) - 1) // 2]
    rep_b = sorted(b, key=lambda i: i.figure.compared_point)[(len(b) - 1) // 2]
    fa, fb = rep_a.figure, rep_b.figure
    if overlaps(fa, fb):
        return None
    big, small = (rep_a, rep_b) if fa.compared_point >= fb.compared_point else (rep_b, rep_a)
    ratio = round(big.figure.compared_point / small.figure.compared_point, 2) \
        if small.figure.compared_point else None
    subject, predicate, obj, fam = (str(g) for g in group)
    items = [*a, *b]
    horizons = {i.figure.horizon for i in items}
    common = next(iter(horizons)) if len(horizons) == 1 else None
    same_group = len({i.population for i in items}) == 1 and rep_a.population
    return make_conflict(
        NOT_COMPARABLE, _sides(items), "-".join(("different", *incomparability(fa, fb))),
        reconcilable=None, ratio=ratio, quantity=fam, subject=subject, predicate=predicate,
        object=obj or None, horizon=_iso(items, common),
        population=rep_a.population if same_group else None,
        readings=_readings(items, None), pairs=_pairs(items),
        reasons=incomparability(fa, fb), compared=(big.statement.id, small.statement.id))
