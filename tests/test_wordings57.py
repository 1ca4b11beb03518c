"""Readings mended in session 57, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import marked_relations, relations

T = "grebble fever"


@pytest.mark.parametrize("body", [
    "Plonkitis is long-lasting nerve pain that can follow grebble fever.",
    "Plonkitis is kidney damage that can develop after grebble fever.",
    "Plonkitis is severe joint pain which can follow grebble fever.",
])
def test_a_condition_defined_without_an_article(tmp_path: Path, body: str) -> None:
    """A definition whose kind is a condition's needs no article: the name defined is what
    follows the topic (nothing was read before)."""
    assert (T, "has_complication", "plonkitis") in relations(tmp_path, body, "Complications")


def test_a_defined_condition_without_an_article_causes(tmp_path: Path) -> None:
    """What such a condition causes is its own harm, not the topic's."""
    got = relations(tmp_path, "Plonkitis is lasting inflammation that causes joint damage.",
                    "Complications")
    assert ("plonkitis", "causes", "joint damage") in got
    assert not any(s == T and o == "joint damage" for s, _, o in got), got


@pytest.mark.parametrize(("body", "factors"), [
    ("The risk increases in men over 50.", {"male sex", "older age"}),
    ("The risk rises among women.", {"female sex"}),
])
def test_a_risk_that_increases_in_a_group(tmp_path: Path, body: str,
                                          factors: set[str]) -> None:
    """A risk said to increase in a group is raised by what the group shares, as "the risk
    is higher in" says (only an age figure was read before)."""
    got = relations(tmp_path, body, "Who gets it")
    assert {(f, "increases_risk_of", T) for f in factors} <= got


@pytest.mark.parametrize(("body", "sign"), [
    ("Babies may feed poorly.", "poor feeding"),
    ("Your baby may go off their food.", "loss of appetite"),
    ("Children may be irritable and off their food.", "loss of appetite"),
])
def test_a_sign_said_as_what_babies_do(tmp_path: Path, body: str, sign: str) -> None:
    """Feeding poorly and being off one's food are signs, doubted with the modal said
    before them, even across "and" (nothing was read before)."""
    got = marked_relations(tmp_path, body, "Symptoms", mark="hedged")
    assert (T, "has_symptom", sign, True) in got


@pytest.mark.parametrize(("body", "remedy", "harms"), [
    ("Zarbocillin helps prevent complications such as heart damage.", "zarbocillin",
     {"heart damage"}),
    ("Early treatment helps prevent complications such as heart damage and stroke.",
     "early treatment", {"heart damage", "stroke"}),
    ("Zarbocillin can prevent complications, including heart damage.", "zarbocillin",
     {"heart damage"}),
])
def test_a_remedy_prevents_the_complications_listed(tmp_path: Path, body: str, remedy: str,
                                                    harms: set[str]) -> None:
    """The complications listed after "prevent" are what the remedy prevents; the topic
    itself was read as prevented before."""
    got = relations(tmp_path, body, "Treatment")
    assert {(remedy, "prevents", h) for h in harms} <= got
    assert (remedy, "prevents", T) not in got


def test_prevent_this_after_a_harm_prevents_the_harm(tmp_path: Path) -> None:
    """"This" is the harm the sentence before named, not the topic."""
    got = relations(tmp_path, "Blood clots can form in the legs. Compression stockings can "
                    "help prevent this.", "Complications")
    assert ("compression stockings", "prevents", "blood clots") in got
    assert ("compression stockings", "prevents", T) not in got


def test_prevent_this_after_no_harm_under_complications_says_nothing(tmp_path: Path) -> None:
    """After a sentence naming neither the topic nor a harm, "this" cannot be told."""
    got = relations(tmp_path, "Muscles can tighten over time. Exercises help prevent this.",
                    "Complications")
    assert not any(p == "prevents" for _, p, _ in got), got


@pytest.mark.parametrize("body", [
    "It spreads easily in schools. Hand washing helps prevent this.",
    "The illness spreads easily in schools. Hand washing helps prevent this.",
])
def test_prevent_this_after_the_topic_prevents_the_topic(tmp_path: Path, body: str) -> None:
    """After a sentence about the topic, or under prevention, "this" is still the topic."""
    assert ("hand washing", "prevents", T) in relations(tmp_path, body, "Prevention")


