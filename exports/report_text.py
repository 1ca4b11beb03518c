"""Write conflicts in words: the one renderer of what the comparison found.

Detection (``graph/conflicts.py``, ``graph/numeric.py``) returns data —
kind, sides with roles, figures as stated and normalised, how each pair of
figures relates, a reason code.  Here that data becomes English: what a
conflict is ``about``, a one-line ``verdict``, the ``explanation`` and what
each side ``says``.  :func:`claimgraph.graph.compare.compare` calls
:func:`word_conflicts`, so every output (report.json, report.html and .md,
the CSV files, graph.html, the RDF findings) reads the same sentences, and
rewording never touches detection.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from claimgraph.graph.findings import (
    AFFIRMS,
    CERTAINTY,
    DENIES_IT,
    DIRECTION,
    HEDGES_IT,
    NARROWER,
    NOT_COMPARABLE,
    NUMERIC,
    POLARITY,
    ROLE,
    STATES,
    Conflict,
    Pair,
    Reading,
    Side,
    Statement,
)
from claimgraph.graph.measures import (
    CUMULATIVE,
    OCCURRENCE,
    Figure,
    bound_note,
    describe,
    format_number,
    format_value,
    horizon_adjective,
    horizon_days,
    in_family_terms,
    kind_noun,
)
from claimgraph.graph.model import Bound
from claimgraph.graph.statements import Index, join_words, statement_label
from claimgraph.graph.vocab import HAS_MEASURE, PREDICATES

_PLURAL = {"says": "say", "states": "state", "gives": "give", "takes": "take",
           "suggests": "suggest", "only suggests": "only suggest", "denies": "deny",
           "affirms": "affirm"}
_MEANING = {"incidence": "counts new cases", "prevalence": "counts everyone who has it",
            "frequency": "does not say whether it counts new or existing cases"}
_REASON_WORDS = {"kind": "different kinds of figure", "population": "different groups of people",
                 "period": "different periods", "unit": "different units"}


class Words:
    """What the renderer needs besides a conflict: labels, names, the statements."""

    def __init__(self, index: Index, statements: Iterable[Statement]) -> None:
        self.index = index
        self.statements: Mapping[str, Statement] = {st.id: st for st in statements}

    def label(self, entity_id: str | None) -> str:
        return self.index.label(entity_id)

    def st(self, statement_id: str) -> Statement:
        return self.statements[statement_id]

    def says(self, sources: Iterable[str], verb: str = "says") -> str:
        """Return "Mayo Clinic says" or "Mayo Clinic and Osmosis say"."""
        chosen = sorted(set(sources))
        return f"{self.index.names_of(chosen)} {verb if len(chosen) == 1 else _PLURAL[verb]}"


def word_conflicts(conflicts: Iterable[Conflict], index: Index,
                   statements: Iterable[Statement]) -> list[Conflict]:
    """Return the conflicts with ``about``, ``verdict``, ``explanation`` and ``says`` written."""
    words = Words(index, statements)
    return [word_conflict(cf, words) for cf in conflicts]


def word_conflict(cf: Conflict, words: Words) -> Conflict:
    """Return one conflict in words (its data unchanged)."""
    writer = _WRITERS.get(cf.kind)
    if writer is None:
        return cf
    about, explanation, says = writer(cf, words)
    sides = tuple(replace(side, says=text) for side, text in zip(cf.sides, says, strict=True))
    worded = replace(cf, about=about, explanation=explanation, sides=sides)
    return replace(worded, verdict=verdict(worded, words))


# --- verdicts: one line a reader acts on -------------------------------------------


def verdict(cf: Conflict, words: Words) -> str:
    """Return a conflict's one-line verdict in plain words."""
    if cf.kind == NUMERIC:
        if cf.reconcilable is False:
            return f"These figures for {cf.about} cannot both be right."
        return f"The figures for {cf.about} differ, but both can be true."
    if cf.kind == NOT_COMPARABLE:
        why = join_words(_REASON_WORDS.get(r, r) for r in cf.reasons) or "different figures"
        return f"Not directly comparable: {why}."
    roles = _by_role(cf)
    if cf.kind == POLARITY:
        if cf.internal:
            return f"{words.index.names_of(cf.sources)} says both yes and no."
        no = words.says(roles.get(DENIES_IT, ()), "says")
        if AFFIRMS in roles:
            return f"{words.says(roles[AFFIRMS], 'says')} yes; {no} no."
        return (f"{words.says(roles.get(DENIES_IT, ()), 'denies')} it for the whole class; "
                f"{words.says(roles.get(NARROWER, ()), 'affirms')} it for narrower kinds.")
    if cf.kind == DIRECTION:
        return (f"High and low {words.label(cf.subject)} are both said to raise the risk of "
                f"{words.label(cf.object)}.")
    if cf.kind == ROLE:
        return f"{_capital(words.label(cf.subject))} is called both a risk and a treatment."
    if cf.kind == CERTAINTY:
        return (f"{words.says(roles.get(STATES, ()), 'states')} it; "
                f"{words.says(roles.get(HEDGES_IT, ()), 'only suggests')} it.")
    return ""


