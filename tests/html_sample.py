"""A small hand-made comparison for the HTML graph tests (no engine needed).

Four sources and ten statements: one of each status, a hedged-only and a
denied-only statement, a partial supporter, two predicates between one pair
of entities, and two mortality figures in a numeric conflict.
``hostile_bundle`` carries script and image payloads in every text field;
``hostile_project`` writes claim files that carry them, for the loader.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from claimgraph.exports.base import Bundle
from claimgraph.graph.findings import Comparison, Conflict, Side, Statement
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
    Source,
)
from claimgraph.graph.vocab import predicate_area

SOURCES = (
    Source("mayo", title="Calciphylaxis overview", publisher="Mayo Clinic"),
    Source("cleveland", title="Calciphylaxis", publisher="Cleveland Clinic"),
    Source("nkf", title="Calciphylaxis", publisher="NKF"),
    Source("osmosis", title="Calciphylaxis explained", publisher="Osmosis"),
)
ENTITIES = (
    Entity("calciphylaxis", "calciphylaxis", EntityType.CONDITION,
           synonyms=("calcific uremic arteriolopathy",)),
    Entity("dialysis", "dialysis", EntityType.PROCEDURE),
    Entity("warfarin", "warfarin", EntityType.MEDICATION),
    Entity("obesity", "obesity", EntityType.CONDITION),
    Entity("diabetes", "diabetes", EntityType.CONDITION),
    Entity("sodium-thiosulfate", "sodium thiosulfate", EntityType.MEDICATION),
    Entity("hyperbaric-oxygen", "hyperbaric oxygen therapy", EntityType.PROCEDURE),
    Entity("skin-biopsy", "skin biopsy", EntityType.TEST),
    Entity("calcium", "calcium", EntityType.SUBSTANCE),
    Entity("unused", "never mentioned", EntityType.OTHER),
)
MORTALITY_80 = Measure("mortality", value=0.8, bound=Bound.UPPER, horizon="P12M")
MORTALITY_50 = Measure("mortality", value=0.5, bound=Bound.APPROX, horizon="P12M")


def _claim(subject: str, predicate: str, obj: str | None, source: str, *,
           measure: Measure | None = None, hedged: bool = False, negated: bool = False,
           level: str | None = None, section: str = "Overview", anchor: str = "") -> Claim:
    return Claim(subject, predicate, obj, measure=measure,
                 polarity=Polarity.NEGATED if negated else Polarity.AFFIRMED,
                 certainty=Certainty.HEDGED if hedged else Certainty.STATED,
                 qualifiers=Qualifiers(level=level),
                 evidence=Evidence(source, section=section,
                                   anchor=anchor or f"{subject} {predicate}"))


def _statement(claims: list[Claim], status: str, partial: tuple[str, ...] = ()) -> Statement:
    first = claims[0]
    kind = first.measure.kind if first.measure else None
    return Statement(
        id=first.statement_id, subject=first.subject, predicate=first.predicate,
        object=first.object, measure=first.measure, qualifiers=first.qualifiers,
        area=predicate_area(first.predicate, kind),
        asserts=tuple(sorted(c.source for c in claims if not c.negated and not c.hedged)),
        hedges=tuple(sorted(c.source for c in claims if c.hedged and not c.negated)),
        denies=tuple(sorted(c.source for c in claims if c.negated)),
        partial=partial, status=status, claims=tuple(claims),
    )


def statements() -> dict[str, Statement]:
    """Return the sample's statements by a short name."""
    c = _claim
    all4 = ("mayo", "cleveland", "nkf", "osmosis")
    return {
        "dialysis": _statement([c("dialysis", "increases_risk_of", "calciphylaxis", s,
                                  anchor="people on dialysis") for s in all4], "consensus"),
        "warfarin": _statement([c("warfarin", "increases_risk_of", "calciphylaxis", s)
                                for s in ("mayo", "cleveland", "nkf")], "majority"),
        "obesity": _statement([c("obesity", "increases_risk_of", "calciphylaxis", s)
                               for s in ("mayo", "osmosis")], "minority"),
        "diabetes": _statement([c("diabetes", "increases_risk_of", "calciphylaxis", "nkf")],
                               "single-source", partial=("osmosis",)),
        "biopsy": _statement([c("calciphylaxis", "diagnosed_by", "skin-biopsy", s,
                                section="Diagnosis") for s in ("mayo", "cleveland")],
                             "minority"),
        "sts": _statement([c("sodium-thiosulfate", "used_for", "calciphylaxis", "mayo"),
                           c("sodium-thiosulfate", "used_for", "calciphylaxis", "nkf",
                             negated=True)], "contested"),
        "sts-effective": _statement([c("sodium-thiosulfate", "effective_for", "calciphylaxis",
                                       "cleveland", hedged=True)], "single-source"),
        "hbo": _statement([c("hyperbaric-oxygen", "effective_for", "calciphylaxis", "osmosis",
                             negated=True)], "single-source"),
        "calcium": _statement([c("calcium", "increases_risk_of", "calciphylaxis", "cleveland",
                                 level="high")], "single-source"),
        "mortality-80": _statement([c("calciphylaxis", "has_measure", None, "cleveland",
                                      measure=MORTALITY_80, section="Outlook")],
                                   "single-source"),
        "mortality-50": _statement([c("calciphylaxis", "has_measure", None, "nkf",
                                      measure=MORTALITY_50, section="Prognosis")],
                                   "single-source"),
    }


