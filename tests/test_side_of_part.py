"""A sign "on one side of the face" is filed as a sign of the face ("face weakness").

The site "one side of the face" names the face; before, the sign kept the whole
phrase ("weakness on one side of the face").  "One side of the body" names no part,
so a sign there is named without it, the side a site of its own.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _signs(tmp_path: Path, body: str) -> set[str]:
    return {o for s, p, o in relations(tmp_path, body, heading="Symptoms")
            if s == "grebble fever" and p == "has_symptom"}


def test_sign_on_one_side_of_a_part(tmp_path: Path) -> None:
    assert "face weakness" in _signs(tmp_path, "Grebble fever causes weakness on one side of "
                                               "the face.")


def test_sign_on_both_sides_of_a_part(tmp_path: Path) -> None:
    signs = _signs(tmp_path, "Symptoms include:\n- numbness on both sides of the face\n"
                             "- ear ringing")
    assert "face numbness" in signs


def test_side_of_the_body_names_no_part(tmp_path: Path) -> None:
    signs = _signs(tmp_path, "Grebble fever causes a zorby rash on one side of the body.")
    assert not any("body" in s and "side" not in s for s in signs)
    # (since session 34 the side is a site of its own, the sign named without it)
    assert "zorby rash" in signs
