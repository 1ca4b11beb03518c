"""What one page claims, read again on another page that names the same thing under a heading
of that kind (``ingest/echoes.py``), on two pages of our own about a made-up illness."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.model import ClaimSet
from claimgraph.ingest.extract import extract_corpus

# The page that names every sign, risk and remedy in sentences the rules read.
_LISTING = """Grebble fever

Grebble fever is a rare infection of the gut.

Symptoms
Symptoms include a dry cough, tiredness, joint pain, a skin rash and painful lumps on the legs.

Risk factors
Smoking and older age raise the risk of grebble fever.

Treatment
Grebble fever is treated with antibiotics and rest.
"""

# A page naming the same things in sentences no rule reads as a relation.
_NAMING = """Grebble fever

Grebble fever is a rare infection of the gut.

Symptoms
A dry cough comes first for most children. Doctors do not expect joint pain at any stage.
Tiredness has been reported, though this is unproven.

Causes and risks
Smoking is the habit doctors ask about first.

Treatment
Antibiotics work for nearly everyone within a fortnight.
Creams do not help, but rest does.

Outlook
A skin rash lasts for months in some people.
"""

Row = tuple[str, str, str, bool, bool, str]


def _read(tmp_path: Path, pages: dict[str, str]) -> tuple[ClaimSet, dict[str, str]]:
    paths = []
    for name, text in pages.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    cs, texts, _ = extract_corpus(paths, progress=False)
    return cs, texts


def _rows(cs: ClaimSet, source: str) -> set[Row]:
    """Return (subject, predicate, object, negated, hedged, rule) of a source's relations."""
    return {(cs.label(c.subject), c.predicate, cs.label(c.object), c.negated, c.hedged,
             c.evidence.rule or "") for c in cs.claims
            if c.source == source and c.object is not None}


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[ClaimSet, dict[str, str]]:
    return _read(tmp_path_factory.mktemp("echo"), {"listing": _LISTING, "naming": _NAMING})


@pytest.mark.parametrize("row", [
    ("grebble fever", "has_symptom", "dry cough", False, False, "echo:symptom"),
    ("smoking", "increases_risk_of", "grebble fever", False, False, "echo:risk"),
    ("antibiotics", "used_for", "grebble fever", False, False, "echo:treatment"),
    # the sentence's own cues: denied, and doubted
    ("grebble fever", "has_symptom", "joint pain", True, False, "echo:symptom"),
    ("grebble fever", "has_symptom", "tiredness", False, True, "echo:symptom"),
    # a denial reaches to its clause's end, not past the "but"
    ("rest", "used_for", "grebble fever", False, False, "echo:treatment"),
])
def test_a_page_claims_what_another_page_names_under_a_heading_of_that_kind(
        two_pages: tuple[ClaimSet, dict[str, str]], row: Row) -> None:
    cs, _ = two_pages
    assert row in _rows(cs, "naming")


def test_an_echoed_claim_quotes_its_own_page_sentence(
        two_pages: tuple[ClaimSet, dict[str, str]]) -> None:
    cs, texts = two_pages
    [claim] = [c for c in cs.claims if c.source == "naming" and c.object is not None
               and cs.label(c.object) == "dry cough"]
    ev = claim.evidence
    assert ev.start is not None and ev.end is not None
    assert texts["naming"][ev.start:ev.end] == "A dry cough comes first for most children."
    assert ev.section == "Symptoms"
    # read from a heading, not a relation phrase: shown, but never a conflict on its own
    assert not ev.trusted


def test_a_thing_named_under_a_heading_of_another_kind_is_not_claimed(
        two_pages: tuple[ClaimSet, dict[str, str]]) -> None:
    cs, _ = two_pages
    assert not any(obj == "skin rash" for _, _, obj, _, _, _ in _rows(cs, "naming"))


