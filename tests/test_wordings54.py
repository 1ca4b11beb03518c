"""Readings mended in session 54, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from .grebble_pages import figures, marked_relations

T = "grebble fever"


@pytest.mark.parametrize("body", [
    "Onset is usually between 20 and 40 years.",
    "The age of onset is between 20 and 40.",
])
def test_onset_between_two_ages_is_an_age_span(tmp_path: Path, body: str) -> None:
    """"Onset is between 20 and 40 years" gives the ages the illness starts at; it gave
    nothing."""
    assert figures(tmp_path, body, "Who gets it") == {(T, "age", None, 20.0, 40.0)}


def test_onset_between_two_days_after_an_event_stays_a_period(tmp_path: Path) -> None:
    """Days after a bite are how long until it starts, no ages."""
    kinds = {k for _, k, *_ in figures(tmp_path, "Onset is between 2 and 10 days after the "
                                       "bite.", "Symptoms")}
    assert kinds == {"duration"}, kinds


# (subject, predicate, object, hedged) of every relation the page gives
relations = partial(marked_relations, mark="hedged")


@pytest.mark.parametrize(("body", "heading", "want"), [
    # the only sign there may be
    ("In babies, the only sign may be poor feeding.", "Symptoms",
     (T, "has_symptom", "poor feeding", True)),
    ("The only sign is poor feeding.", "Symptoms", (T, "has_symptom", "poor feeding", False)),
    # lowering the chance of passing it on prevents it
    ("Washing your hands lowers the chance of passing it on.", "Prevention",
     ("washing hands", "prevents", T, False)),
    ("Washing your hands reduces the chance of spreading it to others.", "Prevention",
     ("washing hands", "prevents", T, False)),
    # having had it before is a previous episode
    ("Your chances of getting it are higher if you have had it before.", "Risk factors",
     ("previous episode", "increases_risk_of", T, False)),
    ("The risk is higher if you have had this condition in the past.", "Risk factors",
     ("previous episode", "increases_risk_of", T, False)),
])
def test_wordings_read_as_a_reader_would(tmp_path: Path, body: str, heading: str,
                                         want: tuple[str, str, str, bool]) -> None:
    """Each gave nothing before."""
    assert want in relations(tmp_path, body, heading)


def test_something_else_had_before_is_itself_the_factor(tmp_path: Path) -> None:
    """Having had another illness before names that illness, no previous episode."""
    got = relations(tmp_path, "You are more likely to get it if you have had chickenpox "
                    "before.", "Risk factors")
    assert ("chickenpox", "increases_risk_of", T, False) in got
    assert not any(s == "previous episode" for s, *_ in got)


def test_inflammation_a_harm_leads_to_under_complications_is_no_mechanism(
        tmp_path: Path) -> None:
    """Under complications "it can lead to inflammation of the heart" names a harm; it was
    also read as how the illness works."""
    got = relations(tmp_path, "Rarely, it can lead to inflammation of the heart.",
                    "Complications")
    assert (T, "has_complication", "heart inflammation", False) in got
    assert not any(pred == "involves" for _, pred, *_ in got), got


@pytest.mark.parametrize("body", [
    "Doctors can usually tell it from the way the rash looks.",
    "A GP can often diagnose it from how the skin looks.",
])
def test_telling_it_from_how_a_part_looks_is_an_examination(tmp_path: Path, body: str) -> None:
    """What a doctor sees is a physical examination; it gave nothing."""
    assert (T, "diagnosed_by", "physical examination", False) in relations(
        tmp_path, body, "Diagnosis")


def test_the_next_step_of_one_act_is_no_way_of_its_own(tmp_path: Path) -> None:
    """"by touching infected surfaces and then your face": one act; the face was a way of
    catching it."""
    got = relations(tmp_path, "You can catch it by touching infected surfaces and then your "
                    "face.", "How it spreads")
    assert ("touching infected surfaces", "increases_risk_of", T, False) in got
    assert not any(s == "face" for s, *_ in got), got


def test_losing_a_sense_is_its_loss(tmp_path: Path) -> None:
    """"lose their sense of smell" is a loss of smell, as losing one's hearing is; it gave
    nothing."""
    assert (T, "has_complication", "smell loss", False) in relations(
        tmp_path, "A few people lose their sense of smell for months.", "Complications")


@pytest.mark.parametrize(("body", "want"), [
    ("Hepatosplenomegaly is found on examination.", (T, "has_symptom", "hepatosplenomegaly",
                                                     False)),
    ("Enlarged lymph nodes may be found.", (T, "has_symptom", "enlarged lymph nodes", True)),
])
def test_a_finding_found_on_examination_is_a_sign(tmp_path: Path, body: str,
                                                  want: tuple[str, str, str, bool]) -> None:
    """"found", as "heard" and "felt" were; it gave nothing."""
    assert want in relations(tmp_path, body, "Clinical features")


def test_what_is_found_in_a_fluid_is_no_sign(tmp_path: Path) -> None:
    """Where a germ is found says nothing of the signs."""
    got = relations(tmp_path, "Bacteria may be found in the blood.", "Symptoms")
    assert not any(pred == "has_symptom" for _, pred, *_ in got), got


def test_hard_to_tell_it_from_something_names_a_look_alike(tmp_path: Path) -> None:
    """"hard to tell it from eczema", as "hard to tell apart from" was; it gave nothing."""
    assert (T, "resembles", "eczema", False) in relations(
        tmp_path, "It can be hard to tell it from eczema.", "Diagnosis")


def test_hard_to_tell_from_looking_names_no_look_alike(tmp_path: Path) -> None:
    """How it is told is no illness it looks like."""
    got = relations(tmp_path, "It can be difficult to tell from looking at the skin.",
                    "Diagnosis")
    assert not any(pred == "resembles" for _, pred, *_ in got), got
