"""Figures read in session 24 -- rates per head, germs' shares of cases, how fast a spread
comes -- in the wordings health pages use, each in our own words about a made-up illness
("quentella").

A rate's base may come after the cases ("for each 100,000 people", "in a population of
100,000") or before the numbers ("the incidence per 100,000 is between 1 and 5"); read
either way it is one incidence over a year, not a count of 100,000 and a loose range.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.quantities import find_figures

from .grebble_pages import page_claims

TOPIC = ("quentella",)


def _all(sentence: str) -> list[tuple[str, float | None, float | None, float | None, str,
                                      str | None, str | None]]:
    """Return each figure as (kind, value, low, high, bound, horizon, population)."""
    out = []
    for f in find_figures(sentence, TOPIC):
        m = f.measure
        out.append((m.kind, m.value, m.low, m.high, m.bound.value, m.horizon, m.population))
    return out


@pytest.mark.parametrize("sentence", [
    "The incidence is 1 to 5 new cases a year for each 100,000 people.",
    "Each year there are 1 to 5 cases in each 100,000 people.",
    "The incidence is 1 to 5 cases in a population of 100,000.",
    "The incidence per 100,000 is between 1 and 5.",
    "The incidence per 100,000 people has been estimated at 1 to 5.",
])
def test_a_rate_range_with_its_base_named_any_way_is_one_yearly_incidence(sentence: str) -> None:
    """Before, "for each 100,000" gave a count of 100,000; "in a population of 100,000" and
    the base said before the numbers gave nothing."""
    assert _all(sentence) == [("incidence", None, 1e-05, 5e-05, "range", "P12M", None)]


def test_a_rate_said_after_its_label_keeps_its_about() -> None:
    """"The incidence per 100,000 population is about 3": one approximate rate."""
    assert _all("The incidence per 100,000 population is about 3.") == [
        ("incidence", 3e-05, None, None, "approx", "P12M", None)]


def test_a_label_and_a_number_in_another_clause_are_no_rate() -> None:
    """The base after a label needs its number right after "is": a count said later in
    another clause is no rate per 100,000."""
    figs = _all("The incidence per 100,000 is not known, but 300 cases were reported.")
    assert all(kind != "incidence" for kind, *_ in figs)


def test_each_alone_names_no_base() -> None:
    """"each" after a number is no base: "2 to 3 doses, each 100 mg" reads no rate."""
    assert all(kind not in ("incidence", "prevalence") for kind, *_ in
               _all("Quentella is treated with 2 to 3 doses, each 100 mg."))


def test_a_rate_of_cases_of_a_long_name_keeps_its_base() -> None:
    """"1 to 5 cases of invasive zorbacillus skin infection per 100,000 people each year":
    six words between the cases and their base (five were the most read before, which left
    a count of 100,000 and no rate)."""
    assert _all("There are 1 to 5 cases of invasive zorbacillus skin infection per 100,000 "
                "people each year.") == [("incidence", None, 1e-05, 5e-05, "range", "P12M",
                                          None)]


def _page_figures(tmp_path: Path, heading: str, sentence: str) -> list[tuple[str, str]]:
    """Return (subject, kind) of each figure a grebble fever page gives under a heading."""
    cs = page_claims(tmp_path, f"{heading}\n\n{sentence}")
    return [(cs.label(c.subject), c.measure.kind) for c in cs.claims if c.measure is not None]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Zorbacilli are found in about 60% of cases.", "zorbacilli"),
    ("Zorbacilli are isolated in 50 to 90% of cases.", "zorbacilli"),
    ("Zorbacillus aureus is found in about 30% of cases.", "zorbacillus aureus"),
])
def test_a_named_germ_found_in_a_share_of_cases_is_its_share(tmp_path: Path, sentence: str,
                                                             subject: str) -> None:
    """A germ named and found in 60 % of cases causes that share of them (it was read as how
    often patients show it, a sign's frequency)."""
    assert _page_figures(tmp_path, "Causes", sentence) == [(subject, "share")]


@pytest.mark.parametrize("sentence", [
    "The germ is identified in only 40% of cases.",
    "The lungs are affected in more than 90% of cases.",
])
def test_a_germ_unnamed_or_a_part_found_in_cases_stays_a_frequency(tmp_path: Path,
                                                                   sentence: str) -> None:
    """"The germ is identified in 40 %": how often a test finds whichever germ it is; the
    lungs affected in 90 % are how often they are involved."""
    assert [kind for _, kind in _page_figures(tmp_path, "Causes", sentence)] == ["frequency"]


@pytest.mark.parametrize("sentence", [
    "The infection can spread to the whole leg in 24 to 48 hours.",
    "The infection can spread to the whole leg over 24 to 48 hours.",
])
def test_how_fast_a_spread_comes_is_a_duration_said_with_in_or_over(tmp_path: Path,
                                                                    sentence: str) -> None:
    """"spreads ... in 24 to 48 hours" times the spread as "over 24 to 48 hours" does (the
    "in" form gave nothing)."""
    assert _page_figures(tmp_path, "Symptoms", sentence) == [("infection", "duration")]


def test_a_share_that_worsens_in_years_keeps_its_horizon(tmp_path: Path) -> None:
    """"gets worse in 60 % of people in 5 years": the years are the share's horizon, no
    duration of their own."""
    kinds = [kind for _, kind in _page_figures(
        tmp_path, "Outlook", "The disease gets worse in 60% of people in 5 years.")]
    assert "duration" not in kinds and kinds
