"""Figures read in session 22: a number about something other than the illness itself (a
form, a return of strength, a sign no one notices), named as that thing.

Every sentence is ours, about a made-up illness ("quentella").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import Figure, find_figures
from claimgraph.ingest.regained import returned

TOPIC = ("quentella",)


def _only(sentence: str) -> Figure:
    """Return the only figure read in a sentence about quentella."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


def _read(sentence: str) -> tuple[str | None, str, float | None, str]:
    """Return the only figure's subject, kind, value and bound."""
    fig = _only(sentence)
    m = fig.measure
    return fig.subject, m.kind, m.value, m.bound.value


@pytest.mark.parametrize(("sentence", "read"), [
    ("Roughly 70 % of cases are the dry form.", ("dry quentella", "share", 0.7, "approx")),
    ("About 1 in 10 cases is the wet type.", ("wet quentella", "share", 0.1, "approx")),
    ("Around 60% of cases are of the chronic type.",
     ("chronic quentella", "share", 0.6, "approx")),
])
def test_cases_that_are_one_form_are_its_share(sentence: str,
                                               read: tuple[str, str, float, str]) -> None:
    """"70 % of cases are the dry form": that form's share of all cases, not how often the
    illness happens."""
    assert _read(sentence) == read


@pytest.mark.parametrize("sentence", [
    "About 15% of cases are caught abroad.",
    "Some 15% of cases happen when patients were travelling abroad.",
    "Around 15% of cases were acquired overseas.",
])
def test_cases_caught_abroad_are_a_share(sentence: str) -> None:
    """"15 % of cases are caught abroad": the share of cases caught in another country."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.measure.value, fig.as_written) == \
        ("quentella acquired abroad", "share", 0.15, True)


@pytest.mark.parametrize(("sentence", "subject", "value", "bound"), [
    ("Most people regain full strength within 2 months.", "return of full strength", 2.0,
     "upper"),
    ("Most people get their strength back within 6 weeks.", "return of strength", 6.0,
     "upper"),
    ("Expect up to 8 weeks before their energy feels normal again.",
     "return of normal energy", 8.0, "upper"),
    ("Energy can take as long as 8 weeks to return to normal.", "return of normal energy",
     8.0, "upper"),
    ("Appetite usually returns within a week.", "return of appetite", 1.0, "upper"),
    ("Sleep patterns return to normal within a month.", "return of normal sleep patterns",
     1.0, "upper"),
    ("Taste often comes back within 2 weeks.", "return of taste", 2.0, "upper"),
    ("Hearing may take 3 months to come back.", "return of hearing", 3.0, "exact"),
    ("It can take 3 months for feeling to come back.", "return of feeling", 3.0, "exact"),
])
def test_time_until_a_strength_or_sense_comes_back(sentence: str, subject: str, value: float,
                                                   bound: str) -> None:
    """"Taste comes back within 2 weeks": the time to that return, not the illness's length
    nor a relapse of it."""
    assert _read(sentence) == (subject, "duration", value, bound)


@pytest.mark.parametrize("sentence", [
    "It often comes back within 2 years.",
    "Symptoms can return within a month.",
    "Quentella can come back within a year.",
])
def test_the_illness_coming_back_is_no_return_of_health(sentence: str) -> None:
    """"It comes back within 2 years": the illness again (a relapse), no return of health."""
    assert _only(sentence).subject in (None, "recurrence")


def test_returned_names_the_thing_that_comes_back() -> None:
    """The return reader names what comes back, without whose it is or its "levels"."""
    text = "Allow 8 weeks or so until a child's energy levels look normal."
    at = text.index("8 weeks")
    assert returned(text, 0, at, at + 7) == "return of normal energy"


@pytest.mark.parametrize(("sentence", "subject", "bound"), [
    ("Soreness can linger for 6 weeks after the spots clear.", "soreness", "exact"),
    ("The ache may linger for up to 3 months once the blisters have gone.", "ache", "upper"),
    ("Numbness can remain for up to 6 months.", "numbness", "upper"),
])
def test_a_sign_that_lingers_or_remains_is_what_lasts(sentence: str, subject: str,
                                                      bound: str) -> None:
    """"Soreness can linger for 6 weeks": the soreness's length, not the illness's."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind, fig.measure.bound.value) == \
        (subject, "duration", bound)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("New bumps keep appearing for 2 to 3 days.", "new bump formation"),
    ("New spots may appear for up to a week.", "new spot formation"),
    ("New blisters continue to form over 3 to 5 days.", "new blister formation"),
    ("Fresh patches can crop up for about 10 days.", "new patch formation"),
])
def test_new_ones_forming_for_a_while_is_their_formation(sentence: str, subject: str) -> None:
    """"New spots may appear for up to a week": how long new ones go on forming, not how
    long the illness lasts nor when the spots first show."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


def test_a_sign_that_comes_days_before_another_is_timed() -> None:
    """"The tingling may come 1 to 3 days before the spots": the tingling's lead time."""
    fig = _only("The tingling may come 1 to 3 days before the spots appear.")
    m = fig.measure
    assert (fig.subject, m.kind, m.low, m.high) == ("tingling", "duration", 1.0, 3.0)


