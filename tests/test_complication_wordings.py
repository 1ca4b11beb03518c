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
