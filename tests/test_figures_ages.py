"""Age figures: the written forms of an age threshold, and the group it is about."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures


def _age(sentence: str):
    ages = [f for f in find_figures(sentence, ("grebble fever",)) if f.measure.kind == "age"]
    assert len(ages) == 1, ages
    return ages[0].measure


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("Grebble fever mostly strikes toddlers under the age of four.", 4.0, Bound.UPPER),
    ("Recovery is slower for anyone aged over 65 years.", 65.0, Bound.LOWER),
    ("A poor outcome is likelier with age greater than 55 years.", 55.0, Bound.LOWER),
    ("Ask for a jab if you're 75 or older.", 75.0, Bound.LOWER),
    ("Ask for a jab if you are 65 years or older.", 65.0, Bound.LOWER),
])
def test_an_age_threshold_is_read_in_its_written_forms(sentence: str, value: float,
                                                       bound: Bound) -> None:
    """Written numbers, 'aged over', 'age greater than', 'N or older', 'people over N'."""
    m = _age(sentence)
    assert (m.value, m.bound) == (value, bound)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Grebble fever is mostly seen in girls under 12.", "girls"),
    ("It is commonest among South Asian men aged 30 to 50.", "south asian men"),
    ("It is more common in people aged 50 years and older.", None),
    ("Young adults aged between 18 and 35 get it most.", None),
])
def test_an_age_keeps_the_group_named_before_it(sentence: str, who: str | None) -> None:
    """'women under 30' is an age among women; 'people' and 'adults' are everyone."""
    assert _age(sentence).population == who


def test_a_dose_by_weight_is_no_age() -> None:
    """'children over 12 kg' is a weight, not an age."""
    assert find_figures("Doses for children over 12 kg are larger.") == []


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Blue nails mostly show in people in their 20s and 30s.", 20.0, 39.0),
    ("Most people learn they have it in their forties.", 40.0, 49.0),
    ("It tends to start in their 50's.", 50.0, 59.0),
])
def test_an_age_by_decade_is_a_range_of_years(sentence: str, low: float, high: float) -> None:
    """'in their 20s and 30s' is ages 20 to 39; 'in their forties' is 40 to 49."""
    m = _age(sentence)
    assert (m.bound, m.low, m.high) == (Bound.RANGE, low, high)


def test_a_decade_of_the_calendar_is_no_age() -> None:
    """'in the 1990s' is a time, not an age."""
    assert find_figures("In the 1990s, cases of grebble fever rose.", ("grebble fever",)) == []


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("Most people who get grebble fever are under 30.", 30.0, "upper"),
    ("Most patients with grebble fever are usually over 60.", 60.0, "lower"),
])
def test_people_said_to_be_over_or_under_an_age(sentence: str, value: float, bound: str) -> None:
    """'most people who get it are under 30' is an age: the people are the clause's subject."""
    (fig,) = find_figures(sentence, ("grebble fever",))
    assert (fig.measure.kind, fig.measure.value, fig.measure.bound.value) == ("age", value, bound)


def test_a_score_under_a_number_is_no_age() -> None:
    """'scores are under 30' names no people: no age."""
    assert find_figures("Scores are under 30 in most tests.", ("grebble fever",)) == []
