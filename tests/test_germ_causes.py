"""Germs named as what brings the topic on are its causes (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .grebble_pages import relations

T = "grebble fever"


@pytest.mark.parametrize(("sentence", "germs"), [
    ("The bacteria, viruses and fungi that cause grebble fever spread through coughs.",
     {"bacteria", "viruses", "fungi"}),
    ("You can protect yourself against the bacteria and viruses that cause grebble fever by "
     "washing your hands.", {"bacteria", "viruses"}),
])
def test_each_germ_of_a_list_that_causes_the_topic_causes_it(tmp_path: Path, sentence: str,
                                                             germs: set[str]) -> None:
    got = relations(tmp_path, sentence)
    assert {(g, "causes", T) for g in germs} <= got


def test_a_germ_that_brings_the_topic_on_causes_it(tmp_path: Path) -> None:
    """"brought on by viruses": a cause, not a risk factor someone has."""
    got = relations(tmp_path, "Grebble fever is usually caused by bacteria, but can also be "
                              "brought on by viruses.")
    assert ("viruses", "causes", T) in got
    assert ("viruses", "increases_risk_of", T) not in got


def test_a_habit_that_brings_the_topic_on_still_raises_its_risk(tmp_path: Path) -> None:
    got = relations(tmp_path, "Grebble fever can be brought on by heavy drinking.")
    assert ("heavy drinking", "increases_risk_of", T) in got
