"""Figures read in session 15: who a figure counts when a relative clause names them."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):  # type: ignore[no-untyped-def]
    """Return the only figure of a sentence about grebble fever."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


@pytest.mark.parametrize(("sentence", "who"), [
    ("Mortality rises to 70% in those who develop shock.", "those with shock"),
    ("The death rate is 50% among people who need a ventilator.",
     "people who need a ventilator"),
])
def test_a_relative_clause_after_the_figure_names_its_group(sentence: str, who: str) -> None:
    """'70 % in those who develop shock' is that group's death rate, not everyone's."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.population) == ("mortality", who)


def test_the_sentences_own_verb_ends_the_group() -> None:
    """'... of people who are treated early make a full recovery': the group stops at 'make'."""
    fig = _one("About 60% of people who are treated early make a full recovery.")
    assert (fig.measure.kind, fig.measure.population) == ("recovery", "people treated early")


def test_a_group_that_is_the_subject_is_not_also_its_population() -> None:
    """'People with X make up 40 % of cases': the group is what the share is of."""
    fig = _one("People with diabetes make up about 40% of cases.")
    assert fig.subject is not None and "diabetes" in fig.subject.lower()
    assert fig.measure.population is None


@pytest.mark.parametrize("sentence", [
    "About 10% of people who get grebble fever will go on to develop nerve pain.",
    "About 10% of people with grebble fever will go on to develop nerve pain.",
])
def test_everyone_with_the_topic_is_no_subgroup(sentence: str) -> None:
    """'people who get <topic>' is everyone the figure could be about: no population."""
    fig = _one(sentence)
    assert fig.subject == "nerve pain"
    assert fig.measure.population is None


@pytest.mark.parametrize(("sentence", "bound"), [
    ("Death rates can reach 50% in severe cases.", "upper"),
    ("The death rate is lower than 5% with treatment.", "upper"),
    ("The risk of dying is higher than 50% once the blood is infected.", "lower"),
])
def test_a_ceiling_or_floor_said_in_words_bounds_the_figure(sentence: str, bound: str) -> None:
    """'can reach 50 %' is at most 50 %, 'higher than 50 %' more: neither is exactly 50 %."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.bound.value) == ("mortality", bound)


@pytest.mark.parametrize("sentence", [
    "Around 25% of people with grebble fever are admitted to intensive care.",
    "About 25% of patients are taken to the ICU.",
])
def test_being_admitted_to_intensive_care_is_what_the_share_counts(sentence: str) -> None:
    """A share of people admitted to intensive care is how often that happens, not unknown."""
    fig = _one(sentence)
    assert (fig.subject, fig.measure.kind) == ("intensive care admission", "frequency")


def test_a_confidence_interval_is_no_figure_of_its_own() -> None:
    """'18 % (95 % CI, 16 % to 19 %)': one death rate; the 95 % and the interval are none."""
    figs = find_figures("The overall death rate was 18% (95% CI, 16% to 19%) in the review.",
                        TOPIC)
    assert [(f.measure.kind, f.measure.value) for f in figs] == [("mortality", 0.18)]


def test_examples_after_such_as_are_not_part_of_the_name() -> None:
    """'... develop lasting harm such as deafness': the harm, not 'lasting harm such'."""
    fig = _one("About 10% of children develop lasting harm such as deafness or seizures.")
    assert fig.subject == "lasting harm"


def test_the_topics_own_longer_name_is_no_form_of_it() -> None:
    """With the topic named 'bacterial grebble', 'bacterial grebble' is everyone with it."""
    (fig,) = find_figures("Bacterial grebble can be fatal in one in 10 cases.",
                          ("bacterial grebble", "grebble"))
    assert (fig.measure.kind, fig.measure.population) == ("mortality", None)


def test_survivors_named_after_the_figure_did_not_die() -> None:
    """'1 in 10 die, and one of every seven survivors has lasting harm': no second death rate."""
    figs = find_figures("One in 10 cases is fatal, and one of every seven survivors suffers "
                        "from lasting disability.", TOPIC)
    second = figs[-1]
    assert second.measure.kind == "frequency" and second.measure.population == "survivors"
    assert second.subject is not None and "disability" in second.subject


def test_an_aside_of_examples_keeps_what_the_topic_causes() -> None:
    """'It can cause lasting harm, such as deafness, in 1 in 7': how often the harm comes."""
    fig = _one("It can also cause lasting harm, such as deafness, in one in seven survivors.")
    assert (fig.subject, fig.measure.kind) == ("lasting harm", "frequency")


def test_this_figure_takes_the_kind_of_the_sentence_before() -> None:
    """'70 in 100 died. Today this figure is 15 in 100': a death rate again, kept less sure."""
    before = "Before the drug, around 70 in 100 cases resulted in death."
    (fig,) = find_figures("Today, with the drug, this figure is around 15 in 100.", TOPIC,
                          context=before)
    assert fig.measure.kind == "mortality" and fig.confidence < 0.5


@pytest.mark.parametrize(("sentence", "who"), [
    ("The death rate is up to 40% in the case of blood poisoning.", "blood poisoning cases"),
    ("Mortality is 20% in cases of shock.", "shock cases"),
])
def test_the_cases_of_something_are_a_subgroup(sentence: str, who: str) -> None:
    """'40 % in the case of blood poisoning' is not the overall death rate."""
    assert _one(sentence).measure.population == who


def test_a_count_of_cases_stops_before_their_verb() -> None:
    """'1.2 million cases of grebble fever develop yearly': cases of grebble fever, no verb."""
    fig = _one("At least 1.2 million cases of grebble fever develop yearly.")
    assert fig.measure.kind == "count" and fig.subject == "grebble fever"


