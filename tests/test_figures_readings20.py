"""Figures read in session 20: who a figure is about and what it counts, in wordings of
many kinds of health page.

Every sentence is ours, about a made-up illness ("zorbulin syndrome").
"""

from __future__ import annotations

import pytest

from claimgraph.ingest.quantities import find_figures

TOPIC = ("zorbulin syndrome",)


def _kind(sentence: str, kind: str):  # type: ignore[no-untyped-def]
    """Return the only figure of ``kind`` in a sentence about zorbulin syndrome."""
    (fig,) = [f for f in find_figures(sentence, TOPIC) if f.measure.kind == kind]
    return fig


@pytest.mark.parametrize(("sentence", "kind", "population"), [
    ("For people aged over 70, survival is around 50%.", "survival", "people aged over 70"),
    ("Patients aged \u226565 years have a mortality of 40%.", "mortality",
     "patients aged \u226565 years"),
])
def test_a_group_named_by_its_age_keeps_the_age(sentence: str, kind: str,
                                                population: str) -> None:
    """"people aged over 70": the age is part of who the figure is about, not another
    figure where the group ends (which left "people aged over")."""
    assert _kind(sentence, kind).measure.population == population


def test_a_share_after_a_group_still_ends_it() -> None:
    """"30 % in those with shock and 5 % in others": the 5 % is no part of the group."""
    figs = find_figures("Mortality is 30% in those with shock and 5% in others.", TOPIC)
    assert [f.measure.population for f in figs][:1] == ["those with shock"]
