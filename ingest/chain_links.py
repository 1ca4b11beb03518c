"""A causal chain told over two sentences: "A damages B. This leads to C."

Pages tell how an illness works as a chain of steps, and the second step often
opens by pointing back ("This, in turn, leads to ...", "This eventually causes
...").  Read alone, "this" would be the page's topic; in a chain it is the last
step the sentence before named: what that sentence said was caused, or the
process it said the illness involves.  The caller passes the claims the sentence
before gave; this module only picks the step "this" points back to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re

# "This leads to", "This, in turn, causes", "This eventually results in": the opening that
# points back to the step before (a cheap first look: the sentence must start "This").
_POINTS_BACK = re.compile(r"\s*this\b(?:,? in turn,?| then| eventually| gradually| slowly|"
                          r" ultimately| over time| in time)?\s+(?:(?:can|may|might|could|will|"
                          r"often|then|eventually|also)\s+)*(?:leads? to|causes?|results? in|"
                          r"triggers?)\b", re.I)
# A step that can cause the next: a process read as the topic's own, or an effect caused.
_STEP_PREDICATES = frozenset({v.CAUSES, v.INVOLVES})
# Words after the step read that name a further step: a cause verb or ", starving ...".
_LATER_STEP = re.compile(r"\b(?:causes?|caused|causing|leads? to|led to|leading to|results? in|"
                         r"resulting in|triggers?|triggering)\b|,\s*(?:and\s+)?\w+ing\b", re.I)


class _Said(Protocol):
    subject: str
    predicate: str
    object: str | None
    negated: bool
    anchor: str


def step_pointed_back_to(previous: Sequence[_Said], text: str, before: str) -> str | None:
    """Return the step "This" opens a sentence by pointing back to, else None.

    That is the object of the last causal or process claim of the sentence before,
    when it is one named thing, not negated, and the last step ``before`` (the sentence
    before) names ("Plaques form in the veins. This leads to sores": the plaques' forming;
    not after "A leads to B, starving the skin of air", where the step read is not the last).
    """
    if text.lstrip()[:4].lower() != "this" or not _POINTS_BACK.match(text):
        return None
    steps = [c for c in previous if c.predicate in _STEP_PREDICATES and c.object
             and not c.negated]
    if not steps:
        return None
    last = steps[-1]
    low = before.lower()
    ends = [low.rfind(w) + len(w) for w in (last.anchor.lower(), last.object.lower().split()[-1])
            if w and w in low]
    if not ends or _LATER_STEP.search(before, max(ends)):
        return None  # the sentence went on to a further step than the one read
    # "A causes B and C. This leads to D": which of the two is meant is not said.
    if any(c.object != last.object for c in steps
           if c.subject == last.subject and c.predicate == last.predicate):
        return None
    return last.object
