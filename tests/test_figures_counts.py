"""Counts: what they count, where, and over which years; and when a figure is a guess."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures


def _one(sentence: str):
    (fig,) = find_figures(sentence, ("grebble fever",))
    return fig


def test_people_named_by_their_country_are_counted_there() -> None:
    """'150,000 Americans' is a count of people in the US."""
    fig = _one("It is estimated to affect 150,000 Americans.")
    assert (fig.measure.kind, fig.measure.value, fig.setting) == ("count", 150000.0, "US")
    assert fig.measure.bound is Bound.APPROX  # "estimated to affect"


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("In Spain, 31 cases of mild grebble fever were reported in 2018.", "P12M"),
    ("From 1980 to 2010, about 200,000 cases were counted in Japan.", "P360M"),
    ("Since 2010, about 900 cases have been counted.", None),
])
def test_a_count_for_named_years_covers_those_years(sentence: str, horizon: str | None) -> None:
    """'in 2018' is one year's count; 'from 1980 to 2010' thirty years'; 'since' no period."""
    assert _one(sentence).measure.horizon == horizon


def test_cases_of_something_else_are_its_count() -> None:
    """'12,000 to 20,000 cases of invasive strep disease' counts that disease."""
    fig = _one("Each year 12,000 to 20,000 cases of invasive strep disease occur in the US.")
    assert (fig.subject, fig.setting, fig.measure.horizon) == ("invasive strep disease", "US",
                                                                "P12M")


@pytest.mark.parametrize(("sentence", "setting"), [
    ("US surveillance found about 90 cases per year.", "US"),
    ("Let us say 50% of people recover.", None),
])
def test_a_bare_country_abbreviation_is_the_setting(sentence: str, setting: str | None) -> None:
    """'US surveillance' is about the US; the word 'us' is not."""
    assert _one(sentence).setting == setting


def test_estimated_at_is_an_approximate_figure() -> None:
    """'estimated at 0.3 per 100,000' is about that much."""
    assert _one("The yearly rate is estimated at 0.3 per 100,000 adults.").measure.bound \
        is Bound.APPROX
