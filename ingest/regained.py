"""What comes back after an illness, and how long that takes: "most people regain full
strength within 2 months", "energy can take 8 weeks to return to normal", "taste usually
comes back within 2 weeks".

A period in such a clause is the time to that return ("return of full strength"): not how
long the illness lasts, and not a relapse ("comes back" said of a sense or a strength is no
recurrence of the illness).  :func:`returned` names it; the period reader keeps the name.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import caseless
from .figure_context import WHOSE

_I = re.IGNORECASE
# What comes back, after a word that is no part of its name ("your", "their").
_DET = r"(?:(?:the|your|their|his|her|its|a|an|some|normal)\s+)?"
_THING = r"(?P<x>[A-Za-z][\w'-]*(?:\s[\w'-]+){0,3}?)"
_MODALS = (r"(?:\s+(?:usually|often|typically|generally|normally|gradually|slowly|fully|"
           r"completely|may|can|will|might|could|should|tends? to|starts? to|begins? to))*")
_BACK = r"(?:returns?|returned|returning|comes?\s+back|came\s+back|coming\s+back)"
# "regain full strength", "get their energy back" (before the period).
_REGAIN = re.compile(rf"\b(?:(?:regains?|regained|regaining)\s+{_DET}{_THING}"
                     r"(?=\s+(?:within|in|after|over|by|around|about|for)\b|\s*$)"
                     rf"|(?:get|gets|got|getting)\s+{_DET}"
                     r"(?P<y>[A-Za-z][\w'-]*(?:\s[\w'-]+){0,3}?)\s+back\b)", _I)
# "appetite usually returns within a week", "taste comes back ..." (before the period).
_COMES_BACK = re.compile(rf"(?:^|[,;:(]\s*|\b(?:and|but|while|until|before)\s+)\W*{_DET}"
                         rf"{_THING}{_MODALS}\s+{_BACK}(?P<normal>\s+to\s+normal)?\b", _I)
# "energy can take up to 8 weeks [to return to normal]": the thing before "take".
_TAKES = re.compile(rf"(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)\W*{_DET}{_THING}{_MODALS}\s+"
                    r"(?:takes?|took|taking)\b", _I)
_TO_COME_BACK = re.compile(rf"\W{{0,3}}\s*(?:or\s+(?:more|longer|so)\s+)?to\s+{_BACK}"
                           r"(?P<normal>\s+to\s+normal)?\b", _I)
# "... 3 months for feeling to come back", "8 weeks before your energy seems normal again"
# (after the period).
_FOR_TO_COME_BACK = re.compile(rf"\s*(?:or\s+(?:more|longer|so)\s+)?for\s+{_DET}{_THING}\s+to\s+"
                               rf"{_BACK}(?P<normal>\s+to\s+normal)?\b", _I)
_FOR_TO_BE_NORMAL = re.compile(rf"\s*(?:or\s+(?:more|longer|so)\s+)?for\s+{_DET}{_THING}\s+"
                               r"to\s+(?:look|feel|seem|be|get\s+back\s+to|go\s+back\s+to)\s+"
                               r"normal\b", _I)
_BEFORE_NORMAL = re.compile(rf"\s*(?:or\s+(?:more|longer|so)\s+)?(?:before|until)\s+{_DET}"
                            rf"{_THING}\s+(?:(?:seems?|is|are|feels?|looks?|gets?|goes)\s+)?"
                            r"(?:back\s+to\s+normal|normal(?:\s+again)?|(?:returns?|comes?\s+back)"
                            r"\s+to\s+normal)\b", _I)
# "most are back at work within a month", "children return to school after 2 weeks": the
# return to an everyday place or round, named "return to <it>".
_BACK_TO = re.compile(r"\b(?:(?:are|is|be|get|gets|got|getting|go|goes|went|going)\s+back|"
                      r"returns?|returned|returning)\s+(?:at|to)\s+(?:their\s+|your\s+|)"
                      r"(?P<x>work|school|nursery|daily activities|normal activities|"
                      r"usual activities|sport|exercise)\b", _I)
# The illness, its signs or a pronoun coming back is a relapse, not a return of health.
_NOT_RETURNED = re.compile(r"(?:it|they|this|these|that|he|she|you|we|people|patients|most|"
                           r"many|some|symptoms?|signs?|(?:the\s+)?(?:illness|disease|"
                           r"infection|condition|problem|rash|pain)|[\w-]+ly)$", _I)
_WORDS = ("regain", "return", "back", "normal")
# "energy levels": the energy.
_LEVELS = re.compile(r"\s+levels?$", _I)


def returned(sentence: str, lo: int, s: int, e: int,
             topic_words: tuple[str, ...] = ()) -> str | None:
    """Return "return of <thing>" when a period at ``s:e`` is the time until it comes back.

    ``lo`` is where the period's clause starts.  "to normal" or "normal again" names the
    thing's normal state: "return of normal energy".

    >>> returned("Most regain full strength within 2 months.", 0, 34, 42)
    'return of full strength'
    """
    if caseless.lacks(sentence, _WORDS):
        return None
    back = [*_BACK_TO.finditer(sentence, lo, s)] or [*_BACK_TO.finditer(sentence, e, e + 60)]
    if back:
        return f"return to {back[-1]['x'].lower()}"
    found, normal = _after(sentence, lo, s, e)
    if found is None:
        before = [*_REGAIN.finditer(sentence, lo, s), *_COMES_BACK.finditer(sentence, lo, s)]
        found = max(before, key=lambda m: m.end()) if before else None
        normal = found is not None and bool(found.groupdict().get("normal"))
    if found is None:
        return None
    x = re.sub(r"\s+", " ", (found.groupdict().get("y") or found["x"]).strip())
    x = _LEVELS.sub("", WHOSE.sub("", x))  # "your child's energy levels": the energy
    if _NOT_RETURNED.match(x) or any(w and w in x.lower() for w in topic_words):
        return None
    if x[1:].islower():  # ("Appetite returns ...": capitalised only as the sentence's start)
        x = x[0].lower() + x[1:]
    return f"return of normal {x}" if normal and not x.lower().startswith("normal ") \
        else f"return of {x}"


def _after(sentence: str, lo: int, s: int, e: int) -> tuple[re.Match[str] | None, bool]:
    """Return the thing a period's following words say comes back, and whether to normal."""
    after = _FOR_TO_COME_BACK.match(sentence, e)
    if after is not None:
        return after, bool(after["normal"])
    after = _BEFORE_NORMAL.match(sentence, e) or _FOR_TO_BE_NORMAL.match(sentence, e)
    if after is not None:
        return after, True
    to_back = _TO_COME_BACK.match(sentence, e)
    takes = list(_TAKES.finditer(sentence, lo, s)) if to_back is not None else []
    return (takes[-1], bool(to_back["normal"])) if to_back is not None and takes else (None, False)
