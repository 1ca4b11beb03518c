"""What a comparison finds: statements with stances, conflicts, gaps.

These are the values every output renders (report.json, the HTML report, the
HTML graph, the findings named graph), so they live apart from the code that
computes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .measures import Figure
from .model import Bound, Claim, Measure, Qualifiers

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
        if not self.hedges and len(self.asserts) <= 1:
            return self.asserts  # one source or none: already sorted (most statements)
        if not self.asserts and len(self.hedges) <= 1:
            return self.hedges
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


# Roles of a conflict's sides: what each side does in the disagreement.
AFFIRMS = "affirms"  # supports the statement another side denies
DENIES_IT = "denies"  # denies it
NARROWER = "narrower"  # affirms it of a narrower subject than the denial's class
STATES = "states"  # says it firmly (certainty)
HEDGES_IT = "hedges"  # only suggests it (certainty)
HIGH = "high"  # a high level raises the risk (direction)
LOW = "low"  # a low level raises the risk (direction)
RISK = "risk"  # names it a risk (role)
TREATMENT = "treatment"  # names it a treatment (role)
FIGURES = "figures"  # gives figures (numeric, not-comparable)
SIDE_ROLES = (AFFIRMS, DENIES_IT, NARROWER, STATES, HEDGES_IT, HIGH, LOW, RISK, TREATMENT,
              FIGURES)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict: who says what.

    ``role`` is what the side does (:data:`SIDE_ROLES`); ``says`` is its
    position in words, written by the renderer
    (``claimgraph.exports.report_text``), empty until then.
    """

    sources: tuple[str, ...]
    says: str
    statements: tuple[str, ...] = ()
    role: str = ""


@dataclass(frozen=True, slots=True)
class Implied:
    """What a figure over another period says about the conflict's reference period.

    Mortality only grows with time, so six-month mortality of about 50 %
    implies one-year mortality of at least about 50 % (``bound`` LOWER),
    and a two-year figure caps the one-year one (UPPER).
    """

    horizon: float  # days: the conflict's reference horizon
    bound: Bound  # LOWER ("at least") or UPPER ("at most")
    point: float  # in the family's terms (mortality, not survival)
    approx: bool  # the figure it comes from was "about"


@dataclass(frozen=True, slots=True)
class Reading:
    """One statement's figure in a conflict: who gives it, as stated and normalised."""

    statement: str
    sources: tuple[str, ...]
    figure: Figure  # the measure as stated, and in its family's terms
    population: str | None  # who and where, as written
    implied: Implied | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """How two figures of one conflict relate (statement ids, in reading order)."""

    a: str
    b: str
    differs: bool  # the stated figures disagree beyond tolerance
    compatible: bool  # both can be true at once
    overlaps: bool  # their tolerance windows meet, periods aside


@dataclass(frozen=True, slots=True)
class Conflict:
    """A disagreement between sources (or inside one): what detection found, and its words.

    The finders (:mod:`.conflicts`, :mod:`.numeric`) fill the data: kind,
    the statements and sides, ``reason``, ``reconcilable`` (True when the
    figures or wordings can both be true, False when they cannot, None when
    unknown), ``ratio`` for figures that are not directly comparable, what
    it is about (``subject``, ``predicate``, ``object``, ``quantity``,
    ``horizon``, ``population``), each figure (``readings``) and how they
    relate (``pairs``).  ``about``, ``explanation``, ``verdict`` and each
    side's ``says`` are words, written by one renderer
    (``claimgraph.exports.report_text``) when :func:`.compare.compare` runs.
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
    quantity: str | None = None  # the family compared: mortality, occurrence, ...
    subject: str | None = None  # entity ids of what it is about
    predicate: str | None = None
    object: str | None = None
    horizon: str | None = None  # ISO 8601: the period figures are compared over
    population: str | None = None  # who the figures are about, as written
    readings: tuple[Reading, ...] = ()
    pairs: tuple[Pair, ...] = ()
    both: tuple[str, ...] = ()  # sources that take more than one side
    reasons: tuple[str, ...] = ()  # why figures cannot be compared: kind, period, ...
    compared: tuple[str, ...] = ()  # not-comparable: the two typical figures, larger first
    verdict: str = ""  # one line in plain words, by the renderer

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