def test_a_page_alone_gets_nothing_from_its_headings(tmp_path: Path) -> None:
    cs, _ = _read(tmp_path, {"naming": _NAMING})
    assert not any(rule.startswith("echo:") for *_, rule in _rows(cs, "naming"))
    assert not any(obj == "dry cough" for _, _, obj, _, _, _ in _rows(cs, "naming"))


def test_a_page_that_names_a_fuller_form_is_not_given_the_shorter(tmp_path: Path) -> None:
    # "painful lumps on the legs" is the listing page's "painful leg lumps": no echo of the
    # other page's "painful lumps" on top of it
    other = _NAMING.replace("A dry cough comes first", "Painful lumps appear early. A dry cough "
                            "comes first")
    cs, _ = _read(tmp_path, {"listing": _LISTING, "naming": other})
    listing = _rows(cs, "listing")
    assert any(obj == "painful leg lumps" for _, _, obj, _, _, _ in listing)
    assert not any(obj == "painful lumps" for _, _, obj, _, _, _ in listing)


def test_pages_on_another_illness_are_not_echoed(tmp_path: Path) -> None:
    # a folder holding a page on another illness: its signs are not the topic's
    other = _NAMING.replace("Grebble fever", "Zorb syndrome").replace("grebble fever", "zorb")
    cs, _ = _read(tmp_path, {"listing": _LISTING, "other": other})
    assert not any(rule.startswith("echo:") for *_, rule in _rows(cs, "other"))
    assert not any(obj == "dry cough" for _, _, obj, _, _, _ in _rows(cs, "other"))


def test_a_cause_or_a_remedy_said_to_work_is_echoed_as_its_heading_says(tmp_path: Path) -> None:
    # one page says what causes it and what works; the other names both under "Risk factors"
    # and "Treatment" in sentences no rule reads
    says = ("Grebble fever\n\nGrebble fever is a rare infection of the gut.\n\nCauses\n"
            "Grebble fever is caused by damp housing.\n\nTreatment\n"
            "Cold compresses are effective for grebble fever.\n")
    names = ("Grebble fever\n\nGrebble fever is a rare infection of the gut.\n\nRisk factors\n"
             "Damp housing is common in older cities.\n\nTreatment\n"
             "Cold compresses are cheap and easy to make at home.\n")
    cs, _ = _read(tmp_path, {"says": says, "names": names})
    got = _rows(cs, "names")
    assert ("damp housing", "increases_risk_of", "grebble fever", False, False,
            "echo:risk") in got
    assert ("cold compresses", "used_for", "grebble fever", False, False,
            "echo:treatment") in got


def test_a_heading_means_what_the_rules_read_it_to_mean(tmp_path: Path) -> None:
    # "Lungs" after "Symptoms" has no kind of its own: the rules read it as going on with
    # the signs, and so do echoes
    names = ("Grebble fever\n\nGrebble fever is a rare infection of the gut.\n\nSymptoms\n"
             "The first signs differ from child to child.\n\nLungs\n"
             "A dry cough comes first for most children.\n")
    cs, _ = _read(tmp_path, {"listing": _LISTING, "names": names})
    assert ("grebble fever", "has_symptom", "dry cough", False, False,
            "echo:symptom") in _rows(cs, "names")


def test_a_name_is_found_in_any_of_its_forms(tmp_path: Path) -> None:
    # one page names a sign in the singular, the other in an irregular plural and capitals
    says = ("Grebble fever\n\nGrebble fever is a rare infection of the gut.\n\nSymptoms\n"
            "Symptoms include a swollen foot and a sore tooth.\n")
    names = ("Grebble fever\n\nGrebble fever is a rare infection of the gut.\n\nSymptoms\n"
             "Swollen Feet come first for most children, then the teeth.\n")
    cs, _ = _read(tmp_path, {"says": says, "names": names})
    got = {obj for _, _, obj, _, _, rule in _rows(cs, "names") if rule == "echo:symptom"}
    assert "swollen feet" in got or "swollen foot" in got, got
