"""Figures among a named subgroup, and figures a page lists or bounds in one phrase."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _read(sentence: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.measure.kind, f.measure.value, f.measure.population, f.subject)
            for f in find_figures(sentence, TOPIC)]


@pytest.mark.parametrize(("sentence", "read"), [
    ("Up to 25% of people who survive need a skin graft.",
     [("frequency", 0.25, "survivors", "skin graft")]),
    ("Of those who survive, about 30% have a lasting limp.",
     [("frequency", 0.3, "survivors", "lasting limp")]),
    ("About 30% die; of those who survive, about 20% have a lasting limp.",
     [("mortality", 0.3, None, None), ("frequency", 0.2, "survivors", "lasting limp")]),
])
def test_those_who_survive_are_a_population_not_a_survival(
        sentence: str, read: list[tuple[str, float | None, str | None, str | None]]) -> None:
    """'Of those who survive, 30 % have X' is X among survivors, not a 30 % survival."""
    assert _read(sentence) == read


def test_survive_still_names_a_survival() -> None:
    """'90 % of patients survive' stays a survival figure for everyone."""
    assert _read("More than 90% of patients survive.") == [("survival", 0.9, None, None)]
