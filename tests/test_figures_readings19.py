"""Figures read in session 19: number forms, and what a figure counts when no word names it.

Every sentence is ours, about a made-up illness ("grebble fever").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):  # type: ignore[no-untyped-def]
    """Return the only figure of a sentence about grebble fever."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


@pytest.mark.parametrize(("sentence", "value"), [
    ("The yearly incidence is 3.8/100 000.", 3.8e-5),
    ("It touches about 1/10 000 people.", 1e-4),
])
def test_a_rate_over_a_slash_may_set_its_thousands_apart_with_a_space(sentence: str,
                                                                     value: float) -> None:
    """"3.8/100 000" is 3.8 per hundred thousand, not 3.8 per hundred."""
    assert _one(sentence).measure.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "About 36% of the patients end up experiencing the weakness again on one side.",
    "Roughly 20% of people are experiencing itchy skin.",
])
def test_experiencing_is_a_word_of_how_often(sentence: str) -> None:
    """"experiencing" says how often, as "experience" does (it holds no "experience")."""
    assert _one(sentence).measure.kind in ("frequency", "relapse")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Mortality is reported in 20%-30% of cases.", "mortality"),
    ("A fatal outcome occurs in about 10% of patients.", "mortality"),
    ("Fatality is seen in 5% of those admitted.", "mortality"),
])
def test_an_outcome_said_to_occur_in_a_share_is_that_outcome(sentence: str, kind: str) -> None:
    """"Mortality is reported in 20-30 % of cases": the figure is the mortality, not how often
    a thing called mortality shows."""
    fig = _one(sentence)
    assert (fig.subject, fig.measure.kind) == (None, kind)


@pytest.mark.parametrize("sentence", [
    "The spots may spread past the first patch in 20% of cases.",
    "About 10-25% of the time, the spot where it began is never seen.",
])
def test_a_share_of_cases_with_no_kind_word_is_how_often(sentence: str) -> None:
    """"in 20 % of cases" with no word for what is counted: how often something happens
    among cases, a guess (never in a conflict) rather than an unknown quantity."""
    fig = _one(sentence)
    assert fig.measure.kind == "frequency"
    assert fig.subject is not None or fig.confidence < 0.5


