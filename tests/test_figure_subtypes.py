"""Figures that give a subtype's share of cases, periods said twice, and counts of groups.

Every sentence is ours, about a made-up illness ("grebble fever").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _read(sentence: str) -> list[tuple[str | None, str, float | None, float | None, str | None]]:
    return [(f.subject, f.measure.kind, f.measure.value if f.measure.value is not None
             else f.measure.low, f.measure.high, f.measure.population)
            for f in find_figures(sentence, TOPIC)]


@pytest.mark.parametrize(("sentence", "subtype", "value"), [
    ("Most people (3 out of 4) have a mild form of the condition.", "mild grebble fever", 0.75),
    ("About 7 out of 10 people with grebble fever will have the relapsing type of grebble "
     "fever.", "relapsing grebble fever", 0.7),
    ("In 30% of cases, grebble fever is severe and brings complications such as lung failure.",
     "severe grebble fever", 0.3),
    ("About 1 in 25 people sick with grebble fever will develop severe grebble fever.",
     "severe grebble fever", 0.04),
])
def test_a_share_of_people_with_one_form_is_that_forms_share(sentence: str, subtype: str,
                                                           value: float) -> None:
    """A form of the topic is a subtype: its figure is a share of cases, about the subtype,
    so it is compared with other pages' shares of that subtype, not with how often a sign
    shows."""
    got = _read(sentence)
    assert [(s, k) for s, k, *_ in got] == [(subtype, "share")]
    assert got[0][2] == pytest.approx(value)


def test_becoming_chronic_carriers_is_not_a_form_of_the_illness() -> None:
    """"2-5 % of cases become chronic carriers": how often, not a chronic subtype."""
    got = _read("Between 2% and 5% of grebble fever cases become chronic carriers, sometimes "
                "shedding germs for years.")
    assert [k for _, k, *_ in got] != ["share"]


@pytest.mark.parametrize("sentence", [
    "The time from catching it to the first signs tends to be 2-9 days.",
    "The time from catching it to the first signs is 2-9 days approx.",
])
def test_the_time_from_one_event_to_another_is_a_period(sentence: str) -> None:
    assert _read(sentence) == [("time from catching it to the first signs", "duration", 2.0,
                                9.0, None)]


def test_a_period_said_again_keeps_what_it_is_the_length_of() -> None:
    """"3 to 12 days after the bite, but most often it is 5 to 8 days": two periods of one
    thing."""
    got = _read("The first signs usually appear 3 to 12 days after the bite, but most often "
                "it is 5 to 8 days.")
    assert [(k, lo, hi) for _, k, lo, hi, _ in got] == [("duration", 3.0, 12.0),
                                                        ("duration", 5.0, 8.0)]
    assert got[0][0] is not None and got[1][0] == got[0][0]


def test_an_average_age_said_after_a_comma_is_an_age_and_names_no_group() -> None:
    got = _read("Onset usually comes in 60% of patients, with the average age about 35.")
    assert ("age", 35.0) in [(k, v) for _, k, v, *_ in got]
    assert all(pop is None for *_, pop in got)


def test_a_count_of_these_people_admitted_to_hospital_is_a_count_of_admissions() -> None:
    got = _read("About 2 million of these people are admitted to hospital, and another "
                "40,000 die from it.")
    assert [(s, k, v) for s, k, v, *_ in got] == [("hospital admission", "count", 2_000_000.0),
                                                  ("death", "count", 40_000.0)]


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("People can die in as little as 12 hours.", 12.0, None, "hours"),
    ("Without treatment, the disease is fatal in 1 to 2 days.", 1.0, 2.0, "days"),
])
def test_how_soon_it_kills_is_the_time_to_death(sentence: str, low: float, high: float | None,
                                               unit: str) -> None:
    [fig] = find_figures(sentence, TOPIC)
    n = fig.measure
    assert (fig.subject, n.kind, n.unit) == ("death", "duration", unit)
    assert (n.value if n.value is not None else n.low, n.high) == (low, high)


def test_a_period_between_two_units_is_one_range_in_the_smaller_unit() -> None:
    """"between 12 hours and 3 days" is 12-72 hours, not "3 days"."""
    [fig] = find_figures("Symptoms usually develop between 12 hours and 3 days after exposure.",
                         TOPIC)
    assert (fig.measure.low, fig.measure.high, fig.measure.unit) == (12.0, 72.0, "hours")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Most people feel better after 7 to 10 days.", "recovery"),
    ("Patients usually stay in hospital for 10 to 14 days.", "hospital stay"),
    ("Most patients are discharged after 2 weeks.", "hospital stay"),
    ("In most cases, the swelling goes down within 2 to 3 weeks.", "swelling"),
    ("The fever breaks after 3 to 4 days.", "fever"),
])
def test_a_period_named_by_what_people_go_through(sentence: str, subject: str) -> None:
    """A period with no noun for what lasts is named by the wording a reader would
    compare: feeling better is recovery, staying in hospital the hospital stay."""
    assert [(s, k) for s, k, *_ in _read(sentence)] == [(subject, "duration")]


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("In about 60% of cases, the cause is a single germ.", "single germ", 0.6),
    ("Most cases (about 80%) happen after surgery.", "surgery", 0.8),
])
def test_a_share_of_cases_named_after_the_figure(sentence: str, subject: str,
                                                 value: float) -> None:
    assert [(s, k, v) for s, k, v, *_ in _read(sentence)] == [(subject, "share", value)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Around 1 in 20 infections lead to a very serious illness called severe grebble fever.",
     0.05),
    ("For the remaining 20% of people, the condition is more serious and needs hospital care.",
     0.2),
])
def test_a_serious_form_led_to_or_said_of_the_rest_is_the_severe_forms_share(
        sentence: str, value: float) -> None:
    assert [(s, k, v) for s, k, v, *_ in _read(sentence)] == [
        ("severe grebble fever", "share", value)]


def test_the_base_of_a_ratio_is_no_form_of_the_topic() -> None:
    """"One in five severe grebble fever patients": the group is the severe form's patients,
    not "five severe grebble fever"; being readmitted is what is counted."""
    got = _read("One in five severe grebble fever patients are readmitted to hospital within "
                "30 days.")
    assert [(s, k, pop) for s, k, _, _, pop in got] == [
        ("hospital readmission", "frequency", "severe grebble fever")]


def test_what_a_group_suffers_is_what_the_share_is_of() -> None:
    assert _read("1 in 5 adult men suffers painful joints.") == [
        ("painful joints", "frequency", 0.2, None, "adult men")]


@pytest.mark.parametrize(("sentence", "group", "value"), [
    ("Most cases (80%) are in children younger than 10 years.", "children younger than 10", 0.8),
    ("More than 90% of cases happen in people aged 20 to 40.", "age 20 to 40 years", 0.9),
    ("Over half of those who get it are under 18 years old.", "age under 18 years", 0.5),
])
def test_a_groups_share_of_all_cases(sentence: str, group: str, value: float) -> None:
    """The share of all cases one group (or one band of ages) has; the group is the subject,
    so it is not also the population."""
    shares = [(s, v, pop) for s, k, v, _, pop in _read(sentence) if k == "share"]
    assert shares == [(group, value, None)]


@pytest.mark.parametrize("sentence", [
    "Every hour of delay increases mortality by 8%.",
    "Each day without treatment raises the death rate by 8 percent.",
])
def test_a_rise_of_the_death_rate_by_a_percent_is_relative_not_a_death_rate(
        sentence: str) -> None:
    """"increases mortality by 8 %" is a relative rise (1.08 times), never an 8 % death rate
    to set against other pages' death rates."""
    got = _read(sentence)
    assert [(k, v) for _, k, v, *_ in got] == [("relative_risk", 1.08)]


