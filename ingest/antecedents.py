"""What "it", "this" or "people with it" at a sentence's start stands for.

A page about one condition mostly goes on about it, so the rules read a
sentence that opens "It can be treated with ..." as said of the topic.  That
is wrong right after a sentence whose subject is another condition: in
"Plonkitis is a swelling of the gut. It can be treated with X." the remedy is
plonkitis's.  The nearest suitable antecedent is the previous sentence's
subject; it stands for the topic only when that subject is the topic itself,
one of its signs, or something that is no condition at all.

"These patients" and "these people" at a sentence's start are the topic's
patients when the sentence before spoke of the topic: they read as "people
with <topic>".
"""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.ingest import re_cache as re

from .normalize import label_key

# A sentence that opens by pointing back at one thing: "It can ...", "This may ...",
# "People with it often ...".  "It is important to ..." points at nothing; it is left.
_POINTS_BACK = re.compile(
    r"\s*(?:it|this|(?:people|those|patients|someone|anyone) with it|"
    r"(?:these|such)\s+(?:patients|people|persons|individuals))\s+"
    r"(?!is\s+(?:important|not|also\s+important|possible|estimated|thought|unclear|"
    r"not\s+clear|best|vital|essential|likely|unlikely|rare|common)\b|'s\b)", re.I)
# The previous sentence's subject: the words before its first verb.
_SUBJECT = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+)?(?P<s>[\w'\u00c0-\u024f-]+(?:\s+[\w'\u00c0-\u024f-]+){0,3}?)\s+"
    r"(?:(?:sometimes|often|usually|also|can|may|might|could|will|rarely)\s+)*"
    r"(?P<v>is|was|are|causes|happens|occurs|develops|resolves|lasts|affects|starts|"
    r"begins|results|leads|clears|goes|gets|makes|means|be|become|cause|lead|last|"
    r"happen|occur|develop|resolve|affect|need|needs|require|requires|make)\b", re.I)
# "X is a swelling of ...": the kind a definition gives makes X a condition.  The first
# kinds name an illness even when the page also listed X among the topic's signs; the
# others ("a swelling", "a problem") may describe a sign as well.  A remedy or a test
# defined ("Zarbocillin is an antibiotic. It can cause nausea.") is no condition, but
# "it" stands for it all the same: its harms are not the topic's signs.
_CONDITION_KIND = re.compile(
    r"\s*(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?:(?P<ill>condition|disease|illness|disorder|"
    r"infection|syndrome|complication|sickness)|swelling|inflammation|problem|reaction"
    r"|(?P<care>medicine|drug|antibiotic|medication|vaccine|steroid|painkiller|cream|"
    r"procedure|operation|surgery|test|scan))s?\b", re.I)
# A name whose own head says it is a condition: "a skin infection", "a nerve disorder".
_CONDITION_HEAD = re.compile(r"\b(?:disease|disorder|infection|syndrome|illness|complication|"
                             r"inflammation)$", re.I)
# Words that open a subject that names no condition: a person, a pronoun, a count.
_NO_CONDITION = frozenset({"it", "this", "that", "these", "those", "they", "you", "we", "your",
                           "people", "most", "many", "some", "children", "adults", "patients",
                           "doctors", "doctor", "there", "here", "treatment", "symptoms",
                           "signs", "he", "she", "what", "which", "if", "when"})
# A condition a sentence is about, named after a lead: "People with X have ...", "In X, ...",
# "For X, Y may be given".
_NAMED_AFTER_LEAD = re.compile(r"\s*(?:(?:people|patients|those|anyone|someone|children|"
                               r"adults) with|in|for) (?:the )?(?P<n>[\w' -]{3,40}?)(?:,|\s+"
                               r"(?:have|has|may|can|often|usually|also|get|develop|feel|are|"
                               r"is)\b)", re.I)
# "This condition ...": a condition the sentence before named, the nearest one.
_THIS_CONDITION = re.compile(r"\s*(?:this|that)\s+(?:condition|complication|disease|illness|"
                             r"disorder)\b", re.I)
# "These patients", "These people" at a sentence's start.
_THESE_PATIENTS = re.compile(r"(?P<lead>\s*)(?:these|such)\s+(?:patients|people|persons|"
                             r"individuals)\b", re.I)


def points_back(sentence: str) -> bool:
    """Return whether a sentence opens with a pronoun that stands for one earlier thing.

    >>> points_back("It can be treated with rest."), points_back("It is important to rest.")
    (True, False)
    """
    return _POINTS_BACK.match(sentence) is not None


