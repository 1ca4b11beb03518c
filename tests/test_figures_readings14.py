"""Figures read in session 14: number shapes and phrase shapes the reader used to miss."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):  # type: ignore[no-untyped-def]
    """Return the only figure of a sentence about grebble fever."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


@pytest.mark.parametrize("sentence", [
    "About 40% of patients have symptoms for more than a year.",
    "About 40% of patients still have symptoms after a year.",
])
def test_a_year_said_as_a_length_is_no_yearly_rate(sentence: str) -> None:
    """'For more than a year' is how long, not 'a year' of a rate: no incidence."""
    assert _one(sentence).measure.kind != "incidence"


def test_a_year_after_a_rate_stays_a_yearly_rate() -> None:
    """'5 in 100,000 people get it a year' is still an incidence."""
    assert _one("About 5 in 100,000 people get it a year.").measure.kind == "incidence"


@pytest.mark.parametrize(("sentence", "bound"), [
    ("In more than 90% of cases the lungs are involved.", Bound.LOWER),
    ("In fewer than 10% of cases, the rash spreads to the face.", Bound.UPPER),
])
def test_a_bounded_share_of_cases_opening_the_clause_is_the_clauses_thing(
        sentence: str, bound: Bound) -> None:
    """'In more than 90 % of cases the lungs ...': how often the clause's thing comes."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.bound) == ("frequency", bound)
    assert fig.subject is not None


def test_a_lead_period_names_no_form_of_the_topic() -> None:
    """'Each year, grebble fever affects ...': 'year' is no adjective of the topic."""
    fig = _one("Each year, grebble fever affects 1 in 100,000 people.")
    assert (fig.measure.kind, fig.measure.population) == ("incidence", None)


def test_a_form_named_right_before_the_topic_stays_a_group() -> None:
    """'Mortality is 30 % in streptococcal grebble fever': still that form's."""
    fig = _one("Mortality is 30% in streptococcal grebble fever.")
    assert fig.measure.population == "streptococcal grebble fever"


@pytest.mark.parametrize(("sentence", "low", "high", "bound"), [
    ("The paralysis comes on over 1 to 2 days.", 1.0, 2.0, Bound.RANGE),
    ("Symptoms usually get worse over 2 to 3 days.", 2.0, 3.0, Bound.RANGE),
    ("The weakness develops over 48 hours.", 48.0, 48.0, Bound.APPROX),
])
def test_a_period_over_which_something_comes_on_is_a_duration(
        sentence: str, low: float, high: float, bound: Bound) -> None:
    """'Comes on over 1 to 2 days': how long the onset takes ('over' is no 'more than')."""
    fig = _one(sentence)
    n = fig.measure
    assert (n.kind, n.bound) == ("duration", bound)
    assert n.interval() == (low, high) or (n.low, n.high) == (low, high)


def test_over_before_a_count_stays_more_than() -> None:
    """'Over 50 people develop it each year': a count of at least 50, no period."""
    fig = _one("Over 50 people develop it each year.")
    assert (fig.measure.kind, fig.measure.bound) == ("count", Bound.LOWER)


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Grebble fever mostly affects adults between 20 and 40.", 20.0, 40.0),
    ("It is most common in children between 6 months and 5 years.", 0.5, 5.0),
    ("It usually affects children 6 months to 5 years old.", 0.5, 5.0),
])
def test_people_named_with_their_ages_give_an_age_range(sentence: str, low: float,
                                                        high: float) -> None:
    """'Adults between 20 and 40': an age range though no 'aged' is said."""
    ages = [f.measure for f in find_figures(sentence, TOPIC) if f.measure.kind == "age"]
    assert [(n.low, n.high, n.bound) for n in ages] == [(low, high, Bound.RANGE)]


@pytest.mark.parametrize("sentence", [
    "Children 2 to 3 times more likely to get it.",
    "Adults between 20 and 30% of cases.",
])
def test_people_before_other_numbers_give_no_age(sentence: str) -> None:
    """'Children 2 to 3 times ...', '... between 20 and 30 %': no age of the people."""
    assert all(f.measure.kind != "age" for f in find_figures(sentence, TOPIC))


