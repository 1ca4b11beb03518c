"""How fast an illness starts: "Symptoms come on suddenly", "the onset is gradual".

Pages describe the pace of onset as a feature of the illness, and readers record
it as one of its signs ("sudden onset", "gradual onset"), a feature that tells
look-alikes apart.  The words that say it are a clause about the symptoms (or
the illness, or one of its signs) starting, and an adverb of pace; no relation
phrase of the rule table covers them, since neither side names a thing.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

# The pace words and the onset each names.
_PACE = {"suddenly": "sudden onset", "abruptly": "sudden onset", "sudden": "sudden onset",
         "abrupt": "sudden onset", "quickly": "rapid onset", "rapidly": "rapid onset",
         "rapid": "rapid onset", "fast": "rapid onset", "gradually": "gradual onset",
         "slowly": "gradual onset", "gradual": "gradual onset", "slow": "gradual onset",
         "insidious": "gradual onset", "insidiously": "gradual onset"}
_PACE_WORDS = "|".join(sorted(_PACE, key=len, reverse=True))
# "Symptoms (usually) come on suddenly", "The weakness develops gradually", "It starts
# abruptly": a subject, a verb of starting, then the pace (maybe after "very").
_STARTS = re.compile(
    # ("Unlike a stroke, the weakness develops gradually": told apart by its pace)
    r"^\s*(?:unlike [^,]{1,50},\s*)?(?:(?:typically|usually|often|generally),?\s+)?"
    r"(?P<who>symptoms|signs|the symptoms|"
    r"(?:the |this )?(?:illness|condition|disease|infection)|it|(?:the |a )?[a-z]+ (?:weakness|"
    r"pain|rash|fever|paralysis)|(?:the )?(?:weakness|pain|rash|fever|paralysis))\s+"
    r"(?:(?:usually|often|typically|generally|tend to|may|can|will|often|normally)\s+)*"
    r"(?:come|comes|came|start|starts|started|begin|begins|began|develop|develops|developed|"
    r"appear|appears|appeared|set in|sets in|occur|occurs)(?:\s+on)?\s+(?:very\s+|quite\s+)?"
    rf"(?P<pace>{_PACE_WORDS})\b", re.IGNORECASE)
# "The onset (of symptoms) is (usually) sudden", "Onset is typically gradual".
_ONSET_IS = re.compile(
    r"^\s*(?:(?:typically|usually|often|generally),?\s+)?(?:the\s+)?onset(?:\s+of\s+"
    r"(?:the\s+)?(?:symptoms|signs|the illness|illness))?\s+(?:is|tends to be)\s+"
    r"(?:(?:usually|often|typically|generally|very|quite)\s+)*"
    rf"(?P<pace>{_PACE_WORDS})\b", re.IGNORECASE)
# Cheap look first: most sentences name no pace word.
_HINTS = ("sudden", "abrupt", "quick", "rapid", "fast", "gradual", "slow", "insidious")


def onset_pace(sentence: str) -> tuple[str, str] | None:
    """Return (onset name, the words that say it) for a sentence about how fast the illness
    starts, else None.

    >>> onset_pace("Symptoms usually come on suddenly.")
    ('sudden onset', 'Symptoms usually come on suddenly')
    >>> onset_pace("Often the onset of signs is gradual.")[0]
    'gradual onset'
    >>> onset_pace("The rash spreads quickly.") is None  # spreading, not starting
    True
    """
    low = sentence.lower()
    if not any(hint in low for hint in _HINTS):
        return None
    m = _STARTS.match(sentence) or _ONSET_IS.match(sentence)
    if m is None:
        return None
    return _PACE[m["pace"].lower()], m.group(0).strip()
