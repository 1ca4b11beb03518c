"""Read a risk that grows with how long something lasts: "the longer the mite stays attached".

Pages say a duration raises the risk without naming it: "The longer the splinter
remains lodged, the greater the risk", "Infection is more likely if the patch is left
stuck on for more than a day".  Readers name the factor by its noun: prolonged splinter
lodgement, prolonged patch sticking.  :func:`prolonged_factor` returns that name and
what the risk is of, as written (the rules decide whether that is the topic).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas

# "the longer a mite stays attached", "if a patch is left stuck for more than a day".
_LONGER = re.compile(
    r"\bthe longer (?P<np>(?:the |a |an |your |their )?[a-z-]+(?: [a-z-]+)?) (?:is|are|remains?|"
    r"stays?|has been|have been|is left|are left)(?: \w+ly)? (?P<part>[a-z]+ed)\b"
    r"|\bif (?P<np2>(?:the |a |an |your |their )[a-z-]+(?: [a-z-]+)?) (?:is|are|remains?|stays?|"
    r"has been|have been|is left|are left)(?: \w+ly)? (?P<part2>[a-z]+ed)\b[^.;]{0,40}? for "
    r"(?:more|longer) than(?![a-z])", re.I)
# The risk the duration raises, when the sentence names it: "the greater the risk of X".
_RISK_OF = re.compile(r"\b(?:risk|chances?|likelihood) (?:of|for) (?:getting |developing "
                      r"|catching )?(?P<y>[^,.;]+)", re.I)
# ... or says only that it is more likely.
_RISK_CUE = re.compile(r"\b(?:more|most) likely\b|\b(?:greater|higher) (?:the|your) "
                       r"(?:risk|chance)\b", re.I)
# Noun endings made from a verb: attach/attachment, expose/exposure, infect/infection.
_NOUN_ENDINGS = (("", "ment"), ("", "ion"), ("e", "ion"), ("e", "ure"), ("", "ance"),
                 ("e", "ation"), ("", "ation"))
_DETERMINERS = re.compile(r"^(?:the|a|an|your|their)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Prolonged:
    """A thing lasting long raising a risk: the factor's name and what it is the risk of."""

    factor: str  # "prolonged tick attachment"
    of: str  # what the risk is of, as written ("" when the sentence says "more likely")
    anchor: str


def _act_noun(participle: str) -> str | None:
    """Return the noun of what a participle's verb does ("attached" -> "attachment")."""
    verbs = all_lemmas(participle.lower()).get("VERB", ())
    for verb in verbs:
        for cut, ending in _NOUN_ENDINGS:
            if cut and not verb.endswith(cut):
                continue
            noun = (verb[: -len(cut)] if cut else verb) + ending
            if all_lemmas(noun).get("NOUN") == (noun,):
                return noun
    return None


def prolonged_factor(text: str) -> Prolonged | None:
    """Return the duration a sentence says raises a risk, or None.

    >>> p = prolonged_factor("The longer a mite stays attached, the higher the risk.")
    >>> (p.factor, p.of)
    ('prolonged mite attachment', '')
    >>> prolonged_factor("The longer version is here.") is None
    True
    """
    m = _LONGER.search(text)
    of = _RISK_OF.search(text) if m is not None else None
    if m is None or (of is None and _RISK_CUE.search(text) is None):
        return None
    noun = _act_noun(m.group("part") or m.group("part2"))
    if noun is None:
        return None
    thing = _DETERMINERS.sub("", (m.group("np") or m.group("np2")).lower())
    return Prolonged(f"prolonged {thing} {noun}", of.group("y").strip() if of else "",
                     m.group(0))
