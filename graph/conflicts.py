"""Find disagreements between sources: polarity, direction, certainty, role.

Each finder works on small groups picked out by a dictionary (one
statement, one subject–object pair, one entity and its relatives), never on
all pairs of statements, so the cost grows with the number of statements.
Figures are compared in :mod:`.numeric`.

A conflict is *internal* when the only source on its sides is one source
contradicting itself; when other sources are involved too it is an
ordinary conflict whose explanation says who says both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .findings import (
    CERTAINTY,
    CONFLICT_KINDS,
    DIRECTION,
    POLARITY,
    ROLE,
    Conflict,
    Side,
    Statement,
)
from .model import content_hash
from .statements import Index, join_words, statement_label
from .vocab import RISK_PREDICATES, TARGETS, TREATMENT_PREDICATES

HIGH_LEVELS = frozenset({"high", "excess"})
LOW_LEVELS = frozenset({"low", "deficiency"})
# "targets" names what a treatment acts on (warfarin targets vitamin K), not a use.
ROLE_TREATMENT_PREDICATES = TREATMENT_PREDICATES - {TARGETS}


def make_conflict(kind: str, about: str, sides: Sequence[Side], explanation: str, reason: str,
                  *, reconcilable: bool | None = None, ratio: float | None = None) -> Conflict:
    """Return a conflict with a content-derived id; internal when one source is on every side."""
    statements: list[str] = []
    for side in sides:
        statements.extend(s for s in side.statements if s not in statements)
    sources = {s for side in sides for s in side.sources}
    return Conflict(
        id="cf-" + content_hash(kind, *sorted(statements)), kind=kind, about=about,
        statements=tuple(statements), sides=tuple(sides), explanation=explanation,
        reason=reason, reconcilable=reconcilable, ratio=ratio, internal=len(sources) == 1,
    )


def conflict_order(conflict: Conflict) -> tuple[int, str, str]:
    """Sort conflicts by kind (in :data:`CONFLICT_KINDS` order), then by what they are about."""
    return (CONFLICT_KINDS.index(conflict.kind), conflict.about.lower(), conflict.id)


_PLURAL = {"says": "say", "states": "state", "gives": "give", "takes": "take",
           "suggests": "suggest", "only suggests": "only suggest"}


def says(index: Index, sources: Iterable[str], verb: str = "says") -> str:
    """Return "Mayo Clinic says" or "Mayo Clinic and Osmosis say"."""
    chosen = sorted(set(sources))
    return f"{index.names_of(chosen)} {verb if len(chosen) == 1 else _PLURAL[verb]}"


def _backing(index: Index, st: Statement) -> Side:
    """Return the side of the sources that support a statement."""
    return Side(st.supporters, statement_label(st, index), (st.id,))


def _voices(index: Index, st: Statement) -> str:
    """Return "A says that X", "B suggests that X" or both, for a statement's backers."""
    label = statement_label(st, index)
    parts = []
    if st.asserts:
        parts.append(f"{says(index, st.asserts)} that {label}")
    if st.hedges:
        hedgers = says(index, st.hedges, "suggests")
        parts.append(f"{hedgers} that {label}" if not parts else f"{hedgers} it")
    return " and ".join(parts) if len(parts) < 2 else f"{parts[0]} ({parts[1]})"


def polarity_conflicts(index: Index, statements: Sequence[Statement]) -> list[Conflict]:
    """Return one conflict per denied statement that is affirmed, itself or for narrower kinds.

    The same statement affirmed by one source and denied by another is
    contested.  A denial about a class also meets affirmations of narrower
    subjects with the same predicate and object: "no specific treatment is
    effective for X" against "debridement is effective for X" when
    debridement is a specific treatment.  Only the same predicate counts
    ("used for" is not "effective for").

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence, Polarity
    >>> from claimgraph.graph.statements import build_index, build_statements
    >>> index = build_index(ClaimSet(claims=(
    ...     Claim("dialysis", "used_for", "calciphylaxis", evidence=Evidence("mayo")),
    ...     Claim("dialysis", "used_for", "calciphylaxis", polarity=Polarity.NEGATED,
    ...           evidence=Evidence("nkf")))))
    >>> (conflict,) = polarity_conflicts(index, build_statements(index))
    >>> conflict.sides[0].sources, conflict.sides[1].says
    (('mayo',), 'dialysis is not used for calciphylaxis')
    """
    affirmed: dict[tuple[str, str], dict[str, list[Statement]]] = defaultdict(
        lambda: defaultdict(list))
    for st in statements:
        if st.object is not None and st.measure is None and st.supporters:
            affirmed[(st.predicate, st.object)][st.subject].append(st)
    found = []
    for denial in statements:
        if not denial.denies:
            continue
        members: list[Statement] = []
        if denial.object is not None and denial.measure is None:
            by_subject = affirmed.get((denial.predicate, denial.object), {})
            members = [st for narrow in sorted(index.hierarchy.descendants(denial.subject)
                                               & by_subject.keys())
                       for st in by_subject[narrow]
                       if not denial.qualifiers or st.qualifiers == denial.qualifiers]
        if denial.supporters or members:
            found.append(_polarity(index, denial, members))
    return found