def test_spots_appearing_after_a_bite_stay_an_onset_of_the_spots() -> None:
    """"The spots appear 3 to 30 days after the bite": the spots' onset (no new ones)."""
    assert _only("The spots appear 3 to 30 days after the bite.").subject == "spots onset"


@pytest.mark.parametrize(("sentence", "subject", "bound"), [
    ("About 1 in 5 people never notice the rash.", "unnoticed rash", "approx"),
    ("Up to a third of people never notice the spots.", "unnoticed spots", "upper"),
    ("In about 20% of cases, the rash goes unnoticed.", "unnoticed rash", "approx"),
    ("In 20% of cases the rash is not noticed.", "unnoticed rash", "exact"),
    ("The blotch is missed in a quarter of cases.", "unnoticed blotch", "exact"),
    ("Some 10 to 25% of the time, the ring around the bite goes unseen.", "unnoticed ring",
     "range"),
])
def test_a_sign_no_one_notices_is_its_own_share(sentence: str, subject: str,
                                                bound: str) -> None:
    """"1 in 5 never notice the rash": the share whose rash goes unseen, not of those with
    a rash."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.measure.bound.value) == \
        (subject, "frequency", bound)


@pytest.mark.parametrize("sentence", [
    "The illness is missed in 30% of cases.",
    "In 30% of cases quentella is missed at first.",
    "A third of people notice tiredness.",
])
def test_a_missed_illness_or_a_noticed_sign_is_no_unnoticed_sign(sentence: str) -> None:
    """The illness missed is a missed diagnosis; a sign people notice is how often it shows."""
    assert not (_only(sentence).subject or "").startswith("unnoticed")


@pytest.mark.parametrize(("sentence", "subject", "value", "bound"), [
    ("An age over 65 points to a slower recovery.", "slower recovery", 65.0, "lower"),
    ("Being over 60 is linked to a poorer outlook.", "poor prognosis", 60.0, "lower"),
    ("The outlook is worse for people older than 70.", "poor prognosis", 70.0, "lower"),
    ("People over 60 are less likely to recover fully.", "poor prognosis", 60.0, "lower"),
    ("Things that predict a bad outcome include an age above 60 years.", "poor prognosis",
     60.0, "lower"),
    ("Most get well, but those over 70 have a poorer prognosis.", "poor prognosis", 70.0,
     "lower"),
])
def test_an_age_that_marks_the_outlook_is_the_outlooks(sentence: str, subject: str,
                                                       value: float, bound: str) -> None:
    """"Being over 60 is linked to a poorer outlook": the age past which the outlook is poor,
    not the age the illness strikes at."""
    fig = _only(sentence)
    m = fig.measure
    assert (fig.subject, m.kind, m.value, m.bound.value) == (subject, "age", value, bound)


@pytest.mark.parametrize("sentence", [
    "It is most common in people over 60.",
    "People over 60 are more likely to get it.",
])
def test_an_age_the_illness_strikes_at_stays_the_illnesss(sentence: str) -> None:
    """"Most common in people over 60": an age of the illness itself, no outlook."""
    assert _only(sentence).subject is None


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    ("Catching measles before 18 months of age is a risk factor.", "measles in infancy", 1.5),
    ("Measles infection before age 1 year raises the risk.", "measles in infancy", 1.0),
    ("Risk factors include old age and having had measles before 18 months of age.",
     "measles in infancy", 1.5),
    ("Infection with a wobble virus before the age of 2 raises the risk.",
     "wobble virus in infancy", 2.0),
    ("Having mumps before age 10 is a risk factor.", "mumps", 10.0),
])
def test_an_age_an_earlier_illness_came_at_is_that_illnesss(sentence: str, subject: str,
                                                            value: float) -> None:
    """"Catching measles before 18 months of age": the age of that earlier event (in infancy
    when it is 2 or under), not the age quentella strikes at."""
    fig = _only(sentence)
    m = fig.measure
    assert (fig.subject, m.kind, m.value, m.bound.value) == (subject, "age", value, "upper")


@pytest.mark.parametrize("sentence", [
    "Having had the illness before the age of 1 raises the risk.",
    "Getting quentella before the age of 2 is rare.",
    "Most cases occur before the age of 5.",
    "It mostly affects children under 5.",
])
def test_the_illness_itself_before_an_age_stays_its_own(sentence: str) -> None:
    """"Getting quentella before the age of 2": the illness's own age, no earlier event."""
    assert _only(sentence).subject is None


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Treatment for quentella works better if started early (within 48 hours).",
     "start of treatment"),
    ("Zorbulin is more effective if it is started within 2 days.", "start of zorbulin"),
])
def test_care_that_works_better_started_early_is_timed_from_its_start(sentence: str,
                                                                      subject: str) -> None:
    """"Works better if started within 48 hours": the time to starting the care, not the
    illness's length."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind, fig.measure.bound.value) == \
        (subject, "duration", "upper")


def test_they_in_a_paragraph_of_its_own_is_the_remedy_of_the_line_before() -> None:
    """"He may prescribe antivirals." and then, alone, "They need to be given within 48
    hours": the antivirals' start (the line before, across paragraphs)."""
    (fig,) = find_figures("They need to be given within 48 hours.", TOPIC,
                          "He may also prescribe antivirals.")
    assert (fig.subject, fig.measure.value) == ("start of antivirals", 48.0)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Pain may precede the rash by 2 to 4 days.", "pain"),
    ("Two to four days before the spots appear there may be tingling or itching.", "tingling"),
    ("Three days before the rash, there is often a burning feeling.", "burning feeling"),
])
def test_what_comes_days_before_another_sign_is_timed(sentence: str, subject: str) -> None:
    """"Pain may precede the rash by 2 to 4 days": the pain's lead time, not quentella's."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize("sentence", [
    "In about 1 in 5 cases, no cause is found.",
    "The cause is unknown in about 30% of cases.",
    "About 40% of people have no known cause.",
])
def test_cases_with_no_cause_found_are_a_share_of_unknown_cause(sentence: str) -> None:
    """"In 1 in 5 cases no cause is found": the share of cases of unknown cause, kept as
    written (the phrase reader keeps nothing of "unknown cause")."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind, fig.as_written) == ("unknown cause", "share", True)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Most people are back at work within a month.", "return to work"),
    ("Children usually return to school after 2 weeks.", "return to school"),
    ("It can take 6 weeks to get back to work.", "return to work"),
])
def test_time_until_people_are_back_at_work_or_school(sentence: str, subject: str) -> None:
    """"Most are back at work within a month": the time to that return, not the illness's."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The cough may hang around for 3 weeks or more.", "cough"),
    ("The ache can drag on for 2 months.", "ache"),
    ("The redness spreads over 24 to 48 hours.", "redness"),
])
def test_a_sign_that_hangs_around_or_spreads_over_a_time_is_what_it_times(
        sentence: str, subject: str) -> None:
    """"The cough may hang around for 3 weeks": the cough's length; "the redness spreads
    over 2 days": how long the redness takes to spread."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Shock develops within 48 hours in most cases.", "shock onset"),
    ("The rash develops within 3 days.", "rash onset"),
    ("Organ failure can appear within 24 hours.", "organ failure onset"),
])
def test_a_harm_that_comes_on_within_a_time_is_timed(sentence: str, subject: str) -> None:
    """"Shock develops within 48 hours": the time to the shock, not the illness's length."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind, fig.measure.bound.value) == \
        (subject, "duration", "upper")


def test_words_before_a_relative_verb_are_no_thing_that_comes_on() -> None:
    """"weakness on one side of the face that develops within 72 hours": "one side of the
    face" does not develop; the period is left to the illness."""
    fig = _only("Weakness on one side of the face that develops quickly within 72 hours.")
    assert fig.subject is None


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Fever comes first and lasts about 5 days.", "fever"),
    ("The lumps usually appear on the shins and last 3 to 6 weeks.", "lumps"),
    ("The rash starts on the chest and then lasts 2 weeks.", "rash"),
])
def test_a_thing_said_to_show_and_then_last_is_what_lasts(sentence: str, subject: str) -> None:
    """"The lumps appear on the shins and last 3 to 6 weeks": the lumps' length (no "fever
    comes first and" as a name)."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Pain relief may be needed for several weeks, sometimes up to 3 months.", "pain relief"),
    ("The cough lasts a few weeks, occasionally as long as 3 months.", "cough"),
])
def test_a_longer_end_after_a_comma_is_of_the_same_thing(sentence: str, subject: str) -> None:
    """"needed for several weeks, sometimes up to 3 months": the 3 months are the pain
    relief's too, not the illness's."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.value, fig.measure.bound.value) == \
        (subject, 3.0, "upper")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("It can take 6 to 12 weeks for the skin to look normal again.", "return of normal skin"),
    ("It may take 3 months for the eyelid to feel normal.", "return of normal eyelid"),
])
def test_time_for_a_part_to_look_normal_again(sentence: str, subject: str) -> None:
    """"6 to 12 weeks for the skin to look normal again": the time until it does."""
    assert _only(sentence).subject == subject


