"""Abbreviations a page defines, found the Schwartz–Hearst way.

"intravenous immunoglobulin (IVIG)" and "IVIG (intravenous immunoglobulin)"
both define IVIG.  The long form is the shortest run of words before the
bracket whose letters spell the short form in order, the first letter of the
short form starting a word (Schwartz & Hearst, PSB 2003).  Pages reuse their
abbreviations everywhere afterwards, so resolving them merges the entities a
reader knows are one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from claimgraph.ingest import caseless
from claimgraph.ingest import re_cache as re

# "(ABBR)", "[ABBR]" and ", or ABBR," after the long form.
_PAREN = re.compile(r"\(([^()]{1,60})\)|\[([^\[\]]{1,60})\]"
                    r"|,\s+or\s+([^\s,.;:()]{2,10})(?=[,.;:)]|\s)")
# Words that only say a bracket holds another name: "(also called GF; rare)" and
# "(or GF)" define GF as "(GF)" does.
_NAME_CUE = re.compile(r"^(?:(?:also |sometimes |often |commonly )?(?:called|known as"
                       r"|referred to as|termed|abbreviated(?: as| to)?)|or|i\.?e\.?,?"
                       r"|short for)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'\u00c0-\u024f-]+")
_SHORT = re.compile(r"^[A-Za-z0-9][\w-]{0,9}$")
_STOP_BEFORE = re.compile(r"[.;:!?]")


def _is_short_form(text: str) -> bool:
    return (bool(_SHORT.match(text)) and any(c.isupper() for c in text)
            and any(c.isalpha() for c in text) and len(text) >= 2)


def best_long_form(short: str, words: list[str]) -> str | None:
    """Return the long form among ``words`` (those before the bracket) that spells ``short``.

    >>> best_long_form("IVIG", "given intravenous immunoglobulin".split())
    'intravenous immunoglobulin'
    >>> best_long_form("TSS", "the toxic shock syndrome".split())
    'toxic shock syndrome'
    >>> best_long_form("CT", "a scan".split()) is None
    True
    """
    letters = [c.lower() for c in short if c.isalnum()]
    limit = min(len(letters) + 5, 2 * len(letters))
    words = words[-limit:]
    text = " ".join(words).lower()
    s, t = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while t >= 0 and (text[t] != c or (s == 0 and t > 0 and text[t - 1].isalnum())):
            t -= 1
        if t < 0:
            return None
        s -= 1
        t -= 1
    start = text.rfind(" ", 0, t + 1) + 1
    long = text[start:]
    n_words = len(long.split())
    if n_words < 1 or long.replace(" ", "") == short.lower() or n_words > limit:
        return None
    # Keep the page's own capitalisation.
    return " ".join(words[len(words) - n_words:])


def find_abbreviations(text: str) -> Iterator[tuple[str, str]]:
    """Yield (long form, short form) for every abbreviation the text defines.

    >>> list(find_abbreviations("Doctors give intravenous immunoglobulin (IVIG) early."))
    [('intravenous immunoglobulin', 'IVIG')]
    >>> list(find_abbreviations("IVIG (intravenous immunoglobulin) is given."))
    [('intravenous immunoglobulin', 'IVIG')]
    """
    for m in _PAREN.finditer(text):
        whole = next(g for g in m.groups() if g is not None)
        # A bracket may say more after the name: "(GF; also called tarn fever)".
        inside = _NAME_CUE.sub("", re.split(r"[;,]", whole)[0].strip())
        if m.group(3) is not None and sum(c.isupper() for c in inside) < 2:
            continue  # "fever, or chills" is a list; ", or GF" names an acronym
        before = text[max(0, m.start() - 200):m.start()]
        cut = max((x.end() for x in _STOP_BEFORE.finditer(before)), default=0)
        before_words = _WORD.findall(before[cut:])
        if _is_short_form(inside) and before_words:
            long = best_long_form(inside, before_words)
            if long:
                yield long, inside
            continue
        # "ABBR (long form)": the word before the bracket is the short form.
        if before_words and _is_short_form(before_words[-1]) and " " in inside:
            inner = _WORD.findall(inside)
            long = best_long_form(before_words[-1], inner)
            if long and long == " ".join(inner[len(inner) - len(long.split()):]) \
                    and len(long.split()) == len(inner):
                yield long, before_words[-1]


_ALSO_CALLED = re.compile(
    r"\s*(?:[,(]|\s[-\u2013\u2014])\s*(?:(?:(?:also|sometimes|often|commonly|popularly|otherwise"
    r"|previously|formerly|usually|generally|better|medically|clinically|technically"
    r"|scientifically) )?(?:called|known (?:medically |clinically |technically )?as"
    r"|referred to as|termed|named)"
    r"|a\.?k\.?a\.?|i\.\s?e\.,?|formerly|previously|or simply|or just)\s+(?:an? |the )?",
    re.IGNORECASE)
# "X is also called Y", "X are sometimes known as Y" (a bare "known as" is how X is known,
# and "is called a Y" puts X in a class: neither names it).
_IS_CALLED = re.compile(
    r"\s(?:is|are)\s+(?:(?:also|sometimes|often|commonly|usually|otherwise|generally"
    r"|more commonly|medically|technically)\s+(?:called|known as|referred to as|termed|named)"
    r"|called|termed|referred to as|(?<=which is )known as|(?<=which are )known as)"
    r"\s+(?!an?\s)(?:the\s+)?", re.IGNORECASE)
# "name", "term" or "word" before "for", "is" or ":": rare words, so the wordings built on
# them are found by this cue and told apart by the few characters around it.
# (Lower case, no "\b" and no IGNORECASE: a literal start keeps the scan fast; the word
# boundary is checked on the few matches.)
_TERM = re.compile(r"(?:name|term|word)s?(?=\s+for\s|\s+is\s|\s?:)")
_KIND_OF_TERM = (r"(?:medical|technical|scientific|clinical|everyday|common|lay|proper|formal"
                 r"|official|usual|popular|older|other|plain)")
# "Y is the medical term for X", "Y, another name for X,", "Y (an older word for X)".
_TERM_AFTER_NAME = re.compile(r"(?:\s(?:is|are)|[,(])\s*(?:another|an older|an|a|the)"
                              rf"(?:\s{_KIND_OF_TERM})?\s$", re.IGNORECASE)
# "the medical term for X is Y".
_TERM_OPENS = re.compile(rf"\bthe\s(?:{_KIND_OF_TERM}\s)?$", re.IGNORECASE)
# "X (the medical term is Y)", "X (medical name: Y)".
_TERM_IN_BRACKET = re.compile(r"\(\s*(?:the\s)?(?:medical|technical|scientific|clinical)\s$",
                              re.IGNORECASE)
_FOR = re.compile(r"\s+for\s+(?:an?\s|the\s)?", re.IGNORECASE)
_IS_THEN_NAME = re.compile(r"(?:\s+is|\s?:)\s+(?:an?\s|the\s)?", re.IGNORECASE)
_X_IS_Y = re.compile(r"(?P<x>[^,.;:()\n]{2,60}?)\s(?:is|are)\s(?:called\s)?(?!an?\s)(?:the\s)?"
                     r"(?P<y>[^,.;:()\n]{2,60})", re.IGNORECASE)
# A sentence that opens "X, or Y, ...": two items with a comma before "or" are one thing
# named twice, not a list.  Neither name opens with an article or a pointing word.
_OR_NAME = re.compile(r",\s+or\s+(?!(?:an?|the|any|some|other|another|your|their|its|no"
                      r"|simply|just)\s)(?P<y>[\w'\u00c0-\u024f-]+(?:\s+[\w'\u00c0-\u024f-]+)"
                      r"{0,3}),\s", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?!(?:an?|the|any|some|other|this|that|it)\s)"
                             r"(?P<x>[^\s,.;:!?()][^,.;:!?\n()]{2,59})$", re.IGNORECASE)
# A heading line "X (Y)" of a few words.
_HEADING_GLOSS = re.compile(r"\((?P<y>[^()\n.:;,]{3,60})\)[ \t]*$", re.MULTILINE)
_HEADING_NAME = re.compile(r"[^()\n.:;,]{3,60}")
_HEADING_WORDS = 8  # a line of more words in "X (Y)" form is prose, not a heading
# "a high temperature (fever)", "a cold sore medicine (Soothavir)": one word in brackets.
_BARE_GLOSS = re.compile(r"\s\(([A-Za-z][a-z-]{2,30})\)")
_NAME_WORDS = re.compile(r"[\w'\u00c0-\u024f-]+")
_NAME_END = re.compile(r"[,.;:()]|\s[-\u2013\u2014]|\s(?:and|or|is|are|which)\s", re.IGNORECASE)


@lru_cache(maxsize=2)
def _also_called(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of "X, also called Y" cues, found once for both readers of them."""
    return tuple(m.span() for m in caseless.finditer_whole(_ALSO_CALLED, text))


