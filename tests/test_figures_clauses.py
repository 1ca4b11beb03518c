"""Figures read from their own clause: each figure's group, kind and bound in a busy sentence."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _read(sentence: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.measure.kind, f.measure.value, f.measure.population, f.subject)
            for f in find_figures(sentence, TOPIC)]


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Mortality is 10% among young children and 30% among elderly patients.",
     ["young children", "elderly patients"]),
    ("Rates are 5 per 100,000 in young children and 12 per 100,000 in older adults.",
     ["young children", "older adults"]),
    ("The prevalence is 35 per 100,000 in white Americans and 110 per 100,000 in black "
     "Americans.", ["white americans", "black americans"]),
    ("Among young children, mortality is about 10%.", ["young children"]),
])
def test_each_figure_takes_the_group_named_after_it(sentence: str, groups: list[str]) -> None:
    """'10 % among A and 30 % among B': the 30 % is B's, not the group before it."""
    assert [f.measure.population for f in find_figures(sentence, TOPIC)] == groups


def test_a_group_right_after_the_figure_before_is_not_this_ones() -> None:
    """'10 % in the mild form and 40 % in the severe form': each form its own figure."""
    assert [f.measure.population for f in find_figures(
        "Mortality is 5% in the mild form and 40% in the severe form.", TOPIC)] == [
        "mild form", "severe form"]


@pytest.mark.parametrize(("sentence", "read"), [
    ("Roughly 1 in 3 people who recover have lasting joint pain.",
     [("frequency", 0.333333333, "people who recover", "lasting joint pain")]),
    ("The rate of death among people with grebble fever who develop shock is about 50%.",
     [("mortality", 0.5, None, None)]),
    ("About 1 in 10 people who get grebble fever develop heart problems.",
     [("frequency", 0.1, None, "heart problems")]),
])
def test_a_verb_after_who_says_who_is_counted_not_what(
        sentence: str, read: list[tuple[str, float | None, str | None, str | None]]) -> None:
    """'people who recover have X' is X among those who recover; 'who develop shock' is no
    incidence."""
    assert _read(sentence) == read


def test_a_period_range_between_a_kind_word_and_its_figure_is_no_figure() -> None:
    """'clears up within 2 to 5 years in 60-70 %': the 2 is a period's, the 60-70 % recover."""
    (fig,) = find_figures("Grebble fever usually clears up within 2 to 5 years in 60-70% of "
                          "people.", TOPIC)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high) == ("recovery", 0.6, 0.7)


def test_a_count_in_thousands_is_no_year() -> None:
    """'2,000 people' is a count; '2019' alone is a year."""
    (fig,) = find_figures("Around 2,000 people are diagnosed with grebble fever in the UK "
                          "each year.", TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.measure.horizon, fig.setting) == (
        "count", 2000.0, "P12M", "UK")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("More than half of cases occur in people under 30.", "age under 30 years"),
    ("About 80% of cases are in patients younger than 40 years.", "age under 40 years"),
    ("Around 10% of cases occur in people over 65 years old.", "age over 65 years"),
])
def test_a_share_of_cases_in_people_of_an_age(sentence: str, subject: str) -> None:
    """'half of cases occur in people under 30' is the share of those ages, as 'before 30' is."""
    share = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "share"]
    assert [f.subject for f in share] == [subject]


@pytest.mark.parametrize(("sentence", "read"), [
    ("Eye problems affect 25 to 50 percent of people with grebble fever.",
     ("frequency", "Eye problems")),
    ("The disease is chronic in about 20% of people.", ("frequency", "chronic course")),
    ("In 5-10% of cases, grebble fever causes heart failure.", ("frequency", "heart failure")),
    ("In about 5% of people, it leads to kidney damage.", ("frequency", "kidney damage")),
    ("Grebble fever can lead to heart failure in up to 10% of children.",
     ("frequency", "heart failure")),
])
def test_what_happens_in_the_share_is_its_subject(sentence: str, read: tuple[str, str]) -> None:
    """'X affects 25 % of people', 'it causes X in 5 %': how often X comes."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == read


def test_the_topic_affecting_people_stays_how_many_have_it() -> None:
    """'Grebble fever affects 1 in 1,000 people' names no other subject."""
    (fig,) = find_figures("Grebble fever affects 1 in 1,000 people.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("prevalence", None)


@pytest.mark.parametrize(("sentence", "bound"), [
    ("The fatality rate is 10 percent or less when treated quickly.", "upper"),
    ("Symptoms last 3 days or less.", "upper"),
    ("Mortality approaches 100% without surgery.", "approx"),
])
def test_bounds_said_after_or_by_a_verb(sentence: str, bound: str) -> None:
    """'10 % or less' is at most 10 %; 'approaches 100 %' is about 100 %."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.measure.bound.value == bound


