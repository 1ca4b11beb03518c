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
