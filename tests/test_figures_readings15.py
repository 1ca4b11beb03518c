"""Figures read in session 15: who a figure counts when a relative clause names them."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):  # type: ignore[no-untyped-def]
    """Return the only figure of a sentence about grebble fever."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mortality rises to 70% in those who develop shock.", "those with shock"),
    ("The death rate is 50% among people who need a ventilator.",
     "people who need a ventilator"),
])
def test_a_relative_clause_after_the_figure_names_its_group(sentence: str, who: str) -> None:
    """'70 % in those who develop shock' is that group's death rate, not everyone's."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.population) == ("mortality", who)


def test_the_sentences_own_verb_ends_the_group() -> None:
    """'... of people who are treated early make a full recovery': the group stops at 'make'."""
    fig = _one("About 60% of people who are treated early make a full recovery.")
    assert (fig.measure.kind, fig.measure.population) == ("recovery", "people treated early")


def test_a_group_that_is_the_subject_is_not_also_its_population() -> None:
    """'People with X make up 40 % of cases': the group is what the share is of."""
    fig = _one("People with diabetes make up about 40% of cases.")
    assert fig.subject is not None and "diabetes" in fig.subject.lower()
    assert fig.measure.population is None


@pytest.mark.parametrize("sentence", [
    "About 10% of people who get grebble fever will go on to develop nerve pain.",
    "About 10% of people with grebble fever will go on to develop nerve pain.",
])
def test_everyone_with_the_topic_is_no_subgroup(sentence: str) -> None:
    """'people who get <topic>' is everyone the figure could be about: no population."""
    fig = _one(sentence)
    assert fig.subject == "nerve pain"
    assert fig.measure.population is None


@pytest.mark.parametrize(("sentence", "bound"), [
    ("Death rates can reach 50% in severe cases.", "upper"),
    ("The death rate is lower than 5% with treatment.", "upper"),
    ("The risk of dying is higher than 50% once the blood is infected.", "lower"),
])
def test_a_ceiling_or_floor_said_in_words_bounds_the_figure(sentence: str, bound: str) -> None:
    """'can reach 50 %' is at most 50 %, 'higher than 50 %' more: neither is exactly 50 %."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.bound.value) == ("mortality", bound)


@pytest.mark.parametrize("sentence", [
    "Around 25% of people with grebble fever are admitted to intensive care.",
    "About 25% of patients are taken to the ICU.",
])
def test_being_admitted_to_intensive_care_is_what_the_share_counts(sentence: str) -> None:
    """A share of people admitted to intensive care is how often that happens, not unknown."""
    fig = _one(sentence)
    assert (fig.subject, fig.measure.kind) == ("intensive care admission", "frequency")
