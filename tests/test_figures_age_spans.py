"""Age figures: which ages a 'rarely' points to, two thresholds made one span, ages in months."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _ages(sentence: str):
    return [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "age"]


@pytest.mark.parametrize(("sentence", "bound"), [
    ("Nerve pain is seldom seen in people younger than 30.", Bound.LOWER),
    ("Grebble fever rarely hits children under 3.", Bound.LOWER),
    ("It rarely starts after the age of 70.", Bound.UPPER),
    ("It is rare before age 3.", Bound.LOWER),
    ("Grebble fever is a rare illness that mainly hits children under the age of six.",
     Bound.UPPER),
])
def test_rarely_turns_an_age_round(sentence: str, bound: Bound) -> None:
    """'Rarely seen under 30' says the cases are 30 and over ('rare before age 3' too); 'a
    rare illness that mainly hits children under 6' does not."""
    (age,) = _ages(sentence)
    assert age.measure.bound is bound


def test_rare_below_one_age_and_above_another_is_a_span() -> None:
    """'rarely under 20 or over 65': the ages it is seen at run from 20 to 65."""
    (age,) = _ages("Anyone can catch it, but it rarely hits people under the age of 20 or "
                   "over the age of 65.")
    m = age.measure
    assert (m.low, m.high, m.bound) == (20.0, 65.0, Bound.RANGE)


def test_a_second_threshold_is_not_read_as_or_over() -> None:
    """'under 20 or over the age of 65' is not '20 or over'."""
    first = _ages("It mostly hits people under the age of 20 or over the age of 65.")[0]
    assert (first.measure.value, first.measure.bound) == (20.0, Bound.UPPER)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Nerve pain occurs rarely among people less than 35 years of age.", "Nerve pain"),
    ("The majority of grebble cases occur in adults aged 50 years or older.", None),
    ("Grebble fever mostly occurs in people over 50.", None),
])
def test_an_age_is_the_things_the_clause_names(sentence: str, subject: str | None) -> None:
    """The ages are of what the clause says occurs: not of cases, nor of the topic."""
    (age,) = _ages(sentence)
    assert age.subject == subject


def test_ages_in_months_are_years() -> None:
    """'between the ages of 18-30 months' is 1.5 to 2.5 years."""
    (age,) = _ages("Most children who get it are between the ages of 18-30 months.")
    assert (age.measure.low, age.measure.high) == (1.5, 2.5)
