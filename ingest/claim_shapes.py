"""Claims whose shape shows they were misread: a name that is no thing of its kind.

A relation phrase matches words, and a loose match can hand it a clause for a harm
("... despite early treatment"), a pronoun's belongings ("your kidneys help control
its levels") or a count of kinds for a germ ("caused by four main species of
bacteria").  Each test here looks only at the shape of the two names and the
predicate, never at one page's words, so it holds for every topic.
``rules.DocumentRules.emit`` asks :func:`misread` before it records a claim, and
:func:`after_look_alike` before it records a sign, a harm or a part the topic reaches:
words after "it can be mistaken for" name another illness.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re
from claimgraph.ingest.re_cache import Match

# A name that starts with a possessive pronoun ("its levels", "their effects") points back
# to something named before; alone it is no thing a claim can be about.
_POINTS_BACK_POSSESSIVE = re.compile(r"(?:its|their|his|her)\s+\w+", re.IGNORECASE)
# A name that starts with a concessive or conditional word is a clause that followed the
# list ("... and cognitive challenges, despite early treatment").
_CLAUSE_LEAD = re.compile(r"(?:despite|although|though|even though|even if|unless|whereas)\b",
                          re.IGNORECASE)
# "four main species of bacteria", "several types of virus": a count of kinds, which
# names none of them.
_COUNT_OF_KINDS = re.compile(
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|various|different)\s+"
    r"(?:(?:main|major|different|known|distinct|related)\s+)*(?:species|types|kinds|strains|"
    r"forms|sorts)\s+of\b", re.IGNORECASE)
# "reduces the risk of passing it on to others": spread to other people, not the illness.
_SPREAD_ACT = re.compile(r"(?:transmitting|spreading|passing|giving)\b", re.IGNORECASE)
# "The following will help": a lead to a list, never a name.
_LIST_POINTER = re.compile(r"the following\b", re.IGNORECASE)


def misread(subject: str, predicate: str, obj: str | None) -> bool:
    """Return whether a claim's names show a misreading, so it should not be recorded.

    >>> misread("its levels", "increases_risk_of", "grebble fever")
    True
    >>> misread("tick bites", "increases_risk_of", "grebble fever")
    False
    >>> misread("grebble fever", "has_complication", "despite early care")
    True
    """
    if predicate == v.PREVENTS and obj is not None and _SPREAD_ACT.match(obj.strip()):
        return True  # "lowers the risk of transmitting it to others": spread, no illness
    return _misread_name(subject) or (obj is not None and _misread_name(obj))


@lru_cache(maxsize=65536)
def _misread_name(name: str) -> bool:
    """Return whether one name shows a misreading (see :func:`misread`).

    Memoised by the name alone: a table's rows pair a new name with the same one
    ("row 1 | raises the risk of X", "row 2 | ..."), so one of the two is known.
    """
    name = name.strip()
    return bool(_POINTS_BACK_POSSESSIVE.match(name) or _CLAUSE_LEAD.match(name)
                or _COUNT_OF_KINDS.match(name) or _LIST_POINTER.search(name))


# "it can be mistaken for a problem of the heart or lungs", "often confused with X": what
# follows is another illness the topic looks like, and its parts are not the topic's.
_LOOK_ALIKE_CUE = re.compile(r"\b(?:mistaken|confused|misdiagnosed)\s+(?:for|with|as)\b",
                             re.IGNORECASE)
_LOOK_ALIKE_WORDS = ("mistaken", "confused", "misdiagnosed")


def after_look_alike(sentence: str, anchor: str) -> bool:
    """Return whether a claim's words first show up after "mistaken for" (or alike).

    >>> after_look_alike("The pain can be mistaken for a heart problem.", "heart")
    True
    >>> after_look_alike("The rash is on the chest.", "chest")
    False
    """
    at = _find(sentence, anchor)
    before = sentence[max(0, at - 300):at] if at > 0 else ""
    low = before.lower()
    if not any(map(low.__contains__, _LOOK_ALIKE_WORDS)):
        return False
    cues = list(_LOOK_ALIKE_CUE.finditer(before))
    # "The illness, which is often mistaken for flu, can lead to X": the clause of the
    # look-alike ended before X's own verb.
    return bool(cues) and _MAIN_CLAUSE_GOES_ON.search(before, cues[-1].end()) is None


# A comma and a verb after a look-alike: the main clause goes on, past the aside.
_MAIN_CLAUSE_GOES_ON = re.compile(r",\s+(?:(?:and|but|so)\s+)?(?:(?:it|this|they)\s+)?(?:can|may|"
                                  r"might|could|will|often|usually|sometimes|is|are|leads?|"
                                  r"causes?|results?)\b", re.IGNORECASE)


def _find(sentence: str, anchor: str) -> int:
    """Return where a claim's words first stand in its sentence (-1 if nowhere).

    Only the words before them are looked at after that, so a long run of text without
    a full stop costs no more per claim than a short sentence.
    """
    want = anchor.strip()
    at = sentence.find(want)
    return at if at >= 0 or not want else sentence.lower().find(want.lower())


# A heading that names a reaction ("Allergic reaction", "Reactions to the treatment"): what
# its section says happens, and why, is the reaction's, even where the topic is implied.
_REACTION_HEADING = re.compile(r"(?:[\w'-]+\s+){0,4}reactions?(?:\s+to\s+[\w' -]+)?[\s?.:]*",
                               re.IGNORECASE)


@lru_cache(maxsize=65536)
def reaction_heading(heading: str) -> bool:
    """Return whether a section heading names a reaction (to a treatment, a bite, a drug).

    >>> reaction_heading("Allergic reaction"), reaction_heading("Symptoms")
    (True, False)
    """
    return "reaction" in heading.lower() and _REACTION_HEADING.fullmatch(heading.strip()) \
        is not None


# "Treating complications", "Treatment of complications", "Managing the complications":
# the remedies under it are for the harms, not for the illness itself.
_COMPLICATION_CARE = re.compile(r"(?:treating|treatment(?:s)? (?:of|for)|managing|management of)"
                                r"\s+(?:the\s+|any\s+|its\s+)?(?:[\w-]+\s+)?complications?\b",
                                re.IGNORECASE)


@lru_cache(maxsize=65536)
def treats_complications(heading: str) -> bool:
    """Return whether a heading leads the care of complications, not of the illness.

    >>> treats_complications("Treating complications"), treats_complications("Treatment")
    (True, False)
    """
    return "complication" in heading.lower() and _COMPLICATION_CARE.search(heading) is not None


# Hands, fingers and toes after the skin, palms or tips a sign sits on ("peeling skin on the
# fingers and toes", "red skin on the palms of the hands"): the skin is the part a list of
# signs names; the digits only say where on the body that skin is.
_DIGITS = re.compile(r"(?:fingers?|toes?|hands?)", re.IGNORECASE)
_SKIN_ON = re.compile(r"\b(?:skin|palms?|soles?|tips?|backs?)\s+(?:on|in|of|around)\s+"
                      r"(?:the\s+|your\s+|their\s+)?(?:[\w-]+(?:,\s*|\s+(?:and|or)\s+)"
                      r"(?:the\s+)?){0,3}$", re.IGNORECASE)


def digit_under_skin(sentence: str, part: Match[str]) -> bool:
    """Return whether a matched hand, finger or toe only places the skin a sign is on.

    >>> m = re.search("toes", "peeling skin on the fingers and toes")
    >>> digit_under_skin("peeling skin on the fingers and toes", m)
    True
    """
    return _DIGITS.fullmatch(part.group(0)) is not None and _SKIN_ON.search(
        sentence, max(0, part.start() - 60), part.start()) is not None


# A part that names what a remedy is for ("eye drops", "skin cream"): the remedy, no site.
_REMEDY_AFTER = re.compile(r"\s+(?:drops|ointments?|creams?|lotions?|gels?|patch(?:es)?|"
                           r"shields?|pads?"
                           # ("a fast heart rate": a measure, no part the illness reaches)
                           r"|rates?)\b", re.IGNORECASE)
# A muscle named by the organ or region it belongs to ("the heart muscle", "facial
# muscles"): the compound is the part, and "muscle" alone names none.
_MUSCLE_OF = re.compile(r"\b(?:heart|cardiac|facial|face|eye|chest|neck|back|leg|arm|thigh|calf|"
                        r"abdominal|pelvic|breathing)\s+$", re.IGNORECASE)


# "while a biting fly stays attached to the skin": where a biter holds on, no part the illness
# reaches.
_HELD_ON = re.compile(r"\b(?:attached|attaches|attach|latch(?:es|ed)?|clings?|bites?|biting|"
                      r"burrows?)\s+(?:to\s+|into\s+|onto\s+|on\s+)?(?:the\s+|your\s+)?$",
                      re.IGNORECASE)


def part_in_compound(sentence: str, part: Match[str]) -> bool:
    """Return whether a matched body part is only a word of a longer name (or only where a
    biter holds on).

    >>> m = re.search("eye", "lubricating eye drops")
    >>> part_in_compound("lubricating eye drops", m)
    True
    """
    if _REMEDY_AFTER.match(sentence, part.end()) or _HELD_ON.search(
            sentence, max(0, part.start() - 30), part.start()):
        return True
    return part.group(0).lower() in ("muscle", "muscles") and _MUSCLE_OF.search(
        sentence, max(0, part.start() - 20), part.start()) is not None


# "When to see a GP", "Getting advice from a GP or pharmacist", "Seek medical help": the
# items below say when to ask for care (being pregnant, being young), not what causes it.
_CARE_SEEKING = re.compile(
    r"\b(?:advice|(?:see|call|contact|phone|ask) (?:a |your )?(?:GP|doctor|pharmacist|nurse|"
    r"999|111)|(?:seek|get|getting|find) (?:urgent |medical |emergency )*(?:help|care|"
    r"treatment|attention))\b", re.IGNORECASE)
_CARE_SEEKING_WORDS = ("advice", "gp", "doctor", "pharmacist", "nurse", "999", "111", "help",
                       "care", "treatment", "attention")


@lru_cache(maxsize=65536)
def care_seeking_heading(heading: str) -> bool:
    """Return whether a heading says when to ask for care ("When to see a GP").

    >>> care_seeking_heading("Getting advice from a GP"), care_seeking_heading("Causes")
    (True, False)
    """
    low = heading.lower()
    return any(w in low for w in _CARE_SEEKING_WORDS) and _CARE_SEEKING.search(heading) \
        is not None


# "the same virus that causes chickenpox": what the germ causes, named in a clause on the
# germ; it is no harm of the topic, whatever the relation phrase took for the subject.
_GERM_CLAUSE = re.compile(r"\b(?:virus(?:es)?|bacteri(?:um|a)|germs?|fung(?:us|i)|parasites?|"
                          r"microbes?|organisms?)\s+(?:that|which)\s+(?:\w+\s+){0,2}?"
                          r"(?:causes?|caused|leads? to)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)

# "X is a (very contagious) virus that causes ...": the subject defined as the germ.
_DEFINED_AS_GERM = re.compile(r"\b(?:is|was)\s+an?\s+(?!same\b)(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def germs_own_effect(sentence: str, anchor: str) -> bool:
    """Return whether a claim's words are what a germ in a relative clause causes.

    >>> germs_own_effect("It is the same virus that causes chickenpox.", "chickenpox")
    True
    >>> germs_own_effect("Zorbovirus is a common virus that causes vomiting.", "vomiting")
    False
    """
    at = _find(sentence, anchor)
    before = sentence[max(0, at - 90):at] if at > 0 else ""
    germ = _GERM_CLAUSE.search(before) if " that " in before or " which " in before else None
    # ("Zorbovirus is a contagious virus that causes vomiting": the page's own germ)
    return germ is not None and _DEFINED_AS_GERM.search(before, 0, germ.start()) is None


# "someone who has never received the vaccine is likely to get it": what a group lacks.
# ("not" is left out: "people who do not X" can name a risk, and one tune claim is so.)
_NEVER_BEFORE = re.compile(r"\bnever\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)


def lacked(sentence: str, anchor: str) -> bool:
    """Return whether a claim's words follow "never" (the group lacks the thing).

    >>> lacked("A child who never received the vaccine may get it.", "the vaccine")
    True
    """
    at = _find(sentence, anchor)
    before = sentence[max(0, at - 40):at] if at > 0 else ""
    return "never" in before.lower() and _NEVER_BEFORE.search(before) is not None
