"""Readings mended in session 55, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from .grebble_pages import marked_relations

T = "grebble fever"

Row = tuple[str, str, str, bool]


# (subject, predicate, object, negated) of every relation the page gives
relations = partial(marked_relations, mark="negated")


@pytest.mark.parametrize(("body", "heading", "want"), [
    # a figure between the verb and "effective" says how well it works; it works all the same
    ("The vaccine is 90% effective at preventing grebble fever.", "Overview",
     ("vaccine", "prevents", T, False)),
    ("The vaccine is more than 90 per cent effective at preventing it.", "Prevention",
     ("vaccine", "prevents", T, False)),
    # works in, or for, so many people
    ("Antibiotics work in 8 out of 10 people.", "Overview",
     ("antibiotics", "effective_for", T, False)),
    ("Antibiotics work for most people.", "Treatment",
     ("antibiotics", "effective_for", T, False)),
    # a remedy that cures it, said with no modal
    ("Antibiotics cure grebble fever.", "Treatment", ("antibiotics", "effective_for", T, False)),
    ("Antibiotics do not cure grebble fever.", "Treatment",
     ("antibiotics", "effective_for", T, True)),
])
def test_a_remedy_said_to_work_is_read(tmp_path: Path, body: str, heading: str,
                                       want: Row) -> None:
    """Each gave nothing before."""
    assert want in relations(tmp_path, body, heading)


@pytest.mark.parametrize("body", [
    "Most people go back to work in a few weeks.",
    "Cure rates are high with early treatment.",
    "Research into cures is ongoing.",
    "The cure is rest.",
])
def test_work_and_cure_as_nouns_name_no_remedy(tmp_path: Path, body: str) -> None:
    """A job to go back to and a cure as a thing are no remedy that works."""
    got = relations(tmp_path, body, "Outlook")
    assert not any(p == "effective_for" for _, p, _, _ in got), got


@pytest.mark.parametrize("body", [
    "Most people get better with the passing of time.",
    "Most people recover with the passing of time.",
])
def test_time_passing_is_no_care(tmp_path: Path, body: str) -> None:
    """"The passing of time" was read as a remedy that works; "with time" never was."""
    got = relations(tmp_path, body, "Outlook")
    assert not any(p == "effective_for" for _, p, _, _ in got), got


@pytest.mark.parametrize(("body", "want"), [
    # what stops it spreading keeps it away
    ("Avoiding contact with sick people can stop it spreading.",
     ("contact avoidance", "prevents", T, False)),
    ("Covering your mouth when you cough stops it from spreading.",
     ("covering mouth", "prevents", T, False)),
    # what made it rare prevents it
    ("Screening of blood donors has made it rare.",
     ("screening of blood donors", "prevents", T, False)),
    ("Vaccination has made it much less common.", ("vaccination", "prevents", T, False)),
])
def test_what_keeps_it_away_prevents_it(tmp_path: Path, body: str, want: Row) -> None:
    """Each gave nothing before."""
    assert want in relations(tmp_path, body, "Prevention")


def test_made_it_rare_for_people_to_do_something_prevents_nothing(tmp_path: Path) -> None:
    """The "it" of "made it rare for people to die" stands for what follows."""
    got = relations(tmp_path, "Antibiotics have made it rare for people to die.", "Outlook")
    assert not any(p == "prevents" for _, p, _, _ in got), got


@pytest.mark.parametrize(("body", "want"), [
    # how common a harm is after the sores heal still names the harm
    ("Scarring is common after the sores heal.", (T, "has_complication", "scarring", False)),
    # a harm's remedy, now a feeding tube too
    ("Swallowing problems may require a feeding tube.",
     ("feeding tube", "used_for", "swallowing problems", False)),
])
def test_harms_and_their_care_under_complications(tmp_path: Path, body: str, want: Row) -> None:
    """Each gave nothing before."""
    assert want in relations(tmp_path, body, "Complications")


@pytest.mark.parametrize("body", [
    "The doctor will listen to your chest.",
    "A doctor will listen to your heart with a stethoscope.",
])
def test_a_doctor_listening_is_an_examination(tmp_path: Path, body: str) -> None:
    """A doctor listening to the chest examines; it gave nothing before."""
    assert (T, "diagnosed_by", "physical examination", False) in relations(tmp_path, body,
                                                                          "Diagnosis")
