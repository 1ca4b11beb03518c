"""Figures read in session 13: outcome rates of a form, and groups named outside the clause."""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("grebble fever",)


@pytest.mark.parametrize(("sentence", "kind", "subject"), [
    ("The death rate of the severe form is 30% to 70%.", "mortality", "severe grebble fever"),
    ("The mortality rate of marsh fever is 20% when it comes with grebble fever.",
     "mortality", "marsh fever"),
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
