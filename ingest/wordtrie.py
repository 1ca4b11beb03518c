"""A list of words as one regex with shared prefixes written once.

Python's ``re`` tries the alternatives of ``(?:onthe|ontheir|inthe|...)`` one after
another at every place it looks, so a long list of words costs a comparison per word
there; as a trie, the first letter that differs turns the rest away at once.
"""

from __future__ import annotations

import sys

from claimgraph.ingest import re_cache as re
from claimgraph.ingest.kept_words import KeptAnswers


def _trie_types(words: object, made: object) -> bool:
    return type(words) is tuple and all(type(w) is str for w in words) and type(made) is str


# Kept across runs (ingest/kept_words.py): the tries of start-up's word lists cost ~0.004 s.
_TRIES: KeptAnswers[tuple[str, ...], str] = KeptAnswers(
    "tries", lambda: (sys.modules[__name__],), _trie_types)


def trie(words: list[str]) -> str:
    """Return a regex matching the longest of ``words`` at a position, shared prefixes once.

    The same matches as the alternation of the words sorted longest first: only
    words one of which starts the other can both match at one place, and of
    those the trie tries the longer first.

    >>> trie(["at", "ate", "on"])
    '(?:at(?:e)?|on)'
    """
    return _TRIES.get(tuple(words), _trie)


def _trie(words: tuple[str, ...]) -> str:
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)
