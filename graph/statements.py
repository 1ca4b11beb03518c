"""Merge claims into statements, with each source's stance and a status.

Everything here is plain dictionaries over claim keys, so a million claims
merge in seconds: no pairwise loops over claims or sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from itertools import product

from .findings import (
    CONSENSUS,
    CONTESTED,
    MAJORITY,
    MINORITY,
    SINGLE_SOURCE,
    Statement,
)
from .hierarchy import Hierarchy
from .measures import describe, horizon_days
from .model import (
    Certainty,
    Claim,
    ClaimSet,
    Polarity,
    Qualifiers,
    ReviewStatus,
    statement_id,
)
from .vocab import AREAS, PREDICATES, predicate_area

_NO_QUALIFIERS = Qualifiers().key()
_AREA_ORDER = {area: i for i, area in enumerate(AREAS)}
# How a denial reads, predicate by predicate.
NEGATIVE = {
    "increases_risk_of": "does not increase the risk of", "causes": "does not cause",
    "contributes_to": "does not contribute to", "associated_with": "is not associated with",
    "has_symptom": "does not have the symptom", "has_complication": "does not lead to",
    "affects": "does not affect", "involves": "does not involve",
    "diagnosed_by": "is not diagnosed by", "treated_by": "is not treated by",
    "used_for": "is not used for", "effective_for": "is not effective for",
    "targets": "does not target", "prevents": "does not prevent",
    "resembles": "does not resemble", "has_measure": "does not have",
}
_SUFFIX_LEVELS = {"deficiency"}


class ClaimIds:
    """Each claim's ``Claim.id`` and statement id, hashed once for every output.

    ``Claim.id`` hashes the claim's key and provenance (about 12 µs); the
    graph, the RDF and the report each named every claim, some twice, and
    the graph and the RDF hashed its key again for its statement id, which
    the comparison's statements already carry.  Ids are held by object
    identity, so the claims and statements are held too (the identity of a
    live object is never reused); any other claim is hashed as usual.

    >>> from claimgraph.graph.model import Evidence
    >>> c = Claim("warfarin", "causes", "calciphylaxis", evidence=Evidence("nkf"))
    >>> ids = ClaimIds((c,))
    >>> ids(c) == c.id, ids(Claim("a", "causes", "b")) == Claim("a", "causes", "b").id
    (True, True)
    >>> ids.statement_id(c) == c.statement_id
    True
    """

    __slots__ = ("_claims", "_ids", "_statement_ids", "_statements")

    def __init__(self, claims: Collection[Claim], statements: Iterable[Statement] = ()) -> None:
        self._claims = tuple(claims)
        self._ids = {id(c): c.id for c in self._claims}
        self._statements = tuple(statements)
        self._statement_ids = {id(c): st.id for st in self._statements for c in st.claims}

    def __call__(self, claim: Claim) -> str:
        found = self._ids.get(id(claim))
        return claim.id if found is None else found

    def statement_id(self, claim: Claim) -> str:
        """Return the id of the statement the claim belongs to (``Claim.statement_id``)."""
        found = self._statement_ids.get(id(claim))
        return claim.statement_id if found is None else found


@dataclass(frozen=True, slots=True)
class Index:
    """What every finding needs: kept claims, sources, labels, hierarchy, areas."""

    claimset: ClaimSet
    claims: tuple[Claim, ...]  # without rejected ones
    sources: tuple[str, ...]  # every source id, sorted
    names: dict[str, str]  # source id -> publisher (Source.name)
    labels: dict[str, str]  # entity id -> label
    hierarchy: Hierarchy
    area_sources: dict[str, frozenset[str]]  # area -> sources with any claim in it
    said: dict[tuple[str, bool], str] = field(default_factory=dict)  # statement labels, cached

    def label(self, entity_id: str | None) -> str:
        """Return an entity's label (its id when unknown)."""
        if entity_id is None:
            return ""
        return self.labels.get(entity_id, entity_id)

    def name(self, source: str) -> str:
        """Return a source's publisher name."""
        return self.names.get(source, source)

    def names_of(self, sources: Iterable[str]) -> str:
        """Return sources as "A, B and C", by publisher."""
        return join_words(self.name(s) for s in sorted(set(sources)))


def join_words(words: Iterable[str]) -> str:
    """Join words as a reader would: "a", "a and b", "a, b and c"."""
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def claim_area(claim: Claim) -> str:
    """Return the topic area of a claim (its predicate's, or its measure kind's)."""
    return predicate_area(claim.predicate, claim.measure.kind if claim.measure else None)


def build_index(claimset: ClaimSet) -> Index:
    """Index a claim set for comparison, dropping claims a reviewer rejected."""
    claims = tuple(c for c in claimset.claims if c.status is not ReviewStatus.REJECTED)
    area_sources: dict[str, set[str]] = defaultdict(set)
    areas: dict[tuple[str, str | None], str] = {}  # a dozen predicates, a million claims
    for claim in claims:
        measure = claim.measure
        area_key = (claim.predicate, measure.kind if measure is not None else None)
        area = areas.get(area_key)
        if area is None:
            area = areas[area_key] = claim_area(claim)
        area_sources[area].add(claim.evidence.source)
    # Every claim's source is in some area: no second pass over the claims for them.
    sources = sorted({s.id for s in claimset.sources}.union(*area_sources.values()))
    return Index(
        claimset=claimset,
        claims=claims,
        sources=tuple(sources),
        names={s.id: s.name for s in claimset.sources},
        labels={e.id: e.label for e in claimset.entities},
        hierarchy=Hierarchy.of(claimset),
        area_sources={k: frozenset(v) for k, v in area_sources.items()},
    )


