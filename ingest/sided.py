"""Which side a return comes back on: "about 30 % of relapses occur on the same side", "1
in 10 have a second episode on the other side".

A one-sided illness that comes back may come back where it was or across: such a share
measures the relapses on one side, not relapse as a whole.  :func:`side_of_return` names
them ("same-side recurrence", "opposite-side recurrence", the event name the period reader
gives a relapse).
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .cues import clause_bounds

_I = re.IGNORECASE
_SIDE = re.compile(r"\bon\s+the\s+(?P<side>same|other|opposite)\s+side\b", _I)
_RETURN = re.compile(r"\b(?:relapses?|recurrences?|recurs|recurred|(?:second|further|repeat|"
                     r"another|new)\s+(?:episodes?|attacks?|bouts?)|comes?\s+back|came\s+back|"
                     r"re-?experienc\w+)\b", _I)
_BREAK = re.compile(r"[,;:()]")
# ("..., sometimes on the other side": some of them, not the figure's own)
_HEDGED_SIDE = re.compile(r"\b(?:sometimes|occasionally|often|usually|rarely|may be|can be)\s*$",
                          _I)
# "30 % of relapses ...": the share is of the relapses.
_OF_RETURNS = re.compile(r"\s*(?:%|percent\b|per cent\b)?\s*of\s+(?:all\s+)?(?:the\s+|these\s+)?"
                         r"(?:relapses|recurrences|episodes|attacks)\b", _I)


def side_of_return(sentence: str, s: int, e: int) -> tuple[str, str] | None:
    """Return (name, kind) of a return on one side, when the figure at ``s:e`` counts
    returns on the same or the other side (said in the figure's own clause: "a recurrence
    in 10 %, sometimes on the other side" is a relapse rate).

    >>> side_of_return("About 30% of relapses occur on the same side.", 6, 9)
    ('same-side recurrence', 'share')
    """
    if "side" not in sentence:
        return None
    lo = clause_bounds(sentence, s)[0]
    side = _SIDE.search(sentence, e)
    # (said after the figure, in its own stretch: no comma or semicolon between)
    if side is None or _BREAK.search(sentence, e, side.start()) or \
            _RETURN.search(sentence, lo, side.start()) is None or \
            _HEDGED_SIDE.search(sentence, max(e, side.start() - 16), side.start()):
        return None
    where = "same" if side["side"].lower() == "same" else "opposite"
    kind = "share" if _OF_RETURNS.match(sentence, e) else "frequency"
    return f"{where}-side recurrence", kind