def _words_before(text: str, at: int, chars: int = 80) -> list[str]:
    """Return the words of the clause that ends at ``at``."""
    return _NAME_WORDS.findall(re.split(r"[,.;:()]", text[max(0, at - chars):at])[-1])


# "X, which is also called Y": the pronoun stands for the name before it.
# ("Some people, who are called carriers": "who" names a group of the people, so it is
# left out.)
_WHICH_BEFORE = re.compile(r"(?:,\s*|\s)(?:which|that)\s*$", re.IGNORECASE)


def _subject_before(text: str, at: int) -> list[str]:
    """Return the words of the name a verb at ``at`` is said of, through "which" or "that".

    "a vorbic rash, which is also called plimsy spots" says it of the rash:
    the clause before the verb holds only the pronoun.

    >>> text = "It gives a vorbic rash, which is"
    >>> _subject_before(text, text.index(" is"))
    ['It', 'gives', 'a', 'vorbic', 'rash']
    """
    which = _WHICH_BEFORE.search(text, max(0, at - 20), at)
    return _words_before(text, which.start() if which is not None else at)


def _words_after(text: str, at: int) -> list[str]:
    """Return the words of the name that starts at ``at``."""
    rest = text[at:at + 60]
    end = _NAME_END.search(rest)
    return _NAME_WORDS.findall(rest[:end.start()] if end else rest)


