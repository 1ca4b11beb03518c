"""A remedy "given along with" another names both as care for the illness.

"Zorbulin may be given along with steroid tablets" says both are given; before, only
the remedy before "given" was read.  "Given by mouth" names how, not a second remedy.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.remedy_pairs import given_along_with

from .grebble_pages import relations


def _remedies(tmp_path: Path, sentence: str) -> set[str]:
    return {s for s, p, o in relations(tmp_path, sentence, heading="Treatment")
            if p == "used_for" and o == "grebble fever"}


def test_given_along_with(tmp_path: Path) -> None:
    found = _remedies(tmp_path, "Zorbulin may be given along with steroid tablets.")
    assert found >= {"zorbulin", "steroid tablets"}


def test_given_together_with_before_a_clause(tmp_path: Path) -> None:
    found = _remedies(tmp_path, "Zorbulin is usually given together with plarbex cream, "
                                "if needed.")
    assert found >= {"zorbulin", "plarbex cream"}


def test_given_by_mouth_names_one_remedy(tmp_path: Path) -> None:
    assert _remedies(tmp_path, "Zorbulin can be given by mouth.") == {"zorbulin"}
    assert given_along_with(" by mouth") is None
