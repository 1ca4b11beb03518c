"""Organs a clinical page names by their involvement: "pulmonary involvement", "renal
involvement occurs in 20 %".

Clinical writing says which organs an illness reaches with an adjective before
"involvement" rather than with "affects the lungs".  A reader takes it as the
organ the illness affects, named as the body-site rule names organs, so pages
that say "lungs" and pages that say "pulmonary involvement" agree.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.ingest import re_cache as re

# The organ each clinical (or plain) word before "involvement" names.
_ORGAN_OF: dict[str, str] = {
    "pulmonary": "lungs", "lung": "lungs", "cardiac": "heart", "heart": "heart",
    "renal": "kidneys", "kidney": "kidneys", "hepatic": "liver", "liver": "liver",
    "cutaneous": "skin", "skin": "skin", "ocular": "eyes", "eye": "eyes",
    "neurological": "nervous system", "neurologic": "nervous system",
    "nervous system": "nervous system", "joint": "joints", "lymph node": "lymph nodes",
    "gastrointestinal": "gut", "bone": "bones", "muscle": "muscles", "splenic": "spleen",
}
_INVOLVEMENT = re.compile(r"\b(?P<adj>" + "|".join(sorted(_ORGAN_OF, key=len, reverse=True))
                          + r") involvement\b", re.I)


def involved_organs(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield each organ a sentence names by its involvement, with the words that name it.

    Callers look for "involvement" in their lower-cased text first (most sentences lack it).

    >>> [organ for organ, _ in involved_organs("Pulmonary involvement occurs in 90 %.")]
    ['lungs']
    >>> list(involved_organs("The lungs are involved."))
    []
    """
    for m in _INVOLVEMENT.finditer(text):
        yield _ORGAN_OF[m["adj"].lower()], m


# "It may involve almost any organ, most often the lungs", "symptoms can show up in several
# body systems, including the joints and heart": the organs named after the class.
_ORGANS_LISTED = re.compile(
    r"\b(?:involves?|affects?|show up in|appear in|manifest in|occur in|spread to)\s+"
    r"(?:almost |nearly |virtually )?(?:any|many|several|multiple|various|different|other)\s+"
    r"(?:body systems|organs?|organ systems|systems|parts? of the body|areas? of the body),?\s+"
    r"(?:most often|especially|mainly|mostly|including|such as|particularly|most commonly)\s+"
    r"(?P<list>[^.;:()]{3,160})"
    # "Common sites of involvement include the lungs, skin and eyes"
    r"|\b(?:the )?(?:(?:most )?(?:common|usual|typical|main|frequent|other) )?(?:sites?|organs?|"
    r"areas?|parts of the body) (?:of involvement|(?:most )?(?:often |commonly |frequently )?"
    r"(?:affected|involved)) (?:include|includes|are|is)\s+(?P<sites>[^.;:()]{3,160})", re.I)
_ORGAN_WORDS = ("organ", "system", " of the body", "sites of", "site of", "affected", "involved")


def listed_organs(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield each organ named after "involve / affect / show up in (several) organs".

    An adjective names its system ("musculoskeletal": the musculoskeletal system).

    >>> [o for o, _ in listed_organs("It can show up in several body systems, including "
    ...                               "musculoskeletal, heart and nervous system.")]
    ['musculoskeletal system', 'heart', 'nervous system']
    """
    low = text.lower()
    if not any(map(low.__contains__, _ORGAN_WORDS)):
        return
    for m in _ORGANS_LISTED.finditer(text):
        for part in re.split(r",?\s+(?:and|or)\s+|,\s*", m.group("list") or m.group("sites")):
            word = re.sub(r"^(?:the|your|their)\s+", "", part.strip(), flags=re.I).lower()
            if not word:
                continue
            if word.endswith(("al", "ic")) and " " not in word:
                word = _ORGAN_OF.get(word, f"{word} system")
            yield word, m
