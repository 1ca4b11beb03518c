"""The controlled predicate vocabulary, topic areas and RDF namespaces.

Every predicate and IRI the project uses comes from here, so a misspelt
predicate is an error at load time, not a silent new relation.  Each
predicate maps to a Biolink or Relation Ontology term where one fits, so the
RDF can be joined with other biomedical graphs.

The Biolink terms are a closed namespace (``BIOLINK``, ``_fail = True``, in
:mod:`.vocab_rdf`): a term that is not declared there raises, and
tests/test_vocab.py checks every declared term against the released
biolink-model schema and every predicate's IRI against the namespace, so a
wrong or misspelt slot fails the tests instead of reaching the RDF.  The
rdflib objects are imported on first use only (see :func:`__getattr__`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimgraph.graph.vocab_rdf import (
        BIOLINK as BIOLINK,
        CG as CG,
        IAO_IS_ABOUT as IAO_IS_ABOUT,
        OBO as OBO,
        RO_CAUSES_CONDITION as RO_CAUSES_CONDITION,
        RO_DISEASE_HAS_FEATURE as RO_DISEASE_HAS_FEATURE,
    )

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


# The namespaces, as plain strings: their rdflib forms (the closed BIOLINK namespace,
# OBO, CG and the terms below) live in :mod:`.vocab_rdf` and are handed out from here
# on first use, so that reading pages never imports rdflib (about 0.1 s of every
# ``claimgraph extract`` run, which builds no RDF).
BIOLINK_IRI = "https://w3id.org/biolink/vocab/"
OBO_IRI = "http://purl.obolibrary.org/obo/"
CG_IRI = "https://w3id.org/claimgraph/vocab#"
DEFAULT_BASE = "https://w3id.org/claimgraph/id/"
# Relation Ontology / IAO terms, where Biolink has no slot of the right shape.
RO_CAUSES_CONDITION_IRI = OBO_IRI + "RO_0003303"  # biolink:causes lists it as an exact mapping
RO_DISEASE_HAS_FEATURE_IRI = OBO_IRI + "RO_0004029"  # disease → a process or quality it shows
IAO_IS_ABOUT_IRI = OBO_IRI + "IAO_0000136"  # written from a figure to what it is about

# The names :mod:`.vocab_rdf` defines, served by :func:`__getattr__`.
_RDF_NAMES = frozenset({"BIOLINK", "OBO", "CG", "RO_CAUSES_CONDITION", "RO_DISEASE_HAS_FEATURE",
                        "IAO_IS_ABOUT"})


def __getattr__(name: str) -> object:
    """Return one of the rdflib terms, importing rdflib on the first one asked for.

    >>> from claimgraph.graph import vocab
    >>> str(vocab.BIOLINK.causes)
    'https://w3id.org/biolink/vocab/causes'
    """
    if name not in _RDF_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from claimgraph.graph import vocab_rdf

    value = getattr(vocab_rdf, name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def _biolink(term: str) -> str:
    """Return the IRI of a Biolink slot; tests/test_vocab.py checks each against BIOLINK."""
    return BIOLINK_IRI + term


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
                  _biolink("associated_with_increased_likelihood_of"), RISK),
        Predicate(CAUSES, "causes", _biolink("causes"), CAUSE),
        Predicate(CONTRIBUTES_TO, "contributes to", _biolink("contributes_to"), CAUSE),
        Predicate(ASSOCIATED_WITH, "is associated with", _biolink("associated_with"), RISK),
        Predicate(HAS_SYMPTOM, "has symptom", _biolink("has_phenotype"), SYMPTOMS),
        Predicate(HAS_COMPLICATION, "has complication", RO_CAUSES_CONDITION_IRI, COMPLICATIONS),
        Predicate(AFFECTS, "affects", _biolink("disease_has_location"), SYMPTOMS),
        # biolink:has_participant runs from a process to its participants; our
        # subject is the condition and the object the process it shows.
        Predicate(INVOLVES, "involves", RO_DISEASE_HAS_FEATURE_IRI, MECHANISM),
        Predicate(DIAGNOSED_BY, "is diagnosed by", _biolink("is_diagnosed_by"), DIAGNOSIS),
        Predicate(TREATED_BY, "is treated by", _biolink("treatment_applications_from"),
                  TREATMENT, USED_FOR),
        Predicate(USED_FOR, "is used for", _biolink("applied_to_treat"), TREATMENT, TREATED_BY),
        Predicate(EFFECTIVE_FOR, "is effective for", _biolink("ameliorates_condition"), TREATMENT),
        Predicate(TARGETS, "targets", _biolink("affects"), TREATMENT),
        Predicate(PREVENTS, "prevents", _biolink("preventative_for_condition"), PREVENTION),
        Predicate(RESEMBLES, "resembles", _biolink("similar_to"), DIAGNOSIS),
        Predicate(HAS_MEASURE, "has measure", _biolink("has_attribute"), PROGNOSIS),
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
    return CG_IRI + name
