"""Figures read in session 26: common health-page wordings of death rates, how common an
illness is, shares of cases, how often a sign comes, relapses, ages and who a figure is of,
each in our own words about a made-up illness ("zorb syndrome", caused by "zorbacillus").

``READ_NOW`` holds the wordings that were read wrong before this session (each case says
what was read then); ``KEPT`` holds wordings of the same kinds that were already read
right, kept so that the fixes do not undo them.  Each case is the figure a careful reader
records: kind, value (the midpoint of a range, to four figures), bound, population and
subject (lower case; None for the topic itself).
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("zorb syndrome",)

Reading = tuple[str, float, str, str | None, str | None]


def _read(sentence: str, context: str = "") -> list[Reading]:
    """Return each figure of a sentence about zorb syndrome as (kind, value, bound,
    population, subject)."""
    return [(f.measure.kind, float(f"{f.measure.point():.4g}"), f.measure.bound.value,
             f.measure.population, f.subject.lower() if f.subject else None)
            for f in find_figures(sentence, TOPIC, context)]


READ_NOW: list[tuple[str, list[Reading]]] = [
    # "killing" is a death word too (was: how many have it).
    ("The condition is life-threatening, killing around 1 in 3 of those affected.",
     [("mortality", 0.3333, "approx", None, None)]),
    # "the condition" is the topic, not a thing of its own (was: how often "condition" comes).
    ("The condition is rare, affecting about 1 in 100,000 people.",
     [("prevalence", 1e-05, "approx", None, None)]),
    # No "and" is a thing (was: how often "and" comes).
    ("Zorb syndrome is uncommon, and affects about 1 in 10,000 people.",
     [("prevalence", 0.0001, "approx", None, None)]),
    # A list under a label, each figure's group in brackets (was: the second unknown, and
    # neither had a group).
    ("Deaths: about 30% (zorbacillus type), about 5% (other types).",
     [("mortality", 0.3, "approx", "zorbacillus type", None),
      ("mortality", 0.05, "approx", "other types", None)]),
    ("Mortality: ~30% (zorbacillus type), ~5% (other types).",
     [("mortality", 0.3, "approx", "zorbacillus type", None),
      ("mortality", 0.05, "approx", "other types", None)]),
    # Cases that happen in a group named by a clause (was: how often, no subject).
    ("About half of cases happen in women who are pregnant.",
     [("share", 0.5, "approx", None, "women who are pregnant")]),
    # "surviving", "recovering fully", "a repeat infection": outcomes (were: how often a
    # thing of that name comes).
    ("The chance of surviving is about 70%.", [("survival", 0.7, "approx", None, None)]),
    ("The likelihood of recovering fully is about 60%.",
     [("recovery", 0.6, "approx", None, None)]),
    ("A repeat infection happens in up to 30% of those who do not get treatment.",
     [("relapse", 0.3, "upper", "untreated", None)]),
    # "responsible for" after a comma (was: how often, no subject).
    ("Zorbacillus is the most common cause, responsible for 70% of cases.",
     [("share", 0.7, "exact", None, "zorbacillus")]),
    # "where it affects": no thing named "where it" (was: how often "where it" comes).
    ("Zorb syndrome is more common in northern Europe, where it affects up to 60 per "
     "100,000 people.", [("prevalence", 0.0006, "upper", None, None)]),
    # An onset field's range is an age (was: nothing read).
    ("Usual onset20–40 years", [("age", 30.0, "range", None, None)]),
    ("Onset: usually 20 to 40 years", [("age", 30.0, "range", None, None)]),
    # Born with it: how many have it (was: unknown).
    ("About 3 in 1,000 babies are born with zorb syndrome.",
     [("prevalence", 0.003, "approx", "babies", None)]),
    # Signs listed after "include", each with its share after a comma (were: how many have
    # the illness).
    ("Common symptoms include fever, in about 90% of people, and a rash, in about 80%.",
     [("frequency", 0.9, "approx", None, "fever"), ("frequency", 0.8, "approx", None, "rash")]),
    # "the most common": how common, said as a rank (was: how often, no subject).
    ("Zorbacillus is the most common, found in 60% of cases.",
     [("share", 0.6, "exact", None, "zorbacillus")]),
    ("Kidney failure is the most common, seen in about 30% of people.",
     [("frequency", 0.3, "approx", None, "kidney failure")]),
    # Symptoms that last are a thing of their own (was: how many have the illness).
    ("Around 10% have symptoms for longer.",
     [("frequency", 0.1, "approx", None, "persistent symptoms")]),
    ("The CFR is around 10%.", [("mortality", 0.1, "approx", None, None)]),
    # The early deaths' share of all deaths (was: a death rate).
    ("About 70% of deaths occur within 48 hours.",
     [("share", 0.7, "approx", "deaths", "death within 48 hours")]),
    # The cause unsaid (were: how often "cause" comes; a cause named "not known").
    ("In around 1 in 5 cases the cause is unknown.",
     [("share", 0.2, "approx", None, "unknown cause")]),
    ("In about 30% of cases, the cause is not known.",
     [("share", 0.3, "approx", None, "unknown cause")]),
    ("Zorb syndrome is progressive in around 20% of cases.",
     [("frequency", 0.2, "approx", None, "progressive course")]),
    # Who a figure is of.
    ("In people with weak immune systems the death rate rises to 50%.",
     [("mortality", 0.5, "exact", "people with weak immune systems", None)]),
    ("Around 90% of people survive zorb syndrome.", [("survival", 0.9, "approx", None, None)]),
    ("The death rate in people who do not receive surgery approaches 100%.",
     [("mortality", 1.0, "approx", "without surgery", None)]),
    ("The lifetime risk is about 2% for women and 1% for men.",
     [("frequency", 0.02, "approx", "women over a lifetime", None),
      ("frequency", 0.01, "exact", "men over a lifetime", None)]),
    ("People of Nordic descent are 3 times more likely to have zorb syndrome.",
     [("relative_risk", 3.0, "exact", "people of nordic descent", None)]),
    ("The rate of death is much higher in babies, at around 40%.",
     [("mortality", 0.4, "approx", "babies", None)]),
    ("Zorb syndrome leads to death in up to 70% of those affected when it is not treated.",
     [("mortality", 0.7, "upper", "untreated", None)]),
    ("About 20% of cases occur after surgery.", [("share", 0.2, "approx", None, "surgery")]),
    # What a figure is of.
    ("About 1 in 3 people with zorb syndrome need to be treated in hospital.",
     [("frequency", 0.3333, "approx", None, "hospitalization")]),
    ("About half of patients need to be treated in intensive care.",
     [("frequency", 0.5, "approx", None, "intensive care admission")]),
    ("In 70% of cases, the first sign is a rash.", [("frequency", 0.7, "exact", None, "rash")]),
    ("Fever is absent in up to 40% of patients.",
     [("frequency", 0.4, "upper", None, "no fever")]),
    ("Studies report rates of 10% to 50%.", [("unknown", 0.3, "range", None, None)]),
    # "Spontaneous" is how the remission comes, no group of the other clause's figure (was:
    # "without treatment", and a course named "chronic while the disease").
    ("Spontaneous remission occurs in nearly two thirds of patients, while the disease "
     "becomes chronic in up to 30%.",
     [("recovery", 0.6667, "approx", "without treatment", None),
      ("frequency", 0.3, "upper", None, "chronic course")]),
    ("It gets better on its own in 60% of people, and 30% need treatment.",
     [("recovery", 0.6, "exact", "without treatment", None),
      ("frequency", 0.3, "exact", None, "treatment")]),
    # The second group after "than" (was: none).
    ("The incidence is higher in women (12 per 100,000) than men (8 per 100,000).",
     [("incidence", 0.00012, "exact", "women", None), ("incidence", 8e-05, "exact", "men", None)]),
    # A condition opening the sentence (was: no group).
    ("When shock develops, mortality rises to 50%.",
     [("mortality", 0.5, "exact", "when shock develops", None)]),
    ("If the germ spreads to the blood, the risk of death is about 30%.",
     [("mortality", 0.3, "approx", "if the germ spreads to the blood", None)]),
    ("Delays in surgery raise the death rate to 70%.",
     [("mortality", 0.7, "exact", "delayed surgery", None)]),
    # An age that says who takes no kind word (was: how many have it).
    ("People over 60 have a death rate of 40%.",
     [("age", 60.0, "lower", None, None), ("mortality", 0.4, "exact", "people over 60", None)]),
    # "with <topic>" cut from a group that is more than everyone with it (was: no group).
    ("About 1 in 4 people admitted to hospital with zorb syndrome die.",
     [("mortality", 0.25, "approx", "people admitted to hospital", None)]),
    ("Pregnant women have a higher risk of death, about 10%.",
     [("mortality", 0.1, "approx", "pregnant women", None)]),
    # "no clear cause": no verb "clear" (was: a recovery).
    ("About 20% of cases have no clear cause.", [("share", 0.2, "approx", None, "unknown cause")]),
    ("Non-blistering cases now make up more than half of all cases.",
     [("share", 0.5, "lower", None, "non-blistering zorb syndrome")]),
    # A form named by its adjective or number (were: how often, no subject; unknown).
    ("About 70% of cases are polymicrobial.",
     [("share", 0.7, "approx", None, "polymicrobial zorb syndrome")]),
    ("Most cases (70-80%) are type 1.", [("share", 0.75, "range", None, "type 1")]),
    ("About 1 in 5 cases affect children.", [("share", 0.2, "approx", None, "children")]),
    ("The rash clears in 80% of people within a week.",
     [("recovery", 0.8, "exact", None, "rash")]),
    # Labels run together, each its own figure's (were: the next label's kind).
    ("Amputation rate: 15% Recurrence rate: 10%",
     [("frequency", 0.15, "exact", None, "amputation"), ("relapse", 0.1, "exact", None, None)]),
    ("Deaths: 20% Recovery: 70%",
     [("mortality", 0.2, "exact", None, None), ("recovery", 0.7, "exact", None, None)]),
    ("- Need for intensive care: about 50%",
     [("frequency", 0.5, "approx", None, "intensive care")]),
    # A hedge ("it's thought to") is no thing, "at any one time" says when, not who (were:
    # how often "It's thought to" comes, among "people at any one time").
    ("It's thought to affect about 1 in 5,000 people at any one time.",
     [("prevalence", 0.0002, "approx", None, None)]),
    # "better in children" compares, it says no recovery (was: a recovery, no group).
    ("The odds of surviving are better in children, at 95%.",
     [("survival", 0.95, "exact", "children", None)]),
    # Decades listed (was: the first one only).
    ("It is most common in people in their 20s, 30s and 40s.",
     [("age", 34.5, "range", None, None)]),
    ("Roughly one in five people who develop zorb syndrome end up in intensive care.",
     [("frequency", 0.2, "approx", None, "intensive care admission")]),
    ("About one in ten people need a ventilator to help them breathe.",
     [("frequency", 0.1, "approx", None, "ventilator")]),
    # The group a clause says is likelier to die (was: none).
    ("Older people are more likely to die, with a death rate of 40%.",
     [("mortality", 0.4, "exact", "older people", None)]),
    ("Babies are much more likely to die, with up to 25% dying.",
     [("mortality", 0.25, "upper", "babies", None)]),
    # "twice those in men": a ratio to another group's rate (was: nothing read).
    ("Rates in women are about twice those in men.",
     [("relative_risk", 2.0, "approx", "women vs men", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), READ_NOW)
def test_wordings_read_wrong_before_now_read_right(sentence: str,
                                                   expected: list[Reading]) -> None:
    """Each wording is read as the figure it states."""
    assert _read(sentence) == expected


def test_bare_rates_take_the_outcome_the_sentence_before_names() -> None:
    """"The death rate varies widely. Studies report rates of 10 % to 50 %": death rates."""
    assert _read("Studies report rates of 10% to 50%.", "The death rate varies widely.") == [
        ("mortality", 0.3, "range", None, None)]


@pytest.mark.parametrize(("sentence", "setting"), [
    ("Zorb syndrome is uncommon, and affects about 1 in 10,000 people in the UK.", "UK"),
    ("Zorb syndrome is more common in northern Europe, where it affects up to 60 per "
     "100,000 people.", "northern Europe"),
])
def test_the_place_a_rate_is_of_is_kept(sentence: str, setting: str) -> None:
    """A region written with a small first letter is a setting too."""
    (fig,) = find_figures(sentence, TOPIC)
    assert fig.setting == setting


KEPT: list[tuple[str, list[Reading]]] = [
    ("The case-fatality rate of zorb syndrome is about 20%.",
     [("mortality", 0.2, "approx", None, None)]),
    ("If you have zorb syndrome, your risk of death is about 5%.",
     [("mortality", 0.05, "approx", None, None)]),
    ("About 25% of cases are fatal.", [("mortality", 0.25, "approx", None, None)]),
    ("Zorb syndrome kills about 1 in 4 people who get it.",
     [("mortality", 0.25, "approx", None, None)]),
    ("Zorb syndrome is fatal in up to a third of cases.",
     [("mortality", 0.3333, "upper", None, None)]),
    ("The risk of dying from zorb syndrome is about 10%.",
     [("mortality", 0.1, "approx", None, None)]),
    ("Roughly 10% of patients do not survive.", [("mortality", 0.1, "approx", None, None)]),
    ("In older adults, the mortality rate can reach 40%.",
     [("mortality", 0.4, "upper", "older adults", None)]),
    ("The death rate is about 15% in adults and 5% in children.",
     [("mortality", 0.15, "approx", "adults", None),
      ("mortality", 0.05, "exact", "children", None)]),
    ("The five-year survival rate is about 80%.", [("survival", 0.8, "approx", None, None)]),
    ("Zorb syndrome affects about 4 in every 100,000 people each year.",
     [("incidence", 4e-05, "approx", None, None)]),
    ("An estimated 1 in 2,500 people has zorb syndrome.",
     [("prevalence", 0.0004, "approx", None, None)]),
    ("Most cases (about 70%) are caused by zorbacillus.",
     [("share", 0.7, "approx", None, "zorbacillus")]),
    ("Zorbacillus accounts for 60% of cases.", [("share", 0.6, "exact", None, "zorbacillus")]),
    ("Around 40% of cases occur in children.", [("share", 0.4, "approx", None, "children")]),
    ("A rash is seen in 80% of patients.", [("frequency", 0.8, "exact", None, "rash")]),
    ("Amputation is needed in 20% of cases.", [("frequency", 0.2, "exact", None, "amputation")]),
    ("About 50% of patients need intensive care.",
     [("frequency", 0.5, "approx", None, "intensive care")]),
    ("The lungs are affected in more than 90% of people with zorb syndrome.",
     [("frequency", 0.9, "lower", None, "lungs involvement")]),
    ("Zorb syndrome becomes chronic in 10% to 30% of people.",
     [("frequency", 0.2, "range", None, "chronic course")]),
    ("Zorb syndrome comes back in about 10% of people.", [("relapse", 0.1, "approx", None, None)]),
    ("The recurrence rate is around 15%.", [("relapse", 0.15, "approx", None, None)]),
    ("Zorb syndrome goes into remission in 60% to 70% of people.",
     [("recovery", 0.65, "range", None, None)]),
    ("About two thirds of people recover without treatment.",
     [("recovery", 0.6667, "approx", "without treatment", None)]),
    ("Zorb syndrome usually starts between the ages of 20 and 40.",
     [("age", 30.0, "range", None, None)]),
    ("Zorb syndrome most often affects people in their 40s.",
     [("age", 44.5, "range", None, None)]),
    ("Men are twice as likely as women to get zorb syndrome.",
     [("relative_risk", 2.0, "exact", "men vs women", None)]),
    ("In about 60% of cases, the cause is zorbacillus.",
     [("share", 0.6, "approx", None, "zorbacillus")]),
    ("About 25% of cases are fatal.", [("mortality", 0.25, "approx", None, None)]),
    ("About 80% of cases are mild.", [("share", 0.8, "approx", None, "mild zorb syndrome")]),
    ("Without treatment, it kills 1 in 3.",
     [("mortality", 0.3333, "exact", "without treatment", None)]),
    ("For those over 65, mortality is 30%.",
     [("age", 65.0, "lower", None, None), ("mortality", 0.3, "exact", "those over 65", None)]),
    ("By 6 months, 80% of patients are better.", [("recovery", 0.8, "exact", None, None)]),
    ("Death occurs in 5% of children and 20% of adults.",
     [("mortality", 0.05, "exact", "children", None),
      ("mortality", 0.2, "exact", "adults", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), KEPT)
def test_wordings_read_right_before_stay_right(sentence: str, expected: list[Reading]) -> None:
    """Each wording is still read as the figure it states."""
    assert _read(sentence) == expected
