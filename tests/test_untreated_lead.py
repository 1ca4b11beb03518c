"""A bare "untreated" before the sentence's subject is no leading clause.

"Untreated grebble fever can cause A, B and C" names the illness as its own subject:
reading "untreated ..." as a lead clause up to the first comma cut the list to its
first member.  "Untreated, it can ..." (a comma right after) still leads, and so do
"Without treatment, ..." and "If left untreated, ...".  Polarity stays asserted: the
"un-" of "untreated" denies nothing the sentence claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import relations

_HARMS = {"joint swelling", "kidney failure", "heart damage"}


def _objects(found: set[tuple[str, str, str]]) -> set[str]:
    return {o for s, _, o in found if s == "grebble fever"}


def test_untreated_subject_keeps_the_whole_list(tmp_path: Path) -> None:
    found = relations(tmp_path, "Untreated grebble fever can cause joint swelling, kidney failure "
                                "and heart damage.")
    assert _objects(found) >= _HARMS


# Leads that end at their comma, and leads of untreated care that lack it
# ("Without treatment X can lead to A, B and C": the comma the lead lacks is not the list's).
_LEADS = ("Untreated, grebble fever", "Without treatment, grebble fever",
          "If left untreated, grebble fever", "Without treatment grebble fever",
          "If left untreated grebble fever", "Without prompt treatment grebble fever")


@pytest.mark.parametrize("lead", _LEADS)
def test_a_lead_clause_leaves_the_whole_list(tmp_path: Path, lead: str) -> None:
    found = relations(tmp_path, f"{lead} can lead to joint swelling, kidney failure "
                                "and heart damage.")
    assert _objects(found) >= _HARMS


@pytest.mark.parametrize("subject", ["Untreated grebble fever", "Without treatment grebble fever"])
def test_untreated_care_stays_asserted(tmp_path: Path, subject: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n"
                    f"{subject} can cause joint swelling, kidney failure "
                    "and heart damage.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    claims = [c for c in cs.claims if c.object is not None and cs.label(c.object) in _HARMS]
    assert len(claims) == len(_HARMS)
    assert {c.polarity.value for c in claims} == {"affirmed"}
