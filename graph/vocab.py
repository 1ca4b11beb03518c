"""The controlled predicate vocabulary, topic areas and RDF namespaces.

Every predicate and IRI the project uses comes from here, so a misspelt
predicate is an error at load time, not a silent new relation.  Each
predicate maps to a Biolink or Relation Ontology term where one fits, so the
RDF can be joined with other biomedical graphs.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace

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

BIOLINK = Namespace("https://w3id.org/biolink/vocab/")
OBO = Namespace("http://purl.obolibrary.org/obo/")
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
        Predicate(
            INCREASES_RISK_OF, "increases risk of", str(BIOLINK.predisposes_to_condition), RISK
        ),
        Predicate(CAUSES, "causes", str(BIOLINK.causes), CAUSE),
        Predicate(CONTRIBUTES_TO, "contributes to", str(BIOLINK.contributes_to), CAUSE),
        Predicate(ASSOCIATED_WITH, "is associated with", str(BIOLINK.associated_with), RISK),
        Predicate(HAS_SYMPTOM, "has symptom", str(BIOLINK.has_phenotype), SYMPTOMS),
        Predicate(HAS_COMPLICATION, "has complication", str(OBO.RO_0003303), COMPLICATIONS),
        Predicate(AFFECTS, "affects", str(BIOLINK.disease_has_location), SYMPTOMS),
        Predicate(INVOLVES, "involves", str(BIOLINK.has_participant), MECHANISM),
        Predicate(DIAGNOSED_BY, "is diagnosed by", str(BIOLINK.diagnosed_by), DIAGNOSIS),
        Predicate(TREATED_BY, "is treated by", str(BIOLINK.treated_by), TREATMENT, USED_FOR),
        Predicate(USED_FOR, "is used for", str(BIOLINK.treats), TREATMENT, TREATED_BY),
        Predicate(EFFECTIVE_FOR, "is effective for", str(BIOLINK.ameliorates_condition), TREATMENT),
        Predicate(TARGETS, "targets", str(BIOLINK.target_for), TREATMENT),
        Predicate(PREVENTS, "prevents", str(BIOLINK.preventative_for_condition), PREVENTION),
        Predicate(RESEMBLES, "resembles", str(BIOLINK.similar_to), DIAGNOSIS),
        Predicate(HAS_MEASURE, "has measure", str(OBO.IAO_0000136), PROGNOSIS),
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
