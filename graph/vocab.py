"""The controlled predicate vocabulary, topic areas and RDF namespaces.

Every predicate and IRI the project uses comes from here, so a misspelt
predicate is an error at load time, not a silent new relation.  Each
predicate maps to a Biolink or Relation Ontology term where one fits, so the
RDF can be joined with other biomedical graphs.

The Biolink terms are a closed namespace (:class:`BIOLINK`, ``_fail = True``):
a term that is not declared there raises, and tests/test_vocab.py checks every
declared term against the released biolink-model schema, so a wrong or
misspelt slot fails the tests instead of reaching the RDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

# Predicate names (pybel style: UPPER_SNAKE constants, named sets beside them).
INCREASES_RISK_OF = "increases_risk_of"
CAUSES = "causes"
CONTRIBUTES_TO = "contributes_to"
ASSOCIATED_WITH = "associated_with"
HAS_SYMPTOM = "has_symptom"
HAS_COMPLICATION = "has_complication"
AFFECTS = "affects"
INVOLVES = "involves"
DIAGNOSED_BY = "diagnosed_by"
TREATED_BY = "treated_by"
USED_FOR = "used_for"
EFFECTIVE_FOR = "effective_for"
TARGETS = "targets"
PREVENTS = "prevents"
RESEMBLES = "resembles"
HAS_MEASURE = "has_measure"


class BIOLINK(DefinedNamespace):
    """The Biolink Model slots we map to (snake_case, as Biolink writes them in IRIs).

    Why each one, subject → object as our claims read:

    - ``associated_with_increased_likelihood_of``: ``increases_risk_of``, for
      any risk factor; ``predisposes_to_condition`` only takes a chemical,
      drug or treatment as subject, and most risk factors are conditions
      (kidney failure, obesity, diabetes).
    - ``is_diagnosed_by``: disease or phenotypic feature → diagnostic aid.
    - ``applied_to_treat``: an intervention that is *used* for a condition,
      whatever its evidence (``used_for``); Biolink keeps ``treats`` for
      established treatments, which is what ``effective_for`` says, and its
      narrower ``ameliorates_condition`` is the one we use there.
    - ``treatment_applications_from``: the inverse of ``applied_to_treat``.
    - ``affects``: ``targets`` (a treatment acting on a symptom, process or
      substance: phosphate binders target phosphate).  ``target_for`` would be
      wrong: its domain is a gene and its range a disease.
    - ``has_attribute``: entity → attribute, the direction of ``has_measure``
      (calciphylaxis has the figure; the figure node in turn says it is about
      calciphylaxis with IAO's ``is about``, which runs that way round).
    """

    _NS = Namespace("https://w3id.org/biolink/vocab/")
    _fail = True

    affects: URIRef
    ameliorates_condition: URIRef
    applied_to_treat: URIRef
    associated_with: URIRef
    associated_with_increased_likelihood_of: URIRef
    causes: URIRef
    contributes_to: URIRef
    disease_has_location: URIRef
    has_attribute: URIRef
    has_phenotype: URIRef
    is_diagnosed_by: URIRef
    preventative_for_condition: URIRef
    similar_to: URIRef
    treatment_applications_from: URIRef


OBO = Namespace("http://purl.obolibrary.org/obo/")
# Relation Ontology / IAO terms, where Biolink has no slot of the right shape.
RO_CAUSES_CONDITION = OBO.RO_0003303  # biolink:causes lists it as an exact mapping
RO_DISEASE_HAS_FEATURE = OBO.RO_0004029  # disease → a process or quality it shows
IAO_IS_ABOUT = OBO.IAO_0000136  # written from a figure to what it is about
CG = Namespace("https://w3id.org/claimgraph/vocab#")
DEFAULT_BASE = "https://w3id.org/claimgraph/id/"

# Topic areas, in the order a reader of a health page expects them.
RISK = "risk factors"
CAUSE = "causes"
SYMPTOMS = "symptoms"
COMPLICATIONS = "complications"
DIAGNOSIS = "diagnosis"
TREATMENT = "treatment"
PREVENTION = "prevention"
PROGNOSIS = "prognosis"
EPIDEMIOLOGY = "epidemiology"
MECHANISM = "mechanism"
AREAS = (RISK, CAUSE, MECHANISM, SYMPTOMS, COMPLICATIONS, DIAGNOSIS, TREATMENT, PREVENTION,
         PROGNOSIS, EPIDEMIOLOGY)


@dataclass(frozen=True, slots=True)
class Predicate:
    """One relation: its name, reading, inverse, ontology term and topic area."""

    name: str
    label: str
    iri: str
    area: str
    inverse: str | None = None


PREDICATES: dict[str, Predicate] = {
    p.name: p
    for p in (
        Predicate(INCREASES_RISK_OF, "increases risk of",
                  str(BIOLINK.associated_with_increased_likelihood_of), RISK),
        Predicate(CAUSES, "causes", str(BIOLINK.causes), CAUSE),
        Predicate(CONTRIBUTES_TO, "contributes to", str(BIOLINK.contributes_to), CAUSE),
        Predicate(ASSOCIATED_WITH, "is associated with", str(BIOLINK.associated_with), RISK),
        Predicate(HAS_SYMPTOM, "has symptom", str(BIOLINK.has_phenotype), SYMPTOMS),
        Predicate(HAS_COMPLICATION, "has complication", str(RO_CAUSES_CONDITION), COMPLICATIONS),
        Predicate(AFFECTS, "affects", str(BIOLINK.disease_has_location), SYMPTOMS),
        # biolink:has_participant runs from a process to its participants; our
        # subject is the condition and the object the process it shows.
        Predicate(INVOLVES, "involves", str(RO_DISEASE_HAS_FEATURE), MECHANISM),
        Predicate(DIAGNOSED_BY, "is diagnosed by", str(BIOLINK.is_diagnosed_by), DIAGNOSIS),
        Predicate(TREATED_BY, "is treated by", str(BIOLINK.treatment_applications_from),
                  TREATMENT, USED_FOR),
        Predicate(USED_FOR, "is used for", str(BIOLINK.applied_to_treat), TREATMENT, TREATED_BY),
        Predicate(EFFECTIVE_FOR, "is effective for", str(BIOLINK.ameliorates_condition), TREATMENT),
        Predicate(TARGETS, "targets", str(BIOLINK.affects), TREATMENT),
        Predicate(PREVENTS, "prevents", str(BIOLINK.preventative_for_condition), PREVENTION),
        Predicate(RESEMBLES, "resembles", str(BIOLINK.similar_to), DIAGNOSIS),
        Predicate(HAS_MEASURE, "has measure", str(BIOLINK.has_attribute), PROGNOSIS),
    )
}

# Named sets (pybel's CAUSAL_INCREASE_RELATIONS habit).
RISK_PREDICATES = frozenset({INCREASES_RISK_OF, CAUSES, CONTRIBUTES_TO, ASSOCIATED_WITH})
TREATMENT_PREDICATES = frozenset({USED_FOR, EFFECTIVE_FOR, TARGETS, PREVENTS})
CLINICAL_FEATURE_PREDICATES = frozenset({HAS_SYMPTOM, HAS_COMPLICATION, AFFECTS, INVOLVES})

# Claims written with the inverse are turned around at load time, so
# "calciphylaxis treated_by dialysis" and "dialysis used_for calciphylaxis"
# are one statement.
CANONICAL_INVERSE = {TREATED_BY: USED_FOR}

PROGNOSIS_KINDS = frozenset({"mortality", "survival", "recovery", "relapse", "duration"})


def measure_area(kind: str) -> str:
    """Return the topic area of a measure kind (mortality → prognosis)."""
    return PROGNOSIS if kind in PROGNOSIS_KINDS else EPIDEMIOLOGY


def predicate_area(predicate: str, measure_kind: str | None = None) -> str:
    """Return the topic area a predicate (and measure kind) belongs to."""
    if predicate == HAS_MEASURE and measure_kind:
        return measure_area(measure_kind)
    return PREDICATES[predicate].area


def predicate_iri(name: str) -> str:
    """Return the claimgraph IRI of a predicate (for the per-source triples)."""
    return str(CG[name])
