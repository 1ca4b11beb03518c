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

from . import patterns as p

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
    """What is read of a claim of the sentence before (a RawClaim has it)."""

    @property
    def subject(self) -> str: ...
    @property
    def predicate(self) -> str: ...
    @property
    def object(self) -> str | None: ...
    @property
    def negated(self) -> bool: ...
    @property
    def anchor(self) -> str: ...


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
    low, named = before.lower(), (last.object or "").lower().split()
    ends = [low.rfind(w) + len(w) for w in (last.anchor.lower(), named[-1] if named else "")
            if w and w in low]
    if not ends or _LATER_STEP.search(before, max(ends)):
        return None  # the sentence went on to a further step than the one read
    # "A causes B and C. This leads to D": which of the two is meant is not said.
    if any(c.object != last.object for c in steps
           if c.subject == last.subject and c.predicate == last.predicate):
        return None
    return last.object


# "blood clots in the arteries": a step named with where it happens.  Between two other
# things only short names are kept, so the place is left off (the rule that reads where
# the illness is reads it from the same words).  A one-word head keeps it: "fluid in the
# lungs" is not fluid.
_AT_SITE = re.compile(r"^(?P<n>[\w'-]+(?: [\w'-]+){1,2}) (?:in|within|throughout) (?:the |your |"
                      r"their |its |small |tiny )*(?P<site>[\w -]+)$", re.I)


# "most often occurring in the legs": how often or where, with no step named before it.
_NOT_A_STEP = re.compile(r"\b(?:\w+ly|occurring|found|seen|located|present|common|rare)$", re.I)


def site_left_off(name: str) -> str:
    """Return a step's name without the body site it is said to happen in.

    >>> site_left_off("blood clots in the small veins"), site_left_off("fluid in the lungs")
    ('blood clots', 'fluid in the lungs')
    """
    if " in " not in name and " within " not in name and " throughout " not in name:
        return name
    m = _AT_SITE.match(name)
    if m is None or not p.ANATOMY.fullmatch(m.group("site")) or _NOT_A_STEP.search(m.group("n")):
        return name
    return m.group("n")
