"""Figures about another thing than the topic: outcomes of things, rates brought down, counts."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str, kind: str):
    found = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == kind]
    assert len(found) == 1, find_figures(sentence, TOPIC)
    return found[0]


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("More than half of all bulges resolve within 2 years.", "recovery", "bulges"),
    ("Around 70% of the sores heal in a week.", "recovery", "sores"),
    ("About 80% of patients recover within a month.", "recovery", None),
    ("Half of those treated recover.", "recovery", None),
    ("90% of grebble fever cases resolve within weeks.", "recovery", None),
])
def test_an_outcome_of_things_is_theirs(sentence: str, kind: str, subject: str | None) -> None:
    """'half of all bulges resolve' is the bulges' recovery; people and cases are the topic's."""
    assert _one(sentence, kind).subject == subject


@pytest.mark.parametrize(("sentence", "population"), [
    ("Happily, a course of zentamol and rest reduces the incidence of joint bulges to less "
     "than 5%.", "treated with zentamol and rest"),
    ("Outcomes improved, with a decrease in the frequency of joint bulges to less than 3% "
     "following the introduction of zentamol therapy.", "treated with zentamol therapy"),
])
def test_a_rate_brought_down_is_of_its_thing_among_those_given_the_cure(sentence: str,
                                                                        population: str) -> None:
    """'X cuts the incidence of Y to under 5 %': how often Y comes among those given X."""
    fig = _one(sentence, "frequency")
    assert (fig.subject, fig.measure.population) == ("joint bulges", population)


def test_the_topics_own_rate_stays_the_topics() -> None:
    """'The incidence of <the topic> is 4 %' names no other thing."""
    assert _one("The incidence of grebble fever is 4%.", "incidence").subject is None


@pytest.mark.parametrize(("sentence", "setting"), [
    ("It affects approximately 3000 UK children annually.", "UK"),
    ("About 400 American adults die of it each year.", "US"),
])
def test_a_count_of_people_named_by_their_country(sentence: str, setting: str) -> None:
    """'3000 UK children a year' counts children in the UK, per year."""
    fig = _one(sentence, "count")
    assert (fig.setting, fig.measure.horizon) == (setting, "P12M")


def test_people_of_an_ancestry_are_a_group() -> None:
    """'children of Korean ancestry have an incidence of ...' is that group's rate."""
    fig = _one("A newer study showed that children of Korean ancestry have a much higher "
               "incidence of 143.1 to 164.8 per 100,000.", "incidence")
    assert fig.measure.population == "children of korean ancestry"


def test_a_share_is_of_the_whole_it_names() -> None:
    """'three quarters of all sudden rashes' is a share among sudden rashes, not among the
    people of an aside after it; a share of cases is everyone's."""
    fig = _one("Grebble fever accounts for almost three quarters of all sudden rashes, with "
               "the most cases in young adults.", "share")
    assert fig.measure.population == "sudden rashes"
    assert _one("Type 2 accounts for 85% of cases.", "share").measure.population is None


@pytest.mark.parametrize(("sentence", "kind", "population"), [
    ("Around 10% of adults over 65 die.", "mortality", "adults over 65"),
    ("Some guess that up to one in five people over 50 later get nerve pain afterwards.",
     "frequency", "people over 50"),
])
def test_people_of_an_age_are_a_group_and_keep_the_figures_word(sentence: str, kind: str,
                                                                 population: str) -> None:
    """'adults over 65' say who; their 65 does not take the 'die' from the 10 %."""
    fig = _one(sentence, kind)
    assert fig.measure.population == population


def test_a_comparison_group_is_the_later_figures() -> None:
    """'12 % of treated patients compared with 3 % in the control group': the group is the 3 %'s."""
    first, second = find_figures("Pain lasted in 12% of treated patients compared with 3% in "
                                 "the healthy control group.", TOPIC)
    assert (first.measure.population, second.measure.population) == (
        "treated patients", "healthy control group")


@pytest.mark.parametrize(("sentence", "value", "unit", "medicine"), [
    ("This is usually grebamycin; 40mg once a day for 7 days.", 40.0, "mg per dose",
     "grebamycin"),
    ("Take 500 mg of grebamycin twice a day.", 500.0, "mg per dose", "grebamycin"),
])
def test_a_dose_is_read_with_its_medicine(sentence: str, value: float, unit: str,
                                          medicine: str) -> None:
    """'40mg once a day' is 40 mg a dose of the medicine named; a weight with none is no dose."""
    fig = next(f for f in find_figures(sentence, TOPIC) if f.measure.unit == unit)
    assert (fig.measure.value, fig.subject) == (value, medicine)
    assert not [f for f in find_figures("The stone weighs 3 g.", TOPIC)
                if f.measure.unit.endswith("per dose")]


def test_a_period_of_life_is_an_age_not_a_horizon() -> None:
    """'in the first 6 months of life' says how old, not over how long."""
    (fig,) = [f for f in find_figures("Seldom seen during the first 4 months of life, it has 70% "
                                      "of its cases later on.", TOPIC)]
    assert fig.measure.horizon is None


