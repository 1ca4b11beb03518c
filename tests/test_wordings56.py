"""Readings mended in session 56, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from .grebble_pages import marked_relations, relations

T = "grebble fever"

# (subject, predicate, object, negated) of every relation the page gives
marked = partial(marked_relations, mark="negated")


@pytest.mark.parametrize(("body", "other"), [
    # the illness early on is what is likened: the stage says when
    ("The early stages can resemble flu.", "flu"),
    ("In its early stages it resembles flu.", "flu"),
    ("At first, it looks like a bee sting.", "bee sting"),
    # hard to tell apart, said with "distinguish"
    ("It can be difficult to distinguish from a tarn infection.", "tarn infection"),
    ("It is hard to distinguish from zorb fever.", "zorb fever"),
    # likenesses said with a degree, or as confusion, sharing and overlap
    ("Grebble fever can look a lot like measles.", "measles"),
    ("Grebble fever is easy to confuse with measles.", "measles"),
    ("It shares many features with lupus.", "lupus"),
    ("Its signs overlap with those of lupus.", "lupus"),
    # the look-alike named first, the topic after the verb
    ("Zorb fever shares many features with grebble fever.", "zorb fever"),
])
def test_a_likeness_is_read(tmp_path: Path, body: str, other: str) -> None:
    """Each gave nothing before."""
    assert (T, "resembles", other) in relations(tmp_path, body, "Overview")


@pytest.mark.parametrize("body", [
    "It is easy to tell apart from zorb fever.",
    "It is easy to distinguish from zorb fever.",
    "It shares risk factors with heart disease.",
    "Doctors can usually distinguish it from zorb fever with a blood test.",
])
def test_what_tells_it_apart_is_no_likeness(tmp_path: Path, body: str) -> None:
    """Easy to tell apart, or sharing causes, says nothing of looking alike."""
    got = relations(tmp_path, body, "Overview")
    assert not any(p == "resembles" for _, p, _ in got), got


@pytest.mark.parametrize("body", [
    "Antibiotics cure most people.",
    "Antibiotics can cure most people.",
    "Antibiotics cure 8 out of 10 people.",
    "Antibiotics cure it in about 90% of patients.",
])
def test_a_remedy_that_cures_people_works_on_the_illness(tmp_path: Path, body: str) -> None:
    """The people cured are people with it: no claim before, or "8 out" as the object."""
    got = relations(tmp_path, body, "Treatment")
    assert ("antibiotics", "effective_for", T) in got
    assert not any(s == "antibiotics" and o != T for s, _, o in got), got


@pytest.mark.parametrize(("body", "act"), [
    ("Staying away from school until the sores heal stops it spreading.",
     "staying away from school"),
    ("Avoiding close contact while you are ill stops it spreading.", "close contact avoidance"),
    ("Avoiding close contact while you are ill prevents it.", "close contact avoidance"),
])
def test_the_act_before_a_clause_of_when_prevents_it(tmp_path: Path, body: str,
                                                     act: str) -> None:
    """The clause of when was read into the act, or was read alone ("ill" prevents it)."""
    got = relations(tmp_path, body, "Prevention")
    assert (act, "prevents", T) in got
    assert {s for s, p, _ in got if p == "prevents"} == {act}


@pytest.mark.parametrize(("body", "factor"), [
    # a list of risks led by what puts you at risk
    ("Things that put you at risk include drinking alcohol and poor diet.", "drinking alcohol"),
    ("Things that put you at risk include drinking alcohol and poor diet.", "poor diet"),
    # kin who had it, said after "your risk is higher if" and "more likely if"
    ("Your risk is higher if a close relative has had it.", "family history"),
    ("It is more likely if someone in your family has it.", "family history"),
    ("The risk is higher if you have a family history of it.", "family history"),
])
def test_a_risk_said_another_way_is_read(tmp_path: Path, body: str, factor: str) -> None:
    """Each gave nothing before."""
    assert (factor, "increases_risk_of", T) in relations(tmp_path, body, "Risk factors")


@pytest.mark.parametrize(("body", "cause"), [
    ("A fault in the immune system is thought to be behind it.", "fault in the immune system"),
    ("A virus is behind most cases.", "virus"),
])
def test_what_is_behind_it_causes_it(tmp_path: Path, body: str, cause: str) -> None:
    """"X is behind it" names a cause; nothing was read before."""
    assert (cause, "causes", T) in relations(tmp_path, body, "Causes")


@pytest.mark.parametrize("body", [
    "The pain is behind the eye.",
    "Scientists are behind the new vaccine.",
    "It is not clear what is behind it.",
])
def test_behind_as_a_place_or_an_unknown_names_no_cause(tmp_path: Path, body: str) -> None:
    """A place behind a part, people behind a vaccine, and an unknown cause are no causes."""
    got = relations(tmp_path, body, "Overview")
    assert not any(p == "causes" for _, p, _ in got), got


def test_a_remedy_needed_beside_tests_is_care(tmp_path: Path) -> None:
    """"Need aspirin and regular scans": the aspirin was read as a test."""
    got = relations(tmp_path, "These children need aspirin and regular scans.", "Complications")
    assert ("aspirin", "used_for", T) in got
    assert (T, "diagnosed_by", "regular scans") in got
    assert (T, "diagnosed_by", "aspirin") not in got


def test_a_test_needed_under_care_is_a_test(tmp_path: Path) -> None:
    """Under a heading of care, scans needed were read as care for the illness."""
    got = relations(tmp_path, "Children with grebble fever need aspirin and regular heart scans.",
                    "Treatment")
    assert (T, "diagnosed_by", "regular heart scans") in got
    assert ("regular heart scans", "used_for", T) not in got


@pytest.mark.parametrize(("body", "want"), [
    ("Plonkitis is a kidney problem that can develop after grebble fever.",
     (T, "has_complication", "plonkitis")),
    ("Plonkitis is a rare heart problem that sometimes happens after grebble fever.",
     (T, "has_complication", "plonkitis")),
    ("Plonkitis is a kidney problem that can cause swelling of the ankles.",
     ("plonkitis", "causes", "ankle swelling")),
])
def test_a_condition_defined_then_its_clause(tmp_path: Path, body: str,
                                             want: tuple[str, str, str]) -> None:
    """"<name> is a <kind> that ...": the clause is the name's; nothing was read before."""
    assert want in relations(tmp_path, body, "Overview")


