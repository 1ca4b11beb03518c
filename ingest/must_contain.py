"""The words a regex cannot match without: a substring test turns most sentences away first.

A rule's regex is tried on every sentence that holds its key word, and most
such passes find nothing: "achieved with" is keyed on "with", but its regex
needs "achieved", "done", "managed" (...) as well.  A pass of the regex
engine over a sentence costs a few microseconds; a substring test of a few
words costs a fraction of that.  :func:`required_words` reads the pattern's
parse tree and returns words of which every match must contain at least
one (``None`` when it cannot prove a useful set); when the text holds none
of them, the pattern cannot match anywhere in it, so the caller may skip
the pass: the same result, not a guess.

Only what the walk understands counts (literals, groups, alternations,
repeats, anchors, lookarounds); anything else (classes of ranges, back
references, flags switched inside a group) ends a run of literals or
leaves its part without a requirement, so an unknown construct makes the
set weaker, never wrong.  The words are the pattern's own characters,
matched case-sensitively: callers use them with the lower-case twin of a
case-insensitive pattern on lower-cased text (see .caseless), where every
literal is lower case or no letter.
"""

from __future__ import annotations

import importlib
from typing import Any

# The standard library's parser constants (private, so looked up by name): a Python that
# moved them gets no words, and every pass runs as before.
_k: Any
try:
    _k = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover
    _k = None

# A set of exact strings grows as a product along a run of literals and alternations
# ("occurs?" gives two, "(?:is|are) (?:often )?seen" four); past this size the run is
# cut, and testing that many words would cost about what the regex pass does anyway.
MAX_WORDS = 12
# Shorter words are in nearly every sentence: a test of them turns nothing away.
MIN_LENGTH = 3

_Words = frozenset[str]
# Per node: (every string it can match, if a small finite set; words one of which any
# match, or the text around a lookaround, holds).
_Reading = tuple[_Words | None, _Words | None]
_EMPTY: _Words = frozenset({""})
_NOTHING: _Reading = (None, None)


def _score(words: _Words) -> tuple[int, int]:
    """Rank a word set: the longer its shortest word and the fewer its words, the better."""
    return min(map(len, words)), -len(words)


def _least(words: _Words | None) -> _Words | None:
    """Return a requirement with the words that hold another of its words dropped.

    A text holding "occurs" holds "occur": {"occur", "occurs", "form", "forms"}
    requires no more than {"occur", "form"}, and the smaller set is tested
    faster and fits under MAX_WORDS more often.  A set left larger than
    MAX_WORDS is no use (None).
    """
    if words is None:
        return None
    kept: list[str] = []
    for w in sorted(words, key=len):
        if not any(k in w for k in kept):
            kept.append(w)
            if len(kept) > MAX_WORDS:
                return None
    return frozenset(kept)


def _useful(words: _Words | None) -> bool:
    return words is not None and 0 < len(words) <= MAX_WORDS and \
        min(map(len, words)) >= MIN_LENGTH


def _sequence(items: Any) -> _Reading:
    """Read a sequence: the exact strings of runs of literals, the best requirement of all."""
    run: _Words = _EMPTY  # the exact strings of the run so far
    exact = True  # the whole sequence is one run
    found: list[_Words] = []
    chars: list[int] = []  # literal characters not yet added to the run
    literal = _k.LITERAL
    for op, av in getattr(items, "data", items):  # (a parser's SubPattern: its list)
        if op is literal:
            chars.append(av)
            continue
        if chars:
            tail = "".join(map(chr, chars))
            run = frozenset(a + tail for a in run)
            chars = []
        whole, needs = _node(op, av)
        if needs is not None and needs is not whole:
            found.append(needs)  # a lookaround's words, or a repeat's inner words
        if whole is None:
            found.append(run)
            run, exact = _EMPTY, False
            continue
        if len(run) * len(whole) > MAX_WORDS:
            found.append(run)
            run, exact = whole, False
        else:
            run = frozenset(a + b for a in run for b in whole)
    if chars:
        tail = "".join(map(chr, chars))
        run = frozenset(a + tail for a in run)
    if exact:
        return run, run
    found.append(run)
    useful = [least for w in found if (least := _least(w)) is not None and _useful(least)]
    return None, (max(useful, key=_score) if useful else None)