@pytest.mark.parametrize(("sentence", "subject", "value", "bound"), [
    ("Eye problems usually begin after age 50.", "Eye problems", 50.0, "lower"),
    ("Skin lumps are more common in women over 40.", "Skin lumps", 40.0, "lower"),
    ("The lung form mostly affects people in their 30s.", "lung quentella", None, "range"),
    ("Most deaths are in people over 65.", "death", 65.0, "lower"),
    ("The death rate is highest in people over 70.", "death", 70.0, "lower"),
    ("The chance of a full recovery falls after the age of 60.", "poor prognosis", 60.0,
     "lower"),
])
def test_an_age_of_a_sign_a_form_or_of_those_who_die(sentence: str, subject: str,
                                                     value: float | None, bound: str) -> None:
    """"Eye problems begin after age 50", "most deaths are in people over 65": the age is
    that sign's, form's or of those who die, and stays an age (no death rate of 65)."""
    fig = _only(sentence)
    m = fig.measure
    assert (fig.subject, m.kind, m.value, m.bound.value) == (subject, "age", value, bound)


@pytest.mark.parametrize("sentence", [
    "Women are more likely to get it after the age of 50.",
    "It is more common in people over 60.",
    "Symptoms usually start between the ages of 20 and 40.",
])
def test_people_or_the_illness_before_an_age_are_no_thing_of_their_own(sentence: str) -> None:
    """"Women are more likely to get it after the age of 50": the illness's age, women no thing."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (None, "age")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("About 5% of cases affect both sides.", "bilateral involvement"),
    ("About 70% of cases involve the legs.", "legs involvement"),
])
def test_cases_reaching_both_sides_are_bilateral(sentence: str, subject: str) -> None:
    """"5 % of cases affect both sides": bilateral involvement, not "sides involvement"."""
    assert _only(sentence).subject == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    ("About 100 children need surgery for it each year.", "surgery"),
    ("Each year about 300 people need an amputation.", "amputation"),
    ("About 50 people a year need intensive care.", "intensive care"),
])
def test_a_count_of_people_who_need_care_counts_that_care(sentence: str, subject: str) -> None:
    """"100 children need surgery each year": a count of surgeries, not of cases."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "count")