def test_a_remedy_defined_then_its_clause_gives_no_harm(tmp_path: Path) -> None:
    """A drug defined is no condition: what it can cause is no harm of its own read here."""
    got = relations(tmp_path, "Plonkitis is a drug that can cause nausea.", "Overview")
    assert not any(o == "nausea" for _, _, o in got), got


def test_a_chance_of_dying_higher_in_an_age_group(tmp_path: Path) -> None:
    """The group was the factor as written ("people over 60") and dying the outcome."""
    got = relations(tmp_path, "The chance of dying is higher in people over 60: about 1 in 4.",
                    "Outlook")
    assert ("older age", "increases_risk_of", "death") in got
    assert not any(s == "people over 60" or o == "dying" for s, _, o in got), got


@pytest.mark.parametrize(("body", "heading"), [
    ("It has no cure.", "Outlook"),
    ("It is a lifelong condition with no cure.", "Outlook"),
    ("No treatment can cure it.", "Treatment"),
])
def test_a_cure_denied_without_there_is(tmp_path: Path, body: str, heading: str) -> None:
    """Only "There is no cure" was read before."""
    assert ("curative treatment", "effective_for", T, True) in marked(tmp_path, body, heading)


@pytest.mark.parametrize("body", [
    "Plonkitis has no cure.",
    "No treatment can cure plonkitis.",
])
def test_a_cure_denied_for_another_illness_is_not_the_topics(tmp_path: Path, body: str) -> None:
    """Another illness without a cure says nothing of the topic's care."""
    got = marked(tmp_path, body, "Outlook")
    assert not any(s == "curative treatment" for s, _, _, _ in got), got
