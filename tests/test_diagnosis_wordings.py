"""Tests a page says find an illness, in wordings the diagnosis rules missed.

Sentences are our own words about a made-up illness ("grebble fever").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.lab_tests import lab_test_name
from claimgraph.ingest.phrases import split_list

from .grebble_pages import relations


def _tests(got: set[tuple[str, str, str]]) -> set[str]:
    return {o for s, p, o in got if p == "diagnosed_by" and s == "grebble fever"}


@pytest.mark.parametrize("heading", ["Diagnosis", "About"])
def test_a_fluid_before_a_named_test_shares_its_head(tmp_path: Path, heading: str) -> None:
    """"Blood and urine tests" are a blood test and a urine test, not "blood" on its own."""
    got = _tests(relations(tmp_path, "Blood and urine tests can help diagnose grebble fever.",
                           heading=heading))
    assert got == {"blood tests", "urine tests"}


def test_share_head_keeps_a_fluid_that_is_no_test_apart() -> None:
    """"fever and blood tests" is not a fever test; only lone fluid words take the head."""
    assert split_list("blood and urine samples") == ["blood samples", "urine samples"]
    assert split_list("fever and blood tests") == ["fever", "blood tests"]


def test_everyday_words_for_a_fluid_name_its_test() -> None:
    """"pee tests" are urine tests."""
    assert lab_test_name("pee tests") == "urine test"
    assert lab_test_name("poo test") == "stool test"


@pytest.mark.parametrize("sentence", [
    "Blood tests can help with making a diagnosis.",
    "Blood tests may help in reaching the diagnosis.",
    "Blood tests help with the diagnosis.",
])
def test_help_with_the_diagnosis(tmp_path: Path, sentence: str) -> None:
    """"X can help with making a diagnosis": X is a way to find the illness."""
    assert "blood tests" in _tests(relations(tmp_path, sentence, heading="Diagnosis"))


def test_help_with_the_diagnosis_needs_a_test(tmp_path: Path) -> None:
    """"A good diary can help with making a diagnosis" names no test."""
    got = _tests(relations(tmp_path, "Friends can help with making a diagnosis.",
                           heading="Diagnosis"))
    assert "friends" not in got


def test_tests_shown_to_detect_are_the_subject(tmp_path: Path) -> None:
    """"Radiography and sonography have been shown to detect X": the tests find it, X is
    no test; a semicolon before them starts their own clause."""
    got = _tests(relations(
        tmp_path, "Pictures are not always taken; however, radiography and sonography (US) "
                  "have been shown to detect small deposits.",
        heading="Diagnosis"))
    assert {"radiography", "sonography"} <= got
    assert "small deposits" not in got


def test_a_test_ordered_for_a_purpose_is_still_named(tmp_path: Path) -> None:
    """"may order blood tests to check for infection": the blood tests, not only the
    infection they look for."""
    got = _tests(relations(tmp_path, "The nurse may order blood tests to check for "
                                     "infection.", heading="Diagnosis"))
    assert "blood tests" in got


@pytest.mark.parametrize("sentence", [
    "A skin biopsy is the only way to be sure.",
    "A skin biopsy is the only way to know for certain.",
])
def test_the_only_way_to_be_sure(tmp_path: Path, sentence: str) -> None:
    """"X is the only way to be sure": X confirms the illness."""
    assert "skin biopsy" in _tests(relations(tmp_path, sentence, heading="Diagnosis"))
