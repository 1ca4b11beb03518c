"""Label normalisation shared by the vocabulary, the loader and extraction.

Two labels that differ only in case, plural, punctuation or spacing name the
same entity ("Blood clots", "blood-clot"), so every lookup goes through
:func:`label_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lemminflect import getLemma

_DOTS = re.compile(r"[.'\u2019]")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+s?\b")


@lru_cache(maxsize=100_000)
def _singular(word: str) -> str:
    """Return a noun's singular from lemminflect's dictionary ("arteries" → "artery").

    A dictionary, not suffix rules: "diabetes", "herpes" and "lupus" stay as
    they are, "feet" becomes "foot", "bacteria" "bacterium".
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    lemmas = getLemma(word, upos="NOUN")
    return lemmas[0] if lemmas else word


def label_key(label: str) -> str:
    """Return the lookup key of a label: case-, plural-, accent- and punctuation-insensitive.

    Acronyms ("AIDS", "HIV") are never singularised.

    >>> label_key("Blood-clots") == label_key("blood clot")
    True
    >>> label_key("Sjögren's syndrome")
    'sjogren syndrome'
    >>> label_key("E.S.R.D.")
    'esrd'
    >>> label_key("AIDS"), label_key("diabetes")
    ('aids', 'diabetes')
    >>> label_key("Грипп") != label_key("Корь") != ""
    True
    """
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    if not any(c.isalnum() for c in text):
        # A label in another script keeps its letters (accents dropped), so two
        # different names never share an empty key.
        text = "".join(c for c in unicodedata.normalize("NFKD", label)
                       if not unicodedata.combining(c))
    keep = {m.group(0).lower() for m in _ACRONYM.finditer(text)}
    text = text.lower().replace("'s ", " ").replace("'s", "")
    text = _SPACE.sub(" ", _PUNCT.sub(" ", _DOTS.sub("", text))).strip()
    return " ".join(w if w in keep else _singular(w) for w in text.split())
