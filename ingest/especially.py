"""Read who a sentence says is most at risk after "especially": "Anyone can get it,
especially older adults and people with diabetes".

Pages often say first that anyone can be affected and then name, after "especially" or
"particularly", the people most at risk; what those people are or have raises the risk
of the topic (or of its complications, when those are what the sentence is about).
The rules call :func:`especially_who` on sentences holding one of the cue words (a
cheap gate).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from .patterns import ANATOMY

# ", especially people with X", ", particularly in babies", ", especially with age".
_ESPECIALLY = re.compile(r",\s*(?:but\s+)?(?:especially|particularly|mainly|mostly|most often|"
                         r"above all)\s+(?:in\s+|among\s+|with\s+|for\s+)?(?P<who>[^.;:]{2,160})",
                         re.I)
# The clause before: anyone affected, or the topic (or its complications) happening.
_ANYONE = re.compile(r"\b(?:anyone|anybody|everyone|any age|all ages|people of all ages)\b", re.I)
_HAPPENS = re.compile(r"\b(?:affects?|affecting|happens?|occurs?|develops?|get|gets|catch|"
                      r"catches|can (?:happen|occur|develop|affect))\b", re.I)
_COMPLICATIONS = re.compile(r"^\W*(?:\w+ )?complications?\b", re.I)
# Who may catch it from someone is a matter of contagion, not of risk factors here.
_PASSING = re.compile(r"\b(?:contact|contagious|avoid|spread|pass|infect others|anyone who)\b",
                      re.I)
_DETERMINER = re.compile(r"^(?:the|your|their|his|her|its)\s+", re.I)
# How grave it is is no risk of getting it: "It can be serious, especially in babies".
_GRAVE = re.compile(r"\b(?:serious|severe|dangerous|fatal|deadly|life-threatening|worse)\b",
                    re.I)


@dataclass(frozen=True, slots=True)
class Especially:
    """Who is named after "especially", and whether the sentence is about complications."""

    who: str
    complications: bool
    start: int


def especially_who(sentence: str) -> Especially | None:
    """Return who a sentence names as most at risk after "especially", or None.

    >>> especially_who("Anyone can get it, especially older adults.").who
    'older adults'
    >>> especially_who("It can be serious, especially in babies.") is None
    True
    """
    m = _ESPECIALLY.search(sentence)
    if m is None:
        return None
    main = sentence[:m.start()]
    if _GRAVE.search(main) or _PASSING.search(main) or not _HAPPENS.search(main):
        return None
    if ANATOMY.match(_DETERMINER.sub("", m.group("who"))):
        return None  # "spasms, particularly in the jaw and neck": where, no people
    return Especially(m.group("who"), bool(_COMPLICATIONS.match(main)), m.start())
