"""A test the reader "may have" or "will need" is how the illness is found.

"You may have a blood test and a zorbic scan", "most children will need an ECG" name
tests the person goes through; before, they gave no claim.  The wording is read only
where a test's name follows, so "you may have a fever" or "you need rest" name no test.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _tests(tmp_path: Path, sentence: str) -> set[str]:
    return {o for s, p, o in relations(tmp_path, sentence, heading="Diagnosis")
            if s == "grebble fever" and p == "diagnosed_by"}


def test_you_may_have_tests(tmp_path: Path) -> None:
    assert _tests(tmp_path, "You may have a blood test and a zorbic scan.") >= {
        "blood test", "zorbic scan"}


def test_children_will_need_a_test(tmp_path: Path) -> None:
    assert "ECG" in _tests(tmp_path, "Most children will need an ECG.")


def test_having_no_test_names_none(tmp_path: Path) -> None:
    assert not _tests(tmp_path, "You may have a fever.")
    assert not _tests(tmp_path, "You need rest.")
