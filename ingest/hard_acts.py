"""Everyday acts a harm makes hard: "Scarring of the lungs can make breathing difficult".

Pages of many illnesses say what a harm does to daily life this way rather than naming
the difficulty as a sign ("difficulty breathing").  The sentence names two things a
reader files: the harm before the verb (unless it is the illness itself) and the
difficulty with the act, named as the lexicon names it.  The caller decides whether they
are signs or harms (by the section) and drops a harm that is the page's topic.
"""

from __future__ import annotations

from typing import NamedTuple

from claimgraph.ingest import re_cache as re

from . import caseless

# Words without which nothing below can match: a cheap first look on every sentence.
_KEYS = ("hard", "difficult")
# Acts whose difficulty has a name of its own, by the verb and by the gerund.
_GERUNDS = {"breathe": "breathing", "swallow": "swallowing", "walk": "walking",
            "talk": "talking", "speak": "speaking", "eat": "eating", "sleep": "sleeping",
            "see": "seeing", "hear": "hearing", "concentrate": "concentrating",
            "move": "moving", "stand": "standing", "remember": "remembering"}
_VERB = "|".join(_GERUNDS)
_GERUND = "|".join(_GERUNDS.values())
_MAKES = (r"\s+(?:can |may |might |could |will |often |sometimes |also |then |even |"
          r"usually )*(?:make|makes|made|making) ")
_HOW = r"(?:very |more |much |really |quite )?(?:hard|difficult)"
_WHO = (r"(?:for (?:you|people|them|him|her|someone|a person|patients|children|your child) )?")
# "X can make it hard (for you) to breathe", "X can make breathing difficult".
_MADE_HARD = re.compile(
    rf"^\s*(?P<x>[^,;:]{{1,60}}?){_MAKES}(?:it {_HOW} {_WHO}to (?P<verb>{_VERB})|"
    rf"(?P<gerund>{_GERUND}) {_HOW})\b", re.I)


# A subject that is a clause ("a condition of the airways that"): no harm named.
_CLAUSE = re.compile(r"\b(?:that|which|who|is|are)\b", re.I)


class MadeHard(NamedTuple):
    """A harm (``None`` when only a pronoun or the illness is named) and the difficulty."""

    harm: str | None
    difficulty: str
    words: str


def acts_made_hard(text: str) -> MadeHard | None:
    """Return what a sentence says a harm makes hard, or None.

    >>> acts_made_hard("Scarring of the lungs can make breathing difficult.")[:2]
    ('Scarring of the lungs', 'difficulty breathing')
    >>> acts_made_hard("It can make it hard for you to swallow.").difficulty
    'difficulty swallowing'
    >>> acts_made_hard("Exercise makes it easier to sleep.") is None
    True
    """
    if caseless.lacks(text, _KEYS):
        return None
    m = _MADE_HARD.search(text)
    if m is None:
        return None
    act = m["gerund"].lower() if m["gerund"] else _GERUNDS[m["verb"].lower()]
    harm = m["x"].strip()
    named = harm.lower() not in ("it", "this", "they", "these") and not _CLAUSE.search(harm)
    return MadeHard(harm if named else None, f"difficulty {act}", m.group(0).strip())