def _by_role(cf: Conflict) -> dict[str, tuple[str, ...]]:
    roles: dict[str, set[str]] = defaultdict(set)
    for side in cf.sides:
        roles[side.role].update(side.sources)
    return {role: tuple(sorted(sources)) for role, sources in roles.items()}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- polarity, direction, certainty, role -----------------------------------------

Worded = tuple[str, str, list[str]]  # about, explanation, each side's says


def _voices(words: Words, st: Statement) -> str:
    """Return "A says that X", "B suggests that X" or both, for a statement's backers."""
    label = statement_label(st, words.index)
    parts = []
    if st.asserts:
        parts.append(f"{words.says(st.asserts)} that {label}")
    if st.hedges:
        hedgers = words.says(st.hedges, "suggests")
        parts.append(f"{hedgers} that {label}" if not parts else f"{hedgers} it")
    return " and ".join(parts) if len(parts) < 2 else f"{parts[0]} ({parts[1]})"


def _polarity(cf: Conflict, words: Words) -> Worded:
    index = words.index
    (denial,) = [words.st(s.statements[0]) for s in cf.sides if s.role == DENIES_IT]
    backed = [words.st(s.statements[0]) for s in cf.sides if s.role == AFFIRMS]
    members = [words.st(s.statements[0]) for s in cf.sides if s.role == NARROWER]
    label = statement_label(denial, index)
    negative = statement_label(denial, index, negated=True)
    sources = set(cf.sources)
    if len(sources) == 1:
        said = f"{label}, and also that {negative}" if backed else negative
        text = f"{index.names_of(sources)} contradicts itself: it says that {said}"
    elif backed:
        text = f"{_voices(words, denial)}; {words.says(denial.denies)} that {negative}"
    else:
        text = f"{words.says(denial.denies)} that {negative}"
    text += "."
    if members:
        kinds = _group_subjects(words, members)
        text += (f" It is affirmed for narrower kinds of {index.label(denial.subject)}: "
                 + "; ".join(f"by {index.names_of(who)} for {what}" for who, what in kinds)
                 + ".")
    if cf.both and len(sources) > 1:
        text += f" {words.says(cf.both, 'takes')} both positions."
    says = [negative if side.role == DENIES_IT else
            statement_label(words.st(side.statements[0]), index) for side in cf.sides]
    return label, text, says


