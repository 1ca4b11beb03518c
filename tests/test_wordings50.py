"""Readings mended in session 50: sentences a page cut short or left trailing off, and names
with a bracket left open, written as sentences of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.cut_short import cut_short_end

from .grebble_pages import relations

T = "grebble fever"
SIGN = "has_symptom"


@pytest.mark.parametrize("ellipsis", ["\u2026", "..."])
def test_an_item_cut_off_mid_word_is_not_read(tmp_path: Path, ellipsis: str) -> None:
    """A preview that stops in a word ("... and pain in the ar…"): the items before the cut
    are the page's, the cut one is no sign ("pain in the ar" was one)."""
    rels = relations(tmp_path, f"Symptoms include fever, tiredness and pain in the ar{ellipsis}",
                     heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == {"fever", "tiredness"}, rels


def test_an_ellipsis_after_a_whole_word_keeps_the_item_without_the_dots(tmp_path: Path) -> None:
    """"... and a rash…" trails off after a whole word: the rash is a sign, named without
    the ellipsis ("rash…" was a name of its own)."""
    rels = relations(tmp_path, "Symptoms include fever, tiredness and a rash\u2026",
                     heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == {"fever", "tiredness", "rash"}, rels


def test_a_line_cut_short_is_not_a_sign_name(tmp_path: Path) -> None:
    """A line under a heading of signs that stops mid-word ("Grebble fever commonly affects
    th…") is a cut sentence, not the name of a sign (the line was read as one)."""
    rels = relations(tmp_path, "Grebble fever commonly affects th\u2026", heading="Symptoms")
    assert not any(p == SIGN for _, p, _ in rels), rels


def test_a_clause_cut_short_keeps_the_clause_before_it() -> None:
    """The cut is taken back to the separator before the cut item: the clause before the
    comma is what the page states."""
    text = "Most people recover within a few weeks, but some go into remi\u2026"
    assert text[:cut_short_end(text, 0, len(text))] == "Most people recover within a few weeks"


@pytest.mark.parametrize("text", [
    "Most people recover within a few weeks.",
    "Symptoms include fever and a rash\u2026",
    "Levels above 2.5...",
    "It is rare (about 1 in 10,000 people)...",
])
def test_a_sentence_not_cut_short_is_read_whole(text: str) -> None:
    """Only a word the lexicon does not know, right before the ellipsis, is a cut word."""
    assert cut_short_end(text, 0, len(text)) == len(text)


@pytest.mark.parametrize("sentence, signs", [
    ("Symptoms include fever, a rash (small red spots and tiredness.",
     {"fever", "rash", "tiredness"}),
    ("Symptoms include fever and a rash (which can look like small red spots.",
     {"fever", "rash"}),
])
def test_a_bracket_left_open_ends_the_name(tmp_path: Path, sentence: str,
                                           signs: set[str]) -> None:
    """A bracket a page never closes ("a rash (small red spots and ...") ends the name
    before it: "rash (small red spots" was a sign of its own."""
    rels = relations(tmp_path, sentence, heading="Symptoms")
    assert {o for s, p, o in rels if p == SIGN} == signs, rels
