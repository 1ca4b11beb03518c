"""Lists a plain-text page wrote one short line per item, with no bullets.

Our own made-up page about grebble fever; each family's items are written
as bare lines (or as short paragraphs) under a typed heading or a colon
lead-in, and every item must be read, not only the last one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.readers_text import read_markdown, read_text

from .grebble_pages import relations

FAMILIES = {
    "Risk factors": (["Being over 60", "Living in a damp house", "Having diabetes"],
                     "increases_risk_of", ["older age", "living in a damp house", "diabetes"]),
    "Complications": (["Hearing loss", "Heart damage", "Kidney failure"],
                      "has_complication", ["hearing loss", "heart damage", "kidney failure"]),
    "Treatment": (["Antibiotics", "Pain relievers", "Rest and fluids"],
                  "used_for", ["antibiotics", "pain relievers"]),
    "Prevention": (["Washing your hands often", "Avoiding sick people", "Getting the vaccine"],
                   "prevents", ["washing hands", "getting vaccine"]),
    "Diagnosis": (["A blood test", "A chest X-ray", "A skin biopsy"],
                  "diagnosed_by", ["blood test", "chest x-ray", "skin biopsy"]),
}


def _names(found: set[tuple[str, str, str]], predicate: str) -> set[str]:
    return {o if s == "grebble fever" else s for s, p, o in found if p == predicate}


@pytest.mark.parametrize("heading", sorted(FAMILIES))
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_every_bare_line_under_a_typed_heading_is_read(tmp_path: Path, heading: str,
                                                       gap: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    found = _names(relations(tmp_path, gap.join(lines), heading=heading), predicate)
    assert set(wanted) <= found


@pytest.mark.parametrize("heading", sorted(FAMILIES))
def test_bare_lines_after_a_colon_lead_in_are_read(tmp_path: Path, heading: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    body = "These include:\n" + "\n".join(lines)
    assert set(wanted) <= _names(relations(tmp_path, body, heading=heading), predicate)


def test_a_bare_list_ends_at_the_next_typed_heading() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nRisk factors\nBeing over 60\n"
            "Living in a damp house\nHaving diabetes\n\nComplications\nHearing loss\n"
            "Heart damage\nKidney failure\n\nTreatment\nIt is treated with rest.\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("heading", "Complications") in kinds and ("heading", "Treatment") in kinds
    assert [t for k, t in kinds if k == "item"] == [
        "Being over 60", "Living in a damp house", "Having diabetes",
        "Hearing loss", "Heart damage", "Kidney failure"]


def test_subheadings_with_body_text_stay_headings() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nSymptoms\nEarly signs\n"
            "The skin itches for a day or two before anything else.\n\nLate signs\n"
            "The joints swell and ache.\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]
    assert [b.text for b in blocks if b.kind == "heading"][-2:] == ["Early signs", "Late signs"]


def test_short_lines_under_an_untyped_heading_stay_as_they_were() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nAbout us\nOur team\nOur partners\n"
            "Contact\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]


def test_one_short_line_under_a_typed_heading_stays_text() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nTreatment\nWhat helps at home?\n"
            "Sipping through a straw, if\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]


@pytest.mark.parametrize("heading", sorted(FAMILIES))
@pytest.mark.parametrize("sep", [", ", "; ", " - "])
def test_a_list_flattened_into_one_line_is_read_item_by_item(tmp_path: Path, heading: str,
                                                             sep: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    found = _names(relations(tmp_path, sep.join(lines), heading=heading), predicate)
    assert set(wanted) <= found


def test_a_sentence_with_commas_under_a_typed_heading_is_not_split() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nTreatment\n"
            "Rest, fluids and, for a few people, a week of antibiotics will clear it.\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]


def test_a_flattened_line_under_an_untyped_heading_stays_text() -> None:
    text = "Grebble fever\n\nGrebble fever is rare.\n\nOur team\nAnna, Bram, Cato, Dirk\n"
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]


def _markdown(tmp_path: Path, body: str, heading: str) -> set[tuple[str, str, str]]:
    page = tmp_path / "page.md"
    page.write_text(f"# Grebble fever\n\nGrebble fever is a rare illness.\n\n## {heading}\n\n"
                    f"{body}\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(cs.label(c.subject), c.predicate, cs.label(c.object))
            for c in cs.claims if c.object is not None}


@pytest.mark.parametrize("heading", sorted(FAMILIES))
@pytest.mark.parametrize("join", ["\n", "\n\n", ", ", "lead"])
def test_markdown_bare_lists_are_read_item_by_item(tmp_path: Path, heading: str,
                                                   join: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    body = ("Here is what to know:\n\n" + "\n\n".join(lines)) if join == "lead" \
        else join.join(lines)
    assert set(wanted) <= _names(_markdown(tmp_path, body, heading), predicate)


def test_markdown_short_lines_outside_a_list_section_are_one_paragraph() -> None:
    text = ("# Grebble fever\n\n## Our team\n\nAnna Bell\nBram Cole\n\nTable:\n\n"
            "| a | b |\n|---|---|\n")
    _, blocks = read_markdown(text.encode(), Path("page.md"))
    assert ("paragraph", "Anna Bell Bram Cole") in [(b.kind, b.text) for b in blocks]
    assert not [b for b in blocks if b.kind == "item"]


def test_markdown_table_rows_under_a_typed_heading_stay_rows() -> None:
    text = "# Grebble fever\n\n## Symptoms\n\n| Sign | How often |\n|---|---|\n| Rash | Often |\n"
    _, blocks = read_markdown(text.encode(), Path("page.md"))
    assert not [b for b in blocks if b.kind == "item"]


@pytest.mark.parametrize("heading", sorted(FAMILIES))
def test_bare_lines_followed_by_body_text_are_read(tmp_path: Path, heading: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    body = "\n".join(lines) + "\nAsk a nurse if you are worried about any of these at all."
    assert set(wanted) <= _names(relations(tmp_path, body, heading=heading), predicate)


def test_two_subheadings_before_body_text_stay_headings() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nTreatment\nAt home\nRest days\n"
            "Most people get better with a week of rest and plenty to drink.\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]


@pytest.mark.parametrize("heading", sorted(FAMILIES))
@pytest.mark.parametrize("intro", ["", "Most people never get any of these. A few do.\n"])
def test_term_and_explanation_lines_are_read_as_items(tmp_path: Path, heading: str,
                                                      intro: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    body = intro + "\n".join(f"{x}: this matters for some people." for x in lines)
    assert set(wanted) <= _names(relations(tmp_path, body, heading=heading), predicate)


def test_one_term_line_stays_text() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nTreatment\n"
            "Note: most people get better on their own.\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]


@pytest.mark.parametrize("heading", sorted(FAMILIES))
@pytest.mark.parametrize("shape", ["lines", "lead", "paragraphs"])
def test_lowercase_bare_lines_are_items_not_one_joined_name(tmp_path: Path, heading: str,
                                                            shape: str) -> None:
    lines, predicate, wanted = FAMILIES[heading]
    low = [x[0].lower() + x[1:] for x in lines]
    body = {"lines": "\n".join(low), "lead": "These include:\n" + "\n".join(low),
            "paragraphs": "\n\n".join(low)}[shape]
    found = _names(relations(tmp_path, body, heading=heading), predicate)
    assert set(wanted) <= found
    assert not [x for x in found if len(x.split()) > 5]  # no name made of three items


def test_a_wrapped_sentence_in_a_list_section_stays_one_paragraph() -> None:
    text = ("Grebble fever\n\nGrebble fever is rare.\n\nComplications\nA few people get\n"
            "hearing loss that lasts\nfor the rest of their lives.\n")
    _, blocks = read_text(text.encode(), Path("page.txt"))
    assert not [b for b in blocks if b.kind == "item"]
    assert blocks[-1].text == ("A few people get hearing loss that lasts for the rest of "
                               "their lives.")
