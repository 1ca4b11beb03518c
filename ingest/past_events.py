"""An age at which something happened before: "having had measles before the age of 1",
"catching it before 18 months of age", "an infection with X before age 2".

Such an age is not the illness's own: it is when an earlier event (a risk factor) took place,
so the figure is that event's.  :func:`event_before_age` names it, with the stage of life the
age closes when it is infancy ("measles in infancy", as a reader would file it).
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import caseless
from .figure_context import NOT_A_THING

_I = re.IGNORECASE
# "having had measles before", "catching measles before", "a measles infection before",
# "infection with measles before": the event, right before "before" and the age.
_EVENT_BEFORE = re.compile(
    r"(?:\b(?:(?:having\s+)?(?:had|caught|got|contracted|acquired)|having|catching|getting|"
    r"contracting|acquiring)\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][\w'-]*(?:\s[\w'-]+){0,2}?)"
    r"(?:\s+(?:infection|illness))?"
    r"|\binfection\s+with\s+(?:an?\s+|the\s+)?(?P<y>[A-Za-z][\w'-]*(?:\s[\w'-]+){0,2}?)"
    r"|(?:^|[,;:(]\s*|\band\s+|\bor\s+)\W*(?:an?\s+|the\s+)?"
    r"(?P<z>[A-Za-z][\w'-]*(?:\s[\w'-]+){0,1}?)\s+infection)"
    # (the age figure may start at "before" itself, or after it)
    r"(?:\s+(?:before|under)(?:\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?)?)?\s*$", _I)
_WORDS = ("having", "had", "catch", "caught", "getting", "got", "contract", "acquir",
          "infection")
_INFANCY = 2.0  # years: an age at most this closes infancy
# ("having it", "getting the illness": the topic itself again, no earlier event)
_IT = re.compile(r"(?:it|this|them|(?:the\s+)?(?:illness|disease|infection|condition))$", _I)


def event_before_age(sentence: str, start: int, years: float,
                     topic_words: tuple[str, ...] = ()) -> str | None:
    """Return the earlier event an age at ``start`` (``years`` old) is the time of.

    >>> event_before_age("Catching measles before 18 months of age is a risk.", 24, 1.5)
    'measles in infancy'
    """
    before = sentence[max(0, start - 80):start]
    if caseless.lacks(before, _WORDS):
        return None
    m = _EVENT_BEFORE.search(before)
    if m is None:
        return None
    x = re.sub(r"\s+", " ", (m["x"] or m["y"] or m["z"]).strip())
    if NOT_A_THING.match(x) or _IT.match(x) or any(w and w in x.lower() for w in topic_words):
        return None
    x = x if x.isupper() or not x[1:].islower() else x.lower()
    return f"{x} in infancy" if years <= _INFANCY else x
