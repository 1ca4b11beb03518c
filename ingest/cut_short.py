"""Sentences a page cut short: a preview or a copy that stops in the middle of a word.

Pages pasted from search results, cards and "read more" previews end a
sentence with a word cut off and an ellipsis: "Symptoms include fever,
tiredness and pain in the ar…".  Read as written, the cut item becomes a
name ("pain in the ar…"), and a cut clause becomes a list item
("Grebble fever commonly affects th…" under a heading of signs).  The cut
word names nothing and the item it ends is unknown, so the sentence is read
up to the separator before that item; the words before it are what the page
states.  An ellipsis after a whole word ("fever, tiredness and a rash…")
cuts nothing: that sentence is read as it is.  A word is whole when the
lexicon knows it; a cut medical word the lexicon lacks is taken as cut too,
so at worst the last item of such a sentence is not read.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re
from claimgraph.ingest.normalize import all_lemmas

# The word before a sentence-final ellipsis ("…" or "..."), closing marks after it.
_CLOSERS = "\"'\u201d)]"
_CUT_END = re.compile(rf"(?<![A-Za-z'-])(?P<word>[a-z]+)(?:\u2026|\.\.\.)[{re.escape(_CLOSERS)}]*$")
# Where the item a cut word ends begins: after the last comma, semicolon, colon or
# joining word before it.
_SEPARATOR = re.compile(r"[,;:]\s+|\s+(?:and|or|but)\s+", re.IGNORECASE)


def cut_short_end(text: str, start: int, end: int) -> int:
    """Return where the sentence ``text[start:end]`` ends once a cut-off last item is left out.

    ``end`` itself when the sentence is not cut short (most sentences: a regex
    pass over their last characters).

    >>> t = "Symptoms include fever, tiredness and pain in the ar\u2026"
    >>> t[:cut_short_end(t, 0, len(t))]
    'Symptoms include fever, tiredness'
    >>> t = "Symptoms include fever and a rash\u2026"
    >>> cut_short_end(t, 0, len(t)) == len(t)
    True
    """
    bare = end
    while bare > start and text[bare - 1] in _CLOSERS:
        bare -= 1
    if not (text.endswith("\u2026", start, bare) or text.endswith("...", start, bare)):
        return end  # (no ellipsis at the end: nearly every sentence, with no regex pass)
    cut = _CUT_END.search(text, max(start, end - 60), end)
    if cut is None or all_lemmas(cut["word"]):
        return end
    last = None
    for last in _SEPARATOR.finditer(text, start, cut.start()):  # noqa: B007 (the last one)
        pass
    stop = last.start() if last is not None else cut.start()
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop
