"""Figures about another thing than the topic: outcomes of things, rates brought down, counts."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str, kind: str):
    found = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == kind]
    assert len(found) == 1, find_figures(sentence, TOPIC)
    return found[0]


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("More than half of all bulges resolve within 2 years.", "recovery", "bulges"),
    ("Around 70% of the sores heal in a week.", "recovery", "sores"),
    ("About 80% of patients recover within a month.", "recovery", None),
    ("Half of those treated recover.", "recovery", None),
    ("90% of grebble fever cases resolve within weeks.", "recovery", None),
])
def test_an_outcome_of_things_is_theirs(sentence: str, kind: str, subject: str | None) -> None:
    """'half of all bulges resolve' is the bulges' recovery; people and cases are the topic's."""
    assert _one(sentence, kind).subject == subject


@pytest.mark.parametrize(("sentence", "population"), [
    ("Happily, a course of zentamol and rest reduces the incidence of joint bulges to less "
     "than 5%.", "treated with zentamol and rest"),
    ("Outcomes improved, with a decrease in the frequency of joint bulges to less than 3% "
     "following the introduction of zentamol therapy.", "treated with zentamol therapy"),
])
def test_a_rate_brought_down_is_of_its_thing_among_those_given_the_cure(sentence: str,
                                                                        population: str) -> None:
    """'X cuts the incidence of Y to under 5 %': how often Y comes among those given X."""
    fig = _one(sentence, "frequency")
    assert (fig.subject, fig.measure.population) == ("joint bulges", population)


def test_the_topics_own_rate_stays_the_topics() -> None:
    """'The incidence of <the topic> is 4 %' names no other thing."""
    assert _one("The incidence of grebble fever is 4%.", "incidence").subject is None


@pytest.mark.parametrize(("sentence", "setting"), [
    ("It affects approximately 3000 UK children annually.", "UK"),
    ("About 400 American adults die of it each year.", "US"),
])
def test_a_count_of_people_named_by_their_country(sentence: str, setting: str) -> None:
    """'3000 UK children a year' counts children in the UK, per year."""
    fig = _one(sentence, "count")
    assert (fig.setting, fig.measure.horizon) == (setting, "P12M")


def test_people_of_an_ancestry_are_a_group() -> None:
    """'children of Korean ancestry have an incidence of ...' is that group's rate."""
    fig = _one("A newer study showed that children of Korean ancestry have a much higher "
               "incidence of 143.1 to 164.8 per 100,000.", "incidence")
    assert fig.measure.population == "children of korean ancestry"
