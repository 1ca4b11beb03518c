"""Figure words: 'kills', fractions written '2/3' or 'a sixth', and the topic named generically."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever", "grebble")


@pytest.mark.parametrize(("sentence", "kind", "value", "subject"), [
    ("It kills about 1 in 4 people who get it.", "mortality", 0.25, None),
    ("Up to 2/3 of cases clear up with no help.", "recovery", 0.666666667, None),
    ("About one sixth of patients are left with lasting weakness.", "frequency", 0.166666667,
     "lasting weakness"),
    ("In 20-30% of patients, the illness goes into remission within 2 years.", "recovery",
     None, None),
    ("It comes back in up to 30% of those who have had it before.", "relapse", 0.3, None),
])
def test_figure_words(sentence: str, kind: str, value: float | None,
                      subject: str | None) -> None:
    """'kills' is a death word; '2/3 of' and 'one sixth of' are shares; 'the illness' is the
    topic, so its remission is the topic's recovery; 'had it before' is not a thing got."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == (kind, value, subject)


def test_a_date_or_an_improper_fraction_is_no_share() -> None:
    """'5/3 of' is no share."""
    assert not [f for f in find_figures("About 5/3 of the dose is given.", TOPIC)
                if f.measure.unit == "proportion"]


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("Up to 50% of patients need surgery more than once.", "frequency", "surgery more than once"),
    ("About 1 in 5 people need to have an operation.", "frequency", "operation"),
    ("Death rates of up to 70% have been reported in older adults.", "mortality", None),
])
def test_what_people_need_is_the_figures_thing(sentence: str, kind: str,
                                               subject: str | None) -> None:
    """'50 % of patients need surgery' is how often surgery is needed; 'rates of up to 70 %'
    names no thing called 'up'."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == (kind, subject)


@pytest.mark.parametrize(("sentence", "populations"), [
    ("In children, the death rate is below 5%.", ["children"]),
    ("Mortality is 30% in women and 10% in men.", ["women", "men"]),
    ("It is most common in children, and 1% die.", [None]),
    ("Roughly 4 out of 5 patients were women.", [None]),
])
def test_a_group_named_by_one_word(sentence: str, populations: list[str | None]) -> None:
    """'In children,' opening the clause or 'in women' after the figure is a group; a group
    said of something else, or 'patients were women', is not the figure's."""
    assert [f.measure.population for f in find_figures(sentence, TOPIC)] == populations


@pytest.mark.parametrize(("sentence", "kind", "value", "low_high"), [
    ("It strikes about 5 people per million each year.", "incidence", 5e-06, None),
    ("It strikes 2 to 4 per 1 million people a year.", "incidence", None, (2e-06, 4e-06)),
    ("The incidence is 0.2 to 0.6 cases per 100 000 per year.", "incidence", None,
     (2e-06, 6e-06)),
    ("About 1 in a million people have it.", "prevalence", 1e-06, None),
    # The spaced base closing the sentence ("100 000.") is still the whole base.
    ("Its yearly incidence is 0.5 per 100 000.", "incidence", 5e-06, None),
    ("The annual incidence is 1 to 2 per 100 000.", "incidence", None, (1e-05, 2e-05)),
])
def test_a_rate_per_million_or_per_spaced_thousands(sentence: str, kind: str,
                                                    value: float | None,
                                                    low_high: tuple[float, float] | None) -> None:
    """'per million', 'in a million' and '100 000' (thousands set apart by a space) are bases:
    '5 people per million' was a count of 5, 'per 100 000' a rate per 100."""
    (fig,) = find_figures(sentence, TOPIC)
    m = fig.measure
    assert (m.kind, m.value) == (kind, value)
    if low_high is not None:
        assert (m.low, m.high) == pytest.approx(low_high)


@pytest.mark.parametrize(("sentence", "kind", "horizon", "bound"), [
    ("Mortality at 30 days is 25%.", "mortality", "P30D", "exact"),
    ("The 10-year survival is about 80%.", "survival", "P120M", "approx"),
    ("Over 90% survive the first year.", "survival", "P12M", "lower"),
    ("The risk of dying in the first year is 20%.", "mortality", "P12M", "exact"),
    ("It can be as high as 80% in older people.", "unknown", None, "upper"),
])
def test_a_period_before_the_figure_is_its_horizon(sentence: str, kind: str,
                                                   horizon: str | None, bound: str) -> None:
    """A period ('at 30 days', '10-year') does not take the word before it from the figure;
    'survive the first year' is a horizon; 'the risk of dying' is a death rate; 'as high as'
    is at most."""
    (fig,) = find_figures(sentence, TOPIC)
    m = fig.measure
    assert (m.kind, m.horizon, m.bound.value) == (kind, horizon, bound)


