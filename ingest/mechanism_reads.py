"""How an illness works, in the shapes pages of many illnesses use for it.

"It is an inflammation of the small airways" says the illness inflames a part, and
"treatment aims at reducing nerve inflammation" says the same of the nerve.
Each reading is a row of :data:`_READINGS`: the words it cannot match without (a
cheap first look, as these are tried on every sentence outside signs and care),
its pattern, and how the process is named from the match.  The caller checks
who the sentence says it of (the illness, "it", or one of its agents).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from .cues import clause_bounds, is_negated
from .lab_tests import folded
from .normalize import label_key


@dataclass(frozen=True, slots=True)
class Reading:
    """One wording of how an illness works.

    ``defines`` readings say what the illness is ("X is an inflammation of Y"), so
    they hold even under a heading about its signs.  ``who`` says where the doer is:
    ``clause`` the clause's subject must be the illness or its agent; ``match`` the
    pattern names it ("reducing the inflammation" under a heading about care).  ``care``
    readings are the only ones read under a heading about treatment: what care aims to
    calm says what the illness does ("treatment aims at reducing nerve inflammation").
    """

    keys: tuple[str, ...]
    pattern: re.Pattern[str]
    name: Callable[[re.Match[str]], str]
    defines: bool = False
    who: str = "clause"
    care: bool = False


# A body part named after "inflammation of": up to four words, stopping at where or why.
_PART = (r"(?:the |your |their |its )?(?P<p>(?:[\w-]+ ){0,3}?[\w-]+?)(?=\s+(?:in|throughout|"
         r"that|which|and|or|of|where|because|across|all|around)\b|\s*[,.;:()]|\s*$)")
_PART_OF = re.compile(r"^(?P<a>[\w-]+(?: [\w-]+)?) of (?:the |your )?(?P<b>[\w-]+(?: [\w-]+)?)$")


def _part_inflamed(m: re.Match[str]) -> str:
    """Name a part's inflammation with the part first ("lining of the gut": gut lining)."""
    part = m.group("p").lower()
    if m.group("of2"):
        part = f"{part} of {m.group('of2').lower()}"
    of = _PART_OF.match(part)
    if of is not None:
        part = f"{of.group('b')} {of.group('a')}"
    return f"{label_key(part)} inflammation"


_READINGS: tuple[Reading, ...] = (
    # "It is an inflammation of the airways", "marked by inflammation of the blood vessels".
    Reading(("inflammation",), re.compile(
        r"\b(?:is|are|was|being|characteri[sz]ed by|marked by) (?:an? |the )?(?:(?:acute|chronic|"
        r"severe|rare|widespread|sudden|painful|long-term) )?(?:kind of |type of |form of )?"
        rf"inflammation (?:of|in) {_PART}(?: of (?:the |your )?(?P<of2>[\w-]+))?", re.I),
        _part_inflamed, defines=True),
    # "It causes inflammation of the lining of the gut".
    Reading(("inflammation",), re.compile(
        r"\b(?:causes?|causing|caused|leads? to|leading to|results? in|resulting in|triggers?|"
        r"triggering|produces?|producing) (?:an? )?(?:(?:acute|chronic|severe|widespread|"
        rf"painful) )?inflammation (?:of|in) {_PART}(?: of (?:the |your )?(?P<of2>[\w-]+))?",
        re.I), _part_inflamed),
    # "..., which inflames the nerve".
    Reading(("inflames", "inflaming"), re.compile(
        rf"\binflam(?:es|ing) {_PART}(?: of (?:the |your )?(?P<of2>[\w-]+))?", re.I),
        _part_inflamed),
    # "It is a type of vasculitis", "a rare form of arthritis": a kind of inflammation that
    # names its part ("-itis"), so the illness inflames that part.
    Reading(("itis",), re.compile(
        r"\b(?:is|are) (?!not\b|never\b)(?:an? |the )?(?:[\w-]+ ){0,2}?(?:type|form|kind|sort) of "
        r"(?:an? )?"
        r"(?:(?:acute|chronic|systemic|rare|severe) )?(?P<x>[a-z]{3,}itis)\b", re.I),
        lambda m: m.group("x").lower(), defines=True),
    # "Treatment aims at reducing neuronal inflammation": what care calms, the illness does.
    Reading(("inflammation",), re.compile(
        r"\b(?:reduc(?:e|es|ing)|lessen(?:s|ing)?|calm(?:s|ing)?|suppress(?:es|ing)?|"
        r"dampen(?:s|ing)?) (?:the |any |this )?(?:(?P<adj>[a-z]+al|[a-z]+ic) )?inflammation\b",
        re.I), lambda m: f"{m.group('adj').lower()} inflammation" if m.group("adj")
        else "inflammation", who="match", care=True),
)


# Every reading's first-look words (fewer, shorter), for one look that turns most sentences
# away: each is part of a word some reading cannot match without.
_ALL_KEYS = ("inflam", "itis")
# The illness itself, named by its kind: "this rare disease", "the illness".
_ITSELF = re.compile(r"^(?:it|this|the)(?: [\w-]+)? (?:disease|condition|illness|disorder|"
                     r"infection|syndrome)$", re.I)


def how_it_works(text: str, *, signs: bool, said_by_topic: Callable[[str], bool],
                 low: str | None = None, care: bool = False,
                 ) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield (process, match) for each wording of :data:`_READINGS` a sentence says of the
    illness, not denied.

    ``signs`` is True under a heading about signs, where only what the illness *is*
    ("an inflammation of the airways") says how it works; ``said_by_topic`` tells
    whether the words before a match end in the illness or one of its agents; ``low``
    is the sentence lower-cased, when the caller has it; ``care`` is True under a heading
    about treatment, where only :attr:`Reading.care` readings hold.

    >>> def mine(said: str) -> bool: return said.strip() in ("", "It")
    >>> [p for p, _ in how_it_works("It is an inflammation of the airways.", signs=False,
    ...                              said_by_topic=mine)]
    ['airway inflammation']
    """
    low = folded(text, low)
    for key in _ALL_KEYS:  # a loop that stops at the first hit: cheaper than any(map())
        if key in low:
            break
    else:
        return
    for reading in _READINGS:
        if (signs and not reading.defines) or (care and not reading.care):
            continue
        if not any(map(low.__contains__, reading.keys)):
            continue
        found = reading.pattern.search(text)
        if found is None:
            continue
        before = text[clause_bounds(text, found.start())[0]:found.start()]
        if is_negated(before):
            continue
        if reading.who == "match" or said_by_topic(before) or (
                reading.defines and _ITSELF.match(before.strip().removesuffix(" is").strip())):
            yield reading.name(found), found
