"""What other pages claim, read again on a page that names the same thing under a heading of
that kind.

Pages on one topic share most of their names: one page writes "Symptoms include fever,
a sore throat and a rash", another puts "a sore throat" in a sentence no rule reads
("A sore throat comes first for most children") under its own "Symptoms" heading.  The
rules read each page alone, so the second page looked silent on it and the comparison
counted a gap that is not there.  After every page is read, :func:`echoes` takes each
relation a page claims between the topic and a thing, and on every other page that names
the thing in a sentence under a heading announcing that kind of claim (and claims nothing
about the thing itself), it claims the same relation, tied to that sentence's words.

The heading decides the kind, so a sign named under "Causes" or "Treatment" is left
alone; a thing claimed as a risk elsewhere is echoed under "Causes" too (a cause and a risk
are one family of claim), and a remedy said to work elsewhere under "Treatment".  The
sentence's own cues decide polarity and certainty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re

from . import patterns as p
from .cues import denied_before, is_hedged
from .normalize import label_key
from .rules import RawClaim

if TYPE_CHECKING:
    from .documents import Document

# The rule an echoed claim carries, by kind ("echo:symptom").
RULE_PREFIX = "echo:"
# Below the rules' own readings, and below what raises a conflict: the page names the thing,
# the heading gives the relation.
_CONFIDENCE = 0.45
# A name of fewer letters is a word of too many things to be read without its sentence.
_SHORTEST = 4
# The kinds a heading may give, each as a relation between the topic and an item.
_KINDS = {kind: rel for kind, rel in p.ITEM_RELATIONS.items() if kind != p.LOOK_ALIKE}


# The family of claim each kind's heading reads (a cause and a risk are one family), and the
# predicates whose claims a family's items are taken from: those with the topic on the side
# the heading's own relation has it ("affects" names a part, "targets" what care acts on).
_FAMILY = {kind: p.FAMILY_OF[predicate] for kind, (predicate, _) in _KINDS.items()}
_SIDES = {predicate: shape for predicate, shape in _KINDS.values()}
_TAKEN = {v.CAUSES: p.Shape.ITEM_TO_TOPIC, v.ASSOCIATED_WITH: p.Shape.ITEM_TO_TOPIC,
          v.EFFECTIVE_FOR: p.Shape.ITEM_TO_TOPIC, **_SIDES}


def _other_end(raw: RawClaim, topics: frozenset[str]) -> tuple[str, str] | None:
    """Return (family, name) when a claim ties the topic to one thing in a heading's way."""
    shape = _TAKEN.get(raw.predicate)
    if shape is None or raw.measure is not None or raw.object is None:
        return None
    topic_side, item = ((raw.subject, raw.object) if shape is p.Shape.TOPIC_TO_ITEM
                        else (raw.object, raw.subject))
    key = f" {label_key(item)} "
    # ("treatment of X is used for X": a name holding the topic's is about the topic itself)
    if label_key(topic_side) in topics and not any(f" {t} " in key for t in topics):
        return p.FAMILY_OF[raw.predicate], item
    return None


# A name's words as a page writes them: split at spaces and hyphens, edges' punctuation off.
_TOKEN = re.compile(r"[^\s-]+")
_EDGES = "\"'.,;:!?()[]{}"

# The keys' words by their first word, the longest first: a sentence's words are looked up
# by their own keys one by one, never joined.
Lookup = dict[str, list[tuple[str, ...]]]


def _lookup(keys: Iterable[str]) -> Lookup:
    """Return the words of the keys long enough to be looked for."""
    out: Lookup = defaultdict(list)
    for key in sorted(keys):
        if len(key) >= _SHORTEST:
            words = tuple(key.split())
            out[words[0]].append(words)
    for found in out.values():
        found.sort(key=lambda words: (-len(words), words))
    return dict(out)


def _names_found(text: str, lookup: Lookup) -> Iterator[tuple[str, int, int]]:
    """Yield (key, start, end) of each name in ``text``, the longest at each word, left to
    right, no two overlapping.

    Each word is compared by its key (.normalize.label_key), as resolution compares names:
    "feet" finds "swollen foot", "Lumps" finds "painful lump", an acronym stays itself.
    """
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        word = m.group().strip(_EDGES)
        if word:
            lo = m.start() + m.group().index(word)
            words.append(label_key(word))
            spans.append((lo, lo + len(word)))
    i = 0
    while i < len(words):
        for form in lookup.get(words[i], ()):
            n = len(form)
            if tuple(words[i:i + n]) == form:
                yield " ".join(form), spans[i][0], spans[i + n - 1][1]
                i += n
                break
        else:
            i += 1


def _by_word(keys: Iterable[str]) -> dict[str, list[frozenset[str]]]:
    """Return each key's words, filed under every one of its words."""
    out: dict[str, list[frozenset[str]]] = defaultdict(list)
    for key in keys:
        words = frozenset(key.split())
        for word in words:
            out[word].append(words)
    return out


def _said(key: str, own: dict[str, list[frozenset[str]]]) -> bool:
    """Return whether a page names a thing already: one of its own names holds every word of
    the key ("painful leg lumps" holds "painful lumps")."""
    words = key.split()
    return any(set(words) <= mine for mine in own.get(words[0], ()))


def echoes(pages: Sequence[tuple[Document, list[RawClaim], str, Sequence[str | None]]],
           aliases: Iterable[str] = ()) -> list[list[RawClaim]]:
    """Return, per page, the claims other pages make that the page's own headings echo.

    Args:
        pages: each page's document, its raw claims, its topic label and the kind of claim
            each of its blocks' sections announces as the rules read it
            (.rules.PageClaims.block_kinds: the topic's name in a heading read as "it",
            a list typed by its lead-in), so that a heading means here what it meant there.
        aliases: other names of the corpus's topic.

    Returns:
        One list per page, in order: the new claims only.
    """
    # (topic, family) -> key -> pages claiming it; pages of another topic never echo each other
    named: dict[tuple[str, str], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    own: list[dict[str, list[frozenset[str]]]] = []
    alias_keys = {label_key(a) for a in aliases}
    groups = []
    for i, (_, raws, topic, _) in enumerate(pages):
        group = "" if label_key(topic) in alias_keys else label_key(topic)
        groups.append(group)
        topics = frozenset({label_key(topic), *alias_keys})
        mine: set[str] = set()
        for raw in raws:
            mine.add(label_key(raw.subject))
            if raw.object is not None:
                mine.add(label_key(raw.object))
            found = _other_end(raw, topics)
            if found is not None:
                named[(group, found[0])][label_key(found[1])].add(i)
        own.append(_by_word(mine))
    forms = {at: _lookup(keys) for at, keys in named.items()}
    out: list[list[RawClaim]] = [[] for _ in pages]
    if not named:
        return out  # nothing claimed of the topic: no page's sentences need a look
    for i, (doc, _, topic, kinds) in enumerate(pages):
        done: set[tuple[tuple[str, str], str]] = set()
        for sentence in doc.sentences:
            kind = kinds[sentence.block] if sentence.block < len(kinds) else None
            if kind not in _KINDS or (groups[i], _FAMILY[kind]) not in forms:
                continue
            at = (groups[i], _FAMILY[kind])
            keys = named[at]
            text = doc.text[sentence.start:sentence.end]
            for key, lo, hi in _names_found(text, forms[at]):
                if i in keys[key] or (at, key) in done or _said(key, own[i]):
                    continue
                done.add((at, key))
                predicate, shape = _KINDS[kind]
                said = text[lo:hi]
                subject, obj = ((topic, said) if shape is p.Shape.TOPIC_TO_ITEM
                                else (said, topic))
                section = doc.section_title(doc.blocks[sentence.block])
                out[i].append(RawClaim(
                    subject, predicate, obj, sentence.start, sentence.end, said, section,
                    negated=denied_before(text, lo), hedged=is_hedged(text),
                    rule=f"{RULE_PREFIX}{kind}", confidence=_CONFIDENCE))
    return out