@pytest.mark.parametrize("sentence", [
    "It usually starts between 20 and 40.",
    "Most people are diagnosed between 20 and 40.",
])
def test_the_ages_an_illness_starts_at_said_with_no_unit(sentence: str) -> None:
    """"Starts between 20 and 40" gives ages: the verb of onset says what the numbers are."""
    assert [(k, lo, hi) for _, k, lo, hi, _ in _read(sentence)] == [("age", 20.0, 40.0)]


@pytest.mark.parametrize("sentence", [
    "The rash usually starts between 2 and 5 after the bite.",
    "It usually starts between 20 and 40 days after the bite.",
])
def test_small_or_unit_numbers_after_starts_are_no_ages(sentence: str) -> None:
    assert not [k for _, k, *_ in _read(sentence) if k == "age"]


def test_later_shares_of_causes_say_the_verb_once() -> None:
    """"50 % of cases are caused by A, 30 % by B and 20 % by C": each a share, of its cause."""
    got = _read("Around 50% of cases are caused by injuries, 30% by surgery and 20% by marsh "
                "pox.")
    assert [(s, k, v) for s, k, v, *_ in got] == [
        ("injuries", "share", 0.5), ("surgery", "share", 0.3), ("marsh pox", "share", 0.2)]


def test_a_percent_by_a_date_is_no_share() -> None:
    """Without cases "caused by" before, "30 % by the first week" is no cause's share."""
    got = _read("About 60% of people recover, 30% by the first week.")
    assert "share" not in [k for _, k, *_ in got]