def status_of(supporters: int, deniers: int, covering: int) -> str:
    """Return a statement's status from how many sources support, deny, cover it.

    ``covering`` is the number of sources with any claim in the statement's
    topic area.  Contested when some support and some deny; otherwise the
    sources that take the one position held (the supporters, or the
    deniers when nobody supports) are counted: consensus when that is every
    covering source and at least two, majority when more than half and at
    least two, single-source when one, minority otherwise.

    >>> status_of(5, 0, 5), status_of(3, 0, 5), status_of(2, 0, 5), status_of(1, 0, 5)
    ('consensus', 'majority', 'minority', 'single-source')
    >>> status_of(2, 1, 5)
    'contested'
    """
    if supporters and deniers:
        return CONTESTED
    n = supporters or deniers
    if n <= 1:
        return SINGLE_SOURCE
    if n >= covering:
        return CONSENSUS
    return MAJORITY if n > covering / 2 else MINORITY


def _partial_support(keys: list[tuple[object, ...]], slot: dict[tuple[object, ...], int],
                     supporters: list[Collection[str]],
                     hierarchy: Hierarchy) -> dict[int, set[str]]:
    """Give narrower statements' supporters partial support of existing broader ones.

    "lupus increases_risk_of X" partly supports "autoimmune disease
    increases_risk_of X" (and a narrower object likewise), when a source
    says the broader one; a qualified claim also partly supports the same
    claim without qualifiers.  Hedged support counts; denials do not.
    Statements are numbered by ``slot`` (key -> position in ``keys``).
    """
    partial: dict[int, set[str]] = defaultdict(set)
    for i, key in enumerate(keys):
        backers = supporters[i]
        subject, predicate, obj, measure, qualifiers = key
        if obj is None or measure is not None or not backers:
            continue
        broader_subjects = hierarchy.ancestors(str(subject))
        broader_objects = hierarchy.ancestors(str(obj))
        if not broader_subjects and not broader_objects and qualifiers == _NO_QUALIFIERS:
            continue  # nothing broader to support (most statements)
        subjects = (subject, *broader_subjects)
        objects = (obj, *broader_objects)
        quals = {qualifiers, _NO_QUALIFIERS}
        for broad_s, broad_o, quals_key in product(subjects, objects, quals):
            target = (broad_s, predicate, broad_o, None, quals_key)
            if target != key:
                found = slot.get(target)
                if found is not None:
                    partial[found].update(backers)
    return partial


def build_statements(index: Index) -> tuple[Statement, ...]:
    """Merge claims with one key into statements, sorted for reading.

    Order: topic area (in :data:`vocab.AREAS` order), subject label,
    predicate, object label, then the figure.

    Most statements have one claim, so one pass over the claims does the
    grouping, and each statement is then known by its position: a claim key
    (a nested tuple, whose hash Python does not keep) is hashed once, not
    at every lookup.  Anything that depends only on a value (a predicate's
    area, a label's sort form, a horizon in days) is worked out once per
    distinct value.  At a million claims the per-claim work, the lookups
    and the garbage they left were most of the comparison's time.

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence
    >>> index = build_index(ClaimSet(claims=(
    ...     Claim("warfarin", "increases_risk_of", "calciphylaxis", evidence=Evidence("mayo")),
    ...     Claim("warfarin", "increases_risk_of", "calciphylaxis", evidence=Evidence("nkf")))))
    >>> [(statement_label(st, index), st.asserts, st.status) for st in build_statements(index)]
    [('warfarin increases risk of calciphylaxis', ('mayo', 'nkf'), 'consensus')]
    """
    slot: dict[tuple[object, ...], int] = {}
    keys: list[tuple[object, ...]] = []
    members: list[list[Claim]] = []
    for claim in index.claims:
        key = claim.key()
        i = slot.setdefault(key, len(keys))
        if i == len(keys):
            keys.append(key)
            members.append([claim])
        else:
            members[i].append(claim)
    stances: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = []
    supporters: list[Collection[str]] = []
    for claims in members:
        if len(claims) == 1:
            found = _stance(claims[0])
            stances.append(found)
            supporters.append(found[0] or found[1])
            continue
        asserts: set[str] = set()
        hedges: set[str] = set()
        denies: set[str] = set()
        for c in claims:
            if c.polarity is Polarity.NEGATED:
                denies.add(c.evidence.source)
            elif c.certainty is Certainty.HEDGED:
                hedges.add(c.evidence.source)
            else:
                asserts.add(c.evidence.source)
        hedges -= asserts
        stances.append((tuple(sorted(asserts)), tuple(sorted(hedges)), tuple(sorted(denies))))
        supporters.append(asserts | hedges)
    partial = _partial_support(keys, slot, supporters, index.hierarchy)
    del slot
    covering = {area: len(sources) for area, sources in index.area_sources.items()}
    areas: dict[tuple[str, str | None], str] = {}
    statements = []
    for i, claims in enumerate(members):
        asserts_t, hedges_t, denies_t = stances[i]
        first = claims[0]
        measure = first.measure
        area_key = (first.predicate, measure.kind if measure else None)
        area = areas.get(area_key)
        if area is None:
            area = areas[area_key] = claim_area(first)
        partly = partial.get(i)
        backers = supporters[i]
        ordered: tuple[Claim, ...]
        if len(claims) == 1:  # one source, one stance: most statements
            status, ordered = SINGLE_SOURCE, (first,)
        else:
            status = status_of(len(backers), len(denies_t), covering.get(area, 0))
            ordered = _claim_order(claims)
        statements.append(Statement(
            statement_id(keys[i]), first.subject, first.predicate, first.object, measure,
            first.qualifiers, area, asserts_t, hedges_t, denies_t,
            tuple(sorted(partly.difference(backers, denies_t))) if partly else (),
            status, ordered,
        ))
    statements.sort(key=_orderer(index))
    return tuple(statements)