def _node(op: Any, av: Any) -> _Reading:
    """Read one node of a parse tree (see :func:`_sequence`)."""
    if op is _k.LITERAL:
        return (w := frozenset({chr(av)})), w
    if op is _k.AT or op is _k.ASSERT_NOT:
        return _EMPTY, None  # zero width; what must not be there requires nothing
    if op is _k.ASSERT:
        return _EMPTY, _sequence(av[1])[1]  # zero width, but its words are in the text
    if op is _k.IN:
        if all(o is _k.LITERAL for o, _ in av) and len(av) <= MAX_WORDS:
            return (w := frozenset(chr(a) for _, a in av)), w
        return _NOTHING
    if op is _k.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _NOTHING if add_flags or del_flags else _sequence(sub)
    if op is _k.ATOMIC_GROUP:
        return _sequence(av)
    if op is _k.BRANCH:
        read = [_sequence(alt) for alt in av[1]]
        wholes = [w for w, _ in read]
        union: _Words | None = None
        if all(w is not None for w in wholes):
            union = frozenset().union(*(w for w in wholes if w is not None))
            if len(union) > MAX_WORDS:
                union = None
        each = [n for _, n in read]
        any_of = frozenset().union(*(n for n in each if n is not None)) \
            if all(n is not None for n in each) else None
        return union, _least(union if union is not None else any_of)
    if op in (_k.MAX_REPEAT, _k.MIN_REPEAT, _k.POSSESSIVE_REPEAT):
        fewest, most, sub = av
        whole, needs = _sequence(sub)
        if fewest == most == 1:
            return whole, needs
        if fewest == 0:
            # "s?": the empty string or the inner strings; a longer optional run: anything.
            return (_EMPTY | whole if most == 1 and whole is not None else None), None
        return None, needs
    return _NOTHING


def alternatives_words(tree: Any) -> tuple[str, ...] | None:
    """Return words one of which any match holds, for a pattern that is one alternation.

    Each alternative is read on its own (anchors around the alternation aside): a match
    is one alternative's, so it holds one of that alternative's words.  A long list of
    headings keeps its words this way, where :func:`required_words` gives up on a set
    past MAX_WORDS.  None when the pattern is not one alternation or an alternative has
    no useful words.

    >>> import re._parser as parser
    >>> alternatives_words(parser.parse(r"^(?:risk factors?|who gets it|spread)$"))
    ('risk factor', 'who gets it', 'spread')
    """
    if _k is None:
        return None
    try:
        items = list(getattr(tree, "data", tree))
        at = [i for i, (op, _) in enumerate(items) if op is _k.BRANCH]
        if len(at) != 1 or any(op is not _k.AT for i, (op, _) in enumerate(items) if i != at[0]):
            return None
        words: set[str] = set()
        for alternative in items[at[0]][1][1]:
            needs = _least(_sequence(alternative)[1])
            if not _useful(needs) or needs is None:
                return None
            words |= needs
    except Exception:  # any surprise from a private parse tree: no words, no skipping
        return None
    kept: list[str] = []  # (as _least, with no cap: a word holding another adds nothing)
    for w in sorted(words, key=len):
        if not any(k in w for k in kept):
            kept.append(w)
    return tuple(sorted(kept, key=lambda w: (-len(w), w)))


def required_words(tree: Any) -> tuple[str, ...] | None:
    """Return words one of which any match of a parsed pattern holds, or None.

    ``tree`` is what ``re._parser.parse`` gives for the pattern.  The words
    are the pattern's own characters, to be tested case-sensitively on the
    text the pattern runs on (a lower-case twin's on lower-cased text).

    >>> import re._parser as parser
    >>> required_words(parser.parse(r"\\b(?:achieved|done) (?:with|by)\\b|\\bwith the help of\\b"))
    ('with the help of', 'achieved with', 'achieved by', 'done with', 'done by')
    >>> required_words(parser.parse(r"\\b\\w+ly\\b")) is None
    True
    """
    if _k is None:
        return None
    try:
        needs = _sequence(tree)[1]
    except Exception:  # any surprise from a private parse tree: no words, no skipping
        return None
    needs = _least(needs)
    if not _useful(needs) or needs is None:
        return None
    return tuple(sorted(needs, key=lambda w: (-len(w), w)))
