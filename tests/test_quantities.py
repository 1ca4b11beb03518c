"""Quantities: value, bound, horizon, measure kind and population from one sentence."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures, horizon_months, parse_number

CASES = [
    # sentence, (kind, value, low, high, bound, horizon, population, setting)
    ("About 6 out of 10 people have a second attack within a year.",
     ("relapse", 0.6, None, None, Bound.APPROX, "P12M", None, None)),
    ("In the U.S., it affects roughly 35 in every 10,000 adults who are on a ventilator.",
     ("frequency", 0.0035, None, None, Bound.APPROX, None, "adults on a ventilator", "U.S.")),
    ("Up to 80% of patients on a ventilator die within six months.",
     ("mortality", 0.8, None, None, Bound.UPPER, "P6M", "patients on a ventilator", None)),
    ("The five-year survival is 20 to 30 percent.",
     ("survival", None, 0.2, 0.3, Bound.RANGE, "P60M", None, None)),
    ("It is diagnosed in 1 or 2 per 100,000 people each year.",
     ("incidence", None, 0.00001, 0.00002, Bound.RANGE, "P12M", None, None)),
    ("At least half of people recover after three years.",
     ("recovery", 0.5, None, None, Bound.LOWER, "P36M", None, None)),
    ("Fewer than 10% of children relapse each week.",
     ("relapse", 0.1, None, None, Bound.UPPER, "P1W", None, None)),
    ("Roughly one in 600 people having dialysis develop it per year.",
     ("incidence", 1 / 600, None, None, Bound.APPROX, "P12M", "people on dialysis", None)),
    ("Women are twice as likely to get it as men.",
     ("relative_risk", 2.0, None, None, Bound.EXACT, None, "women vs men", None)),
    ("Mean age when it is found runs from 50 to 70.",
     ("age", None, 50.0, 70.0, Bound.RANGE, None, None, None)),
    ("Up to 8 out of 10 people with gout don't survive more than a year.",
     ("mortality", 0.8, None, None, Bound.UPPER, "P12M", None, None)),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_figure_forms(sentence: str, expected: tuple[object, ...]) -> None:
    """Each written form of a figure gives the normalised measure a reader means."""
    figures = find_figures(sentence, ("gout",))
    assert len(figures) == 1
    f = figures[0]
    m = f.measure
    kind, value, low, high, bound, horizon, population, setting = expected
    assert (m.kind, m.bound, m.horizon, m.population, f.setting) == (
        kind, bound, horizon, population, setting)
    for got, want in ((m.value, value), (m.low, low), (m.high, high)):
        assert got == (pytest.approx(want) if want is not None else None)


def test_subgroup_is_not_the_overall_population() -> None:
    """A figure for a subgroup keeps its population; the topic's own people do not count."""
    overall = find_figures("About 5 out of 10 people with gout die within a year.", ("gout",))
    sub = find_figures("About 5 out of 10 people on dialysis die within a year.", ("gout",))
    assert overall[0].measure.population is None
    assert sub[0].measure.population == "people on dialysis"
    assert overall[0].measure.key() != sub[0].measure.key()


@pytest.mark.parametrize("sentence", [
    "He has more than 36 years of experience.",
    "Call 0800 169 0936 from Monday to Thursday.",
    "Obesity (a body mass index over 30) matters.",
    "Published in 2023; 37(6):1267-1276.",
])
def test_numbers_without_a_measure_are_ignored(sentence: str) -> None:
    """Years, phone numbers and citations are not figures."""
    assert find_figures(sentence) == []


def test_helpers() -> None:
    """Number words and horizons normalise."""
    assert parse_number("ten") == 10 and parse_number("10,000") == 10000
    assert horizon_months("P1Y") == horizon_months("P12M") == 12


@pytest.mark.parametrize("sentence", [
    "About 1 in 5,000 people in the UK have grebble fever.",
    "Grebble fever is rare, affecting about 1 in 5,000 people in the UK.",
    "Grebble fever affects about 20 in 100,000 people in the UK.",
])
def test_a_share_of_everyone_who_has_it_is_a_prevalence_in_its_country(sentence: str) -> None:
    """How many people have it now, with the country as the setting and no leftover 'people in'."""
    (fig,) = find_figures(sentence, ("grebble fever",))
    assert fig.measure.kind == "prevalence"
    assert fig.measure.population is None
    assert fig.setting == "UK"
    assert fig.confidence >= 0.5  # comparable with another page's figure for the UK


def test_a_share_of_patients_with_a_sign_stays_a_frequency_of_the_sign() -> None:
    """'30 % of people with it have a rash' is how often the rash comes, not a prevalence."""
    (fig,) = find_figures("About 30% of people with grebble fever have a rash.", ("grebble fever",))
    assert (fig.subject, fig.measure.kind) == ("rash", "frequency")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Type A represents 70% of cases.", "Type A"),
    ("Type B is responsible for 30% of cases.", "Type B"),
    ("Smoking causes 30% of cases.", "Smoking"),
    ("About half of all cases are linked to contact lens use.", "contact lens use"),
])
def test_a_share_of_cases_names_what_it_is_the_share_of(sentence: str, subject: str) -> None:
    """'X represents / is responsible for N % of cases', 'N % of cases are linked to X'."""
    (fig,) = find_figures(sentence, ("grebble fever",))
    assert (fig.measure.kind, fig.subject) == ("share", subject)


def test_in_n_percent_of_a_subtypes_cases_names_what_happens() -> None:
    """'In about 50 % of type B cases, shock develops' is how often shock comes."""
    (fig,) = find_figures("In about 50% of type B cases, shock develops.", ("grebble fever",))
    assert (fig.measure.kind, fig.subject, fig.measure.value) == ("frequency", "shock", 0.5)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("A key sign is a raised temperature that lasts for 4 days or more.", "raised temperature"),
    ("Your child's fever will usually last for at least five days.", "fever"),
    ("Most patients make a full recovery within 5 to 7 weeks when treated early.",
     "full recovery"),
    ("Ideally treatment begins quickly, at the latest within 9 days.", "start of treatment"),
])
def test_a_period_names_what_it_is_the_length_of(sentence: str, subject: str) -> None:
    """A sign that lasts, whose sign it is, the fuller name of an event, a start of treatment."""
    (fig,) = find_figures(sentence, ("grebble fever",))
    assert (fig.measure.kind, fig.subject) == ("duration", subject)


def test_a_lifetime_share_is_sure_enough_to_be_compared() -> None:
    """'1 in 4 people get it in their lifetime' says what it counts: it may raise a conflict."""
    (fig,) = find_figures("Around 1 in 4 people will get grebble fever in their lifetime.",
                          ("grebble fever",))
    assert fig.measure.kind == "frequency"
    assert fig.measure.population is not None and fig.measure.population.endswith("lifetime")
    assert fig.confidence >= 0.5


def test_a_share_of_cases_that_affects_a_part_is_no_prevalence() -> None:
    """'It involves the ear in 5-15 % of cases' is how often, among cases: not a prevalence."""
    (fig,) = find_figures("Grebble fever that affects the ear is seen in 5-15% of its cases.",
                          ("grebble fever",))
    assert fig.measure.kind != "prevalence"
