"""Case-insensitive regexes, run faster: a case-sensitive twin on lower-cased ASCII text.

Python's ``re`` is about three times slower with ``re.IGNORECASE``: every
character is case-folded before it is compared, and the scan for where a
match may start cannot skip ahead.  Every rule in extraction is written
case-insensitive, and the regex passes over each sentence are most of what
extraction costs (issue 12: at least 150 KB/s on any text).

On ASCII text, a pattern whose letters are all lower case, compiled without
the flag and run on ``text.lower()``, matches exactly where the original
matches on ``text``, with the same groups at the same offsets (lower-casing
ASCII keeps every offset).  :func:`lower_twin` builds that twin when it can
prove it (see :func:`_safe`), else gives None and the caller keeps the
original; non-ASCII text always goes to the original.  The matched text of
a twin is lower-cased, so callers that need the page's own words (evidence
spans, labels) take only offsets from it.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

from claimgraph.ingest import re_cache as re
from claimgraph.ingest.kept_words import KeptAnswers

from .must_contain import alternatives_words, required_words

# The standard library's own regex parser (private, so looked up by name): a Python
# that moved it gets no twins, only the slower originals.
_c: Any
_parser: Any
try:
    _c = importlib.import_module("re._constants")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _c = _parser = None

# Non-ASCII characters that case-fold to an ASCII letter ("ſ" matches "s" without case).
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _safe_char(code: int) -> bool:
    """Return whether a pattern character matches the same ASCII characters either way.

    An upper-case letter never matches lower-cased text; a non-ASCII
    character that folds to an ASCII letter ("ſ", "ı", the Kelvin sign)
    matches ASCII letters only without case.
    """
    ch = chr(code)
    if code < 128:
        return not ("A" <= ch <= "Z")
    return not (_ASCII_LETTERS & set(ch.upper() + ch.lower()))


def _safe_class(items: list[tuple[Any, Any]]) -> bool:
    """Return whether a character class holds no upper-case or ASCII-folding character.

    A class holding ``\\w`` holds every ASCII letter either way, so what else it
    holds (a range of accented letters, "[\\w'\\u00c0-\\u024f-]") cannot change
    which ASCII characters it matches: only letters have a case.
    """
    if any(op is _c.CATEGORY and av is _c.CATEGORY_WORD for op, av in items):
        return True
    for op, av in items:
        if op is _c.LITERAL and not _safe_char(av):
            return False
        if op is _c.RANGE:
            lo, hi = av
            if hi >= 128 or not (hi < ord("A") or lo > ord("Z")):
                return False  # may hold an upper-case letter: not worth proving
        if op not in (_c.LITERAL, _c.RANGE, _c.NEGATE, _c.CATEGORY):
            return False
    return True


def _safe(items: Any) -> bool:
    """Return whether a parsed pattern matches lower-cased ASCII text as the original does.

    Literals and classes must be case-free or lower case, and no group may
    turn case-insensitivity off; anything this walk does not know makes the
    pattern unsafe (no twin), never wrong.
    """
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            ok = _safe_char(av)
        elif op is _c.IN:
            ok = _safe_class(av)
        elif op in (_c.ANY, _c.AT, _c.CATEGORY, _c.GROUPREF):
            ok = True
        elif op is _c.SUBPATTERN:
            _group, _add, del_flags, sub = av
            ok = not del_flags & re.IGNORECASE and _safe(sub)
        elif op is _c.BRANCH:
            ok = all(_safe(sub) for sub in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            ok = _safe(av[2])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            ok = _safe(av[1])
        elif op is _c.ATOMIC_GROUP:
            ok = _safe(av)
        elif op is _c.GROUPREF_EXISTS:
            ok = _safe(av[1]) and (av[2] is None or _safe(av[2]))
        else:
            ok = False
        if not ok:
            return False
    return True


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Return a case-sensitive twin of an ``IGNORECASE`` pattern, for lower-cased ASCII text.

    None when the pattern is not case-insensitive or the twin could differ
    from it; then the original must be used.  Made once per pattern.

    >>> rx = re.compile(r"\\bfever\\b", re.IGNORECASE)
    >>> text = "High Fever, then FEVER again"
    >>> [m.span() for m in lower_twin(rx).finditer(text.lower())] == [
    ...     m.span() for m in rx.finditer(text)]
    True
    >>> lower_twin(re.compile(r"[A-Z]\\w+", re.IGNORECASE)) is None
    True
    """
    # Keyed by identity: hashing a compiled pattern reads its whole program each time.
    known = _TWINS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _TWINS[id(pattern)] = (pattern, *_make_twin(pattern))
    return known[1]


