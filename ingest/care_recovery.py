"""Care a sentence says people recover with: "With prompt treatment, most people recover".

Pages state that care works by the recovery it brings rather than by a verb of
working: "With early treatment, most children make a full recovery", "Most people
recover fully with antibiotics", "Early diagnosis and treatment give the best chance of
a cure", "The outlook is good if it is treated early".  Each says the care is
effective for the illness; timing words ("prompt", "early") make it early treatment,
the name pages compare it under.  Bare "treatment" with no timing names no means
and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from . import caseless
from .patterns import NO_CARE
from .phrases import clean_phrase

_SOON = r"(?:prompt|early|earlier|timely|quick|rapid|immediate|fast)"
_CARE = r"(?P<care>[a-z][\w' -]{2,40}?)"
_WHO = (r"(?:(?:most|many|nearly all|almost all|the (?:vast )?majority of|about \w+ in \w+ of)"
        r" )?(?:people|patients|children|adults|those affected|those|cases|infants)?")
_RECOVER = (r"(?:recover|recovers|make a (?:full|complete|good) recovery|makes a (?:full|"
            r"complete|good) recovery|get better|gets better|survive|survives|are cured|is cured)")
_PATTERNS = (
    # "With prompt treatment, most children ... make a full recovery".
    re.compile(rf"^\s*with (?:(?P<soon>{_SOON}) )?{_CARE}\s*,\s*{_WHO}\b[^.;]{{0,60}}?"
               rf"\b{_RECOVER}\b", re.I),
    # "Most people recover fully with early treatment".
    re.compile(rf"\b{_RECOVER}(?: (?:fully|completely|quickly|well))? with (?:(?P<soon>{_SOON}) )?"
               rf"{_CARE}(?=\s*[.;,]|\s*$)", re.I),
    # "Early diagnosis and treatment give the best chance of a cure".
    re.compile(rf"^\s*(?:(?P<soon>{_SOON}) )?{_CARE} (?:provides?|gives?|offers?) (?:you |people "
               r"|patients )?the best chance of (?:a )?(?:full )?(?:cure|recovery|survival|"
               r"recovering|surviving)\b", re.I),
    # "The outlook is good if it is treated early".
    re.compile(r"\b(?:the )?(?:outlook|prognosis) is (?:very |usually |generally )?(?:good|"
               r"excellent|better|favou?rable) (?:if|when) (?:it is |it's |they are )?(?P<care>"
               r"treated|diagnosed and treated|caught) (?P<soon>early|promptly|quickly)\b", re.I),
)
_WORDS = ("recover", "get better", "gets better", "surviv", "cured", "best chance", "outlook",
          "prognosis")
# Care named by its timing alone, or a class of care: early treatment.
_BARE_CARE = re.compile(r"(?:(?:diagnosis and )?treatment|care|diagnosis|treated|diagnosed and "
                        r"treated|caught|medical (?:care|treatment)|(?:the )?right treatment|"
                        r"appropriate treatment|proper treatment)", re.I)

# What people get better "with" that is no care (patterns.NO_CARE: time, age, the years).
_NO_CARE = re.compile(NO_CARE, re.I)


@dataclass(frozen=True, slots=True)
class CareRecovery:
    """The care a sentence says people recover with, and the words that say it."""

    care: str
    said: str


def care_recovery(text: str) -> CareRecovery | None:
    """Return the care people are said to recover with, or None.

    >>> care_recovery("With prompt treatment, most children make a full recovery.").care
    'early treatment'
    >>> care_recovery("Most people recover fully with antibiotics.").care
    'antibiotics'
    >>> care_recovery("With treatment, most people recover.") is None
    True
    """
    if caseless.lacks(text, _WORDS):
        return None
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m is None:
            continue
        care, soon = m.group("care").strip(), m.group("soon")
        if _NO_CARE.fullmatch(care):
            continue  # "Most people get better with time": when, no care
        # ("a short course of antibiotics", "a single dose of the vaccine": the care, named
        # as every phrase is, without its course, dose or article)
        care = clean_phrase(care) or care
        if _BARE_CARE.fullmatch(care):
            if soon is None:
                return None  # "With treatment, most recover": no means named
            care = "early treatment"
        elif soon is not None:
            care = f"early {care}"
        return CareRecovery(care, m.group(0))
    return None