@pytest.mark.parametrize(("sentence", "who"), [
    ("It is rare: about 2% of people under 40 get it.", ["people under 40"]),
    ("Less than 3% of men under the age of 50 and nearly 12% of men aged 70 to 79 have had "
     "grebble fever.", ["men under 50", "men aged 70-79"]),
])
def test_an_age_naming_whom_a_share_is_of_is_its_group(sentence: str, who: list[str]) -> None:
    """'2 % of people under 40': the 40 says which people; no age figure of the topic's."""
    figs = find_figures(sentence, TOPIC)
    assert [f.measure.population for f in figs] == who
    assert all(f.measure.kind != "age" for f in figs)


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("Drinking two beers a day increased the likelihood of a flare-up by 36%.", 1.36,
     "Drinking two beers a day"),
    ("Regular exercise cuts the risk of grebble fever by about 40%.", 0.6, "Regular exercise"),
])
def test_a_risk_changed_by_a_percent_is_a_relative_risk(sentence: str, value: float,
                                                        subject: str) -> None:
    """'raised the risk by 36 %' is 1.36 times the risk, not a share of 36 %."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value, fig.subject) == ("relative_risk", value, subject)


def test_a_second_attack_is_a_relapse() -> None:
    """'50 % have a second attack within 12 months': how often it comes back, in a year."""
    fig = _one("Over 50% of people have a second attack within 12 months of the first.")
    assert (fig.measure.kind, fig.measure.horizon, fig.subject) == ("relapse", "P12M", None)


def test_peoples_named_before_their_noun_are_compared() -> None:
    """'Zorvian men are twice as likely ... as Plimsan men': the two groups compared."""
    fig = _one("Zorvian men are nearly twice as likely to have grebble fever as Plimsan men.")
    assert (fig.measure.kind, fig.measure.population) == ("relative_risk",
                                                          "zorvian men vs plimsan men")


@pytest.mark.parametrize(("sentence", "years"), [
    ("Most babies get it before the age of 6 months.", 0.5),
    ("It usually shows by the age of 18 months.", 1.5),
])
def test_an_age_in_months_is_read_in_years(sentence: str, years: float) -> None:
    """'by the age of 18 months' is a year and a half, not 18 years."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value) == ("age", years)


@pytest.mark.parametrize("sentence", [
    "The number of people with grebble fever has decreased by more than 99 percent since 1963.",
    "Cases rose by 30% last year.",
    "Mortality fell by 20% over ten years.",
])
def test_a_change_in_percent_is_no_share(sentence: str) -> None:
    """'has fallen by 99 %' says how much a number changed, not how many have anything."""
    assert find_figures(sentence, TOPIC) == []


@pytest.mark.parametrize("sentence", [
    "It affects both sexes equally.",
    "Both sexes are equally affected.",
])
def test_both_sexes_equally_is_a_ratio_of_one(sentence: str) -> None:
    """'affects both sexes equally': men and women at about the same risk."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.measure.value, fig.measure.population) == (
        "relative_risk", 1.0, "men vs women")


def test_a_risk_reduced_by_a_percent_said_passively() -> None:
    """'the risk of grebble fever is reduced by about 80 %': 0.2 times the risk."""
    fig = _one("If zorbulin is taken early, the risk of grebble fever is reduced by "
               "approximately 80%.")
    assert (fig.measure.kind, fig.measure.value) == ("relative_risk", 0.2)


def test_a_reported_thing_is_named_without_the_report() -> None:
    """'Heart involvement is reported to occur in 30-70 %': the heart involvement's share."""
    fig = _one("Heart involvement is reported to occur in 30-70% of patients.")
    assert (fig.subject, fig.measure.kind) == ("Heart involvement", "frequency")


def test_where_most_cases_are_said_aside_is_no_group() -> None:
    """'19 per 100,000, with most cases occurring in developing countries': everyone's rate."""
    fig = _one("The mean incidence is 19 per 100,000 population, with most of the cases "
               "occurring in developing countries.")
    assert (fig.measure.kind, fig.measure.population) == ("incidence", None)


@pytest.mark.parametrize(("sentence", "thing"), [
    ("Arthritis is a major manifestation of grebble fever in 92% of adults.", "Arthritis"),
    ("A rash is a common feature in about 40% of children.", "rash"),
])
def test_a_sign_named_as_a_feature_in_a_share(sentence: str, thing: str) -> None:
    """'Arthritis is a major manifestation in 92 %': how often arthritis comes."""
    fig = _one(sentence)
    assert (fig.subject, fig.measure.kind) == (thing, "frequency")


def test_an_ability_regained_is_what_a_share_counts() -> None:
    """'Up to 80 % are able to walk unaided 6 months after onset': that ability, for everyone
    ('with or without treatment' names no subgroup)."""
    fig = _one("Up to 80% of patients are able to walk unaided 6 months after onset, with or "
               "without treatment.")
    assert (fig.subject, fig.measure.kind, fig.measure.population) == (
        "able to walk unaided", "frequency", None)


def test_a_state_people_are_left_in_is_what_a_share_counts() -> None:
    """'Of those on a ventilator, 30 % are disabled': how often disability is left."""
    (fig,) = find_figures("Of those on a ventilator, 30% are disabled.", TOPIC)
    assert (fig.subject, fig.measure.kind) == ("disability", "frequency")


def test_some_who_take_longer_name_no_thing() -> None:
    """'recover in 2 weeks, but some take up to 3 months': no duration of 'but some'."""
    figs = find_figures("Most people recover in 2 weeks, but some take up to 3 months.", TOPIC)
    assert [f.subject for f in figs] == ["recovery", None]
