"""Other illnesses a page says must be told apart from the topic, in running text.

Three wordings say "this can be taken for that" without "mistaken for": a list of the
illnesses that give the same signs ("Other conditions that cause similar symptoms include
X and Y"), what doctors make sure it is not ("your doctor will check it's not something
more serious, such as a stroke"), and what is ruled out ("it is important to rule out a
stroke").  Read as signs or tests, the first gives the topic X and Y as symptoms and the
second a "stroke test"; they are look-alikes (``resembles``).
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

# "other conditions that cause similar symptoms", "illnesses with the same signs": the
# words before "include" that make a list of signs a list of look-alikes.
_ALIKE_OWNERS = re.compile(
    r"\b(?:conditions|illnesses|diseases|infections|problems|disorders)\b[^.;:]{0,30}?"
    r"\b(?:similar|the same|alike)\s*$", re.IGNORECASE)

# "rule out a stroke", "check it is not something more serious, such as a stroke": what the
# illness is told apart from.  "rule out other causes" names no illness (tests lists read it).
RULED_OUT = (
    r"\b(?:rul(?:e|es|ed|ing) out|exclud(?:e|es|ed|ing))\b(?= (?:an? |the )?(?!other\b|any\b|"
    r"some\b|more\b|possible\b|further\b|these\b|this\b|it\b|them\b)[a-z])"
    r"|\b(?:check|make sure|be sure|confirm)(?: that)? (?:it|this|the (?:symptoms?|problem|"
    r"weakness|condition))(?:'s| is| are)(?:n't| not) (?:caused by )?(?:something|anything)"
    r"(?: (?:more serious|else|worse))?,? (?:such as|like)\b")


def lists_look_alikes(before: str) -> bool:
    """Return whether a list's lead names illnesses with the same signs, not the signs.

    >>> lists_look_alikes("Other conditions that cause similar ")
    True
    >>> lists_look_alikes("The main ")
    False
    """
    return _ALIKE_OWNERS.search(before) is not None
