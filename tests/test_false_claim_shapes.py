"""Sentence shapes that gave false claims on any topic: a harm class as a remedy, "many
people don't have X", a sign likened to another thing, early care of something else.

Sentences are our own, about the made-up "grebble fever".
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.early_care import early_care_of
from claimgraph.ingest.name_fragments import fragment_name, likens_a_sign, only_some_lack

from .grebble_pages import relations


def test_a_class_of_harms_is_no_remedy(tmp_path: Path) -> None:
    """ "Care of skin and joint problems" split in two leaves no remedy "joint problems"."""
    got = relations(tmp_path, "Treatments include:\n- Care of skin and joint problems: keeping "
                              "the balance of salts in your blood right can help you avoid "
                              "harm.\n", heading="Treatment")
    assert ("joint problems", "used_for", "grebble fever") not in got
    assert fragment_name("joint problems", "used_for", "grebble fever")
    assert not fragment_name("treatment of joint problems", "used_for", "grebble fever")


def test_many_people_lacking_a_sign_denies_nothing(tmp_path: Path) -> None:
    """ "Many people with it don't have a rash" is no (denied) sign; a plain one is kept."""
    got = relations(tmp_path, "Many people with grebble fever don't have a rash. People with "
                              "grebble fever often have a dry cough.")
    assert ("grebble fever", "has_symptom", "rash") not in got
    assert ("grebble fever", "has_symptom", "dry cough") in got
    assert only_some_lack("Some patients do not develop a fever.")
    assert not only_some_lack("Patients do not develop a fever.")


def test_a_sign_likened_to_another_is_no_look_alike(tmp_path: Path) -> None:
    """ "a lump, similar to the lump of a gnat bite" and "They are similar to a cold" (the
    signs) name no illness it resembles."""
    got = relations(tmp_path, "A little pink lump, similar to the lump of a gnat bite, often "
                              "appears where the fly bit. The first signs of grebble fever are "
                              "mild. They are similar to a cold and may include:\n"
                              "- a sore throat\n")
    assert not {r for r in got if r[1] == "resembles"}
    assert ("grebble fever", "has_symptom", "sore throat") in got
    kept = relations(tmp_path, "The rash of grebble fever is similar in appearance to zorb pox.")
    assert ("grebble fever", "resembles", "zorb pox") in kept
    assert not likens_a_sign("The rash looks,", "that of a burn")


def test_early_care_of_another_thing_keeps_its_object(tmp_path: Path) -> None:
    """ "treating any zorb infections early" is early treatment of the infections."""
    got = relations(tmp_path, "Finding and treating any zorb infections early is key to "
                              "preventing serious complications.", heading="Treatment")
    assert ("early treatment of zorb infections", "prevents", "complication") in got
    assert ("early treatment", "prevents", "complication") not in got
    assert early_care_of("treating it early") is None