def _term_pairs(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield the two names of "Y is the medical term for X" and its other wordings."""
    for m in _TERM.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue  # "surname", "midterm"
        left = text[max(0, m.start() - 40):m.start()]
        right = text[m.end():m.end() + 130]
        after_for = _FOR.match(right)
        if after_for is not None:
            opened = _TERM_AFTER_NAME.search(left)
            if opened is not None:  # "Y is the medical term for X"
                yield (_words_before(text, m.start() - len(left) + opened.start())[-5:],
                       _words_after(text, m.end() + after_for.end())[:5])
            elif _TERM_OPENS.search(left):  # "the medical term for X is Y"
                pair = _X_IS_Y.match(right, after_for.end())
                if pair is not None:
                    yield _NAME_WORDS.findall(pair["x"])[-5:], _NAME_WORDS.findall(pair["y"])[:5]
            continue
        is_then = _IS_THEN_NAME.match(right)
        bracket = _TERM_IN_BRACKET.search(left)
        if is_then is not None and bracket is not None:  # "X (the medical term is Y)"
            yield (_words_before(text, m.start() - len(left) + bracket.start())[-5:],
                   _words_after(text, m.end() + is_then.end())[:5])


def _or_pairs(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield the two names of a sentence that opens "X, or Y, ..."."""
    for m in _OR_NAME.finditer(text):
        # "^" matches only where the text starts: a window that begins inside a
        # sentence too long for X finds nothing.
        opening = _SENTENCE_START.search(text, max(0, m.start() - 62), m.start())
        if opening is not None:
            yield _NAME_WORDS.findall(opening["x"])[-5:], _NAME_WORDS.findall(m["y"])[:5]


def _heading_pairs(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield the two names of a heading line "X (Y)"."""
    for m in _HEADING_GLOSS.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        name = text[line_start:m.start()].rstrip()
        if not _HEADING_NAME.fullmatch(name):
            continue
        x, y = _NAME_WORDS.findall(name), _NAME_WORDS.findall(m["y"])
        if len(x) + len(y) <= _HEADING_WORDS:
            yield x[-5:], y[:5]


def bare_glosses(text: str) -> Iterator[tuple[list[str], str]]:
    """Yield (words before, name) of every one-word name in brackets after a phrase.

    "a high temperature (fever)": a one-word everyday name in brackets, or a
    brand name ("a medicine (Brandname)").

    >>> list(bare_glosses("It gives a scan of the heart (echogram) at once."))
    [(['scan', 'of', 'the', 'heart'], 'echogram')]
    """
    for m in _BARE_GLOSS.finditer(text):
        before = re.split(r"[,.;:()]", text[max(0, m.start() - 60):m.start()])[-1]
        yield _NAME_WORDS.findall(before)[-4:], m.group(1)


# "painful ulcers (skin sores)": two or three lower-case words in brackets after a name.
_WORDS_GLOSS = re.compile(r"\s\(([a-z][a-z-]{2,30}(?: [a-z][a-z-]{1,30}){1,2})\)")
# Words that make a bracket something other than a second name: an article or a pointer
# ("(the cornea)"), a list or a hedge ("(or even worse)", "(usually mild)"), a cue.
_NOT_IN_A_NAME = frozenset({
    "a", "an", "the", "or", "and", "of", "from", "with", "for", "to", "in", "on", "at", "by",
    "as", "but", "not", "no", "usually", "often", "sometimes", "mainly", "mostly", "even",
    "also", "such", "see", "including", "like", "known", "called", "your", "their", "its",
    "this", "that", "these", "those", "very", "more", "less", "most", "rarely", "only"})


def bracket_names(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words before, name words) of every two- or three-word name in brackets.

    Whether the bracket names the thing before it is the caller's choice, which
    knows the names the pages use.

    >>> list(bracket_names("It leaves vorbic ulcers (plimsy sores) behind."))
    [(['It', 'leaves', 'vorbic', 'ulcers'], ['plimsy', 'sores'])]
    >>> list(bracket_names("It may hurt (or even sting) and scar (the skin)."))
    []
    """
    for m in _WORDS_GLOSS.finditer(text):
        words = m.group(1).split()
        if _NOT_IN_A_NAME.isdisjoint(words):
            before = re.split(r"[,.;:()]", text[max(0, m.start() - 60):m.start()])[-1]
            yield _NAME_WORDS.findall(before)[-4:], words


def find_other_names(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words before, words after) of every "X, also called Y" in the text.

    Which of the words make the name is left to the caller, which knows the
    names it has met: "a rash, called erythema migrans, appears" gives
    (["a", "rash"], ["erythema", "migrans"]).  Each cue is found first, so the
    pass stays linear in the text.  Besides "X, also called Y": "X is also
    called Y", "Y is the medical term for X", "X (formerly Y)", "X, or simply
    Y", "the medical term for X is Y", a sentence opening "X, or Y," and a
    heading "X (Y)".

    >>> list(find_other_names("Skin peeling is also called desquamation."))
    [(['Skin', 'peeling'], ['desquamation'])]
    >>> list(find_other_names("The medical term for skin peeling is desquamation."))
    [(['skin', 'peeling'], ['desquamation'])]
    """
    for before, name in bare_glosses(text):
        yield before, [name]
    for start, end in _also_called(text):
        yield _words_before(text, start)[-5:], _words_after(text, end)[:5]
    for m in _IS_CALLED.finditer(text):
        yield _subject_before(text, m.start())[-5:], _words_after(text, m.end())[:5]
    yield from _term_pairs(text)
    yield from _or_pairs(text)
    yield from _heading_pairs(text)


# "that", "which" or "who" opening a clause that says more about the name before it.
_RELATIVE = re.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)
_MAX_CLAUSE = 12  # words of a relative clause between the name and the cue


def find_relative_glosses(text: str) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """Yield (name words, clause words, other name) of every "X that ..., known as Y".

    "a wash that is made from sea salt, known as tarnol rinse" names the wash
    tarnol rinse: the clause only says more about it.  Whether the other name
    glosses X or a name that ends the clause ("sea salt") is the caller's
    choice, which knows the names it has met.

    >>> list(find_relative_glosses("Use a wash that is made from salt, known as tarnol rinse."))
    [(['Use', 'a', 'wash'], ['is', 'made', 'from', 'salt'], ['tarnol', 'rinse'])]
    """
    for start, end in _also_called(text):
        before = re.split(r"[,.;:()]", text[max(0, start - 160):start])[-1]
        rel = _RELATIVE.search(before)
        if rel is None:
            continue
        head = _NAME_WORDS.findall(before[:rel.start()])[-5:]
        clause = _NAME_WORDS.findall(before[rel.end():])
        if not head or not clause or len(clause) > _MAX_CLAUSE:
            continue
        yield head, clause, _words_after(text, end)[:5]
