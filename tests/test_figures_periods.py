"""Periods: what a duration is the length of when the clause's start does not name it."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _period(sentence: str):
    found = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "duration"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("+++ Hot Phase ++ The hot phase lasts 5 to 9 days and is when most signs show.",
     "hot phase"),
    ("Once in a while, the fever can persist for two to five weeks.", "fever"),
    ("Most people get better, with the rash lasting 10 to 12 days.", "rash"),
    ("It usually takes 2-3 weeks for the sores to heal completely.", "sores"),
    ("Fever of 39C or more and lasts more than four days.", "Fever"),
    # (when they start, not how long they last: session 42 names the onset)
    ("The blisters appear 3 to 20 days after the bite.", "blisters onset"),
    ("Symptoms usually clear within 2 weeks.", None),
    ("A key sign is a raised temperature that lasts for 4 days or more.", "raised temperature"),
    ("Antiviral tablets may shorten it, but you must start them within 48-72 hours.",
     "start of Antiviral tablets"),
    ("Most relapses occur within 3 years of the first bout.", "recurrence"),
])
def test_a_period_is_of_the_thing_named_before_its_verb(sentence: str,
                                                         subject: str | None) -> None:
    """The thing right before 'lasts', 'takes ... for X to heal', a sign that opens the
    sentence, the medicine 'them' stands for, a relapse; symptoms are the topic's."""
    assert _period(sentence).subject == subject


def test_an_onset_verb_names_a_thing_only_before_an_event() -> None:
    """'Aching occurs 2 days before the blisters' times the aching; it is no horizon of the
    share said in the same clause."""
    fig = _period("In 60 percent of cases in adults, aching and/or tingling occurs two to "
                  "three days before the blisters appear.")
    assert (fig.subject, fig.measure.low, fig.measure.high) == ("aching", 2.0, 3.0)


@pytest.mark.parametrize(("sentence", "bound"), [
    ("Recovery is quicker if you start the tablets in the first 3 days of the illness.",
     Bound.UPPER),
    ("The tiredness can take as long as seven weeks to lift.", Bound.UPPER),
    ("The signs come in two waves over a six-week period.", Bound.EXACT),
])
def test_a_periods_bound(sentence: str, bound: Bound) -> None:
    """'in the first 3 days' and 'as long as 8 weeks' are at most; 'a six-week period' is one."""
    assert _period(sentence).measure.bound is bound


@pytest.mark.parametrize(("sentence", "population"), [
    ("Once in a while, in rare cases, the fever can persist for two to five weeks.",
     "rare cases"),
    ("In severe cases the rash lasts 6 weeks.", "severe cases"),
    ("In most cases the rash heals in 2 weeks.", None),
])
def test_a_period_of_some_cases_says_which(sentence: str, population: str | None) -> None:
    """'In rare / severe cases it lasts ...' is those cases' period; 'most cases' the usual."""
    assert _period(sentence).measure.population == population


def test_a_mean_in_brackets_is_of_the_same_thing() -> None:
    """'lasts 7 to 15 days (mean 12 days)': both are the hot phase's."""
    found = find_figures("The hot phase lasts 7 to 15 days (mean 12 days) and then fades.", TOPIC)
    assert [f.subject for f in found] == ["hot phase", "hot phase"]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Zentamol is the most useful treatment for it, and it must be given within two days "
     "of the first signs.", "start of Zentamol"),
    ("In most children the child'sfever lasts 4 to 6 days.", "fever"),
    ("However,itcan last for around 11 days.", None),
])
def test_what_it_stands_for_and_lost_spaces(sentence: str, subject: str | None) -> None:
    """'..., and it should be started within 72 hours': the medicine the sentence opens with;
    a page that lost a space ("child'sfever", "itcan") still names the thing, or nothing."""
    assert _period(sentence).subject == subject


@pytest.mark.parametrize(("sentence", "context", "subject"), [
    ("The rash marks the first phase: it lasts 5 to 8 days.", "", "rash"),
    ("However, it can last for around 3 weeks in smokers.",
     "The cough usually lasts for about a week.", "cough"),
    ("However,itcan last for around 11 days without treatment.",
     "Your child's cough will usually last for at least 5 days.", "cough"),
    ("It usually lasts 5 days.", "Grebble fever is a mild illness.", None),
])
def test_it_lasting_is_the_sign_named_before(sentence: str, context: str,
                                             subject: str | None) -> None:
    """'it lasts' is the sign opening the sentence or the thing that lasts in the sentence
    before; the topic itself stays the topic."""
    (fig,) = [f for f in find_figures(sentence, TOPIC, context) if f.measure.kind == "duration"]
    assert fig.subject == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    ("You are likelier to catch it if the mite stays attached to the skin for over 24 hours.",
     "mite attachment"),
    ("Catching it is unlikely while the mite has been attached for under 36 to 48 hours.",
     "mite attachment"),
    ("Most patients are hospitalised for about 10 days.", "hospitalisation"),
    ("Patients are admitted to hospital for 3 days.", "admission"),
    ("The patient was treated for 10 days.", None),
])
def test_a_state_held_for_a_period_is_named_by_its_noun(sentence: str,
                                                         subject: str | None) -> None:
    """'X is attached for 36 hours' is how long X's attachment lasts; people are not part of
    the name ('hospitalisation'); 'treated' has no noun made by its ending."""
    assert _period(sentence).subject == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Steroids are usually given for 1 to 2 years.", "Steroids"),
    # (bare "treatment" names its course: the word alone is no thing a page's claims keep)
    ("Most people need treatment for 12 to 24 months.", "treatment course"),
    ("You may need to take antibiotics for 6 months.", "antibiotics"),
    ("In most people it goes away within 2 years.", None),
])
def test_a_medicine_kept_up_for_a_period(sentence: str, subject: str | None) -> None:
    """'X is given for', 'need X for' time the course of X; 'you' and a lead phrase before
    'it' name nothing ('take them for 6 months' times no thing named: no period, see
    test_wordings19)."""
    assert _period(sentence).subject == subject


@pytest.mark.parametrize(("sentence", "subject", "unit"), [
    ("Symptoms show within 24-48 hrs.", None, "hours"),
    ("The rash lasts 1-2 wks.", "rash", "weeks"),
    ("Patients usually die within 2-3 days if untreated.", "death", "days"),
    ("Surgery within 6 hours of admission improves survival.", "Surgery", "hours"),
    ("Early surgery within 24 hours is vital.", "Early surgery", "hours"),
    ("Diagnosing grebble fever within the first 10 days is vital.", "diagnosis", "days"),
])
def test_short_units_deaths_and_acts_timed(sentence: str, subject: str | None, unit: str) -> None:
    """'hrs' and 'wks' are hours and weeks; 'die within' times death; '<act> within N ...
    improves / is' times the act (a gerund is left to the event it names)."""
    fig = _period(sentence)
    assert (fig.subject, fig.measure.unit) == (subject, unit)


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("The spots of grebble fever show up 3 days to 2 weeks after the bite.", 3, 14, "days"),
    ("Healing of the spots takes 2 weeks to 6 months.", 2, 26.089, "weeks"),
    ("The blotches fade over 12 hours to 2 days.", 12, 48, "hours"),
])
def test_a_range_whose_ends_have_their_own_units(sentence: str, low: float, high: float,
                                                 unit: str) -> None:
    """'3 days to 2 weeks' is one range in days, not a period of 2 weeks."""
    m = _period(sentence).measure
    assert (m.low, m.high, m.unit, m.bound) == (low, pytest.approx(high), unit, Bound.RANGE)
