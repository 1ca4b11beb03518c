"""Names a page gives in brackets right after the words a claim was read from.

Pages describe a thing in plain words and give its term in brackets: "a crackling
sensation under the skin (crepitus)", "red, tender bumps on the shins (erythema
nodosum)", "a mix of germs (polymicrobial infection)".  The claim's label comes from the
plain words, so the term is another name of that label's entity: other pages, and
readers, use the term.  The resolver decides whether to join or keep it as a synonym
(:meth:`claimgraph.ingest.entities.Resolver.learn_bracket_name`); this module only finds
the pairs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas
from .rules import RawClaim

# A lower-case name of one to three words alone in brackets.
_BRACKET = re.compile(r"\s*\((?P<n>[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2})\)")
# Bracket words that give an example, an aside, a degree or a pointer, not a name.
_NOT_A_NAME = frozenset({"such", "as", "or", "and", "eg", "e.g", "ie", "i.e", "see", "also",
                         "including", "like", "which", "that", "the", "a", "an", "for",
                         "example", "usually", "often", "sometimes", "rare", "rarely", "common",
                         "mild", "severe", "very", "not", "no", "only", "mostly", "most",
                         "called", "known", "pronounced", "below", "above", "optional"})


# The claim's words follow a preposition: they end a longer phrase the bracket may name.
_AFTER_PREPOSITION = re.compile(r"\b(?:to|of|in|on|into|from|under|with|at|by|around|near|"
                                r"for|through|supply|supplies|supplying)\s+(?:the\s+|your\s+|"
                                r"their\s+|a\s+|an\s+)?$", re.I)


_FILLER = frozenset({"a", "an", "the", "your", "their", "his", "her", "its", "of", "in", "on",
                     "under", "to"})


def _own_words(anchor: str, label: str) -> bool:
    """Return whether the anchor's words are all the label's (singular or plural), ending
    in its last word: the bracket after them names the label's thing ("red eyes
    (conjunctivitis)" names no "eyes")."""
    words = [w.lower().rstrip("s") for w in re.findall(r"[\w'-]+", anchor)]
    own = {w.lower().rstrip("s") for w in label.split()}
    return bool(words) and words[-1] == label.split()[-1].lower().rstrip("s") and all(
        w in own or w in _FILLER for w in words)


def _described(sentence: str, at: int) -> bool:
    """Return whether the word right before ``at`` describes what follows ("red [eyes]"):
    the bracket then names the longer phrase."""
    before = re.search(r"([A-Za-z'-]+)\s+$", sentence[:at])
    if before is None:
        return False
    lemmas = all_lemmas(before[1].lower())
    return "ADJ" in lemmas or ("NOUN" in lemmas and "VERB" not in lemmas)


def bracketed_names(text: str, raws: Sequence[RawClaim]) -> Iterator[tuple[str, str]]:
    """Yield (label, name) for each claim whose own words are followed by a name in brackets.

    A claim's anchor is the words its object (or, with no object, its subject) was read
    from when the rule kept them; the bracket must follow those words in the sentence, and
    their last word must be the label's (so "pain in the legs (sciatica)" names the pain,
    not a part of it read elsewhere).

    >>> raw = RawClaim("it", "has_symptom", "crackling sensation under the skin", 0, 62,
    ...                "a crackling sensation under the skin", None)
    >>> list(bracketed_names("You may feel a crackling sensation under the skin (crepitus).",
    ...                      [raw]))
    [('crackling sensation under the skin', 'crepitus')]
    """
    seen: set[tuple[str, str]] = set()
    for r in raws:
        label = r.object if r.object is not None else r.subject
        anchor = r.anchor.strip(" .,;:")
        if not anchor or not label or "(" in anchor:
            continue
        if not _own_words(anchor, label):
            continue
        sentence = text[r.start:r.end]
        at = sentence.find(anchor)
        if at < 0:
            continue
        m = _BRACKET.match(sentence, at + len(anchor))
        if m is None or _AFTER_PREPOSITION.search(sentence, 0, at) or _described(sentence, at):
            continue  # ("vessels that supply the heart (coronary arteries)": the vessels')
        name = m["n"]
        words = name.split()
        if not _NOT_A_NAME.isdisjoint(words):
            continue
        lemmas = all_lemmas(words[-1])
        if lemmas and "NOUN" not in lemmas:
            continue  # "(swollen)", "(inflamed)": how it is, no name
        if (label, name) not in seen:
            seen.add((label, name))
            yield label, name
