"""Harms an illness leaves, in three shapes pages of many illnesses use for them.

"A few people still have symptoms for years" names lasting symptoms; "in rare cases
the swelling can burst" names a rupture; "in some cases, though, chronic neuralgia
develops" names a further illness that some people get.  None of these says which
illness: the caller reads them on a page about one, outside care and tests, and
drops a name that is the page's topic.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.ingest import re_cache as re

from . import caseless
from .cues import denied_before

# Words without which no shape below can match: a cheap first look on every sentence.
_KEYS = ("symptoms", "burst", "ruptur", " develop", " occur", " form", " appear", " last",
         " persist")
_SOME = (r"(?:some|a few|a small number of|a minority of|a small minority of|a small "
         r"proportion of|many)")
# "A minority of patients continue to get mild symptoms for life".
_SYMPTOMS_STAY = re.compile(
    rf"\b{_SOME} (?:of (?:these |those )?)?(?:people|patients|children|adults|sufferers|"
    r"cases)\b[^.;:]{0,40}?\b(?:continue to|still|go on to) (?:have|experience|get)\s+"
    r"(?:some |mild |ongoing )?(?:[\w'-]+ ){0,3}?(?:signs and )?symptoms (?:for (?P<life>life|"
    r"the rest of their lives?)|for (?:many )?(?:months|years)|(?:months|years) later|"
    r"long[- ]term)\b", re.I)
# "In rare cases, the swelling can burst (rupture)".
_BURSTS = re.compile(
    r"\b(?:in (?:rare|some|a few|severe) cases|rarely|occasionally|sometimes),? (?:the |an? )?"
    r"(?P<n>[a-z-]{4,}) (?:can|may|could|might) (?:also )?(?:burst|rupture)\b", re.I)
# "In some cases, though, chronic neuralgia develops": an illness's name (its ending).
_SOME_CASES_DEVELOPS = re.compile(
    r"^\s*(?:in (?:rare|some|a few|a small number of) cases|rarely|occasionally),? "
    r"(?:though,? |however,? )?(?:an? |the )?(?P<n>(?:[\w-]+ ){0,2}[\w-]*?(?:itis|pathy|osis|"
    r"algia|failure|abscess))(?: \([^)]{1,30}\))? (?:may |can |then |also )*(?:develops?|occurs?|"
    r"forms?|appears?)\b", re.I)

# "Memory problems can last for a long time": a harm named by its kind of trouble, said to
# last (a sign's name alone, "the rash can last", is how long a sign goes on).
_HARM_LASTS = re.compile(
    r"^\s*(?P<n>(?:[\w-]+ ){0,2}(?:problems|difficulties|damage|weakness|pain|fatigue|"
    r"tiredness)) (?:can |may |often |sometimes |usually )?(?:last|persist|continue)s? "
    r"(?:for )?(?:a long time|many (?:months|years)|months|years|(?:several|some) (?:months|"
    r"years)|(?:a )?lifetime|for life|long after\b[^.;]*)\s*[.;]?\s*$", re.I)


def lasting_harms(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield (harm, match) for each shape of a lasting harm a sentence holds, not denied.

    >>> [h for h, _ in lasting_harms("A few people still have symptoms for years.")]
    ['long-term symptoms']
    >>> [h for h, _ in lasting_harms("In rare cases, the cyst can burst.")]
    ['cyst rupture']
    >>> [h for h, _ in lasting_harms("In some cases, though, chronic neuralgia develops.")]
    ['chronic neuralgia']
    >>> [h for h, _ in lasting_harms("Memory problems can last for a long time.")]
    ['memory problems']
    """
    if caseless.lacks(text, _KEYS):
        return
    low = text.lower()
    stays = _SYMPTOMS_STAY.search(text) if "symptoms" in low and (
        "continue" in low or "still" in low or "go on" in low) else None
    if stays is not None and not denied_before(text, stays.start()):
        yield ("lifelong symptoms" if stays.group("life") else "long-term symptoms"), stays
    bursts = _BURSTS.search(text) if "burst" in low or "ruptur" in low else None
    if bursts is not None and not denied_before(text, bursts.start()):
        yield f"{bursts.group('n').lower()} rupture", bursts
    develops = _SOME_CASES_DEVELOPS.match(text)  # anchored: fails at once on most sentences
    if develops is not None:
        yield develops.group("n"), develops
    lasts = _HARM_LASTS.match(text) if " last" in low or " persist" in low else None
    if lasts is not None:
        yield lasts.group("n").lower(), lasts
