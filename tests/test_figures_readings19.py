"""Figures read in session 19: number forms, and what a figure counts when no word names it.

Every sentence is ours, about a made-up illness ("grebble fever").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


def _one(sentence: str):  # type: ignore[no-untyped-def]
    """Return the only figure of a sentence about grebble fever."""
    (fig,) = find_figures(sentence, TOPIC)
    return fig


@pytest.mark.parametrize(("sentence", "value"), [
    ("The yearly incidence is 3.8/100 000.", 3.8e-5),
    ("It touches about 1/10 000 people.", 1e-4),
])
def test_a_rate_over_a_slash_may_set_its_thousands_apart_with_a_space(sentence: str,
                                                                     value: float) -> None:
    """"3.8/100 000" is 3.8 per hundred thousand, not 3.8 per hundred."""
    assert _one(sentence).measure.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "About 36% of the patients end up experiencing the weakness again on one side.",
    "Roughly 20% of people are experiencing itchy skin.",
])
def test_experiencing_is_a_word_of_how_often(sentence: str) -> None:
    """"experiencing" says how often, as "experience" does (it holds no "experience")."""
    assert _one(sentence).measure.kind in ("frequency", "relapse")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Mortality is reported in 20%-30% of cases.", "mortality"),
    ("A fatal outcome occurs in about 10% of patients.", "mortality"),
    ("Fatality is seen in 5% of those admitted.", "mortality"),
])
def test_an_outcome_said_to_occur_in_a_share_is_that_outcome(sentence: str, kind: str) -> None:
    """"Mortality is reported in 20-30 % of cases": the figure is the mortality, not how often
    a thing called mortality shows."""
    fig = _one(sentence)
    assert (fig.subject, fig.measure.kind) == (None, kind)


@pytest.mark.parametrize("sentence", [
    "The spots may spread past the first patch in 20% of cases.",
    "About 10-25% of the time, the spot where it began is never seen.",
])
def test_a_share_of_cases_with_no_kind_word_is_how_often(sentence: str) -> None:
    """"in 20 % of cases" with no word for what is counted: how often something happens
    among cases, a guess (never in a conflict) rather than an unknown quantity."""
    fig = _one(sentence)
    assert fig.measure.kind == "frequency"
    assert fig.subject is not None or fig.confidence < 0.5


def test_a_share_with_no_whole_and_no_kind_word_stays_unknown() -> None:
    """A bare percent with nothing said of what or of whom is kept as unknown."""
    assert _one("The score went to 36% last spring.").measure.kind == "unknown"
