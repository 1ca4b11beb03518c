"""Did-you-mean hints for misspelt names (predicates, keys, kinds)."""

from __future__ import annotations

from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str:
    """Return a hint naming the closest valid choice, or listing them all.

    >>> closest("incrases_risk_of", ["causes", "increases_risk_of"])
    "did you mean 'increases_risk_of'?"
    """
    # rapidfuzz (~0.01 s of start-up) on first use: only a misspelt name needs a hint.
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    options = sorted(set(choices))
    match = process.extractOne(str(word), options, scorer=Levenshtein.normalized_similarity)
    if match and match[1] >= 0.5:
        return f"did you mean {match[0]!r}?"
    return "valid: " + ", ".join(options)
