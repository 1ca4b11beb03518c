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


@pytest.mark.parametrize(("sentence", "read"), [
    ("Mortality is from 20% up to 30%.", [("mortality", None, (0.2, 0.3))]),
    ("Mortality is 25 per cent (range 20–30 per cent).",
     [("mortality", 0.25, None), ("mortality", None, (0.2, 0.3))]),
    ("Mortality in various studies is 20%, 25% and 30%.",
     [("mortality", 0.2, None), ("mortality", 0.25, None), ("mortality", 0.3, None)]),
    ("Overall mortality is 1 in 5 (20%).", [("mortality", 0.2, None), ("mortality", 0.2, None)]),
])
def test_one_quantity_listed_restated_or_ranged_up_to(sentence: str, read: list) -> None:
    """'from 20 % up to 30 %' is a range; a figure in brackets or listed after a comma is the
    same quantity; '20 %, 25 % and 30 %' are three figures, not 20 % and a 25-30 % range."""
    assert [(f.measure.kind, f.measure.value,
             None if f.measure.low is None else (f.measure.low, f.measure.high))
            for f in find_figures(sentence, ("grebble fever",))] == read
