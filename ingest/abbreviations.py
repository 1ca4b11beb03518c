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
    r"|previously|formerly|usually|generally) )?(?:called|known as|referred to as|termed|named)"
    r"|a\.?k\.?a\.?|formerly|previously|or simply|or just)\s+(?:an? |the )?", re.IGNORECASE)
# Cues with the name before them and the other name after, besides "X, also called Y".
_NAME_THEN_OTHER = (
    # "X is also called Y", "X are sometimes known as Y" (a bare "known as" is how X is
    # known, and "is called a Y" puts X in a class: neither names it).
    re.compile(r"\s(?:is|are)\s+(?:(?:also|sometimes|often|commonly|usually|otherwise|generally"
               r"|more commonly|medically|technically)\s+(?:called|known as|referred to as|termed"
               r"|named)|called|termed|referred to as)\s+(?!an?\s)(?:the\s+)?", re.IGNORECASE),
    # "Y is the medical term for X", "Y, another name for X,", "Y (an older word for X)".
    re.compile(r"(?:\s(?:is|are)|\s*[,(])\s+(?:another|an older|an|a|the)(?:\s(?:medical"
               r"|technical|scientific|clinical|everyday|common|lay|proper|formal|official|usual"
               r"|popular|older|other|plain))?\s(?:name|term|word)s?\s+for\s+(?:an?\s|the\s)?",
               re.IGNORECASE),
    # "X (the medical term is Y)", "X (medical name: Y)".
    re.compile(r"\s*\(\s*(?:the\s)?(?:medical|technical|scientific|clinical)\s(?:name|term|word)"
               r"(?:\s(?:is|for (?:this|it) is)|\s?:)\s+(?:an?\s|the\s)?", re.IGNORECASE),
)
# Two names in one stretch of text: "the medical term for X is Y"; a sentence that opens
# "X, or Y, ..." (two items with a comma before "or" are one thing named twice, not a
# list); a heading line "X (Y)".
_NAME_PAIRS = (
    re.compile(r"\bthe\s(?:(?:medical|technical|scientific|clinical|proper|formal|official"
               r"|everyday|common)\s)?(?:name|term|word)\sfor\s(?:an?\s|the\s)?"
               r"(?P<x>[^,.;:()\n]{2,60}?)\s(?:is|are)\s(?:called\s)?(?!an?\s)(?:the\s)?"
               r"(?P<y>[^,.;:()\n]{2,60})", re.IGNORECASE),
    re.compile(r"(?:^|[.!?]\s+|\n)(?P<x>(?!(?:an?|the|any|some|other|this|that|it)\s)"
               r"[^,.;:!?\n()]{3,60}),\s+or\s+(?!(?:an?|the|any|some|other|another|your|their"
               r"|its|no|simply|just)\s)(?P<y>[\w'\u00c0-\u024f-]+(?:\s+[\w'\u00c0-\u024f-]+){0,3}),\s",
               re.IGNORECASE),
    re.compile(r"^(?P<x>[^()\n.:;,]{3,60}?)\s*\((?P<y>[^()\n.:;,]{3,60})\)\s*$", re.MULTILINE),
)
# "a high temperature (fever)", "a cold sore medicine (Soothavir)": one word in brackets.
_BARE_GLOSS = re.compile(r"\s\(([A-Za-z][a-z-]{2,30})\)")
_NAME_WORDS = re.compile(r"[\w'\u00c0-\u024f-]+")
_NAME_END = re.compile(r"[,.;:()]|\s[-\u2013\u2014]|\s(?:and|or|is|are|which)\s", re.IGNORECASE)
_HEADING_WORDS = 8  # a line of more words in "X (Y)" form is prose, not a heading


def find_other_names(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words before, words after) of every "X, also called Y" in the text.

    Which of the words make the name is left to the caller, which knows the
    names it has met: "a rash, called erythema migrans, appears" gives
    (["a", "rash"], ["erythema", "migrans"]).  The cue is found first, so the
    pass stays linear in the text.  Besides "X, also called Y": "X is also
    called Y", "Y is the medical term for X", "X (formerly Y)", "X, or simply
    Y", "the medical term for X is Y", a sentence opening "X, or Y," and a
    heading "X (Y)".

    >>> list(find_other_names("Skin peeling is also called desquamation."))
    [(['Skin', 'peeling'], ['desquamation'])]
    >>> list(find_other_names("The medical term for skin peeling is desquamation."))
    [(['skin', 'peeling'], ['desquamation'])]
    """
    for m in _BARE_GLOSS.finditer(text):
        # "a high temperature (fever)": a one-word everyday name in brackets, or a
        # brand name ("a medicine (Brandname)").
        before = re.split(r"[,.;:()]", text[max(0, m.start() - 60):m.start()])[-1]
        yield _NAME_WORDS.findall(before)[-4:], [m.group(1)]
    for cue in (_ALSO_CALLED, *_NAME_THEN_OTHER):
        for m in cue.finditer(text):
            before = text[max(0, m.start() - 80):m.start()]
            before = re.split(r"[,.;:()]", before)[-1]
            rest = text[m.end():m.end() + 60]
            end = _NAME_END.search(rest)
            after = rest[:end.start()] if end else rest
            yield _NAME_WORDS.findall(before)[-5:], _NAME_WORDS.findall(after)[:5]
    for pair in _NAME_PAIRS:
        for m in pair.finditer(text):
            x, y = _NAME_WORDS.findall(m["x"]), _NAME_WORDS.findall(m["y"])
            if pair.flags & re.MULTILINE and len(x) + len(y) > _HEADING_WORDS:
                continue
            yield x[-5:], y[:5]


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
    for m in _ALSO_CALLED.finditer(text):
        before = re.split(r"[,.;:()]", text[max(0, m.start() - 160):m.start()])[-1]
        rel = _RELATIVE.search(before)
        if rel is None:
            continue
        head = _NAME_WORDS.findall(before[:rel.start()])[-5:]
        clause = _NAME_WORDS.findall(before[rel.end():])
        if not head or not clause or len(clause) > _MAX_CLAUSE:
            continue
        rest = text[m.end():m.end() + 60]
        end = _NAME_END.search(rest)
        yield head, clause, _NAME_WORDS.findall(rest[:end.start()] if end else rest)[:5]
