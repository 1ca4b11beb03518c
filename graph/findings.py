"""What a comparison finds: statements with stances, conflicts, gaps.

These are the values every output renders (report.json, the HTML report, the
HTML graph, the findings named graph), so they live apart from the code that
computes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Claim, Measure, Qualifiers

# Stances a source can take towards a statement.
ASSERTS = "asserts"
HEDGES = "hedges"
DENIES = "denies"
PARTIAL = "partial"  # asserts a narrower concept (lupus for autoimmune disease)
SILENT = "silent"

# Statement status.
CONSENSUS = "consensus"
MAJORITY = "majority"
MINORITY = "minority"
SINGLE_SOURCE = "single-source"
CONTESTED = "contested"
STATUSES = (CONSENSUS, MAJORITY, MINORITY, SINGLE_SOURCE, CONTESTED)

# Conflict kinds.
NUMERIC = "numeric"
POLARITY = "polarity"
DIRECTION = "direction"
CERTAINTY = "certainty"
ROLE = "role"
NOT_COMPARABLE = "not-comparable"
CONFLICT_KINDS = (NUMERIC, POLARITY, DIRECTION, CERTAINTY, ROLE, NOT_COMPARABLE)


@dataclass(frozen=True, slots=True)
class Statement:
    """Claims with one key, merged across sources, with each source's stance."""

    id: str
    subject: str
    predicate: str
    object: str | None
    measure: Measure | None
    qualifiers: Qualifiers
    area: str
    asserts: tuple[str, ...]
    hedges: tuple[str, ...]
    denies: tuple[str, ...]
    partial: tuple[str, ...]
    status: str
    claims: tuple[Claim, ...]

    @property
    def supporters(self) -> tuple[str, ...]:
        """Sources that assert or hedge it (not partial, not denying)."""
        return tuple(sorted(set(self.asserts) | set(self.hedges)))

    @property
    def hedged_only(self) -> bool:
        """True when every supporting source hedges it ("may", "thought to")."""
        return bool(self.hedges) and not self.asserts

    def stance(self, source: str) -> str:
        """Return one source's stance towards this statement."""
        if source in self.denies:
            return DENIES
        if source in self.asserts:
            return ASSERTS
        if source in self.hedges:
            return HEDGES
        if source in self.partial:
            return PARTIAL
        return SILENT


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict: who says what."""

    sources: tuple[str, ...]
    says: str
    statements: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """A disagreement between sources (or inside one), explained in words.

    ``reconcilable`` is True when the figures or wordings can both be true
    (e.g. overlapping bounds), False when they cannot, None when unknown.
    ``ratio`` is set for figures that are not directly comparable.
    """

    id: str
    kind: str
    about: str
    statements: tuple[str, ...]
    sides: tuple[Side, ...]
    explanation: str
    reason: str  # a short machine-readable reason code
    reconcilable: bool | None = None
    ratio: float | None = None
    internal: bool = False

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s for side in self.sides for s in side.sources}))


@dataclass(frozen=True, slots=True)
class Gap:
    """A statement most other sources make that one source leaves out."""

    source: str
    statement: str
    label: str
    asserted_by: tuple[str, ...]
    area: str


@dataclass(frozen=True, slots=True)
class AreaGap:
    """A whole topic area (diagnosis, treatment, ...) a source never covers."""

    source: str
    area: str
    covered_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Freshness:
    """Whether a source is due for review on the comparison date."""

    source: str
    next_review: str | None
    last_dated: str | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the comparison found, ready for any exporter."""

    topic: str | None
    sources: tuple[str, ...]
    statements: tuple[Statement, ...]
    conflicts: tuple[Conflict, ...]
    gaps: tuple[Gap, ...]
    area_gaps: tuple[AreaGap, ...]
    agreement: tuple[tuple[str, str, float | None], ...]  # (a, b, share agreed)
    freshness: tuple[Freshness, ...]
    as_of: str

    def statement(self, statement_id: str) -> Statement:
        """Return the statement with this id (KeyError if none)."""
        for st in self.statements:
            if st.id == statement_id:
                return st
        raise KeyError(statement_id)