def conflict(sts: dict[str, Statement]) -> Conflict:
    """Return the numeric conflict between the two mortality figures."""
    return Conflict(
        "cf-mortality", "numeric", "one-year mortality",
        (sts["mortality-50"].id, sts["mortality-80"].id),
        (Side(("cleveland",), "up to 80 % within a year"),
         Side(("nkf",), "about 50 % within a year")),
        "Cleveland Clinic gives up to 80 % within a year; NKF about 50 %.", "numeric-differs",
        reconcilable=True,
    )


def bundle(**kw: object) -> Bundle:
    """Return the sample as a Bundle with its comparison."""
    sts = statements()
    claims = tuple(cl for st in sts.values() for cl in st.claims)
    cs = ClaimSet(SOURCES, ENTITIES, claims, topic="calciphylaxis")
    cmp = Comparison(topic="calciphylaxis", sources=tuple(s.id for s in SOURCES),
                     statements=tuple(sts.values()), conflicts=(conflict(sts),), gaps=(),
                     area_gaps=(), agreement=(), freshness=(), as_of="2026-11-21")
    return Bundle(cs, cmp, **kw)  # type: ignore[arg-type]


SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned='img';alert(1)\">"


def hostile_bundle() -> Bundle:
    """Return the sample with script and image payloads in labels, titles and publishers."""
    b = bundle()
    cs = b.claims
    sources = tuple(replace(s, title=f"{s.title} {SCRIPT} href", publisher=f"{s.publisher} {IMG}")
                    for s in cs.sources)
    entities = tuple(replace(e, label=f"{e.label} {IMG if i % 2 else SCRIPT}",
                             synonyms=(f"{SCRIPT}{IMG}",))
                     for i, e in enumerate(cs.entities))
    cmp = b.comparison
    assert cmp is not None
    sts = tuple(replace(st, claims=tuple(
        replace(cl, evidence=replace(cl.evidence, section=f"{SCRIPT}", anchor=IMG,
                                     text=f"quote {SCRIPT} <a href='javascript:alert(2)'>x</a>"))
        for cl in st.claims)) for st in cmp.statements)
    conflicts = tuple(replace(cf, about=f"{cf.about} {IMG}", explanation=f"{SCRIPT} {IMG}",
                              sides=tuple(replace(s, says=IMG) for s in cf.sides))
                      for cf in cmp.conflicts)
    cs = replace(cs, sources=sources, entities=entities)
    cmp = replace(cmp, statements=sts, conflicts=conflicts)
    return Bundle(cs, cmp)


HOSTILE_TOPIC = "calciphylaxis <script>window.__pwned='topic'</script>"
HOSTILE_FILES = {
    "vocabulary.yaml": f'''topic: "{HOSTILE_TOPIC}"
entities:
  - label: "{HOSTILE_TOPIC}"
    type: condition
    synonyms: ["<img src=x onerror=\\"window.__pwned='synonym'\\">"]
''',
    "claims/a.yaml": f'''source:
  id: evil-a
  title: "Page A <script>window.__pwned='title'</script> href"
  publisher: "Publisher A <img src=x onerror=\\"window.__pwned='publisher';alert(1)\\">"
claims:
  - subject: "warfarin <img src=x onerror=\\"window.__pwned='label';alert(2)\\">"
    predicate: increases_risk_of
    object: "{HOSTILE_TOPIC}"
    section: "<script>window.__pwned='section'</script>"
    anchor: "<img src=x onerror=alert(3)>"
  - subject: "sodium thiosulfate <b onmouseover=alert(4)>x</b>"
    predicate: used_for
    object: "{HOSTILE_TOPIC}"
    anchor: "may help"
  - subject: "{HOSTILE_TOPIC}"
    predicate: has_measure
    measure: {{kind: mortality, value: 0.8, bound: upper, horizon: P12M}}
    anchor: "up to 80"
''',
    "claims/b.yaml": f'''source:
  id: evil-b
  title: "Page B <img src=x onerror=\\"window.__pwned='title b'\\">"
  publisher: "<script>alert('publisher b')</script>"
claims:
  - subject: "sodium thiosulfate <b onmouseover=alert(4)>x</b>"
    predicate: used_for
    object: "{HOSTILE_TOPIC}"
    negated: true
    anchor: "<iframe src=javascript:alert(5)>"
  - subject: "{HOSTILE_TOPIC}"
    predicate: has_measure
    measure: {{kind: mortality, value: 0.5, bound: approx, horizon: P12M}}
    anchor: "about half"
''',
}


def hostile_project(folder: Path) -> Path:
    """Write claim files whose labels, titles and publishers carry payloads; return the folder."""
    for name, text in HOSTILE_FILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
