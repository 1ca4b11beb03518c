"""Look-alikes a page names for an illness or its signs ("can sometimes be mistaken for").

Sentences are our own words about a made-up illness ("grebble fever").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.mimic_names import named_before_which, organ_problems

from .grebble_pages import relations


@pytest.mark.parametrize("sentence", [
    "It can sometimes be mistaken for a heart attack.",
    "Grebble fever may often be confused with a heart attack.",
    "It could easily be mistaken for a heart attack.",
])
def test_a_hedge_before_be_still_reads_a_look_alike(tmp_path: Path, sentence: str) -> None:
    """"can sometimes be mistaken for X": the hedge between "can" and "be" hides nothing."""
    got = relations(tmp_path, sentence)
    assert ("grebble fever", "resembles", "heart attack") in got


def test_problems_of_several_organs_are_one_look_alike_each(tmp_path: Path) -> None:
    """"a sign of disorders of the liver, bowel or bladder": three look-alikes."""
    got = relations(tmp_path, "When the ache sits low, grebble fever may often be confused "
                              "with signs of disorders in the liver, bowel and bladder.")
    alike = {o for s, pr, o in got if pr == "resembles"}
    assert alike == {"liver disorders", "bowel disorders", "bladder disorders"}


def test_which_takes_back_to_the_sign_named_before(tmp_path: Path) -> None:
    """"a red patch, which is sometimes mistaken for ringworm": said of the patch (the
    illness's sign), so the illness is the one mistaken for ringworm and eczema."""
    got = relations(tmp_path, "A bite can be followed by a red rash, which is sometimes "
                              "mistaken for ringworm or eczema.")
    assert {("grebble fever", "resembles", "ringworm"),
            ("grebble fever", "resembles", "eczema")} <= got


def test_which_after_another_thing_names_no_look_alike_of_the_topic(tmp_path: Path) -> None:
    """"the mite, which is often mistaken for a harmless one": a mite, not the illness."""
    got = relations(tmp_path, "It is spread by the quentella mite, which is often mistaken "
                              "for a harmless dust mite.")
    assert not any(p == "resembles" and s == "grebble fever" for s, p, _ in got)


def test_organ_problems_leaves_other_words_alone() -> None:
    """Only organ words are given the head noun; other lists keep their words."""
    assert organ_problems("conditions with the lungs and kidneys") == \
        "lung conditions and kidney conditions"
    assert organ_problems("problems affecting sleep, mood or appetite") == \
        "problems affecting sleep, mood or appetite"
    assert named_before_which("It is spread by ticks") == ""


@pytest.mark.parametrize(("sentence", "alike"), [
    ("It is often misdiagnosed as a minor skin infection.", "minor skin infection"),
    ("Early on it can be hard to tell apart from eczema.", "eczema"),
    ("Spotting it early is hard because the first signs are like those of flu.", "flu"),
    ("Grebble fever can look like other conditions, such as measles.", "measles"),
])
def test_more_wordings_of_a_look_alike(tmp_path: Path, sentence: str, alike: str) -> None:
    """Misdiagnosed as, hard to tell apart from, like those of, looks like other illnesses."""
    assert ("grebble fever", "resembles", alike) in relations(tmp_path, sentence)


def test_looks_like_a_thing_describes_it(tmp_path: Path) -> None:
    """"The rash looks like a target" describes the rash; no look-alike illness."""
    got = relations(tmp_path, "The rash looks like a target.")
    assert not any(p == "resembles" for _, p, _ in got)
