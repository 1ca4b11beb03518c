"""Figures on one footing: families, complements, horizons, tolerance, words."""

from __future__ import annotations

import pytest

from claimgraph.graph.measures import (
    APPROX_TOLERANCE,
    compatible,
    describe,
    differs,
    family,
    format_one_in,
    format_percent,
    format_value,
    horizon_adjective,
    horizon_days,
    in_family_terms,
    incomparability,
    normalise,
)
from claimgraph.graph.model import Bound, Measure


def test_survival_becomes_its_complement_in_mortality_terms() -> None:
    """Survival s over a horizon is mortality 1 − s over it; bounds turn round."""
    fig = normalise(Measure("survival", 0.7, bound=Bound.LOWER, horizon="P6M"))
    assert (fig.family, fig.kind, fig.bound, fig.converted) == (
        "mortality", "mortality", Bound.UPPER, True)
    assert fig.point == pytest.approx(0.3)
    assert fig.interval == pytest.approx((0.0, 0.37))
    converted = in_family_terms(fig)
    assert (converted.kind, converted.value, converted.bound) == ("mortality", 0.3, Bound.UPPER)


def test_occurrence_kinds_share_a_family_but_not_a_comparison() -> None:
    """Incidence, prevalence and frequency are one family, each comparable only with itself."""
    assert {family(k) for k in ("incidence", "prevalence", "frequency")} == {"occurrence"}
    yearly = normalise(Measure("incidence", 0.002, horizon="P1Y"))
    undated = normalise(Measure("frequency", 0.0035))
    assert incomparability(yearly, undated) == ("kind", "period")
    assert yearly.comparability() != undated.comparability()


def test_mortality_horizons_are_comparable_by_monotonicity() -> None:
    """Six-month and one-year mortality compare; a later figure may not be lower."""
    six = normalise(Measure("mortality", 0.5, horizon="P6M"))
    year_higher = normalise(Measure("mortality", 0.8, horizon="P1Y"))
    year_lower = normalise(Measure("mortality", 0.3, horizon="P1Y"))
    assert six.comparability() == year_higher.comparability()
    assert incomparability(six, year_higher) == ()
    assert (differs(six, year_higher), differs(six, year_lower)) == (False, True)
    assert (compatible(six, year_higher), compatible(six, year_lower)) == (True, False)


def test_population_and_missing_horizon_block_comparison() -> None:
    """Different populations, or a horizon on one side only, are not comparable."""
    a = normalise(Measure("mortality", 0.5, horizon="P1Y", population="People on dialysis"))
    b = normalise(Measure("mortality", 0.5, horizon="P1Y"))
    c = normalise(Measure("mortality", 0.5))
    assert incomparability(a, b) == ("population",)
    assert incomparability(b, c) == ("period",)
    assert a.population == "people on dialysis"


def test_upper_bound_differs_from_about_but_both_can_hold() -> None:
    """'Up to 80 %' vs 'about 50 %': stated figures differ, allowed values overlap."""
    upper = normalise(Measure("mortality", 0.8, bound=Bound.UPPER))
    about = normalise(Measure("mortality", 0.5))
    assert (differs(upper, about), compatible(upper, about)) == (True, True)


def test_approx_tolerance_is_ten_percent_relative() -> None:
    """'About 50 %' covers 45–55 %; 'exactly 50 %' covers only 50 %."""
    assert APPROX_TOLERANCE == 0.10
    assert normalise(Measure("mortality", 0.5)).window == pytest.approx((0.45, 0.55))
    assert normalise(Measure("mortality", 0.5, bound=Bound.EXACT)).window == (0.5, 0.5)
    assert normalise(Measure("mortality", low=0.2, high=0.3, bound=Bound.RANGE)).window == (
        0.2, 0.3)


def test_horizons_in_days_and_words() -> None:
    """P1Y equals P12M; horizons read as adjectives."""
    assert horizon_days("P1Y") == horizon_days("P12M") == 365.25
    assert [horizon_adjective(horizon_days(h)) for h in ("P6M", "P1Y", "P2Y", "P2W", "P30D")] == [
        "six-month", "one-year", "two-year", "two-week", "30-day"]


@pytest.mark.parametrize(("value", "text"), [
    (0.8, "80 %"), (0.5, "50 %"), (0.125, "12.5 %"), (0.025, "2.5 %"), (0.0035, "0.35 %"),
    (1 / 600, "0.17 %"), (0.00001, "0.001 %"), (0.0, "0 %")])
def test_percentages_read_naturally(value: float, text: str) -> None:
    """Proportions print with as many digits as a reader needs."""
    assert format_percent(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (1 / 600, "1 in 600"), (0.0035, "about 1 in 290"), (0.0001, "1 in 10,000"),
    (0.2, "1 in 5"), (0.3, "about 1 in 3")])
def test_small_proportions_read_as_one_in_n(value: float, text: str) -> None:
    """Small proportions also read as "1 in N", with "about" when N was rounded."""
    assert format_one_in(value) == text


def test_measures_read_as_phrases() -> None:
    """Bounds, horizons and populations turn into the words a page would use."""
    assert format_value(Measure("mortality", 0.8, bound=Bound.UPPER)) == "up to 80 %"
    assert format_value(Measure("mortality", 0.5, bound=Bound.LOWER)) == "at least 50 %"
    assert format_value(Measure("mortality", low=0.2, high=0.3, bound=Bound.RANGE)) == "20–30 %"
    assert format_value(Measure("age", 60, unit="years", bound=Bound.EXACT)) == "60 years"
    assert describe(Measure("survival", 0.5, horizon="P6M")) == "six-month survival of about 50 %"
    assert describe(Measure("prevalence", 0.0035, population="people on dialysis")) == (
        "prevalence of about 1 in 290 (0.35 %) among people on dialysis")
    assert describe(Measure("incidence", 0.01, horizon="P2Y")) == (
        "incidence of about 1 in 100 (1 %) over two years")


def test_untreated_and_without_treatment_are_one_group() -> None:
    """Pages write the untreated group both ways; their figures are compared."""
    from claimgraph.graph.measures import normalise
    from claimgraph.graph.model import Measure

    a = normalise(Measure("recovery", 0.6), "without treatment")
    b = normalise(Measure("recovery", 0.3), "untreated")
    assert a.comparability() == b.comparability()


def test_a_count_is_a_bare_number() -> None:
    """'about 100', not 'about 100 count'."""
    from claimgraph.graph.measures import format_value
    from claimgraph.graph.model import Bound, Measure

    assert format_value(Measure("count", 1500.0, bound=Bound.APPROX, unit="count")) \
        == "about 1,500"


def test_figures_for_two_years_are_compared() -> None:
    """'4.5 % in 2021' and '5.9 % in 2023' for one quantity: compared, the years shown."""
    from claimgraph.graph.measures import normalise
    from claimgraph.graph.model import Measure

    a = normalise(Measure("frequency", 0.045), "invasive bog-worm infections in 2021 (US)")
    b = normalise(Measure("frequency", 0.059), "invasive bog-worm infections in 2023 (US)")
    assert a.comparability() == b.comparability()
