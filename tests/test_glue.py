"""Spaces a page lost between words come back, and only there (ingest/glue.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.documents import read_document
from claimgraph.ingest.glue import unglue


@pytest.mark.parametrize(("glued", "apart"), [
    ("an infection of the eye: inflammationof the eye", "an infection of the eye: inflammation "
                                                        "of the eye"),
    ("Itusually starts on the chest.", "It usually starts on the chest."),
    ("The fevercan come on fast anddoesn't go down.", "The fever can come on fast and doesn't "
                                                      "go down."),
    ("you may become infectedif bitten", "you may become infected if bitten"),
    ("thecomplications are rare", "the complications are rare"),
])
def test_a_function_word_glued_to_a_word_comes_apart(glued: str, apart: str) -> None:
    """A known word and a function word run together are two words again."""
    assert unglue(glued) == apart


@pytest.mark.parametrize("text", [
    "aspirin, heparin and insulin", "borrelia and erythema migrans", "Mayfair Thailand band",
    "within the island", "a sandwich and a pumpkin",
])
def test_words_the_dictionary_knows_and_rare_names_stay_whole(text: str) -> None:
    """Known words, medicine names and place names are never split."""
    assert unglue(text) == text


def test_documents_are_read_with_the_spaces_put_back(tmp_path: Path) -> None:
    """The page text rules read, and quotes come from, has the lost space back."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nThe rash usually appears within 3 days.Itusually fades "
                    "and doesn't come back.\n", encoding="utf-8")
    doc = read_document(page)
    assert "It usually fades" in doc.text


def test_two_function_words_run_together_come_apart() -> None:
    """'onthe fingers' is 'on the fingers'; 'tothem' and 'anthem' are left alone."""
    assert unglue("peeling skin onthe fingers and intothe vein") == (
        "peeling skin on the fingers and into the vein")
    assert unglue("anthem and atheist") == "anthem and atheist"
