"""A bare "untreated" before the sentence's subject is no leading clause.

"Untreated grebble fever can cause A, B and C" names the illness as its own subject:
reading "untreated ..." as a lead clause up to the first comma cut the list to its
first member.  "Untreated, it can ..." (a comma right after) still leads, and so do
"Without treatment, ..." and "If left untreated, ...".  Polarity stays asserted: the
"un-" of "untreated" denies nothing the sentence claims.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.extract import extract_corpus

from .grebble_pages import relations

_HARMS = {"joint swelling", "kidney failure", "heart damage"}


def _objects(found: set[tuple[str, str, str]]) -> set[str]:
    return {o for s, _, o in found if s == "grebble fever"}


def test_untreated_subject_keeps_the_whole_list(tmp_path: Path) -> None:
    found = relations(tmp_path, "Untreated grebble fever can cause joint swelling, kidney failure "
                                "and heart damage.")
    assert _objects(found) >= _HARMS


def test_lead_clauses_still_end_at_their_comma(tmp_path: Path) -> None:
    for lead in ("Untreated, grebble fever", "Without treatment, grebble fever",
                 "If left untreated, grebble fever"):
        found = relations(tmp_path, f"{lead} can lead to joint swelling, kidney failure "
                                    "and heart damage.")
        assert _objects(found) >= _HARMS, lead


def test_untreated_subject_stays_asserted(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n"
                    "Untreated grebble fever can cause joint swelling, kidney failure "
                    "and heart damage.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    claims = [c for c in cs.claims if c.object is not None and cs.label(c.object) in _HARMS]
    assert len(claims) == len(_HARMS)
    assert {c.polarity.value for c in claims} == {"affirmed"}


def test_a_lead_of_untreated_care_without_its_comma_ends_at_its_words(tmp_path: Path) -> None:
    """'Without treatment X can lead to A, B and C': the comma the lead lacks is not the list's."""
    for lead in ("Without treatment grebble fever", "If left untreated grebble fever",
                 "Without prompt treatment grebble fever"):
        found = relations(tmp_path, f"{lead} can lead to joint swelling, kidney failure "
                                    "and heart damage.")
        assert _objects(found) >= _HARMS, lead


def test_a_lead_of_untreated_care_without_its_comma_stays_asserted(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nAbout\n"
                    "Without treatment grebble fever can cause joint swelling, kidney failure "
                    "and heart damage.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    claims = [c for c in cs.claims if c.object is not None and cs.label(c.object) in _HARMS]
    assert len(claims) == len(_HARMS)
    assert {c.polarity.value for c in claims} == {"affirmed"}
