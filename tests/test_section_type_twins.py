"""Section types read through the lower-case twins give what the case-insensitive rules give."""

from __future__ import annotations

import pytest

from claimgraph.ingest import patterns as p
from claimgraph.ingest.caseless import search

HEADINGS = ["Risk factors", "HOW IS IT TREATED?", "Symptoms and causes", "References",
            "Can it be prevented?", "Outlook", "midge bite 12", "Tests you may have",
            "Who gets grebble fever?", "Diagnóstico", "Living with quentella"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_each_type_found_through_its_twin_as_by_its_rule(heading: str) -> None:
    """Every type's twin finds a place in the heading exactly when its rule does."""
    for _ in range(40):  # past the calls after which a twin is made
        twin = [t for t, rx in p.SECTION_TYPES if search(rx, heading)]
    assert twin == [t for t, rx in p.SECTION_TYPES if rx.search(heading)]


# Lines in our own words: headings of every type, lead-ins, a long table's first cells.
LINES = [*HEADINGS, "What raises the risk?", "Ways to lower your chances", "Long-term effects",
         "How the illness affects the body", "Medically reviewed by a nurse", "Is it serious?",
         "Will it go away?", "Things that may help", "Your doctor may order a scan", "Care at home",
         "Why do some people get it?", "Spread", "Genetics", "midge bite", "quentella bark",
         "Grebble fever in adults", "Self-help", "vaccination", "Red flags", "work-up",
         "It can happen after a cut", "How do people catch it", "Painkillers", "HOW LONG"]


def test_the_types_words_look_is_made() -> None:
    """Every type's pattern gives words to look for, so long tables take the quick look."""
    assert p._type_words_look() is not None


@pytest.mark.parametrize("line", LINES)
def test_a_line_the_look_turns_away_has_no_type(line: str) -> None:
    """names_no_type never turns away a line one of the types' rules matches."""
    if any(rx.search(line) for _, rx in p.SECTION_TYPES):
        assert not p.names_no_type(line)
    if p.names_no_type(line):
        assert p.section_type(line) is None


def test_a_long_table_of_fields_is_read_as_fields() -> None:
    """A table past _LONG_TABLE rows is told to be fields as a short one is."""
    from claimgraph.ingest.table_rows import _LONG_TABLE, _fields

    rows = [["Symptoms", "a dry cough"], ["Treatment", "rest"]]
    rows += [[f"midge bite {i}", "rare"] for i in range(_LONG_TABLE)]
    assert _fields(rows) and _fields(rows[:3])
    assert not _fields([["Symptoms", "a dry cough"], *rows[2:]])


@pytest.mark.parametrize("line", LINES)
def test_the_types_as_one_alternation_match_where_one_of_them_does(line: str) -> None:
    """section_type's first look (every type's pattern as one alternation) finds a place in
    a line exactly when one of the types' patterns does."""
    assert (search(p._ANY_SECTION_TYPE, line) is None) == (
        not any(rx.search(line) for _, rx in p.SECTION_TYPES))