@pytest.mark.parametrize(("sentence", "value", "who"), [
    ("It is more common in women, with a ratio of 2:1.", 2.0, "women vs men"),
    ("The female to male ratio is about 2 to 1.", 2.0, "women vs men"),
    ("Women outnumber men 3 to 1.", 3.0, "women vs men"),
])
def test_a_sex_ratio_said_in_words_is_a_relative_risk(sentence: str, value: float,
                                                      who: str) -> None:
    """'More common in women, with a ratio of 2:1': women twice as likely as men."""
    n = _one(sentence).measure
    assert (n.kind, n.value, n.population) == ("relative_risk", value, who)


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("Smoking doubles the risk of grebble fever.", 2.0, "Smoking"),
    ("Having diabetes may triple your risk.", 3.0, "diabetes"),
    ("Exercise halves the risk of grebble fever.", 0.5, "Exercise"),
    ("Smoking increases the risk of grebble fever threefold.", 3.0, "Smoking"),
    ("Smoking raises the risk 10 times.", 10.0, "Smoking"),
])
def test_a_risk_doubled_by_a_verb_is_a_relative_risk_of_the_thing(
        sentence: str, value: float, subject: str) -> None:
    """'Smoking doubles the risk': a relative risk of 2, about smoking, never compared."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == ("relative_risk", value, subject)
    assert fig.confidence < 0.5


def test_a_count_doubled_is_no_risk() -> None:
    """'The number of cases doubled': no relative risk."""
    assert find_figures("The number of cases doubled between 2000 and 2010.", TOPIC) == []


def test_times_written_as_a_sign() -> None:
    """'4x more likely' is four times as likely."""
    n = _one("Smokers are 4x more likely to get grebble fever.").measure
    assert (n.kind, n.value) == ("relative_risk", 4.0)


def test_cases_alone_once_the_country_is_the_setting_are_everyone() -> None:
    """'3 % of cases in Japan': the setting is Japan; 'cases' is no subgroup."""
    fig = _one("Recurrence occurs in about 3% of cases in Japan.")
    assert (fig.measure.kind, fig.measure.population, fig.setting) == ("relapse", None, "Japan")


def test_starting_to_improve_is_recovery() -> None:
    """'85 % start to improve within 3 weeks': a recovery within 3 weeks."""
    n = _one("About 85% of people start to improve within 3 weeks.").measure
    assert (n.kind, n.value, n.horizon) == ("recovery", 0.85, "P3W")


@pytest.mark.parametrize(("sentence", "kind", "value", "trusted"), [
    ("Most (about two-thirds) recover.", "recovery", 2 / 3, True),
    ("Death occurs in a third.", "mortality", 1 / 3, False),
])
def test_a_fraction_said_alone_is_read(sentence: str, kind: str, value: float,
                                       trusted: bool) -> None:
    """'Most (about two-thirds) recover', 'death occurs in a third.': fractions with no 'of'."""
    fig = _one(sentence)
    assert (fig.measure.kind, round(fig.measure.value or 0, 3)) == (kind, round(value, 3))
    assert (fig.confidence >= 0.5) is trusted


@pytest.mark.parametrize("sentence", ["They are given a third.", "The rash covers 1/3."])
def test_a_fraction_alone_not_of_cases_is_no_figure(sentence: str) -> None:
    """'They are given a third.': no share of people."""
    assert find_figures(sentence, TOPIC) == []


@pytest.mark.parametrize("sentence", [
    "The first symptoms of grebble fever tend to begin 3 to 30 days after exposure.",
    "Later symptoms can appear 3 to 10 weeks after the bite.",
    "Signs and symptoms may start within a month after a scratch.",
    "It usually appears 2 weeks after the infection.",
])
def test_a_period_until_the_topic_shows_is_its_onset(sentence: str) -> None:
    """'Symptoms appear 3 to 30 days after a bite': the time to the topic's onset, no length."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "duration"]
    assert (fig.subject, fig.as_written) == ("grebble fever onset", True)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The rash appears 3 to 30 days after the bite.", "rash onset"),
    ("Symptoms usually last 2 to 3 weeks.", None),
    ("Symptoms start 2 to 4 days before the rash appears.", None),
])
def test_a_period_of_a_thing_or_a_length_is_no_onset(sentence: str,
                                                     subject: str | None) -> None:
    """A thing's own onset is named the thing's onset (session 42; "rash" alone reads as
    how long the rash lasts); a length or a time before an event is no onset."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "duration"]
    assert fig.subject == subject


def test_kinds_listed_after_a_colon_are_counted() -> None:
    """'Several different stages: early (...), middle (...) and late (...)': three stages."""
    (fig,) = find_figures("Grebble fever has several different stages: an early stage "
                          "(days), a middle stage (weeks), and a late stage (months).", TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == (
        "count", 3.0, "stages of grebble fever")
    assert fig.confidence < 0.5


def test_kinds_of_another_thing_listed_are_not_the_topics() -> None:
    """'Several types of cream: a, b and c': no count of the topic's kinds."""
    assert find_figures("Doctors use several types of cream: thick, thin and oily.", TOPIC) == []


@pytest.mark.parametrize("sentence", [
    "Death occurs in 5% of children and 20% of adults.",
    "The death rate is 5% in children and 20% in adults.",
    "The death rates in children and adults are 5% and 20%, respectively.",
])
def test_two_groups_side_by_side_each_take_their_figure(sentence: str) -> None:
    """'5 % of children and 20 % of adults': each figure its own group's, the same quantity."""
    got = {(f.measure.kind, f.measure.value, f.measure.population)
           for f in find_figures(sentence, TOPIC)}
    assert got == {("mortality", 0.05, "children"), ("mortality", 0.2, "adults")}


def test_one_verb_after_two_groups_is_both_figures_kind() -> None:
    """'10 % of women and 5 % of men die': both are deaths, the first one not compared."""
    figs = find_figures("About 10% of women and 5% of men die.", TOPIC)
    assert [(f.measure.kind, f.measure.population) for f in figs] == [
        ("mortality", "women"), ("mortality", "men")]
    assert figs[0].confidence < 0.5