@pytest.mark.parametrize(("sentence", "kind", "population"), [
    # (in whom it happens, over no period: how often, not an incidence)
    ("Around 12% of pregnant women get it.", "frequency", "pregnant women"),
    ("About 85% of survivors recover well.", "recovery", "survivors"),
    ("10% of hospitalised patients die.", "mortality", "hospitalised patients"),
    ("Mortality among drug users is 30%.", "mortality", "drug users"),
    ("Fewer than 10% of children relapse each week.", "relapse", None),
    ("Without treatment, 25% of children develop heart problems.", "frequency",
     "without treatment"),
])
def test_a_share_of_a_named_group(sentence: str, kind: str, population: str | None) -> None:
    """'12 % of pregnant women' is a share among them; '85 % of survivors recover' is recovery
    among survivors (not a survival); bare 'children' is often everyone a page is about."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.population) == (kind, population)


def test_more_countries_are_settings() -> None:
    """'in Sweden' is where the figure is from."""
    (fig,) = find_figures("It affects 3% of the population in Sweden.", TOPIC)
    assert fig.setting == "Sweden"


def test_a_figure_rising_in_a_group_is_the_same_quantity_there() -> None:
    """'80 % overall, falling to 40 % in those over 80': both survival, the group the 40 %'s."""
    first, second = [f for f in find_figures("Survival is 80% overall, falling to 40% in those "
                                             "over 80.", TOPIC) if f.measure.kind != "age"]
    assert (first.measure.kind, first.measure.population) == ("survival", None)
    assert (second.measure.kind, second.measure.population) == ("survival", "those over 80")


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Some 25% of infants with grebble fever who get no care since the doctor mistook it, "
     "say, go on to have kidney-related trouble.", "kidney trouble"),
    ("Around 1 in 4 children who don't receive treatment – because it was missed, for example – "
     "go on to develop heart problems.", "heart problems"),
])
def test_what_the_people_go_on_to_get_past_commas(sentence: str, subject: str) -> None:
    """'N % of <people, described at length>, go on to develop X' is how often X comes."""
    assert _one(sentence, "frequency").subject == subject


@pytest.mark.parametrize(("sentence", "kind", "subject", "bound"), [
    ("Surgery is needed in 70% of cases.", "frequency", "Surgery", "exact"),
    ("Amputation is required in up to 20% of patients.", "frequency", "Amputation", "upper"),
    ("Blood cultures are positive in about 60% of cases.", "frequency",
     "positive Blood cultures", "approx"),
    ("A chest X-ray is abnormal in 90% of patients.", "frequency", "abnormal chest X-ray",
     "exact"),
    ("Up to 50% of patients go into shock.", "frequency", "shock", "upper"),
    ("Roughly 90% of patients show lung changes on a chest X-ray.", "frequency", "lung changes",
     "approx"),
    ("Quentella vorlaxii is found in less than 20% of cases.", "frequency", "Quentella vorlaxii",
     "upper"),
    ("Marsh cases now account for less than half of all cases.", "share", "Marsh grebble fever",
     "upper"),
])
def test_what_is_needed_found_or_gone_into_is_the_figures_thing(
        sentence: str, kind: str, subject: str, bound: str) -> None:
    """'X is needed / positive in N %', 'N % go into X' and 'account for less than half'
    name what the figure counts, whatever bound word comes before the number."""
    fig = _one(sentence, kind)
    assert (fig.subject, fig.measure.bound.value) == (subject, bound)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The illness becomes chronic in 10-30% of people.", "chronic course"),
    ("Grebble fever turns chronic in 10-30% of patients.", "chronic course"),
    ("The rash becomes infected in about 5% of cases.", "infected rash"),
])
def test_what_a_thing_becomes_in_a_share(sentence: str, subject: str) -> None:
    """'X becomes chronic in N %' is how often X takes that form; the topic's own is its
    course, not 'chronic <topic>' (which names the topic itself)."""
    assert _one(sentence, "frequency").subject == subject


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("Most people recover, with 20% of patients developing lasting weakness.", "frequency",
     "lasting weakness"),
    ("Relapse is common, with 30% of patients needing further surgery.", "frequency",
     "further surgery"),
    ("Mortality is high, with 30% of patients dying.", "mortality", None),
    ("About 10% of people having surgery get infections.", "frequency", "infections"),
])
def test_a_figure_after_with_is_its_own_phrase(sentence: str, kind: str,
                                               subject: str | None) -> None:
    """'X, with N % of patients developing Y': the kind word before 'with' is the other
    clause's; Y is the figure's thing. 'People having surgery' elsewhere are who is counted."""
    fig = _one(sentence, kind)
    assert fig.subject == subject


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("Around one in three people with grebble fever won't develop this blotchy rash.",
     "frequency", "no blotchy rash"),
    ("About a third of people with grebble fever do not get the blotchy rash.",
     "frequency", "no blotchy rash"),
    ("About 10% of those with grebble fever go on to get these mouth spots.", "frequency",
     "mouth spots"),
    ("About 10% of people with grebble fever develop this condition.", "frequency", None),
])
def test_a_thing_named_again_after_this_is_what_follows(sentence: str, kind: str,
                                                        subject: str | None) -> None:
    """'won't develop this rash' names the rash (those with none); 'this condition' is the
    illness itself."""
    assert _one(sentence, kind).subject == subject


@pytest.mark.parametrize(("sentence", "subject"), [
    ("In 9 out of 10 cases, the blotches spread to the arms.", "blotches"),
    ("In about 30% of cases no trigger is identified.", "no trigger"),
    ("Up to 70% of cases involve the elbows.", "elbows involvement"),
    ("Roughly 10% of cases affect the chin.", "chin involvement"),
    ("About 30% of people carry the Quentella germ on their skin.", "Quentella germ"),
    ("Around 30% of patients report tiredness.", "tiredness"),
])
def test_what_a_share_of_cases_goes_on_to_have(sentence: str, subject: str) -> None:
    """A share of cases named by what the rest of its clause says they have or do."""
    assert _one(sentence, "frequency").subject == subject


def test_no_comma_after_the_cases_keeps_there_out() -> None:
    """'in 90 % of cases there is ...' names no thing: 'there' is no subject."""
    (fig,) = find_figures("In 90% of cases there is a blotchy rash.", TOPIC)
    assert fig.subject is None
