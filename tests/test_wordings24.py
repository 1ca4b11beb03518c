"""Sentence wordings read in session 24, from own-words batteries.  Every sentence is our own,
about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize("sentence", [
    "Unlike other rashes, it does not blister.",
    "Unlike most infections, it does not cause a fever.",
])
def test_unlike_a_class_names_no_look_alike(tmp_path: Path, sentence: str) -> None:
    """"Unlike other rashes": the illness told apart from a whole class, no one look-alike
    (it was read as resembling "rashes")."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert not [x for x in got if x[1] == "resembles"]


def test_unlike_one_illness_is_still_a_look_alike(tmp_path: Path) -> None:
    """"Unlike a stroke, the weakness comes on slowly": told apart from a look-alike."""
    got = relations(tmp_path, "Unlike a stroke, the weakness comes on slowly.",
                    heading="Symptoms")
    assert (T, "resembles", "stroke") in got


@pytest.mark.parametrize(("sentence", "harms"), [
    ("Kidney scarring carries a lifelong risk of high blood pressure and kidney failure.",
     {"high blood pressure", "kidney failure"}),
    ("Kidney scarring brings a risk of high blood pressure later in life.",
     {"high blood pressure"}),
    ("Large cysts carry a high risk of bleeding.", {"bleeding"}),
])
def test_a_harm_carrying_a_risk_of_others_raises_each(tmp_path: Path, sentence: str,
                                                      harms: set[str]) -> None:
    """"X carries a lifelong risk of A and B": X raises the risk of each (a size word such as
    "lifelong" and a list of harms were not read; "brings a risk" neither)."""
    got = relations(tmp_path, sentence, heading="Outlook")
    said = {o for s, pred, o in got if pred == "increases_risk_of" and s.endswith(
        ("kidney scarring", "large cysts"))}
    assert said == harms


@pytest.mark.parametrize(("sentence", "remedies", "harm"), [
    ("Management of large cysts includes drainage and antibiotics.",
     {"drainage", "antibiotics"}, "large cysts"),
    ("Kidney failure may need a kidney transplant.", {"kidney transplant"}, "kidney failure"),
    ("People with kidney failure may need a kidney transplant or surgery.",
     {"kidney transplant", "surgery"}, "kidney failure"),
])
def test_care_of_a_harm_is_used_for_the_harm_not_the_illness(tmp_path: Path, sentence: str,
                                                              remedies: set[str],
                                                              harm: str) -> None:
    """The management of a harm, or what a harm (or people with it) need, treats the harm:
    these gave nothing, or the remedy "used for" the illness itself."""
    got = relations(tmp_path, sentence, heading="Outlook")
    assert {s for s, pred, o in got if pred == "used_for" and o == harm} == remedies
    assert not [x for x in got if x[1] == "used_for" and x[2] == T]


def test_people_with_a_sign_still_need_care_for_the_illness(tmp_path: Path) -> None:
    """"People with severe symptoms need antibiotics": symptoms are no harm of their own."""
    got = relations(tmp_path, "People with severe symptoms need antibiotics.",
                    heading="Treatment")
    assert ("antibiotics", "used_for", T) in got


@pytest.mark.parametrize("when", ["in later life", "in adulthood", "in the long term"])
def test_when_a_harm_comes_is_no_part_of_its_name(tmp_path: Path, when: str) -> None:
    """"associated with high blood pressure in later life": the harm is high blood pressure
    (the whole phrase was kept as a name, and the claim dropped)."""
    got = relations(tmp_path, f"Kidney scarring is associated with high blood pressure {when}.",
                    heading="Outlook")
    assert ("kidney scarring", "associated_with", "high blood pressure") in got


@pytest.mark.parametrize("sentence", [
    "There is no discharge from the eyes.",
    "The rash does not spread to the face.",
])
def test_a_part_named_in_a_denial_is_no_site(tmp_path: Path, sentence: str) -> None:
    """"There is no discharge from the eyes": the eyes are not said to be affected (the part
    was read as a site of the illness, the denial ignored)."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert not [x for x in got if x[1] == "affects"]


def test_a_part_named_after_a_denial_ends_is_still_a_site(tmp_path: Path) -> None:
    """"It does not itch, but the rash can spread to the face": the face is a site."""
    got = relations(tmp_path, "It does not itch, but the rash can spread to the face.",
                    heading="Symptoms")
    assert (T, "affects", "face") in got
