"""Compare the figures sources give: numeric and not-comparable conflicts.

Figures of one subject (and predicate, object) in one family are grouped;
within a group, figures that can be compared (same population, and see
:meth:`Figure.comparability`) form a cluster.  A cluster in which any two
figures differ is ONE numeric conflict holding every figure of the cluster,
so a chain (A differs from B, B agrees with C) is read in one place.  Two
clusters of one group whose figures differ are a not-comparable conflict,
with the ratio of the larger figure to the smaller.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

from .conflicts import make_conflict, says
from .findings import NOT_COMPARABLE, NUMERIC, Conflict, Side, Statement
from .measures import (
    CUMULATIVE,
    OCCURRENCE,
    Figure,
    bound_note,
    compatible,
    describe,
    differs,
    format_number,
    format_value,
    horizon_adjective,
    in_family_terms,
    incomparability,
    kind_noun,
    normalise,
    overlaps,
)
from .model import Bound, Measure
from .statements import Index, join_words
from .vocab import HAS_MEASURE, PREDICATES


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
    >>> [(c.kind, c.about) for c in numeric_conflicts(index, build_statements(index))]
    [('numeric', 'one-year mortality of calciphylaxis')]
    """
    found = []
    for group, by_cluster in sorted(clusters(statements).items(), key=lambda kv: str(kv[0])):
        ordered = sorted(by_cluster.values(),
                         key=lambda items: str(items[0].figure.comparability()))
        for items in ordered:
            if any(differs(x.figure, y.figure) and not _one_sentence(x, y)
                   for x, y in combinations(items, 2)):
                found.append(_numeric(index, group, items))
        for a, b in combinations(ordered, 2):
            conflict = _not_comparable(index, group, a, b)
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


def _about(index: Index, group: tuple[object, ...], items: Sequence[Item]) -> str:
    subject, predicate, obj, fam = (str(g) for g in group)
    horizons = {i.figure.horizon for i in items}
    noun = kind_noun(fam)
    if len(horizons) == 1 and fam in CUMULATIVE and None not in horizons:
        noun = f"{horizon_adjective(horizons.pop())} {noun}"
    if predicate != HAS_MEASURE:
        return f"{noun}: {index.label(subject)} {PREDICATES[predicate].label} {index.label(obj)}"
    if subject == index.claimset.topic:
        return "how common it is" if fam == OCCURRENCE else noun
    return f"{noun} of {index.label(subject)}"


def _sides(index: Index, items: Sequence[Item]) -> list[Side]:
    """Return one side per source, sources giving the same figures merged."""
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
        side = Side(tuple(sorted(sources)), "; ".join(_say(i) for i in its), ids)
        ranked.append((-max(i.figure.point for i in its), side.sources, side))
    return [side for *_, side in sorted(ranked)]


def _say(item: Item) -> str:
    return describe(item.measure, item.population)


def _figure_text(item: Item) -> str:
    """Return a figure in family terms, shortly: "upper-end 80 %", "about 50 %"."""
    m = in_family_terms(item.figure)
    if m.bound in (Bound.UPPER, Bound.LOWER):
        return bound_note(m.bound) + format_number(m, m.point())
    return format_value(m)


def _reference_horizon(items: Sequence[Item]) -> float | None:
    """Return the horizon most sources give figures for (the longest on a tie)."""
    counts: dict[float | None, int] = defaultdict(int)
    for item in items:
        counts[item.figure.horizon] += len(item.sources)
    return max(counts, key=lambda h: (counts[h], h or 0.0))


def _gives(index: Index, item: Item) -> str:
    phrase = _say(item)
    if item.figure.family not in CUMULATIVE:
        phrase = f"{_article(phrase)} {phrase}"
    text = f"{says(index, item.sources, 'gives')} {phrase}"
    if item.figure.converted:
        text += f", i.e. {describe(in_family_terms(item.figure), item.population)}"
    return text


def _implied(index: Index, item: Item, direct: Sequence[Item], ref: float) -> str:
    """Return what a figure at another horizon implies at the reference one, and the match."""
    fig = item.figure
    shorter = (fig.horizon or 0.0) < ref
    if (shorter and fig.bound is Bound.UPPER) or (not shorter and fig.bound is Bound.LOWER):
        return ""  # an upper end says nothing about a later floor, and vice versa
    m = in_family_terms(fig)
    word = "at least" if shorter else "at most"
    approx = "about " if m.bound is Bound.APPROX else ""
    text = (f", which implies {horizon_adjective(ref)} {kind_noun(fig.kind)} of {word} "
            f"{approx}{format_number(m, fig.point)}")
    notes = []
    for other in sorted(direct, key=lambda d: not overlaps(fig, d.figure)):
        owner = f"{index.names_of(other.sources)}'s"
        if overlaps(fig, other.figure):
            notes.append(f"consistent with {owner} figure")
            continue
        lower = fig.point < other.figure.point
        note = f"{'lower' if lower else 'higher'} than {owner} {_figure_text(other)}"
        if differs(fig, other.figure):
            note += f", which cannot be: {kind_noun(fig.kind)} only grows with time"
        notes.append(note)
    glue = "; " if any("cannot" in note for note in notes) else ", "
    return text + (" — " + glue.join(notes) if notes else "")


