"""What a page says an illness, or one of its signs, is mistaken for, named as a reader would.

"The ache can pass for a sign of disorders of the liver, bowel or bladder" names three
look-alikes (liver, bowel and bladder disorders), not "a sign" and two organs; in "a red
rash, which is often mistaken for ringworm" the rash named just before "which" is what is
mistaken (``named_before_which``), so the sentence is read when that is the illness's sign.
This is the ``mimics`` trigger's own step (``rules._STEPS``), run before its sides are read.
"""

from __future__ import annotations

from typing import Any

from claimgraph.ingest import re_cache as re

# "a symptom of X", "signs of X": the look-alike is X itself.
_SIGN_OF = re.compile(r"^\s*(?:an? |the )?(?:symptoms?|signs?|features?) of (?=\w)", re.I)
# "disorders of the liver, bowel or bladder": one disorder per organ.
_PROBLEMS_OF_ORGANS = re.compile(
    r"^\s*(?P<head>problems?|conditions?|diseases?|disorders?) (?:affecting|of|with|in) "
    r"(?:the |your )?(?P<organs>[a-z]+(?:,? (?:the )?[a-z]+)*,? (?:or|and) (?:the )?[a-z]+)"
    r"(?P<rest>\s*[.;)].*|\s*)$", re.I | re.S)
_ORGAN_NAMES = frozenset({"heart", "lung", "lungs", "kidney", "kidneys", "liver", "brain",
                          "skin", "bowel", "stomach", "bladder", "joints", "joint", "eye",
                          "eyes", "nerves", "nerve", "muscles", "muscle", "bones", "bone"})
_SINGULAR = {"lungs": "lung", "kidneys": "kidney", "joints": "joint", "eyes": "eye",
             "nerves": "nerve", "muscles": "muscle", "bones": "bone"}
# "..., a red rash, which": the noun phrase that "which" takes back to.
_WHICH_BACK = re.compile(r"(?P<np>\b(?:an?|the|this|that|its|their|your)\s+(?:(?!\b(?:an?|the|"
                         r"this|that|its|their|your)\s)[^,;:]){1,60}),\s*which\s*$", re.I)


def organ_problems(right: str) -> str:
    """Return ``right`` with "(a sign of) disorders of A, B or C" as one disorder each.

    >>> organ_problems("a sign of disorders of the liver, bowel or bladder.")
    'liver disorders, bowel disorders or bladder disorders.'
    >>> organ_problems("a heart attack.")
    'a heart attack.'
    """
    bare = _SIGN_OF.sub("", right, count=1)
    found = _PROBLEMS_OF_ORGANS.match(bare)
    if found is None:
        return bare if bare != right and bare.strip(" .") else right
    organs = [w for w in re.split(r",?\s+(?:or|and)\s+|,\s*", found.group("organs")) if w]
    organs = [re.sub(r"^the\s+", "", w.strip(), flags=re.I) for w in organs]
    if not all(w.lower() in _ORGAN_NAMES for w in organs):
        return bare
    head = found.group("head").lower().rstrip("s") + "s"
    named = [f"{_SINGULAR.get(w.lower(), w.lower())} {head}" for w in organs]
    joiner = " and " if re.search(r"\band\s+(?:the )?[a-z]+$", found.group("organs"), re.I) \
        else " or "
    return ", ".join(named[:-1]) + joiner + named[-1] + found.group("rest")


def named_before_which(before: str) -> str:
    """Return the noun phrase a ", which" at the end of ``before`` takes back to, or "".

    >>> named_before_which("A bite can be followed by a red rash, which ")
    'a red rash'
    """
    back = _WHICH_BACK.search(before)
    return back.group("np") if back is not None else ""


def adjust_mistaken_for(rules: Any, r: Any) -> bool:
    """Name the look-alikes of a "mimics" phrase one by one (:func:`organ_problems`), before
    its sides are read; never reads the phrase whole."""
    r.right = _EARLY_TAIL.sub(r"\g<end>", organ_problems(r.right))
    return False


# "... for cellulitis in its early stages": when it is mistaken, not part of the look-alike.
_EARLY_TAIL = re.compile(r"\s+(?:(?:in|during) (?:its|the) (?:very )?(?:early|first|initial) "
                         r"(?:stages?|phases?|days)|at first|early on|initially|at the start)"
                         r"(?P<end>\s*[.;]?\s*)$", re.I)
