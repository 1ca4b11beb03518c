"""Bounds of a period: the words around it, and a figure said again in brackets."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures


@pytest.mark.parametrize(("sentence", "bound"), [
    ("Seeing a doctor within the first 6 days matters.", Bound.UPPER),
    ("Full healing comes after 8 months or even longer.", Bound.LOWER),
    ("The fever lasts 5 to 9 days (median 7 days).", Bound.APPROX),
])
def test_a_periods_bound_from_its_words(sentence: str, bound: Bound) -> None:
    """'within the first', 'or even longer', 'median' bound the last period of the sentence."""
    assert find_figures(sentence, ("grebble fever",))[-1].measure.bound is bound


def test_a_figure_restated_in_brackets_keeps_the_bound() -> None:
    """'within 4 days (96 hours)': both are upper bounds."""
    first, second = find_figures("Start the tablets within 4 days (96 hours) of the first sign.",
                                 ("grebble fever",))
    assert first.measure.bound is second.measure.bound is Bound.UPPER


def test_an_adverb_is_not_part_of_what_lasts() -> None:
    """'Lasting nerve pain sometimes resolves after ...': the nerve pain, without 'sometimes'."""
    (fig,) = find_figures("Lasting nerve pain sometimes resolves after around two to five months.",
                          ("grebble fever",))
    assert fig.subject == "Lasting nerve pain"


def test_a_period_keeps_how_its_people_were_treated() -> None:
    """'within 5 to 7 weeks if it's diagnosed and treated promptly': for those treated so."""
    (fig,) = find_figures("Children can make a full recovery within 5 to 7 weeks if it's "
                          "diagnosed and treated promptly.", ("grebble fever",))
    assert fig.measure.population == "children diagnosed and treated promptly"
