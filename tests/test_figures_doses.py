"""Doses a day: how often a medicine is taken, and which medicine."""

from __future__ import annotations

import pytest

from claimgraph.graph.model import Bound
from claimgraph.ingest.quantities import find_figures


@pytest.mark.parametrize(("sentence", "times", "medicine", "bound"), [
    ("Most adults are told to take fenbrine tablets twice a day for a week.", 2.0, "fenbrine",
     Bound.EXACT),
    ("The usual choice is usually lorvastin; 20mg once a day.", 1.0, "lorvastin", Bound.EXACT),
    ("• nasal spray - use it up to 4 times a day while blocked", 4.0, "nasal spray",
     Bound.UPPER),
])
def test_doses_a_day_name_their_medicine(sentence: str, times: float, medicine: str,
                                         bound: Bound) -> None:
    """'take X tablets twice a day', 'usually X; 20mg once a day', 'X - use up to 4 times a day'."""
    dose = next(f for f in find_figures(sentence, ("grebble fever",))
                if f.measure.unit == "doses per day")
    assert (dose.measure.value, dose.subject, dose.measure.bound) == (times, medicine, bound)
    assert dose.confidence >= 0.5  # two pages' different doses of one medicine disagree


def test_a_course_after_a_dose_is_the_medicines() -> None:
    """'once a day for 10 days': the 10 days are the medicine's course."""
    course = find_figures("The usual choice is usually lorvastin; 20mg once a day for 10 days.",
                          ("grebble fever",))[-1]
    assert (course.measure.kind, course.subject) == ("duration", "lorvastin")


def test_a_number_is_no_medicine() -> None:
    """'take two tablets 3 times a day' names no medicine: the dose is shown, not compared."""
    (dose,) = find_figures("Take two tablets 3 times a day.", ("grebble fever",))
    assert dose.subject is None and dose.confidence < 0.5
