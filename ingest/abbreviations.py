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

from claimgraph.ingest import caseless, re_cache as re

# "(ABBR)", "[ABBR]" and ", or ABBR," after the long form.
_PAREN = re.compile(r"\(([^()]{1,60})\)|\[([^\[\]]{1,60})\]"
                    r"|,\s+or\s+([^\s,.;:()]{2,10})(?=[,.;:)]|\s)")
# Words that only say a bracket holds another name: "(also called GF; rare)" and
# "(or GF)" define GF as "(GF)" does.
_NAME_CUE = re.compile(r"^(?:(?:also |sometimes |often |commonly )?(?:called|known as"
                       r"|referred to as|termed|abbreviated(?: as| to)?|shortened to)|or|i\.?e\.?,?"
                       r"|short for)\s+", re.IGNORECASE)
# "(GF for short)"; "(G.F.)" is "(GF)" written with stops.
_FOR_SHORT = re.compile(r"\s+for\s+short$", re.IGNORECASE)
_DOTTED_SHORT = re.compile(r"(?:[A-Za-z]\.){2,9}")
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
        inside = _FOR_SHORT.sub("", _NAME_CUE.sub("", re.split(r"[;,]", whole)[0].strip()))
        if m.group(3) is not None and sum(c.isupper() for c in inside) < 2:
            continue  # "fever, or chills" is a list; ", or GF" names an acronym
        before = text[max(0, m.start() - 200):m.start()]
        cut = max((x.end() for x in _STOP_BEFORE.finditer(before)), default=0)
        before_words = _WORD.findall(before[cut:])
        if (_is_short_form(inside) or (_DOTTED_SHORT.fullmatch(inside) is not None
                                       and _is_short_form(inside.replace(".", "")))) \
                and before_words:
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
    yield from _spelled_out_abbreviations(text)


# "vorbic plimsy syndrome or VPS", "VPS or vorbic plimsy syndrome", "VPS stands for ...":
# an abbreviation written beside its long form with no bracket.  The cue is cheap to find
# (a capital right after it, or right before it); the letters decide.
_SHORT_AT = re.compile(r"([A-Z0-9][\w-]{1,9})(?=[,.;:)]|\s|$)")
# "vorbic plimsy syndrome, VPS, is ..." and "... syndrome - VPS - is ...": set off by commas
# or dashes as a bracket sets it off.
_APPOSED_SHORT = re.compile(r"(?:,|\s[-\u2013\u2014])\s+([A-Z0-9][\w-]{1,9})"
                            r"(?=,|\s[-\u2013\u2014]\s)")
# (Found by the cue's words with str.find, then the abbreviation beside them: cheap.)
_BESIDE_CUES = (" or ", " stands for ", " is short for ")
_SHORT_ENDING = re.compile(r"(?<![\w-])([A-Z0-9][\w-]{1,9})$")
# Small words a long form's letters may skip ("disease of the grebble spine", DGS).
_INITIAL_SKIPS = frozenset({"of", "the", "and", "in", "on", "to", "for", "with", "a", "an", "by"})


def _find_all(text: str, literal: str) -> Iterator[int]:
    """Yield every index at which ``literal`` occurs in ``text``."""
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def _initials_spell(short: str, words: list[str]) -> bool:
    """Return whether the words' first letters, small words aside, spell ``short``.

    Stricter than :func:`best_long_form`: with no bracket to mark where a name
    ends, only a long form whose every word gives a letter is read as one.

    >>> _initials_spell("DGS", "disease of the grebble spine".split())
    True
    >>> _initials_spell("DG", "disease of the grebble spine".split())
    False
    """
    letters = "".join(c for c in short if c.isalpha()).lower()
    letters = letters[:-1] if short.endswith("s") and len(letters) > 2 else letters
    initials = "".join(w[0] for w in words if w.lower() not in _INITIAL_SKIPS).lower()
    return bool(initials) and initials == letters and words[-1].lower() not in _INITIAL_SKIPS \
        and words[0].lower() not in _INITIAL_SKIPS


def _spelled_out_abbreviations(text: str) -> Iterator[tuple[str, str]]:
    """Yield (long form, short form) for "long or ABBR", "long, ABBR," and "ABBR or long".

    The long form must lie within its clause (no comma, which would make it a
    list) and end in a word that gives a letter; after the abbreviation, its
    words' initials must spell it.

    >>> list(_spelled_out_abbreviations("It is vorbic plimsy syndrome or VPS."))
    [('vorbic plimsy syndrome', 'VPS')]
    >>> list(_spelled_out_abbreviations("VPS or vorbic plimsy syndrome is rare."))
    [('vorbic plimsy syndrome', 'VPS')]
    >>> list(_spelled_out_abbreviations("Tests, vorbic scans or VPS help."))
    []
    """
    cues = sorted((i, cue) for cue in _BESIDE_CUES for i in _find_all(text, cue))
    shorts_after = [(i, m.group(1)) for i, cue in cues
                    if cue == " or " and i and text[i - 1] not in ", \t\n"
                    and (m := _SHORT_AT.match(text, i + len(cue))) is not None]
    shorts_after += [(m.start(), m.group(1)) for m in _APPOSED_SHORT.finditer(text)]
    for at, short in sorted(shorts_after):
        if not _is_short_form(short) or sum(c.isupper() for c in short) < 2:
            continue
        before = text[max(0, at - 120):at]
        cut = max((x.end() for x in re.finditer(r"[.;:!?,()\[\]]|\s[-\u2013\u2014]\s", before)),
                  default=0)
        words = _WORD.findall(before[cut:])
        long = best_long_form(short, words) if words else None
        # The last word must give a letter: "plimsy vorbic syndrome and fever, PVS" is no name.
        if long and long.lower() != "or" \
                and short.rstrip("s")[-1:].lower() in long.rsplit(" ", 1)[-1].lower():
            yield long, short
    for i, cue in cues:
        found = _SHORT_ENDING.search(text, max(0, i - 10), i)
        if found is None or not text[i + len(cue):i + len(cue) + 1].isalpha():
            continue
        short = found.group(1)
        if not _is_short_form(short) or sum(c.isupper() for c in short) < 2 \
                or (found.start() > 0 and (text[found.start() - 1].isalnum()
                                           or text[found.start() - 1] == "-")):
            continue
        after = text[i + len(cue):i + len(cue) + 120]
        after = after[:next((x.start() for x in re.finditer(r"[.;:!?,()\[\]]", after)),
                            len(after))]
        words = _WORD.findall(after)
        for n in range(1, min(len(words), 2 * len(short)) + 1):
            if _initials_spell(short, words[:n]):
                yield " ".join(words[:n]), short
                break


