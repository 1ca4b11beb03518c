"""A harm that became rarer once a remedy came into use: the remedy prevents it.

Clinical references tell a remedy's worth as history: "the rate of heart damage fell to
under 5 % following the introduction of X", "since X was introduced, Y has become much
rarer".  A reader records two claims: X prevents Y, and X is a remedy for the illness the
page is about (it was introduced to treat it).  This module finds the two names; the rules
clean and emit them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

_FELL_AFTER = re.compile(
    r"\b(?:fall|drop|decrease|decline|reduction|fell|dropped|decreased|declined)\s+in\s+"
    r"(?:the\s+)?(?:rate|frequency|incidence|number|risk|proportion|share)\s+of\s+"
    r"(?P<y>[\w' -]{3,50}?)(?:\s+(?:to|from|by)\s+[^,;]{1,30}?)?\s+(?:following|after|since|"
    r"with)\s+(?:the\s+)?(?:introduction|use|advent|arrival|wide use|routine use)\s+of\s+"
    r"(?P<x>[\w' ()-]{3,60}?)(?=\s*[.;,]|\s*$)", re.I)
_RARER_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:introduction\s+of\s+)?(?P<x>[\w' -]{3,40}?)\s+(?:was|were|"
    r"became|has been|have been)\s+(?:introduced|available|in use|widely used),\s*"
    r"(?P<y>[\w' -]{3,50}?)\s+(?:has|have)\s+become\s+(?:much\s+|far\s+|a lot\s+)?(?:rarer|"
    r"less common|less frequent|uncommon|rare)\b", re.I)


@dataclass(frozen=True, slots=True)
class Introduced:
    """A remedy, the harm that became rarer with it, and the words that say so."""

    remedy: str
    harm: str
    anchor: str


def introduced_care(text: str) -> Iterator[Introduced]:
    """Yield each remedy whose coming into use made a harm rarer.

    >>> [(i.remedy, i.harm) for i in introduced_care(
    ...     "Heart damage became rarer, with a fall in the rate of heart damage to 4% "
    ...     "following the introduction of zorbacillin treatment.")]
    [('zorbacillin treatment', 'heart damage')]
    >>> [(i.remedy, i.harm) for i in introduced_care(
    ...     "Since zorbacillin was introduced, heart damage has become much rarer.")]
    [('zorbacillin', 'heart damage')]
    """
    if "introduc" not in text.lower() and " use " not in text.lower():
        return
    for rx in (_FELL_AFTER, _RARER_SINCE):
        for m in rx.finditer(text):
            yield Introduced(m.group("x").strip(), m.group("y").strip(), m.group(0))
