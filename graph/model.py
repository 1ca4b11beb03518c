"""The claim model: frozen, slotted dataclasses and nothing else.

No I/O and no networkx here, so every later step (loading, RDF, comparison,
export) works on the same plain values and a notebook can build them by
hand.  Change a value with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import builtins
import hashlib
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from itertools import repeat
from typing import Any


class Polarity(StrEnum):
    """Whether a source affirms a claim or denies it."""

    AFFIRMED = "affirmed"
    NEGATED = "negated"


class Certainty(StrEnum):
    """Whether a source states a claim firmly or hedges it ("may", "thought to")."""

    STATED = "stated"
    HEDGED = "hedged"


class Bound(StrEnum):
    """How a figure bounds the true value."""

    EXACT = "exact"
    APPROX = "approx"
    UPPER = "upper"  # "up to 80 %": the true value is at most this
    LOWER = "lower"  # "at least 50 %": the true value is at least this
    RANGE = "range"  # "20 to 30 %"


class EntityType(StrEnum):
    """Coarse entity types, enough to colour a graph and to route topic areas."""

    CONDITION = "condition"
    MEDICATION = "medication"
    PROCEDURE = "procedure"
    TEST = "test"
    SYMPTOM = "symptom"
    SUBSTANCE = "substance"
    ANATOMY = "anatomy"
    POPULATION = "population"
    PROCESS = "process"
    OTHER = "other"


class ReviewStatus(StrEnum):
    """Where a claim stands in the human review loop."""

    ACCEPTED = "accepted"
    CANDIDATE = "candidate"
    REJECTED = "rejected"


# Measure kinds whose values are proportions in [0, 1].
PROPORTION_KINDS = frozenset(
    {"mortality", "survival", "incidence", "prevalence", "frequency", "recovery", "relapse",
     "share"}
)
# "unknown": a figure whose quantity a reader cannot tell; kept for review, never compared.
MEASURE_KINDS = PROPORTION_KINDS | {"relative_risk", "age", "duration", "count", "unknown"}

def default_unit(kind: str) -> str:
    """Return the unit a measure kind has unless a claim says otherwise."""
    if kind in PROPORTION_KINDS or kind == "unknown":
        return "proportion"
    return "years" if kind == "age" else "ratio"


# Units of time a period's measure is written in, in days: extraction puts both ends of "3
# days to 2 weeks" in one unit with it, comparison compares periods in days with it.
UNIT_DAYS = {"minutes": 1 / 1440, "hours": 1 / 24, "days": 1.0, "weeks": 7.0,
             "months": 365.25 / 12, "years": 365.25}

# Extracted claims below this confidence are shown but never raise a conflict.
CONFLICT_CONFIDENCE = 0.5

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Return a stable, IRI-safe id for a label.

    >>> slugify("Sjögren syndrome")
    'sjogren-syndrome'
    >>> slugify("  Vitamin D (supplements) ")
    'vitamin-d-supplements'
    """
    # ASCII text is its own NFKD form: most labels skip the normalisation.
    ascii_text = text if text.isascii() else (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())
    slug = _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")
    return slug or "x" + content_hash(text)[:8]


def content_hash(*parts: object) -> str:
    """Return a short hex digest of ``parts``: the basis of every stable id."""
    if len(parts) == 1:  # a statement id: one key, no separator to join (same text)
        text = "" if parts[0] is None else str(parts[0])
    else:
        text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def columnwise(cls: type, rows: int, columns: Sequence[Iterable[Any]]) -> list[Any]:
    """Make ``rows`` instances of a frozen, slotted dataclass, one field at a time.

    >>> columnwise(Qualifiers, 2, (["adults", None], [None, "home"], [None, None]))
    [Qualifiers(population='adults', setting=None, level=None), \
Qualifiers(population=None, setting='home', level=None)]

    A frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, looked up and called field by field: 1.5 s for a
    million Evidence.  Here every object is allocated, then each column is
    written by its slot's own setter, all in C: 0.7 s.  Only for classes
    without ``__post_init__`` whose slots are exactly their fields, given one
    column per field; otherwise each object goes through ``__init__``.
    """
    names = tuple(f.name for f in fields(cls))
    if (len(columns) != len(names) or getattr(cls, "__slots__", None) != names
            or hasattr(cls, "__post_init__")):
        return list(map(cls, *columns))
    made: list[Any] = list(map(object.__new__, repeat(cls, rows)))
    for name, column in zip(names, columns, strict=True):
        deque(map(getattr(cls, name).__set__, made, column), maxlen=0)
    return made


