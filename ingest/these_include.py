"""Members a "These include ..." sentence lists for the class the sentence before named.

"Later signs can appear weeks on. These include A, B and C." names the
topic's signs in two sentences: the first names the class (signs,
symptoms, complications) without a member, the second lists the members
with "these include".  Read alone, neither gives a claim.
"""

from __future__ import annotations

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re

# "These include", "They may also include:" at a sentence's start, and the list after it.
_THESE_LIST = re.compile(r"\s*(?:these|they)\s+(?:(?:may|can|might|often|usually|commonly|"
                         r"also)\s+)*(?:include|includes)\s*:?\s+(?P<list>[^.;]+)", re.I)
# A class of the topic's signs or harms, and whose they are when the sentence says so.
_CLASS_WORD = re.compile(r"\b(?P<c>symptoms?|signs?|complications?)\b(?: (?:of|from) "
                         r"(?P<owner>[\w' -]{2,40}?)(?=[\s,;:.]|$))?", re.I)
_CLASS_PREDICATE = {"symptom": v.HAS_SYMPTOM, "sign": v.HAS_SYMPTOM,
                    "complication": v.HAS_COMPLICATION}
# "It can lead to serious problems": the topic's harms as a class with no class word.
_HARMS_LED_TO = re.compile(
    r"^\s*(?:it|this|the (?:condition|illness|disease|infection))\s+(?:can|may|might|could|"
    r"sometimes|often)?\s*(?:also\s+)?(?:lead to|cause|result in)\s+(?:some\s+)?(?:serious|other|"
    r"further|major|severe|significant|various)\s+(?:problems|issues|complications)\s*[.;]?\s*$",
    re.I)

# "Some medicines can also cause it": a class of its causes named with no member (a cause,
# the list after it says which).
_CAUSES_LED_TO = re.compile(
    r"^\s*(?:some|certain|several|other|a few)\s+(?:[\w-]+\s+)?(?:medicines|medications|drugs|"
    r"foods|infections|germs|bacteria|viruses|conditions|illnesses|diseases|chemicals)\s+"
    r"(?:(?:can|may|might|could|also|often|sometimes)\s+)*(?:cause|trigger|bring on|lead to)\s+"
    r"(?:it|this|the (?:condition|illness|disease|infection|syndrome))\b", re.I)


def class_listed_after(before: str, sentence: str) -> tuple[str, str | None, str] | None:
    """Return (predicate, owner or None, list text) when ``sentence`` lists the members of
    the class of signs or harms the sentence ``before`` named, else None.

    The last class word before counts ("Most people get mild symptoms, but some
    develop complications." lists complications next).

    >>> class_listed_after("Later signs can appear.", "These include A and B.")
    ('has_symptom', None, 'A and B')
    >>> class_listed_after("It is rare.", "These include A and B.") is None
    True
    >>> class_listed_after("It can lead to serious problems.", "These include A and B.")
    ('has_complication', None, 'A and B')
    >>> class_listed_after("Some medicines can also cause it.", "These include A and B.")
    ('causes', None, 'A and B')
    """
    listed = _THESE_LIST.match(sentence)
    if listed is None:
        return None
    if _HARMS_LED_TO.search(before):
        return v.HAS_COMPLICATION, None, listed.group("list").strip()
    if _CAUSES_LED_TO.search(before):
        return v.CAUSES, None, listed.group("list").strip()
    classes = list(_CLASS_WORD.finditer(before))
    if not classes:
        return None
    last = classes[-1]
    pred = _CLASS_PREDICATE[last.group("c").lower().rstrip("s")]
    return pred, last.group("owner"), listed.group("list").strip()
