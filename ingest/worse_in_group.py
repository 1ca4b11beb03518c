"""Who has it worse: "In people with a weak immune system the rash may spread widely".

A group named as the setting of a sign that widens or of an illness that is more severe
("The illness is more severe in babies", "In those with diabetes the infection tends to
be more severe") says what the group's state raises the risk of: a generalized sign, or
a severe form.  The words yield the group as written, the sign (or None when the words
name the illness itself) and which of the two; the caller names the group's factor
("people with diabetes": diabetes) and emits the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from . import caseless

_WHO = (r"(?:(?:very )?[a-z-]+ )?(?:people|persons|those|patients|"
        r"children|adults|babies|infants|individuals|women|men)\b[^,.;]{0,60}?")
# A sign of one or two words, the second no modal or verb ("the rash may": the rash).
_SIGN = (r"(?P<sign>[a-z]+(?: (?!(?:may|can|might|could|often|usually|will|also|tends?|is|are|"
         r"be)\b)[a-z]+)?)")
# The ways a sign widens and an illness worsens, and what each is named.
_WIDENS = (r"(?:occur|appear|spread) (?:widely|all over(?: the body)?|over (?:the|their) "
           r"whole body)|become (?:generali[sz]ed|widespread)|(?:be|is|are) (?:more )?"
           r"(?:widespread|generali[sz]ed)")
_WORSE = (r"(?:be|is|are|tends? to be|tend to be) (?:often |usually |generally |much |far )?"
          r"(?:more (?:severe|serious)|worse)")
# "In (rare cases, usually among) people with X, the rash may spread widely".
_LEAD = re.compile(
    r"^\s*(?:in (?:rare|some|a few) cases,?\s*)?(?:(?:usually|mostly|especially|particularly)"
    r"\s+)?(?:in|among) (?P<who>" + _WHO + r"),?\s+(?:the |a |an |their |its )?"
    + _SIGN + r" (?:(?:may|can|might|could|often|usually|will|also) )*"
    r"(?P<how>" + _WIDENS + r"|" + _WORSE + r")\b", re.IGNORECASE)
# "The illness is more severe in babies", "Symptoms are often worse in older people".
_AFTER = re.compile(
    r"^\s*(?:the |its |their )?" + _SIGN + r" (?P<how>" + _WORSE + r"|"
    + _WIDENS + r") (?:in|among|for) (?P<who>" + _WHO + r")(?=[.,;]|$)", re.IGNORECASE)
# What names the illness itself rather than one of its signs.
_ITSELF = re.compile(r"^(?:it|illness|condition|disease|infection|symptoms|signs|"
                     r"the (?:illness|condition|disease|infection))$", re.IGNORECASE)
# What a page says of the outcome, no sign: read as a prognosis factor elsewhere.
_OUTLOOK = re.compile(r"(?:outlook|prognosis|outcomes?|recovery|chances?|survival)$",
                      re.IGNORECASE)
_HINTS = ("widely", "generali", "widespread", "whole body", "all over", "severe", "serious",
          "worse")
# "The rash may become generalized", with no group: the sign widening is itself a harm.
_WIDENS_ALONE = re.compile(
    r"^\s*(?:in (?:rare|some|a few|severe) cases,?\s*)?(?:the |a |an |its |their )?" + _SIGN
    + r" (?:(?:may|can|might|could|often|usually|will|also|sometimes|occasionally) )*"
    r"(?P<how>" + _WIDENS + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WorseInGroup:
    """A group whose sign widens, or whose illness is more severe."""

    who: str  # the group as written ("people with a weak immune system")
    sign: str | None  # the sign that widens or worsens, None for the illness itself
    widens: bool  # a generalized sign rather than a severe one
    said: str  # the words that say it


def worse_in_group(sentence: str) -> WorseInGroup | None:
    """Return the group a sentence says has a sign widen or the illness worsen, else None.

    >>> w = worse_in_group("Among those with weak immune defences the spots can appear all over.")
    >>> (w.who, w.sign, w.widens)
    ('those with weak immune defences', 'spots', True)
    >>> worse_in_group("The illness is more severe in babies.").sign is None
    True
    >>> worse_in_group("The rash may spread widely.") is None  # no group
    True
    """
    if caseless.lacks(sentence, _HINTS):
        return None
    m = _LEAD.match(sentence) or _AFTER.match(sentence)
    if m is None:
        return None
    sign = m["sign"].lower()
    if _OUTLOOK.match(sign):
        return None  # "The outlook is worse for older people": the outlook's reader's
    how = m["how"].lower()
    widens = not ("severe" in how or "serious" in how or "worse" in how)
    return WorseInGroup(m["who"].strip(), None if _ITSELF.match(sign) else sign, widens,
                        m.group(0).strip())


def widened_sign(sentence: str) -> tuple[str, str] | None:
    """Return (sign, words) when a sentence says a sign widens with no group named, else None.

    >>> widened_sign("The rash may become generalized.")
    ('rash', 'The rash may become generalized')
    >>> widened_sign("It may spread widely.") is None  # the illness, no sign
    True
    """
    if caseless.lacks(sentence, _HINTS):
        return None
    m = _WIDENS_ALONE.match(sentence)
    if m is None or _ITSELF.match(m["sign"]):
        return None
    return m["sign"].lower(), m.group(0).strip()