@dataclass(frozen=True, slots=True)
class Source:
    """A document that makes claims, with the metadata readers rely on.

    Dates are ISO 8601 strings and may be partial ("2026-07"), as pages give them.
    ``accessed`` is not the page's own date but when someone read it (the
    page may have changed since).
    """

    id: str
    title: str = ""
    publisher: str = ""
    url: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    reviewed: str | None = None
    next_review: str | None = None
    kind: str | None = None
    path: str | None = None
    sha256: str | None = None
    accessed: str | None = None  # last, so positional construction keeps its meaning

    @property
    def name(self) -> str:
        """A short human name: the publisher, else the title, else the id."""
        return self.publisher or self.title or self.id


@dataclass(frozen=True, slots=True)
class Entity:
    """A concept that claims talk about, with the names sources use for it."""

    id: str
    label: str
    type: EntityType = EntityType.OTHER
    synonyms: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()  # ids of broader entities
    xrefs: tuple[str, ...] = ()  # CURIEs such as MESH:D002114


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure a source gives: a proportion, a ratio, an age, a duration.

    Proportions are stored in [0, 1]; ``horizon`` is an ISO 8601 duration
    (``P12M``) for figures that hold over a period.

    >>> Measure("mortality", value=0.8, bound=Bound.UPPER, horizon="P12M").interval()
    (0.0, 0.8)
    """

    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    bound: Bound = Bound.APPROX
    unit: str = "proportion"
    horizon: str | None = None
    population: str | None = None

    def point(self) -> float:
        """Return the stated figure (the midpoint for a range)."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else (self.high or 0.0)

    def interval(self) -> tuple[float, float]:
        """Return the closed interval the true value lies in, by the bound."""
        top = 1.0 if self.kind in PROPORTION_KINDS else float("inf")
        if self.bound is Bound.RANGE:
            return (self.low or 0.0, self.high if self.high is not None else top)
        v = self.point()
        if self.bound is Bound.UPPER:
            return (0.0, v)
        if self.bound is Bound.LOWER:
            return (v, top)
        return (v, v)

    def key(self) -> tuple[object, ...]:
        return (self.kind, self.value, self.low, self.high, str(self.bound), self.unit,
                self.horizon, self.population)


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """Conditions that restrict a claim: who, where, and at what level of a factor."""

    population: str | None = None
    setting: str | None = None
    level: str | None = None  # high | low | excess | deficiency | abnormal

    def key(self) -> tuple[str | None, str | None, str | None]:
        return (self.population, self.setting, self.level)

    def __bool__(self) -> bool:
        return any(self.key())


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a claim comes from: source, section, the words, and the span.

    ``start``/``end`` are character offsets into the source document's
    normalised text, so slicing that text gives back the evidence.
    ``origin`` is the claim file and line the claim was read from.
    ``rule`` and ``confidence`` (0–1) say how an extracted claim was found
    and how clean the match was; curated claims have neither and count as
    certain.  ``flag`` is a review note that the words need a person's eye
    (``extract`` sets it when a kept claim's quote left a changed page).
    """

    source: str
    section: str | None = None
    anchor: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    origin: str | None = None
    rule: str | None = None
    confidence: float | None = None
    flag: str | None = None

    @property
    def trusted(self) -> bool:
        """Whether the claim is sure enough to raise a conflict (curated, or ≥ 0.5)."""
        return self.confidence is None or self.confidence >= CONFLICT_CONFIDENCE


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's statement: subject –predicate→ object (or measure).

    >>> a = Claim("warfarin", "increases_risk_of", "calciphylaxis",
    ...           evidence=Evidence("mayo"))
    >>> b = Claim("warfarin", "increases_risk_of", "calciphylaxis",
    ...           certainty=Certainty.HEDGED, evidence=Evidence("nkf"))
    >>> a.key() == b.key()
    True
    """

    subject: str
    predicate: str
    object: str | None = None
    measure: Measure | None = None
    polarity: Polarity = Polarity.AFFIRMED
    certainty: Certainty = Certainty.STATED
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    evidence: Evidence = field(default_factory=lambda: Evidence(""))
    status: ReviewStatus = ReviewStatus.ACCEPTED

    @property
    def source(self) -> str:
        return self.evidence.source

    @property
    def negated(self) -> bool:
        return self.polarity is Polarity.NEGATED

    @property
    def hedged(self) -> bool:
        return self.certainty is Certainty.HEDGED

    def key(self) -> tuple[builtins.object, ...]:  # `object` is a field here
        """Return what the claim says, without who says it or how firmly.

        Claims from different sources with equal keys form one statement.
        """
        # Qualifiers.key() written out: this runs for every claim of a comparison.
        measure, q = self.measure, self.qualifiers
        return (self.subject, self.predicate, self.object,
                None if measure is None else measure.key(), (q.population, q.setting, q.level))

    @property
    def statement_id(self) -> str:
        """The content-derived id of the statement this claim belongs to."""
        return statement_id(self.key())

    @property
    def id(self) -> str:
        """A content-derived id, stable across runs and machines."""
        ev = self.evidence
        return "cl-" + content_hash(
            self.key(), ev.source, str(self.polarity), str(self.certainty),
            ev.section, ev.anchor, ev.start, ev.end,
        )


def statement_id(key: tuple[object, ...]) -> str:
    """Return the id of the statement with this claim key."""
    return "st-" + content_hash(key)


def statement_ids(keys: Iterable[tuple[object, ...]]) -> list[str]:
    """Return :func:`statement_id` of each key, in one comprehension.

    The comparison names every statement (600 000 at a million claims); two
    Python calls per key were a third of the cost of hashing it.

    >>> keys = [("a", "causes", "b", None, (None, None, None)), ("é", "p", None, None, ())]
    >>> statement_ids(keys) == [statement_id(k) for k in keys]
    True
    """
    sha1 = hashlib.sha1
    return ["st-" + sha1(_key_text(key).encode("utf-8")).hexdigest()[:12] for key in keys]


_PLAIN = (None, None, None)  # Qualifiers().key()


def _key_text(key: tuple[object, ...]) -> str:
    """Return ``str(key)``; a key with no figure and no qualifiers (most) by one f-string.

    A tuple's repr is its items' reprs joined, so the f-string gives the same
    text, without the recursion guard ``repr`` sets up for each nested tuple
    (half the time).

    >>> key = ("a", "causes", "b", None, (None, None, None))
    >>> _key_text(key) == str(key)
    True
    """
    if len(key) == 5 and key[3] is None and key[4] == _PLAIN:
        return f"({key[0]!r}, {key[1]!r}, {key[2]!r}, None, (None, None, None))"
    return str(key)


@dataclass(frozen=True, slots=True)
class ClaimSet:
    """Everything one comparison is about: sources, entities and their claims.

    ``new_entities`` lists the ids of entities that no vocabulary defined
    and that were created from claim labels, so a user can review them.
    """

    sources: tuple[Source, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    topic: str | None = None
    new_entities: tuple[str, ...] = ()
    # Lookups by id, built once: exporters ask for thousands of labels.
    _entities_by_id: dict[str, Entity] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict)
    _sources_by_id: dict[str, Source] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._entities_by_id.update((e.id, e) for e in self.entities)
        self._sources_by_id.update((s.id, s) for s in self.sources)

    def source(self, source_id: str) -> Source:
        """Return the source with this id (KeyError if there is none)."""
        return self._sources_by_id[source_id]

    def entity_map(self) -> dict[str, Entity]:
        """Return entities by id (a fresh dict the caller may change)."""
        return dict(self._entities_by_id)

    def label(self, entity_id: str | None) -> str:
        """Return the preferred label of an entity id (the id if unknown)."""
        if entity_id is None:
            return ""
        entity = self._entities_by_id.get(entity_id)
        return entity.label if entity is not None else entity_id
