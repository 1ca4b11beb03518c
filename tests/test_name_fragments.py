"""Scraps of a sentence are no names: claims built on them are not recorded.

Sentences are our own, about the made-up "grebble fever".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.name_fragments import (
    chance_dropped,
    examples_of_anything,
    fatal_relative,
    fragment_name,
)

from .grebble_pages import relations


@pytest.mark.parametrize(("subject", "predicate", "obj"), [
    ("grebble fever", "has_complication", "Japan"),
    ("grebble fever", "has_symptom", "swelling in the"),
    ("called zorbs", "increases_risk_of", "grebble fever"),
    ("a high risk of disability", "associated_with", "grebble fever"),
    ("grebble fever", "has_symptom", "pain from something"),
])
def test_scraps_are_fragments(subject: str, predicate: str, obj: str) -> None:
    """A place as a harm, an open end, a naming lead, a chance, an indefinite are scraps."""
    assert fragment_name(subject, predicate, obj)


@pytest.mark.parametrize(("subject", "predicate", "obj"), [
    ("grebble fever", "has_symptom", "swelling in one joint"),
    ("travel to Japan", "increases_risk_of", "grebble fever"),
    ("grebble fever", "has_complication", "kidney harm"),
    ("Europe", "increases_risk_of", "grebble fever"),
])
def test_names_are_no_fragments(subject: str, predicate: str, obj: str) -> None:
    """Whole names, and places on the risk side, are kept."""
    assert not fragment_name(subject, predicate, obj)


def test_chance_dropped_and_fatal_relative() -> None:
    """ "a high risk of X" is X; "infections that can be fatal" are what kills."""
    assert chance_dropped("a high risk of kidney harm") == "kidney harm"
    assert fatal_relative("It may even cause severe zorb infections that ") == \
        "severe zorb infections"
    assert fatal_relative("Grebble fever is a rare illness that ") is None
    assert examples_of_anything("an ache set off by something that is harmless")
    assert not examples_of_anything("medicines that weaken the immune system")


def test_a_place_is_no_harm(tmp_path: Path) -> None:
    """ "leading cause of X in North America and Japan" gives X, not Japan."""
    got = relations(tmp_path, "Grebble fever is the leading cause of acquired kidney disease "
                              "in children in North America and Japan.")
    assert ("grebble fever", "has_complication", "acquired kidney disease") in got
    assert not {r for r in got if r[2].lower() in ("japan", "north america")}


def test_a_named_germ_is_kept(tmp_path: Path) -> None:
    """ "a germ called Zorbella vexans causes it": the name after "called" is the germ."""
    got = relations(tmp_path, "Grebble fever is caused by a germ called Zorbella vexans.")
    assert ("zorbella vexans", "causes", "grebble fever") in {
        (s.lower(), p, o) for s, p, o in got}


def test_a_high_risk_of_a_harm_is_the_harm(tmp_path: Path) -> None:
    """ "associated with a high risk of disability" names disability as the harm."""
    got = relations(tmp_path, "The outlook is poor, as grebble fever is associated with a "
                              "high risk of disability and death.")
    assert ("grebble fever", "has_complication", "disability") in got
    assert not {r for r in got if "risk of" in r[0] or "risk of" in r[2]}


def test_a_fatal_harm_kills_not_the_topic(tmp_path: Path) -> None:
    """ "may cause severe infections that could be fatal": the infections cause death."""
    got = relations(tmp_path, "It can lead to open sores and may even cause severe blood "
                              "infections that could be fatal.")
    assert ("severe blood infections", "causes", "death") in got
    assert ("grebble fever", "has_complication", "death") not in got
    kept = relations(tmp_path, "Grebble fever is a rare infection that can be fatal.")
    assert ("grebble fever", "has_complication", "death") in kept


def test_examples_of_something_are_no_signs(tmp_path: Path) -> None:
    """ "an ache set off by something harmless, such as cold air": no sign "cold air"."""
    got = relations(tmp_path, "Pain felt by people with zorbal neuralgia includes:\n"
                              "- dull or sharp aching pain\n"
                              "- zingling, an ache set off by something that is harmless, "
                              "such as cold air or a light touch\n", heading="Symptoms")
    assert ("zorbal neuralgia", "has_symptom", "zingling") in got
    assert not {r for r in got if "cold air" in r or "light touch" in r or "something" in r[2]}