def test_a_share_with_no_whole_and_no_kind_word_stays_unknown() -> None:
    """A bare percent with nothing said of what or of whom is kept as unknown."""
    assert _one("The score went to 36% last spring.").measure.kind == "unknown"


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Grebble fever is most often found in the fifth decade.", 40.0, 49.0),
    ("Most people fall ill in the second to third decade.", 10.0, 29.0),
])
def test_an_ordinal_decade_after_in_the_is_an_age_span(sentence: str, low: float,
                                                       high: float) -> None:
    """"in the fifth decade" is "of life" unsaid: ages 40 to 49."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high) == ("age", low, high)
    assert sentence[fig.start:fig.end].split()[0] != "in"


def test_a_decade_of_something_else_is_no_age() -> None:
    """"the first decade of the trial" is a period of the trial, not an age."""
    assert find_figures("Few cases were seen in the first decade of the trial.", TOPIC) == []


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("The risk rises five-fold in people who keep goats.", 5.0, "people who keep goats"),
    ("The chance of grebble fever is increased 3 times among gardeners.", 3.0, "gardeners"),
    ("The risk is raised by about 4 times.", 4.0, None),
])
def test_a_risk_that_rises_some_fold_is_a_relative_risk(sentence: str, value: float,
                                                        subject: str | None) -> None:
    """"The risk rises five-fold in X": the risk is the verb's subject, X the group."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == ("relative_risk", value,
                                                                   subject)
    assert fig.confidence < 0.5


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("Keeping goats carries a relative risk of 3.2.", 3.2, "Keeping goats"),
    ("The study gave an odds ratio of 2.5 for gardeners.", 2.5, "gardeners"),
    ("Gardeners fell ill more often (OR 2.1, 95% CI 1.4-3.0).", 2.1, None),
    ("The adjusted hazard ratio was 1.8 in the older group.", 1.8, "older group"),
    ("Goat keepers were at higher risk (HR = 1.6).", 1.6, None),
])
def test_a_named_ratio_is_a_relative_risk(sentence: str, value: float,
                                          subject: str | None) -> None:
    """An odds, hazard or risk ratio says how much more likely: a relative risk (a guess,
    never compared), and the interval beside it is no figure of its own."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == ("relative_risk", value,
                                                                   subject)


@pytest.mark.parametrize("sentence", [
    "Pick one OR 2 of the options.",
    "The ratio of 3 to 1 was seen in the old notes.",
])
def test_or_as_a_word_and_a_bare_ratio_are_no_relative_risk(sentence: str) -> None:
    assert [f.measure.kind for f in find_figures(sentence, TOPIC)
            if f.measure.kind == "relative_risk"] == []


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("Survival at 5 yr is about 80%.", "P60M"),
    ("The 5-yr survival is 80%.", "P60M"),
    ("Mortality within 2 wk was 10%.", "P2W"),
])
def test_a_period_written_short_is_a_horizon(sentence: str, horizon: str) -> None:
    """"at 5 yr" is a period like "at 5 years": the horizon of the figure, not a figure of
    its own standing between the kind word and the number."""
    fig = _one(sentence)
    assert fig.measure.kind in ("survival", "mortality")
    assert fig.measure.horizon == horizon


@pytest.mark.parametrize(("sentence", "subject"), [
    ("About 15% of cases result from a splinter.", "splinter"),
    ("Roughly 30% of cases are secondary to a burn.", "burn"),
    ("Half of all cases arise from a small cut.", "small cut"),
])
def test_cases_that_result_from_a_thing_are_its_share(sentence: str, subject: str) -> None:
    """"15 % of cases result from X": the share of cases X causes, as "caused by X" is."""
    fig = _one(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "share")


def test_a_bracketed_share_of_cases_that_involve_a_part_is_its_involvement() -> None:
    """"Most cases (90 %) involve the lungs": how often the lungs are involved."""
    fig = _one("Most cases (90%) involve the lungs.")
    assert fig.measure.kind == "frequency"
    assert fig.subject is not None and fig.subject.startswith("lung")


def test_a_country_before_the_thing_named_is_its_setting_not_its_name() -> None:
    """"In the US zorbulin syndrome is estimated to affect 5 in 100,000 people every year"
    (no comma after the country): the subject is zorbulin syndrome, the setting the US."""
    fig = _one("In the US zorbulin syndrome is estimated to affect 5 in 100,000 people every "
               "year.")
    assert (fig.subject, fig.setting, fig.measure.kind) == ("zorbulin syndrome", "US",
                                                             "incidence")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Nearly 1 in 4 (24%) people with grebble fever die.", "mortality"),
    ("About 1 in 3 (33%) get better within a year.", "recovery"),
])
def test_a_share_said_again_in_brackets_is_one_figure_of_one_kind(sentence: str,
                                                                  kind: str) -> None:
    """"1 in 4 (24 %) die": the kind word past the bracket is the first share's too."""
    assert [f.measure.kind for f in find_figures(sentence, TOPIC)] == [kind, kind]


def test_a_bracketed_share_far_from_the_first_is_another_figure() -> None:
    """"1 in 4 (60 %)" are two different shares: the first keeps no kind of the second's."""
    kinds = [f.measure.kind for f in find_figures("About 1 in 4 (60%) people die.", TOPIC)]
    assert kinds[0] == "unknown"


OTHER = ("zorbulin syndrome",)  # (a topic no sign's name is part of: "fever" is in "grebble fever")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Skin changes, seen in 25% of people, include small bumps.", "Skin changes"),
    ("Fever is almost always present (>90%).", "Fever"),
    ("Complications such as kidney failure occur in 10%.", "kidney failure"),
    ("Problems like hearing loss affect 5% of children.", "hearing loss"),
])
def test_the_thing_a_share_is_of_is_named_without_its_frame(sentence: str,
                                                            subject: str) -> None:
    """The thing, not the words around it: a noun phrase before "seen in", the subject of
    "is almost always present", the example after "complications such as"."""
    (fig,) = find_figures(sentence, OTHER)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


