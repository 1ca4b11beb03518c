"""Small hand-made ClaimSets and findings for the store, network and SPARQL tests.

Written by hand (not from the seed pages): two sources, a negated claim, a
hedged claim, a measure with a horizon, qualifiers, and an entity with
synonyms, a broader concept and cross-references.
"""

from __future__ import annotations

from claimgraph.graph.findings import Comparison, Conflict, Gap, Side, Statement
from claimgraph.graph.model import (
    Bound,
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    EntityType,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    Source,
)

BASE = "https://example.org/cg/"

SOURCES = (
    Source(
        "alpha", title="Alpha clinic: skin calcium disease", publisher="Alpha Clinic",
        url="https://alpha.example/page", authors=("Zed Writer", "Amy Author"),
        published="2024-03", modified="2025-01-15", reviewed="2025", next_review="2026-01-15",
        kind="patient-page", path="pages/alpha.txt", sha256="ab" * 32,
    ),
    Source("beta", title="Beta society overview", publisher="Beta Society", kind="society"),
)

ENTITIES = (
    Entity("calciphylaxis", "calciphylaxis", EntityType.CONDITION,
           synonyms=("CUA", "calcific uremic arteriolopathy"), broader=("vascular-disease",),
           xrefs=("MESH:D002114", "SNOMED:12345")),
    Entity("vascular-disease", "vascular disease", EntityType.CONDITION),
    Entity("warfarin", "warfarin", EntityType.MEDICATION, synonyms=("Coumadin",)),
    Entity("sodium-thiosulfate", "sodium thiosulfate", EntityType.MEDICATION),
    Entity("skin-ulcer", "skin ulcer", EntityType.SYMPTOM),
    Entity("dialysis", "dialysis", EntityType.PROCEDURE),
)

WARFARIN_ALPHA = Claim(
    "warfarin", "increases_risk_of", "calciphylaxis",
    evidence=Evidence("alpha", section="Causes", anchor="blood thinner", start=10, end=42,
                      text='Taking a "blood thinner"\nraises the risk.', origin="alpha.yaml:3"),
)
WARFARIN_BETA = Claim(
    "warfarin", "increases_risk_of", "calciphylaxis", certainty=Certainty.HEDGED,
    evidence=Evidence("beta", section="Risk", anchor="may raise"),
)
STS_ALPHA = Claim(
    "sodium-thiosulfate", "effective_for", "calciphylaxis", polarity=Polarity.NEGATED,
    evidence=Evidence("alpha", section="Treatment", anchor="not proven"),
)
STS_BETA = Claim(
    "sodium-thiosulfate", "used_for", "calciphylaxis",
    evidence=Evidence("beta", section="Treatment"),
)
ULCER = Claim(
    "calciphylaxis", "has_symptom", "skin-ulcer",
    qualifiers=Qualifiers(population="people on dialysis", setting="hospital", level="high"),
    evidence=Evidence("beta", section="Symptoms", start=0, end=5),
)
MORTALITY_ALPHA = Claim(
    "calciphylaxis", "has_measure",
    measure=Measure("mortality", value=0.8, bound=Bound.UPPER, horizon="P12M",
                    population="people on dialysis"),
    evidence=Evidence("alpha", section="Outlook"),
)
MORTALITY_BETA = Claim(
    "calciphylaxis", "has_measure",
    measure=Measure("mortality", low=0.45, high=0.55, bound=Bound.RANGE, horizon="P1Y"),
    evidence=Evidence("beta", section="Outlook"),
)
CANDIDATE = Claim(
    "dialysis", "associated_with", "calciphylaxis", status=ReviewStatus.CANDIDATE,
    evidence=Evidence("beta", section="Causes", anchor="kidney failure", start=120, end=161,
                      text="linked with kidney failure", rule="prose-association",
                      confidence=0.62, flag="evidence not found in the page any more"),
)

CLAIMS = (WARFARIN_ALPHA, WARFARIN_BETA, STS_ALPHA, STS_BETA, ULCER, MORTALITY_ALPHA,
          MORTALITY_BETA, CANDIDATE)


def small_claimset() -> ClaimSet:
    """Return the hand-made ClaimSet (already in canonical order)."""
    return ClaimSet(
        sources=SOURCES,
        entities=tuple(sorted(ENTITIES, key=lambda e: e.id)),
        claims=tuple(sorted(CLAIMS, key=lambda c: c.id)),
        topic="calciphylaxis",
        new_entities=("skin-ulcer",),
    )


def tiny_claimset() -> ClaimSet:
    """Return a three-claim ClaimSet for the golden files."""
    return ClaimSet(
        sources=tuple(s for s in SOURCES),
        entities=(ENTITIES[0], ENTITIES[2]),
        claims=tuple(sorted((WARFARIN_ALPHA, WARFARIN_BETA, MORTALITY_ALPHA), key=lambda c: c.id)),
        topic="calciphylaxis",
    )


def _statement(claims: tuple[Claim, ...], status: str) -> Statement:
    first = claims[0]
    return Statement(
        id=first.statement_id, subject=first.subject, predicate=first.predicate,
        object=first.object, measure=first.measure, qualifiers=first.qualifiers,
        area="treatment", asserts=tuple(c.source for c in claims if not c.negated),
        hedges=(), denies=tuple(c.source for c in claims if c.negated), partial=(),
        status=status, claims=claims,
    )


def small_comparison() -> Comparison:
    """Return findings over small_claimset: one conflict and one gap."""
    effective = _statement((STS_ALPHA,), "single-source")
    used = _statement((STS_BETA,), "single-source")
    ulcer = _statement((ULCER,), "single-source")
    conflict = Conflict(
        id="cf-0001", kind="polarity", about="sodium thiosulfate for calciphylaxis",
        statements=(effective.id, used.id),
        sides=(Side(("beta",), "is used for", (used.id,)),
               Side(("alpha",), "is not proven to work", (effective.id,))),
        explanation="Beta lists it as a treatment; Alpha says it is not proven.",
        reason="used-vs-not-effective", reconcilable=True,
    )
    gap = Gap(source="alpha", statement=ulcer.id, label="calciphylaxis has symptom skin ulcer",
              asserted_by=("beta",), area="symptoms")
    return Comparison(
        topic="calciphylaxis", sources=("alpha", "beta"),
        statements=(effective, used, ulcer), conflicts=(conflict,), gaps=(gap,),
        area_gaps=(), agreement=(("alpha", "beta", 0.5),), freshness=(), as_of="2025-06-01",
    )