def _group_subjects(words: Words, members: Sequence[Statement]) -> list[tuple[tuple[str, ...],
                                                                              str]]:
    """Return (sources, "a, b and c") for the narrower subjects each set of sources names."""
    named: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for st in members:
        text = words.label(st.subject) + (f" (in {st.qualifiers.population})"
                                          if st.qualifiers.population else "")
        if text not in named[st.supporters]:
            named[st.supporters].append(text)
    return [(who, join_words(sorted(what, key=str.lower)))
            for who, what in sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def _direction(cf: Conflict, words: Words) -> Worded:
    says = [statement_label(words.st(side.statements[0]), words.index) for side in cf.sides]
    parts = [f"{words.says(side.sources)} that {text}" for side, text in zip(cf.sides, says,
                                                                           strict=True)]
    subject, obj = words.label(cf.subject), words.label(cf.object)
    text = ("; ".join(parts) + f". Opposite levels of {subject} are both "
            f"said to raise the risk of {obj}; both can hold (risk at "
            "either extreme), but the advice a reader takes away differs.")
    return f"{subject} levels and {obj}", text, says


def _certainty(cf: Conflict, words: Words) -> Worded:
    st = words.st(cf.statements[0])
    label = statement_label(st, words.index)
    text = (f"{words.says(st.asserts, 'states')} firmly that {label}; "
            f"{words.says(st.hedges, 'only suggests')} it.")
    return label, text, [label if side.role == STATES else f"perhaps {label}"
                         for side in cf.sides]


def _role(cf: Conflict, words: Words) -> Worded:
    about = words.label(cf.subject)
    groups = [[words.st(s) for s in side.statements] for side in cf.sides]
    entities = {st.subject for group in groups for st in group}
    says = ["; ".join(statement_label(st, words.index) for st in group) for group in groups]
    parts = ["; ".join(_voices(words, st) for st in group) for group in groups]
    kinds = "" if entities == {cf.subject} else ", or a kind of it,"
    text = (f"{_capital(about)}{kinds} appears both as "
            f"a risk and as a treatment. As a risk: {parts[0]}. As a treatment: {parts[1]}. "
            "Both can be true (a different form, dose or stage), but a reader should see the "
            "two side by side.")
    return about, text, says


# --- figures ------------------------------------------------------------------------


class _Figures:
    """A numeric or not-comparable conflict's figures, looked up by statement."""

    def __init__(self, cf: Conflict) -> None:
        self.readings = cf.readings
        self.by_id = {r.statement: r for r in cf.readings}
        self.pairs: dict[frozenset[str], Pair] = {frozenset((p.a, p.b)): p for p in cf.pairs}

    def pair(self, x: Reading, y: Reading) -> Pair:
        return self.pairs[frozenset((x.statement, y.statement))]


def _about_figures(cf: Conflict, words: Words) -> str:
    fam = cf.quantity or ""
    horizons = {r.figure.horizon for r in cf.readings}
    noun = kind_noun(fam)
    if len(horizons) == 1 and fam in CUMULATIVE and None not in horizons:
        noun = f"{horizon_adjective(horizons.pop())} {noun}"
    if cf.predicate != HAS_MEASURE:
        predicate = PREDICATES[cf.predicate].label if cf.predicate in PREDICATES else str(
            cf.predicate)
        return f"{noun}: {words.label(cf.subject)} {predicate} {words.label(cf.object)}"
    if cf.subject == words.index.claimset.topic:
        return "how common it is" if fam == OCCURRENCE else noun
    return f"{noun} of {words.label(cf.subject)}"


def _say(r: Reading) -> str:
    return describe(r.figure.measure, r.population)


def _figure_text(r: Reading) -> str:
    """Return a figure in family terms, shortly: "upper-end 80 %", "about 50 %"."""
    m = in_family_terms(r.figure)
    if m.bound in (Bound.UPPER, Bound.LOWER):
        return bound_note(m.bound) + format_number(m, m.point())
    return format_value(m)


def _article(phrase: str) -> str:
    return "an" if phrase[:1] in "aeiou" else "a"


def _gives(words: Words, r: Reading) -> str:
    phrase = _say(r)
    if r.figure.family not in CUMULATIVE:
        phrase = f"{_article(phrase)} {phrase}"
    text = f"{words.says(r.sources, 'gives')} {phrase}"
    if r.figure.converted:
        text += f", i.e. {describe(in_family_terms(r.figure), r.population)}"
    return text


def _implied(words: Words, figs: _Figures, r: Reading, direct: Sequence[Reading]) -> str:
    """Return what a figure at another horizon implies at the reference one, and the match."""
    implied = r.implied
    if implied is None:
        return ""
    fig = r.figure
    m = in_family_terms(fig)
    word = "at least" if implied.bound is Bound.LOWER else "at most"
    approx = "about " if implied.approx else ""
    text = (f", which implies {horizon_adjective(implied.horizon)} {kind_noun(fig.kind)} of "
            f"{word} {approx}{format_number(m, implied.point)}")
    notes = []
    for other in sorted(direct, key=lambda d: not figs.pair(r, d).overlaps):
        pair = figs.pair(r, other)
        owner = f"{words.index.names_of(other.sources)}'s"
        if pair.overlaps:
            notes.append(f"consistent with {owner} figure")
            continue
        lower = fig.compared_point < other.figure.compared_point
        note = f"{'lower' if lower else 'higher'} than {owner} {_figure_text(other)}"
        if pair.differs:
            note += f", which cannot be: {kind_noun(fig.kind)} only grows with time"
        notes.append(note)
    glue = "; " if any("cannot" in note for note in notes) else ", "
    return text + (" — " + glue.join(notes) if notes else "")


def _pair_sentences(figs: _Figures, readings: Sequence[Reading], prefix: str) -> list[str]:
    """Say which figures of one horizon differ: overlapping bounds, or apart."""
    pairs = [(x, y, figs.pair(x, y)) for i, x in enumerate(readings) for y in readings[i + 1:]]
    pairs = [(x, y, p) for x, y, p in pairs if p.differs]
    overlapping = [f"{_figure_text(x)} vs {_figure_text(y)}" for x, y, p in pairs if p.compatible]
    apart = [f"{_figure_text(x)} vs {_figure_text(y)}" for x, y, p in pairs if not p.compatible]
    found = []
    if overlapping:
        found.append(f"{prefix}the bounds overlap, but the stated figures differ: "
                     + "; ".join(overlapping) + ".")
    if apart:
        found.append(f"{prefix}these figures cannot both be right: " + "; ".join(apart) + ".")
    return [_capital(text) if not prefix else text for text in found]


def _side_says(cf: Conflict) -> list[str]:
    """Return what each side of a figures conflict says, in the conflict's figure order."""
    return ["; ".join(_say(r) for r in cf.readings if r.statement in side.statements)
            for side in cf.sides]


def _numeric(cf: Conflict, words: Words) -> Worded:
    """Explain a cluster of figures from its reference horizon."""
    figs = _Figures(cf)
    about = _about_figures(cf, words)
    ref = horizon_days(cf.horizon)
    direct = sorted((r for r in cf.readings if r.figure.horizon == ref),
                    key=lambda r: (-r.figure.compared_point, r.sources, r.statement))
    others = sorted((r for r in cf.readings if r.figure.horizon != ref),
                    key=lambda r: (r.figure.horizon or 0.0, -r.figure.compared_point,
                                   r.statement))
    owners = {s for r in cf.readings for s in r.sources}
    if len(owners) == 1:
        lead = f"{words.index.names_of(owners)} gives different figures for {about}: "
        short: Callable[[Reading], str] = (
            _figure_text if len({r.figure.horizon for r in cf.readings}) == 1 else _say)
        sentences = [lead + join_words(short(r) for r in direct) + "."]
    else:
        sentences = [f"The sources give different figures for {about}: "
                     + "; ".join(_gives(words, r) for r in direct) + "."]
    sentences += _pair_sentences(figs, direct, "")
    for r in others:
        sentences.append(_gives(words, r) + _implied(words, figs, r, direct) + ".")
    for horizon in sorted({r.figure.horizon or 0.0 for r in others}):
        same = [r for r in others if (r.figure.horizon or 0.0) == horizon]
        sentences += _pair_sentences(figs, same, f"For {horizon_adjective(horizon)} "
                                                 f"{kind_noun(same[0].figure.kind)}: ")
    for source in cf.both:
        sentences.append(f"{words.index.name(source)} itself gives more than one figure.")
    return about, " ".join(sentences), _side_says(cf)


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


def _why(a: Reading, b: Reading, reasons: Sequence[str]) -> str:
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


def _not_comparable(cf: Conflict, words: Words) -> Worded:
    figs = _Figures(cf)
    big, small = (figs.by_id[s] for s in cf.compared)
    ratio = cf.ratio
    times = (f"{ratio:.0f} times" if ratio >= 10 else f"{ratio:.1f} times") if ratio else (
        "far above")
    names = words.index.names_of
    text = (f"{_gives(words, big)}; "
            f"{_gives(words, small)}. {names(big.sources)}'s figure is {times} "
            f"{names(small.sources)}'s, but the two cannot be compared directly: "
            f"{_why(big, small, cf.reasons)}.")
    about = _about_figures(cf, words)
    if cf.population:
        about += f" among {cf.population}"
    return about, text, _side_says(cf)


_WRITERS: dict[str, Callable[[Conflict, Words], Worded]] = {
    NUMERIC: _numeric, NOT_COMPARABLE: _not_comparable, POLARITY: _polarity,
    DIRECTION: _direction, CERTAINTY: _certainty, ROLE: _role,
}

__all__ = ["Side", "Words", "verdict", "word_conflict", "word_conflicts"]
