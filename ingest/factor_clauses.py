"""Name a risk factor that a page states as a clause ("having had surgery", "if you smoke").

Pages list who is at risk with verb phrases and adjectives as often as with nouns:
"having had surgery", "being older", "are obese", "if you smoke".  Readers (and the
gold) name the factor as a noun phrase: surgery, older age, obesity, smoking.  The
rules that read risk sentences and lists call :func:`clause_factor` on each member
before cleaning it, so the member keeps a name instead of being cut to nothing
("having had surgery" lost its head to the clause cutter, which drops "had ...").
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas, inflection

# "if you ...", "when they ...": the condition's lead, before the factor.
_IF_LEAD = re.compile(r"^\s*(?:if|when|whenever)\s+(?:you|they|someone|a person|people|"
                      r"your child)(?='|\s)(?:'re|'ve)?\s*", re.I)
# "having had surgery", "have recently had a burn": what was had is the factor.
_HAD = re.compile(r"^\s*(?:having|have|has)\s+(?:recently\s+|ever\s+|previously\s+|already\s+|"
                  r"just\s+)?had\s+(?:an?\s+|the\s+)?(?P<x>\S.*)$", re.I)
# "being older", "are elderly", "being older than 50", "being over 65": an age said as a state.
_OLDER_STATE = re.compile(r"^\s*(?:being|are|is)\s+(?:(?:older|elderly|old|an older adult)"
                          r"(?:\s+than\s+\d+)?|(?:aged\s+)?over\s+\d+)(?:\s+years(?:\s+old)?)?"
                          r"\s*$", re.I)
_YOUNGER_STATE = re.compile(r"^\s*(?:being|are|is)\s+(?:younger|young|very young)\s*$", re.I)
# Words for kin, first in a list ("a parent or sibling") and after its "or" or "and".
KIN_WORDS = (r"relatives?|family members?|parents?|siblings?|brothers?|sisters?|mothers?|"
             r"fathers?|twins?")
KIN_MORE_WORDS = r"relatives?|parents?|siblings?|brothers?|sisters?|mothers?|fathers?|twins?"
# "having a parent or sibling with the illness": the family history the group makes.
_KIN_WITH = re.compile(
    r"^\s*(?:(?:having|have|has)\s+)?(?:an?\s+|one or more\s+|any\s+)?(?:close\s+|"
    r"first-degree\s+|blood\s+|immediate\s+)?(?:relatives?|family members?|parents?|siblings?|"
    r"brothers?|sisters?|mothers?|fathers?|children)(?:\s*(?:,|or|and)\s+(?:an?\s+)?(?:relatives?|"
    r"parents?|siblings?|brothers?|sisters?|mothers?|fathers?|children|child))*\s+(?:with|who "
    r"(?:has|have|had)(?:\s+had)?)\s+(?:it|the (?:disease|illness|condition|infection|disorder)|"
    r"this (?:disease|illness|condition|disorder))\s*$"
    # ("People whose parents or siblings have had it are more likely to get it")
    rf"|^\s*(?:people|persons|those|anyone|someone|children|adults)\s+whose\s+(?:close\s+)?"
    rf"(?:{KIN_WORDS})(?:\s*(?:,|or|and)\s+(?:{KIN_MORE_WORDS}))*\s+(?:has|have|had)(?:\s+had)?"
    r"\s+(?:it|the (?:disease|illness|condition|disorder))\s*$"
    # ("Relatives of people with it have a greater chance": their kin's illness)
    r"|^\s*(?:close\s+|first-degree\s+|blood\s+)?(?:relatives?|family members?) of (?:people|"
    r"patients|persons|those|someone|a person) (?:with|who (?:has|have|had)) [\w' -]{2,40}$", re.I)


def kin_factor(text: str) -> str | None:
    """Return "family history" for kin said to have the topic, else None.

    >>> kin_factor("Having a parent or sibling with the illness")
    'family history'
    >>> kin_factor("a parent with diabetes") is None
    True
    """
    return "family history" if _KIN_WITH.match(text) else None


# A verb never read as an act of the person: states, and verbs that lead other clauses.
_NO_ACT_VERBS = frozenset({"have", "has", "had", "are", "is", "be", "been", "being", "was",
                           "were", "get", "got", "take", "use", "live", "work", "spend",
                           "may", "might", "can", "could", "will", "would", "do", "does", "did",
                           "need", "age", "feel", "become"})


def bare_act(text: str) -> str | None:
    """Return the act a bare verb phrase names ("smoke" → "smoking"), or None.

    >>> bare_act("smoke")
    'smoking'
    >>> bare_act("inject drugs")
    'injecting drugs'
    >>> bare_act("diabetes") is None
    True
    """
    first, _, rest = text.strip().partition(" ")
    word = first.lower()
    if not word.isalpha() or word in _NO_ACT_VERBS:
        return None
    lemmas = all_lemmas(word)
    if word not in lemmas.get("VERB", ()):
        return None
    acting = inflection(word, "VBG")
    if not acting:
        return None
    rest = re.sub(r"(?:\s*\b[a-z]+ly\b)+\s*$", "", rest, flags=re.I).strip()
    return f"{acting[0]} {rest}".strip()


def clause_factor(member: str) -> str:
    """Return a list member stated as a clause as the factor's noun phrase.

    Members that are no such clause come back as they were.

    >>> clause_factor("having had surgery")
    'surgery'
    >>> clause_factor("being older")
    'older age'
    >>> clause_factor("if you smoke")
    'smoking'
    >>> clause_factor("a weak immune system")
    'a weak immune system'
    """
    low = member.lstrip()[:6].lower()
    if low[:3] not in ("if ", "whe") and not low.startswith(("havin", "have ", "has ", "being",
                                                              "are ", "is ")):
        return member  # the cheap gate: most members start with none of these words
    lead = _IF_LEAD.match(member)
    if lead is not None:
        rest = member[lead.end():]
        act = bare_act(rest)
        if act is not None:
            return act
        member = rest
    had = _HAD.match(member)
    if had is not None:
        return had.group("x").strip()
    if _OLDER_STATE.match(member):
        return "older age"
    if _YOUNGER_STATE.match(member):
        return "young age"
    return member
