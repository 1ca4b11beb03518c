"""Whose figure it is when "it" stands for a thing the sentence before named.

"Kidney damage is a common complication. It affects about 1 in 4 patients.": the 1 in 4
is kidney damage's, how often it comes with the topic.  The sentence reader already knows
such an "it" is not the topic (its relations are dropped, see :mod:`.antecedents`); a
figure has no other owner in its sentence, so dropping it lost the number altogether.
:func:`figure_of_antecedent` gives the figure to the thing named before instead.

"Some patients develop kidney damage. This happens in about 20 % of cases.": the "this"
is the one harm the sentence before gave the topic (:func:`harm_happening`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from claimgraph.ingest import re_cache as re

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


# "This happens in 20 %", "It occurs in about 1 in 5": the sentence opens on a thing that
# happens, named before.
_HAPPENS_IN = re.compile(r"\W*(?:this|that|it)\s+(?:only\s+|usually\s+|still\s+)?(?:happens|"
                         r"occurs|develops|is seen|is found)\s+in\b", re.IGNORECASE)


def harm_happening(sentence: str, harms: set[str]) -> str | None:
    """Return the one harm (or sign) the sentence before gave the topic when ``sentence``
    says how often "this happens", else None.

    >>> harm_happening("This occurs in 20% of cases.", {"kidney damage"})
    'kidney damage'
    """
    if len(harms) != 1 or (_HAPPENS_IN.match(sentence) is None
                           and _GET_IT.search(sentence) is None):
        return None
    return next(iter(harms))


# "Around 5 in 100 people with the condition will develop it": the people get the thing
# named before ("it" after the verb; "people with it" are the topic's own).
_GET_IT = re.compile(r"\b(?:will|may|might|can|could|go on to|eventually)?\s*(?:develop|get|"
                     r"have|experience)s?\s+(?:it|this|one)\s*[.;]?\s*$", re.IGNORECASE)
# "Streaming grebble fever is the most severe form.": a form of the topic defined as one.
_FORM_DEFINED = re.compile(r"^\W*(?:the\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){1,4}?)\s+(?:is|are)\s+"
                           r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:form|type|variant|subtype)s?\b",
                           re.IGNORECASE)
# "It kills 40 %", "About 40 % of people with it die": the sentence is about what "it" is.
_IT_AGAIN = re.compile(r"^\W*(?:it|this (?:form|type|variant))\b|\b(?:people|those|patients|"
                       r"children|adults) (?:with|who (?:have|get|develop)) it\b", re.IGNORECASE)


# How far into a sentence its "it" (or "people with it") is looked for.
_IT_WITHIN = 120


def form_before(sentence: str, before: str, is_form: Callable[[str], bool]) -> str | None:
    """Return the form of the topic the sentence before defined ("Streaming grebble fever is
    the most severe form.") when ``sentence`` goes on about "it": its figures are the
    form's, as "the death rate of the severe form" is."""
    m = _FORM_DEFINED.match(before) if before else None
    if m is None or not is_form(m["x"]):
        return None
    # (the pronoun near the sentence's start: a long run-on line is not scanned per figure)
    return m["x"] if _IT_AGAIN.search(sentence, 0, _IT_WITHIN) is not None else None
