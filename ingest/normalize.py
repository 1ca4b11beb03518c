"""Label normalisation shared by the vocabulary, the loader and extraction.

Two labels that differ only in case, plural, punctuation or spacing name the
same entity ("Blood clots", "blood-clot"), so every lookup goes through
:func:`label_key`.
"""

from __future__ import annotations

import re
import unicodedata

_DOTS = re.compile(r"[.'\u2019]")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_KEEP_S = ("ss", "us", "is", "sis", "xis")


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(_KEEP_S):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def label_key(label: str) -> str:
    """Return the lookup key of a label: case-, plural- and punctuation-insensitive.

    >>> label_key("Blood-clots") == label_key("blood clot")
    True
    >>> label_key("Sjögren's syndrome")
    'sjogren syndrome'
    >>> label_key("E.S.R.D.")
    'esrd'
    """
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    text = text.replace("'s ", " ").replace("'s", "")
    text = _SPACE.sub(" ", _PUNCT.sub(" ", _DOTS.sub("", text))).strip()
    return " ".join(_singular(w) for w in text.split())
