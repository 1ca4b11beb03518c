"""Complications said in general text, the outlook or care, not only under their heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

HARM = "has_complication"


@pytest.mark.parametrize("heading", ["Outlook", "Treatment"])
def test_a_clause_causing_a_lasting_harm_gives_the_topics_harm(tmp_path: Path,
                                                              heading: str) -> None:
    """"Weak muscles can shrink, causing permanent knots" under the outlook or care: a harm
    the topic leaves."""
    got = relations(tmp_path, "Weak muscles can shrink and shorten, causing permanent "
                    "wobble knots.", heading)
    assert ("grebble fever", HARM, "permanent wobble knots") in got


def test_a_clause_causing_a_passing_state_under_care_is_no_harm(tmp_path: Path) -> None:
    """Under care, ", causing X" names the topic's harm only if X stays."""
    got = relations(tmp_path, "Weak muscles can shrink and shorten, causing wobble knots.",
                    "Treatment")
    assert not any(o == "wobble knots" for _, _, o in got)


@pytest.mark.parametrize("body", [
    "Long-term effects can include tiredness and wobble knees.",
    "The long-term effects of grebble fever may include tiredness and wobble knees.",
    "Lasting after-effects include tiredness and wobble knees.",
])
def test_long_term_effects_of_the_topic_are_its_harms(tmp_path: Path, body: str) -> None:
    """Long-term effects it has (with a modal, "of <topic>", "after-effects") are its harms."""
    got = relations(tmp_path, body)
    assert {("grebble fever", HARM, "tiredness"), ("grebble fever", HARM, "wobble knees")} <= got


def test_long_term_effects_of_another_thing_are_not_the_topics(tmp_path: Path) -> None:
    """"The long-term effects of steroids include X" names the medicine's effects."""
    got = relations(tmp_path, "The long-term effects of steroids include wobble knees.")
    assert ("grebble fever", HARM, "wobble knees") not in got


@pytest.mark.parametrize("body", [
    "About 1 in 5 people who get it die.",
    "Up to a third of patients die.",
    "Around 10% of people with grebble fever die within days.",
])
def test_a_share_of_people_who_die_names_death_as_its_harm(tmp_path: Path, body: str) -> None:
    """How many people with the topic die says it can kill."""
    assert ("grebble fever", HARM, "death") in relations(tmp_path, body, "Outlook")


@pytest.mark.parametrize("body", [
    "About 1 in 5 people with wobble lung die.",
    "Most people with it die of old age.",
])
def test_deaths_of_another_illness_or_cause_are_not_the_topics(tmp_path: Path,
                                                               body: str) -> None:
    """People with another illness, or dying of something named, say nothing of its toll."""
    assert ("grebble fever", HARM, "death") not in relations(tmp_path, body, "Outlook")


def test_lasting_problems_after_a_comma_are_harms(tmp_path: Path) -> None:
    """"lasting problems, such as X" lists harms as "lasting problems such as X" does."""
    got = relations(tmp_path, "Around 1 in 10 people have lasting problems, such as wobble "
                    "knees.", "Outlook")
    assert ("grebble fever", HARM, "wobble knees") in got


@pytest.mark.parametrize("heading", ["About", "Risk factors", "Treatment"])
def test_what_people_affected_develop_is_the_topics(tmp_path: Path, heading: str) -> None:
    """"People who are affected can develop lasting X", "Some people affected develop
    kidney failure": what people with the topic develop (a lasting or grave one is a harm)."""
    got = relations(tmp_path, "People who are affected can develop long-term wobble damage. "
                    "Some people affected develop kidney failure.", heading)
    assert {("grebble fever", HARM, "long-term wobble damage"),
            ("grebble fever", HARM, "kidney failure")} <= got


def test_what_other_people_develop_is_not_the_topics(tmp_path: Path) -> None:
    """"People who smoke can develop X" says nothing of the topic's harms."""
    got = relations(tmp_path, "People who smoke can develop long-term wobble damage.")
    assert not any(o == "long-term wobble damage" for _, _, o in got)


def test_a_second_verb_shares_the_first_ones_subject_when_deadly(tmp_path: Path) -> None:
    """"The infection can spread quickly and can be fatal": the topic can kill; another
    subject's ("Smoking ... and can be fatal") says nothing of it."""
    got = relations(tmp_path, "The infection can spread quickly and can be life-threatening.")
    assert ("grebble fever", HARM, "death") in got
    other = relations(tmp_path, "Smoking damages the wobble lungs and can be fatal.")
    assert ("grebble fever", HARM, "death") not in other


def test_each_organ_it_damages_is_a_harm(tmp_path: Path) -> None:
    """"It can damage the heart and lungs": heart damage and lung damage."""
    got = relations(tmp_path, "Grebble fever can damage the heart and lungs.")
    assert {("grebble fever", HARM, "heart damage"), ("grebble fever", HARM, "lung damage")} <= got


def test_a_harm_some_people_develop_in_general_text_is_the_topics(tmp_path: Path) -> None:
    """"Some people develop lung scarring" names a harm; "some people develop a rash" in
    general text could be anyone's and gives nothing."""
    got = relations(tmp_path, "It can come back, and some people develop wobble scarring. "
                    "Some people develop a grey rash.")
    assert ("grebble fever", HARM, "wobble scarring") in got
    assert not any(o == "grey rash" for _, _, o in got)


def test_grave_harms_the_topic_goes_with_are_its_complications(tmp_path: Path) -> None:
    """"It can be associated with kidney failure and shock": its harms; with a factor
    among them ("diabetes and kidney failure") the sentence stays a risk association."""
    got = relations(tmp_path, "It can be associated with kidney failure and shock.")
    assert {("grebble fever", HARM, "kidney failure"), ("grebble fever", HARM, "shock")} <= got
    mixed = relations(tmp_path, "It is associated with wobble diabetes and kidney failure.")
    assert ("grebble fever", HARM, "wobble diabetes") not in mixed