_ALSO_CALLED = re.compile(
    r"\s*(?:[,(]|\s[-\u2013\u2014])\s*(?:(?:(?:also|sometimes|often|commonly|popularly|otherwise"
    r"|previously|formerly|usually|generally|better|medically|clinically|technically"
    r"|scientifically) )?(?:called|known (?:medically |clinically |technically |in medicine )?as"
    r"|referred to as|termed|named)"
    r"|a\.?k\.?a\.?|i\.\s?e\.,?|formerly|previously|or simply|or just)\s+(?:an? |the )?",
    re.IGNORECASE)
# "X is also called Y", "X are sometimes known as Y" (a bare "known as" is how X is known,
# and "is called a Y" puts X in a class: neither names it).
_IS_CALLED = re.compile(
    r"\s(?:is|are)\s+(?:(?:also|sometimes|often|commonly|usually|otherwise|generally"
    r"|more commonly|medically|technically)\s+(?:called|known as|referred to as|termed|named)"
    r"|known (?:medically|clinically|technically|scientifically|in medicine) as"
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
        before = _words_before(text, start)[-5:]
        yield before, _words_after(text, end)[:5]
        yield from _other_name_after_or(text, end, before)
    for m in _IS_CALLED.finditer(text):
        before = _subject_before(text, m.start())[-5:]
        yield before, _words_after(text, m.end())[:5]
        yield from _other_name_after_or(text, m.end(), before)
    yield from _names_opening_a_sentence(text)
    yield from _term_pairs(text)
    yield from _or_pairs(text)
    yield from _heading_pairs(text)


def _other_name_after_or(text: str, at: int, before: list[str],
                         ) -> Iterator[tuple[list[str], list[str]]]:
    """Yield the third name of "X, also called Y or Z": "or" with no comma offers one more.

    (", or Z" may go on the list the sentence is making, so it is left.)

    >>> text = "A vorbic rash, also called plimsy spots or grebble marks, is red."
    >>> list(_other_name_after_or(text, text.index("plimsy"), ["A", "vorbic", "rash"]))
    [(['A', 'vorbic', 'rash'], ['grebble', 'marks'])]
    """
    rest = text[at:at + 60]
    end = _NAME_END.search(rest)
    if end is not None and end.group(0).lower() == " or " and not rest[:end.start()].endswith(","):
        yield before, _words_after(text, at + end.end())[:5]


# "Also known as Y, X is ...": the other name opens the sentence, the name follows the comma.
# (A capital first, so the scan stays cheap; where the sentence starts is checked after.)
_OPENING_CUES = ("Also ", "Sometimes ", "Often ", "Commonly ", "Medically ", "Better ", "Known ")
_OPENING_ALIAS = re.compile(
    r"(?:(?:Also|Sometimes|Often|Commonly|Medically|Better)\s+"
    r"(?:known\s+as|called|referred\s+to\s+as|termed)|Known\s+as)\s+(?!an?\s)(?:the\s+)?")


def _names_opening_a_sentence(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (name words, other name words) of "Also known as Y, X ...".

    The name is read from after the comma up to the first word that cannot be
    in one ("the vorbic rash on the arms" names the rash).

    >>> list(_names_opening_a_sentence("Also known as plimsy spots, the vorbic rash is red."))
    [(['vorbic', 'rash'], ['plimsy', 'spots'])]
    """
    if not any(cue in text for cue in _OPENING_CUES):
        return
    for m in _OPENING_ALIAS.finditer(text):
        lead = text[max(0, m.start() - 2):m.start()]
        if m.start() and not (lead.endswith("\n") or (lead[-1:].isspace() and lead[:1] in ".!?")):
            continue
        rest = text[m.end():m.end() + 80]
        comma = rest.find(",")
        if comma <= 0 or any(c in rest[:comma] for c in ".;:()"):
            continue
        other = _NAME_WORDS.findall(rest[:comma])
        words = _words_after(text, m.end() + comma + 1)
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        name = next((words[:i] for i, w in enumerate(words) if w.lower() in _NOT_IN_A_NAME),
                    words)
        if name and other:
            yield name[:5], other[:5]


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