# Per pattern: the pattern, its twin (None: none) and the words any match of the twin
# holds (see .must_contain; None: no useful set).
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, tuple[str, ...] | None]] = {}

# A twin costs about what compiling its pattern did (~0.3 ms for a relation phrase),
# and a call through it saves a few microseconds on a sentence.  The helpers below make
# it on the pattern's TWIN_AFTER-th call.  Only the first run on a machine pays that
# cost: the twin's program and its verdict are kept across runs (.re_cache,
# .kept_words), so later runs read them back for a lookup each, and a pattern read
# only a few dozen times a run already gains from its twin (on the 180 KB of corpus
# pages, twins from the first call cost ~0.15 s once and save ~0.04 s every run after).
TWIN_AFTER = 1
_CALLS: dict[int, int] = {}


def _count_call(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Count a call of a pattern with no twin yet; make the twin on the TWIN_AFTER-th."""
    calls = _CALLS.get(id(pattern), 0) + 1
    if calls < TWIN_AFTER:
        _CALLS[id(pattern)] = calls
        return None
    return lower_twin(pattern)


def _make_twin(pattern: re.Pattern[str],
               ) -> tuple[re.Pattern[str] | None, tuple[str, ...] | None]:
    """Return the twin of a pattern (or None) and the words any of its matches holds.

    The words come from the parse the twin is proved safe on, so they cost a
    walk of the tree, not a second parse.
    """
    if _parser is None or not pattern.flags & re.IGNORECASE:
        return None, None
    has, words = _VERDICTS.get((pattern.pattern, pattern.flags), _has_twin)
    if not has:
        return None, None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE), words


def _has_twin(key: tuple[str, int]) -> tuple[bool, tuple[str, ...] | None]:
    """Return whether a pattern (text, flags) has a twin (:func:`_safe` on its parse),
    and the words any of its matches holds (read from the same parse)."""
    try:
        tree = _parser.parse(*key)
    except Exception:  # any surprise from a private parser: no twin
        return False, None
    if not _safe(tree):
        return False, None
    return True, required_words(tree)


def _verdict_types(key: object, verdict: object) -> bool:
    return type(key) is tuple and len(key) == 2 and type(key[0]) is str \
        and type(key[1]) is int and type(verdict) is tuple and len(verdict) == 2 \
        and type(verdict[0]) is bool and (verdict[1] is None or (
            type(verdict[1]) is tuple and all(type(w) is str for w in verdict[1])))


def _verdict_modules() -> tuple[ModuleType, ...]:
    from . import must_contain

    return sys.modules[__name__], must_contain


# Whether a pattern has a twin and the words its matches hold, kept across runs
# (ingest/kept_words.py): the parse in Python cost ~0.7 ms a pattern, ~0.005 s at
# start-up and as much again on a few pages.  The words depend on .must_contain's code,
# so its file is part of the kept file's name.
_VERDICTS: KeptAnswers[tuple[str, int], tuple[bool, tuple[str, ...] | None]] = KeptAnswers(
    "twins", _verdict_modules, _verdict_types)


def _reader(pattern: re.Pattern[str], text: str, low: str | None,
            ) -> tuple[re.Pattern[str], str, bool] | None:
    """Return the twin, the lower-cased text to run it on and whether it may match there,
    or None: use the original.

    ``low`` is the caller's lower-cased text, if it has one; the text is
    lower-cased here only when there is a twin to read it.  The twin cannot
    match a text that holds none of its words (see .must_contain): a few
    substring tests spare most passes of a rule over a sentence it does not fit.
    """
    # (The twin's lookup and lowered() written out: this runs on every search of a rule.)
    known = _TWINS.get(id(pattern))
    if known is not None and known[0] is pattern:
        twin, words = known[1], known[2]
    else:
        twin = _count_call(pattern)
        words = _TWINS[id(pattern)][2] if twin is not None else None
    if twin is None:
        return None
    if low is None:
        if not text.isascii():
            return None
        low = text.lower()
    return twin, low, words is None or any(map(low.__contains__, words))


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None,
             *, low: str | None = None) -> list[re.Match[str]]:
    """Return ``list(pattern.finditer(text, pos, endpos))``, found through the twin if any.

    The twin finds where ``pattern`` matches in the lower-cased text; the
    pattern itself is then matched only there, so the matches hold the
    text's own words.  ``low`` is :func:`lowered` of ``text``, when the
    caller has it already (one sentence read by many patterns).

    >>> rx = re.compile(r"\\b(?P<n>\\d+) days\\b", re.IGNORECASE)
    >>> [m.group(0) for m in finditer(rx, "Fever for 3 DAYS, rash for 5 Days")]
    ['3 DAYS', '5 Days']
    """
    end = len(text) if endpos is None else endpos
    read = _reader(pattern, text, low)
    if read is None:
        return list(pattern.finditer(text, pos, end))
    twin, low, may = read
    if not may:
        return []
    out = []
    for t in twin.finditer(low, pos, end):
        m = pattern.match(text, t.start(), end)
        if m is None or m.end() != t.end():  # never, as _safe proves; the original decides
            return list(pattern.finditer(text, pos, end))
        out.append(m)
    return out


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None,
           *, low: str | None = None) -> re.Match[str] | None:
    """Return ``pattern.search(text, pos, endpos)``, found through the twin when there is one.

    >>> rx = re.compile(r"\\bfever\\b", re.IGNORECASE)
    >>> search(rx, "No rash. FEVER later", 3).group(0)
    'FEVER'
    """
    end = len(text) if endpos is None else endpos
    read = _reader(pattern, text, low)
    if read is None:
        return pattern.search(text, pos, end)
    twin, low, may = read
    if not may:
        return None
    t = twin.search(low, pos, end)
    if t is None:
        return None
    m = pattern.match(text, t.start(), end)
    if m is None or m.end() != t.end():  # never, as _safe proves; the original decides
        return pattern.search(text, pos, end)
    return m


def match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None,
          *, low: str | None = None) -> re.Match[str] | None:
    """Return ``pattern.match(text, pos, endpos)``; the twin turns most misses away first.

    >>> rx = re.compile(r"fever", re.IGNORECASE)
    >>> match(rx, "No FEVER", 3).group(0), match(rx, "No FEVER", 2)
    ('FEVER', None)
    """
    end = len(text) if endpos is None else endpos
    read = _reader(pattern, text, low)
    if read is not None and (not read[2] or read[0].match(read[1], pos, end) is None):
        return None
    return pattern.match(text, pos, end)


def alternatives_look(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Return words one of which any match of ``pattern`` holds in lower-cased ASCII text,
    its alternatives read one by one (see .must_contain.alternatives_words), or None.

    Only for a pattern with a twin: the words are the pattern's own (lower-case)
    literals, and on lower-cased ASCII text the twin matches where the pattern does.
    """
    if lower_twin(pattern) is None or _parser is None:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # any surprise from a private parser: no words
        return None
    return alternatives_words(tree)


def finditer_whole(pattern: re.Pattern[str], text: str,
                   low: str | None = None) -> list[re.Match[str]]:
    """Return :func:`finditer` of a pattern read once over a whole page, twin made at once.

    A pass over a page's few thousand characters costs more than making the
    twin, so such a pattern does not wait for TWIN_AFTER calls (a run over
    a few dozen pages never reaches them).
    """
    lower_twin(pattern)
    return finditer(pattern, text, low=low)


def lowered(text: str) -> str | None:
    """Return ``text`` lower-cased when twins may read it (ASCII only), else None.

    >>> lowered("Fever"), lowered("Fièvre")
    ('fever', None)
    """
    return text.lower() if text.isascii() else None


def twins(*patterns: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """Return the twins of all ``patterns`` (in order), or None if one of them has none.

    For a group of patterns run one after another on one text: either all
    read the lower-cased text or all read the original.
    """
    found = tuple(lower_twin(p) for p in patterns)
    return None if any(t is None for t in found) else tuple(t for t in found if t is not None)


def pick(text: str, originals: tuple[re.Pattern[str], ...],
         lower: tuple[re.Pattern[str], ...] | None) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """Return the text to search and the patterns to search it with: twins when they may.

    >>> rx = re.compile("fever", re.IGNORECASE)
    >>> pick("FEVER", (rx,), twins(rx))[0], pick("FÈVER", (rx,), twins(rx))[0]
    ('fever', 'FÈVER')
    """
    if lower is not None and text.isascii():
        return text.lower(), lower
    return text, originals


def lacks(text: str, words: tuple[str, ...]) -> bool:
    """Return whether ``text`` is ASCII and holds none of ``words`` (lower case), in any case.

    A first look before a case-insensitive regex that cannot match without
    one of the words: True means the regex would find nothing, so the
    caller may skip it (a substring test is ~10x cheaper than a regex pass
    that tries an alternation at every place).  Non-ASCII text is never
    turned away, as a few non-ASCII letters match ASCII ones without case
    ("ſ" matches "s").

    >>> lacks("A rash", ("fever",)), lacks("A FEVER", ("fever",)), lacks("ſever", ("sever",))
    (True, False, False)
    """
    if not text.isascii():
        return False
    if len(text) > _LONG_TEXT and type(words) is tuple:
        return _lacks_long(text, words)
    # A sentence meets a dozen gates in a row: it is lower-cased once, not at each.
    global _LAST_LOWERED
    if _LAST_LOWERED[0] is not text:
        _LAST_LOWERED = (text, text.lower())
    return not any(map(_LAST_LOWERED[1].__contains__, words))


# The last text lacks() lower-cased, and its lower case (held, so the identity test
# cannot meet a new string at a freed one's address).
_LAST_LOWERED: tuple[str, str] = ("", "")

# A run-on sentence (a table pasted as one line) is asked the same gates once per figure
# in it, between questions about its short phrases: its answers are kept, not its words
# scanned again, and its lower case is not made again after each phrase.
_LONG_TEXT = 200
_LONG_ANSWERS: dict[tuple[str, tuple[str, ...]], bool] = {}
_LONG_LOWERED: dict[str, str] = {}


def _lacks_long(text: str, words: tuple[str, ...]) -> bool:
    """Return :func:`lacks` of an ASCII text longer than ``_LONG_TEXT``, answered once."""
    key = (text, words)
    known = _LONG_ANSWERS.get(key)
    if known is None:
        low = _LONG_LOWERED.get(text)
        if low is None:
            if len(_LONG_LOWERED) >= 16:
                _LONG_LOWERED.clear()
            low = _LONG_LOWERED[text] = text.lower()
        if len(_LONG_ANSWERS) >= 4096:
            _LONG_ANSWERS.clear()
        known = _LONG_ANSWERS[key] = not any(map(low.__contains__, words))
    return known


def ends_without(text: str, words: tuple[str, ...]) -> bool:
    """Return whether ``text`` is ASCII and, trailing white space aside, ends in none of ``words``.

    The first look of :func:`lacks` for a regex anchored at the end
    (``\\s+(?:probably|usually)$``): True means it cannot match.

    >>> ends_without("a rash ", ("usually",)), ends_without("It USUALLY\\n", ("usually",))
    (True, False)
    """
    return text.isascii() and not text.rstrip().lower().endswith(words)
