"""A doctor who checks a part "with" a test names that test as how the illness is found.

"Your doctor will check your heart with a zorbic scan" names the scan; before, every
"doctor will check/examine" gave a physical examination.  Without a test after
"with"/"using", it is still a physical examination.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _tests(tmp_path: Path, sentence: str) -> set[str]:
    return {o for s, p, o in relations(tmp_path, sentence, heading="Diagnosis")
            if s == "grebble fever" and p == "diagnosed_by"}


def test_checked_with_a_scan(tmp_path: Path) -> None:
    assert _tests(tmp_path, "Your doctor will check your heart with a zorbic scan.") == {
        "zorbic scan"}


def test_looked_at_using_a_test(tmp_path: Path) -> None:
    assert _tests(tmp_path, "A doctor may look at the skin using a special lamp test.") == {
        "lamp test"}


def test_examined_without_a_test(tmp_path: Path) -> None:
    assert _tests(tmp_path, "A doctor will examine the skin for spots.") == {
        "physical examination"}
