"""Split a block of text into sentences, as offsets, with one precompiled regex.

A full tokenizer would be more exact but costs far more than the ~170 KB/s
budget allows; health pages are written in short, plain sentences, so
terminal punctuation followed by a capital, with the usual abbreviations
protected, is enough.

Text without punctuation (a table flattened into one line, a list of
figures run together) would otherwise be one "sentence" of any length, and
the rules that read a sentence look at all of it for every figure or cue
they find: time grew with the square of the length (100 KB took 89 s).  No
sentence is longer than :data:`MAX_SENTENCE` characters: a longer one is cut
at the last space before the limit, so extraction stays linear.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

# Abbreviations that end with a period but rarely end a sentence.
_ABBREV = frozenset({
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "st", "no", "fig", "approx",
    "al", "jr", "sr", "inc", "ltd", "co", "dept", "u.s", "u.k", "u.n", "mt", "ft", "min",
    "max", "avg", "est", "ca", "cf", "resp",
})
# Closing quotes and brackets, and citation marks ("... the area.[1][7] Other ..."),
# may stand between the full stop and the space; so may a bare reference number a page
# lost its superscript for ("... the rash.2 In most ..."), right after a word's full stop.
_BOUNDARY = re.compile(r"[.!?]+(?:[\"')\]]|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"
                       r"|(?<=[a-z][.!?])\d{1,3}(?:[,–-]\d{1,3})*(?=\s+[A-Z]))*\s+"
                       r"(?=[\"'(\[]?[A-Z0-9•])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")
# Real sentences on health pages run to a few hundred characters.
MAX_SENTENCE = 1000
# How far back from a full stop to look for the word (and the one before it) it ends.
_LOOKBACK = 100


_LETTERS_DOTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _letters_from(before: str) -> int:
    """Return where the run of letters and dots that ends ``before`` starts.

    _LAST_WORD is anchored at the end, but a search tries it from every place
    (a pass per letter of a long sentence); any match of it starts inside this
    run, so the search may start there.  A text ending in a line break (where
    "$" may match before it) is searched whole.
    """
    if before.endswith("\n"):
        return 0
    i = len(before)
    while i and before[i - 1] in _LETTERS_DOTS:
        i -= 1
    return i


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in ``text[start:end]``.

    Offsets are into ``text``; surrounding spaces are excluded.

    >>> t = "Fever is common. Dr. Lee says rest, e.g. sleep. Drink 1.5 L daily!"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Fever is common.', 'Dr. Lee says rest, e.g. sleep.', 'Drink 1.5 L daily!']
    >>> t = "It may itch.[1][7] Fever is common.[2]"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['It may itch.[1][7]', 'Fever is common.[2]']
    >>> t = "It may itch.2 Fever lasts 2.5 days."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['It may itch.2', 'Fever lasts 2.5 days.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        # Only the last words matter, and slicing from ``cur`` each time was quadratic.
        before = text[max(cur, m.start() - _LOOKBACK):m.start() + 1]
        word = _LAST_WORD.search(before, _letters_from(before))
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
    return [piece for span in spans for piece in _cut(text, *span)]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``text[start:end]`` in pieces of at most MAX_SENTENCE characters, cut at spaces.

    >>> t = "word " * 500
    >>> [e - s for s, e in _cut(t, 0, len(t) - 1)]
    [999, 999, 499]
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE + 1)
        if cut <= start:
            cut = start + MAX_SENTENCE  # one word longer than a sentence: cut inside it
        stop = cut
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        pieces.append((start, stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _is_abbrev(word: str, before: str) -> bool:
    w = word.lower().rstrip(".").lstrip("\"'\u201c\u2018([")  # ('"St. Anthony': in quotes)
    if w in _ABBREV:
        return True
    # A capital after a capitalised name is an initial ("John F. Kennedy");
    # after a lower-case word it ends a sentence ("vitamin K. Then").
    if len(w) == 1 and word[0].isupper():
        prev = before[: -len(word) - 1].split()
        return bool(prev) and prev[-1][:1].isupper()
    return False
