"""The kind of illness the topic is, known across the corpus, not only on the page that says it.

One page defines the topic ("X is a rare infection of the skin"); another, a clinical
summary, never does, and writes "diabetes predisposes to soft-tissue infections".  On the
defining page the rules read "infections" as the topic's own class (``rules`` calls it the
page's kind head); on the other page the same words were read as some other infection.
After every page is read, :func:`corpus_kind` takes the kind most defining pages give,
and :func:`class_objects_as_topic` reads the risk claims of pages that gave none as the
defining page reads them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimgraph.graph import vocab as v

if TYPE_CHECKING:
    from .rules import RawClaim

# Relation phrases whose object may be the topic's class ("predisposes to skin infections"),
# by trigger name (the rules' reading of a page) and as a claim's rule (this module's).
CLASS_OBJECT_TRIGGERS = frozenset({"predisposes", "at-risk", "raises-risk"})
_CLASS_OBJECT_RULES = frozenset(f"phrase:{name}" for name in CLASS_OBJECT_TRIGGERS)
# Words that say how bad or what sort a class of illness is, not which illness it is.
_CLASS_MODIFIERS = frozenset({"serious", "severe", "bacterial", "viral", "fungal", "secondary",
                              "invasive", "deep", "these", "such", "the", "an", "a"})


def names_kind_class(name: str, kind: str, kind_words: frozenset[str]) -> bool:
    """Return whether a name is the topic's class: the kind word, alone, after one word
    ("skin infections"), or after words of the definition or of grade ("severe bacterial
    infection"); four words at most.

    >>> names_kind_class("skin infections", "infection", frozenset())
    True
    >>> names_kind_class("urinary tract infections", "infection", frozenset())
    False
    """
    words = name.lower().split()
    return 1 <= len(words) <= 4 and words[-1] in (kind, f"{kind}s") and (
        len(words) <= 2 or all(w in kind_words or w in _CLASS_MODIFIERS for w in words[:-1]))


def corpus_kind(kinds: Iterable[tuple[str | None, frozenset[str]]]
                ) -> tuple[str | None, frozenset[str]]:
    """Return the kind head most pages define the topic by, and all their definitions' words.

    >>> head, words = corpus_kind([(None, frozenset()), ("infection", frozenset({"skin"})),
    ...                            ("infection", frozenset({"rare"}))])
    >>> head, sorted(words)
    ('infection', ['rare', 'skin'])
    >>> corpus_kind([(None, frozenset())])
    (None, frozenset())
    """
    kinds = list(kinds)
    counts = Counter(head for head, _ in kinds if head)
    if not counts:
        return None, frozenset()
    head = min(counts, key=lambda h: (-counts[h], h))
    words = frozenset().union(*(w for h, w in kinds if h == head))
    return head, words


def class_objects_as_topic(raws: Sequence[RawClaim], topic: str, kind: str,
                           kind_words: frozenset[str]) -> list[RawClaim]:
    """Return ``raws`` with the topic's class as a risk's object read as the topic.

    Only what the defining page would read so (``rules._kind_class_is_topic``): a risk
    phrase whose object :func:`names_kind_class`.
    """
    return [replace(raw, object=topic) if raw.rule in _CLASS_OBJECT_RULES
            and raw.predicate == v.INCREASES_RISK_OF and raw.object is not None
            and names_kind_class(raw.object, kind, kind_words) else raw for raw in raws]
