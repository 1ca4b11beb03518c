"""A statement's verb agreeing with its subject: "antivirals are used for X", not "is".

Statement labels read as sentences in every report ("warfarin increases risk of
calciphylaxis").  The predicate labels are written for one thing; a subject
that names many ("antivirals", "blood tests", "coronary artery aneurysms")
takes the plural verb.  A name is plural when its last word ends in "s" and
the dictionary's noun lemmas of that word do not include the word itself:
"diabetes", "measles" and "sepsis" are their own lemmas (one illness), while
"antivirals" is the plural of "antiviral".  Acronyms ("AIDS") stay singular.
"""

from __future__ import annotations

from functools import lru_cache

# The first word of a predicate label and of its denial, and its plural form; other
# verbs lose their "-s" ("increases" -> "increase").
_PLURAL_VERBS = {"is": "are", "has": "have", "does": "do", "was": "were"}


@lru_cache(maxsize=65_536)
def is_plural(name: str) -> bool:
    """Return whether a name names many things ("antivirals", not "diabetes").

    >>> is_plural("antivirals"), is_plural("diabetes"), is_plural("AIDS"), is_plural("rash")
    (True, False, False, False)
    """
    words = name.split()
    if not words:
        return False
    last = words[-1].strip("()[],.;:'\"")
    if len(last) < 3 or not last.endswith("s") or last.isupper() or \
            last.lower().endswith(("ss", "us", "is")):
        return False
    # The lemma tables live with the readers (lemminflect's data, read once and kept).
    from claimgraph.ingest.normalize import noun_lemmas

    lemmas = noun_lemmas(last.lower())
    return bool(lemmas) and last.lower() not in lemmas


def agreeing(verb_phrase: str, subject: str) -> str:
    """Return ``verb_phrase`` in the number of ``subject``.

    >>> agreeing("is used for", "antivirals"), agreeing("increases risk of", "steroids")
    ('are used for', 'increase risk of')
    >>> agreeing("does not cause", "blood tests"), agreeing("has", "diabetes")
    ('do not cause', 'has')
    """
    if not verb_phrase or not is_plural(subject):
        return verb_phrase
    first, _, rest = verb_phrase.partition(" ")
    plural = _PLURAL_VERBS.get(first)
    if plural is None:
        plural = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    return f"{plural} {rest}".rstrip() if rest else plural
