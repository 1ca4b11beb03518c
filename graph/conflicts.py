"""Find disagreements between sources: polarity, direction, certainty, role.

Each finder works on small groups picked out by a dictionary (one
statement, one subject–object pair, one entity and its relatives), never on
all pairs of statements, so the cost grows with the number of statements.
Figures are compared in :mod:`.numeric`.

Finders return data only: the kind, the statements, each side's sources
and role, what the conflict is about (entity ids), a reason code.  The
words (``about``, ``explanation``, ``verdict``, each side's ``says``) are
written by one renderer, ``claimgraph.exports.report_text``, so rewording
never touches detection.

A conflict is *internal* when the only source on its sides is one source
contradicting itself; when other sources are involved too it is an
ordinary conflict whose explanation says who says both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from .findings import (
    AFFIRMS,
    CERTAINTY,
    CONFLICT_KINDS,
    DENIES_IT,
    DIRECTION,
    HEDGES_IT,
    HIGH,
    LOW,
    NARROWER,
    NOT_COMPARABLE,
    NUMERIC,
    POLARITY,
    RISK,
    ROLE,
    STATES,
    TREATMENT,
    Conflict,
    Side,
    Statement,
)
from .model import content_hash
from .statements import Index
from .vocab import RISK_PREDICATES, TARGETS, TREATMENT_PREDICATES

HIGH_LEVELS = frozenset({"high", "excess"})
LOW_LEVELS = frozenset({"low", "deficiency"})
# "targets" names what a treatment acts on (warfarin targets vitamin K), not a use.
ROLE_TREATMENT_PREDICATES = TREATMENT_PREDICATES - {TARGETS}

# How much a reader should act on each finding, first to last (DESIGN.md, "Ranking"):
# figures that cannot both be right; polarity, direction and role; figures that
# differ but can both be true.  Stated-vs-hedged and figures of different kind or
# population are secondary findings, listed apart and not counted as conflicts.
RANKS = ("figures-cannot-both-be-right", "polarity", "direction", "role",
         "figures-can-both-be-true", "certainty", "not-comparable")
SECONDARY = frozenset({CERTAINTY, NOT_COMPARABLE})


def make_conflict(kind: str, sides: Sequence[Side], reason: str, *,
                  reconcilable: bool | None = None, ratio: float | None = None,
                  **data: Any) -> Conflict:
    """Return an unworded conflict with a content-derived id (internal: one source on every side).

    ``data`` fills the structured fields (subject, quantity, readings, ...).
    """
    # First appearance order, without a list scan per id: a role conflict about a large
    # class can hold thousands of statements, and the scan made it quadratic.
    statements = list(dict.fromkeys(s for side in sides for s in side.statements))
    sources = {s for side in sides for s in side.sources}
    return Conflict(
        id="cf-" + content_hash(kind, *sorted(statements)), kind=kind, about="",
        statements=tuple(statements), sides=tuple(sides), explanation="",
        reason=reason, reconcilable=reconcilable, ratio=ratio, internal=len(sources) == 1,
        **data,
    )


def rank(conflict: Conflict) -> int:
    """Return where a conflict goes for a reader: 0 first (see :data:`RANKS`).

    >>> rank(make_conflict(NUMERIC, [], "incompatible-figures", reconcilable=False))
    0
    >>> rank(make_conflict(NUMERIC, [], "stated-figures-differ", reconcilable=True))
    4
    """
    if conflict.kind == NUMERIC:
        return 0 if conflict.reconcilable is False else RANKS.index("figures-can-both-be-true")
    return RANKS.index(conflict.kind) if conflict.kind in RANKS else len(RANKS)


def is_secondary(conflict: Conflict) -> bool:
    """Return whether a finding is secondary (stated vs hedged, figures not comparable)."""
    return conflict.kind in SECONDARY


def conflict_order(conflict: Conflict) -> tuple[int, str, str]:
    """Sort worded conflicts by rank, then by what they are about, then id."""
    return (rank(conflict), conflict.about.lower(), conflict.id)


def kind_order(conflict: Conflict) -> int:
    """Return a conflict's kind in :data:`CONFLICT_KINDS` order (unknown kinds last)."""
    return CONFLICT_KINDS.index(conflict.kind) if conflict.kind in CONFLICT_KINDS else len(
        CONFLICT_KINDS)


