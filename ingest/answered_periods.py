"""Read a bare period that answers a "How long ...?" heading as the topic's duration.

FAQ pages answer "How long does it last?" with "Usually 2 to 3 weeks." — a period with
no verb, which the figure reader (rightly) leaves alone anywhere else: a bare "2 weeks"
says nothing of what lasts.  Under such a heading the question supplies the verb, so the
answer is read as if it said "It lasts usually 2 to 3 weeks."
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from claimgraph.ingest import re_cache as re

from .figure_base import Figure

# A question heading that asks how long the illness (or a sign of it) lasts.
_HOW_LONG = re.compile(r"^\s*how long (?:does|do|will|can|is|are|might|may) (?P<x>.+?) "
                       r"(?:last|lasts|take|go on|stay|continue|persist)\b[^?]*\??\s*$", re.I)
# What the question asks about when it is the illness itself, named by a pronoun or a
# general word (the rules tell the topic's own names).
_ITSELF = re.compile(r"(?:it|this|they|the (?:illness|condition|disease|infection)|"
                     r"(?:the )?symptoms|recovery|treatment)$", re.I)
# An answer that is a period and little else: "Usually 2 to 3 weeks.", "About a month."
_BARE_PERIOD = re.compile(r"^\s*(?:(?:usually|typically|normally|generally|often|mostly|"
                          r"about|around|roughly|approximately|up to|at least|between|from|"
                          r"anywhere from|in most cases,?|for most people,?|most people: )\s*)*"
                          r"(?:\d|a |an |one |two |three |four |five |six |seven |eight |nine |"
                          r"ten |several |a few )[\w ,.–-]{0,40}?\b(?:hours?|days?|weeks?|"
                          r"months?|years?)\b[^.;]{0,40}[.;]?\s*$", re.I)
_LEAD_IN = "It lasts "


def answered_period(sentence: str, heading: str | None,
                    find: Callable[[str], list[Figure]]) -> list[Figure]:
    """Return the duration figures a bare period gives under a "How long ...?" heading.

    ``find`` is the figure reader for one sentence; spans come back in ``sentence``.

    >>> from claimgraph.ingest.quantities import find_figures
    >>> [f.measure.kind for f in answered_period("Usually 2 to 3 weeks.",
    ...                                          "How long does it last?", find_figures)]
    ['duration']
    >>> answered_period("Usually 2 to 3 weeks.", "Symptoms", find_figures)
    []
    """
    asked = _HOW_LONG.match(heading) if heading else None
    if asked is None or not _BARE_PERIOD.match(sentence):
        return []
    # "How long does the rash last?": the rash's; "How long does it last?": the topic's
    what = None if _ITSELF.match(asked["x"].strip()) else asked["x"].strip()
    cut = len(_LEAD_IN)
    return [replace(f, start=f.start - cut, end=f.end - cut, subject=what)
            for f in find(_LEAD_IN + sentence)
            if f.start >= cut and f.measure.kind == "duration" and f.subject is None]
