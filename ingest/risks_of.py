"""Read harms a page names as the risks of something: "Scarring is a known risk of the operation".

Pages on a condition list what its treatments or exposures can bring with the
noun "risk" after the harm: "A and B are possible risks associated with this
surgery", "Bleeding is a rare risk of the procedure".  The thing carrying the risk
raises the risk of each harm.  The reading returns the words as said; the rules name
the thing ("this surgery" is the surgery the sentence before named, see
:func:`named_before`) and record the claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

# "A and B are possible risks associated with this surgery", "A is a rare risk of X".
_RISKS_OF = re.compile(
    r"^\s*(?P<y>[^.;:]{3,120}?) (?:is|are) (?:also |both )?(?:a |an |the |some of the |"
    r"among the )?(?:(?:main|possible|known|rare|potential|recogni[sz]ed|serious|common|"
    r"other|small|major|well-known|important) )*(?:risks?|dangers?|hazards?) (?:of|associated "
    r"with|linked (?:to|with)|that come with|from|with) (?P<x>[^.;,]{3,80})", re.I)
# "there is a risk of": the harm is after "of", no subject names a harm before it.
_THERE = re.compile(r"\bthere(?:'s)?\s*$", re.I)
# "The main risks of surgery include bleeding and infection".
_RISKS_INCLUDE = re.compile(
    r"^\s*(?:the )?(?:(?:main|possible|known|rare|potential|serious|common|other|small|major)"
    r" )*(?:risks|dangers|hazards) (?:of|associated with|linked (?:to|with)|from|with) "
    r"(?P<x>[^.;,]{3,60}?) (?:can |may |might )?(?:include|includes|are)\b:?\s+(?P<y>[^.;]+)",
    re.I)
_POSSIBLE = re.compile(r"\b(?:possible|potential)\s+(?=(?:[a-z]+ )?(?:risks?|dangers?|hazards?)\b)",
                       re.I)
# Words that end a name read backwards from its head ("after the surgery": surgery).
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "any", "no",
                             "of", "for", "and", "or", "with", "after", "before", "is", "are",
                             "was", "were", "be", "to", "in", "on", "by", "from", "as", "such",
                             "your", "their", "its", "his", "her", "our", "my", "some", "it"})
# "this surgery", "the procedure": a thing named before, by its last word.
_POINTS_BACK = re.compile(r"^(?:this|that|the|such|these|those) (?P<head>[a-z-]+)$", re.I)


@dataclass(frozen=True, slots=True)
class RisksOf:
    """Harms said to be risks of one thing."""

    harms: str  # "A and B", as written
    source: str  # what carries the risk, as written: "this surgery"
    anchor: str
    said: str  # the anchor without "possible" before "risks": the harms are possible,
    # the risk is not hedged


def risks_of(text: str) -> RisksOf | None:
    """Return the harms a sentence names as risks of something, or None.

    >>> r = risks_of("Scarring and grumps are known risks of the operation.")
    >>> (r.harms, r.source)
    ('Scarring and grumps', 'the operation')
    >>> risks_of("The risks of surgery include bleeding.").harms
    'bleeding'
    >>> risks_of("The risk of grebble fever is low.") is None
    True
    >>> risks_of("If care is late, there is a risk of scarring.") is None
    True
    """
    m = _RISKS_OF.search(text) or _RISKS_INCLUDE.search(text)
    if m is None or _THERE.search(m.group("y")):
        return None  # "..., there is a risk of X": X is the risk, nothing carries it
    return RisksOf(m.group("y"), m.group("x").strip(), m.group(0),
                   _POSSIBLE.sub("", m.group(0)))


def named_before(source: str, before: str) -> str | None:
    """Return the name "this surgery" points back to in the text before, or None when the
    words point back to nothing or the text before has no name ending the same.

    The name is the last mention of the head noun with up to two describing words
    before it (function words cut it short: "of the surgery" is "surgery").

    >>> named_before("this surgery", "Nerve-release surgery is seldom offered now. ")
    'nerve-release surgery'
    >>> named_before("this surgery", "Steroids help.") is None
    True
    """
    m = _POINTS_BACK.match(source.strip())
    if m is None:
        return None
    head = m.group("head").lower()
    said = list(re.finditer(rf"((?:[a-z][\w-]* ){{0,2}}){re.escape(head)}\b", before.lower()))
    if not said:
        return None
    last = said[-1]
    words = last.group(1).split()
    while words and words[0] in _FUNCTION_WORDS:
        words = words[1:]
    if any(w in _FUNCTION_WORDS for w in words):
        words = words[max(i for i, w in enumerate(words) if w in _FUNCTION_WORDS) + 1:]
    return " ".join([*words, head])
