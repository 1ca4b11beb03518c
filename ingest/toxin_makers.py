"""Find the germs a sentence says make the toxins behind an illness.

Pages about an illness that a germ's toxin brings on name the germ as the maker of the
toxin rather than as the cause: "Some bacteria make toxins that cause it", "The toxins
are made by two kinds of bacteria: A and B".  Readers (and the gold) take the maker as a
cause of the illness.  The rules call :func:`toxin_makers` on sentences that hold a toxin
word (a cheap gate) and emit each maker as causing the topic when the toxin is the
topic's (the rest of the sentence says the toxin causes it, or names it).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import caseless, re_cache as re

# "A (and B) make/produce/release toxins that ...": the maker first, then what follows.
_MAKES_TOXIN = re.compile(
    r"^\s*(?P<x>[^.;:]{2,140}?),?\s+(?:(?:can|may|might|also|often|usually|"
    r"sometimes)\s+)*(?:make|makes|produce|produces|release|releases|give off|gives off|"
    r"secrete|secretes)\s+(?:an? |the |certain |some |one or more |poisonous )?(?:[\w-]+ )?"
    r"(?:toxins?|poisons?)\b(?P<rest>.*)$", re.I)
# "The toxins are made by (two types of bacteria:) A and B".
_TOXIN_MADE_BY = re.compile(
    r"^\s*(?:the |these |such )?(?:[\w-]+ )?(?:toxins?|poisons?)\s+(?:is|are|can be|may be)\s+"
    r"(?:usually |mostly |mainly |often )?(?:made|produced|released|secreted|given off)\s+by\s+"
    r"(?:[^:.;]{0,60}:\s*)?(?P<x>[^.;]{2,120}?)\s*[.;]?\s*$", re.I)
# The verbs every match of the two patterns above holds (tests/test_gates.py checks it):
# a sentence with a toxin word but no such verb skips their passes, which try the verb
# after each of up to 140 characters (~1 ms on a long sentence).
_MAKES_TOXIN_WORDS = ("make", "produce", "release", "give off", "gives off", "secrete")
_TOXIN_MADE_BY_WORDS = ("made", "produced", "released", "secreted", "given off")
# What the rest of a "makes toxins" sentence says the toxins do to an illness.
_THAT_CAUSE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:(?:called|named|known as)\s+[^,.;]{1,30}?)?"
                         r",?\s*(?:that|which)\s+(?:can |may |might |"
                         r"often |usually |then )*(?:cause|causes|lead to|leads to|trigger|"
                         r"triggers|result in|results in)\s+(?P<what>[^,.;]+)", re.I)


@dataclass(frozen=True, slots=True)
class ToxinMakers:
    """The makers a sentence names, and what it says their toxin causes ("" if unsaid)."""

    makers: str
    causes: str


def toxin_makers(sentence: str) -> ToxinMakers | None:
    """Return the makers of a toxin a sentence names, or None.

    >>> toxin_makers("Some bacteria make toxins that cause the illness.")
    ToxinMakers(makers='Some bacteria', causes='the illness')
    >>> toxin_makers("The toxins are made by two types of bacteria: A and B.")
    ToxinMakers(makers='A and B', causes='')
    """
    made = None if caseless.lacks(sentence, _TOXIN_MADE_BY_WORDS) else \
        _TOXIN_MADE_BY.match(sentence)
    if made is not None:
        return ToxinMakers(made.group("x"), "")
    makes = None if caseless.lacks(sentence, _MAKES_TOXIN_WORDS) else \
        _MAKES_TOXIN.match(sentence)
    if makes is None:
        return None
    then = _THAT_CAUSE.match(makes.group("rest"))
    if then is None:
        return None  # "A makes toxins that damage the skin": a mechanism, no cause of it
    return ToxinMakers(makes.group("x"), then.group("what").strip())
