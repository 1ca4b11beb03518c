"""The resolver's reading of "high": a sign said to be high is the sign the other pages
name (session 28); a measured quantity said to be high is a finding of its own."""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.lexicon import sole_kind_pairs


def _labels(tmp_path: Path, first: str, second: str) -> dict[str, str]:
    """Return, for each sign of two pages about quentella disease, the label it resolves to
    (a topic whose name ends in no sign's word: "grebble fever" would be a kind of fever)."""
    pages = []
    for i, signs in enumerate((first, second)):
        page = tmp_path / f"p{i}.txt"
        page.write_text(f"Quentella disease\n\nQuentella disease is a rare illness.\n\nSymptoms\n"
                        f"Symptoms include {signs}.\n", encoding="utf-8")
        pages.append(page)
    cs, _, _ = extract_corpus(pages, progress=False)
    return {c.evidence.anchor.lower(): cs.label(c.object) for c in cs.claims
            if c.object is not None and c.predicate == "has_symptom"}


def test_a_high_fever_on_one_page_is_the_fever_of_another(tmp_path: Path) -> None:
    """One page's "a high fever" and another's "fever" are one sign (two entities before)."""
    got = _labels(tmp_path, "a high fever and a rash", "fever and tiredness")
    assert got["a high fever"] == got["fever"]


def test_high_blood_pressure_stays_apart_from_blood_pressure() -> None:
    """A measured quantity said to be high is a finding, never the quantity itself."""
    names = ["high blood pressure", "blood pressure", "high zorb levels", "zorb levels"]
    assert list(sole_kind_pairs(names)) == []
    assert list(sole_kind_pairs(["high fever", "fever"], one_word=True)) == [
        ("high fever", "fever")]


def test_two_grades_of_a_sign_stay_apart() -> None:
    """A page that names a high and a low fever sets two kinds apart."""
    assert list(sole_kind_pairs(["high fever", "low fever", "fever"], one_word=True)) == []


def test_an_act_on_a_thing_is_no_kind_of_it() -> None:
    """"leaving zorb pads in" is an act done to the pads, not a kind of pad: the resolver
    kept it as the pads' only kind and named both "leaving zorb pad"."""
    assert list(sole_kind_pairs(["leaving zorb pad", "zorb pad"])) == []
    assert list(sole_kind_pairs(["lubricating eye drop", "eye drop"])) == [
        ("lubricating eye drop", "eye drop")]
