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
