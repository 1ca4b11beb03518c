"""Put back the spaces a page lost between two words ("inflammationof", "Itusually").

Pages turned into text lose the space beside a link or a bold word, so a sentence reads
"a bacterial infectionspread by ticks" and no rule sees "spread".  Only a word the
dictionary does not know is split, and only into a known word (four letters or more) and
a function word, so rare clinical names ("borrelia", "erythema") stay whole.  A cheap
pattern picks the few candidates first: most words are never looked up.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas
from .wordtrie import trie

_AFTER = ("usually", "without", "spread", "which", "that", "with", "from", "when", "than", "also",
          "the", "and", "for", "may", "can", "of", "if", "in")
_BEFORE = ("which", "that", "with", "from", "when", "also", "the", "and", "for", "may", "are")
# "anddoesn't respond": a denial glued to the word before it.
_NOT_WORDS = ("doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't",
              "won't", "cannot", "never")
# Two function words run together ("onthe fingers").
_PAIR_FIRST = ("on", "in", "of", "to", "and", "for", "with", "at", "by", "from", "into", "onto")
_PAIR_SECOND = ("the", "a", "an", "your", "their")
_PAIRS = frozenset(f"{a}{b}" for a in _PAIR_FIRST for b in _PAIR_SECOND)
# The word lists as tries (see .wordtrie): the same matches, as a match ends where its run
# of letters does (none may be followed by a letter), so of two listed words only one that
# starts the other can match at a place, and the longer is tried first either way.  As
# plain alternations they made this the costliest regex pass of extraction (~6 us a phrase).
_CANDIDATE = re.compile(
    rf"\b(?:{trie(sorted(_PAIRS))}|[a-z]{{4,}}{trie(list(_AFTER))}|{trie(list(_BEFORE))}[a-z]{{4,}}|"
    rf"It[a-z]{{4,}}|{trie(list(_BEFORE))}{trie(list(_NOT_WORDS))})(?![\w'])")


def split_glued(word: str) -> str:
    """Return a word and a function word glued together apart, else the word.

    >>> split_glued("inflammationof"), split_glued("Itusually"), split_glued("borrelia")
    ('inflammation of', 'It usually', 'borrelia')
    """
    if word in _PAIRS:
        for cut in range(2, len(word) - 1):
            if word[:cut] in _PAIR_FIRST and word[cut:] in _PAIR_SECOND:
                return f"{word[:cut]} {word[cut:]}"
    if word.startswith("It"):
        tail = word[2:]
        return f"It {tail}" if not all_lemmas(word.lower()) and all_lemmas(tail) else word
    for glue in _BEFORE:
        if word.startswith(glue) and word[len(glue):] in _NOT_WORDS:
            return f"{glue} {word[len(glue):]}"
    if all_lemmas(word):
        return word
    for glue in _AFTER:
        head = word[:-len(glue)]
        if word.endswith(glue) and len(head) >= 4 and all_lemmas(head):
            return f"{head} {glue}"
    for glue in _BEFORE:
        tail = word[len(glue):]
        if word.startswith(glue) and len(tail) >= 4 and all_lemmas(tail):
            return f"{glue} {tail}"
    return word


@lru_cache(maxsize=8192)
def unglue(text: str) -> str:
    """Return text with the spaces a page lost put back ("inflammationof the eye").

    Memoised: a page's lines are read for headings and again for blocks, and
    its phrases recur; the pass tries every word against the glued forms.
    """
    return _CANDIDATE.sub(lambda m: split_glued(m.group(0)), text)
