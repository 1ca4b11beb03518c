"""Everyday wordings of a sign are named as readers list the sign (ingest/sign_names.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.phrases import clean_phrase
from claimgraph.ingest.sign_names import name_likeness, plain_sign_name, signs_had, state_names

from .grebble_pages import relations

SIGN = "has_symptom"


@pytest.mark.parametrize(("text", "name"), [
    ("a temperature of 38C or above", "high temperature"),
    ("a body temperature over 100.4F", "high temperature"),
    ("a temperature above 39 °C", "high temperature"),
    ("being sick", "vomiting"),
    ("feel sick", "feeling sick"),
])
def test_an_everyday_wording_names_its_sign(text: str, name: str) -> None:
    """A reading over the fever point is a high temperature; "being sick" is vomiting."""
    assert plain_sign_name(text) == name
    assert clean_phrase(text) == name


@pytest.mark.parametrize("text", ["a temperature of 36C", "the temperature", "sick leave"])
def test_a_wording_that_names_no_sign_is_left_alone(text: str) -> None:
    """A normal reading or another use of "sick" names no sign of its own."""
    assert plain_sign_name(text) is None


@pytest.mark.parametrize(("text", "named"), [
    ("a blotchy rash that looks like a bruise", "a blotchy bruise-like rash"),
    ("grebble spots which are similar to burns", "grebble burn-like spots"),
    ("symptoms similar to flu", "flu-like symptoms"),
    ("a flat rash resembling a burn, and pain", "a flat burn-like rash, and pain"),
    ("symptoms like fever and cough", "symptoms like fever and cough"),  # examples
])
def test_a_sign_said_to_look_like_something_is_named_by_its_likeness(text: str,
                                                                      named: str) -> None:
    """"A rash that looks like a bruise" is a bruise-like rash; a bare "like" gives examples."""
    assert name_likeness(text) == named


def test_a_second_verb_of_having_adds_a_member_to_the_list() -> None:
    """"feel sick and have grebble spots": each verb's sign, the feeling by its lexicon name."""
    assert signs_had("may feel", "sick and have grebble spots") == "feeling sick and grebble spots"
    assert signs_had("have", "a rash or get headaches") == "a rash or headaches"
    assert signs_had("have", "a rash and get better") == "a rash and get better"


def test_signs_in_running_prose_are_each_read(tmp_path: Path) -> None:
    """Prose that names its signs with two verbs and a threshold gives each of them."""
    got = relations(tmp_path, "You may feel sick and have wobbly knees. You may have a "
                    "temperature of 38C or above. Some people get a grey rash that looks like "
                    "a bruise.", heading="Symptoms")
    signs = {o for s, p, o in got if p == SIGN}
    assert {"wobbly knees", "high temperature", "grey bruise-like rash"} <= signs
    assert signs & {"nausea", "feeling sick", "feel sick"}
    assert "temperature" not in signs


def test_a_body_part_in_a_state_answers_to_both_word_orders() -> None:
    """"skin redness" is also "red skin" and "swollen hand" "hand swelling"; not a dry cough."""
    assert state_names(["skin redness", "swollen hand", "dry cough"], set()) == {
        "red skin", "hand swelling"}
    assert state_names(["skin redness"], {"red skin"}) == set()  # another entity's name


def test_a_state_sign_entity_carries_the_other_word_order(tmp_path: Path) -> None:
    """The extracted entity for "The skin may look red" also answers to "red skin"."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nSymptoms\nThe skin may look red.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    names = {n for e in cs.entities for n in (e.label, *e.synonyms)}
    assert {"skin redness", "red skin"} <= names


def test_a_bare_number_in_a_list_is_no_sign(tmp_path: Path) -> None:
    """"... peels after a week or two" names no sign "two"; "resembling X" names a likeness."""
    got = relations(tmp_path, "It causes a flat grey rash resembling a burn that peels after "
                    "a week or two.", heading="Symptoms")
    signs = {o for _, p, o in got if p == SIGN}
    assert "flat grey burn-like rash" in signs
    assert not signs & {"two", "week"}
