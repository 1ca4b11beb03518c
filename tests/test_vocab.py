"""The predicate vocabulary against the released Biolink Model (PyPI biolink-model, read offline).

Every Biolink term we use must be a slot of the installed biolink-model
schema, and its domain and range must admit what our claims put at each
end, so a wrong term (``diagnosed_by``, ``target_for``) fails here instead of
reaching the RDF.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import pytest
import yaml
from rdflib import URIRef

from claimgraph.graph import vocab
from claimgraph.graph.vocab import BIOLINK, PREDICATES

# What sits at each end of our predicates, as Biolink classes (the loosest class
# our claims use there: a risk factor may be a drug, a condition or a population).
ENDS: dict[str, tuple[str, str]] = {
    "increases_risk_of": ("named thing", "disease"),
    "causes": ("named thing", "disease"),
    "contributes_to": ("named thing", "disease"),
    "associated_with": ("named thing", "disease"),
    "has_symptom": ("disease", "phenotypic feature"),
    "affects": ("disease", "anatomical entity"),
    "diagnosed_by": ("disease", "diagnostic aid"),
    "treated_by": ("disease", "treatment"),
    "used_for": ("treatment", "disease"),
    "effective_for": ("treatment", "disease"),
    "targets": ("treatment", "named thing"),
    "prevents": ("treatment", "disease"),
    "resembles": ("disease", "disease"),
    "has_measure": ("disease", "attribute"),
}


@cache
def biolink() -> dict[str, Any]:
    """The biolink-model schema shipped in the installed package."""
    text = (resources.files("biolink_model") / "schema" / "biolink_model.yaml").read_text(
        encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(text, Loader=loader)
    return data


def slot_name(term: str) -> str:
    """Return the schema's name for a slot's IRI local name (is_diagnosed_by → is diagnosed by)."""
    return term.replace("_", " ")


def ancestors(cls: str) -> set[str]:
    """Return a Biolink class with everything it is_a or mixes in, transitively."""
    classes = biolink()["classes"]
    seen: set[str] = set()
    todo = [cls]
    while todo:
        name = todo.pop()
        if name in seen or name not in classes:
            continue
        seen.add(name)
        spec = classes[name] or {}
        todo.extend([*([spec["is_a"]] if spec.get("is_a") else []), *(spec.get("mixins") or [])])
    return seen


def effective(slot: str, key: str) -> str | None:
    """Return a slot's domain or range, inherited along is_a when it states none."""
    slots = biolink()["slots"]
    name: str | None = slot
    while name:
        spec = slots[name] or {}
        if spec.get(key):
            return str(spec[key])
        name = spec.get("is_a")
    return None


def biolink_terms() -> list[str]:
    return sorted(BIOLINK.__annotations__)


def test_namespace_is_the_released_one() -> None:
    """Our Biolink namespace IRI is the prefix the released model declares."""
    assert str(BIOLINK) == biolink()["prefixes"]["biolink"]


@pytest.mark.parametrize("term", biolink_terms())
def test_every_declared_term_is_a_released_slot(term: str) -> None:
    """Each term of the closed namespace is a slot of biolink-model, not deprecated."""
    slots = biolink()["slots"]
    assert slot_name(term) in slots, f"biolink:{term} is not a slot of biolink-model"
    assert not (slots[slot_name(term)] or {}).get("deprecated"), f"biolink:{term} is deprecated"


def test_the_namespace_is_closed() -> None:
    """A term we did not declare raises rather than mint an IRI (the old, wrong terms too)."""
    for wrong in ("diagnosed_by", "target_for", "has_participant", "treats_condition"):
        with pytest.raises(AttributeError, match="not in namespace"):
            getattr(BIOLINK, wrong)


def test_every_biolink_mapping_goes_through_the_closed_namespace() -> None:
    """No predicate maps to a Biolink IRI that the closed namespace does not declare."""
    for p in PREDICATES.values():
        if p.iri.startswith(str(BIOLINK)):
            assert URIRef(p.iri) in BIOLINK, p.name
        else:
            assert p.iri.startswith(str(vocab.OBO)), p.name


@pytest.mark.parametrize("name", sorted(ENDS))
def test_domain_and_range_admit_our_claims(name: str) -> None:
    """The Biolink slot's domain and range (inherited if unstated) admit our subject and object."""
    predicate = PREDICATES[name]
    assert predicate.iri.startswith(str(BIOLINK)), f"{name} is not mapped to Biolink"
    slot = slot_name(predicate.iri[len(str(BIOLINK)):])
    subject, obj = ENDS[name]
    domain, range_ = effective(slot, "domain"), effective(slot, "range")
    assert domain is None or domain in ancestors(subject), (name, slot, "domain", domain)
    assert range_ is None or range_ in ancestors(obj), (name, slot, "range", range_)


def test_the_old_terms_fail_the_same_check() -> None:
    """The check catches the old mistakes: target_for takes a gene, not a treatment."""
    assert effective("target for", "domain") not in ancestors("treatment")
    assert "diagnosed by" not in biolink()["slots"]
    assert effective("has participant", "domain") not in ancestors("disease")


def test_every_predicate_but_two_has_a_biolink_term() -> None:
    """Only has_complication and involves fall back to the Relation Ontology (no slot fits)."""
    assert sorted(set(PREDICATES) - set(ENDS)) == ["has_complication", "involves"]
    assert PREDICATES["has_complication"].iri == str(vocab.RO_CAUSES_CONDITION)
    assert PREDICATES["involves"].iri == str(vocab.RO_DISEASE_HAS_FEATURE)
