"""Whose figure it is when "it" stands for a thing the sentence before named.

"Kidney damage is a common complication. It affects about 1 in 4 patients.": the 1 in 4
is kidney damage's, how often it comes with the topic.  The sentence reader already knows
such an "it" is not the topic (its relations are dropped, see :mod:`.antecedents`); a
figure has no other owner in its sentence, so dropping it lost the number altogether.
:func:`figure_of_antecedent` gives the figure to the thing named before instead.
"""

from __future__ import annotations

from dataclasses import replace

from .quantities import Figure

# Kinds that, said of a complication of the topic, count how often it comes with the
# topic: "it affects 1 in 4 patients" (read as a prevalence), "it develops in 20 %".
_HOW_COMMON = frozenset({"prevalence", "incidence", "unknown", "frequency"})


def figure_of_antecedent(fig: Figure, complication: bool) -> Figure:
    """Return the figure as said of the thing "it" stands for.

    A proportion of how common a complication is becomes its frequency among the topic's
    patients; any other kind (a death rate, a duration) stays what it is.  Counts
    ("it affects 2,000 people a year") are left as they are too.
    """
    m = fig.measure
    if complication and m.unit == "proportion" and m.kind in _HOW_COMMON:
        return replace(fig, measure=replace(m, kind="frequency"))
    return fig
