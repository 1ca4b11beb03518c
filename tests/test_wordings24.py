"""Sentence wordings read in session 24, from own-words batteries.  Every sentence is our own,
about the made-up grebble fever."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize("sentence", [
    "Unlike other rashes, it does not blister.",
    "Unlike most infections, it does not cause a fever.",
])
def test_unlike_a_class_names_no_look_alike(tmp_path: Path, sentence: str) -> None:
    """"Unlike other rashes": the illness told apart from a whole class, no one look-alike
    (it was read as resembling "rashes")."""
    got = relations(tmp_path, sentence, heading="Symptoms")
    assert not [x for x in got if x[1] == "resembles"]


def test_unlike_one_illness_is_still_a_look_alike(tmp_path: Path) -> None:
    """"Unlike a stroke, the weakness comes on slowly": told apart from a look-alike."""
    got = relations(tmp_path, "Unlike a stroke, the weakness comes on slowly.",
                    heading="Symptoms")
    assert (T, "resembles", "stroke") in got
