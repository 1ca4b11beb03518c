"""One line of a page's text made comparable: Unicode, quotes, spacing and lost spaces.

Its own module so that :mod:`.sections` (used by the readers) can clean lines
without importing :mod:`.documents`, which loads the readers.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .glue import unglue

_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2032": "'", "\u00b4": "'"})


# A fraction written as one sign ("about ¼ of patients", "⅔ of cases") and the fraction
# slash ("1⁄4"): written out with digits, so the figure readers see "1/4" as they do when
# a page types it (after a whole number, a space keeps "1½" from reading "11/2").
_FRACTION_SIGNS = {"\u00bc": "1/4", "\u00bd": "1/2", "\u00be": "3/4", "\u2153": "1/3",
                   "\u2154": "2/3", "\u2155": "1/5", "\u2156": "2/5", "\u2157": "3/5",
                   "\u2158": "4/5", "\u2159": "1/6", "\u215b": "1/8", "\u2152": "1/10"}
_FRACTION_SIGN = re.compile(r"(?P<whole>\d)?(?P<sign>[\u00bc-\u00be\u2150-\u215e])")


def _fractions_written_out(text: str) -> str:
    """Return ``text`` with each fraction sign written with digits and a slash."""
    text = text.replace("\u2044", "/")
    return _FRACTION_SIGN.sub(lambda m: (f"{m['whole']} " if m["whole"] else "")
                              + _FRACTION_SIGNS.get(m["sign"], m["sign"]), text)


# A "back to top" link's text glued to the next heading or sentence when a page
# was copied ("Causes TOPShingles is caused by ..."): the link goes.
_BACK_TO_TOP = re.compile(r"(?<![A-Za-z])TOP(?=[A-Z][a-z])")


@lru_cache(maxsize=65_536)
def clean_inline(text: str) -> str:
    """Return one line of text with Unicode, quotes and spacing normalised.

    Memoised: a page's blocks are cleaned when it is checked for text and again
    when it is built, and its lines when its sections are read (~2 calls a line).

    Typographic apostrophes become ASCII so "isn’t" and "isn't" match the
    same cue; invisible characters go; runs of spaces become one space; a space
    the page lost beside a link comes back ("infectedif" → "infected if").
    """
    if text.isascii():
        # Most lines: NFC, the quotes and the invisible characters are all non-ASCII, and
        # spacing with no tab or double space is already one space; each pass skipped
        # here cost a copy of the line (~3 % of extracting the corpus pages).
        if "TOP" in text:
            text = _BACK_TO_TOP.sub(" ", text)
        text = unglue(text).replace("\n", " ")
        if "  " in text or "\t" in text:
            text = _INLINE_SPACE.sub(" ", text)
        return text.strip()
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _INVISIBLE.sub("", text)
    if _FRACTION_SIGN.search(text) is not None or "\u2044" in text:
        text = _fractions_written_out(text)
    text = unglue(_BACK_TO_TOP.sub(" ", text))
    return _INLINE_SPACE.sub(" ", text.replace("\n", " ")).strip()