@pytest.mark.parametrize("sentence", [
    "The yearly rate is 20-30 per 100,000, with men and women equally affected.",
    "It affects men and women equally.",
])
def test_equally_affected_sexes_are_a_relative_risk_of_one(sentence: str) -> None:
    """'men and women equally affected' says, with no number, a relative risk of about 1."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "relative_risk"]
    m = fig.measure
    assert (m.value, m.bound.value, m.population) == (1.0, "approx", "men vs women")


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("90% of grebble cases clear up within weeks.", None),
    ("Up to 20% still have pain for years.", None),
    ("Half recover in the first year.", "P12M"),
])
def test_a_plural_unit_with_no_number_is_no_horizon(sentence: str, horizon: str | None) -> None:
    """'within weeks' and 'for years' name no period (they were read as one week, one year)."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.horizon == horizon


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("The bite is riskier once the tick stays on for more than30 hours.", "duration", 30.0),
    ("Frequency25% (at some point)", "frequency", 0.25),
    ("Vitamin B12 levels fall in 20% of people.", "frequency", 0.2),
])
def test_digits_glued_to_a_word_are_read(sentence: str, kind: str, value: float) -> None:
    """A page that lost a space ('more than30 hours', 'Frequency25%') still gives its figure;
    'B12' is a name, not a figure."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.value) == (kind, value)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Roughly half of confirmed cases are diagnosed in the north of the country.", "share"),
    ("About 70% of all cases occur before the age of 4 years.", "share"),
    ("Eye problems occur in 10% of cases.", "frequency"),
])
def test_where_cases_are_is_no_rate(sentence: str, kind: str) -> None:
    """'half of confirmed cases are diagnosed in the north' says where cases are, not how often
    the topic comes (it was an incidence): the share of all cases those cases are, named by
    where they are found.  Cases at an age are that age group's share of all cases (see
    test_figures_subgroups)."""
    fig = next(f for f in find_figures(sentence, TOPIC) if f.measure.unit == "proportion")
    assert fig.measure.kind == kind


@pytest.mark.parametrize(("sentence", "kind"), [
    ("About 20% do not recover fully.", "unknown"),
    ("About 30% never get better.", "unknown"),
    ("About 30% get better.", "recovery"),
    ("Up to 8 out of 10 people with it don't survive a year.", "mortality"),
])
def test_a_denied_word_is_not_the_figures_quantity(sentence: str, kind: str) -> None:
    """'1 in 3 won't develop it' is no incidence and '20 % do not recover' no recovery (kept,
    never compared); 'don't survive' is a death rate; 'get better' names no thing called better."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == (kind, None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The male-to-female ratio is 3:1.", ("relative_risk", 3.0, "men vs women")),
    ("The ratio of women to men is 2:1.", ("relative_risk", 2.0, "women vs men")),
    ("Deaths occur in 5 to 10 percent of people with grebble fever.", ("mortality", None, None)),
    ("Recurrence occurs in up to 5% of cases.", ("relapse", 0.05, None)),
])
def test_ratios_and_outcomes_named_as_things(
        sentence: str, expected: tuple[str, float | None, str | None]) -> None:
    """A sex ratio is how many times likelier one sex is; deaths occurring in N % is mortality."""
    (fig,) = find_figures(sentence, ("grebble fever",))
    assert (fig.measure.kind, fig.measure.value, fig.measure.population) == expected
    assert fig.subject is None


def test_the_peak_age_is_the_topics() -> None:
    """"Peak incidence occurs between 20 and 39 years of age": the topic's age, no subject."""
    (fig,) = find_figures("Peak incidence occurs between 20 and 39 years of age.",
                          ("grebble fever",))
    assert (fig.measure.kind, fig.measure.low, fig.measure.high, fig.subject) == (
        "age", 20.0, 39.0, None)


@pytest.mark.parametrize(("sentence", "value", "low_high"), [
    ("About three-fifths of patients have blue nails.", 0.6, None),
    ("Two fifths of people who get it die.", 0.4, None),
    ("Between a fifth and two-fifths of people die.", None, (0.2, 0.4)),
])
def test_fifths_are_shares(sentence: str, value: float | None,
                           low_high: tuple[float, float] | None) -> None:
    """'three-fifths of' is 0.6, as 'a fifth of' is 0.2."""
    (fig,) = find_figures(sentence, TOPIC)
    m = fig.measure
    assert (m.value, None if m.low is None else (m.low, m.high)) == (value, low_high)


def test_a_range_of_two_written_fractions() -> None:
    """'between 1/3 and 1/2 of' is a range of shares, not a half alone."""
    (fig,) = find_figures("Between 1/3 and 1/2 of patients die.", TOPIC)
    m = fig.measure
    assert (m.kind, m.low, m.high) == ("mortality", pytest.approx(1 / 3), 0.5)


def test_the_figures_own_words_are_no_group() -> None:
    """'in about two-thirds of people' names no subgroup 'about two-thirds of people'."""
    (fig,) = find_figures("Blue nails fade in about two-thirds of people.", TOPIC)
    assert fig.measure.population is None
