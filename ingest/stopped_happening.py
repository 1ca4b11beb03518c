"""What care stops from happening: "aspirin helps stop blood clots (from) forming".

"Stop" and "keep" with a thing and then what it would do ("stop clots forming", "keep
germs from spreading") keep that thing away: the claim is that the care prevents the
thing, not that it "targets" "blood clots forming".  The purpose phrase reads the verb;
this module reads the words after it.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .patterns import ANATOMY

_STOP_VERB = re.compile(r"\b(?:stop|stops|stopping|keep|keeps|keeping)\s*$", re.IGNORECASE)
# "the blood clots (from) forming", "it from spreading": the thing, then "from" or
# nothing, then what it would do (a verb in -ing, maybe a particle after it).
_THING_DOING = re.compile(
    r"^\s*(?:(?:the|your|any|a|an|their|more|further|new)\s+)*(?P<x>[a-z][\w' -]{1,40}?)\s+"
    r"(?:from\s+)?(?P<g>[a-z]+ing)(?:\s+(?:out|up|down|back|again|further|worse))?\b",
    re.IGNORECASE)
# Words in -ing that name a thing ("bleeding", "swelling"): "stop the bleeding" has no act.
_NOUN_ING = re.compile(r"^(?:bleeding|swelling|itching|scarring|vomiting|bruising|"
                       r"blistering|ringing|tingling|burning|drooping|wheezing)$", re.IGNORECASE)


def kept_from(verb: str, right: str) -> str | None:
    """Return the thing "stop"/"keep" keeps away in ``right``, or None.

    >>> kept_from("helps stop", " blood clots forming in the arteries")
    'blood clots'
    >>> kept_from("keep", " the eye from drying out") is None  # a part, not a harm
    True
    >>> kept_from("stop", " the bleeding") is None, kept_from("reduce", " clots forming") is None
    (True, True)
    """
    if not _STOP_VERB.search(verb):
        return None
    m = _THING_DOING.match(right)
    if m is None or _NOUN_ING.match(m.group("g")):
        return None
    thing = m.group("x").strip()
    return None if ANATOMY.fullmatch(thing) else thing