@pytest.mark.parametrize("sentence", [
    "About 300 people need treatment each year.",
    "About 2,000 people get quentella each year.",
])
def test_a_count_of_people_treated_or_ill_stays_the_illnesss(sentence: str) -> None:
    """"300 people need treatment each year": the cases (no care of its own named)."""
    assert _only(sentence).subject is None


@pytest.mark.parametrize(("sentence", "subject", "kind"), [
    ("Zorbulin is given 3 times a day for a week.", "Zorbulin", "count"),
    ("Zorbulin is given 3 times a day for a week.", "Zorbulin", "duration"),
    ("Put the drops in up to 6 times a day.", "drops", "count"),
])
def test_a_dose_of_a_medicine_named_before_its_verb(sentence: str, subject: str,
                                                    kind: str) -> None:
    """"Zorbulin is given 3 times a day for a week": the doses and the course are zorbulin's."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == kind]
    assert fig.subject == subject


@pytest.mark.parametrize(("sentence", "subject", "kind"), [
    ("About 30% of relapses occur on the same side.", "same-side recurrence", "share"),
    ("About 1 in 10 people have a second episode on the other side.",
     "opposite-side recurrence", "frequency"),
    ("The relapse rate is 4-14%, with 36% of them getting the weakness again on the same "
     "side of the face.", "same-side recurrence", "frequency"),
])
def test_a_return_on_one_side_is_its_own_figure(sentence: str, subject: str,
                                                kind: str) -> None:
    """"30 % of relapses occur on the same side": those relapses (a share of all relapses),
    not the relapse rate nor the sign that came back."""
    fig = find_figures(sentence, TOPIC)[-1]
    assert (fig.subject, fig.measure.kind) == (subject, kind)


@pytest.mark.parametrize("sentence", [
    "About 10 percent will have a recurrence, sometimes on the other side.",
    "The relapse rate is 4-14%, with most of them on the same side.",
    "The rash is on the same side in 90% of people.",
])
def test_a_relapse_rate_with_a_side_said_aside_stays_the_relapse_rate(sentence: str) -> None:
    """"10 % have a recurrence, sometimes on the other side": the relapse rate."""
    fig = find_figures(sentence, TOPIC)[0]
    assert fig.subject is None


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Scabs form within 7 to 10 days.", "Scabs onset"),
    ("The blisters crust over in 7 to 10 days.", "blisters"),
    ("The scabs fall off after about 2 weeks.", "scabs"),
    ("People are infectious for about 5 days after the rash appears.", "infectious period"),
    ("Children should stay off school for 5 days after the spots appear.", "time off school"),
    ("The germ can survive on surfaces for up to 2 days.", "germ survival"),
    ("Blood tests may be negative for the first 4 weeks.", "negative blood tests"),
])
def test_a_period_of_a_stage_of_the_spots_or_of_spread_is_its_own(sentence: str,
                                                                  subject: str) -> None:
    """"The scabs fall off after 2 weeks", "people are infectious for 5 days", "the germ can
    survive for 2 days": each period is that thing's, not how long quentella lasts."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "duration")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("People who lose a limb usually need 6 months of rehabilitation.", "rehabilitation"),
    ("After 2 weeks of antibiotics, most people are well.", "antibiotics"),
    ("The chronic form lasts more than 2 years.", "chronic quentella"),
    ("Mild cases clear up within a week.", "mild quentella"),
])
def test_a_period_of_care_or_of_a_form_is_that_care_or_forms(sentence: str,
                                                             subject: str) -> None:
    """"6 months of rehabilitation": the rehabilitation's length; "the chronic form lasts
    more than 2 years": that form's, named as a share of it is."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind) == (subject, "duration")


def test_a_yearly_rate_of_a_form_stays_a_rate() -> None:
    """"The lung form affects 2 in 10,000 people a year": that form's incidence, no share of
    cases."""
    fig = _only("The lung form affects about 2 in 10,000 people a year.")
    assert (fig.subject, fig.measure.kind, fig.measure.horizon) == \
        ("lung quentella", "incidence", "P12M")


@pytest.mark.parametrize(("sentence", "subject", "kind"), [
    ("Borlund syndrome, a rare complication, is estimated to affect 5 in 100,000 people each "
     "year.", "Borlund syndrome", "incidence"),
    ("Nerve pain, the most common complication, occurs in 10% of people.", "Nerve pain",
     "frequency"),
])
def test_a_thing_glossed_between_commas_is_what_a_rate_is_of(sentence: str, subject: str,
                                                             kind: str) -> None:
    """"Borlund syndrome, a rare complication, is estimated to affect 5 in 100,000": that
    complication's rate, not quentella's."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, kind)


