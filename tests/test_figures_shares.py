"""Shares, prevalence and who a rate is counted among."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):
    (fig,) = find_figures(sentence, TOPIC)
    return fig


def test_account_for_makes_a_share_of_whatever_follows() -> None:
    """'X may account for 55 % of <the topic>' is X's share even without the word 'cases'."""
    fig = _one("Type B may account for approximately 55% of grebble fever in the US.")
    assert (fig.measure.kind, fig.subject, fig.setting) == ("share", "Type B", "US")


def test_causes_makes_a_share_only_of_cases() -> None:
    """'Smoking causes 30 % of people to cough' is no share of cases."""
    assert _one("Smoking causes 30% of people to cough.").measure.kind != "share"


def test_a_form_written_as_cases_is_that_form_of_the_topic() -> None:
    """'Nonmenstrual cases account for 55 %' is the share of the nonmenstrual form."""
    fig = _one("Nonmenstrual cases may account for about 55% of grebble fever in the US.")
    assert fig.subject == "Nonmenstrual grebble fever"


def test_an_outcome_named_as_the_thing_is_the_kind() -> None:
    """'Remission occurs in more than half' measures remission: a recovery of the topic."""
    fig = _one("Remission occurs in more than half of patients within 3 years.")
    assert (fig.measure.kind, fig.subject, fig.measure.horizon) == ("recovery", None, "P36M")


@pytest.mark.parametrize("sentence", [
    "Grebble fever is rare, occurring in about 1 in 10,000 people in the UK.",
    "It is uncommon: about 1 in every 10,000 people in the UK.",
])
def test_how_rare_it_is_among_everyone_is_a_prevalence(sentence: str) -> None:
    """'rare, occurring in 1 in 10,000 people' says how many have it."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.setting) == ("prevalence", "UK")


def test_a_rate_keeps_the_people_it_is_counted_among() -> None:
    """'0.03 to 0.50 cases per 100,000 women' is a rate among women."""
    m = _one("Each year it ranges from 0.03 to 0.50 cases per 100,000 women.").measure
    assert (m.kind, m.population, m.horizon) == ("incidence", "women", "P12M")
