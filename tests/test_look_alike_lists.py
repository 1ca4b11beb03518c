"""Illnesses a page says must be told apart from the topic are look-alikes.

"Other conditions that cause similar symptoms include A and B" lists illnesses, not
signs; "it is important to rule out X" and "check it is not something more serious,
such as X" tell the topic apart from X.  Before, the first gave A and B as symptoms and
the second nothing; now each gives ``resembles``.  "Tests to rule out other causes" and
a plain list of signs keep their readings.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _claims(tmp_path: Path, body: str, heading: str = "Diagnosis") -> set[tuple[str, str]]:
    return {(p, o) for s, p, o in relations(tmp_path, body, heading=heading)
            if s == "grebble fever"}


def test_conditions_with_similar_symptoms(tmp_path: Path) -> None:
    found = _claims(tmp_path, "Other conditions that cause similar symptoms include zorbic "
                              "gout and blue kidney.")
    assert {("resembles", "zorbic gout"), ("resembles", "blue kidney")} <= found
    assert ("has_symptom", "zorbic gout") not in found


def test_ruled_out_and_checked_not(tmp_path: Path) -> None:
    assert ("resembles", "plarbic stroke") in _claims(
        tmp_path, "It is important to rule out a plarbic stroke.")
    assert ("resembles", "plarbic stroke") in _claims(
        tmp_path, "Your doctor will check it is not something more serious, such as a "
                  "plarbic stroke.")


def test_other_readings_stay(tmp_path: Path) -> None:
    assert ("diagnosed_by", "blood test") in _claims(
        tmp_path, "Tests to rule out other causes include a blood test.")
    found = _claims(tmp_path, "Symptoms include a zorby rash and ear ringing.", "Symptoms")
    assert {("has_symptom", "zorby rash"), ("has_symptom", "ear ringing")} <= found