def test_the_illness_glossed_between_commas_stays_the_illness() -> None:
    """"Quentella, a rare illness, affects 3 in 100,000": quentella's own rate."""
    assert _only("Quentella, a rare illness, affects about 3 in 100,000 people each year."
                 ).subject is None


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Around half of people get their sense of smell back.", "return of sense of smell"),
    ("About a third get their taste back.", "return of taste"),
    ("About 10% get back pain.", "back pain"),
])
def test_a_share_who_get_a_sense_back_is_of_its_return(sentence: str, subject: str) -> None:
    """"Half get their sense of smell back": how many see it return (no "smell back")."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.kind) == (subject, "frequency")


@pytest.mark.parametrize(("sentence", "subject", "bound"), [
    ("Treatment should start no later than 3 days after the rash appears.",
     "start of treatment", "upper"),
    ("Treatment usually starts within 2 days and lasts 2 weeks.", "start of treatment",
     "upper"),
    ("Surgery within 12 hours halves the death rate.", "surgery", "upper"),
])
def test_the_start_of_care_is_timed_from_its_start(sentence: str, subject: str,
                                                   bound: str) -> None:
    """"Treatment should start no later than 3 days after": the start of treatment, at most
    3 days (no course of treatment, no time to death)."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == "duration"][:1]
    assert ((fig.subject or "").lower(), fig.measure.bound.value) == (subject, bound)


