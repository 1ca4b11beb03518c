"""The vocabulary's rdflib terms: the closed Biolink namespace, OBO and our own.

Apart from :mod:`.vocab` so that reading pages never imports rdflib:
``vocab.BIOLINK`` and the others below are imported from here on first use
(see ``vocab.__getattr__``).  The IRIs themselves are :mod:`.vocab`'s strings.

The Biolink terms are a closed namespace (:class:`BIOLINK`, ``_fail = True``):
a term that is not declared there raises, and tests/test_vocab.py checks every
declared term against the released biolink-model schema, and every predicate's
IRI against this namespace, so a wrong or misspelt slot fails the tests instead
of reaching the RDF.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from claimgraph.graph.vocab import (
    BIOLINK_IRI,
    CG_IRI,
    IAO_IS_ABOUT_IRI,
    OBO_IRI,
    RO_CAUSES_CONDITION_IRI,
    RO_DISEASE_HAS_FEATURE_IRI,
)


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

    _NS = Namespace(BIOLINK_IRI)
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


OBO = Namespace(OBO_IRI)
RO_CAUSES_CONDITION = URIRef(RO_CAUSES_CONDITION_IRI)
RO_DISEASE_HAS_FEATURE = URIRef(RO_DISEASE_HAS_FEATURE_IRI)
IAO_IS_ABOUT = URIRef(IAO_IS_ABOUT_IRI)
CG = Namespace(CG_IRI)
