"""Write a body part in a state one way: "enlarged heart" and "heart enlargement" are one.

Pages name a sign by the part and a participle ("scarred lungs", "cracked
lips") or by the part and the noun made from the same verb ("lung scarring",
"lip cracking").  Both are read as the part followed by the verb, so the
resolver's word forms (:func:`~claimgraph.ingest.lexicon.name_form`) meet.
The verb comes from the dictionary (lemminflect, through
:func:`~claimgraph.ingest.normalize.all_lemmas`), not from a list: a
participle is a word whose only reading is a verb's, and a noun is the verb's
when cutting its ending (-ing, -ment, -ation, -ion) leaves a word the
dictionary knows as that verb.  Verbs of a feeling ("burned skin" is no "skin
burning", "stung") are left as the page wrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .normalize import all_lemmas

# A feeling and a hurt share these verbs: "skin burning" is a sensation, "burned skin" a burn.
_FEELINGS = frozenset({"burn", "sting", "tingle", "itch", "ache", "hurt", "prickle", "throb"})
# Noun endings made from a verb, with what the verb ends in instead.
_DEVERBAL_ENDINGS = (("ing", ("", "e")), ("ment", ("",)), ("ation", ("", "e", "ate")),
                     ("ion", ("", "e")))


@lru_cache(maxsize=20_000)
def participle_verb(word: str) -> str | None:
    """Return the verb a participle is of ("scarred" -> "scar"); None for any other word.

    Only a word the dictionary reads as a verb alone counts ("damage" is also
    a noun, "swollen" also an adjective: their own tables already cover them).

    >>> participle_verb("scarred"), participle_verb("enlarged"), participle_verb("heart")
    ('scar', 'enlarge', None)
    >>> participle_verb("burned") is None
    True
    """
    lemmas = all_lemmas(word)
    verbs = lemmas.get("VERB")
    if not verbs or set(lemmas) != {"VERB"} or verbs[0] in _FEELINGS:
        return None
    return verbs[0]


@lru_cache(maxsize=20_000)
def deverbal_verb(word: str) -> str | None:
    """Return the verb a noun is made from ("scarring" -> "scar"); None for any other word.

    >>> deverbal_verb("enlargement"), deverbal_verb("dilation"), deverbal_verb("scarring")
    ('enlarge', 'dilate', 'scar')
    >>> deverbal_verb("thickening"), deverbal_verb("burning") is None
    ('thicken', True)
    """
    for ending, stems in _DEVERBAL_ENDINGS:
        if not word.endswith(ending) or len(word) < len(ending) + 3:
            continue
        base = word[:-len(ending)]
        bases = [base]
        if len(base) > 2 and base[-1] == base[-2]:
            bases.append(base[:-1])  # "scarring", "inflammation"
        for b in bases:
            for stem in stems:
                verb = b + stem
                if verb in all_lemmas(verb).get("VERB", ()):
                    return None if verb in _FEELINGS else verb
    return None


def part_state_words(words: list[str], is_part: Callable[[str], bool]) -> list[str]:
    """Return a part-and-state name as the part's words and the verb ("lung scar").

    ``is_part`` says whether words name a part of the body.  Any other name is
    returned as it is.

    >>> part = lambda text: text in ("lung", "lymph node")
    >>> part_state_words(["scarred", "lung"], part), part_state_words(["lung", "scarring"], part)
    (['lung', 'scar'], ['lung', 'scar'])
    >>> part_state_words(["lymph", "node", "swelling"], part)
    ['lymph', 'node', 'swell']
    >>> part_state_words(["scarred", "face"], part)
    ['scarred', 'face']
    """
    if len(words) not in (2, 3):
        return words
    verb = participle_verb(words[0])
    if verb is not None and is_part(" ".join(words[1:])):
        return [*words[1:], verb]
    verb = deverbal_verb(words[-1])
    if verb is not None and is_part(" ".join(words[:-1])):
        return [*words[:-1], verb]
    return words
