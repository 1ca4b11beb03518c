"""Harms a page says the topic brings, read through the frames that wrap them.

Sentences are our own words about a made-up illness ("grebble fever"); see
tests/test_rule_families.py for the page the helper builds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_rule_families import relations_set


@pytest.mark.parametrize("sentence", [
    "Results confirm that grebble fever can lead to kidney failure.",
    "Studies suggest that grebble fever can lead to kidney failure.",
    "There's a risk that grebble fever could lead to kidney failure.",
    "There is a small risk that grebble fever may lead to kidney failure.",
])
def test_a_report_frame_leaves_the_clause_subject(tmp_path: Path, sentence: str) -> None:
    """"Results confirm that X can lead to Y": X is the subject, not the results."""
    got = relations_set(tmp_path, sentence, heading="Outlook")
    assert ("grebble fever", "has_complication", "kidney failure") in got


@pytest.mark.parametrize("sentence", [
    "Some people develop kidney damage.",
    "A few patients go on to develop kidney damage.",
])
def test_people_who_develop_a_harm_under_outlook(tmp_path: Path, sentence: str) -> None:
    """Under an outlook heading, "some people develop X" names a harm the topic leaves."""
    got = relations_set(tmp_path, sentence, heading="Outlook")
    assert ("grebble fever", "has_complication", "kidney damage") in got


def test_a_conditional_develop_under_outlook_names_no_harm(tmp_path: Path) -> None:
    """"If you develop a fever, see a doctor" is advice, not an outcome."""
    got = relations_set(tmp_path, "If you develop a rash, see a doctor.", heading="Outlook")
    assert not any(p == "has_complication" for _, p, _ in got)
