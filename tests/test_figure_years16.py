"""Figures read in session 16: a figure's own year, and ages that only say who is counted."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _populations(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.measure.kind, f.measure.population) for f in find_figures(sentence, TOPIC)]


def test_the_year_beside_a_figure_is_its_year_not_the_first_one_named() -> None:
    """Three outbreak years, then the rate 'in 1995': the rate is 1995's."""
    assert _populations(
        "Outbreaks of grebble fever hit Norway in 1990, 1995, and 2001, with an incidence "
        "of 150 cases per 100,000 children under 5 in 1995, the worst of them."
    ) == [("incidence", "children under 5 in 1995")]


def test_each_rate_of_a_list_keeps_the_year_after_it() -> None:
    """'12 per 100,000 in 2009, 11 per 100,000 in 2003 and 9 per 100,000 in 1997'."""
    got = _populations("Admission rates for grebble fever were 12 per 100,000 children in 2009, "
                       "11 per 100,000 children in 2003, and 9 per 100,000 children in 1997.")
    assert [who for _, who in got] == ["children in 2009", "children in 2003", "children in 1997"]


def test_a_year_before_the_figure_is_used_when_none_follows_it() -> None:
    """'In 2010 it was 5 %, and in 2015 it was 8 %': the comma ends the first figure's clause."""
    got = _populations("In 2010 the death rate from grebble fever was 5%, and in 2015 it was 8%.")
    assert [who for _, who in got] == ["people in 2010", "people in 2015"]


@pytest.mark.parametrize(("sentence", "kind", "who"), [
    ("The incidence of grebble fever in 2015 was 120 per 100,000 in children under 5.",
     "incidence", "children under 5 in 2015"),
    ("Mortality from grebble fever is about 10 % in adults over 60.", "mortality",
     "adults over 60"),
    ("One in four people over 40 may get grebble fever.", "frequency", "people over 40"),
])
def test_an_age_that_names_who_is_counted_is_no_figure_of_its_own(sentence: str, kind: str,
                                                                  who: str) -> None:
    """'... in children under 5': the 5 says who the rate is of, not an age of onset."""
    assert _populations(sentence) == [(kind, who)]


def test_an_age_inside_a_group_share_is_no_figure_of_its_own() -> None:
    """'5 % of cases occur in children under 2': the group's share, and no age figure."""
    for sentence in ("Around 5 % of cases occur in children under 2.",
                     "Around 5 % of cases of grebble fever occur in children under 2."):
        (fig,) = find_figures(sentence, TOPIC)
        assert "under 2" in (fig.subject or fig.measure.population or "")


def test_a_number_another_figure_holds_is_not_a_listed_share() -> None:
    """'aged 20 to 40, and 15 % ...': the 40 ends an age range, it is no 40 %."""
    figs = find_figures("Most cases are in people aged 20 to 40, and 15 % are in children "
                        "under 10.", TOPIC)
    assert all(f.measure.value != 0.4 for f in figs)
    assert [f.measure.value for f in figs if f.measure.unit == "proportion"] == [0.15]


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("Grebble fever results in 11 million deaths each year.", 11_000_000, "death"),
    ("Grebble fever causes an estimated 150,000 hospitalizations each year in the US.", 150_000,
     "hospital admission"),
    ("One recent estimate gives 390 million grebble infections per year.", 390_000_000, None),
])
def test_counts_a_year_after_a_verbs_in_or_with_a_word_before_the_noun(
        sentence: str, value: float, subject: str | None) -> None:
    """'results in 11 million deaths' is a count (its 'in' is the verb's, not '5 in 100,000')."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.value, fig.measure.horizon, fig.subject) == (
        "count", value, "P12M", subject)


def test_a_ratios_base_is_still_no_count() -> None:
    """'5 in 100,000 people': the 100,000 is the base of a rate, not a count of people."""
    figs = find_figures("About 5 in 100,000 people get grebble fever each year.", TOPIC)
    assert [f.measure.kind for f in figs] == ["incidence"]


@pytest.mark.parametrize(("sentence", "subject", "bound"), [
    ("Zorbitis occurs in ~5% of women with grebble fever.", "Zorbitis", Bound.APPROX),
    ("Clinical zorbitis appears in < 10% of patients with grebble fever.", "Clinical zorbitis",
     Bound.UPPER),
    ("Zorbitis (shown by knee pain and vomiting) occurs in ~5% of women with grebble fever.",
     "Zorbitis", Bound.APPROX),
])
def test_a_sign_written_bound_or_a_gloss_still_names_what_occurs(sentence: str, subject: str,
                                                                  bound: Bound) -> None:
    """'X occurs in ~5 %', 'X (shown by ...) occurs in 5 %': how often X comes."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.subject, fig.measure.kind, fig.measure.bound) == (subject, "frequency", bound)


@pytest.mark.parametrize("sentence", [
    "75% of grebble infections are asymptomatic.",
    "Up to half of infections are asymptomatic.",
    "Up to one-third of people infected feel no symptoms.",
])
def test_shares_without_symptoms_are_one_quantity(sentence: str) -> None:
    """'are asymptomatic' and 'feel no symptoms' say the same: the share with no symptoms."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.subject, fig.measure.kind) == ("no symptoms", "frequency")


def test_the_counts_a_share_was_worked_from_are_no_second_figure() -> None:
    """'22 % (152/692) of patients': one share, not 22 % and 21.97 %."""
    figs = find_figures("For 22% (152/692) of patients the cause was alcohol, and in 46.5% "
                        "(322/692; a large share) it was gallstones.", TOPIC)
    assert sorted(f.measure.value for f in figs) == [0.22, 0.465]


def test_which_was_gives_the_figure_the_rate_named_before() -> None:
    """'had the highest mortality rate, which was 37.7 %': a mortality."""
    figs = find_figures("Patients on the ward had the highest mortality rate, which was 37.7%.",
                        TOPIC)
    assert [(f.measure.kind, f.measure.value) for f in figs] == [("mortality", 0.377)]


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("The high temperature usually lasts for 2–7 days2", 2, 7),
    ("Recovery starts after around 2-3 days3", 2, 3),
])
def test_a_footnote_number_glued_to_the_last_word_is_no_part_of_it(sentence: str, low: float,
                                                                   high: float) -> None:
    """'... 2-7 days2': a copied page's note mark, which hid the unit."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.measure.low, fig.measure.high) == ("duration", low, high)


def test_lives_lost_a_year_are_deaths() -> None:
    (fig,) = find_figures("With more than 350,000 lives lost per year, grebble fever is a "
                          "leading cause of death.", TOPIC)
    assert (fig.subject, fig.measure.value, fig.measure.bound) == ("death", 350_000, Bound.LOWER)
