"""A share of the page's patients who have something names a sign of the illness.

"Up to 80% of patients have a rash" and "a rash occurs in about 5% of cases" count the
illness's own patients or cases: what they have is one of its signs.  A share of
patients with a history or another illness names no sign.
"""

from __future__ import annotations

from pathlib import Path

from .grebble_pages import relations


def _signs(tmp_path: Path, sentence: str) -> set[str]:
    return {o for s, p, o in relations(tmp_path, sentence)
            if s == "grebble fever" and p == "has_symptom"}


def test_share_of_patients_have(tmp_path: Path) -> None:
    assert "zorby rash" in _signs(tmp_path, "Up to 80% of patients have a zorby rash.")


def test_occurs_in_share_of_cases(tmp_path: Path) -> None:
    assert "purple tongue" in _signs(tmp_path, "A purple tongue occurs in about 5% of cases.")
    assert "joint clicking" in _signs(tmp_path, "Joint clicking develops in most patients.")


def test_share_with_a_history_names_no_sign(tmp_path: Path) -> None:
    assert not _signs(tmp_path, "Up to 10% of patients have a family history of grebble fever.")
    assert not _signs(tmp_path, "About 40% of patients have zorbic gout.")
