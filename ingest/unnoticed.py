"""What no one sees: a sign that goes unnoticed ("in 20 % of cases the rash goes
unnoticed", "the spots are missed in a quarter of people"), a cause never found ("in 1 in 5
cases no cause is found").

Such a share is of the people whose sign no one sees, not of those who have it: read as
"how often <sign>", it would say the opposite of the page.  :func:`unnoticed_thing` names it
"unnoticed <sign>" for the figure reader; :func:`cause_unfound` says a share is of cases
whose cause is unknown.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import caseless
from .figure_context import NOT_A_THING

_I = re.IGNORECASE
# "the rash (where the tick bit) goes unnoticed", "the spots are not noticed", "is missed".
_UNNOTICED = re.compile(
    r"\b(?:the|a|an|your|their)\s+(?P<x>[A-Za-z][\w'-]*(?:\s[\w'-]+){0,2}?)"
    r"(?:\s+(?:where|that|which|on|at|from|around)\b[^,;:.()]{0,40}?)?\s+"
    r"(?:(?:often|usually|sometimes|may|can|might|will|simply)\s+)*"
    r"(?:(?:goes|go|went|passes|pass|passed|remains?|remained|stays?)\s+(?:unnoticed|unseen|"
    r"undetected|unrecognised|unrecognized)|(?:is|are|was|were|be)\s+(?:(?:often|usually|"
    r"sometimes)\s+)?(?:(?:not|never)\s+(?:noticed|seen|spotted)|missed|overlooked))\b", _I)
_THE_ILLNESS = re.compile(r"\b(?:illness|disease|condition|infection|diagnosis|syndrome|"
                          r"cases?)$", _I)
_WORDS = ("unnoticed", "unseen", "undetected", "unrecogni", "noticed", "seen", "spotted",
          "missed", "overlooked")


def unnoticed_thing(sentence: str, topic_words: tuple[str, ...] = ()) -> str | None:
    """Return "unnoticed <thing>" when the sentence says a thing goes unnoticed.

    The illness itself "missed" is a missed diagnosis, no sign: not read here.

    >>> unnoticed_thing("In 20 % of cases the rash goes unnoticed.")
    'unnoticed rash'
    """
    if caseless.lacks(sentence, _WORDS):
        return None
    m = _UNNOTICED.search(sentence)
    if m is None or NOT_A_THING.match(m["x"]) or _THE_ILLNESS.search(m["x"]) or any(
            w and w in m["x"].lower() for w in topic_words):
        return None
    return f"unnoticed {m['x'].lower()}"


# "no cause is found", "the cause is unknown", "with no known cause": cases of unknown cause.
_NO_CAUSE = re.compile(r"\bno\s+(?:clear\s+|obvious\s+|known\s+|underlying\s+|specific\s+)?"
                       r"cause\s+(?:is|was|can be|could be)\s+(?:ever\s+)?(?:found|identified|"
                       r"known|detected)\b|\bthe\s+cause\s+(?:is|was|remains)\s+"
                       r"(?:never\s+found|not\s+found|unknown|not\s+known)\b|"
                       r"\b(?:have|has|with)\s+no\s+(?:known|identifiable|clear|obvious|apparent)"
                       r"\s+cause\b", _I)


def cause_unfound(sentence: str) -> bool:
    """Return whether the sentence says a cause is not found ("no cause is found").

    >>> cause_unfound("In about 1 in 5 cases, no cause is found.")
    True
    """
    return "cause" in sentence.lower() and _NO_CAUSE.search(sentence) is not None
