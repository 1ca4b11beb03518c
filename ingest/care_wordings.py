"""Readings of how pages word care: who is given a remedy, and what a remedy item names.

Health pages name a remedy after a verb with its receiver ("Your doctor may give
you steroid tablets") and list remedies with the way they are given or what
they are for ("oxygen through a mask", "medicines to raise blood pressure").
The receiver and the route are not part of the remedy's name; these helpers
take them off so the rules in :mod:`.rules` read the remedy itself.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .caseless import lacks

_I = re.IGNORECASE

# "give you X", "offer your child X", "administer patients X": the person given
# to, between the verb and the remedy.  Only after verbs that take two objects:
# "recommend you rest" names an act, not a remedy.
_TWO_OBJECT_VERB = re.compile(r"\b(?:give|gives|offer|offers|administer|administers)\s*$", _I)
_RECEIVER = re.compile(r"^\s*(?:you|them|him|her|us|me|your (?:child|baby|son|daughter)|"
                       r"the (?:patient|person|child|baby)|patients|people|children)\s+"
                       r"(?!(?:to|that|if|when|how|about|for|with|in|on|at|a (?:call|ring|"
                       r"lift))\b)", _I)


def drop_receiver(verb: str, right: str) -> str:
    """Return the words after a giving verb without the person given to.

    >>> drop_receiver("give", " you steroid tablets.")
    ' steroid tablets.'
    >>> drop_receiver("recommend", " you rest.")
    ' you rest.'
    >>> drop_receiver("give", " you advice about diet.")
    ' advice about diet.'
    >>> drop_receiver("give", " aspirin to children under 16.")
    ' aspirin.'
    """
    if not _TWO_OBJECT_VERB.search(verb):
        return right
    m = _RECEIVER.match(right)
    right = " " + right[m.end():] if m else right
    # "Do not give aspirin to children under 16": the remedy, the people given to after it
    after = _RECEIVER_AFTER.search(right)
    return right[:after.start()] + after["end"] if after else right


_RECEIVER_AFTER = re.compile(r"\s+to (?:all |any |young |older |small )?(?:children|babies|"
                             r"infants|people|patients|adults|anyone|everyone|those|women|men|"
                             r"teenagers|you|them)\b[^.;]*(?P<end>[.;]?)\s*$", re.I)


# A remedy described by what it does, named as pages and references name it: "medicines
# to raise blood pressure" is a blood pressure medicine, "a machine to help you breathe"
# a breathing machine, "fluids through a drip" intravenous fluids (named so, the route
# no longer ends the list it is in).  Each row: the plain name, then what the description says.
_REMEDY = r"(?:medicines?|medications?|drugs?|tablets?)"
_TO = r"(?:that|which)? ?(?:to |that |which )?(?:can |will |may )?(?:help )?(?:to )?"
_BY_PURPOSE: tuple[tuple[str, str], ...] = (
    ("blood pressure medicine", rf"{_REMEDY} {_TO}(?:raise|raises|increase|increases|support|"
                                r"supports|boost|boosts|maintain|maintains|keep up|keeps up)"
                                r" (?:your |the |their |a person's )?blood pressure"),
    ("blood pressure medicine", rf"{_REMEDY} (?:for|to control) (?:your |the |their |low )?"
                                r"blood pressure"),
    ("breathing machine", rf"(?:a |the )?(?:machine|ventilator)s? {_TO}(?:breathe|breathes|"
                          r"(?:help|helps) (?:you |them |him |her |your child |the patient )?"
                          r"(?:to )?breathe|breathing)"),
    ("intravenous fluids", r"fluids? (?:given )?(?:directly )?(?:through|via|by|into) (?:a |an "
                           r"|the )?(?:drip|vein|veins|intravenous line|iv line|iv)\b"),
    # ("medicines to reduce pain and inflammation": two remedies, no remedy "inflammation")
    ("pain medication and anti-inflammatory medication",
     rf"{_REMEDY} {_TO}(?:ease|eases|relieve|relieves|reduce|reduces|control|controls|manage|"
     r"treat) (?:the |your |any )?pain and (?:the |any )?(?:inflammation|swelling)"),
    ("anti-inflammatory medication", rf"{_REMEDY} {_TO}(?:ease|eases|relieve|relieves|reduce|"
                                     r"reduces|control|controls|calm|calms|fight|fights) "
                                     r"(?:the |your |any )?(?:inflammation|swelling)"
                                     r"(?: and (?:the |any )?pain)?"),
    ("pain medication", rf"{_REMEDY} {_TO}(?:ease|eases|relieve|relieves|reduce|reduces|control|"
                        r"controls|help with|manage|treat) (?:the |your |any )?pain"),
    ("fever reducer", rf"{_REMEDY} {_TO}(?:bring down|brings down|lower|lowers|reduce|reduces|"
                      r"control|controls) (?:the |your |a |any )?(?:high )?(?:fever|temperature)"),
    ("blood thinner", rf"{_REMEDY} {_TO}(?:thin|thins) (?:the |your )?blood|{_REMEDY} {_TO}"
                      r"(?:prevent|prevents|stop|stops) (?:the )?(?:blood )?(?:from )?"
                      r"clot(?:s|ting)?"),
    ("immunosuppressive medicine", rf"{_REMEDY} {_TO}(?:suppress|suppresses|dampen|dampens|"
                                   r"calm|calms|weaken|weakens|lower|lowers)(?: down)? "
                                   r"(?:your |the |their |a person's )?immune "
                                   r"(?:system|response)"),
    ("muscle relaxant", rf"{_REMEDY} {_TO}(?:control|controls|relax|relaxes|ease|eases|relieve|"
                        r"relieves|reduce|reduces|stop|stops|calm|calms|treat) (?:the |your |any "
                        r")?(?:muscle )?(?:spasms?|cramps?|stiffness)"),
)
_PURPOSE_NAMES = tuple((name, re.compile(rf"(?<![\w-])(?:an? |the |some |your |certain |other )?"
                                        rf"(?:{rx})\b", _I))
                       for name, rx in _BY_PURPOSE)
# A word each row's description must hold (lower case), so most rows are never searched.
_ROW_KEYS: tuple[tuple[str, ...], ...] = (
    ("pressure",), ("pressure",), ("breath",), ("fluid",), ("pain",), ("inflam", "swell"),
    ("pain",), ("fever", "temperature"),
    ("blood",), ("immune",), ("spasm", "cramp", "stiff"))
# Every description above holds one of these words (a cheap test before the patterns).
_PURPOSE_WORDS = ("medic", "drug", "tablet", "machine", "ventilator", "fluid")
_PURPOSE_GATE = re.compile("|".join(_PURPOSE_WORDS), _I)


@lru_cache(maxsize=65536)
def name_by_purpose(text: str) -> str:
    """Return ``text`` with each remedy described by what it does named plainly.

    >>> name_by_purpose("medicines to raise your blood pressure")
    'blood pressure medicine'
    >>> name_by_purpose("a machine to help you breathe")
    'breathing machine'
    >>> name_by_purpose("fluids through a drip and oxygen")
    'intravenous fluids and oxygen'
    >>> name_by_purpose("medicine to bring down a high temperature")
    'fever reducer'
    >>> name_by_purpose("antibiotics and medicine to ease pain")
    'antibiotics and pain medication'
    >>> name_by_purpose("a new medicine")
    'a new medicine'
    """
    # (The words as substrings first: an ASCII text without them is turned away without
    # a case-insensitive pass; any other text still meets the pattern.)
    if lacks(text, _PURPOSE_WORDS) or _PURPOSE_GATE.search(text) is None:
        return text
    low = text.lower()
    for (name, rx), key in zip(_PURPOSE_NAMES, _ROW_KEYS, strict=True):
        if any(k in low for k in key):
            text = rx.sub(name, text)
    return text


# "To avoid it, change plasters often", "To help prevent this, do not share towels": the
# command after a clause saying what it keeps away is the preventive act.
TO_AVOID = re.compile(r"^\s*to (?:help )?(?:avoid|prevent|stop|protect (?:yourself |your child "
                      r"|yourselves |others )?(?:against|from)) (?:getting |developing |catching "
                      r"|spreading )?(?P<x>[\w' -]{1,40}?),\s*(?P<act>.+)$", _I)
# "You can protect yourself (against it) by getting vaccinated": the acts after "by".
PROTECT_BY = re.compile(r"^\s*(?:you |we |they |people )?(?:can |could |may |should )?(?:help )?"
                        r"(?:protect|keep) (?:yourself|yourselves|your child|your children|your "
                        r"family|others|themselves|them|ourselves|you)(?: safe)?"
                        r"(?: (?:against|from) (?:getting |catching )?(?P<x>[\w' -]{1,40}?))?"
                        r" by (?P<act>[^.;]+)", _I)


# A treatment list item worded as what is done to the reader ("being given oxygen",
# "receiving fluids"): the remedy is what follows.
_DONE_TO_READER = re.compile(r"^\s*(?:given|put on|started on|treated with|getting|receiving|"
                             # ("Treat with X and Y": a clinician's command, the remedies)
                             r"get|receive|(?:treat|manage)(?: (?:it|them|patients))? with)"
                             r"\s+(?:an? |some |the )?(?=\w)", _I)
# Care named by where it is given: "staying in hospital for a few days", "close monitoring
# in an intensive care unit".  (Each row: the plain name, what the item says.)
_SETTINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("intensive care", re.compile(
        r"^\s*(?:an? |the )?(?:close |careful )?(?:stay(?:ing)?|admission|being admitted|"
        r"monitoring|care|treatment|being (?:looked after|cared for|treated|monitored))"
        r"(?: (?:in|to|into|on))? (?:an? |the )?(?:intensive care(?: unit)?|icu|critical care)"
        r"\b.*$", _I)),
    ("hospital treatment", re.compile(
        r"^\s*(?:an? |the )?(?:(?:short |long |longer )?stay(?:ing)?|admission|being admitted|"
        r"being (?:looked after|cared for|treated|monitored))(?: (?:in|to|into))? "
        r"(?:an? |the )?hospital\b.*$", _I)),
)


# "removing dead tissue from a wound": where it is taken from is no part of the act.
_FROM_WOUND = re.compile(r"^((?:removing|removal of|cutting away|cutting out)\s.{3,40}?)\s+from "
                         r"(?:a |the |your |any |an )?(?:wounds?|sores?|ulcers?|the skin|skin|"
                         r"the body|(?:affected )?areas?)\b", _I)


def remedy_item(text: str) -> str:
    """Return a treatment list item's words for the remedy it names.

    >>> remedy_item("given oxygen"), remedy_item("receiving fluids")
    ('oxygen', 'fluids')
    >>> remedy_item("staying in hospital for a few days")
    'hospital treatment'
    >>> remedy_item("close monitoring in an intensive care unit")
    'intensive care'
    >>> remedy_item("removing dead tissue from a wound")
    'removing dead tissue'
    >>> remedy_item("rest")
    'rest'
    """
    text = _DONE_TO_READER.sub("", text, count=1)
    text = _FROM_WOUND.sub(r"\1", text, count=1)
    if "hospital" in text.lower() or "care" in text.lower() or "icu" in text.lower():
        for name, rx in _SETTINGS:
            if rx.match(text):
                return name
    return text


# "removing the source, such as a splinter": the examples are what is removed.
REMOVING = re.compile(r"^\s*(?:removing|removal of|remove|taking out|take out)\b", _I)


# "treated by giving antibiotics and removing the plaster": the remedy given is named
# alone, the act of taking something out by its noun.
_GIVING = re.compile(r"^(?:giving|administering|prescribing|using|taking|starting|receiving)\s+"
                     r"(?:the |a |an |some |any )?(?P<x>\S.*)$", _I)
_TAKING_OUT = re.compile(r"^(?:removing|removal of|taking out)\s+(?:the |a |an |any |all )?"
                         r"(?P<x>[\w-]+(?: [\w-]+){0,2})$", _I)


@lru_cache(maxsize=65536)
def remedy_act(label: str) -> str:
    """Return a remedy worded as an act ("giving antibiotics") as the remedy's name.

    >>> remedy_act("giving antibiotics"), remedy_act("removing the infected plaster")
    ('antibiotics', 'removal of infected plaster')
    >>> remedy_act("removing dead tissue from a wound")
    'removal of dead tissue'
    >>> remedy_act("rest")
    'rest'
    """
    label = _FROM_WOUND.sub(r"\1", label, count=1)
    given = _GIVING.match(label)
    if given is not None:
        return given["x"]
    out = _TAKING_OUT.match(label)
    return f"removal of {out['x']}" if out is not None else label


# "People who have been vaccinated are much less likely to get it": what they did prevents it.
# ("Smokers are less likely to get it": a group named by what it does)
WHO_LESS_LIKELY = re.compile(
    r"^\s*(?:(?:(?:most |many )?(?:people|those|children|adults|anyone|women|men|patients)|"
    r"someone|a person) who (?P<x>[^.;,]{3,80}?)|(?P<doers>(?:heavy |regular |current )?"
    r"[a-z]{3,}ers)) (?:are|were|is|was) (?:much |far |a lot |"
    r"significantly |also )?less likely to (?:get|develop|catch|have|become ill with) "
    r"(?P<y>[\w' -]{2,40}?)\s*[.;]?\s*$", _I)
_VACCINATED = re.compile(r"^(?:have been|has been|are|were|get|got|had been|had|have had) "
                         r"(?:fully |properly )?(?:vaccinated|immuni[sz]ed|(?:the |a )?vaccine)$",
                         _I)


def vaccinated(clause: str) -> bool:
    """Return whether "who <clause>" says they were vaccinated.

    >>> vaccinated("have been vaccinated"), vaccinated("had the vaccine"), vaccinated("smoke")
    (True, True, False)
    """
    return _VACCINATED.match(clause.strip()) is not None


# Commands worded so the act's verb and its object come apart: "Take out the old one",
# "Clean and cover any cuts" (each verb takes the object).
_TAKE_OUT = re.compile(r"^(\s*(?:(?:never|don't|do not|always|try to|remember to|be sure to|"
                       r"make sure you)\s+)?)(?:take|taking) out\b", _I)
_TAKE_IT_OUT = re.compile(r"^(\s*)(?:take|taking) (it|them|(?:the |your |any )?[\w-]+(?: [\w-]+)?)"
                          r" out\b", _I)
_TWO_VERBS = re.compile(r"^(\s*)(clean|wash|cover|dress|dry|check|inspect) (?:and|or) (clean|"
                        r"wash|cover|dress|dry|check|inspect|protect|care for|look after) "
                        r"(\S.*)$", _I)


# A guideline's advice to pass on: "Advise people (to remove ticks promptly)".
_ADVISE_PEOPLE = (r"(?:advise|tell|encourage|remind|teach|ask) (?:people|patients|parents|"
                  r"carers|them|everyone)")
ADVICE_FRAME = re.compile(rf"\s*{_ADVISE_PEOPLE}\s*", re.I)
# "It is important to", "You should", "Try to", "Make sure you": a frame before a command.
_COMMAND_FRAME = re.compile(r"^\s*(?:(?:it is|it's|it\u2019s) (?:important|best|wise|a good "
                            r"idea|essential|vital|sensible|advisable) to|you should(?: also)?|"
                            rf"try to|remember to|always|make sure (?:you|to)|{_ADVISE_PEOPLE} to)"
                            r"\s+", re.I)


def plain_command(text: str) -> str:
    """Return a command with its verb next to its object, one verb to an object.

    >>> plain_command("Take out the last plaster at night")
    'remove the last plaster at night'
    >>> plain_command("Clean and cover any cuts straight away")
    'Clean any cuts straight away and cover any cuts straight away'
    >>> plain_command("Wash your hands")
    'Wash your hands'
    """
    low = text.lstrip().lower()
    if low.startswith(("it is", "it's", "it\u2019s", "you should", "try to", "remember to",
                       "always", "make sure", "advise", "tell", "encourage", "remind", "teach",
                       "ask")):
        # "It is important to avoid sharing towels": the command after the frame.
        text = _COMMAND_FRAME.sub("", text, count=1)
        low = text.lstrip().lower()
    if "take" in low[:30] and " out" in low:
        text = _TAKE_OUT.sub(r"\1remove", text, count=1)
        text = _TAKE_IT_OUT.sub(r"\1remove \2", text, count=1)
    two = _TWO_VERBS.match(text) if " and " in low or " or " in low else None
    if two is not None:
        text = f"{two[1]}{two[2]} {two[4]} and {two[3]} {two[4]}"
    return text