@pytest.mark.parametrize(("sentence", "subtype", "low"), [
    ("Between 10 and 15% of people are diagnosed with primary progressive grebble fever, "
     "where disability grows.", "primary progressive grebble fever", 0.1),
    ("5% are severe grebble fever.", "severe grebble fever", 0.05),
])
def test_a_form_named_before_the_topic_is_a_share(sentence: str, subtype: str,
                                                  low: float) -> None:
    got = _read(sentence)
    assert [(s, k, v) for s, k, v, *_ in got] == [(subtype, "share", low)]


def test_being_diagnosed_with_the_topic_itself_is_no_form() -> None:
    got = _read("About 20% of people are diagnosed with grebble fever.")
    assert "share" not in [k for _, k, *_ in got]


def test_in_a_share_of_cases_of_the_illness_a_sign_occurs() -> None:
    """"In 50-60 % of cases of the illness, X occurs": how often X occurs, as without "of the
    illness"."""
    got = _read("In 50-60% of cases of grebble fever, joint swelling occurs.")
    assert [(s, k, v) for s, k, v, *_ in got] == [("joint swelling", "frequency", 0.5)]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Signs usually show within a day or two.", "days"),
    ("The rash fades after a week or two.", "weeks"),
])
def test_a_unit_or_two_is_one_to_two(sentence: str, unit: str) -> None:
    got = find_figures(sentence, TOPIC)
    assert [(f.measure.kind, f.measure.low, f.measure.high, f.measure.unit) for f in got] == [
        ("duration", 1.0, 2.0, unit)]


def test_a_fraction_then_who() -> None:
    """"Almost half who have had it get it again": no "of" between the fraction and who."""
    got = _read("Almost half who have had it get it again.")
    assert [(k, v) for _, k, v, *_ in got] == [("relapse", 0.5)]


def test_a_second_verbs_period_is_no_horizon_of_the_figure() -> None:
    """"... in 10-30 % of cases and settles within a week": the week is how soon it settles."""
    got = find_figures("The swelling is on both sides in 10-30% of cases and settles within a "
                       "week.", TOPIC)
    assert [f.measure.horizon for f in got] == [None]
    kept = find_figures("About 10% die within a week.", TOPIC)
    assert [f.measure.horizon for f in kept] == ["P1W"]


def test_a_second_verb_names_no_kind_of_the_figure() -> None:
    """"... two-sided in 10-30 % of cases and resolves within a week": not a recovery rate."""
    got = find_figures("The swelling is on both sides in 10-30% of cases and resolves within 1 "
                       "week.", TOPIC)
    # (how often the swelling is two-sided: a share of cases no word names, a frequency)
    assert [(f.measure.kind, f.measure.horizon) for f in got] == [("frequency", None)]
    kept = find_figures("About 80% recover and return to work within 6 months.", TOPIC)
    assert [f.measure.kind for f in kept] == ["recovery"]


def test_rarely_before_or_after_is_the_usual_span() -> None:
    """"It rarely starts before 15 or after 60": it mostly starts between those ages (the two
    were once read as bounds the wrong way round)."""
    got = _read("It rarely starts before 15 or after 60.")
    assert [(k, lo, hi) for _, k, lo, hi, _ in got] == [("age", 15.0, 60.0)]


@pytest.mark.parametrize("sentence", [
    "Case-fatality rates of 20-30% have been reported despite treatment.",
    "Even with treatment, 10% die.",
])
def test_a_death_rate_despite_treatment_is_of_the_treated(sentence: str) -> None:
    got = _read(sentence)
    assert [(k, pop) for _, k, _, _, pop in got] == [("mortality", "treated")]


def test_it_accounting_for_a_share_is_the_topic() -> None:
    """"It accounts for 15 % of all cases of skin infection": the topic's share, not the
    share of a thing called "It"."""
    assert [(s, k) for s, k, *_ in _read("It accounts for roughly 15% of all cases of skin "
                                         "infection.")] == [(None, "share")]


def test_affected_more_often_with_a_ratio() -> None:
    got = find_figures("Women are affected slightly more often than men (ratio 1.3:1).", TOPIC)
    assert [(f.measure.kind, f.measure.value, f.measure.population) for f in got] == [
        ("relative_risk", 1.3, "women vs men")]
