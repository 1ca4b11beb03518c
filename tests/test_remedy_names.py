"""Remedy names as a reader writes them: a generic tail after a remedy word is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.phrases import clean_phrase, drop_remedy_tail

from .test_rule_families import relations_set


@pytest.mark.parametrize(("phrase", "name"), [
    ("prophylactic antibiotic treatment", "prophylactic antibiotics"),
    ("antibiotic therapy", "antibiotics"),
    ("intensive care treatment", "intensive care"),
    ("early treatment", "early treatment"),
    ("pain medication", "pain medication"),
    ("physical therapy", "physical therapy"),
    ("wound care", "wound care"),
    ("treatment", "treatment"),
])
def test_a_generic_tail_after_a_remedy_word_is_dropped(phrase: str, name: str) -> None:
    assert drop_remedy_tail(phrase) == name
    assert clean_phrase(phrase) == name


def test_a_remedy_named_with_a_tail_gives_the_bare_remedy(tmp_path: Path) -> None:
    got = relations_set(tmp_path, "Most people with grebble fever get better after antibiotic "
                                  "treatment. Intensive care treatment may be needed for grebble "
                                  "fever.")
    assert ("antibiotics", "effective_for", "grebble fever") in got
    assert ("intensive care", "used_for", "grebble fever") in got