def _backing(st: Statement, role: str) -> Side:
    """Return the side of the sources that support a statement."""
    return Side(st.supporters, "", (st.id,), role)


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
    >>> [(side.sources, side.role) for side in conflict.sides], conflict.reason
    ([(('mayo',), 'affirms'), (('nkf',), 'denies')], 'affirm-deny')
    """
    # Only (predicate, object) pairs some source denies can meet an affirmation: index
    # those, not every statement (a few percent of a million are denials).
    denied = {(st.predicate, st.object) for st in statements if st.denies}
    affirmed: dict[tuple[str, str], dict[str, list[Statement]]] = defaultdict(
        lambda: defaultdict(list))
    for st in statements:
        if st.object is not None and st.measure is None and (st.asserts or st.hedges) \
                and (st.predicate, st.object) in denied:
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
        if denial.asserts or denial.hedges or members:
            found.append(_polarity(denial, members))
    return found


def _polarity(denial: Statement, members: Sequence[Statement]) -> Conflict:
    backed = [denial] if denial.asserts or denial.hedges else []
    sides = [*(_backing(st, AFFIRMS) for st in backed),
             Side(denial.denies, "", (denial.id,), DENIES_IT),
             *(_backing(st, NARROWER) for st in members)]
    sources = {s for side in sides for s in side.sources}
    both = set(denial.denies) & {s for st in (*backed, *members) for s in st.supporters}
    firm = any(st.asserts for st in (*backed, *members))
    reason = ("self-contradiction" if len(sources) == 1 else
              "affirm-deny" if backed else "class-denial")
    return make_conflict(POLARITY, sides, reason, reconcilable=False if firm else None,
                         subject=denial.subject, predicate=denial.predicate,
                         object=denial.object, both=tuple(sorted(both)))


def direction_conflicts(index: Index, statements: Sequence[Statement]) -> list[Conflict]:
    """Return conflicts where opposite levels of one factor are both said to raise risk."""
    groups: dict[tuple[str, str], tuple[list[Statement], list[Statement]]] = defaultdict(
        lambda: ([], []))
    for st in statements:
        level = st.qualifiers.level
        if st.predicate not in RISK_PREDICATES or not (st.asserts or st.hedges) \
                or st.object is None:
            continue
        if level in HIGH_LEVELS:
            groups[(st.subject, st.object)][0].append(st)
        elif level in LOW_LEVELS:
            groups[(st.subject, st.object)][1].append(st)
    found = []
    for (subject, obj), (high, low) in sorted(groups.items()):
        if not high or not low:
            continue
        sides = [*(_backing(st, HIGH) for st in high), *(_backing(st, LOW) for st in low)]
        found.append(make_conflict(DIRECTION, sides, "opposite-levels", subject=subject,
                                   object=obj))
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
        sides = (Side(st.asserts, "", (st.id,), STATES), Side(st.hedges, "", (st.id,), HEDGES_IT))
        found.append(make_conflict(CERTAINTY, sides, "stated-vs-hedged", reconcilable=True,
                                   subject=st.subject, predicate=st.predicate, object=st.object))
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
        predicate = st.predicate  # first: a third of statements have neither role
        if predicate not in RISK_PREDICATES and predicate not in ROLE_TREATMENT_PREDICATES:
            continue
        if not (st.asserts or st.hedges) or st.measure is not None:
            continue
        claims = st.claims  # the first is curated in most statements: no generator then
        if not (claims and (claims[0].evidence.confidence is None
                            or any(c.evidence.confidence is None for c in claims))):
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
    sides = [Side(tuple(sorted({s for st in group for s in st.supporters})), "",
                  tuple(st.id for st in group), role)
             for group, role in ((risk_sts, RISK), (treat_sts, TREATMENT))]
    return make_conflict(ROLE, sides, "risk-and-treatment", reconcilable=True, subject=about)
