"""Risk read in session 15: an adverb before the people's verb, a phrasal trigger, 'but'."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import people_factor

from .grebble_pages import relations


@pytest.mark.parametrize(("people", "factor"), [
    ("people who recently had surgery", "surgery"),
    ("people who regularly inject drugs", "injecting drugs"),
    ("those who often swim in lakes", "swimming in lakes"),
])
def test_an_adverb_before_the_verb_is_no_act(people: str, factor: str) -> None:
    """'who recently had surgery' names the surgery, never an act called 'recentlying'."""
    assert people_factor(people) == factor


@pytest.mark.parametrize("sentence", [
    "Cold weather can bring on an attack of grebble fever.",
    "Cold weather can set off grebble fever.",
])
def test_a_phrasal_trigger_names_a_cause(tmp_path: Path, sentence: str) -> None:
    """'X can bring on / set off <topic>': X brings the illness on."""
    got = relations(tmp_path, f"{sentence} It is rare.", heading="Causes")
    assert ("cold weather", "causes", "grebble fever") in got


def test_a_risk_after_but_is_read(tmp_path: Path) -> None:
    """'Anyone can get it, but it is more likely if you have X': X raises the risk."""
    got = relations(tmp_path, "Anyone can get it, but it is more likely if you have "
                    "diabetes. It is rare.", heading="Risk factors")
    assert ("diabetes", "increases_risk_of", "grebble fever") in got