@pytest.mark.parametrize(("body", "care", "harm"), [
    ("Eye drops help keep the eye moist.", "eye drops", "dry eye"),
    ("Use eye drops to keep your eye moist.", "eye drops", "dry eye"),
    ("Artificial tears keep the eye lubricated.", "artificial tears", "dry eye"),
    ("Applying an ointment at night keeps the lips moist.", "ointment", "dry lips"),
])
def test_care_that_keeps_a_part_moist_prevents_it_drying(tmp_path: Path, body: str, care: str,
                                                         harm: str) -> None:
    """Keeping a part moist prevents that part being dry (nothing was read before)."""
    assert (care, "prevents", harm) in relations(tmp_path, body, "Treatment")


@pytest.mark.parametrize("body", ["Try to keep the skin moist.",
                                  "You should keep the wound moist."])
def test_keeping_moist_with_no_care_named_says_nothing(tmp_path: Path, body: str) -> None:
    """Advice with no care named (or a wound, no part) gives no prevention."""
    got = relations(tmp_path, body, "Treatment")
    assert not any(p == "prevents" for _, p, _ in got), got


@pytest.mark.parametrize(("body", "means"), [
    ("Vaccination protects you from getting it.", "vaccination"),
    ("The vaccine protects babies from getting it.", "vaccine"),
    ("Vaccination stops you getting it.", "vaccination"),
    ("Hand washing stops children catching it.", "hand washing"),
    ("Vaccination helps prevent you getting it.", "vaccination"),
    ("Masks protect others from catching it.", "masks"),
])
def test_what_keeps_people_from_getting_it_prevents_it(tmp_path: Path, body: str,
                                                       means: str) -> None:
    """Keeping people from getting or catching it prevents the topic (nothing before)."""
    assert (means, "prevents", T) in relations(tmp_path, body, "Prevention")


def test_a_bare_stop_of_a_feeling_is_no_prevention(tmp_path: Path) -> None:
    """"stops you feeling sick" keeps no one from getting the illness."""
    got = relations(tmp_path, "Paracetamol stops you feeling sick.", "Treatment")
    assert not any(p == "prevents" and o == T for _, p, o in got), got


@pytest.mark.parametrize(("body", "harm"), [
    ("Some people get kidney damage.", "kidney damage"),
    ("Some children get heart problems.", "heart problems"),
    ("Some people get kidney failure.", "kidney failure"),
])
def test_a_harm_some_people_get_under_complications(tmp_path: Path, body: str,
                                                     harm: str) -> None:
    """"Some people get X" says X is a harm, as "Some people develop X" did (the whole
    page had given nothing)."""
    assert (T, "has_complication", harm) in relations(tmp_path, body, "Complications")


@pytest.mark.parametrize("body", ["Some people get it again.",
                                  "Some people get better without treatment.",
                                  "Some people have other problems."])
def test_what_some_people_get_that_is_no_harm(tmp_path: Path, body: str) -> None:
    """Getting it again, getting better, or unnamed problems name no harm."""
    got = relations(tmp_path, body, "Complications")
    assert not any(p == "has_complication" for _, p, _ in got), got


def test_a_definition_with_a_run_of_adjectives(tmp_path: Path) -> None:
    """"a rare, painful and often fatal condition" gives pain and death (nothing before:
    the run was one word too long, and "rare," held a comma)."""
    got = relations(tmp_path, "Grebble fever is a rare, painful and often fatal condition.",
                    "Overview")
    assert {(T, "has_symptom", "pain"), (T, "has_complication", "death")} <= got


@pytest.mark.parametrize(("body", "denied"), [
    ("Grebble fever is painful but rarely fatal.", True),
    ("Grebble fever is rarely fatal.", True),
    ("Grebble fever is serious and sometimes fatal.", False),
])
def test_rarely_fatal_denies_death(tmp_path: Path, body: str, denied: bool) -> None:
    """"rarely fatal" denies death wherever it stands in the run of words."""
    got = marked_relations(tmp_path, body, "Overview", mark="negated")
    assert (T, "has_complication", "death", denied) in got


@pytest.mark.parametrize(("body", "act"), [
    ("Doctors may drain the pus with a needle.", "pus drainage"),
    ("Surgeons may remove the dead tissue using a scalpel.", "dead tissue removal"),
])
def test_the_tool_of_a_doctors_act_is_no_part_of_its_name(tmp_path: Path, body: str,
                                                          act: str) -> None:
    """What the act is done with ends the name of what it is done to."""
    assert (act, "used_for", T) in relations(tmp_path, body, "Treatment")