def test_a_lead_phrase_before_a_comma_is_no_thing() -> None:
    """"In adults, seen in 20 % of cases, ...": "In adults" names who, not what."""
    figs = find_figures("In adults, seen in 20% of cases, it stays mild.", OTHER)
    assert all(f.subject != "In adults" for f in figs)


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("The average hospital stay is 10 days.", "hospital stay", 10.0),
    ("The mean duration of the fever is 9 days.", "fever", 9.0),
    ("The length of stay is usually 6 days.", "hospital stay", 6.0),  # one name (s29)
])
def test_a_named_length_of_something_is_its_duration(sentence: str, subject: str,
                                                     value: float) -> None:
    """"The mean duration of X is 9 days": how long X lasts (once not read at all)."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject, fig.measure.value) == ("duration", subject, value)


def test_a_named_period_with_a_vague_first_end_keeps_its_name() -> None:
    """"The incubation period ranges from a few hours to 3 days": at most 3 days, of the
    incubation period."""
    fig = _one("The incubation period ranges from a few hours to 3 days.")
    assert (fig.subject, fig.measure.value, fig.measure.bound.value) == (
        "incubation period", 3.0, "upper")


@pytest.mark.parametrize(("sentence", "horizons"), [
    ("About 60% of people recover within 2 years, and 30% within 5 years.",
     ["P24M", "P60M"]),
    ("Mortality is 10% at 1 year and 30% at 5 years.", ["P12M", "P60M"]),
    ("Within 5 years, 30% of patients die.", ["P60M"]),
])
def test_a_period_after_one_figure_is_not_the_next_ones_horizon(sentence: str,
                                                               horizons: list[str]) -> None:
    """In "60 % ... within 2 years, and 30 % within 5 years" each share has its own period."""
    assert [f.measure.horizon for f in find_figures(sentence, OTHER)] == horizons


def test_a_field_label_before_a_rate_is_no_thing() -> None:
    """"Frequency: 1 in 10,000" is a field's label, not a thing named "Frequency"."""
    fig = _one("Frequency: 1 in 10,000")
    assert fig.subject is None and fig.measure.value == pytest.approx(1e-4)


def test_from_one_groups_share_to_anothers_is_one_quantity() -> None:
    """"Mortality ranges from 5 % in young adults to 50 % in older people": both deaths."""
    got = [(f.measure.kind, f.measure.population) for f in find_figures(
        "Mortality ranges widely, from 5% in young adults to 50% in older people.", OTHER)]
    assert got == [("mortality", "young adults"), ("mortality", "older people")]


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("The first signs come 30 to 60 minutes after the meal.", 30.0, 60.0, "minutes"),
    ("It takes 20 minutes to 2 hours to settle.", 20.0, 120.0, "minutes"),
])
def test_a_period_in_minutes_is_read(sentence: str, low: float, high: float,
                                     unit: str) -> None:
    """Minutes are a unit of time like hours: "30 to 60 minutes after" is a period."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high, fig.measure.unit) == (
        "duration", low, high, unit)


@pytest.mark.parametrize(("sentence", "spans"), [
    ("It has two peaks of onset, at 25 to 35 years and at 45 to 65 years.",
     [(25.0, 35.0), (45.0, 65.0)]),
    ("Cases show two peaks, at 20 to 29 years and 50 to 59 years.",
     [(20.0, 29.0), (50.0, 59.0)]),
])
def test_years_a_peak_is_at_are_ages(sentence: str, spans: list[tuple[float, float]]) -> None:
    """"peaks at 25 to 35 years" is an age, not a period of 25 to 35 years."""
    got = find_figures(sentence, OTHER)
    assert [(f.measure.kind, f.measure.low, f.measure.high) for f in got] == [
        ("age", lo, hi) for lo, hi in spans]


def test_a_peak_in_days_stays_a_period() -> None:
    """"Symptoms peak at 2 to 3 days": how long until the peak."""
    assert _one("Symptoms peak at 2 to 3 days.").measure.kind == "duration"


def test_a_count_of_people_it_kills_is_a_count_of_deaths() -> None:
    """"It kills about 1,000 people a year": the deaths, as "1,000 people die" is."""
    fig = _one("It kills about 1,000 people a year.")
    assert (fig.subject, fig.measure.kind, fig.measure.value) == ("death", "count", 1000.0)


@pytest.mark.parametrize(("sentence", "kind", "horizon"), [
    ("Zorbulin syndrome develops in 2% of people after a burn.", "frequency", None),
    ("The risk of developing zorbulin syndrome after surgery is about 5%.", "frequency", None),
    ("About 5% of people get it each year.", "incidence", "P12M"),
    ("About 3 in 100,000 people develop it.", "incidence", None),
])
def test_a_share_who_get_it_over_no_period_is_how_often(sentence: str, kind: str,
                                                       horizon: str | None) -> None:
    """An incidence counts new cases over a period; "it develops in 2 % of people after a
    burn" names none: how often it happens among them.  A rate per head stays an
    incidence (a page gives those as yearly ones)."""
    (fig,) = find_figures(sentence, OTHER)
    assert (fig.measure.kind, fig.measure.horizon) == (kind, horizon)


def test_the_chance_of_getting_it_again_is_a_relapse() -> None:
    fig = find_figures("The chance of getting it again is about 10%.", OTHER)[0]
    assert (fig.subject, fig.measure.kind) == (None, "relapse")


def test_a_guessed_frequency_is_never_compared_even_near_a_year() -> None:
    """A share no word names stays a guess even when "year" (a strong word for an incidence)
    is in the sentence: shown, never in a conflict."""
    (fig,) = find_figures("The spots may spread past the first patch in 20% of cases within "
                          "a year.", OTHER)
    assert (fig.measure.kind, fig.confidence) == ("frequency", 0.45)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Most patients are between 20 and 40.", 20.0, 40.0),
    ("Women are usually affected between 40 and 60 years.", 40.0, 60.0),
    ("It occurs between 25 and 45.", 25.0, 45.0),
])
def test_who_it_strikes_between_two_ages_is_an_age_span(sentence: str, low: float,
                                                        high: float) -> None:
    """"most patients are between 20 and 40", "affected between 40 and 60 years": ages."""
    fig = _one(sentence.replace("It occurs", "Zorbulin syndrome occurs"))
    assert (fig.measure.kind, fig.measure.low, fig.measure.high) == ("age", low, high)


def test_years_after_an_event_stay_a_period() -> None:
    """"It develops between 2 and 5 years after the injury": how long after, not an age."""
    (fig,) = find_figures("It develops between 2 and 5 years after the injury.", OTHER)
    assert fig.measure.kind == "duration"


@pytest.mark.parametrize("sentence", [
    "About 40% of sufferers recover.",
    "In affected patients, mortality is 40%.",
    "About 40% of affected people have joint pain.",
])
def test_those_affected_are_everyone_not_a_subgroup(sentence: str) -> None:
    """"sufferers", "affected patients": everyone with it, neither a thing nor a subgroup."""
    (fig,) = find_figures(sentence, OTHER)
    assert fig.measure.population is None
    assert fig.subject in (None, "joint pain")


def test_hours_before_a_share_are_no_figure_of_their_own() -> None:
    """"Mortality in the first 48 hours is 10 %": the 48 is a period, so "mortality" is still
    the 10 %'s word."""
    (fig,) = find_figures("Mortality in the first 48 hours is 10%.", OTHER)
    assert fig.measure.kind == "mortality"


