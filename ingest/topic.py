"""One topic across a corpus: its label, the other names pages give it, its abbreviations.

Every page of a run is about one condition, but each names it its own way:
with or without an accent, by an abbreviation it defines in brackets, as
"also known as ...".  Claims hang off one topic node only if all of these
are gathered first; the rules then read "the syndrome" or "this disease" at
the start of a sentence as the topic too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claimgraph.ingest import caseless, re_cache as re

from .abbreviations import find_abbreviations
from .documents import Document
from .lexicon import spelling_key
from .normalize import label_key

_PAREN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alt>[^()]+)\)\s*$")
# "X, also known as Y", "X (sometimes referred to as Y)", "X, aka Y", "X, or Y, is".
# "a form of X called Y", "a type of X known as Y": the words before the name say Y is a
# kind of it.
_KIND_OF_BEFORE = re.compile(r"\b(?:forms?|types?|kinds?|variants?|subtypes?|stages?|"
                             r"complications?|versions?) of (?:the )?[\w' -]{2,40}?,?\s*$")
_OTHER_NAME = re.compile(
    r"(?:\b(?:(?:also|sometimes|often|commonly|popularly|otherwise|previously|formerly|more "
    r"commonly|usually|generally)\s+)?(?:known as|called|referred to as|termed|named)"
    r"|\b(?:is |are )(?:often |commonly )?(?:called|known as)|\bor simply|\bformerly"
    r"|\ba\.?k\.?a\.?)"
    r"\s+(?:an? |the )?(?P<alt>[\w'\u00c0-\u024f-]+(?:\s+[\w'\u00c0-\u024f-]+){0,4}?)"
    r"(?=\s*(?:[,.;:)]|\s[-\u2013\u2014]|\bor\b|\band\b|\bis\b|\bwhich\b|$))",
    re.IGNORECASE)
# "X, or Y, is ...": a sentence that opens with the topic and gives it a second name.
_OR_NAME = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:the\s+)?(?P<name>[^,.;:!?\n()]{2,60}),\s+or\s+"
    r"(?P<alt>[\w'\u00c0-\u024f-]+(?:\s+[\w'\u00c0-\u024f-]+){0,4}),\s", re.IGNORECASE)
_GENERIC_NAMES = frozenset({"it", "this", "that", "the condition", "the disease", "disease",
                            "condition", "syndrome", "infection", "illness", "disorder"})
MAX_ALIAS_WORDS = 5
# "X, or a cold, ..." offers something else, not a second name.
_DETERMINERS = frozenset({"a", "an", "the", "any", "some", "other", "another", "your", "their",
                          "its", "this", "that", "those", "these", "no"})


def display(name: str) -> str:
    """Return a topic name as a label: lower case except acronyms and proper-looking words.

    >>> display("Toxic Shock Syndrome"), display("HIV infection")
    ('toxic shock syndrome', 'HIV infection')
    """
    out = []
    for w in name.split():
        out.append(w if (w.isupper() and len(w) > 1) or any(c.isdigit() for c in w)
                   else w.lower())
    return " ".join(out).strip(" .,;:")


def parse_topic(text: str) -> tuple[str, tuple[str, ...]]:
    """Split a manifest topic such as "Shingles (herpes zoster)" into label and other names.

    >>> parse_topic("Shingles (herpes zoster)")
    ('shingles', ('herpes zoster',))
    >>> parse_topic("gout")
    ('gout', ())
    """
    m = _PAREN.match(text.strip())
    if m is None:
        return display(text), ()
    alts = tuple(display(a) for a in re.split(r"\s*[;,/]\s*", m.group("alt")) if a.strip())
    return display(m.group("name")), alts


@lru_cache(maxsize=4)
def _defined(text: str) -> tuple[tuple[str, str], ...]:
    """Return the abbreviations a page defines, found once for the page's several names."""
    return tuple(find_abbreviations(text))


def other_names(text: str, topic: str) -> list[str]:
    """Return the names a page gives its topic: "X, also known as Y", "X (Y)", abbreviations.

    Only names stated right after a mention of the topic count, so "also
    called" about a symptom gives the symptom no new name.
    """
    key = label_key(topic)
    found: list[str] = []
    low = text.lower()
    for long, short in _defined(text):
        if label_key(long) == key:
            found.append(short)
        elif label_key(short) == key:
            found.append(long)
    ascii_low = low if text.isascii() else None
    for m in caseless.finditer_whole(_OTHER_NAME, text, ascii_low):
        # The name must follow the topic itself: "X, also known as Y", "X (also called Y)".
        before = low[max(0, m.start() - len(topic) - 12):m.start()].rstrip(" ,(")
        before = re.sub(r"\s+(?:is|are)$", "", before)
        alt = m.group("alt").strip()
        if (key and label_key(before).endswith(key) and alt.lower() not in _GENERIC_NAMES
                and len(alt.split()) <= MAX_ALIAS_WORDS and label_key(alt) != key
                and not _KIND_OF_BEFORE.search(low, max(0, m.start() - len(topic) - 40),
                                               m.start())):
            # ("a form of X called Y": Y is one form of it, no second name)
            found.append(alt)
    for m in caseless.finditer_whole(_OR_NAME, text, ascii_low):
        alt = m.group("alt").strip()
        if key and label_key(m.group("name")) == key and label_key(alt) != key \
                and alt.split()[0].lower() not in _DETERMINERS \
                and alt.lower() not in _GENERIC_NAMES:
            found.append(alt)
    return found


