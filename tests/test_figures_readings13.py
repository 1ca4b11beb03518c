"""Figures read in session 13: outcome rates of a form, and groups named outside the clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.lead_groups import lead_group
from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("The death rate of the severe form is 30% to 70%.", "mortality", "severe grebble fever"),
    ("The mortality rate of marsh fever is 20%.", "mortality", "marsh fever"),
    ("The survival rate of chronic cases is 60%.", "survival", "chronic grebble fever"),
    ("The case fatality rate of the Quentella type is 15 percent.", "mortality",
     "Quentella type"),
])
def test_an_outcome_rate_of_a_form_is_that_forms_outcome(sentence: str, kind: str,
                                                         subject: str) -> None:
    """'The death rate of X is 30 %' measures deaths among X, not how often X comes."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population) == (kind, subject, None)


def test_an_outcome_rate_of_people_is_counted_among_them() -> None:
    """'The death rate of patients on dialysis' is a mortality among those patients."""
    (fig,) = find_figures("The death rate of patients with kidney failure is 40%.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("mortality", None)
    assert fig.measure.population == "patients with kidney failure"


def test_a_rate_of_a_thing_stays_how_often_it_comes() -> None:
    """'The rate of heart problems is 20 %' is still how often heart problems come."""
    (fig,) = find_figures("The rate of heart problems is 20%.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("frequency", "heart problems")


def _figures(tmp_path: Path, body: str) -> dict[tuple[str, float | None], str | None]:
    """Return {(kind, value): population} of the figures a grebble fever page gives."""
    page = tmp_path / "page.txt"
    page.write_text(f"Grebble fever\n\nGrebble fever is a rare illness.\n\nOutlook\n{body}\n",
                    encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    return {(c.measure.kind, c.measure.point()): c.measure.population
            for c in cs.claims if c.measure is not None}


def test_a_group_line_leads_the_figures_of_the_next_line(tmp_path: Path) -> None:
    """'- in people who heal on their own' then '- in most, the rash fades within 2 weeks'."""
    got = _figures(tmp_path, "- in people who heal on their own\n"
                             "- in most, the rash fades within 2 weeks\n"
                             "- the itch then stops within 5 days\n")
    assert got[("duration", 2.0)] == "people who heal on their own"
    assert got[("duration", 5.0)] is None  # only the very next line is led


def test_this_group_is_the_group_counted_the_line_before(tmp_path: Path) -> None:
    """'60 % of patients have a swollen knee.' then 'In this group, ...': those with one."""
    got = _figures(tmp_path, "About 60% of patients have a swollen knee, which is painful. "
                             "In this group, the swelling goes down within about 3 weeks.")
    assert got[("duration", 3.0)] == "patients with swollen knee"


def test_a_sentence_without_a_group_word_is_not_led(tmp_path: Path) -> None:
    """A line after a group line keeps its own population; a plain line gives none."""
    got = _figures(tmp_path, "About 60% of patients have a swollen knee. "
                             "The swelling goes down within about 3 weeks.")
    assert got[("duration", 3.0)] is None


def test_lead_group_reads_only_group_lines() -> None:
    """A whole sentence is no group line, even when it opens with 'in people with'."""
    assert lead_group("In people with it, the rash lasts 2 weeks.", "Fever lasts 3 days.") is None
    assert lead_group("Among adults over 60:", "30% die.") == "adults over 60"


@pytest.mark.parametrize(("sentence", "value", "unit", "bound"), [
    ("A blotch shows up where the fly bit from four days to a few weeks later.", 4.0, "days",
     "lower"),
    ("Signs start anywhere from 2 days to several weeks after the bite.", 2.0, "days", "lower"),
    ("The itch can last from a few days to 3 weeks.", 3.0, "weeks", "upper"),
])
def test_a_period_with_a_numberless_end_is_a_bound(sentence: str, value: float, unit: str,
                                                   bound: str) -> None:
    """'4 days to a few weeks later' is at least 4 days; 'a few days to 3 weeks' at most 3."""
    (fig,) = find_figures(sentence, TOPIC)
    n = fig.measure
    assert (n.kind, n.value, n.unit, n.bound.value) == ("duration", value, unit, bound)


@pytest.mark.parametrize(("sentence", "population"), [
    ("Grebble fever is seen in 20% of people with marsh fever.", "people with marsh fever"),
    ("It is present in up to 30% of patients with kidney failure.",
     "patients with kidney failure"),
])
def test_the_topic_seen_in_a_share_of_a_group_is_how_often(sentence: str,
                                                          population: str) -> None:
    """'It is seen in 20 % of people with X': how often it comes among them, a frequency."""
    (fig,) = find_figures(sentence, TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population) == (
        "frequency", None, population)


def test_a_share_of_cases_in_people_who_do_something_is_their_share() -> None:
    """'30 % of cases are in people who inject drugs': those people's share of all cases."""
    (fig,) = find_figures("About 30% of cases are in people who inject drugs.", TOPIC)
    assert (fig.measure.kind, fig.subject) == ("share", "people who inject drugs")


def test_a_condition_after_a_figure_is_who_it_counts_not_its_kind() -> None:
    """'fatal in 5-10 %, and up to 50 % when shock develops': a death rate in those cases."""
    first, second = find_figures("Grebble fever is fatal in 5-10% of cases, and up to 50% "
                                 "when shock develops.", TOPIC)
    assert first.measure.kind == second.measure.kind == "mortality"
    assert (first.measure.population, second.measure.population) == (
        None, "when shock develops")


def test_a_condition_verb_before_the_figure_still_names_it() -> None:
    """'20 % of people get a rash when the fever starts': the rash is still what is counted."""
    (fig,) = find_figures("About 20% of people get a rash when the fever starts.", TOPIC)
    assert (fig.measure.kind, fig.subject, fig.measure.population) == ("frequency", "rash", None)


def test_bare_bracketed_numbers_after_a_bracketed_rate_share_its_base() -> None:
    """'... the highest rate (40 per 100,000), followed by eastern (20) and western (10)'."""
    figs = find_figures("Children of northern origin have the highest rate (40 per 100,000), "
                        "followed by children of eastern (20) and western (10) origins.", TOPIC)
    got = {(f.measure.kind, round(f.measure.value or 0, 9), f.measure.population) for f in figs}
    assert ("incidence", 0.0002, "eastern children") in got
    assert ("incidence", 0.0001, "western children") in got


def test_a_bracketed_year_after_a_rate_is_no_rate() -> None:
    """'5 per 100,000 (2019)': the year says when, it is no second rate."""
    figs = find_figures("The rate is 5 per 100,000 (2019) and higher in men.", TOPIC)
    assert [f.measure.value for f in figs] == [5e-05]


def test_outbreaks_named_by_their_years_are_a_count_of_outbreaks() -> None:
    """'3 outbreaks of X occurred in 1979, 1982 and 1986': three in all, not three a year."""
    (fig,) = find_figures("Besides sporadic cases, 3 outbreaks of grebble fever occurred in "
                          "1979, 1982, and 1986.", TOPIC)
    n = fig.measure
    assert (n.kind, n.value, n.horizon, fig.subject) == (
        "count", 3.0, None, "outbreaks of grebble fever")


def test_an_outbreak_count_on_a_page_is_about_the_outbreaks(tmp_path: Path) -> None:
    """The count's subject on a page is the outbreaks, not the topic itself."""
    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is a rare illness.\n\nHistory\n"
                    "Besides sporadic cases, 3 outbreaks of grebble fever occurred in 1979, "
                    "1982, and 1986.\n", encoding="utf-8")
    cs, _, _ = extract_corpus([page], progress=False)
    (claim,) = [c for c in cs.claims if c.measure is not None and c.measure.kind == "count"]
    assert "outbreak" in cs.label(claim.subject)
