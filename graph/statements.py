"""Merge claims into statements, with each source's stance and a status.

Everything here is plain dictionaries over claim keys, so a million claims
merge in seconds: no pairwise loops over claims or sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
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
from .model import Claim, ClaimSet, Qualifiers, ReviewStatus, statement_id
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
    sources = sorted({s.id for s in claimset.sources} | {c.source for c in claims})
    area_sources: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        area_sources[claim_area(claim)].add(claim.source)
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


def _partial_support(groups: dict[tuple[object, ...], list[Claim]],
                     supporters: dict[tuple[object, ...], set[str]],
                     hierarchy: Hierarchy) -> dict[tuple[object, ...], set[str]]:
    """Give narrower statements' supporters partial support of existing broader ones.

    "lupus increases_risk_of X" partly supports "autoimmune disease
    increases_risk_of X" (and a narrower object likewise), when a source
    says the broader one; a qualified claim also partly supports the same
    claim without qualifiers.  Hedged support counts; denials do not.
    """
    partial: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for key, backers in supporters.items():
        subject, predicate, obj, measure, qualifiers = key
        if obj is None or measure is not None or not backers:
            continue
        subjects = (subject, *hierarchy.ancestors(str(subject)))
        objects = (obj, *hierarchy.ancestors(str(obj)))
        quals = {qualifiers, _NO_QUALIFIERS}
        for broad_s, broad_o, quals_key in product(subjects, objects, quals):
            target = (broad_s, predicate, broad_o, None, quals_key)
            if target != key and target in groups:
                partial[target] |= backers
    return partial


def build_statements(index: Index) -> tuple[Statement, ...]:
    """Merge claims with one key into statements, sorted for reading.

    Order: topic area (in :data:`vocab.AREAS` order), subject label,
    predicate, object label, then the figure.
    """
    groups: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in index.claims:
        groups[claim.key()].append(claim)
    stances: dict[tuple[object, ...], tuple[set[str], set[str], set[str]]] = {}
    supporters: dict[tuple[object, ...], set[str]] = {}
    for key, claims in groups.items():
        asserts = {c.source for c in claims if not c.negated and not c.hedged}
        hedges = {c.source for c in claims if not c.negated and c.hedged} - asserts
        denies = {c.source for c in claims if c.negated}
        stances[key] = (asserts, hedges, denies)
        supporters[key] = asserts | hedges
    partial = _partial_support(groups, supporters, index.hierarchy)
    statements = []
    for key, claims in groups.items():
        asserts, hedges, denies = stances[key]
        first = claims[0]
        area = claim_area(first)
        status = status_of(len(asserts | hedges), len(denies),
                           len(index.area_sources.get(area, ())))
        statements.append(Statement(
            id=statement_id(key), subject=first.subject, predicate=first.predicate,
            object=first.object, measure=first.measure, qualifiers=first.qualifiers, area=area,
            asserts=tuple(sorted(asserts)), hedges=tuple(sorted(hedges)),
            denies=tuple(sorted(denies)),
            partial=tuple(sorted(partial.get(key, set()) - asserts - hedges - denies)),
            status=status, claims=tuple(sorted(claims, key=lambda c: (c.source, c.id))),
        ))
    statements.sort(key=lambda st: _order(st, index))
    return tuple(statements)


def _order(st: Statement, index: Index) -> tuple[object, ...]:
    m = st.measure
    figure = (m.kind, horizon_days(m.horizon) or 0.0, m.point(), str(m.bound)) if m else ()
    quals = tuple(q or "" for q in st.qualifiers.key())
    return (_AREA_ORDER.get(st.area, len(AREAS)), st.area, index.label(st.subject).lower(),
            st.predicate, index.label(st.object).lower(), figure, quals, st.id)


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
    subject = subject_phrase(st, index)
    if st.measure is not None:
        verb = NEGATIVE["has_measure"] if negated else "has"
        return f"{subject} {verb} {describe(st.measure)}{_context(st)}"
    verb = NEGATIVE.get(st.predicate, "not " + st.predicate) if negated else (
        PREDICATES[st.predicate].label if st.predicate in PREDICATES else st.predicate)
    return f"{subject} {verb} {index.label(st.object)}{_context(st)}"
