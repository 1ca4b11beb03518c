"""Signs named through other signs: a stage a sign turns into, and what a sign brings on.

Sentences are our own, about the made-up "grebble fever".
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def test_a_sign_that_appears_and_then_turns_into_another_gives_a_sign(tmp_path: Path) -> None:
    """"A rash appears and then turns into blisters": the blisters are a later sign, no harm."""
    got = relations(tmp_path, "A red rash appears and then turns into blisters.",
                    heading="Symptoms")
    assert ("grebble fever", "has_symptom", "blisters") in got
    assert ("grebble fever", "has_complication", "blisters") not in got


def test_what_a_named_sign_brings_on_is_a_sign(tmp_path: Path) -> None:
    """A sign the page already gives, "which can cause" more: those are signs too."""
    got = relations(tmp_path, "Grebble fever causes skipped beats. Heart problems, such as "
                    "skipped beats, which can cause dizziness or fainting.", heading="Symptoms")
    assert {("grebble fever", "has_symptom", "dizziness"),
            ("grebble fever", "has_symptom", "fainting")} <= got
    assert ("skipped beats", "causes", "dizziness") not in got


def test_a_complication_a_sign_leads_to_stays_a_harm(tmp_path: Path) -> None:
    """"The rash can lead to a complication called X": X is no sign of the topic."""
    got = relations(tmp_path, "Grebble fever causes a rash. The rash can lead to a "
                    "complication called lasting ache.", heading="Symptoms")
    assert ("grebble fever", "has_symptom", "lasting ache") not in got


def test_a_sign_along_with_another_names_two_signs(tmp_path: Path) -> None:
    """"A sore throat, accompanied by hoarseness": hoarseness is a sign, the joining words
    are no part of its name."""
    got = relations(tmp_path, "A sore throat, accompanied by hoarseness.", heading="Symptoms")
    assert {("grebble fever", "has_symptom", "sore throat"),
            ("grebble fever", "has_symptom", "hoarseness")} <= got
    assert not any("accompanied" in o for _, _, o in got)
    got = relations(tmp_path, "A rash, along with itching.", heading="Symptoms")
    assert ("grebble fever", "has_symptom", "itching") in got
    assert not any("along with" in o for _, _, o in got)