def names_condition_back(sentence: str) -> bool:
    """Return whether a sentence opens with "this condition" or the like.

    Right after a sentence that gave the topic a complication ("it can lead to a
    problem called X"), the nearest condition it can stand for is that complication.

    >>> names_condition_back("This condition makes the feet numb."), names_condition_back("It may")
    (True, False)
    """
    return _THIS_CONDITION.match(sentence) is not None


def other_condition_before(before: str, about_topic: Callable[[str], bool],
                           complications: set[str], signs: set[str]) -> bool:
    """Return whether the sentence before has another condition (or a remedy it defines)
    than the topic as subject.

    ``about_topic`` says whether a phrase names or mentions the topic; ``complications``
    and ``signs`` hold the keys of the topic's complications and signs named so far: a
    complication is another condition, a sign goes on with the topic.
    """
    return condition_before(before, about_topic, complications, signs) is not None


def condition_before(before: str, about_topic: Callable[[str], bool],
                     complications: set[str], signs: set[str]) -> str | None:
    """Return the other condition (or remedy) the sentence before has as subject, as
    written, or None (see :func:`other_condition_before`).

    The name is what the sentence's figures are about: in "Kidney damage is a common
    complication. It affects 1 in 4 patients." the 1 in 4 is kidney damage's.

    >>> condition_before("Kidney damage is a common complication.", lambda s: False,
    ...                  set(), set())
    'Kidney damage'
    """
    m = _SUBJECT.match(before)
    if m is None:
        return None
    subject = m.group("s")
    if not _names_another(subject, about_topic):
        return None
    key = label_key(subject)
    kind = _CONDITION_KIND.match(before, m.end()) if m.group("v").lower() in ("is", "was") \
        else None
    if kind is not None and (kind.group("ill") or kind.group("care")):
        return subject
    if key in signs:
        return None
    return subject if key in complications or kind is not None or names_condition(subject) \
        else None


def complication_subject(sentence: str, about_topic: Callable[[str], bool],
                         complications: set[str]) -> str | None:
    """Return a complication the page gave the topic that a sentence has as its own subject
    ("Plonkitis affects the knees", "People with plonkitis have joint pain", "In
    plonkitis, the joints swell"), as written, or None.

    What such a sentence says of no named subject (a body part, a group at risk) is the
    complication's, not the topic's.

    >>> complication_subject("People with zorbitis have pain.", lambda s: False, {"zorbitis"})
    'zorbitis'
    >>> complication_subject("Zorbitis affects the knees.", lambda s: False, set()) is None
    True
    """
    m = _NAMED_AFTER_LEAD.match(sentence)
    if m is not None:
        name = m.group("n")
    else:
        s = _SUBJECT.match(sentence)
        if s is None:
            return None
        name = s.group("s")
    return name if _names_another(name, about_topic) and label_key(name) in complications \
        else None


def _names_another(subject: str, about_topic: Callable[[str], bool]) -> bool:
    """Return whether a sentence's subject may name a condition other than the topic: not
    a pronoun or a group of people ("it", "most", "children"), and not the topic."""
    return subject.lower().split()[0] not in _NO_CONDITION and not about_topic(subject)


def names_condition(label: str) -> bool:
    """Return whether a name's own head says it is a condition ("a nerve disorder").

    >>> names_condition("zorb nerve disorder"), names_condition("eye problems")
    (True, False)
    """
    return _CONDITION_HEAD.search(label) is not None


def defined_as_care(before: str) -> bool:
    """Return whether the sentence before defines its subject as a remedy or a test.

    "Zarbocillin is an antibiotic. It can cause nausea.": "it" stands for the
    remedy, and the nausea is a harm of the remedy, which no relation of the
    illness says; a condition defined instead takes the next sentence's relations.

    >>> defined_as_care("Zarbocillin is an antibiotic."), defined_as_care("Zorbitis is a rare "
    ...                                                                   "complication.")
    (True, False)
    """
    m = _SUBJECT.match(before)
    if m is None or m.group("v").lower() not in ("is", "was"):
        return False
    kind = _CONDITION_KIND.match(before, m.end())
    return kind is not None and bool(kind.group("care"))


def topic_patients(sentence: str, topic: str) -> str:
    """Return a sentence with an opening "These patients" read as "People with <topic>".

    >>> topic_patients("These patients often get a rash.", "grebble fever")
    'People with grebble fever often get a rash.'
    """
    m = _THESE_PATIENTS.match(sentence)
    if m is None:
        return sentence
    return f"{m.group('lead')}People with {topic}{sentence[m.end():]}"
