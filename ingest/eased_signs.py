"""The sign a remedy is said to help with: "paracetamol can help with the pain".

"X may help" and "X can be used" name no object, so their claims say X works on the
page's illness.  When the words right after them are "with", "for" or "if you have" and
a sign ("... can help with the pain", "... can be used for itching", "... may help if
you have a fever"), what X works on is that sign, as the page says it.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import patterns as p

# "with the pain", "for any itching", "if you have a fever", "when your child has a
# headache": the sign's words up to the end of the clause.
_SIGN_AFTER = re.compile(
    r"\s*(?:with|for|against|if (?:you|they|your child|he|she) (?:have|has|get|gets)|"
    r"when (?:you|they|your child|he|she) (?:have|has|get|gets))\s+"
    r"(?:(?:the|your|their|any|a|an|his|her|some|mild|severe) )*"
    r"(?P<y>[a-z][\w' -]{1,40}?)\s*(?=$|[,.;:()]|\s(?:and|or|but|if|when|while|until|in|"
    r"at|during|after|so)\b)", re.IGNORECASE)


# Harms care is given for, besides signs: "for kidney failure", "for the infection".
# (an infection only with its kind: "the infection" on the page of one is the illness)
_HARM_NAMED = re.compile(r"(?:\b(?:failure|damage|inflammation|shock|dehydration|clots?|ulcers?|"
                         r"abscess(?:es)?|sepsis|aneurysms?)|(?<!the)(?<!this)(?<!that)(?<!an) "
                         r"infections?)$", re.IGNORECASE)
# "may help treat inflammation", "helps relieve the itch": the verb names what it acts on.
_ACTS_ON = re.compile(r"\b(?:treat|relieve|ease|control|manage)\s*$", re.IGNORECASE)
_VERB_FIRST = re.compile(r"\s*(?:to )?(?:treat|relieve|ease|control|manage)\b", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s*(?:(?:the|your|their|any|some) )*(?P<y>[a-z][\w' -]{1,40}?)"
                          r"\s*(?=$|[,.;:()]|\s(?:and|or|but|if|when|while|in|during|so)\b)",
                          re.IGNORECASE)


def acted_on(trig_text: str, right: str) -> str | None:
    """Return what "help treat/relieve/ease" names right after the verb, or None.

    >>> acted_on("may help treat", " inflammation."), acted_on("may help", " inflammation")
    ('inflammation', None)
    >>> acted_on("may help", " to ease the itching")
    'itching'
    """
    lead = _VERB_FIRST.match(right)  # "may help" + " treat inflammation"
    if lead is not None:
        right = right[lead.end():]
    elif not _ACTS_ON.search(trig_text):
        return None
    m = _THING_AFTER.match(right)
    return m.group("y").strip() if m else None


def sign_eased(right: str) -> str | None:
    """Return the sign the words after "may help" or "can be used" point to, or None.

    >>> sign_eased(" with the pain."), sign_eased(" if you have a high temperature")
    ('pain', 'high temperature')
    >>> sign_eased(" with recovery") is None, sign_eased(" a lot") is None
    (True, True)
    """
    sign = named_after(right)
    if sign is None:
        return None
    # ("dialysis may be needed for kidney failure": a harm it is for, as a sign is)
    # ("help with dry eyes": a part in a state is a sign too)
    return sign if p.SYMPTOM_HEAD.search(sign) or _HARM_NAMED.search(sign) or \
        _PART_IN_STATE.fullmatch(sign) else None


def named_after(right: str) -> str | None:
    """Return the thing the words after "may help" or "can be used" name, sign or not.

    >>> named_after(" with zorbitis."), named_after(" a lot") is None
    ('zorbitis', True)
    """
    m = _SIGN_AFTER.match(right)
    return m.group("y").strip() if m is not None else None


_PART_IN_STATE = re.compile(r"(?:an? |the |your )?(?:dry|sore|itchy|red|swollen|painful|stiff|"
                            r"cracked|watery|blocked|runny|gritty) (?:[a-z]+ )?(?:eyes?|mouth|"
                            r"skin|lips?|throat|nose|joints?|muscles?|hands?|feet|legs?)", re.I)
