"""The topic put back in front of a summary's lines that open with their verb.

Clinical summaries and fact sheets drop the subject of each line: "Treated with
antibiotics and fluids.", "May lead to kidney failure.", "Characterised by fever
and a rash.", "An acute illness characterised by A and B."  Every such line is
said of the page's topic, and the relation phrases are written for whole
sentences ("X is treated with", "X may lead to").  Reading the line with the
topic's name in front lets every phrase read it as it reads a full sentence,
instead of one extra alternative per phrase for the subject-less form.

Only lines that open with a verb form are completed, and only when no clause of
their own follows a comma ("Associated with A, the rash spreads" has its own
subject).  Lines that say what people have or do ("Has diabetes", "Smokes")
are lists of risk factors, not statements about the illness: the caller does
not complete lines under a risk heading.

>>> topic_in_front("Treated with antibiotics and fluids.", "grebble fever")
'grebble fever is treated with antibiotics and fluids.'
>>> topic_in_front("May lead to kidney failure.", "grebble fever")
'grebble fever may lead to kidney failure.'
>>> topic_in_front("An acute illness characterised by fever.", "grebble fever")
'grebble fever is an acute illness characterised by fever.'
>>> topic_in_front("Associated with A, the rash may spread.", "grebble fever")
'Associated with A, the rash may spread.'
>>> topic_in_front("Fever is common.", "grebble fever")
'Fever is common.'
>>> topic_in_front("Causes: germ G", "grebble fever")
'Causes: germ G'
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

_ADVERBS = (r"(?:(?:usually|often|mainly|mostly|typically|frequently|commonly|generally|"
            r"sometimes|occasionally|rarely|also|classically|characteristically|chiefly|"
            r"predominantly|most (?:often|commonly)) )*")
# "Treated with X", "Usually accompanied by Y": a participle whose "is" was dropped.  (Not
# "Caused by" or "Due to": a clause put first, "Caused by G, X spreads", has its owner
# after it; the rules read those lines themselves.)
_PARTICIPLE = re.compile(
    rf"{_ADVERBS}(?:treated|managed|cured|prevented|accompanied|characteri[sz]ed|marked|"
    r"typified|associated|linked|triggered|preceded|followed|diagnosed|confirmed|"
    r"transmitted|spread|acquired|contracted|complicated) (?:with|by|to|through|via|using)\b"
    # "Usually seen in infants": where it is seen, its "is" dropped
    rf"|{_ADVERBS}(?:seen|found) (?:in|among)\b",
    re.IGNORECASE)
# "An acute illness characterised by ...": the kind the topic is, then what marks it.
_KIND_LINE = re.compile(
    r"(?:an?|the) (?:[\w-]+,? ){0,4}?(?:disease|illness|infection|disorder|condition|"
    r"syndrome|inflammation) (?:that is |which is )?(?:often |usually |typically )?"
    r"(?:characteri[sz]ed|marked|typified|caused|associated|linked) (?:by|with|to)\b",
    re.IGNORECASE)
# The same in a note's shorthand, with no article: "Acute febrile illness caused by a germ".
_BARE_KIND_LINE = re.compile(
    r"(?:[\w-]+,? ){1,4}?(?:disease|illness|infection|disorder|condition|syndrome) "
    r"(?:often |usually |typically )?(?:characteri[sz]ed|marked|typified|caused) (?:by|with)\b",
    re.IGNORECASE)
# "Affects mainly the lungs", "Presents with fever", "Responds to steroids".
_VERB = re.compile(
    rf"{_ADVERBS}(?:affects|causes|presents|manifests|involves|resolves|responds|develops|"
    r"leads|results|requires|needs|spreads|progresses|mimics|resembles|occurs|recurs|"
    r"starts|begins|carries|follows)\b", re.IGNORECASE)
# "May lead to kidney failure", "Can be fatal".
_MODAL = re.compile(
    r"(?:may|can|could|might|will)(?: (?:also|often|sometimes|rarely|occasionally|usually|"
    r"quickly|rapidly|eventually|later))* (?:be|lead|cause|result|affect|present|progress|"
    r"develop|spread|mimic|recur|come back|involve|occur|require|need|respond|resolve|last|"
    r"persist|follow)\b", re.IGNORECASE)
# A note's line in lower case that opens with how often ("usually seen in infants; often
# follows a cold"): its subject, the topic, left out; and each later clause of such a line
# (_NOTE_CLAUSE: "...; may follow a scratch").
_NOTE_VERBS = r"follows|affects|causes|presents|occurs|starts|begins"
_NOTE_ADVERB = re.compile(r"(?:usually|often|mostly|typically|commonly|frequently|mainly) "
                          rf"(?:seen|found|{_NOTE_VERBS})\b")
_NOTE_CLAUSE = re.compile(r";\s+((?:usually |often |mostly |typically |commonly |frequently )?"
                          rf"(?:{_NOTE_VERBS}|may|can)\b)")
# A fact box's field ("Causes: germ G", "Spreads - by touch").
_FIELD = re.compile(r"[\w ]{1,30}?\s*(?::|\s[-\u2013\u2014]\s)")
# A clause with its own subject and verb after a comma ("..., the rash may spread").
_OWN_CLAUSE = re.compile(r",\s+(?:the |a |an |this |these |its |their |most |some )?"
                         r"[\w-]+(?: [\w-]+)? (?:is|are|was|were|can|may|might|will|has|have|"
                         r"does|do|should|must)\b", re.IGNORECASE)


def modal_item(text: str) -> bool:
    """Return whether a list item opens with a modal and its verb ("may follow a graze",
    "can lead to shock"): a note's line said of the topic, not a name.

    >>> modal_item("may follow minor trauma"), modal_item("minor trauma")
    (True, False)
    """
    return (_MODAL.match(text.lstrip()) is not None or _COMMON_IN.match(text.lstrip()) is not
            None) and not _OWN_CLAUSE.search(text)


# "commonest in older people", "more common in men": a note's line on who gets the topic.
_COMMON_IN = re.compile(r"(?:(?:much |far |slightly )?more |most )?(?:common|commonest|frequent)"
                        r" (?:in|among)\b", re.IGNORECASE)


def topic_in_front(text: str, topic: str, *, overview: bool = False) -> str:
    """Return ``text`` with the topic named in front when it opens with its verb (a line in
    lower case only when it opens with a modal: a note's item, "may follow a graze").

    In an overview (``overview``), a line naming the kind of illness with no article opens
    a note's definition too; elsewhere such a line may name another illness (a
    complication "Skin infection caused by scratching").

    >>> topic_in_front("Acute febrile illness caused by a germ.", "pell fever", overview=True)
    'pell fever is acute febrile illness caused by a germ.'
    >>> topic_in_front("Skin infection caused by scratching.", "pell fever")
    'Skin infection caused by scratching.'
    """
    labelled = _FIELD.match(text) if topic else None
    if labelled is not None and labelled.group(0).rstrip(" :-\u2013\u2014").strip().lower() \
            == topic.lower():
        # "Pell fever: acute febrile illness caused by a germ": the line defines the topic
        rest = text[labelled.end():].lstrip()
        if _KIND_LINE.match(rest) or _BARE_KIND_LINE.match(rest):
            return f"{topic} is {rest[0].lower()}{rest[1:]}"
    if not topic or _FIELD.match(text) or not (text[:1].isupper() or _MODAL.match(text)
                                               or _NOTE_ADVERB.match(text)):
        return text  # "Causes: germ G" is a fact box's field, read as one
    if _KIND_LINE.match(text) or (overview and _BARE_KIND_LINE.match(text)):
        return f"{topic} is {text[0].lower()}{text[1:]}"
    # The verb forms are anchored and fail at once on most sentences; the search for a
    # clause of the line's own runs only on a line that opens with one.
    joined = "is " if _PARTICIPLE.match(text) else \
        "" if _VERB.match(text) or _MODAL.match(text) else None
    if joined is None or _OWN_CLAUSE.search(text):
        return text
    if "; " in text and not text[:1].isupper():
        # a note's line of clauses, each without its subject: "usually seen in infants;
        # often follows a cold; may follow a scratch"
        text = _NOTE_CLAUSE.sub(lambda m: f"; {topic} {m.group(1)}", text)
    return f"{topic} {joined}{text[0].lower()}{text[1:]}"