@pytest.mark.parametrize(("sentence", "value"), [
    ("Twenty-five percent of patients die.", 0.25),
    ("About thirty five percent of people recover.", 0.35),
])
def test_a_compound_number_word_is_one_number(sentence: str, value: float) -> None:
    """'Twenty-five percent' is 25 %, not a range from 20 % to 5 %."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.value, fig.measure.low) == (value, None)


def test_a_range_of_number_words_stays_a_range() -> None:
    """'Twenty to thirty percent' is still 20-30 %."""
    (fig,) = find_figures("Twenty to thirty percent of patients die.", TOPIC)
    assert (fig.measure.low, fig.measure.high) == (0.2, 0.3)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Symptoms usually start within 24 h of exposure.", None, None),
    ("Symptoms usually start within 24-48h of exposure.", 24.0, 48.0),
])
def test_an_hour_written_as_its_symbol(sentence: str, low: float | None,
                                       high: float | None) -> None:
    """'within 24 h' is a period of 24 hours."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.unit, fig.measure.low, fig.measure.high) == (
        "duration", "hours", low, high)


def test_one_in_a_range_of_wholes() -> None:
    """'1 in every 3,000 to 4,000 people' is 1/4,000 to 1/3,000, not 1/3,000 exactly."""
    (fig,) = find_figures("It affects 1 in every 3,000 to 4,000 people.", TOPIC)
    assert (fig.measure.low, fig.measure.high) == pytest.approx((1 / 4000, 1 / 3000))


def test_this_country_is_the_country_the_sentence_before_named() -> None:
    """'... each year in this country' after a sentence about the United States is there."""
    before = "About 1 in 5 people in the United States will get grebble fever in their lifetime."
    (fig,) = find_figures("An estimated 2,000 people get grebble fever each year in this "
                          "country.", TOPIC, before)
    assert (fig.measure.kind, fig.setting, fig.measure.population) == (
        "count", "United States", None)


def test_this_country_without_a_country_before_is_no_setting() -> None:
    """With no country in the sentence before, 'this country' names none."""
    (fig,) = find_figures("About 1 in 1,000 people in this country have it.", TOPIC,
                          "Grebble fever is a rash.")
    assert fig.setting is None


def test_a_vaccine_cut_compares_vaccinated_with_unvaccinated() -> None:
    """'The vaccine reduces the risk by 50 % to 90 %': vaccinated vs unvaccinated people."""
    (fig,) = find_figures("The grebble vaccine reduces the risk of grebble fever by 50% to "
                          "90%.", TOPIC)
    assert (fig.measure.kind, fig.measure.population, fig.subject) == (
        "relative_risk", "vaccinated vs unvaccinated", "grebble vaccine")


def test_another_cut_names_no_comparison() -> None:
    """'Washing hands reduces the risk by 50 %' says no groups."""
    (fig,) = find_figures("Washing hands reduces the risk of grebble fever by 50%.", TOPIC)
    assert fig.measure.population is None


def test_a_range_up_to_as_high_as() -> None:
    """'from 20 % to as high as 80 %' is one range, not 20 % and a stray 80 %."""
    (fig,) = find_figures("Mortality rates range from 20% to as high as 80%.", TOPIC)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high) == ("mortality", 0.2, 0.8)


@pytest.mark.parametrize(("sentence", "age"), [
    ("The median age at diagnosis is 45 years.", 45.0),
    ("The mean age of onset is 38 years.", 38.0),
    ("The average age at the time of diagnosis is about 50.", 50.0),
])
def test_a_mean_or_median_age(sentence: str, age: float) -> None:
    """'The median age at diagnosis is 45' is an age of about 45."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.measure.bound.value) == ("age", age, "approx")


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("The incidence peaks in the third and fourth decades of life.", 20.0, 39.0),
    ("It usually starts in the fifth decade of life.", 40.0, 49.0),
])
def test_ages_by_ordinal_decade(sentence: str, low: float, high: float) -> None:
    """'the third and fourth decades of life' are the ages 20 to 39."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high) == ("age", low, high)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Cardiac involvement is clinically evident in approximately 5% of patients.",
     "Cardiac involvement"),
    ("Approximately 90% of patients present with lung involvement.", "lung involvement"),
])
def test_a_sign_evident_in_or_presented_with(sentence: str, subject: str) -> None:
    """'X is clinically evident in 5 %', '90 % present with X': how often X comes."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == ("frequency", subject)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("About 60% of people with grebble fever are women.", "women"),
    ("About 60% of those with it are children.", "children"),
    ("Roughly 70% of patients are over 50.", "age over 50 years"),
    ("Roughly 70% of patients are older than 50 years.", "age over 50 years"),
])
def test_a_share_of_the_topics_people_who_are_a_group(sentence: str, subject: str) -> None:
    """'60 % of people with <the topic> are women' is the women's share of all cases."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == ("share", subject)


def test_a_share_of_people_with_another_illness_is_no_share_of_cases() -> None:
    """'60 % of people with diabetes are women' is no share of the topic's cases."""
    assert all(f.measure.kind != "share" for f in find_figures(
        "About 60% of people with diabetes are women.", TOPIC))


def test_how_many_have_had_another_illness() -> None:
    """'90 % of adults in the UK have had grebble pox' is how many ever had it."""
    (fig,) = find_figures("Around 90% of adults in the UK have had grebble pox.", TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population, fig.setting) == (
        "prevalence", "grebble pox", "adults", "UK")