def _polarity(index: Index, denial: Statement, members: Sequence[Statement]) -> Conflict:
    label = statement_label(denial, index)
    negative = statement_label(denial, index, negated=True)
    backed = [denial] if denial.supporters else []
    deny_side = Side(denial.denies, negative, (denial.id,))
    sides = [*(_backing(index, st) for st in backed), deny_side,
             *(_backing(index, st) for st in members)]
    sources = {s for side in sides for s in side.sources}
    if len(sources) == 1:
        said = f"{label}, and also that {negative}" if backed else negative
        text = f"{index.names_of(sources)} contradicts itself: it says that {said}"
    elif backed:
        text = f"{_voices(index, denial)}; {says(index, denial.denies)} that {negative}"
    else:
        text = f"{says(index, denial.denies)} that {negative}"
    text += "."
    if members:
        kinds = _group_subjects(index, members)
        text += (f" It is affirmed for narrower kinds of {index.label(denial.subject)}: "
                 + "; ".join(f"by {index.names_of(who)} for {what}" for who, what in kinds)
                 + ".")
    both = set(denial.denies) & {s for st in (*backed, *members) for s in st.supporters}
    if both and len(sources) > 1:
        text += f" {says(index, both, 'takes')} both positions."
    firm = any(st.asserts for st in (*backed, *members))
    reason = ("self-contradiction" if len(sources) == 1 else
              "affirm-deny" if backed else "class-denial")
    return make_conflict(POLARITY, label, sides, text, reason,
                         reconcilable=False if firm else None)


