"""Figures read from their own clause: each figure's group, kind and bound in a busy sentence."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _read(sentence: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.measure.kind, f.measure.value, f.measure.population, f.subject)
            for f in find_figures(sentence, TOPIC)]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Mortality is 10% among young children and 30% among elderly patients.",
     ["young children", "elderly patients"]),
    ("Rates are 5 per 100,000 in young children and 12 per 100,000 in older adults.",
     ["young children", "older adults"]),
    ("The prevalence is 35 per 100,000 in white Americans and 110 per 100,000 in black "
     "Americans.", ["white americans", "black americans"]),
    ("Among young children, mortality is about 10%.", ["young children"]),
])
def test_each_figure_takes_the_group_named_after_it(sentence: str, groups: list[str]) -> None:
    """'10 % among A and 30 % among B': the 30 % is B's, not the group before it."""
    assert [f.measure.population for f in find_figures(sentence, TOPIC)] == groups
