"""Shares, prevalence and who a rate is counted among."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):
    (fig,) = find_figures(sentence, TOPIC)
    return fig


def test_account_for_makes_a_share_of_whatever_follows() -> None:
    """'X could account for 40 % of <the topic>' is X's share even without the word 'cases'."""
    fig = _one("Type B could account for roughly 40% of grebble fever in Canada.")
    assert (fig.measure.kind, fig.subject, fig.setting) == ("share", "Type B", "Canada")


def test_causes_makes_a_share_only_of_cases() -> None:
    """'Smoking causes 30 % of people to cough' is no share of cases."""
    assert _one("Smoking causes 30% of people to cough.").measure.kind != "share"


def test_a_form_written_as_cases_is_that_form_of_the_topic() -> None:
    """'Childhood cases make up 30 %' is the share of the childhood form."""
    fig = _one("Childhood cases can account for about 30% of grebble fever.")
    assert fig.subject == "Childhood grebble fever"


def test_an_outcome_named_as_the_thing_is_the_kind() -> None:
    """'Remission occurs in over a quarter' measures remission: a recovery of the topic."""
    fig = _one("Remission occurs in over a quarter of patients by 5 years.")
    assert (fig.measure.kind, fig.subject, fig.measure.horizon) == ("recovery", None, "P60M")


@pytest.mark.parametrize("sentence", [
    "Grebble fever is rare, occurring in about 1 in 20,000 people in Wales.",
    "It is uncommon: roughly 1 in every 20,000 people in Wales.",
])
def test_how_rare_it_is_among_everyone_is_a_prevalence(sentence: str) -> None:
    """'rare, occurring in 1 in 20,000 people' says how many have it."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.setting) == ("prevalence", "Wales")


def test_a_rate_keeps_the_people_it_is_counted_among() -> None:
    """'0.2 to 0.9 new cases per 100,000 girls' is a rate among girls."""
    m = _one("Yearly, grebble fever strikes 0.2 to 0.9 per 100,000 girls.").measure
    assert (m.kind, m.population, m.horizon) == ("incidence", "girls", "P12M")


def test_a_share_of_everyone_per_ten_thousand_is_a_prevalence() -> None:
    """'shows up in 1 in every 8,000 Scots': how many have it, whatever the verb."""
    fig = _one("Grebble fever shows up in roughly one in every 8,000 people in Scotland.")
    assert (fig.measure.kind, fig.setting) == ("prevalence", "Scotland")
    assert fig.confidence >= 0.5


def test_a_share_of_another_conditions_cases_is_among_them() -> None:
    """'3.5 % of invasive bog-worm infections were complicated by it': a frequency among them."""
    fig = _one("About 3.5% of invasive bog-worm infections in Canada were complicated by grebble "
               "fever.")
    assert (fig.measure.kind, fig.measure.population, fig.setting) == (
        "frequency", "invasive bog-worm infections", "Canada")


def test_the_topics_own_cases_are_no_subgroup() -> None:
    """'10 % of grebble episodes' (the topic's name shortened) is everyone with it."""
    (fig,) = find_figures("Hearing loss comes in 10% of grebble episodes.",
                          ("grebble fever", "grebble"))
    assert fig.measure.population is None


@pytest.mark.parametrize(("sentence", "who"), [
    ("The rate is 180 per 100,000 in children younger than 4.", "children under 4"),
    ("The yearly incidence was 60 to 90 cases in 100,000 girls.", "girls"),
])
def test_a_rates_people_are_not_a_number_or_a_preposition(sentence: str, who: str) -> None:
    """'per 100,000 in children': children, not 'in children'; 'cases in 100' is no group."""
    m = find_figures(sentence, TOPIC)[0].measure
    assert m.population == who


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Type 1 is the most common form, accounting for 70-80% of cases.", "Type 1"),
    ("The commonest form is type 1, which makes up 70-80% of cases.", "type 1"),
    ("Type 1, which accounts for 70-80% of cases, is caused by several germs.", "Type 1"),
    ("Type 1 (70-80% of cases) is caused by several germs.", "Type 1"),
    ("Type 1 accounts for most cases (70-80%).", "Type 1"),
    ("Type 2 is less common (10-20% of cases).", "Type 2"),
    ("Most cases (about 70%) are caused by Quentella vorlaxii.", "Quentella vorlaxii"),
    ("Quentella vorlaxii is the cause in about 50% of cases.", "Quentella vorlaxii"),
])
def test_a_share_said_after_a_comma_or_in_brackets(sentence: str, subject: str) -> None:
    """A share verb after a comma ('accounting for', ', which makes up') is said of the clause
    before it; a share in brackets is that of the thing before the brackets (or of the
    clause's subject when it is 'less common'); 'X is the cause in N %' is X's share."""
    fig = _one(sentence)
    assert (fig.measure.kind, fig.subject) == ("share", subject)


@pytest.mark.parametrize("sentence", [
    "Mortality is high (about 30% of cases).",
    "In most cases (about 70%), the cause is unknown.",
    "About 30% of patients (mostly children) die.",
])
def test_brackets_alone_make_no_share(sentence: str) -> None:
    """A death rate in brackets stays a death rate; '(70 %)' with no share verb is no share."""
    assert _one(sentence).measure.kind != "share"


@pytest.mark.parametrize(("context", "kind", "horizon"), [
    ("The yearly incidence among Fooish children was 4.3 in 100,000.", "incidence", "P12M"),
    ("About 40% of people have it.", "unknown", None),
])
def test_a_rate_per_head_said_again_takes_the_kind_of_the_rates_before(
        context: str, kind: str, horizon: str | None) -> None:
    """'The figures for X are higher, at 32.5 in 100,000' after a yearly incidence is one too;
    after no rate per head it stays of unknown kind."""
    (fig,) = find_figures("The figures for Barish children are higher, at 32.5 in 100,000.",
                          TOPIC, context)
    assert (fig.measure.kind, fig.measure.horizon) == (kind, horizon)