def test_how_long_treatment_lasts_stays_its_course() -> None:
    """"Treatment lasts 1 to 2 years": the course of treatment."""
    assert _only("Treatment lasts 1 to 2 years.").subject == "treatment course"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Antibiotics are given as soon as possible, ideally within 1 hour.",
     "start of antibiotics"),
    ("Steroids are started within 3 days.", "start of steroids"),
])
def test_care_given_within_a_time_is_timed_from_its_start(sentence: str, subject: str) -> None:
    """"Antibiotics are given ..., ideally within 1 hour": the time to starting them."""
    fig = _only(sentence)
    assert (fig.subject, fig.measure.bound.value) == (subject, "upper")


def test_care_given_for_a_time_stays_its_course() -> None:
    """"Antibiotics are given for 7 days": how long they are kept up."""
    assert _only("Antibiotics are given for 7 days.").subject == "Antibiotics"


@pytest.mark.parametrize(("sentence", "subject"), [
    ("A day or two before the rash, there is often a burning feeling.", "burning feeling"),
    ("A week or two before the spots, there is tiredness.", "tiredness"),
])
def test_a_day_or_two_before_a_sign_opening_the_sentence(sentence: str, subject: str) -> None:
    """"A day or two before the rash, there is a burning feeling": 1 to 2 days, the
    burning's lead time (a period opening the sentence is read too)."""
    fig = _only(sentence)
    m = fig.measure
    assert (fig.subject, m.kind, m.low, m.high) == (subject, "duration", 1.0, 2.0)


@pytest.mark.parametrize(("sentence", "subject", "bound"), [
    ("The itching usually stops within 5 days.", "itching", "upper"),
    ("The numbness wears off after 2 hours.", "numbness", "exact"),
    ("Antiviral tablets work best if taken within 3 days of the rash appearing.",
     "start of antiviral tablets", "upper"),
])
def test_a_sign_that_stops_or_care_best_taken_early_is_timed(sentence: str, subject: str,
                                                             bound: str) -> None:
    """"The itching stops within 5 days": the itching's length; "tablets work best if taken
    within 3 days": the time to starting them."""
    fig = _only(sentence)
    assert ((fig.subject or "").lower(), fig.measure.kind, fig.measure.bound.value) == \
        (subject, "duration", bound)
