"""Sentence wordings and layouts read in session 40: wordings health pages use, written as
sentences of our own about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.sections import classify_lines

from .grebble_pages import page_claims, relations

T = "grebble fever"
PREVENTS = "prevents"


@pytest.mark.parametrize(("sentence", "act"), [
    ("You can reduce your chances of getting grebble fever by not smoking.",
     "smoking cessation"),
    ("You can lower your risk by not sharing towels.", "sharing towel avoidance"),
])
def test_lowering_the_risk_by_not_doing_is_avoiding(tmp_path: Path, sentence: str,
                                                     act: str) -> None:
    """"... by not smoking": avoiding it is the act that prevents the illness (the clause
    after "by" was read only when it began with a gerund, so the sentence gave nothing)."""
    rels = relations(tmp_path, sentence, heading="Prevention")
    assert (act, PREVENTS, T) in rels
    assert not any(s.startswith("avoiding") for s, _, _ in rels)


def test_each_act_after_and_by_is_its_own(tmp_path: Path) -> None:
    """"by wearing gloves and by washing your hands": two acts, the second without the
    "by" stuck in its name."""
    rels = relations(tmp_path, "You can reduce your risk by wearing gloves and by washing "
                               "your hands.", heading="Prevention")
    acts = {s for s, p, o in rels if p == PREVENTS and o == T}
    assert acts == {"wearing gloves", "washing hands"}


def test_lower_case_lines_after_a_colon_lead_are_a_list(tmp_path: Path) -> None:
    """A lead-in ending in a colon, a blank line, then short lower-case lines without full
    stops: a list that lost its bullets, each line an act (they had been joined into one
    paragraph and read as one run-on sentence)."""
    text = ("Grebble fever\n\nGrebble fever is a rare infection.\n\nPrevention\n\n"
            "To help prevent infections:\n\nclean any cuts straight away\n"
            "keep wounds covered\nwear gloves when gardening\n")
    _, blocks = classify_lines(text)
    assert [b.text for b in blocks if b.kind == "item"] == [
        "clean any cuts straight away", "keep wounds covered", "wear gloves when gardening"]
    cs = page_claims(tmp_path, text)
    acts = {cs.label(c.subject) for c in cs.claims if c.predicate == PREVENTS}
    assert {"wound cleaning", "wound care", "wearing gloves"} <= acts


def test_lines_that_run_on_stay_one_paragraph() -> None:
    """Lines that stop on "and" or a comma run on into the next: a wrapped sentence under
    the colon lead, no list."""
    text = ("Grebble fever\n\nGrebble fever is a rare infection.\n\nWhat happens:\n\n"
            "the skin turns red and\nthen it swells,\nthen it heals\n")
    _, blocks = classify_lines(text)
    assert "item" not in [b.kind for b in blocks]
