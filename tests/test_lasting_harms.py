"""Harms an illness leaves, in shapes that name no relation word of their own.

Sentences are our own words about a made-up illness ("grebble fever").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import split_list

from .grebble_pages import relations


def _harms(got: set[tuple[str, str, str]]) -> set[str]:
    return {o for s, p, o in got if p == "has_complication" and s == "grebble fever"}


@pytest.mark.parametrize(("sentence", "harm"), [
    ("A minority of patients continue to get mild grebble fever signs and symptoms "
     "for life.", "lifelong symptoms"),
    ("Some people still have symptoms for months after treatment.", "long-term symptoms"),
    ("A few patients go on to have symptoms for years.", "long-term symptoms"),
])
def test_symptoms_that_stay_are_a_lasting_harm(tmp_path: Path, sentence: str,
                                               harm: str) -> None:
    """"Some people still have symptoms for years": symptoms that outlast the illness."""
    assert harm in _harms(relations(tmp_path, sentence, heading="Outlook"))


def test_symptoms_that_do_not_stay_name_no_harm(tmp_path: Path) -> None:
    """"Most people do not have symptoms for long" names nothing it leaves."""
    got = relations(tmp_path, "Most people do not have symptoms for long.")
    assert not {h for h in _harms(got) if "symptoms" in h}


def test_a_part_that_can_burst_names_its_rupture(tmp_path: Path) -> None:
    """"In rare cases, the swelling can burst": the swelling's rupture is a harm."""
    got = relations(tmp_path, "In rare cases, the swelling can burst (rupture).")
    assert "swelling rupture" in _harms(got)


@pytest.mark.parametrize(("sentence", "harm"), [
    ("In some cases, though, quentellar neuralgia (QN) develops.", "quentellar neuralgia"),
    ("Occasionally, a brain abscess forms.", "brain abscess"),
])
def test_an_illness_that_develops_in_some_cases(tmp_path: Path, sentence: str,
                                                harm: str) -> None:
    """"In some cases, X develops", X named as an illness: a harm some people get."""
    assert harm in _harms(relations(tmp_path, sentence))


@pytest.mark.parametrize(("sentence", "heading"), [
    ("In some cases, though, quentellar neuralgia develops.", "Symptoms"),
    ("In some cases, a mild fever develops.", "About"),
    ("In some cases, grebble fever develops.", "About"),
])
def test_what_develops_in_some_cases_needs_an_illness_name(tmp_path: Path, sentence: str,
                                                           heading: str) -> None:
    """Under signs, a sign that is no illness's name, or the topic itself: no harm read."""
    got = _harms(relations(tmp_path, sentence, heading=heading))
    assert not got & {"quentellar neuralgia", "mild fever", "fever", "grebble fever"}


def test_a_harm_to_several_organs_is_one_harm_each(tmp_path: Path) -> None:
    """"lasting damage to the lungs, eyes and heart": lung, eye and heart damage."""
    got = _harms(relations(tmp_path, "Grebble fever can cause lasting damage to the lungs, "
                                     "eyes and heart.", heading="Complications"))
    assert {"lasting lung damage", "lasting eye damage", "lasting heart damage"} <= got


def test_organs_after_a_non_harm_keep_their_own_words() -> None:
    """Only a harm "to/of/in" the first organ is shared: "fever, eyes and heart" stays."""
    assert split_list("fever, eyes and heart") == ["fever", "eyes", "heart"]
