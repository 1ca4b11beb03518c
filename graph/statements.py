"""Merge claims into statements, with each source's stance and a status.

Everything here is plain dictionaries over claim keys, so a million claims
merge in seconds: no pairwise loops over claims or sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from itertools import product
from operator import attrgetter

from .agreement import agreeing
from .findings import (
    CONSENSUS,
    CONTESTED,
    MAJORITY,
    MINORITY,
    SINGLE_SOURCE,
    Statement,
)
from .hierarchy import Hierarchy
from .measures import describe
from .model import (
    Certainty,
    Claim,
    ClaimSet,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    columnwise,
    statement_ids,
)
from .reading_order import figure_tail, reading_order
from .vocab import AREAS, PREDICATES, predicate_area

_NO_QUALIFIERS = Qualifiers().key()
_NONE: tuple[str, ...] = ()
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
# From this many claims statements are grouped on columns (graph.statements_columnar).
COLUMNS_FROM = 20_000


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
    # Columns of the claims already read (attribute name -> one value per claim), for the
    # columnar grouping to reuse.
    read: dict[str, list[object]] = field(default_factory=dict, repr=False, compare=False)

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


def build_index(claimset: ClaimSet) -> Index:
    """Index a claim set for comparison, dropping claims a reviewer rejected."""
    claims = tuple(claimset.claims)
    read: dict[str, list[object]] = {}
    if len(claims) >= COLUMNS_FROM:
        from .statements_columnar import index_columns

        claims, found = index_columns(claims, read)
    else:
        if ReviewStatus.REJECTED in set(map(_STATUS, claims)):  # a pass in C; rejections are rare
            claims = tuple(c for c in claims if c.status is not ReviewStatus.REJECTED)
        # A dozen predicates, a few sources, no figure on most claims: each distinct
        # (predicate, figure, source) is found in C (a set of zipped columns) and given
        # its area once; a list of every claim's measure kind first cost a Python pass.
        found = set(zip(map(_PREDICATE, claims), map(_MEASURE, claims), map(_SOURCE, claims),
                        strict=True))
    area_sources: dict[str, set[str]] = defaultdict(set)
    for predicate, measure, source in found:
        area_sources[predicate_area(predicate, None if measure is None else measure.kind)
                     ].add(source)
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
        read=read,
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
    up: dict[object, frozenset[str]] = {}  # each entity's ancestors, asked once here
    ancestors = hierarchy.ancestors
    for i, key in enumerate(keys):
        backers = supporters[i]
        if not backers:
            continue
        subject, predicate, obj, measure, qualifiers = key
        if obj is None or measure is not None:
            continue
        broader_subjects = up.get(subject)
        if broader_subjects is None:
            broader_subjects = up[subject] = ancestors(str(subject))
        broader_objects = up.get(obj)
        if broader_objects is None:
            broader_objects = up[obj] = ancestors(str(obj))
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
    if len(index.claims) >= COLUMNS_FROM:  # a large claim set: grouped on columns
        from .statements_columnar import claim_columns, columnar_statements

        columns = claim_columns(index)
        if columns is not None:
            return columnar_statements(index, columns)
    keys, members, slot = _group(index.claims)
    stances, supporters = _stances(members)
    partial = _partial_support(keys, slot, supporters, index.hierarchy)
    del slot
    if not keys:
        return ()
    covering = {area: len(sources) for area, sources in index.area_sources.items()}
    firsts = [claims[0] for claims in members]
    measures = list(map(_MEASURE, firsts))
    subjects, predicates, objects, qualifiers = (
        list(map(get, firsts)) for get in (_SUBJECT, _PREDICATE, _OBJECT, _QUALIFIERS))
    areas = _areas(predicates, measures)
    asserts, hedges, denies = zip(*stances, strict=True)
    statuses = [SINGLE_SOURCE] * len(keys)  # one source, one stance: most statements
    ordered: list[tuple[Claim, ...]] = list(zip(firsts))  # (first,) each, made in C
    for i, claims in enumerate(members):
        if len(claims) > 1:
            statuses[i] = status_of(len(supporters[i]), len(denies[i]),
                                    covering.get(areas[i], 0))
            ordered[i] = _claim_order(claims)
    partly: list[tuple[str, ...]] = [()] * len(keys)
    for i, backing in partial.items():
        partly[i] = tuple(sorted(backing.difference(supporters[i], denies[i])))
    ids = statement_ids(keys)
    # Every Statement made field by field in C (graph.model.columnwise): a frozen
    # dataclass's __init__ cost ~1 µs a statement.
    statements: list[Statement] = columnwise(Statement, len(keys), (
        ids, subjects, predicates, objects, measures, qualifiers, areas,
        asserts, hedges, denies, partly, statuses, ordered))
    lowered = {e: index.label(e).lower() for e in {*subjects, *objects}}
    last = len(AREAS)
    days: dict[str | None, float] = {}
    order = reading_order(
        [(_AREA_ORDER.get(area, last), area) for area in areas],
        list(map(lowered.__getitem__, subjects)), predicates,
        list(map(lowered.__getitem__, objects)),
        lambda i: figure_tail(measures[i], qualifiers[i], ids[i], days))
    return tuple(map(statements.__getitem__, order))


_SUBJECT, _PREDICATE, _OBJECT, _MEASURE, _QUALIFIERS, _STATUS, _SOURCE = (
    attrgetter(name) for name in ("subject", "predicate", "object", "measure", "qualifiers",
                                  "status", "evidence.source"))


def _areas(predicates: list[str], measures: list[Measure | None]) -> list[str]:
    """Return each statement's topic area, worked out once per (predicate, measure kind).

    Most statements have no figure: their area is the predicate's, found in one
    comprehension rather than a loop that made a key for each.
    """
    plain = {predicate: predicate_area(predicate, None) for predicate in set(predicates)}
    known: dict[tuple[str, str], str] = {}

    def with_figure(predicate: str, kind: str) -> str:
        area = known.get((predicate, kind))
        if area is None:
            area = known[(predicate, kind)] = predicate_area(predicate, kind)
        return area

    return [plain[predicate] if measure is None else with_figure(predicate, measure.kind)
            for predicate, measure in zip(predicates, measures, strict=True)]


def _group(claims: Iterable[Claim]) -> tuple[list[tuple[object, ...]], list[list[Claim]],
                                             dict[tuple[object, ...], int]]:
    """Return the distinct claim keys in first-seen order, each key's claims, and key -> slot.

    One pass: a key (a nested tuple, whose hash Python does not keep) is
    hashed once per claim.
    """
    slot: dict[tuple[object, ...], int] = {}
    keys: list[tuple[object, ...]] = []
    members: list[list[Claim]] = []
    add_key, add_members, setdefault = keys.append, members.append, slot.setdefault
    n = 0
    for claim in claims:
        key = claim.key()
        i = setdefault(key, n)
        if i == n:
            add_key(key)
            add_members([claim])
            n += 1
        else:
            members[i].append(claim)
    return keys, members, slot


Stance = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _stances(members: list[list[Claim]]) -> tuple[list[Stance], list[Collection[str]]]:
    """Return each statement's (asserts, hedges, denies) and its supporters (not deniers).

    A source that asserts and hedges one statement asserts it.  A statement
    of one claim (most) takes that claim's one stance, with no set made.
    """
    negated, hedged = Polarity.NEGATED, Certainty.HEDGED
    stances: list[Stance] = []
    supporters: list[Collection[str]] = []
    add_stance, add_supporters = stances.append, supporters.append
    for claims in members:
        if len(claims) == 1:
            claim = claims[0]
            source = (claim.evidence.source,)
            if claim.polarity is negated:
                add_stance((_NONE, _NONE, source))
                add_supporters(_NONE)
            elif claim.certainty is hedged:
                add_stance((_NONE, source, _NONE))
                add_supporters(source)
            else:
                add_stance((source, _NONE, _NONE))
                add_supporters(source)
            continue
        asserts: set[str] = set()
        hedges: set[str] = set()
        denies: set[str] = set()
        for c in claims:
            if c.polarity is negated:
                denies.add(c.evidence.source)
            elif c.certainty is hedged:
                hedges.add(c.evidence.source)
            else:
                asserts.add(c.evidence.source)
        hedges -= asserts
        add_stance((tuple(sorted(asserts)), tuple(sorted(hedges)), tuple(sorted(denies))))
        add_supporters(asserts | hedges)
    return stances, supporters


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
        verb = agreeing(NEGATIVE["has_measure"] if negated else "has", subject)
        return f"{subject} {verb} {describe(st.measure)}{_context(st)}"
    verb = NEGATIVE.get(st.predicate, "not " + st.predicate) if negated else (
        PREDICATES[st.predicate].label if st.predicate in PREDICATES else st.predicate)
    return f"{subject} {agreeing(verb, subject)} {index.label(st.object)}{_context(st)}"