def initialisms(text: str, names: Iterable[str]) -> list[str]:
    """Return the initials of multi-word names that a page uses as words of their own.

    Pages often write "HZ" for "herpes zoster" or "KD" for "Kawasaki disease"
    without defining it.  An initialism counts when it stands as a word at
    least twice and the page does not define it as something else.

    >>> initialisms("Tarn fever (TF) is rare. TF starts fast; TF heals.", ["tarn fever"])
    ['TF']
    >>> initialisms("BP means blood pressure (BP). BP rises.", ["brindle palsy"])
    []
    """
    defined = {short: long for long, short in _defined(text)}
    out: list[str] = []
    for name in names:
        words = re.findall(r"[A-Za-z\u00c0-\u024f]+", name)
        if len(words) < 2:
            continue
        short = "".join(w[0] for w in words).upper()
        if short in out or (short in defined and label_key(defined[short]) != label_key(name)):
            continue
        if len(re.findall(rf"(?<![\w-]){short}(?![\w-])", text)) >= 2:
            out.append(short)
    return out


# Letters where British and American spellings differ, as a pattern that admits both:
# "haem" / "hem", "oedema" / "edema", "-ise" / "-ize", "tumour" / "tumor", "centre" / "center".
_SPELLING_SLACK = (
    (re.compile(r"[ao]?e"), "[ao]?e"),
    (re.compile(r"(?<=[iy])[sz]"), "[sz]"),
    (re.compile(r"ou?r"), "ou?r"),
    (re.compile(r"l+"), "l+"),
)


def _slack(word: str) -> str:
    """Return a pattern for one word in any of its British and American spellings."""
    out, i = [], 0
    while i < len(word):
        for pattern, slack in _SPELLING_SLACK:
            m = pattern.match(word, i)
            if m:
                out.append(slack)
                i = m.end()
                break
        else:
            out.append(re.escape(word[i]))
            i += 1
    return "".join(out)


def spelling_variants(text: str, name: str) -> list[str]:
    """Return the other spellings of ``name`` a page uses ("-ising" for "-izing", "ae" for "e").

    A page from one country names the topic its own way; the manifest may
    spell it the other way, and every sentence would then miss the topic.

    >>> spelling_variants("Grebbilising fever is rare. GREBBILISING FEVER hurts.",
    ...                   "grebbilizing fever")
    ['grebbilising fever']
    >>> spelling_variants("Haemal tarn is rare.", "hemal tarn"), spelling_variants("x", "ab")
    (['haemal tarn'], [])
    """
    key = label_key(name)
    words = key.split()
    if not words or len(name) < 5:
        return []
    pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(_slack(w) for w in words) + r"(?![\w-])",
                         re.IGNORECASE)
    want = spelling_key(name)
    found: dict[str, str] = {}
    for m in pattern.finditer(text):
        surface = " ".join(m.group(0).lower().split())
        k = label_key(surface)
        if k != key and k not in found and spelling_key(surface) == want:
            found[k] = surface
    return sorted(found.values())


def page_topic_names(doc: Document, topic: str) -> tuple[str, tuple[str, ...]]:
    """Return (label, other names) of one page's topic, from the given name and the page."""
    label, alts = parse_topic(topic)
    names = list(alts)
    for name in (label, *alts):
        names += spelling_variants(doc.text, name)
        names += other_names(doc.text, name)
    names += initialisms(doc.text, [label, *names])
    keys = {label_key(label)}
    unique = []
    for n in names:
        k = label_key(n)
        if k and k not in keys:
            keys.add(k)
            unique.append(n)
    return label, tuple(unique)


def unify_topic(fixed: str | None, pages: Sequence[tuple[str, Iterable[str]]],
                ) -> tuple[str | None, tuple[str, ...]]:
    """Return one topic label and every other name for a corpus.

    Args:
        fixed: the manifest's or vocabulary's topic, which wins when given.
        pages: each page's (topic label, other names).

    The label is ``fixed`` or else the name most pages give (ties: the
    shortest); the others are every name any page gives it, so a page that
    only uses an abbreviation still hangs its claims off the one node.
    """
    if fixed:
        label, alts = parse_topic(fixed)
    else:
        counts = Counter(label_key(t) for t, _ in pages if t)
        if not counts:
            return None, ()
        best = min(counts, key=lambda k: (-counts[k], len(k), k))
        label = min((t for t, _ in pages if label_key(t) == best), key=lambda t: (len(t), t))
        alts = ()
    key = label_key(label)
    names: dict[str, str] = {}
    for name in alts:
        names.setdefault(label_key(name), name)
    for page_label, others in pages:
        group = {label_key(page_label), *(label_key(o) for o in others)}
        if key not in group and not (group & set(names)):
            continue
        for n in (page_label, *others):
            k = label_key(n)
            if k and k != key:
                names.setdefault(k, n)
    return label, tuple(names[k] for k in sorted(names))
