"""A body part named inside another illness a person has is no site of the topic.

"Most people who get it have kidney disease", "it can occur in other
kidney-related disorders": the kidney names the other illness (a risk factor or
a setting), and says nothing of where the topic itself does harm.  The
body-site reading asks :func:`part_of_other_illness` before it records a site.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re
from claimgraph.ingest.re_cache import Match

# The part's word is the first word of an illness's name: "kidney disease", "liver
# failure", "heart-related conditions", "a lung transplant".
_ILLNESS_AFTER = re.compile(r"(?:-related\b|\s+(?:diseases?|disorders?|failure|transplants?|"
                            r"cancers?|conditions?)\b)", re.IGNORECASE)
# ... that someone has: "people with end-stage kidney disease", "who have had a kidney
# transplant", "on dialysis for kidney failure".
_HELD_BEFORE = re.compile(r"\b(?:with|have|has|had|having|of|for|other|any)\s+(?:(?:a|an|the|"
                          r"their|your|kind\s+of|type\s+of|form\s+of)\s+)?(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)


def part_of_other_illness(sentence: str, part: Match[str]) -> bool:
    """Return whether a matched body part only names another illness someone has.

    >>> s = "It is most common in people with chronic kidney disease."
    >>> part_of_other_illness(s, re.search("kidney", s))
    True
    >>> s = "It can cause kidney failure."
    >>> part_of_other_illness(s, re.search("kidney", s))
    False
    """
    after = _ILLNESS_AFTER.match(sentence, part.end())
    if after is None:
        return False
    return after.group(0).startswith("-") or _HELD_BEFORE.search(
        sentence, max(0, part.start() - 50), part.start()) is not None
