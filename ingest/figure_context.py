"""Who and when a figure is about, read from around it: the treated or untreated, the cases
a clause names, and what "it" or "they" before a figure stands for.

"Untreated, it kills 1 in 3", "in severe cases, up to 30 %", "It lasts 2 weeks" after a
sentence about the rash: the population or the thing a figure is of is said elsewhere in its
sentence (or the one before), and these readers find it for every kind of figure.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .figure_base import first as _first

_I = re.IGNORECASE
# Who a figure is about when the page names a subgroup: "in ventilated patients",
# "among older adults", "of those treated", "if untreated".
# ("when it is not treated": said with "when" as often as with "if")
UNTREATED = re.compile(r"\b(?:untreated|(?:if|when|where) (?:it is |it's |they are |they're |"
                       r"this is |"
                       r"the (?:infection|illness|disease|condition) is )?not "
                       r"(?:promptly |quickly |properly |"
                       r"correctly |appropriately |)treated|left untreated|"
                       # ("In people who are not treated, ...": those people)
                       r"who (?:are|were|have|had) not (?:been )?treated|"
                       r"(?:don't|do not|does not|doesn't|did not|didn't) (?:receive|get|have) "
                       r"(?:any )?treatment)\b", _I)
# "gets better by itself", "resolves on its own": the figure for people given no treatment,
# written as the page puts it (and compared as one with "untreated", see graph.measures).
# ("without" may be glued to the word before it: "11 dayswithout the proper treatment".)
NO_TREATMENT = re.compile(r"(?:(?<!with or )without (?:any |the |the right )?(?:specific |"
                          r"medical |proper |"
                          r"appropriate |prompt )?(?:treatment|therapy)|"
                          r"\b(?:with no treatment|by (?:itself|themselves)|on (?:its|their) own|"
                          r"spontaneous(?:ly)?))\b", _I)
# The nouns a group of people is named by (one list: the regex below and the cheap first look
# for a figure's subgroup are both made from it).
POP_NOUNS = ("people", "patients", "persons", "adults", "children", "kids", "babies", "infants",
             "men", "women", "girls", "boys", "males", "females", "individuals", "those", "teens",
             "cases", "residents", "smokers", "survivors", "users", "workers", "travellers",
             "travelers", "athletes", "sufferers")
POP_NOUN = rf"(?:{'|'.join(POP_NOUNS)})"
_DURATION_SUBJECT = re.compile(
    # ("Most skin lesions last 2 to 4 weeks": the lesions, however many)
    r"^(?:\W*)(?:(?:most|many|some|all) (?:of )?)?(?:the |your |a |an |this |these )?"
    r"(?P<x>[\w'-]+(?: [\w'-]+){0,3}?) "
    r"(?:(?:usually|often|typically|generally|normally|sometimes|always|eventually|mostly|"
    r"mainly|gradually|slowly|quickly|commonly|rarely|only|can|may|will|might|should|"
    r"tends? to) )*"
    r"(?:lasts?|lasting|lingers?|lingering|hangs? around|drags? on|heals?|clears?|takes?|"
    r"goes away|go away|"
    r"disappears?|persists?|persisting|resolves?|settles?|fades?|remains?(?= for\b)|"
    r"stops?(?= (?:within|after|in|by)\b)|wears? off|dies? down)\b", _I)
# "Children recover within 6 weeks if it's diagnosed and treated promptly": the period of
# those treated so; "without treatment": of those not treated.
_IF_TREATED = re.compile(
    r"\b(?:if|when|once)\s+(?:it's|it is|it has been|they're|they are|they have been|the "
    r"(?:condition|illness|disease|infection) is)\s+(?P<how>(?:diagnosed and |found and )?treated|"
    r"diagnosed)(?:\s+(?P<adv>promptly|early|quickly|straight away|at once|in time))?\b", _I)
PEOPLE = re.compile(rf"\b{POP_NOUN}\b", _I)
# "People who are treated early recover within 2 weeks": the period of those people.
_WHO_TREATED = re.compile(
    rf"\b{POP_NOUN}\s+who\s+(?:are|were|get|have been)\s+(?P<how>(?:diagnosed and )?treated)"
    r"(?:\s+(?P<adv>promptly|early|quickly|straight away|at once|in time))?\b", _I)


def treated_when(clause: str) -> str | None:
    """Return whom a period is for when the clause says how they were treated."""
    m = _IF_TREATED.search(clause) or _WHO_TREATED.search(clause)
    if m is not None:
        who = PEOPLE.search(clause, 0, m.start("how"))
        noun = who.group(0).lower() if who else "people"
        return " ".join(x for x in (noun, m["how"].lower(), (m["adv"] or "").lower()) if x)
    if UNTREATED.search(clause):
        return "untreated"
    return "without treatment" if NO_TREATMENT.search(clause) else None


# "In rare cases, the fever lasts 4 weeks": the period of those cases, not the usual one.
# ("lasts at least 3 months in chronic cases": the stage named after the period, too)
_SOME_CASES = re.compile(r"\b(?:in|for)\s+(?:some\s+|a\s+few\s+|very\s+)?(?P<which>rare|rarer|"
                         r"severe|serious|mild|milder|complicated|extreme|untreated|some|a few|"
                         r"chronic|acute|advanced|recurrent)"
                         r"\s+(?P<noun>cases|instances|people|patients|children)\b", _I)


def which_cases(sentence: str, lo: int, start: int, end: int = 0, hi: int = 0) -> str | None:
    """Return the cases a period is about when the clause names some ("in rare cases"):
    before the period, else after it (``end`` to ``hi``)."""
    m = _first(_SOME_CASES, sentence, lo, start) or (
        _first(_SOME_CASES, sentence, end, hi) if hi > end else None)
    return f"{m['which'].lower()} {m['noun'].lower()}" if m is not None else None


NOT_A_THING = re.compile(r"(?:(?:but|though|although|while|and|yet) )?(?:it|this|they|them|"
                         r"symptoms?|you|people|most people|some people|patients|children|most|"
                         r"some|others|many|a few)$", _I)
# "your child's", "a person's": whose sign it is, not part of its name.
WHOSE = re.compile(r"^(?:(?:your|their|his|her|the|a|an) )?(?:child|baby|person|patient|son|"
                   r"daughter|partner)(?:'s|s')\s*", _I)  # ("child'sfever": a lost space)
# "A cough at night, and lasts more than 3 weeks": a sign that opens the sentence.
SIGN_LEAD = re.compile(r"^\W*(?:an? |the |your )?(?P<x>(?:(?:high|raised|persistent|severe|dry|"
                       r"mild) )?(?:temperature|fever|cough|rash|pain|headache|swelling|"
                       r"itching|tiredness|fatigue|weakness))\b", _I)


def thing_lasting(text: str) -> str | None:
    """Return the thing whose length a clause opening ``text`` gives ("The cough lasts")."""
    who = _DURATION_SUBJECT.match(text)
    thing = re.sub(r"\s+(?:that|which|who)$", "", who["x"], flags=_I) if who else None
    if thing:  # "your child's fever lasts ...": the fever
        # (", as the condition clears up ...": the join opens a clause, no part of the thing)
        thing = WHOSE.sub("", _JOIN_FIRST.sub("", thing)) or None
    if thing and (_ENDS_IN_PRONOUN.search(thing) or SOMEONE_FIRST.match(thing)
                  or _ENDS_IN_JOIN.search(thing) or _IT_FRAME.match(thing)):
        # "In most people it goes away", "you may need to take", "It is best to take":
        # no thing; "Fever comes first and lasts": a clause of its own before the lasting one
        return None
    return thing if thing and not NOT_A_THING.match(thing) else None


_ENDS_IN_JOIN = re.compile(r"\s(?:and|or|but|then)$", _I)
_JOIN_FIRST = re.compile(r"^(?:as|because|since|so|though|although|while|whereas|and|but)\s+",
                         _I)
_ENDS_IN_PRONOUN = re.compile(r"(?:^|\s)(?:it|they|this|these|them)$", _I)
# "It is best to take X for 5 days", "It's important to keep taking X": a frame, no thing.
_IT_FRAME = re.compile(r"(?:it is|it's|it\u2019s|it may be|it can be)\s", _I)
# ("People usually need to take X for 3 months", "Most cases clear up within 2 years": who,
# not a thing that lasts.)
SOMEONE_FIRST = re.compile(r"(?:you|we|they|he|she|i|(?:(?:most|many|some|all|the|these|"
                           r"those)\s+)?(?:people|patients|persons|individuals|adults|"
                           r"cases))\b", _I)


def antecedent(sentence: str, at: int, context: str) -> str | None:
    """Return what "it" (at ``at``) lasting stands for: the sign opening the sentence
    before it ("Fever marks this phase: it lasts ..."), else what lasts (or the sign that
    opens) in the sentence before."""
    lead = SIGN_LEAD.match(sentence, 0, at) if at > 0 else None
    if lead is not None:
        return lead["x"]
    if not context:
        return None
    thing = thing_lasting(context)
    lead = SIGN_LEAD.match(WHOSE.sub("", re.sub(r"^\W*(?:the|your|a|an) ", "", context,
                                                  flags=_I))) if thing is None else None
    return thing or (lead["x"] if lead is not None else None)
