"""What a figure measures and who it is about, read from its own phrase."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):
    (fig,) = find_figures(sentence, TOPIC)
    return fig


@pytest.mark.parametrize("sentence", [
    "In roughly 70% of people the swelling shows complete resolution.",
    "In about 70% of people grebble fever got better.",
    "The rash clears up in about 70% of children.",
])
def test_resolution_and_getting_better_are_recovery(sentence: str) -> None:
    """'resolution', 'gets better', 'clears up' name a recovery."""
    assert _one(sentence).measure.kind == "recovery"


@pytest.mark.parametrize(("sentence", "who"), [
    ("Most children, some 70%, get better by themselves.", "without treatment"),
    ("About 70% recover on their own, with no medicine.", "without treatment"),
    ("Around 20% of children who do not receive treatment die.", "untreated"),
])
def test_no_treatment_is_a_population(sentence: str, who: str) -> None:
    """'by itself', 'on their own', 'who do not receive treatment': the untreated group."""
    assert _one(sentence).measure.population == who


@pytest.mark.parametrize(("sentence", "value", "kind"), [
    ("Two-thirds will recover within a year.", 2 / 3, "recovery"),
    ("Just over a tenth die.", 0.1, "mortality"),
    ("About a fifth of patients relapse.", 0.2, "relapse"),
])
def test_a_fraction_can_stand_for_the_people_it_counts(sentence: str, value: float,
                                                       kind: str) -> None:
    """'two-thirds will ...', 'a tenth die': a fraction with no 'of' after it."""
    m = _one(sentence).measure
    assert (m.value, m.kind) == (pytest.approx(value), kind)


def test_half_a_dose_is_no_figure() -> None:
    """'half the dose' is an amount to take, not a share of people."""
    assert find_figures("Take half the dose at night.", TOPIC) == []


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Type B might account for 35% of reported grebble fever cases.", "Type B"),
    ("Nearly half the cases of grebble fever are due to river water.", "river water"),
])
def test_a_share_of_cases_in_more_wordings(sentence: str, subject: str) -> None:
    """A modal before 'account for', words before 'cases', 'half the cases of X are ...'."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject) == ("share", subject)


def test_a_word_between_two_figures_is_the_nearer_ones() -> None:
    """In '80 % recover and a tenth keep some weakness', 'recover' is the 80 %'s only."""
    first, second = find_figures(
        "Almost 80% of patients recover and just over a tenth have lasting weakness.", TOPIC)
    assert (first.measure.kind, first.subject) == ("recovery", None)
    assert (second.measure.kind, second.subject) == ("frequency", "lasting weakness")


def test_a_year_is_not_the_figure_a_word_belongs_to() -> None:
    """'In 2016 the case fatality stood at about 6 %': the fatality is the 6 %'s."""
    assert _one("In 2016 the case fatality stood at about 6% in one form.").measure.kind \
        == "mortality"


def test_people_diagnosed_with_the_disease_are_everyone() -> None:
    """'of people diagnosed with the disease' is the whole population, no subgroup."""
    fig = _one("Fever is seen in about 80% of people diagnosed with the disease.")
    assert fig.measure.population is None


def test_a_named_group_that_gets_the_topic_is_a_sure_frequency() -> None:
    """'1 in 4 people who have had marsh pox get it': the phrase says what it counts."""
    fig = _one("One in 4 people who have had marsh pox get grebble fever.")
    assert (fig.measure.kind, fig.measure.population) == ("frequency", "people with marsh pox")
    assert fig.confidence >= 0.5


def test_being_hospitalised_is_the_event_counted() -> None:
    """'2 to 5 % of people with it are hospitalised' is how often hospitalisation comes."""
    fig = _one("Roughly 2 to 5% of people with grebble fever are hospitalised for complications.")
    assert (fig.measure.kind, fig.subject) == ("frequency", "hospitalization")


def test_what_a_study_found_occurs_is_the_thing_not_the_study() -> None:
    """'Studies found that lasting tiredness occurred in 12 %': the tiredness."""
    fig = _one("Studies found that lasting tiredness occurred in 12% of treated patients.")
    assert fig.subject == "lasting tiredness"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The risk for lasting nerve pain in patients with grebble fever is 10–18 percent.",
     "lasting nerve pain"),
    ("In 60–70 percent of cases in older adults, itching and/or tingling occurs a day before "
     "the rash.", "itching"),
])
def test_what_the_figure_is_the_frequency_of(sentence: str, subject: str) -> None:
    """'the risk for X ... is N %', 'in N % of cases in a group, X and/or Y occurs'."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject) == ("frequency", subject)
    assert fig.measure.horizon is None  # "a day before the rash" is no "per day"


def test_a_figure_said_again_for_another_place_keeps_the_kind() -> None:
    """'the relapse rate in Japan is 4 %, and it is about 2 % in Canada': both relapse."""
    first, second = find_figures("Relapse is unusual: the relapse rate in Japan is 4%, and it is "
                                 "approximately 2% in Canada.", TOPIC)
    assert (first.measure.kind, first.setting) == ("relapse", "Japan")
    assert (second.measure.kind, second.setting) == ("relapse", "Canada")


def test_a_figure_compared_with_a_group_keeps_what_it_counts() -> None:
    """'X occurred in 15 % ... compared with 3 % in the control group': both are X."""
    first, second = find_figures("Lasting tiredness occurred in 15% of treated patients compared "
                                 "with 3% in the control group.", TOPIC)
    assert second.subject == first.subject == "Lasting tiredness"
    assert second.measure.kind == "frequency"