@pytest.mark.parametrize(("sentence", "read"), [
    ("One in 3 people who have had grebble pox get grebble fever.",
     ("frequency", None, "people with grebble pox")),
    ("About 30% of people who have diabetes develop nerve pain.",
     ("frequency", "nerve pain", "people with diabetes")),
    # (Everyone with the topic is no subgroup: the figure compares with one said of all.)
    ("Around 30% of people with grebble fever have had a stroke before.",
     ("frequency", "stroke", None)),
])
def test_who_the_people_are_is_not_what_they_get(
        sentence: str, read: tuple[str, str | None, str | None]) -> None:
    """'people who have had X get <topic>': X says who they are; what follows is what."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population) == read


@pytest.mark.parametrize(("sentence", "read"), [
    ("Smoking increases the risk of grebble fever by 50%.", (1.5, None, None, "Smoking")),
    ("Smoking raises your risk by 30% to 40%.", (None, 1.3, 1.4, "Smoking")),
    ("People with diabetes have a 2- to 3-fold increased risk.", (None, 2.0, 3.0, None)),
])
def test_a_risk_raised_by_a_share_or_a_fold(
        sentence: str, read: tuple[float | None, float | None, float | None, str | None]) -> None:
    """'X raises the risk by 50 %' is a relative risk of 1.5; '2- to 3-fold increased' 2-3."""
    (fig,) = find_figures(sentence, TOPIC)
    m = fig.measure
    assert m.kind == "relative_risk"
    assert (m.value, m.low, m.high, fig.subject) == pytest.approx(read)


def test_a_count_rising_by_a_share_is_no_risk() -> None:
    """'Cases increased by 20 %' names no risk: no relative risk."""
    assert all(f.measure.kind != "relative_risk" for f in find_figures(
        "Cases increased by 20% last year.", TOPIC))


@pytest.mark.parametrize(("sentence", "read"), [
    ("The incubation period is usually 1 to 3 days.", (1.0, 3.0, "incubation period")),
    ("The incubation period for grebble fever is between 2 and 10 days.",
     (2.0, 10.0, "incubation period")),
    ("The recovery period can be 6 to 12 months.", (6.0, 12.0, "recovery period")),
])
def test_a_named_period_is_how_long(sentence: str,
                                    read: tuple[float, float, str]) -> None:
    """'The incubation period is 1 to 3 days': the length of that period."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high, fig.subject) == (
        "duration", *read)


def test_between_two_periods_is_a_range() -> None:
    """'last between 3 and 5 weeks' is 3 to 5 weeks, not 5 weeks."""
    (fig,) = find_figures("Symptoms last between 3 and 5 weeks.", TOPIC)
    assert (fig.measure.low, fig.measure.high, fig.measure.bound.value) == (3.0, 5.0, "range")


@pytest.mark.parametrize(("sentence", "read"), [
    ("Borlund syndrome, a mild form of grebble fever, resolves in more than 90% of cases.",
     ("recovery", "Borlund syndrome")),
    ("Borlund syndrome resolves on its own in about 80% of people.",
     ("recovery", "Borlund syndrome")),
    ("The syndrome resolves in 60% of patients.", ("recovery", None)),
    ("Grebble fever resolves in 60% of patients without treatment.", ("recovery", None)),
])
def test_an_outcome_of_the_thing_the_sentence_opens_with(
        sentence: str, read: tuple[str, str | None]) -> None:
    """'Borlund syndrome resolves in 90 %': that form's recovery, not the topic's."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject) == read


def test_a_list_item_with_its_share_in_brackets() -> None:
    """'Signs include a cough (in 50 % of patients), rash (30 %)': how often each comes."""
    got = [(f.measure.kind, f.measure.value, f.measure.low, f.subject) for f in find_figures(
        "The most common signs are cough (in 50% of patients), shortness of breath (30%) and "
        "kidney failure (10-20%).", TOPIC)]
    assert got == [("frequency", 0.5, None, "cough"),
                   ("frequency", 0.3, None, "shortness of breath"),
                   ("frequency", None, 0.1, "kidney failure")]


@pytest.mark.parametrize("sentence", [
    "Type 1 is the most common form (80%).",
    "Most cases (70%) are caused by Quentella vorlaxii.",
])
def test_a_bracketed_share_after_a_form_or_cases_is_no_list_item(sentence: str) -> None:
    """'the most common form (80 %)', 'most cases (70 %)' name no sign."""
    assert all(f.measure.kind != "frequency" for f in find_figures(sentence, TOPIC))


@pytest.mark.parametrize(("sentence", "value"), [
    ("By their forties, 8 out of 10 Narnians have already had it.", 0.8),
    ("About 90% of adults in Narnia have had grebble fever.", 0.9),
])
def test_how_many_have_ever_had_the_topic(sentence: str, value: float) -> None:
    """'8 in 10 have already had it' is how many ever had it (not a thing 'already had it',
    nor how often it comes)."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.value) == ("prevalence", None, value)