def _numeric(index: Index, group: tuple[object, ...], items: list[Item]) -> Conflict:
    """Return the conflict of one cluster, explained from the most common horizon."""
    about = _about(index, group, items)
    ref = _reference_horizon(items)
    direct = sorted((i for i in items if i.figure.horizon == ref),
                    key=lambda i: (-i.figure.point, i.sources, i.statement.id))
    others = sorted((i for i in items if i.figure.horizon != ref),
                    key=lambda i: (i.figure.horizon or 0.0, -i.figure.point, i.statement.id))
    owners = {s for i in items for s in i.sources}
    if len(owners) == 1:
        lead = f"{index.names_of(owners)} gives different figures for {about}: "
        short = _figure_text if len({i.figure.horizon for i in items}) == 1 else _say
        sentences = [lead + join_words(short(i) for i in direct) + "."]
    else:
        sentences = [f"The sources give different figures for {about}: "
                     + "; ".join(_gives(index, i) for i in direct) + "."]
    sentences += _pair_sentences(direct, "")
    for item in others:
        implied = _implied(index, item, direct, ref) if ref is not None else ""
        sentences.append(_gives(index, item) + implied + ".")
    for horizon in sorted({i.figure.horizon or 0.0 for i in others}):
        same = [i for i in others if (i.figure.horizon or 0.0) == horizon]
        sentences += _pair_sentences(same, f"For {horizon_adjective(horizon)} "
                                           f"{kind_noun(same[0].figure.kind)}: ")
    diffs = [(x, y) for x, y in combinations(items, 2) if differs(x.figure, y.figure)]
    if len(owners) > 1:
        for source in sorted({s for x, y in diffs for s in set(x.sources) & set(y.sources)}):
            sentences.append(f"{index.name(source)} itself gives more than one figure.")
    reconcilable = all(compatible(x.figure, y.figure) for x, y in diffs)
    return make_conflict(NUMERIC, about, _sides(index, items), " ".join(sentences),
                         "stated-figures-differ" if reconcilable else "incompatible-figures",
                         reconcilable=reconcilable)


def _pair_sentences(items: Sequence[Item], prefix: str) -> list[str]:
    """Say which figures of one horizon differ: overlapping bounds, or apart."""
    pairs = [(x, y) for x, y in combinations(items, 2) if differs(x.figure, y.figure)]
    overlapping = [f"{_figure_text(x)} vs {_figure_text(y)}" for x, y in pairs
                   if compatible(x.figure, y.figure)]
    apart = [f"{_figure_text(x)} vs {_figure_text(y)}" for x, y in pairs
             if not compatible(x.figure, y.figure)]
    found = []
    if overlapping:
        found.append(f"{prefix}the bounds overlap, but the stated figures differ: "
                     + "; ".join(overlapping) + ".")
    if apart:
        found.append(f"{prefix}these figures cannot both be right: " + "; ".join(apart) + ".")
    return [text[:1].upper() + text[1:] if not prefix else text for text in found]


def _article(phrase: str) -> str:
    return "an" if phrase[:1] in "aeiou" else "a"


def _span(fig: Figure) -> str:
    """Return the period a figure covers: "one year", "six months", "no stated period"."""
    if fig.horizon is None:
        return "no stated period"
    number, noun = horizon_adjective(fig.horizon).rsplit("-", 1)
    return f"one {noun}" if number == "one" else f"{number} {noun}s"


def _kind_phrase(fig: Figure) -> str:
    noun = kind_noun(fig.kind)
    article = _article(noun)
    if fig.horizon is None:
        return f"{article} {noun} with no time period"
    span = _span(fig)
    return f"{article} {noun} per {span[4:]}" if span.startswith("one ") else (
        f"{article} {noun} over {span}")


_MEANING = {"incidence": "counts new cases", "prevalence": "counts everyone who has it",
            "frequency": "does not say whether it counts new or existing cases"}


def _why(a: Item, b: Item, reasons: Sequence[str]) -> str:
    """Return why two figures cannot be compared, in words."""
    fa, fb = a.figure, b.figure
    parts = []
    if "kind" in reasons:
        first = f"{_kind_phrase(fa)} {_MEANING.get(fa.kind, '')}".rstrip()
        second = f"{_kind_phrase(fb)} {_MEANING.get(fb.kind, '')}".rstrip()
        parts.append(f"{first}, while {second}")
    elif "period" in reasons:
        parts.append(f"they cover different periods ({_span(fa)} vs {_span(fb)})")
    if "population" in reasons:
        parts.append(f"they are about different groups: {a.population or 'everyone'} versus "
                     f"{b.population or 'everyone'}")
    if "unit" in reasons:
        parts.append(f"they use different units ({fa.measure.unit} vs {fb.measure.unit})")
    return "; ".join(parts)


def _not_comparable(index: Index, group: tuple[object, ...], a: list[Item],
                    b: list[Item]) -> Conflict | None:
    """Return a not-comparable conflict when two clusters' typical figures differ."""
    rep_a = sorted(a, key=lambda i: i.figure.point)[(len(a) - 1) // 2]
    rep_b = sorted(b, key=lambda i: i.figure.point)[(len(b) - 1) // 2]
    fa, fb = rep_a.figure, rep_b.figure
    if overlaps(fa, fb):
        return None
    big, small = (rep_a, rep_b) if fa.point >= fb.point else (rep_b, rep_a)
    ratio = round(big.figure.point / small.figure.point, 2) if small.figure.point else None
    reasons = incomparability(fa, fb)
    times = (f"{ratio:.0f} times" if ratio >= 10 else f"{ratio:.1f} times") if ratio else (
        "far above")
    text = (f"{_gives(index, big)}; "
            f"{_gives(index, small)}. {index.names_of(big.sources)}'s figure is {times} "
            f"{index.names_of(small.sources)}'s, but the two cannot be compared directly: "
            f"{_why(big, small, reasons)}.")
    about = _about(index, group, [*a, *b])
    if len({i.population for i in (*a, *b)}) == 1 and rep_a.population:
        about += f" among {rep_a.population}"
    sides = _sides(index, [*a, *b])
    return make_conflict(NOT_COMPARABLE, about, sides, text,
                         "-".join(("different", *reasons)), reconcilable=None, ratio=ratio)