@pytest.mark.parametrize(("sentence", "horizon"), [
    ("Over a 10-year period, 20% relapse.", "P120M"),
    ("During a five-year follow-up, 30% of patients died.", "P60M"),
])
def test_a_period_named_as_one_is_a_horizon(sentence: str, horizon: str) -> None:
    """"over a 10-year period": the span the share is counted over."""
    got = [f.measure.horizon for f in find_figures(sentence, OTHER) if f.measure.unit ==
           "proportion"]
    assert got == [horizon]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("In most cases (80%), it resolves.", "recovery"),
    ("In some cases (5%), patients die.", "mortality"),
])
def test_a_bracketed_share_of_most_cases_takes_the_next_clauses_kind(sentence: str,
                                                                    kind: str) -> None:
    """"In most cases (80 %), it resolves": the clause after the comma says what the 80 %
    counts."""
    assert _one(sentence).measure.kind == kind


@pytest.mark.parametrize(("sentence", "value"), [
    ("It touches 5 per 100.000 people each year.", 5e-5),
    ("It touches 1 in 10.000 people.", 1e-4),
])
def test_a_base_with_dotted_thousands_is_read_whole(sentence: str, value: float) -> None:
    """"5 per 100.000" (thousands set apart by a dot) is 5 per hundred thousand, not 5 %."""
    (fig,) = find_figures(sentence, OTHER)
    assert fig.measure.value == pytest.approx(value)


def test_a_base_of_a_decimal_million_is_read() -> None:
    """"1 in 1.5 million" is one in one and a half million."""
    (fig,) = find_figures("It touches about 1 in 1.5 million people.", OTHER)
    assert fig.measure.value == pytest.approx(1 / 1.5e6)
