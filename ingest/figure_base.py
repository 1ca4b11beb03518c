"""What every figure reader shares: the :class:`Figure` record, numbers read from words,
and the cheap looks taken before a pattern is searched.

"Three quarters", "1 in 5,000", "twenty-five": :func:`parse_number` reads a number however a
page writes it.  :func:`says` and :func:`first` let a reader skip a pattern when none of its
words is in the sentence, which is most of the time.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.graph.model import Measure
from claimgraph.ingest import re_cache as re

from . import caseless

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a dozen": 12, "dozen": 12,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "a thousand": 1000, "one thousand": 1000, "thousand": 1000,
}
# "twenty-five" is one number: a tens word is never read alone before "-five" (which
# read "Twenty-five percent" as a range from 20 % to 5 %).
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "two hundred", "five thousand": a written number times a hundred or a thousand (tried
# first, so "one in two hundred" is not "one in two").
TIMES_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               *TENS)


NUMBER_WORDS = ("a hundred", "one hundred", "a thousand", "one thousand", "one", "two", "three",
                "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety", "hundred", "thousand", "thirteen", "fourteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "a dozen")
_COMPOUND = rf"(?:{'|'.join(TENS)})[- ](?:{'|'.join(UNITS_WORDS)})\b"
_HUNDREDS = rf"(?:{'|'.join(TIMES_WORDS)})[- ](?:hundred|thousand)\b"
# (The words are tried only where a letter stands: a number's digits skip them at once.)
NUMW = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?=[a-z])(?:" + _HUNDREDS + "|" + _COMPOUND + "|"
        + "|".join(w + (rf"(?![- ](?:{'|'.join(UNITS_WORDS)})\b)" if w in TENS else "")
                    for w in NUMBER_WORDS) + "))")
PCT = r"\s*(?:%|percent\b|per cent\b)"
# How long, as said after "for": "up to 2 weeks", "3 to 5 days", "a few months" (a period,
# never what a remedy is for, nor part of its name).
PERIOD_AHEAD = (r"(?:about |around |roughly |at least |another |a further |the first |up to |"
                r"more than |less than |over )?(?:a few|several|many|a couple of|an?|"
                + NUMW + r")(?:\s*(?:to|-|\u2013)\s*\d+)?\s+(?:more\s+)?(?:hours?|days?|"
                r"weeks?|months?|years?)\b")


@dataclass(frozen=True, slots=True)
class Figure:
    """A measure found in a sentence, with the span (within the sentence) of its words.

    ``subject`` is set when the figure is about something other than the
    topic: the subtype whose share of cases it gives.
    """

    measure: Measure
    start: int
    end: int
    setting: str | None = None
    subject: str | None = None
    confidence: float = 0.7
    # The subject is a description to keep as written ("cases diagnosed in the north"),
    # not a name to read again as a phrase.
    as_written: bool = False


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float:
    """Return the value of a written number ("35", "10,000", "six", "a hundred").

    Memoised: a page writes the same few numbers over and over, and each
    figure parses two or three of them.

    >>> parse_number("10,000"), parse_number("five"), parse_number("2.5")
    (10000.0, 5.0, 2.5)
    """
    t = text.strip().lower()
    if t in _WORDS:
        return float(_WORDS[t])
    tens, _, unit = t.replace(" ", "-").partition("-")
    if tens in TENS and unit in UNITS_WORDS:  # "twenty-five"
        return float(_WORDS[tens] + _WORDS[unit])
    if tens in TIMES_WORDS and unit in ("hundred", "thousand"):  # "two hundred"
        return float(_WORDS[tens] * _WORDS[unit])
    if t.endswith("million"):  # "a million", "1 million": a rate's base
        head = t[:-len("million")].strip()
        return 1e6 * (parse_number(head) if head else 1.0)
    if "." in t and _POINT_THOUSANDS.fullmatch(t) and (
            t.count(".") > 1 or t.endswith(".000")):
        # "500.000 people", "1.200.000": a point between thousands, as much of Europe
        # writes them (no decimal has two points, and "500.000" is no way to write 500)
        return float(t.replace(".", ""))
    return float(re.sub(r"[,\s\u00a0\u202f]", "", t))


_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


# Sentences up to this long are searched directly: indexing them costs more than it saves.
SHORT = 300


@lru_cache(maxsize=1024)
def matches(pattern: re.Pattern[str], sentence: str) -> tuple[tuple[int, ...],
                                                            tuple[re.Match[str], ...]]:
    """Return the starts and the matches of ``pattern`` over the whole sentence."""
    found = tuple(caseless.finditer(pattern, sentence))
    return tuple(m.start() for m in found), found


def first(pattern: re.Pattern[str], sentence: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return ``pattern.search(sentence, lo, hi)``, from the sentence's matches found once.

    A sentence holding many figures asks the same patterns about many
    overlapping stretches of itself; reading each stretch again made run-on
    text quadratic.  A match that runs past ``hi`` is looked for again
    inside the stretch, where it may end sooner, and so is a stretch that
    starts inside a match (which may hide another).
    """
    if len(sentence) <= SHORT:  # one or two figures: a search is cheaper
        return caseless.search(pattern, sentence, lo, hi)
    starts, found = matches(pattern, sentence)
    i = bisect_left(starts, lo)
    if i and found[i - 1].end() > lo:
        return pattern.search(sentence, lo, hi)  # a match before hid any starting under it
    if i == len(found) or starts[i] >= hi:
        return None
    if found[i].end() <= hi:
        return found[i]
    return pattern.search(sentence, lo, hi)


def says(sentence: str, words: tuple[str, ...]) -> bool:
    """Return whether the sentence holds one of ``words`` (lower case): a cheap first look
    before a search, made once per sentence however many figures it holds.

    A figure asks some two dozen of these about its sentence, most of them
    once: the sentence is lower-cased once for all of them, and only its
    own answers are kept (a new sentence starts afresh).
    """
    global _SAID
    said = _SAID
    if said[0] is not sentence:
        said = _SAID = (sentence, sentence.lower(), {})
    known = said[2].get(words)
    if known is None:
        # map over the bound method, not a generator: no frame per word
        known = said[2][words] = any(map(said[1].__contains__, words))
    return known


# The sentence says() last read, its lower case and its answers (the sentence held, so
# the identity test cannot meet a new string at a freed one's address).
_SAID: tuple[str, str, dict[tuple[str, ...], bool]] = ("", "", {})


def gap(m: re.Match[str], at: int) -> int:
    """Return how far a match is from the period at ``at``: its nearer end counts.

    "make a full recovery within 6 weeks": "full recovery" and "recovery"
    end at the same word, so the fuller name wins on rank.
    """
    return min(abs(m.start() - at), abs(m.end() - at))