def test_everyone_side_by_side_is_no_group() -> None:
    """'10 % of people and 20 % of cases': no subgroup named."""
    assert {f.measure.population for f in find_figures(
        "It affects 10% of people and 20% of cases.", TOPIC)} == {None}


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("Without treatment, there is a 25% risk of heart damage.", "frequency", "heart damage"),
    ("There is a 1 in 3 chance of it coming back.", "relapse", None),
    ("The risk of heart damage falls to 5% with treatment.", "frequency", "heart damage"),
    ("Treatment lowers the risk of heart damage to about 5%.", "frequency", "heart damage"),
])
def test_a_risk_of_a_thing_is_how_often_it_comes(sentence: str, kind: str,
                                                 subject: str | None) -> None:
    """'A 25 % risk of heart damage', 'the risk of X falls to 5 %': how often X comes."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject) == (kind, subject)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Smokers have a 30% higher risk of grebble fever.", 1.3),
    ("Exercise gives a 20% lower risk.", 0.8),
])
def test_a_share_higher_risk_is_a_relative_risk(sentence: str, value: float) -> None:
    """'A 30 % higher risk' is a relative risk of 1.3 (no share of people), never compared."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value) == ("relative_risk", value)
    assert fig.confidence < 0.5


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("Grebble fever is caused by four main species of bacteria.", 4.0,
     "bacteria species causing grebble fever"),
    ("At least 15 types of Quentella can cause it.", 15.0,
     "Quentella types causing grebble fever"),
])
def test_how_many_kinds_of_a_germ_cause_the_topic(sentence: str, value: float,
                                                  subject: str) -> None:
    """'Caused by four main species of bacteria': a count of the kinds that cause it."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == ("count", value, subject)


def test_kinds_of_a_germ_causing_nothing_named_are_not_counted() -> None:
    """'There are about 20 known species of Quentella': no count of what causes the topic."""
    assert find_figures("There are about 20 known species of Quentella.", TOPIC) == []


@pytest.mark.parametrize(("sentence", "kind", "value"), [
    ("About one in fourteen people die.", "mortality", 1 / 14),
    ("The rash lasts fourteen days.", "duration", 14.0),
    ("Symptoms can last eighteen months.", "duration", 18.0),
    ("One in two hundred people get it each year.", "incidence", 0.005),
    ("About two thousand people get it each year.", "count", 2000.0),
])
def test_teens_and_hundreds_written_as_words(sentence: str, kind: str, value: float) -> None:
    """'One in fourteen', 'eighteen months', 'one in two hundred' (not 'one in two')."""
    figs = find_figures(sentence, TOPIC)
    assert [(f.measure.kind, round(f.measure.point(), 6)) for f in figs] == [
        (kind, round(value, 6))]


@pytest.mark.parametrize(("sentence", "kind", "subject", "point"), [
    ("Onset: 3 to 30 days after the bite.", "duration", "grebble fever onset", 16.5),
    ("Duration: 2 to 4 weeks.", "duration", None, 3.0),
    ("Deaths: about 100 a year.", "count", "death", 100.0),
    ("Annual cases: 300 to 400.", "count", None, 350.0),
])
def test_a_figure_under_its_label(sentence: str, kind: str, subject: str | None,
                                  point: float) -> None:
    """'Deaths: about 100 a year', 'Duration: 2 to 4 weeks': the label says what is counted."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject, fig.measure.point()) == (kind, subject, point)


def test_a_year_under_a_cases_label_is_no_count() -> None:
    """'Cases: 2019' names a year, no count."""
    assert find_figures("Cases: 2019.", TOPIC) == []


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Grebble fever often causes hearing loss, affecting 1 in 10 patients.", "hearing loss"),
    ("A common complication is heart damage, seen in about 20% of patients.", "heart damage"),
    ("Heart damage is the main complication, developing in 25% of children.", "Heart damage"),
])
def test_a_participle_after_a_comma_counts_the_thing_before_it(sentence: str,
                                                               subject: str) -> None:
    """'... causes hearing loss, affecting 1 in 10 patients': how often hearing loss comes."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject) == ("frequency", subject)


@pytest.mark.parametrize("sentence", [
    "Grebble fever is rare, affecting about 1 in 250,000 people.",
    "It is a common illness, affecting 1 in 10 adults.",
])
def test_a_participle_after_the_topic_stays_the_topics(sentence: str) -> None:
    """'X is rare, affecting 1 in 250,000': how common the topic is, no other thing's."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject) == ("prevalence", None)


def test_reference_marks_are_read_past_and_spans_stay_as_written() -> None:
    """'About 20 %[3] of patients die': a mortality; the span is the '20%' of the line."""
    sentence = "About 20%[3] of patients die, and 30%[5][6] recover."
    figs = find_figures(sentence, TOPIC)
    assert [(f.measure.kind, sentence[f.start:f.end]) for f in figs] == [
        ("mortality", "20%"), ("recovery", "30%")]
