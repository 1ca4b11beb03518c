"""Split a block of text into sentences, as offsets, with one precompiled regex.

A full tokenizer would be more exact but costs far more than the ~170 KB/s
budget allows; health pages are written in short, plain sentences, so
terminal punctuation followed by a capital, with the usual abbreviations
protected, is enough.
"""

from __future__ import annotations

import re

# Abbreviations that end with a period but rarely end a sentence.
_ABBREV = frozenset({
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "st", "no", "fig", "approx",
    "al", "jr", "sr", "inc", "ltd", "co", "dept", "u.s", "u.k", "u.n", "mt", "ft", "min",
    "max", "avg", "est", "ca", "cf", "resp",
})
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9•])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in ``text[start:end]``.

    Offsets are into ``text``; surrounding spaces are excluded.

    >>> t = "Fever is common. Dr. Lee says rest, e.g. sleep. Drink 1.5 L daily!"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Fever is common.', 'Dr. Lee says rest, e.g. sleep.', 'Drink 1.5 L daily!']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        before = text[cur:m.start() + 1]
        word = _LAST_WORD.search(before)
        if word and m.group().startswith(".") and _is_abbrev(word.group(1), before):
            continue
        stop = m.end()
        while stop > cur and text[stop - 1].isspace():
            stop -= 1
        if stop > cur:
            spans.append((cur, stop))
        cur = m.end()
    while cur < end and text[cur].isspace():
        cur += 1
    stop = end
    while stop > cur and text[stop - 1].isspace():
        stop -= 1
    if stop > cur:
        spans.append((cur, stop))
    return spans


def _is_abbrev(word: str, before: str) -> bool:
    w = word.lower().rstrip(".")
    if w in _ABBREV:
        return True
    # A capital after a capitalised name is an initial ("John F. Kennedy");
    # after a lower-case word it ends a sentence ("vitamin K. Then").
    if len(w) == 1 and word[0].isupper():
        prev = before[: -len(word) - 1].split()
        return bool(prev) and prev[-1][:1].isupper()
    return False
