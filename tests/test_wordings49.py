"""Sentence wordings read in session 49: definitions without the name, germs named the usual
one, ways in, links, choices for some people, and a clause joined by "but", written as
sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import page_claims, relations

T = "grebble fever"
RISK = "increases_risk_of"
USED = "used_for"
CAUSES = "causes"


@pytest.mark.parametrize("sentence, germs", [
    ("A fast-spreading infection of the skin and deep fat, usually caused by bacteria.",
     {"bacteria"}),
    ("An inflammation of the small blood vessels, often caused by a virus.", {"virus"}),
    ("A rare infection of the bones and joints, most often caused by zorbic bacteria or "
     "a mix of germs.", {"zorbic bacteria", "germs"}),
])
def test_a_definition_without_the_name_gives_the_topics_cause(tmp_path: Path,
        sentence: str, germs: set[str]) -> None:
    """"An infection of the X and Y, usually caused by G" opening a page: G causes the
    illness the page defines (it was read as causing Y, the last thing the "of" names)."""
    rels = relations(tmp_path, sentence, heading="Definition")
    assert {s for s, p, o in rels if p == CAUSES and o == T} == germs, rels
    assert not any(p == CAUSES and o != T for _, p, o in rels), rels


def test_an_aside_infection_caused_by_a_germ_is_not_the_topic(tmp_path: Path) -> None:
    """"A wound infection, often caused by X, can slow healing": a harm's cause, in a
    sentence that goes on; the topic is not what the infection names."""
    rels = relations(tmp_path, "A wound infection, often caused by skin bacteria, can slow "
                     "healing.", heading="Complications")
    assert (("skin bacteria", CAUSES, T)) not in rels, rels


@pytest.mark.parametrize("sentence, germ", [
    ("Zorbic streptococcus is the single most common organism.", "zorbic streptococcus"),
    ("Staphylococci are the usual germs.", "staphylococci"),
    ("A zorbic virus is the main pathogen.", "zorbic virus"),
])
def test_the_usual_germ_is_the_cause(tmp_path: Path, sentence: str, germ: str) -> None:
    """"X is the single most common organism" under causes: X causes it."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert (germ, CAUSES, T) in rels, rels


def test_another_organism_is_not_named_the_cause(tmp_path: Path) -> None:
    """"X is another organism found on the skin": no rank, no cause."""
    rels = relations(tmp_path, "Zorbic cocci are another organism found on skin.",
                     heading="Causes")
    assert not any(p == CAUSES for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, ways", [
    ("Minor trauma, such as an insect bite or a graze, is often the portal of entry.",
     {"minor trauma", "insect bite", "graze"}),
    ("Skin wounds are the usual way in.", {"skin wounds"}),
    ("A small cut is the most common entry point for the bacteria.", {"small cut"}),
])
def test_the_way_in_raises_the_risk(tmp_path: Path, sentence: str, ways: set[str]) -> None:
    """"A graze is often the portal of entry": the way the germ gets in, as in "gets in
    through a cut"."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {s for s, p, o in rels if p == RISK and o == T} == ways, rels


@pytest.mark.parametrize("sentence", [
    "The mouth is the main entry point for food.",
    "In many cases the portal of entry is never found.",
])
def test_other_entry_points_raise_no_risk(tmp_path: Path, sentence: str) -> None:
    rels = relations(tmp_path, sentence, heading="Causes")
    assert not any(p == RISK for _, p, _ in rels), rels


@pytest.mark.parametrize("sentence, linked", [
    ("Some studies link it to working with dusts, mould or insecticides.",
     {"working with dusts", "mould", "insecticides"}),
    ("Research has linked it to smoking and heavy drinking.", {"smoking", "heavy drinking"}),
    ("Studies have linked grebble fever to air pollution.", {"air pollution"}),
    ("Doctors have linked some cases to a virus.", {"virus"}),
])
def test_what_studies_link_it_to_goes_with_it(tmp_path: Path,
        sentence: str, linked: set[str]) -> None:
    """"Some studies link it to X" (the active "link"; "It is linked to X" was read)."""
    rels = relations(tmp_path, sentence, heading="Causes")
    assert {s for s, p, o in rels if p == "associated_with" and o == T} == linked, rels


@pytest.mark.parametrize("sentence, factor", [
    ("Having diabetes makes you a little more likely to get it.", "diabetes"),
    ("Smoking makes you slightly more likely to get it.", "smoking"),
    ("Having a parent or sibling with the condition makes you a bit more likely to get it.",
     "family history"),
])
def test_a_factor_that_makes_it_a_little_more_likely(tmp_path: Path,
        sentence: str, factor: str) -> None:
    rels = relations(tmp_path, sentence, heading="Who gets it?")
    assert (factor, RISK, T) in rels, rels


@pytest.mark.parametrize("sentence", [
    "If your symptoms are troublesome, steroid tablets are usually the first treatment offered.",
    "Steroid tablets are usually the first treatment given.",
])
def test_the_first_treatment_offered(tmp_path: Path, sentence: str) -> None:
    """"X is usually the first treatment offered": the participle after the treatment no
    longer hides it."""
    rels = relations(tmp_path, sentence, heading="Treatment")
    assert ("steroid tablets", USED, T) in rels, rels


def test_an_option_for_a_few_people_is_for_the_illness(tmp_path: Path) -> None:
    """"X is an option for a very small number of people with Y": for whom, not what for."""
    rels = relations(tmp_path, "A lung transplant is an option for a very small number of "
                     "people with severe lung scarring.", heading="Treatment")
    assert ("lung transplant", USED, T) in rels, rels


def test_a_not_in_for_whom_denies_no_choice(tmp_path: Path) -> None:
    """"Surgery is an option for people whose symptoms do not improve": the "not" is the
    people's (it denied the surgery)."""
    cs = page_claims(tmp_path, "Treatment\nSurgery is an option for people whose symptoms do "
                     "not improve.")
    used = [c for c in cs.claims if c.predicate == USED and cs.label(c.subject) == "surgery"]
    assert used and not any(c.negated for c in used), used


@pytest.mark.parametrize("sentence, harm", [
    ("Heart involvement is rare but can cause an irregular heartbeat.", "irregular heartbeat"),
    ("Heart involvement is rare, but can cause an irregular heartbeat.",
     "irregular heartbeat"),
    ("Eye involvement is uncommon but may lead to blindness.", "blindness"),
])
def test_a_clause_after_but_keeps_the_first_subject(tmp_path: Path,
        sentence: str, harm: str) -> None:
    """"X is rare but can cause Y": X causes Y (the "but" left the second verb without a
    subject, and nothing was read)."""
    rels = relations(tmp_path, sentence, heading="Outlook")
    assert (T, "has_complication", harm) in rels, rels
