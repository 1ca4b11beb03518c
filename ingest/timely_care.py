"""Read timely care as prevention: early diagnosis or treatment keeps a harm away.

Pages say it three ways besides "early treatment prevents Y": by the harm of late
care ("if not treated promptly, it can cause vision loss"; "without prompt
treatment it can be fatal"), by a verdict on early care ("early diagnosis and
treatment are vital to prevent death") and by a purpose ("diagnose and treat it
early so that infections can be prevented").  Each names which care (diagnosis,
treatment or both) as pages compare it: "early diagnosis", "early treatment".
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from . import caseless

_SOON = (r"(?:promptly|quickly|early|soon|in time|right away|straight away|immediately|fast|"
         r"urgently|as soon as possible)")
# "If not treated promptly", "if it isn't diagnosed early", "unless treated quickly",
# "without prompt treatment": late care, and what follows is the harm it lets happen.
_LATE_CARE = re.compile(
    r"\b(?:(?:if|when) (?:it |this |they |the (?:condition|infection|illness|disease) )?"
    r"(?:isn't|aren't|is not|are not|not)|unless (?:it |this |they |the (?:condition|infection|"
    r"illness|disease) )?(?:is |are )?)\s*(?P<how>treated|diagnosed|caught|spotted|recogni[sz]ed|"
    rf"picked up)(?: and treated)? {_SOON}\b"
    r"|\bwithout (?:prompt|early|quick|immediate|timely|urgent|fast|rapid|swift) (?:medical )?"
    r"(?P<what>diagnosis and treatment|treatment|diagnosis|care|attention|surgery)\b",
    re.IGNORECASE)
# "Early diagnosis and treatment are vital to prevent death".
_EARLY_CARE_KEY = re.compile(
    r"^\s*(?P<x>(?:early|prompt|rapid|quick|timely|immediate|fast|swift) (?:medical )?"
    r"(?:diagnosis|recognition|detection|treatment|care|surgery)(?: and (?:early |prompt )?"
    r"(?:diagnosis|treatment|surgery))?) (?:is|are) (?:\w+ )?(?:key|crucial|vital|essential|"
    r"important|critical) (?:to|in|for) (?:help(?:ing)? )?(?:prevent|preventing|avoid|avoiding) "
    r"(?P<y>[^.;,]+)", re.IGNORECASE)
# "Doctors try to spot it and treat it quickly so that lasting harm can be avoided",
# "... treat it promptly to prevent lasting harm".
_EARLY_CARE_PURPOSE = re.compile(
    r"\b(?P<x>(?:diagnos(?:e|ing)|treat(?:ing)?|recogni[sz](?:e|ing))(?: and (?:diagnos(?:e|ing)|"
    r"treat(?:ing)?))?)\b[^.;]{0,40}?\b" + _SOON + r"\b[^.;]{0,20}?\b(?:(?:so that|so) "
    r"(?P<y>[^.;,]{2,50}?) (?:can|will|may) be (?:prevented|avoided)|(?:in order )?to (?:help )?"
    r"(?:prevent|avoid) (?P<y2>[^.;,]+))", re.IGNORECASE)
# "Serious complications are rare if treatment starts early", "... with early treatment".
_RARE_IF_EARLY = re.compile(
    r"\b(?P<y>(?:serious |severe |lasting |long-term )?(?:complications?|problems?|death|"
    r"[\w-]+ damage)) (?:are|is) (?:rare|uncommon|unusual|unlikely|less (?:likely|common)) "
    r"(?:if|when|once) (?P<x>treatment|care|it is (?:diagnosed and )?treated|it is caught|it is "
    r"diagnosed)(?: (?:is )?(?:starts?|started|begins?|begun|given))? " + _SOON + r"\b"
    r"|\b(?P<y2>(?:serious |severe |lasting |long-term )?(?:complications?|problems?)) (?:are|is)"
    r" (?:rare|uncommon|unusual|unlikely) with (?P<x2>(?:early|prompt|timely|quick) (?:diagnosis "
    r"and )?treatment)\b", re.IGNORECASE)
# "..., there's a risk that it could cause a degree of lasting nerve pain": the harm late
# care lets happen, when no rule named it as a complication.
_HARM_AFTER = re.compile(
    r"\b(?:cause|causes|lead to|leads to|result in|results in|leave|leaves)\s+(?:(?:a degree of|"
    r"some degree of|some|a|an|the)\s+)*(?P<y>[^.;,()]{3,60})", re.IGNORECASE)
_WORDS = ("treat", "diagnos", "caught", "spotted", "recogni", "picked up", "care", "surgery",
          "attention")


# Timely care named in other words than "early diagnosis" / "early treatment": "prompt
# diagnosis", "rapid recognition", "spotting the signs early", "seeking help promptly".
_SOON_ADJ = r"(?:early|earlier|prompt|rapid|quick|timely|immediate|swift|fast|urgent)"
_TIMELY_DIAGNOSIS = re.compile(
    rf"^{_SOON_ADJ} (?:diagnosis|recognition|detection|identification)$"
    r"|^(?:spotting|recognising|recognizing|detecting|diagnosing|identifying|finding|catching)"
    rf"(?: [\w']+){{0,3}}? {_SOON}$", re.IGNORECASE)
_TIMELY_TREATMENT = re.compile(
    rf"^{_SOON_ADJ} (?:medical )?(?:treatment|attention)$"
    r"|^(?:getting|seeking|starting|receiving|having|treating)(?: [\w']+){0,3}? " + _SOON + "$"
    r"|^(?:seeing|visiting|contacting|calling) (?:a |your )?(?:doctor|gp|nurse|health ?care "
    rf"provider|pharmacist){{1}} {_SOON}$", re.IGNORECASE)


def timely_name(label: str) -> str | None:
    """Return timely care named as pages compare it ("early diagnosis"), or None.

    >>> timely_name("prompt diagnosis"), timely_name("getting treatment quickly")
    ('early diagnosis', 'early treatment')
    >>> timely_name("spotting the signs early"), timely_name("surgery")
    ('early diagnosis', None)
    """
    soon = _WITHIN_DAYS.sub(" early", label) if " within " in label else label
    if _TIMELY_DIAGNOSIS.match(soon):
        return "early diagnosis"
    if _TIMELY_TREATMENT.match(soon):
        return "early treatment"
    return None


# "within the first 10 days", "within 48 hours": how soon, said as a time.
_WITHIN_DAYS = re.compile(r"\s+within (?:the first |a |one |two |three |a few |\d+ )?"
                          r"(?:\d+ )?(?:hours?|days?|weeks?)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimelyCare:
    """Which early care a sentence speaks of, and the harm it names (None: the harms the
    sentence says the condition brings)."""

    acts: tuple[str, ...]
    harm: str | None
    surface: str
    after: str = ""

    def harm_named_after(self) -> str | None:
        """Return the harm the words after late care name ("could cause X"), or None."""
        m = _HARM_AFTER.search(self.after)
        return None if m is None else m.group("y")


def _acts(words: str) -> tuple[str, ...]:
    """Return the early care named by ``words``: diagnosis, treatment or both."""
    low = words.lower()
    diagnosis = any(w in low for w in ("diagnos", "caught", "spotted", "recogni", "picked up",
                                       "detect"))
    treatment = any(w in low for w in ("treat", "care", "surgery", "attention"))
    return tuple(f"early {kind}" for kind, said in (("diagnosis", diagnosis),
                                                    ("treatment", treatment or not diagnosis))
                 if said)


def timely_care(text: str) -> TimelyCare | None:
    """Return the timely care a sentence says keeps a harm away, or None.

    >>> timely_care("If not treated promptly, it can cause lasting nerve pain.").acts
    ('early treatment',)
    >>> t = timely_care("Early diagnosis and treatment are vital to prevent death.")
    >>> t.acts, t.harm
    (('early diagnosis', 'early treatment'), 'death')
    >>> timely_care("If treated early, most people recover.") is None
    True
    """
    if caseless.lacks(text, _WORDS):
        return None
    late = _LATE_CARE.search(text)
    if late is not None:
        return TimelyCare(_acts(late.group("how") or late.group("what")), None, late.group(0),
                          text[late.end():])
    for pattern in (_EARLY_CARE_KEY, _EARLY_CARE_PURPOSE, _RARE_IF_EARLY):
        m = pattern.search(text)
        if m is not None:
            harm = m.group("y") or m.groupdict().get("y2")
            return TimelyCare(_acts(m.group("x") or m.groupdict().get("x2") or ""), harm,
                              m.group(0))
    return None
