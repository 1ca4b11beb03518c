"""A small hand-made comparison for the report tests (no engine needed).

Four sources, nine statements covering every stance and three conflict
kinds, gaps, an area gap, an overdue source and an unknown agreement share.
``hostile_bundle`` is the same comparison with markup in every text field.
"""

from __future__ import annotations

from dataclasses import replace

from claimgraph.exports.base import Bundle
from claimgraph.graph.findings import (
    AreaGap,
    Comparison,
    Conflict,
    Freshness,
    Gap,
    Side,
    Statement,
)
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
from claimgraph.graph.vocab import predicate_area

AS_OF = "2026-11-21"
SOURCES = (
    Source("mayo", title="Calciphylaxis overview", publisher="Mayo Clinic",
           reviewed="2024-03-04", kind="patient information"),
    Source("cleveland", title="Calciphylaxis", publisher="Cleveland Clinic",
           url="https://example.org/cleveland", reviewed="2025-11-07",
           kind="patient information"),
    Source("nkf", title="Calciphylaxis", publisher="National Kidney Federation (UK)",
           authors=("A. Author", "B. Author"), published="2023-07", next_review="2026-07",
           kind="patient information"),
    Source("osmosis", title="Calciphylaxis explained", publisher="Osmosis",
           modified="2025-01-06", kind="medical education"),
)
ENTITIES = (
    Entity("calciphylaxis", "calciphylaxis", EntityType.CONDITION),
    Entity("kidney-failure", "kidney failure", EntityType.CONDITION),
    Entity("warfarin", "warfarin", EntityType.MEDICATION),
    Entity("sodium-thiosulfate", "sodium thiosulfate", EntityType.MEDICATION),
    Entity("skin-biopsy", "skin biopsy", EntityType.TEST),
    Entity("autoimmune-disease", "autoimmune disease", EntityType.CONDITION),
    Entity("lupus", "lupus", EntityType.CONDITION, broader=("autoimmune-disease",)),
    Entity("calcium", "calcium", EntityType.SUBSTANCE),
)
# Our own wording, standing in for the cleveland page's normalised text.
CLEVELAND_TEXT = (
    "Intro. People with failing kidneys run the highest risk. "
    "Blood thinners such as warfarin raise the risk too. "
    "Sodium thiosulfate is given through a vein. "
    "Roughly four in five people die within twelve months."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _claim(subject: str, predicate: str, obj: str | None, source: str, *,
           measure: Measure | None = None, negated: bool = False, hedged: bool = False,
           level: str | None = None, section: str | None = "Causes", anchor: str | None = None,
           text: str | None = None, span: str | None = None,
           status: ReviewStatus = ReviewStatus.ACCEPTED) -> Claim:
    start = end = None
    if span is not None:
        start, end = _span(CLEVELAND_TEXT, span)
    return Claim(
        subject, predicate, obj, measure=measure,
        polarity=Polarity.NEGATED if negated else Polarity.AFFIRMED,
        certainty=Certainty.HEDGED if hedged else Certainty.STATED,
        qualifiers=Qualifiers(level=level),
        evidence=Evidence(source, section=section, anchor=anchor, start=start, end=end,
                          text=text, origin=f"claims/{source}.yaml"),
        status=status,
    )


MORT_80 = Measure("mortality", value=0.8, bound=Bound.UPPER, horizon="P12M")
MORT_50 = Measure("mortality", value=0.5, bound=Bound.APPROX, horizon="P12M")

CLAIMS = (
    # kidney failure: all four assert -> consensus
    *(_claim("kidney-failure", "increases_risk_of", "calciphylaxis", s,
             anchor="kidney failure", text="kidney failure is the main risk")
      for s in ("mayo", "nkf", "osmosis")),
    _claim("kidney-failure", "increases_risk_of", "calciphylaxis", "cleveland",
           anchor="failing kidneys", span="People with failing kidneys run the highest risk."),
    # warfarin: stated by two, hedged by nkf -> certainty conflict; osmosis silent (gap)
    _claim("warfarin", "increases_risk_of", "calciphylaxis", "mayo", anchor="warfarin",
           text="warfarin can raise the risk"),
    _claim("warfarin", "increases_risk_of", "calciphylaxis", "cleveland", anchor="warfarin",
           span="Blood thinners such as warfarin raise the risk too."),
    _claim("warfarin", "increases_risk_of", "calciphylaxis", "nkf", hedged=True,
           anchor="may play a part", text=None, section=None),
    # sodium thiosulfate: asserted, hedged and denied -> contested, polarity conflict
    _claim("sodium-thiosulfate", "used_for", "calciphylaxis", "cleveland", section="Treatment",
           anchor="sodium thiosulfate", span="Sodium thiosulfate is given through a vein."),
    _claim("sodium-thiosulfate", "used_for", "calciphylaxis", "osmosis", hedged=True,
           section="Treatment", anchor="might help", text="thiosulfate might help"),
    _claim("sodium-thiosulfate", "used_for", "calciphylaxis", "nkf", negated=True,
           section="Treatment", anchor="no proven treatment", text="no treatment is proven",
           status=ReviewStatus.CANDIDATE),
    # mortality figures -> numeric conflict
    _claim("calciphylaxis", "has_measure", None, "cleveland", measure=MORT_80,
           section="Outlook", anchor="four in five",
           span="Roughly four in five people die within twelve months."),
    _claim("calciphylaxis", "has_measure", None, "nkf", measure=MORT_50, section="Outlook",
           anchor="about half", text="about half die in a year"),
    # lupus (mayo) partially supports autoimmune disease (osmosis)
    _claim("lupus", "increases_risk_of", "calciphylaxis", "mayo", anchor="lupus"),
    _claim("autoimmune-disease", "increases_risk_of", "calciphylaxis", "osmosis",
           anchor="autoimmune"),
    # biopsy: three sources, nkf silent (gap) and nkf never covers diagnosis
    *(_claim("calciphylaxis", "diagnosed_by", "skin-biopsy", s, section="Diagnosis",
             anchor="biopsy", text="a biopsy confirms it")
      for s in ("mayo", "cleveland", "osmosis")),
    # high calcium: a qualifier
    _claim("calcium", "increases_risk_of", "calciphylaxis", "cleveland", level="high",
           anchor="high calcium", text="high calcium levels"),
)


def _claims_of(key: tuple[object, ...]) -> tuple[Claim, ...]:
    return tuple(c for c in CLAIMS if c.key() == key)


def _statement(claim: Claim, status: str, partial: tuple[str, ...] = ()) -> Statement:
    claims = _claims_of(claim.key())
    by = {"asserts": [], "hedges": [], "denies": []}
    for c in claims:
        by["denies" if c.negated else "hedges" if c.hedged else "asserts"].append(c.source)
    return Statement(
        id=claim.statement_id, subject=claim.subject, predicate=claim.predicate,
        object=claim.object, measure=claim.measure, qualifiers=claim.qualifiers,
        area=predicate_area(claim.predicate, claim.measure.kind if claim.measure else None),
        asserts=tuple(sorted(by["asserts"])), hedges=tuple(sorted(by["hedges"])),
        denies=tuple(sorted(by["denies"])), partial=partial, status=status, claims=claims,
    )


def _first(subject: str, predicate: str, obj: str | None = None,
           measure: Measure | None = None) -> Claim:
    return next(c for c in CLAIMS if (c.subject, c.predicate, c.object, c.measure)
                == (subject, predicate, obj, measure))


KIDNEY = _statement(_first("kidney-failure", "increases_risk_of", "calciphylaxis"), "consensus")
WARFARIN = _statement(_first("warfarin", "increases_risk_of", "calciphylaxis"), "majority")
STS = _statement(_first("sodium-thiosulfate", "used_for", "calciphylaxis"), "contested")
MORT80 = _statement(_first("calciphylaxis", "has_measure", None, MORT_80), "single-source")
MORT50 = _statement(_first("calciphylaxis", "has_measure", None, MORT_50), "single-source")
LUPUS = _statement(_first("lupus", "increases_risk_of", "calciphylaxis"), "single-source")
AUTOIMMUNE = _statement(_first("autoimmune-disease", "increases_risk_of", "calciphylaxis"),
                        "minority", partial=("mayo",))
BIOPSY = _statement(_first("calciphylaxis", "diagnosed_by", "skin-biopsy"), "consensus")
CALCIUM = _statement(_first("calcium", "increases_risk_of", "calciphylaxis"), "single-source")
STATEMENTS = (KIDNEY, WARFARIN, STS, MORT80, MORT50, LUPUS, AUTOIMMUNE, BIOPSY, CALCIUM)

CONFLICTS = (
    Conflict("cf-numeric0001", "numeric", "one-year mortality", (MORT80.id, MORT50.id),
             (Side(("cleveland",), "up to 80 % within a year", (MORT80.id,)),
              Side(("nkf",), "about 50 % within a year", (MORT50.id,))),
             "Cleveland gives an upper figure of 80 %; NKF gives about 50 %. Both bound "
             "the same one-year mortality, so both can hold.", "upper-vs-point",
             reconcilable=True, ratio=1.6),
    Conflict("cf-polarity001", "polarity", "sodium thiosulfate for calciphylaxis", (STS.id,),
             (Side(("cleveland", "osmosis"), "is used"), Side(("nkf",), "is not proven")),
             "Two sources say it is used; NKF says no treatment is proven.",
             "affirmed-vs-negated", reconcilable=False),
    Conflict("cf-certainty01", "certainty", "warfarin raises the risk", (WARFARIN.id,),
             (Side(("cleveland", "mayo"), "states it"), Side(("nkf",), "hedges it")),
             "Mayo and Cleveland state it; NKF only says it may play a part.",
             "stated-vs-hedged"),
)
GAPS = (
    Gap("nkf", BIOPSY.id, "calciphylaxis is diagnosed by skin biopsy",
        ("cleveland", "mayo", "osmosis"), "diagnosis"),
    Gap("osmosis", WARFARIN.id, "warfarin increases risk of calciphylaxis",
        ("cleveland", "mayo"), "risk factors"),
)
AREA_GAPS = (AreaGap("nkf", "diagnosis", ("cleveland", "mayo", "osmosis")),)
AGREEMENT = (
    ("cleveland", "mayo", 0.75), ("cleveland", "nkf", 0.25), ("cleveland", "osmosis", 0.5),
    ("mayo", "nkf", 0.3333333333), ("mayo", "osmosis", None),
    # nkf/osmosis left out on purpose: the report must still show the pair (as null).
)
FRESHNESS = (
    Freshness("cleveland", None, "2025-11-07", False),
    Freshness("mayo", None, "2024-03-04", False),
    Freshness("nkf", "2026-07", "2023-07", True),
    Freshness("osmosis", None, "2025-01-06", False),
)


def comparison() -> Comparison:
    """Return the hand-made comparison of the four sample sources."""
    return Comparison(
        topic="calciphylaxis", sources=tuple(s.id for s in SOURCES), statements=STATEMENTS,
        conflicts=CONFLICTS, gaps=GAPS, area_gaps=AREA_GAPS, agreement=AGREEMENT,
        freshness=FRESHNESS, as_of=AS_OF,
    )


def bundle() -> Bundle:
    """Return the sample as an exporter bundle, with the cleveland text at hand."""
    cs = ClaimSet(sources=SOURCES, entities=ENTITIES, claims=CLAIMS, topic="calciphylaxis")
    return Bundle(cs, comparison(), documents={"cleveland": CLEVELAND_TEXT})


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def hostile_bundle() -> Bundle:
    """Return the sample with markup in every label, section, anchor, quote and name."""
    b = bundle()
    cs = b.claims
    entities = tuple(replace(e, label=f"{e.label} {SCRIPT}") for e in cs.entities)
    sources = tuple(
        replace(s, publisher=f"{s.publisher} {SCRIPT}", title=f"{s.title} {IMG}",
                kind=IMG, url=url)
        for s, url in zip(cs.sources, (
            "javascript:alert(1)", 'https://example.org/x"><script>alert(1)</script>',
            None, "data:text/html,<script>alert(1)</script>"), strict=True)
    )

    def ev(c: Claim) -> Claim:
        e = c.evidence
        return replace(c, evidence=replace(
            e, section=f"{e.section} {IMG}", anchor=f"{e.anchor} {SCRIPT}",
            text=None if e.text is None else f"{e.text} {SCRIPT}"))

    def st(s: Statement) -> Statement:
        return replace(s, claims=tuple(ev(c) for c in s.claims))

    cmp = b.comparison
    assert cmp is not None
    cmp = replace(
        cmp,
        statements=tuple(st(s) for s in cmp.statements),
        conflicts=tuple(replace(cf, about=f"{cf.about} {SCRIPT}",
                                explanation=f"{cf.explanation} {IMG}",
                                sides=tuple(replace(sd, says=f"{sd.says} {IMG}")
                                            for sd in cf.sides))
                        for cf in cmp.conflicts),
        gaps=tuple(replace(g, label=f"{g.label} {SCRIPT}", area=f"{g.area} {IMG}")
                   for g in cmp.gaps),
    )
    cs = replace(cs, entities=entities, sources=sources,
                 claims=tuple(ev(c) for c in cs.claims))
    documents = {"cleveland": f"{SCRIPT}{CLEVELAND_TEXT}"}  # shifts the spans: quotes move
    return Bundle(cs, cmp, documents=documents)