_NONE: tuple[str, ...] = ()


def _stance(claim: Claim) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return (asserts, hedges, denies) of a statement made by one claim."""
    source = (claim.evidence.source,)
    if claim.polarity is Polarity.NEGATED:
        return (_NONE, _NONE, source)
    if claim.certainty is Certainty.HEDGED:
        return (_NONE, source, _NONE)
    return (source, _NONE, _NONE)


def _orderer(index: Index) -> Callable[[Statement], tuple[object, ...]]:
    """Return the reading-order key of statements, each label lowered once."""
    lowered: dict[str | None, str] = {}
    days: dict[str | None, float] = {}

    def label(entity_id: str | None) -> str:
        found = lowered.get(entity_id)
        if found is None:
            found = lowered[entity_id] = index.label(entity_id).lower()
        return found

    def order(st: Statement) -> tuple[object, ...]:
        m = st.measure
        figure: tuple[object, ...] = ()
        if m is not None:
            horizon = days.get(m.horizon)
            if horizon is None:
                horizon = days[m.horizon] = horizon_days(m.horizon) or 0.0
            figure = (m.kind, horizon, m.point(), str(m.bound))
        q = st.qualifiers
        quals = (q.population or "", q.setting or "", q.level or "") if q else ("", "", "")
        return (_AREA_ORDER.get(st.area, len(AREAS)), st.area, label(st.subject), st.predicate,
                label(st.object), figure, quals, st.id)

    return order


def _claim_order(claims: list[Claim]) -> tuple[Claim, ...]:
    """Order one statement's claims by source, then what else tells them apart.

    Claims of one statement share their key, so these fields are exactly
    what their ids hash: a total order, without hashing every claim.
    """
    if len(claims) == 1:
        return (claims[0],)
    return tuple(sorted(claims, key=_claim_fields))


def _claim_fields(c: Claim) -> tuple[str, bool, bool, str, str, int, int]:
    ev = c.evidence
    # Booleans in the order of the values' text ("affirmed" < "negated", "hedged" <
    # "stated"): an enum's .value runs Python code, and this runs for 400 000 claims.
    return (ev.source, c.polarity is Polarity.NEGATED, c.certainty is not Certainty.HEDGED,
            ev.section or "", ev.anchor or "",
            -1 if ev.start is None else ev.start, -1 if ev.end is None else ev.end)


def subject_phrase(st: Statement, index: Index) -> str:
    """Return the subject with its level ("high calcium", "vitamin K deficiency")."""
    subject = index.label(st.subject)
    level = st.qualifiers.level
    if not level:
        return subject
    return f"{subject} {level}" if level in _SUFFIX_LEVELS else f"{level} {subject}"


def _context(st: Statement) -> str:
    q = st.qualifiers
    parts = [f"in {q.population}" if q.population else "", q.setting or ""]
    text = ", ".join(p for p in parts if p)
    return f" ({text})" if text else ""


def statement_label(st: Statement, index: Index, *, negated: bool = False) -> str:
    """Return a statement as a sentence: "warfarin increases risk of calciphylaxis".

    With ``negated`` it reads as a denial ("... is not effective for ...").
    """
    cached = index.said.get((st.id, negated))
    if cached is None:
        cached = index.said[(st.id, negated)] = _label(st, index, negated)
    return cached


def _label(st: Statement, index: Index, negated: bool) -> str:
    subject = subject_phrase(st, index)
    if st.measure is not None:
        verb = NEGATIVE["has_measure"] if negated else "has"
        return f"{subject} {verb} {describe(st.measure)}{_context(st)}"
    verb = NEGATIVE.get(st.predicate, "not " + st.predicate) if negated else (
        PREDICATES[st.predicate].label if st.predicate in PREDICATES else st.predicate)
    return f"{subject} {verb} {index.label(st.object)}{_context(st)}"
