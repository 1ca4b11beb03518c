"""Counts: what they count, where, and over which years; and when a figure is a guess."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures


def _one(sentence: str):
    (fig,) = find_figures(sentence, ("grebble fever",))
    return fig


def test_people_named_by_their_country_are_counted_there() -> None:
    """'90,000 Canadians' is a count of people in Canada."""
    fig = _one("It is thought to affect 90,000 Canadians.")
    assert (fig.measure.kind, fig.measure.value, fig.setting) == ("count", 90000.0, "Canada")
    assert fig.measure.bound is Bound.APPROX  # "thought to affect"


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("Spanish doctors logged 31 cases of mild grebble fever in 2018.", "P12M"),
    ("Between 1985 and 2005, around 40,000 cases were logged in Korea.", "P240M"),
    ("Since 2010, about 900 cases have been counted.", None),
])
def test_a_count_for_named_years_covers_those_years(sentence: str, horizon: str | None) -> None:
    """'in 2018' is one year's count; 'between 1985 and 2005' twenty years'; 'since' no period."""
    assert _one(sentence).measure.horizon == horizon


def test_cases_of_something_else_are_its_count() -> None:
    """'3,000 to 5,000 cases of river fever' counts river fever."""
    fig = _one("Each year 3,000 to 5,000 cases of river fever occur in the UK.")
    assert (fig.subject, fig.setting, fig.measure.horizon) == ("river fever", "UK", "P12M")


@pytest.mark.parametrize(("sentence", "setting"), [
    ("UK registry data list about 90 cases per year.", "UK"),
    ("Let us say 50% of people recover.", None),
])
def test_a_bare_country_abbreviation_is_the_setting(sentence: str, setting: str | None) -> None:
    """'UK registry data' is about the UK; the word 'us' is not."""
    assert _one(sentence).setting == setting


def test_estimated_at_is_an_approximate_figure() -> None:
    """'estimated at 0.3 per 100,000' is about that much."""
    assert _one("The yearly rate is estimated at 0.3 per 100,000 adults.").measure.bound \
        is Bound.APPROX


@pytest.mark.parametrize(("sentence", "sure"), [
    ("In the UK there are about 80 cases a year.", True),
    ("There are about 80 cases a year.", False),
    ("In the UK, 80 cases were reported in 2017.", False),
])
def test_a_yearly_count_in_a_named_country_may_be_compared(sentence: str, sure: bool) -> None:
    """A count per year in one country is comparable; with no country or for a named year not."""
    assert (_one(sentence).confidence >= 0.5) is sure


@pytest.mark.parametrize(("sentence", "subject"), [
    ("There are four stages of grebble fever:", "stages of grebble fever"),
    ("Grebble fever has three stages of infection.", "stages of grebble fever"),
    ("There are three types of medicine for it.", None),
])
def test_how_many_stages_the_topic_has(sentence: str, subject: str | None) -> None:
    """'four stages of <topic>' / 'of infection' count the topic's stages; other things not."""
    figs = [f for f in find_figures(sentence, ("grebble fever",)) if f.measure.kind == "count"]
    assert [f.subject for f in figs] == ([subject] if subject else [])


def test_confirmed_cases_are_their_own_group() -> None:
    """'800 serologically confirmed cases a year' counts what was recorded: not all cases."""
    fig = _one("Health agencies report roughly 800 serologically confirmed cases of grebble fever "
               "each year in Wales.")
    assert (fig.measure.value, fig.measure.population, fig.setting) == (
        800.0, "serologically confirmed cases", "Wales")


def test_the_base_of_a_ratio_is_no_count() -> None:
    """'5in 100,000 people' (words run together on the page) is a rate's base, not a count.

    The rate itself, 5 in 100,000, is read.
    """
    figs = find_figures("It is thought to affect5in 100,000 people.", ("grebble fever",))
    assert [(f.measure.kind != "count", f.measure.value) for f in figs] == [(True, 0.00005)]


def test_a_count_between_two_numbers_is_a_range() -> None:
    """'between 10,000 and 20,000 people' is a range, not 20,000 alone."""
    (fig,) = find_figures("Between 10,000 and 20,000 people get it each year.", ("grebble fever",))
    m = fig.measure
    assert (m.kind, m.bound, m.low, m.high) == ("count", Bound.RANGE, 10000.0, 20000.0)
