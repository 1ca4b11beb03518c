"""Ratios written as ranges, with words between, or with the whole named first."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):
    (fig,) = find_figures(sentence, TOPIC)
    return fig.measure


@pytest.mark.parametrize(("sentence", "low", "high", "kind"), [
    ("Between 2 and 6 cases of grebble fever per 100,000 people occur each year.",
     0.00002, 0.00006, "incidence"),
    ("Even with care, 1 in 6 to 2 in 6 people with it die.", 1 / 6, 2 / 6, "mortality"),
    ("Of every 50 people who get grebble fever, 3 or 4 will die.", 0.06, 0.08, "mortality"),
])
def test_a_ratio_range_in_its_written_forms(sentence: str, low: float, high: float,
                                            kind: str) -> None:
    """Words between a range and its base, two ratios, the whole named before the part."""
    m = _one(sentence)
    assert (m.kind, m.bound) == (kind, Bound.RANGE)
    assert (m.low, m.high) == (pytest.approx(low), pytest.approx(high))


def test_a_year_is_no_base_of_a_ratio() -> None:
    """'20 to 30 cases were seen in 2019' counts cases in a year: no share of 2019."""
    m = _one("About 20 to 30 cases were seen in 2019.")
    assert (m.kind, m.low, m.high, m.horizon) == ("count", 20.0, 30.0, "P12M")


def test_a_thousands_separator_is_no_clause_break() -> None:
    """'35 of every 10,000 people' stays one ratio."""
    m = _one("In Wales it strikes about 45 of every 10,000 people on a ventilator.")
    assert m.value == pytest.approx(0.0045)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("About 200 people a year in Wales get grebble fever, and about 20 of them die.", 0.1, 0.1),
    ("Around 30 people develop it each year in Ireland, of whom two or three will die.",
     2 / 30, 3 / 30),
])
def test_a_part_of_a_count_said_before_is_a_share(sentence: str, low: float,
                                                   high: float) -> None:
    """'200 people a year ..., and 20 of them die': a mortality of 10 %, and the count too."""
    count, part = find_figures(sentence, TOPIC)
    assert count.measure.kind == "count"
    m = part.measure
    assert (m.kind, m.horizon) == ("mortality", None)  # the year is the count's period
    assert (m.point() if low == high else m.low) == pytest.approx(low)
    assert (m.point() if low == high else m.high) == pytest.approx(high)


def test_an_incidence_for_a_named_year_is_that_years() -> None:
    """'The incidence in 2011 was 31.5 per 100,000': a yearly incidence for 2011."""
    m = find_figures("The incidence of grebble fever in Peru in 2011 was 31.5 per 100,000 in "
                     "children younger than 5.", TOPIC)[0].measure
    assert (m.kind, m.horizon, m.population) == ("incidence", "P12M", "children in 2011")


def test_years_are_never_a_range_of_shares() -> None:
    """'From 1997 to 2000 ... 9 per 100,000': the years are when, the 9 per 100,000 the rate."""
    m = find_figures("From 1997 to 2000 the incidence was 9 per 100,000 children.",
                     TOPIC)[0].measure
    assert (m.value, m.population) == (pytest.approx(0.00009), "children in 1997-2000")


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("Death comes in 1 of 3 patients who reach hospital late.", "mortality", 1 / 3),
    ("Blue nails are seen in 9 of 10 patients.", "frequency", 0.9),
])
def test_a_bare_of_between_two_numbers_is_a_ratio(sentence: str, kind: str, value: float) -> None:
    """'1 of 3 patients' is a third, not a count of three patients."""
    m = _one(sentence)
    assert (m.kind, m.unit, m.value) == (kind, "proportion", pytest.approx(value))


def test_a_bare_of_before_things_not_people_is_no_ratio() -> None:
    """'3 of 10 doses' counts no people: no share of them."""
    assert not [f for f in find_figures("About 3 of 10 doses are wasted.", TOPIC)
                if f.measure.unit == "proportion"]


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("The incidence is 10-15/100,000 a year.", 0.0001, 0.00015),
    ("The incidence is 2-4/1,000 births.", 0.002, 0.004),
])
def test_a_range_over_a_slash_base(sentence: str, low: float, high: float) -> None:
    """'10-15/100,000' is a range of rates, not 15 in 100,000 alone."""
    m = _one(sentence)
    assert (m.kind, m.bound) == ("incidence", Bound.RANGE)
    assert (m.low, m.high) == (pytest.approx(low), pytest.approx(high))


def test_a_date_with_slashes_is_no_rate() -> None:
    """'10-15/12/2020' is a date."""
    assert find_figures("It was seen on 10-15/12/2020.", TOPIC) == []


@pytest.mark.parametrize("sentence", [
    "The risk is 2- to 3-fold higher in smokers.",
    "The risk is two- to threefold higher in smokers.",
    "The risk is 2-3-fold higher in smokers.",
])
def test_a_range_of_folds(sentence: str) -> None:
    """'2- to 3-fold' and 'threefold' are a range of relative risks, not 3 alone."""
    m = _one(sentence)
    assert (m.kind, m.bound, m.low, m.high) == ("relative_risk", Bound.RANGE, 2.0, 3.0)


@pytest.mark.parametrize("sentence", ["One-in-four people die.", "Mortality is 1-in-4."])
def test_a_hyphenated_ratio(sentence: str) -> None:
    """'one-in-four' is a quarter, not a count of four."""
    m = _one(sentence)
    assert (m.kind, m.value) == ("mortality", 0.25)