def _group_subjects(index: Index, members: Sequence[Statement]) -> list[tuple[tuple[str, ...],
                                                                               str]]:
    """Return (sources, "a, b and c") for the narrower subjects each set of sources names."""
    named: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for st in members:
        text = index.label(st.subject) + (f" (in {st.qualifiers.population})"
                                          if st.qualifiers.population else "")
        if text not in named[st.supporters]:
            named[st.supporters].append(text)
    return [(who, join_words(sorted(what, key=str.lower)))
            for who, what in sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def direction_conflicts(index: Index, statements: Sequence[Statement]) -> list[Conflict]:
    """Return conflicts where opposite levels of one factor are both said to raise risk."""
    groups: dict[tuple[str, str], tuple[list[Statement], list[Statement]]] = defaultdict(
        lambda: ([], []))
    for st in statements:
        level = st.qualifiers.level
        if st.predicate not in RISK_PREDICATES or not st.supporters or st.object is None:
            continue
        if level in HIGH_LEVELS:
            groups[(st.subject, st.object)][0].append(st)
        elif level in LOW_LEVELS:
            groups[(st.subject, st.object)][1].append(st)
    found = []
    for (subject, obj), (high, low) in sorted(groups.items()):
        if not high or not low:
            continue
        sides = [_backing(index, st) for st in (*high, *low)]
        parts = [f"{says(index, side.sources)} that {side.says}" for side in sides]
        text = ("; ".join(parts) + f". Opposite levels of {index.label(subject)} are both "
                f"said to raise the risk of {index.label(obj)}; both can hold (risk at "
                "either extreme), but the advice a reader takes away differs.")
        found.append(make_conflict(
            DIRECTION, f"{index.label(subject)} levels and {index.label(obj)}", sides, text,
            "opposite-levels"))
    return found


def certainty_conflicts(index: Index, statements: Sequence[Statement]) -> list[Conflict]:
    """Return one conflict per statement stated firmly by some sources and hedged by others.

    Contested statements are left to the polarity conflict, which names the
    hedging sources too, so the list stays readable.
    """
    found = []
    for st in statements:
        if not st.asserts or not st.hedges or st.denies:
            continue
        label = statement_label(st, index)
        sides = (Side(st.asserts, label, (st.id,)), Side(st.hedges, f"perhaps {label}", (st.id,)))
        text = (f"{says(index, st.asserts, 'states')} firmly that {label}; "
                f"{says(index, st.hedges, 'only suggests')} it.")
        found.append(make_conflict(CERTAINTY, label, sides, text, "stated-vs-hedged",
                                   reconcilable=True))
    return found


def role_conflicts(index: Index, statements: Sequence[Statement]) -> list[Conflict]:
    """Return conflicts where related entities are a risk in one source, a treatment in another.

    Entities match through the hierarchy both ways: an entity, its broader
    and its narrower ones, and entities sharing a broader one — so
    "warfarin increases the risk" (warfarin → anticoagulant) meets
    "anticoagulant therapy is used for" (→ anticoagulant).  Treatment means
    used for, effective for or prevents; "targets" names a mechanism
    (warfarin targets vitamin K), not a use.  One source naming an entity
    in both roles is not reported: that is no disagreement.  Only curated
    claims take part: whether "surgery" is the operation that lets germs in
    or the one that removes dead tissue is context a rule cannot see, so an
    extracted role clash would mostly be two true statements.
    """
    risks: dict[str, list[Statement]] = defaultdict(list)
    treats: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        if not st.supporters or st.measure is not None:
            continue
        if not any(c.evidence.confidence is None for c in st.claims):
            continue
        if st.predicate in RISK_PREDICATES:
            risks[st.subject].append(st)
        elif st.predicate in ROLE_TREATMENT_PREDICATES:
            treats[st.subject].append(st)
    h = index.hierarchy
    treats_under: dict[str, set[str]] = defaultdict(set)
    for treat in treats:
        for above in (treat, *h.ancestors(treat)):
            treats_under[above].add(treat)
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    treat_sources = {t: {s for st in sts for s in st.supporters} for t, sts in treats.items()}
    for risk in sorted(risks):
        risk_sources = {s for st in risks[risk] for s in st.supporters}
        matches = set().union(*(treats_under.get(a, ()) for a in (risk, *h.ancestors(risk))))
        for treat in sorted(matches):
            if len(risk_sources | treat_sources[treat]) > 1:
                parent[find(("risk", risk))] = find(("treat", treat))
    components: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in sorted(parent):
        components[find(node)].append(node)
    found = []
    for nodes in components.values():
        risk_sts = [st for role, e in nodes if role == "risk" for st in risks[e]]
        treat_sts = [st for role, e in nodes if role == "treat" for st in treats[e]]
        found.append(_role_conflict(index, {e for _, e in nodes}, risk_sts, treat_sts))
    return found


def _role_conflict(index: Index, entities: set[str], risk_sts: list[Statement],
                   treat_sts: list[Statement]) -> Conflict:
    """Return a role conflict about the most specific entity that covers all of them."""
    h = index.hierarchy
    covers: Counter[str] = Counter(a for e in entities for a in (e, *h.ancestors(e)))
    about = min(covers, key=lambda a: (-covers[a], -len(h.ancestors(a)),
                                       index.label(a).lower(), a))
    sides = []
    parts = []
    for group in (risk_sts, treat_sts):
        sources = tuple(sorted({s for st in group for s in st.supporters}))
        sides.append(Side(sources, "; ".join(statement_label(st, index) for st in group),
                          tuple(st.id for st in group)))
        parts.append("; ".join(_voices(index, st) for st in group))
    kinds = "" if entities == {about} else ", or a kind of it,"
    text = (f"{index.label(about)[:1].upper()}{index.label(about)[1:]}{kinds} appears both as "
            f"a risk and as a treatment. As a risk: {parts[0]}. As a treatment: {parts[1]}. "
            "Both can be true (a different form, dose or stage), but a reader should see the "
            "two side by side.")
    return make_conflict(ROLE, index.label(about), sides, text, "risk-and-treatment",
                         reconcilable=True)
