"""Remedies named with how soon they are given, what they are given for, and what they are done to.

Sentences are our own words about a made-up illness ("grebble fever"); see
tests/test_rule_families.py for the page the helper builds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import clean_phrase
from tests.test_rule_families import relations_set


@pytest.mark.parametrize("sentence", [
    "Doctors will give tarnomycin straight away.",
    "You will need tarnomycin right away.",
    "Doctors will give tarnomycin as soon as possible.",
    "It is treated with tarnomycin immediately.",
])
def test_how_soon_a_remedy_is_given_is_no_part_of_its_name(tmp_path: Path,
                                                            sentence: str) -> None:
    """"give X straight away" names X, not "X straight away"."""
    got = relations_set(tmp_path, sentence, heading="Treatment")
    assert ("tarnomycin", "used_for", "grebble fever") in got


@pytest.mark.parametrize(("sentence", "harm"), [
    ("If kidney damage develops, tarnomycin may be needed.", "kidney damage"),
    ("When wound rot occurs, drainage may be needed.", "wound rot"),
    ("People who develop kidney damage may need tarnomycin.", "kidney damage"),
])
def test_a_remedy_needed_for_a_harm_that_arises_treats_that_harm(tmp_path: Path, sentence: str,
                                                                 harm: str) -> None:
    """The harm named in the clause, not the illness as a whole, is what the remedy is for."""
    got = relations_set(tmp_path, sentence, heading="Treatment")
    assert any(p == "used_for" and o == harm for _, p, o in got)


def test_people_with_a_mere_state_still_treat_the_illness(tmp_path: Path) -> None:
    """"People with severe symptoms need X": no harm named, so X is for the illness."""
    got = relations_set(tmp_path, "People with severe symptoms may need tarnomycin.",
                        heading="Treatment")
    assert ("tarnomycin", "used_for", "severe symptoms") not in got


@pytest.mark.parametrize(("phrase", "name"), [
    ("debridement of necrotic tissue", "debridement"),
    ("surgical debridement of the dead tissue", "surgical debridement"),
    ("drainage of the infected area", "drainage"),
    ("removal of dead tissue", "removal of dead tissue"),  # the act alone says nothing
    ("amputation of the leg", "amputation of the leg"),  # which limb is kept
])
def test_a_procedure_done_to_tissue_is_named_by_the_procedure(phrase: str, name: str) -> None:
    """"debridement of necrotic tissue" is debridement; "removal of X" keeps its X."""
    assert clean_phrase(phrase) == name


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("Most people have surgery within a day.", "surgery"),
    ("You might also have a blood transfusion.", "blood transfusion"),
    ("Some patients need to have an amputation.", "amputation"),
])
def test_a_remedy_people_have_in_general_text(tmp_path: Path, sentence: str,
                                              remedy: str) -> None:
    """"Most people have surgery": what people have or undergo, when it is a remedy's name."""
    assert (remedy, "used_for", "grebble fever") in relations_set(tmp_path, sentence)


def test_what_people_have_is_no_remedy_unless_named_as_one(tmp_path: Path) -> None:
    """"Most people have a sore tongue" names a sign, not a remedy."""
    got = relations_set(tmp_path, "Most people have a sore tongue.")
    assert not any(p == "used_for" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "remedy"), [
    ("You'll get tarnomycin injections through a drip.", "tarnomycin injections"),
    ("Patients often receive fluids into a vein.", "intravenous fluids"),
    ("Surgeons perform an operation within hours.", "operation"),
    ("Doctors may also use a breathing machine.", "breathing machine"),
    ("Doctors often carry out surgery within hours.", "surgery"),
    ("Treatment usually starts with tarnomycin.", "tarnomycin"),
])
def test_a_remedy_named_by_what_carers_do_or_people_get(tmp_path: Path, sentence: str,
                                                        remedy: str) -> None:
    """What doctors perform or use, or people get, under no typed heading, when a remedy."""
    assert (remedy, "used_for", "grebble fever") in relations_set(tmp_path, sentence)


def test_what_doctors_use_to_look_is_no_remedy(tmp_path: Path) -> None:
    """"Doctors use a scan to look inside": a means of finding, not of treating."""
    got = relations_set(tmp_path, "Doctors use a scan to look inside.")
    assert not any(p == "used_for" for _, p, _ in got)


@pytest.mark.parametrize(("sentence", "act"), [
    ("The dead tissue is cut away in an operation.", "dead tissue removal"),
    ("The blackened skin has to be cut out.", "blackened skin removal"),
])
def test_tissue_cut_away_is_its_removal(tmp_path: Path, sentence: str, act: str) -> None:
    """"X is cut away" is X's removal, as "X is removed" is."""
    assert (act, "used_for", "grebble fever") in relations_set(tmp_path, sentence)


def _page_relations(tmp_path: Path, paragraph: str) -> set[tuple[str, str, str]]:
    """Relations of a page whose treatment section is one paragraph of several sentences."""
    return relations_set(tmp_path, paragraph, heading="Treatment")


def test_a_pronoun_after_a_remedy_is_that_remedy(tmp_path: Path) -> None:
    """"A drug called vorlaxin may be used. This can lower the fever." says vorlaxin does."""
    got = _page_relations(tmp_path, "A drug called vorlaxin may be used. This can lower the fever.")
    assert ("vorlaxin", "targets", "fever") in got


def test_a_pronoun_after_two_remedies_names_neither(tmp_path: Path) -> None:
    """With two remedies before it, "They" could be either: no claim is made of one."""
    got = _page_relations(tmp_path, "Some people are given tarnomycin and vorlaxin. "
                                    "They can lower the fever.")
    assert not any(p == "targets" for _, p, _ in got)


def test_the_route_a_remedy_takes_is_not_the_remedy(tmp_path: Path) -> None:
    """"It is given through a drip to stop X": the drip stops nothing."""
    got = _page_relations(tmp_path, "Most people need tarnomycin. "
                                    "It is given through a drip to stop the poisons.")
    assert ("tarnomycin", "targets", "poisons") in got
    assert not any(s == "through a drip" for s, _, _ in got)


def test_care_said_to_matter_under_treatment_is_a_remedy(tmp_path: Path) -> None:
    """"Supportive care is very important" under a treatment heading names the care."""
    got = relations_set(tmp_path, "Supportive care is very important.", heading="Treatment")
    assert ("supportive care", "used_for", "grebble fever") in got


def test_what_is_important_elsewhere_is_no_remedy(tmp_path: Path) -> None:
    """Under no typed heading, "Early diagnosis is important" is said of no remedy."""
    got = relations_set(tmp_path, "Knowing the signs is important.")
    assert not any(p == "used_for" for _, p, _ in got)
