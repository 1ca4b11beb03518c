"""How long something lasts or takes: "2 to 4 weeks", "within 72 hours", "the incubation
period is usually 1 to 3 days".

A time phrase is a period only where its clause says something lasts, heals, takes, starts or
kills that long (:func:`duration` asks `_is_duration`); otherwise it is a date, an age or
the horizon of a proportion ("80 % die within a year"), which :mod:`.quantities` reads.  What
the period is of comes from the words around it (`_lasting`).
"""

from __future__ import annotations

import math

from claimgraph.graph.model import UNIT_DAYS, Bound, Measure
from claimgraph.ingest import re_cache as re

from . import caseless
from .cues import clause_bounds
from .figure_base import (
    NUMW,
    PCT,
    Figure,
    gap as _gap,
    parse_number,
    says as _says,
)
from .figure_context import (
    NOT_A_THING as _NOT_A_THING,
    SIGN_LEAD as _SIGN_LEAD,
    SOMEONE_FIRST as _SOMEONE_FIRST,
    WHOSE as _WHOSE,
    antecedent as _antecedent,
    thing_lasting as _thing_lasting,
    treated_when as _treated_when,
    which_cases as _which_cases,
)
from .normalize import label_key

_I = re.IGNORECASE

# A proportion in the clause makes its time phrase a horizon, not a duration.
PROPORTION_IN = re.compile(rf"\d\s*(?:%|percent\b|per cent\b)|\b(?:half|thirds?|quarters?|tenth|"
                           rf"fifths?|sixth)\s+(?:of|will|would|may|can|are|were|have|had)\b|"
                           rf"\b\d/\d{{1,2}}\s+of\b|"
                           rf"\b{NUMW}{PCT}|\b(?:out of|in every|of every)\s+"
                           rf"{NUMW}|\b{NUMW}\s+in\s+{NUMW}\b(?!\s+(?:hours?|days?|weeks?|"
                           rf"months?|years?))", _I)
# Cheap first look: most sentences hold no number at all.
ANY_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|dozen|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|thirds|"
    r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    r"quarter|quarters|tenths?|fifths?|sixth|eighth|twice)\b|fold\b|"
    r"\b(?:a|an) (?:hour|day|week|month|year)\b", _I)
# ANY_NUMBER less its digit, and the words one of which each of its matches holds (checked
# in tests/test_gates.py): most sentences hold no number at all, and a substring test of
# these words turns them away at a fifth of the cost of the scan (see has_number).
_NUMBER_WORDS_ONLY = re.compile(ANY_NUMBER.pattern.removeprefix("\\d|"), ANY_NUMBER.flags)
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "fifteen", "twent", "thirt", "forty", "forties", "fift",
                 "dozen", "hundred", "thousand", "half", "third", "quarter", "twice", "fold",
                 "hour", "day", "week", "month", "year")
_DIGIT = re.compile(r"\d")


def has_number(text: str) -> bool:
    """Return whether ANY_NUMBER finds a number in ``text``: a digit, else a number word.

    The same answer as ``caseless.search(ANY_NUMBER, text) is not None``: a digit
    is a match of its first branch, and without one only the rest of the pattern
    can match, which needs one of its words.
    """
    if _DIGIT.search(text) is not None:
        return True
    return not caseless.lacks(text, _NUMBER_WORDS) and \
        caseless.search(_NUMBER_WORDS_ONLY, text) is not None


# Words that say something lasts, heals or goes: a period in their clause is how long.
_LASTING_WORDS = (r"lasts?|lasting|lasted|lingers?|lingering|lingered|hangs? around|"
                  r"drags? on|heals?|healing|healed|"
                  # ("the blisters crust over in 7 days", "the scabs fall off after 2 weeks")
                  r"crusts? over|crusted over|scabs? over|dr(?:y|ies) (?:up|out)|falls? off|"
                  r"fell off|"
                  r"clears?(?: up)?|cleared|"
                  r"recover\w*|resolves?|resolved|go(?:es)? away|disappears?|persists?|"
                  r"get(?:s)? better|improves?|settles?|fades?|incubation")
_DURATION_VERB = re.compile(
    rf"\b(?:{_LASTING_WORDS}|takes?|taking|took|within|for|"
    # "new spots keep forming over 3-5 days", "peaking at 48 to 72 hours"
    r"continues? to|continued to|keeps? on|keeps? \w+ing|peaks?|peaking|peaked|"
    # ("pain may precede the rash by 2 to 4 days": how long before it)
    r"precedes?|preceded|preceding|"
    # ("steroids are tapered over 6-12 months": how long the dose is brought down)
    r"tapered|weaned)\b", _I)
# "3 to 30 days after the bite", "2 days before the rash": a time from one event to another.
_ONSET = re.compile(r"\s+(?:after|before|later|earlier|following)\b", _I)
_UNITS = {"hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years",
          "hr": "hours", "wk": "weeks", "mo": "months", "yr": "years", "h": "hours", "d": "days",
          "minute": "minutes", "min": "minutes"}
# What a period is the time of, when the clause names an event rather than a
# thing that lasts: "most people recover fully within 9 months" times the
# recovery, "treatment should start within 3 days" the start of treatment.
EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full recovery", re.compile(r"\b(?:(?:full|complete)(?:ly)? recover\w*|recover\w* "
                                 r"(?:fully|completely)|make an? (?:full|complete) recovery)\b",
                                 _I)),
    ("recovery", re.compile(r"\b(?:recover\w*|get(?:s|ting)? better|heal(?:s|ed)? from)\b", _I)),
    # ("remission usually occurs within 2 years"; "it clears up within 2 years" is how long
    # the illness itself lasts)
    ("remission", re.compile(r"\b(?:remission|remits|remitted)\b", _I)),
    ("improvement", re.compile(r"\b(?:improve[sd]?|improving|improvement)\b", _I)),
    ("recurrence", re.compile(r"\b(?:relapses?|relapsed|recurs|recurred|recurrences?|"
                              r"comes back|came back)\b", _I)),
    ("diagnosis", re.compile(r"\b(?:diagnosing|diagnosis|(?:is|be|are|being) diagnosed)\b", _I)),
    # "most who die do so within 48 hours": the time to death
    ("death", re.compile(r"\b(?:die|dies|died|dying|death|deaths)\b", _I)),
    # "weakness comes on fast, peaking at 48 to 72 hours": the time to the peak
    ("peak", re.compile(r"\bpeak(?:s|ing|ed)?\b", _I)),
)
# "Antivirals help, but you must start them within 3 days": the medicine named before.
_START_IT = re.compile(r"\b(?:start|begin|take|use|give)\s+(?:it|them)\b|\b(?:it|they)\s+"
                       r"(?:(?:do|does)\s+)?(?:should|must|needs? to|has to|have to)\s+be\s+"
                       r"(?:started|given|taken|begun)\b", _I)
# "Prednisolone is the best treatment, and it should be started ...": what "it" stands for.
_LEAD_THING = re.compile(r"^\W*(?:the |an? )?(?P<t>[\w'-]+(?: [\w'-]+){0,2}?) (?:is|are|was|were|"
                         r"can|may|will|should|helps?|works?)\b", _I)
_TREATMENT_WORD = (r"(?:therapy|treatment|medicines?|medication|tablets|antibiotics|antivirals?|"
                   r"steroids?)")
_TREATMENT_NAMED = re.compile(rf"\b(?P<t>(?:[\w'-]+ ){{0,2}}?{_TREATMENT_WORD})\b"
                              rf"(?! {_TREATMENT_WORD}\b)", _I)
_START_OF = re.compile(
    r"\b(?:(?P<x>[\w'-]+(?: [\w'-]+){0,3}?) (?:(?:do|does) )?(?:should|must|needs? to|has to|"
    r"have to|is best|works? (?:best|better) (?:if|when)(?: it is| it's| they are| they're)?|"
    # ("X is more effective if it is started early")
    r"(?:is|are) (?:more |most )?effective (?:if|when)(?: it is| it's| they are)?) "
    r"(?:be )?(?:begin|start|started|given|taken|begun|done|"
    r"performed|carried out|initiated|commenced)"
    r"|(?:start|begin|starting|beginning|started) (?P<y>(?:[\w'-]+ ){0,2}?(?:treatment|"
    r"therapy|medicines?|medication|tablets|antibiotics|antivirals?)(?: (?:treatment|therapy|"
    r"medicines?|medication|tablets))?)"
    r"|(?P<z>(?:[\w'-]+ ){0,2}?(?:treatment|therapy|medicines?|medication|antibiotics|"
    r"antivirals?|steroids?)) (?:begins|starts|is started|is given|is begun|"
    # ("treatment should start no later than 3 days after ...")
    r"(?:should|must|needs? to|has to|ought to) (?:ideally )?(?:start|begin)))\b", _I)


def _event(clause: str, at: int = 0) -> str | None:
    """Return what a period in ``clause`` times when it is an event (start, recovery).

    The event named nearest the period (at offset ``at``) wins: in "start
    treatment now; most improve within 3 weeks" the 3 weeks time the improvement.
    """
    found: list[tuple[int, int, str]] = []
    for start in _START_OF.finditer(clause):
        what = re.sub(r"^(?:the|your|a|an) ", "", (start["x"] or start["y"] or start["z"]).strip(),
                      flags=_I)
        what = re.split(r"\b(?:if|when|once|that|is|best|ideally|preferably|usually|always|and|"
                        r"but|so|then)\s+", what, flags=_I)[-1]
        what = re.sub(r"^(?:treatment|therapy) with ", "", what, flags=_I)
        what = re.sub(r"^((?:treatment|therapy)) for .*$", r"\1", what, flags=_I)
        if not _NOT_A_THING.match(what):
            found.append((_gap(start, at), 0, f"start of {what}"))
    breaks = [b.start() for b in _CLAUSE_JOIN.finditer(clause)] if ", " in clause else []
    for rank, (name, pattern) in enumerate(EVENTS, 1):
        for m in pattern.finditer(clause):
            if any(min(at, m.start()) <= b <= max(at, m.start()) for b in breaks):
                continue  # "It progresses for 2 weeks, and recovery takes a month": the
                # recovery is the second clause's
            found.append((_gap(m, at), rank, name))
    return min(found)[2] if found else None


# A joint between two clauses with subjects of their own.
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!(?:then|later|after)\b)", _I)


# "a 10-day course of steroid tablets": the period is the course's length.
_COURSE_OF = re.compile(r"\s*(?:course|treatment|dose|supply) of (?:the |a |an )?"
                        r"(?P<x>[\w' -]{2,40}?)(?=\s*(?:[,.;:()]|$| and | or | to | for | twice|"
                        r" at | in | with | by | from | if | when ))",
                        _I)
# "need 6 months of rehabilitation", "after 2 weeks of antibiotics": the care that long.
_OF_CARE = re.compile(r"\s+of\s+(?:the\s+|intensive\s+)?(?P<x>rehabilitation|rehab|physiotherapy|"
                      r"physical therapy|occupational therapy|(?:[\w-]+\s)?(?:treatment|therapy)|"
                      r"antibiotics|antivirals|steroids|bed rest|rest)\b", _I)
# Signs whose length pages give ("a fever for 5 days", "a cough lasting 3 weeks").
SIGN_WORDS = re.compile(r"(?:(?:high|raised|persistent|severe|dry|mild) )?(?:temperature|fever|"
                        r"cough|rash|pain|headache|diarrh(?:o)?ea|vomiting|swelling|itching|"
                        r"tiredness|fatigue|weakness|symptoms?)\s*$", _I)
# "a high temperature for 5 days": a sign and how long it lasts.
_SIGN_FOR = re.compile(r"(?P<x>[\w' -]{2,40}?)\s*(?:\([^)]*\)\s*)?(?:(?:that|which) "
                       r"(?:usually |often |can |may )?lasts?(?: for)?|lasting(?: for)?|for|of)"
                       r"\s+(?:at least |more than |over |up to |about |around )?$", _I)
# The words _SIGN_FOR's stretch ends in (see caseless.ends_without).
_SIGN_FOR_WORDS = ("for", "of", "last", "lasts", "lasting", "least", "than", "over", "to",
                   "about", "around")
# ("between 10 000 and 15 000 cases": thousands set apart by a space)
BETWEEN_AND = re.compile(rf"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?"
                         rf"(?P<x>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?!\d)|{NUMW})"
                         rf"(?:\s+(?:million|thousand|billion))?"
                         # ("between 12 hours and 3 days": the first end's own unit)
                         rf"(?:\s*(?P<xu>hours?|days?|weeks?|months?|years?))?\s+and\s+$", _I)
# The medicine a dose is of: "take prednisolone tablets twice a day", "This is usually
# prednisolone; 50mg once a day", "eye drops - put these in up to 6 times a day", "you may
# need eye drops up to 6 times a day".
_DOSED = re.compile(
    r"\b(?:take|takes|taking|taken|given|give|use|using|used|prescribed|prescribe|usually|"
    r"often|need|needs|apply|applied)\s+(?:a |an |the |your |some )?"
    r"(?!(?:up to|about|around|no more than)\b)(?P<x>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)??)"
    r"(?:\s+(?:tablets?|capsules?|pills?|medicine|injections?))?"
    r"(?:\s+(?:up to|about|around|no more than))?\s*(?:[;:,]|\s+\d|\s+"
    r"(?:once|twice|thrice|\w+ times)\b)", re.IGNORECASE)
# "Zorbulin is given 3 times a day", "put the drops in up to 6 times a day": the medicine
# named before the verb.
_DOSED_NAMED_FIRST = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:the\s+|your\s+)?(?P<x>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)\s+"
    r"(?:is|are|should be|must be|can be|may be|will be)\s+(?:usually\s+|normally\s+|often\s+)?"
    r"(?:given|taken|used|applied|inhaled|injected|needed)\s+(?=\d|\w+ times|once|twice|up to)"
    r"|\bput\s+(?:the\s+|your\s+|some\s+)?(?P<y>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)\s+in\b",
    re.IGNORECASE)
_COURSE_AFTER_DOSE = re.compile(r"(?:\b(?:a|per|each) day|\bdaily)\s+for\s+$", re.IGNORECASE)
_ITEM_HEAD = re.compile(r"^\W*(?P<x>[A-Za-z][\w -]{1,30}?)\s+[-–—:]\s")
_NOT_A_MEDICINE = re.compile(r"(?:it|this|these|them|they|one|that|medicine|treatment|"
                             r"a dose|doses?)$", re.IGNORECASE)


def dosed(sentence: str, start: int, end: int) -> str | None:
    """Return the medicine whose dose is stated at ``start:end``, if the sentence names one."""
    named = sorted((m.start(g), m[g]) for m in (*_DOSED.finditer(sentence, 0, end),
                                                 *_DOSED_NAMED_FIRST.finditer(sentence, 0, end))
                   for g in ("x", "y") if g in m.re.groupindex and m[g] is not None)
    found = [x for at, x in named if at < start and not _NOT_A_MEDICINE.match(x)
             and not ANY_NUMBER.match(x)]
    if found:
        return found[-1]
    head = _ITEM_HEAD.match(sentence)
    return head["x"] if head is not None and head.end() <= start else None


# "a six-week period": a period the page names as one.
_PERIOD_NOUN = re.compile(r"[\s-]*(?:period|spell|stretch|span)\b", _I)
# "3 days before the rash": never the horizon of a share said in the same clause.
_BEFORE_ONSET = re.compile(r"\s+(?:before|earlier than|prior to)\b", _I)
# ("no longer than 2 weeks": at most, though "longer than" alone is at least)
_UP_TO = re.compile(r"(?:within(?: the)?(?: first)?|(?:in|during) the first|up to|no more than|"
                    r"no later than|not later than|"
                    r"less than|under|fewer than|as long as|no longer than|not longer than|"
                    r"shorter than)\s*$", _I)
_AT_LEAST = re.compile(r"(?:at least|more than|over|longer than|as little as|as few as)\s*$", _I)
_OR_LONGER = re.compile(r"\s*(?:or|and) (?:even )?(?:longer|more)\b", _I)


_TAPERED_OVER = re.compile(r"\b(?:tapered|weaned)(?:\s+off)?\s+over\s+$", _I)


def _duration_bound(sentence: str, s: int, e: int, bound: Bound) -> Bound:
    """Return a single period's bound: "within 3 days", "in the first 3 days" are at most."""
    before = sentence[max(0, s - 30):s]
    if _UP_TO.search(before):
        return Bound.UPPER
    if _TAPERED_OVER.search(before):
        return Bound.EXACT  # "tapered over 2 weeks": spread over them, no "more than"
    if _AT_LEAST.search(before) or _OR_LONGER.match(sentence, e, e + 20):
        return Bound.LOWER
    return bound


# An encyclopedia infobox's "Duration" field ("Duration2–4 weeks"): how long the topic lasts.
# (or a "Duration:" label: "Duration: usually 2 to 4 weeks")
_DURATION_FIELD = re.compile(r"\W*Duration\s*(?::\s*(?:usually |typically |often |about |around |"
                             r"approximately )?)?$", _I)
# "The incubation period is usually 1 to 3 days", "the acute phase is about 10 days":
# a named stretch of time, how long it is.
# ("the mean duration of fever is 10 days": the fever's; "the average hospital stay")
_PERIOD_IS = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:the |an? |its |this |their )?"
    r"(?:(?:average|mean|median|typical|usual|total|overall) )?(?P<x>(?:[\w'-]+ ){0,2}?"
    r"(?:period|phase|stage)|(?:(?:hospital|intensive care|icu|critical care) stay|"
    # ("the median stay in intensive care is 9 days")
    r"stay in (?:the )?(?:hospital|intensive care(?: unit)?|icu|critical care)|hospital admission|"
    # ("the median time to diagnosis is 3 months")
    r"time to (?:the )?[\w'-]+(?: [\w'-]+){0,2}?|"
    r"length of (?:hospital )?stay)|(?:duration|length) of (?:the |an? )?(?P<of>[\w' -]{1,40}?)|"
    # ("the interval between exposure and symptoms", "the delay from onset to diagnosis")
    r"(?:time|interval|delay|lag) (?:from|between) [\w' -]{1,50}? (?:to|and|until) "
    # ("the time from catching it to the first signs tends to be 2-9 days")
    r"[\w' -]{1,40}?|"
    # ("the average delay in diagnosis is 2 years")
    r"(?:delay|lag) (?:in|to|before) (?:the )?[\w'-]+(?: [\w'-]+)?|(?:illness|disease) course)"
    r"\s+(?:(?:of|for) [\w' -]{1,30}? )?(?:is|was|are|can be|may be|"
    r"tends? to be|ranges|varies|averages?|averaged)\s+(?:(?:usually|typically|often|"
    r"generally|normally|"
    r"commonly|between|about|"
    r"around|roughly|approximately|from|anywhere from|up to|at least) )*$", _I)
_PERIOD_WORDS_NAMED = ("period", "phase", "stage", "time ", "duration", "length", "stay",
                       "interval", "delay", "lag", "course",
                       "admission", "incubation")
# A note's label: "Incubation: 3 to 7 days", "Incubation 2-10 days".
_INCUBATION_LABEL = re.compile(r"(?:^|[;.]\s*)\W*incubation(?: period| time)?\s*[:\-\u2013]?\s*"
                               r"(?:(?:usually|typically|about|around|approximately|roughly|"
                               r"from|between) )*$", _I)


def _period_named(sentence: str, lo: int, s: int) -> str | None:
    """Return the stretch of time a period is the length of ("the incubation period")."""
    window = sentence[max(lo, s - 120):s]
    if not any(map(window.lower().__contains__, _PERIOD_WORDS_NAMED)):
        return None
    vague = _VAGUE_TO.search(window)
    if vague is not None:  # "ranges from a few hours to 3 days": named before the vague end
        window = window[:vague.start()]
    m = _PERIOD_IS.search(window) or _PERIOD_OF.search(window)
    if m is None and _INCUBATION_LABEL.search(window):
        return "incubation period"
    if m is None and "delayed" in window:
        late = _DELAYED_BY.search(window)
        return f"delay in {late['x'].lower()}" if late is not None else None
    if m is None:
        return None
    named = re.sub(r"\s+", " ", m.groupdict().get("of") or m["x"]).strip()
    stay = _STAY_IN.fullmatch(named)
    if stay is not None:  # "stay in intensive care" is named as spent time is, one way
        where = (stay["where"] or stay["where2"] or stay["where3"] or "hospital").strip().lower()
        return "hospital stay" if where == "hospital" else "intensive care stay"
    return named


# ("length of stay" alone is the hospital's: the figure hospitals report)
_STAY_IN = re.compile(r"stay in (?:the )?(?P<where>hospital|intensive care(?: unit)?|icu|"
                      r"critical care)|(?P<where2>intensive care|icu|critical care) stay|"
                      r"length of (?P<where3>hospital |icu |intensive care )?stay", _I)


# "..., followed by a recovery phase of 2 to 4 weeks": a named stretch and its length after
# "of" (the stretch named nearest the period, not the one the sentence opened with).
# "Diagnosis is often delayed by 1 to 2 years": the length of the delay in that.
_DELAYED_BY = re.compile(r"(?:^|[,;:]\s*)\W*(?:(?:the|a|an)\s+)?(?P<x>[\w'-]+(?: [\w'-]+)?)\s+"
                         r"(?:is|are|was|were|can be|may be)\s+(?:(?:often|usually|typically|"
                         r"commonly|frequently)\s+)?delayed\s+(?:by|for)\s+(?:(?:about|around|"
                         r"up to|at least|more than|an average of)\s+)?$", _I)
_PERIOD_OF = re.compile(r"(?:^|[,;:(]\s*|\b(?:by|with|and|then|has|have|had)\s+)\W*"
                        r"(?:(?:the|an?|its|their)\s+)?"
                        r"(?P<x>(?:[\w'-]+ ){0,2}?(?:period|phase|stage))\s+(?:of|lasting)\s+"
                        r"(?:(?:about|around|roughly|approximately|up to|at least)\s+)?$", _I)


# "can die in as little as 12 hours", "is fatal within 2 days": how soon it kills.
_DEATH_IN = re.compile(r"\b(?:die|dies|died|fatal|kills?|killing|death (?:can |may |will )?"
                       r"(?:occurs?|follows?|comes?|results?))"
                       r"\b[\w ]{0,30}?\b(?:in|within)\s+(?:as little as |as few as |only |"
                       r"just |about |around |under |less than )?$", _I)
# "Shock may set in in as few as 2 days", "It can spread in under an hour": how soon a
# thing comes, a period that says so ("in 2 days" alone may be when, read elsewhere).
_SOON_IN = re.compile(r"\b(?:develops?|occurs?|happens?|comes? on|sets? in|follows?|appears?|"
                      r"starts?|begins?|progress(?:es)?|spreads?|worsens?)\b[\w ]{0,30}?\bin\s+"
                      r"(?:as little as|as few as|under|less than)\s+$", _I)
_DEATH_WORDS = ("die", "fatal", "kill", "death")
_AGAIN_WORDS = ("it is ", "this is ", "it was ", "it lasts ", "this was ")
# "..., but most often it is 5 to 8 days": the period the sentence gave, given again.
PERIOD_AGAIN = re.compile(r"\b(?:it|this)\s+(?:is|was|lasts)\s+(?:(?:usually|often|about|"
                          r"around|typically|only)\s+)?$", _I)
_PERIOD_BEFORE = re.compile(r"\d\s*(?:hours?|days?|weeks?|months?)\b", _I)


def _is_duration(sentence: str, s: int, e: int, clause: str, lo: int = 0) -> bool:
    """Return whether a period is how long something takes (not a date, an age or a horizon).

    ``lo`` is where the period's clause starts.
    """
    if _BEFORE_ONSET.match(sentence, e) or _PERIOD_NOUN.match(sentence, e) or \
            _DURATION_FIELD.match(sentence, 0, s):
        return True
    if _SPENT_IN.match(sentence, e) and _SPENT_BEFORE.search(sentence, max(lo, s - 30), s):
        return True  # "patients spend 2 to 4 weeks in hospital"
    if _survival_before(sentence, lo, s):
        # "Life expectancy is less than five years", "they live 3 to 5 years" (with a share in
        # the clause, "8 in 10 don't survive more than a year", the period is its horizon)
        return PROPORTION_IN.search(clause) is None
    if _period_named(sentence, lo, s) is not None and PROPORTION_IN.search(clause) is None:
        return True
    before = sentence[max(lo, s - 60):s].lower()  # (substring looks first: regexes are dear)
    if (" in " in before or "within" in before) and any(map(before.__contains__, _DEATH_WORDS)) \
            and _DEATH_IN.search(sentence, max(lo, s - 60), s):
        # "People can die in as little as 12 hours": how soon death comes (with a share in
        # the clause, "80 % die within a year", the period is the share's horizon)
        return PROPORTION_IN.search(clause) is None
    if ("as " in before or "under" in before or "less" in before) and \
            _SOON_IN.search(sentence, max(lo, s - 60), s):
        return PROPORTION_IN.search(clause) is None  # "may set in in as few as 2 days"
    if lo and any(map(before.__contains__, _AGAIN_WORDS)) and \
            PERIOD_AGAIN.search(sentence, max(lo, s - 40), s) and \
            _PERIOD_BEFORE.search(sentence, 0, lo):
        return True  # "3 to 12 days after X, but most often it is 5 to 8": the same period
    if _FOR_AFTER_COMMA.search(sentence, max(lo, s - 40), s) and \
            not PROPORTION_IN.search(sentence, s, e + 40):
        # "Steroids are needed in 50 % of patients, usually for 6 to 12 months": a period of
        # its own after the share's clause, no horizon of the share
        return True
    onset = _ONSET.match(sentence, e) or _COURSE_OF.match(sentence, e) or \
        _OF_CARE.match(sentence, e) or re.search(
        r"\bafter\s*$", sentence[max(0, s - 12):s], _I) or (
        _SPREAD_BEFORE.search(sentence, max(0, s - 30), s) and _COMES_ON.search(clause))
    return bool(_DURATION_VERB.search(clause) or onset) and not PROPORTION_IN.search(clause)


# ", usually for 6 to 12 months": a period said after a comma, as a phrase of its own.
_FOR_AFTER_COMMA = re.compile(r",\s*(?:and\s+)?(?:(?:usually|often|typically|generally|mostly|"
                              r"normally|sometimes)\s+)?(?:for|lasting)\s+(?:about\s+|around\s+|"
                              r"up to\s+|at least\s+|roughly\s+)?$", _I)


_SPREAD_OVER = re.compile(r"\bover (?:the (?:next |following |first )?)?$", _I)
# "Symptoms develop over 24 hours", "the weakness gets worse over 2 to 3 days": how long an
# onset takes, a period "over" which something comes on.
_COMES_ON = re.compile(r"\b(?:develops?|developing|developed|comes? on|came on|coming on|"
                       r"worsens?|worsening|worsened|gets? worse|getting worse|got worse|"
                       r"progress(?:es|ed|ing)?|evolves?|evolving|evolved|builds? up|"
                       r"spreads?|spreading)\b", _I)
# A period's other end given without a number: "3 days to a few weeks" is at least 3 days,
# "a few days to 3 weeks" at most 3 weeks.
_VAGUE = r"(?:a few|a couple of|several|some|many)\s+(?:more\s+)?(?:hours|days|weeks|months|years)"
_TO_VAGUE = re.compile(rf"\s*(?:to|-|–|or)\s*{_VAGUE}\b", _I)
_VAGUE_TO = re.compile(rf"\b{_VAGUE}\s*(?:to|-|–)\s*$", _I)
_VAGUE_WORDS = ("few", "couple", "several", "some", "many")


def _vague_end(sentence: str, s: int, e: int) -> tuple[Bound, int] | None:
    """Return the bound a period with a numberless other end has, and where the period ends."""
    if not _says(sentence, _VAGUE_WORDS):
        return None
    after = _TO_VAGUE.match(sentence, e)
    if after is not None:
        return Bound.LOWER, after.end()
    if _VAGUE_TO.search(sentence, max(0, s - 30), s):
        return Bound.UPPER, e
    return None


# A command or an act of care in a period's clause, and words that say something lasts: "Do
# not leave a tampon in for longer than 8 hours", "Doctors prescribe X for two weeks" time
# what to do, not how long the topic lasts (unless the clause says so).
_CARE_ACT = re.compile(r"^\W*(?:do not|don't|never|avoid|try not to)\b|\b(?:prescribe[sd]?|"
                       r"prescribing|give|gives|giving|use|uses|using|leave|leaving|wear|"
                       r"wearing|rest|resting)\b"
                       # "take them for 6 months", not "some take up to 3 months"
                       r"|\btak(?:e|es|ing) (?!(?:up to|about|around|roughly|longer|more|less|"
                       r"several|a|an|many|some|between|at least|over|under|only|just)\b|\d)"
                       r"[a-z]", _I)
_LASTS = re.compile(rf"\b(?:{_LASTING_WORDS}|continues?)\b", _I)
# "a day or two", "a week or two": the unit said once, between its two numbers.
_OR_TWO = re.compile(r"\s+or\s+two\b", re.I)


def duration(m: re.Match[str], sentence: str, s: int, e: int, bound: Bound,
              context: str = "") -> Figure | None:
    """Return how long something lasts or takes, and what, when the clause says so.

    Shown, never in a conflict: "within 72 hours" (when to start) and "lasts 2
    weeks" (how long it goes on) read alike to a rule; only the time to a full recovery
    is sure enough to compare.
    """
    lo_c, hi_c = clause_bounds(sentence, s)
    vague = _vague_end(sentence, s, e) if not m["b"] else None
    if vague is not None:
        e = vague[1]  # "3 days to a few weeks later": the vague end is the period's too
    clause = sentence[lo_c:max(hi_c, e)]
    # ("A day or two before the rash, ...": the period ends after "or two")
    two_end = two.end() if m["a"].lower() in ("a", "an", "one") and (
        two := _OR_TWO.match(sentence, e)) else e
    if not _is_duration(sentence, s, two_end, clause, lo_c):
        return None  # a date, an age, or the horizon of a proportion in the clause
    value = low = high = None
    between = BETWEEN_AND.search(sentence, max(0, s - 40), s) if not m["b"] and \
        _says(sentence, ("between",)) else None
    unit = _UNITS[m["u"].lower().rstrip("s")]
    if m["b"] and m["u0"]:
        # "3 days to 2 weeks": one range in the first end's (smaller) unit
        first = _UNITS[m["u0"].lower().rstrip("s")]
        low, high, bound = parse_number(m["a"]), parse_number(m["b"]), Bound.RANGE
        if UNIT_DAYS[unit] > UNIT_DAYS[first]:
            high, unit = round(high * UNIT_DAYS[unit] / UNIT_DAYS[first], 3), first
    elif m["b"]:
        low, high, bound = parse_number(m["a"]), parse_number(m["b"]), Bound.RANGE
    elif between is not None and between["xu"] and UNIT_DAYS[_UNITS[between["xu"].lower(
            ).rstrip("s")]] < UNIT_DAYS[unit]:
        # "between 12 hours and 3 days": one range in the first end's (smaller) unit
        first = _UNITS[between["xu"].lower().rstrip("s")]
        low, bound = parse_number(between["x"]), Bound.RANGE
        high, unit = round(parse_number(m["a"]) * UNIT_DAYS[unit] / UNIT_DAYS[first], 3), first
        s = between.start("x")
    elif between is not None and parse_number(between["x"]) < parse_number(m["a"]):
        # "between 2 and 10 days": a range whose first number stands alone
        low, high, bound = parse_number(between["x"]), parse_number(m["a"]), Bound.RANGE
        s = between.start("x")
    elif m["a"].lower() in ("a", "an", "one") and (two := _OR_TWO.match(sentence, e)):
        # "within a day or two": one to two of the unit
        low, high, bound = 1.0, 2.0, Bound.RANGE
        e = two.end()
    else:
        value = parse_number(m["a"])
        bound = _duration_bound(sentence, s, e, bound) if vague is None else vague[0]
        if bound is Bound.LOWER and _SPREAD_OVER.search(sentence, max(0, s - 25), s) and \
                _COMES_ON.search(clause):
            bound = Bound.APPROX  # "develops over 48 hours": during, not more than
    if any(x is not None and not math.isfinite(x) for x in (value, low, high)):
        return None
    population = _treated_when(clause) or _which_cases(sentence, lo_c, s, e, max(hi_c, e))
    if population is None and lo_c > 1:
        # "Untreated, the fever lasts 2 weeks", "Without treatment, it lasts ...": the lead
        # said before the clause (a few words) says who the period is for
        lead = sentence[clause_bounds(sentence, lo_c - 2)[0]:lo_c]
        population = _treated_when(lead) if len(lead.split()) <= 6 else None
    measure = Measure("duration", value=value, low=low, high=high, bound=bound,
                      unit=unit, population=population)
    # ("needed for several weeks, sometimes up to 3 months": what the first period is of)
    more = _SOMETIMES_MORE.search(sentence, lo_c, s) if "," in sentence[lo_c:s] else None
    subject = _lasting(sentence, s if more is None else more.start(), e, lo_c, clause, context)
    required = _REQUIRES.match(subject) if subject else None
    if required is not None:
        subject = required["x"]  # "The diagnosis requires fever lasting 5 days": the fever
    if subject is not None and _BARE_CARE.fullmatch(subject):
        # "treatment lasts 1 to 2 years": the course, named so ("treatment should start no
        # later than 3 days after": its start)
        started = _event(clause, s - lo_c)
        subject = started if started is not None and started.startswith("start of ") \
            else "treatment course"
    if subject is None and _NO_RESPONSE_BEFORE.search(sentence, max(lo_c, s - 40), s):
        return None  # "if there is no response after 48 hours": when to change, no period of it
    if subject is None and _COURSE_FOR.search(sentence, max(lo_c, s - 25), s) and \
            _CARE_IN_CLAUSE.search(sentence, lo_c, s):
        subject = "treatment course"  # "First-line treatment is oral X for 10 days"
    if subject in ("recovery", "full recovery", "improvement") and _NOT_BETTER.search(clause):
        return None  # "if the fever doesn't get better in three days": no recovery time
    if _survival_before(sentence, lo_c, s) and not (subject or "").endswith(" survival"):
        # "people live about 3 to 5 years after diagnosis", "median survival is 3 years": how
        # long they live (the event after "after" is where the time is counted from; a germ
        # that lives on surfaces is its own "germ survival")
        subject = "survival"
    if subject is None and _CARE_ACT.search(clause) and not _LASTS.search(clause):
        return None  # "Do not leave X in for over 8 hours": how long to do something
    if subject is None and _says(sentence, _DEATH_WORDS) and \
            _DEATH_IN.search(sentence, max(lo_c, s - 60), s):
        subject = "death"  # "it is fatal in 1 to 2 days": the time to death
    # ("germ survival": a description the phrase reader would cut down to "germ")
    # The time to a full recovery is the one period no rule mistakes for when to act
    # ("Most people recover completely within 3 to 4 months"): sure enough to compare.
    return Figure(measure, s, e, None, subject, 0.6 if subject == "full recovery" else 0.45,
                  as_written=subject is not None and subject.endswith(" survival"))


# A criterion's lead before what lasts: "(the) diagnosis requires", "criteria include".
_REQUIRES = re.compile(r"^\s*(?:the\s+)?(?:diagnosis|definition|criteria|case definition)\s+"
                       r"(?:requires?|needs?|includes?|is|are)\s+(?P<x>\S.*)$", _I)


# "oral X for 10 days" in a clause about care: how long the course is.
_COURSE_FOR = re.compile(r"\bfor\s+(?:(?:about|around|at least|up to|a further|another|a total "
                         r"of)\s+)?$", _I)
_CARE_IN_CLAUSE = re.compile(r"\b(?:treatment|therapy|antibiotics?|antivirals?|antifungals?|"
                             r"medicines?|medications?|tablets?|first-line|second-line|course|"
                             r"prescribed|dose|doses|orally|oral|intravenous(?:ly)?|bd|tds|qds|"
                             r"bid|tid|qid)\b|\d\s?(?:mg|mcg|ml)\b", _I)
# "if there is no response after 48 hours", "without improvement within 3 days".
_NO_RESPONSE_BEFORE = re.compile(r"\b(?:no|without|not|lack of|poor)\s+(?:\w+\s+)?(?:response|"
                                 r"improvement|responding|improving)\s+(?:after|within|by|in|"
                                 r"at)\s+(?:about\s+|around\s+)?$", _I)


# Recovery denied: "does not get better", "hasn't improved", "no longer recovering".
_NOT_BETTER = re.compile(r"(?:\bnot|n't|n\u2019t|\bnever|\bno longer)\s+(?:\w+\s+)?"
                         r"(?:get(?:ting|s)? better|improv\w*|recover\w*|heal\w*)", _I)


# How long people live: "life expectancy is ...", "median survival of ...", "they live (for)
# about ...", "most survive ..." (the period right after the words).
_SURVIVAL_BEFORE = re.compile(
    r"\b(?:life expectancy|(?:median |mean |average |overall )?survival(?: time)?|"
    r"(?:live|lives|survive|survives|survived)(?: for)?(?: only)?(?:,? on average,?)?)"
    r"(?:\s+(?:is|was|of|are))?(?:\s+(?:generally|usually|typically|often|now))?"
    r"(?:\s+(?:about|around|approximately|roughly|up to|more than|less than|over|under|"
    r"an average of|between|at least|only))*\s*$", _I)


def _survival_before(sentence: str, lo: int, s: int) -> bool:
    """Return whether the words right before a period say how long people live."""
    before = sentence[max(lo, s - 60):s].lower()
    return ("liv" in before or "surviv" in before or "expectancy" in before) and \
        _SURVIVAL_BEFORE.search(sentence, max(lo, s - 60), s) is not None


# A longer end said after a comma: "for several weeks, sometimes up to 3 months" (what lasts
# is named before the first, vague, period).
_SOMETIMES_MORE = re.compile(
    r"(?:\b(?:several|a few|a couple of|many|some)\s+(?:hours|days|weeks|months|years)\s*)?,\s*"
    r"(?:and\s+|but\s+)?(?:sometimes|occasionally|rarely|or even|even|in some cases)\s+"
    r"(?:up to\s+|as long as\s+|for\s+|more than\s+|over\s+)?$", _I)


# "In rare cases the fever can last ...", "with the rash lasting ...": the thing named right
# before the verb, the clause's start being taken by other words.
_NEAR_STOP = (r"(?!(?:and|or|it|is|are|was|were|be|been|to|of|in|on|at|for|then|with|the|a|an|"
              r"can|may|will|might|could|should|would|usually|often|typically|generally|normally|"
              r"sometimes|always|eventually|mostly|mainly|only|continues?|tends?|must|needs?|"
              r"you|we|they|he|she|i|that|which|who)\b)")
_LASTS_NEAR = re.compile(
    r"(?:^|[^\w\s'-]\s*|\b(?:the|your|a|an|this|these|with|while|whereas|but)\s+)"
    # ("swelling of the hands appears ...": the swelling, with what it is of)
    rf"(?P<x>(?:{_NEAR_STOP}[\w'-]+ of (?:the |your )?)?{_NEAR_STOP}[\w'-]+"
    rf"(?: {_NEAR_STOP}[\w'-]+){{0,2}})"
    r"(?: and/or [\w'-]+)? (?:(?:usually|often|typically|generally|normally|sometimes|always|"
    r"eventually|mostly|mainly|only|can|may|will|might|could|should|continues? to|tends? to) )*"
    r"(?P<verb>lasts?|lasting|lingers?|lingering|hangs? around|drags? on|heals?|clears?|"
    r"crusts? over|scabs? over|dr(?:y|ies) (?:up|out)|falls? off|"
    # ("the itching usually stops within 5 days", "the numbness wears off")
    r"stops?(?=\s+(?:within|after|in|by)\b)|wears? off|dies? down|"
    r"goes away|go away|disappears?|"
    # ("the redness spreads over 24 hours": how long it takes to spread, with "over")
    r"spreads?|worsens?|gets? worse|"
    r"persists?|persisting|resolves?|settles?|fades?|occurs?|appears?|starts?|begins?|"
    r"develops?|happens?|shows? up|comes? on|sets? in|comes?|came|crops? up|forms?|"
    r"continues? to \w+|"
    r"keeps? \w+ing|precedes?|preceded|"
    # ("numbness can remain for months")
    r"remains?(?=\s+for\b)|"
    # ("the swelling goes down within 2 weeks", "the fever breaks after 3 days")
    r"goes down|go down|subsides?|eases?|breaks?|"
    # ("steroid treatment usually continues for 12 months")
    r"continues?(?=\s+for\b)|continued(?=\s+for\b)|"
    # ("organ failure may follow within 24 hours")
    r"follows?(?=\s+within\b))\b", _I)
# What a period a thing comes on over is said after: "develops over 48 hours", and "can spread
# to the whole limb in 24 to 48 hours" (as fast as).
_SPREAD_BEFORE = re.compile(r"\bover (?:the (?:next |following )?)?(?:about |around )?$"
                            r"|\bin (?:as little as |as few as |just |only |under |less than )?$",
                            _I)
# Verbs that time an onset: they are read only with "3 days before / after ...".
_ONSET_VERBS = frozenset({"occur", "occurs", "appear", "appears", "start", "starts", "begin",
                          "begins", "develop", "develops", "happen", "happens", "show up",
                          "shows up", "come on", "comes on", "form", "forms", "come", "comes",
                          "came", "crop up", "crops up", "spread", "spreads", "worsen",
                          "worsens", "get worse", "gets worse", "set in", "sets in"})
# "New spots may appear for up to a week", "new blisters keep forming for 3 days": the period
# new ones go on forming, named "new <thing> formation" (said with "for", an onset verb is no
# onset then).
_NEW_ONES = re.compile(r"(?:new|fresh|further)\s+(?P<x>[\w'-]+(?:\s[\w'-]+)?)$", _I)
_FORMING = re.compile(r"(?:appears?|forms?|develops?|crops? up|continues? to (?:form|appear|"
                      r"develop|come)|keeps? (?:forming|appearing|developing|coming))$", _I)
# "It takes 2 weeks for the sores to heal": the sores.
_TAKES_FOR = re.compile(r"\s+(?:for|before) (?:the |your |an? )?(?P<x>[\w'-]+(?: [\w'-]+){0,2}?)"
                        r" to (?:\w+ )?(?:heal|clear|go|fade|settle|disappear|resolve|recover|"
                        r"return|improve|get better)\b", _I)
_AND_LASTS = re.compile(r"\band (?:then )?(?:usually |often |typically |can |may )?"
                        r"(?:lasts?|lasting)\b", _I)
# "The lumps usually appear on the shins (and last ...)": the thing a sentence opens on, said
# to show before it is said to last.
_SHOWS_LEAD = re.compile(r"^\W*(?:the |an? |your )?(?P<x>[\w'-]+(?: [\w'-]+){0,2}?)\s+"
                         r"(?:(?:usually|often|typically|generally|may|can|will|first|then|"
                         r"tends? to)\s+)*(?:appears?|develops?|starts?|begins?|comes?(?: on)?|"
                         r"shows? up|forms?|spreads?|peaks?)\b", _I)


def _near_verb(sentence: str, s: int, e: int, lo_c: int) -> str | None:
    """Return the thing named right before the clause's verb of lasting (or of onset)."""
    # "healing occurs over 2-4 weeks", "spreads in 24 hours": an onset verb spread over a
    # period is a duration.
    spread = _SPREAD_BEFORE.search(sentence, max(0, s - 20), s) is not None
    found = [m for m in _LASTS_NEAR.finditer(sentence, lo_c, s)
             if m["verb"].lower() not in _ONSET_VERBS or _ONSET.match(sentence, e) or spread
             or (_NEW_ONES.search(m["x"]) and _FOR_BEFORE.search(sentence, max(0, s - 20), s))]
    if not found:
        return None
    x = _WHOSE.sub("", re.sub(r"^(?:(?:most|many|some|all) )?(?:the|your|a|an|this|these) |"
                              r"^(?:most|many|some|all) (?=\S+ \S)", "", found[-1]["x"], flags=_I))
    new = _NEW_ONES.match(x) if _FORMING.match(found[-1]["verb"]) else None
    if new is not None:
        return f"new {label_key(new['x'])} formation"
    onset = found[-1]["verb"].lower() in _ONSET_VERBS and not spread and _AFTER_ONSET.match(
        sentence, e) is not None
    if onset and PEOPLE_WHO_GET.search(sentence, lo_c, found[-1].start("verb")):
        # "Some children develop swelling of the hands 10 days after": the swelling's onset
        x = sign_people_get(sentence, found[-1].end(), e) or ""
    if not x or _NOT_A_THING.match(x) or _GLUED_PRONOUN.match(x) or _SOMEONE_FIRST.fullmatch(x):
        return None
    if onset and not NOT_ONSET_THING.search(x):
        # "the rash appears 2 days after ...": when it starts, not how long it lasts ("pain
        # comes 3 days before the rash" is the pain's own span up to the rash)
        return f"{x} onset"
    return x


_AFTER_ONSET = re.compile(r"\s+(?:after|later|following)\b", _I)
# People who get a sign, before the verb: "Many people (develop a rash)".
# (Searched up to the verb: "Many people with early disease (usually) | develop a rash".)
PEOPLE_WHO_GET = re.compile(r"(?:^|\b(?:most|many|some|nearly all|almost all|about half of)\s+|"
                            r"\b)(?:people|patients|children|adults|you|they|most|many|some)"
                            r"(?:\s+(?:with|who have)\s+[\w' -]{2,40}?)?\s+(?:(?:usually|often|"
                            r"typically|may|can|will|then|also|later|first)\s+)*$", _I)
# The sign people get, after the verb: "(develop) a red rash (on the leg, ...)".
_SIGN_GOT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:distinctive|typical|characteristic|"
                       r"classic)\s+)?(?P<x>[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s+of\s+(?:the\s+|"
                       r"your\s+)?[\w'-]+)?)(?=\s+(?:at|on|in|around|near|over|across|usually|"
                       r"typically|often|about|roughly|some|within|\d)|\s*[,(])", _I)


def sign_people_get(sentence: str, start: int, end: int) -> str | None:
    """Return the sign named right after an onset verb whose subject is people ("Many people
    develop | a red rash on the leg, 5 days after"), or None."""
    got = _SIGN_GOT.match(sentence, start, end)
    return got["x"] if got is not None else None
# A thing whose start is no onset of a sign: an event or a stage named by its own word.
# (Care that starts is timed as its start: "treatment should start 3 days after".)
NOT_ONSET_THING = re.compile(r"\b(?:onset|start|beginning|phase|stage|period|death|recovery|"
                             r"improvement|relapse|recurrence|symptoms?|signs?|treatment|"
                             r"therapy|medicines?|medication|antibiotics|antivirals?|"
                             r"steroids?|surgery|tablets?)$", _I)


_FOR_BEFORE = re.compile(r"\bfor\s+(?:up to\s+|about\s+|around\s+|at least\s+)?$", _I)


# "itcan last": a pronoun and a verb a page lost the space between.
_GLUED_PRONOUN = re.compile(r"(?:it|they|this|you|we|he|she)(?:can|may|will|could|should|might|"
                            r"would|is|was|has)$", _I)
# "it can last", "itcan last" (a lost space): a pronoun is what lasts.
_IT_LASTS = re.compile(r"(?:^|[^\w'-])(?:it|this|they)\s*(?:(?:usually|often|typically|generally|"
                       r"normally|sometimes|can|may|will|might|could|tends? to)\s*)*"
                       r"(?:lasts?|lasting|persists?|goes on)\b", _I)
# "if the tick stays attached for over 24 hours", "patients are hospitalised for 5 days": the
# period is how long a state lasts, named by its noun ("tick attachment", "hospitalisation").
_STATE_FOR = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:if|when|once|and|but|that|while|unless)\s+)"
    r"(?:(?:the|a|an|your|their)\s+)?(?P<x>[\w'-]+(?:\s[\w'-]+){0,2}?)\s+"
    r"(?:(?:usually|often|typically|must|may|can|will|should|has to|have to|needs? to|has|"
    r"have|had)\s+)*"
    r"(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|gets?|got)\s+"
    r"(?:(?:still|only|usually|typically)\s+)?(?P<p>[a-z]+(?:ached|i[sz]ed|ated|itted))"
    r"(?:\s+(?:to|in|on|at)\s+(?:the\s+|your\s+|a\s+)?[\w'-]+)?"
    r"\s+for\s+(?:(?:an average of|a total of|a mean of)\s+)?"
    r"(?:(?:about|around|approximately|roughly|nearly|almost|just|only|up to|over|under|"
    r"more than|less than|fewer than|at least|longer than)\b\s*)?$", _I)
# A participle's noun, by its ending: "attached" -> "attachment", "admitted" -> "admission".
# (With the shortest stem each takes: "treated" is no "treation".)
_NOUN_OF_PARTICIPLE = (("ached", "achment", 2), ("ized", "ization", 3), ("ised", "isation", 3),
                       ("ated", "ation", 4), ("itted", "ission", 2))
_A_PERSON = re.compile(r"(?:(?:most|many|some|all|the|these|those)\s+)?(?:you|they|he|she|we|"
                       r"patients?|people|persons?|children|child|babies|baby|adults?|most|"
                       r"many|some|those|it|others)(?:\s+(?:who|that))?$", _I)
# "Steroids are usually given for 1 to 2 years", "you'll need antibiotics for 7 days": how
# long the medicine (or care) is kept up.
_FOR_BOUND = (r"for\s+(?:(?:at least|up to|about|around|roughly|a further|another|over|"
              r"more than|less than)\s+)?$")
_GIVEN_FOR = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|then)\s+)(?:(?:the|an?|your)\s+)?"
    r"(?P<x>[\w'-]+(?:\s[\w'-]+){0,2}?)\s+(?:is|are|may be|can be|will be|should be|must be)\s+"
    r"(?:(?:usually|often|normally|typically|generally|then|also|only)\s+)?"
    rf"(?:(?:given|taken|used|continued|prescribed|needed|required|recommended)\s+{_FOR_BOUND}|"
    r"(?:tapered|weaned)(?:\s+off)?\s+(?:over|for)\s+(?:(?:about|around|at least|up to)\s+)?$)"
    # ("patients are treated with steroids for 12 months": the steroids)
    r"|\btreated\s+with\s+(?:(?:an?|a course of)\s+)?"
    rf"(?P<w>[\w'-]+(?:\s[\w'-]+){{0,2}}?)\s+{_FOR_BOUND}"
    r"|\b(?:need|needs|needed|take|takes|took|receive|receives|be given|stay on|continue)\s+"
    r"(?:(?:the|an?|your|a course of|treatment with)\s+)?"
    rf"(?!to\b)(?P<y>[\w'-]+(?:\s[\w'-]+){{0,2}}?)\s+{_FOR_BOUND}", _I)


def _given_for(sentence: str, lo_c: int, s: int) -> str | None:
    """Return the medicine or care a period at ``s`` keeps up, when the clause says so."""
    m = _GIVEN_FOR.search(sentence, lo_c, s)
    x = (m["x"] or m["y"] or m["w"]) if m is not None else None
    return None if x is None or _A_PERSON.match(x) or _NOT_A_THING.match(x) else x


def _state_for(sentence: str, lo_c: int, s: int) -> str | None:
    """Return the state a period at ``s`` is the length of, when the clause says one lasts
    so long ("the tick is attached for 36 hours": tick attachment)."""
    m = _STATE_FOR.search(sentence, lo_c, s)
    if m is None:
        return None
    p = m["p"].lower()
    noun = next((p[:-len(end)] + to for end, to, stem in _NOUN_OF_PARTICIPLE
                 if p.endswith(end) and len(p) - len(end) >= stem), None)
    if noun is None:
        return None
    x = re.sub(r"^(?:the|your|a|an)\s+", "", m["x"].strip(), flags=_I)
    return noun if _A_PERSON.match(x) or _NOT_A_THING.match(x) else f"{x} {noun}"


def _lasting(sentence: str, s: int, e: int, lo_c: int, clause: str,
             context: str = "") -> str | None:
    """Return what a period at ``s:e`` is the length of, if the sentence names it.

    ``context`` is the sentence before: "it" lasting may stand for a sign it names.
    """
    subject = (_period_named(sentence, lo_c, s) or _thing_lasting(clause)
               or _state_for(sentence, lo_c, s) or _given_for(sentence, lo_c, s))
    it = _IT_LASTS.search(sentence, lo_c, s) if subject is None else None
    if it is not None:
        subject = _antecedent(sentence, it.start(), context)
    takes = _TAKES_FOR.match(sentence, e) if subject is None else None
    if takes is not None and not _NOT_A_THING.match(takes["x"]):
        subject = takes["x"]
    if subject is None:
        subject = _near_verb(sentence, s, e, lo_c)
    there = _THERE_BEFORE.match(sentence, e) if subject is None and " there " in sentence \
        else None
    if there is not None and not _NOT_A_THING.match(there["x"]):
        subject = there["x"]  # "2 days before the spots, there may be tingling": the tingling
    lead = _SIGN_LEAD.match(sentence) if subject is None else None
    if lead is not None and _AND_LASTS.search(sentence, lead.end(), s):
        subject = lead["x"]
    shows = _SHOWS_LEAD.match(sentence) if subject is None and " and " in sentence else None
    if shows is not None and not _NOT_A_THING.match(shows["x"]) and \
            _AND_LASTS.search(sentence, shows.end(), s):
        subject = shows["x"]  # "The lumps appear on the shins and last 3 weeks": the lumps
    course = _COURSE_OF.match(sentence, e) or _OF_CARE.match(sentence, e)
    if subject is None and course is not None:
        subject = course["x"]
    before_s = sentence[max(0, s - 60):s]
    # (Anchored at the end, but a search tries it from every place of the stretch.)
    sign = _SIGN_FOR.search(before_s) if subject is None and not caseless.ends_without(
        before_s, _SIGN_FOR_WORDS) else None
    named_sign = SIGN_WORDS.search(sign["x"]) if sign is not None else None
    if named_sign is not None:
        subject = named_sign.group(0).strip()
    if subject is None and _COURSE_AFTER_DOSE.search(sentence, max(0, s - 30), s):
        subject = dosed(sentence, s, s)  # "twice a day for 10 days": the course
    it = _START_IT.search(clause) if subject is None else None
    before = lo_c + it.start() if it is not None else 0
    named = (_LEAD_THING.match(sentence, 0, before) or _TREATMENT_NAMED.search(sentence, 0, before)
             if it is not None else None)
    if it is not None and named is None and context and before == lo_c + it.start() and \
            not sentence[:before].strip(" \"'"):
        # "A doctor may offer zorbulin tablets. They must be taken within 2 days": the
        # sentence opens on "they", so the remedy is the one the sentence before named.
        remedy = _last_treatment(context)
        if remedy is not None:
            return f"start of {remedy}"
    if named is not None and not _NOT_A_THING.match(named["t"]):
        subject = f"start of {named['t']}"
    if subject is None:
        subject = _act_within(sentence, lo_c, s, e)
    if subject is None:
        subject = next((name for name, rx in _LAY_PERIODS if rx.search(sentence, lo_c, s)), None)
    if subject is None:
        subject = _lives_or_reads(sentence, lo_c, s)
    spent = _SPENT_IN.match(sentence, e) if subject is None and _SPENT_BEFORE.search(
        sentence, max(lo_c, s - 30), s) else None
    if spent is not None:  # "spend 2 to 4 weeks in hospital": the stay there
        subject = "intensive care stay" if spent["icu"] else "hospital stay"
    given = _GIVEN_SOON.search(sentence, lo_c, s) if subject is None and \
        _WITHIN_JUST_BEFORE.search(sentence, max(lo_c, s - 30), s) else None
    if given is not None and not _A_PERSON.match(given["x"]) and \
            not _NOT_A_THING.match(given["x"]):
        # "Antibiotics are given as soon as possible, ideally within 1 hour": their start
        subject = f"start of {given['x'].lower()}"
    return subject if subject is not None else _event(clause, s - lo_c)


_WITHIN_JUST_BEFORE = re.compile(r"\bwithin\s+(?:the\s+first\s+|about\s+|around\s+)?$", _I)
_GIVEN_SOON = re.compile(r"(?:^|[;:]\s*)\W*(?:the\s+|an?\s+)?(?P<x>[\w'-]+(?:\s[\w'-]+){0,2}?)\s+"
                         r"(?:is|are)\s+(?:usually\s+|normally\s+|then\s+|always\s+)?"
                         r"(?:given|started|begun)\b", _I)


# "Two to four days before the rash appears there may be itching": what comes that long
# before the event.
_THERE_BEFORE = re.compile(
    r"\s+before\s+[^,;:()]{1,50}?,?\s+there\s+(?:(?:may|can|might|will|often|usually|also|"
    r"sometimes|commonly)\s+)*(?:be|is|are)\s+(?:(?:often|usually|sometimes)\s+)?"
    r"(?:an?\s+|some\s+)?(?P<x>[\w'-]+(?:\s[\w'-]+){0,2}?)"
    r"(?=\s+(?:in|on|at|around|near|over|of|and|or|with)\b|\s*[,.;:]|\s*$)", _I)


# Care named by no medicine of its own ("Treatment typically lasts 1 to 2 years", "need
# treatment for a year"): the length of a course of it.
_BARE_CARE = re.compile(r"(?:(?:the|your|their|this|any)\s+)?(?:treatment|therapy|medication|"
                        r"medicines?)", _I)
# Periods named by what people do in them: "most feel better after 7 days" (recovery), "stay in
# hospital for 10 days", "are discharged after 2 weeks" (the hospital stay).
_LAY_PERIODS = (
    ("recovery", re.compile(r"\b(?:feels?|felt|gets?|got|getting|feeling) better\b", _I)),
    # ("patients are usually in intensive care for 1 to 2 weeks")
    ("intensive care stay", re.compile(r"\b(?:are|is|were|was|stays?|stayed|remains?|spends?|"
                                       r"spent) (?:\w+ )?in (?:the )?(?:intensive care|ICU|"
                                       r"critical care)\b", _I)),
    # ("most people are in hospital for 1 to 2 weeks")
    ("hospital stay", re.compile(r"\b(?:are|is|were|was|be) (?:\w+ )?in (?:the )?hospital "
                                 r"(?:for|about|around|between)\b|\b(?:stays?|stayed|remains?|"
                                 r"spends?|spent) (?:\w+ )?in (?:the )?hospital\b|\b(?:are|is|"
                                 r"were|was|get|gets) discharged\b", _I)),
    # ("people are infectious for about 5 days after the rash appears")
    # (and "you'll be infectious for 2 weeks", "you can spread it for about a week")
    ("infectious period", re.compile(r"(?:\b(?:are|is|were|was|remains?|stays?|can be|may be|"
                                     r"will be)|['\u2019]ll be|['\u2019]re) (?:\w+ )?(?:infectious|"
                                     r"contagious)\b|\b(?:can|could|may) (?:still )?(?:spread|pass)"
                                     r" (?:it|the (?:infection|illness|germs?|virus|bacteria))"
                                     r"(?: on)?(?: to others)? for\b", _I)),
    # ("children should stay off school for 5 days")
    ("time off school", re.compile(r"\b(?:stays?|stayed|keep \w+|kept) (?:off|away from|home "
                                   r"from|out of) (?:school|nursery)\b", _I)),
    ("time off work", re.compile(r"\b(?:stays?|stayed|keep \w+|kept|take \w+ ?) (?:off|away "
                                 r"from|home from|out of) work\b", _I)),
)


# "The germ can survive on surfaces for up to 2 days": how long the germ lives there.
_SURVIVES = re.compile(r"(?:^|[,;:]\s*)\W*(?:the\s+|a\s+)?(?P<x>[\w'-]+(?:\s(?!(?:can|may|"
                       r"might|will|usually|often|typically)\b)[\w'-]+)?)\s+"
                       r"(?:(?:can|may|might|will|usually|often|typically)\s+)*(?:survives?|"
                       r"lives?|stays? alive|remains? alive|stays? infectious)\b", _I)
# "Blood tests may be negative for the first 4 weeks": how long the tests read so.
_TESTS_READ = re.compile(r"(?P<x>(?:[\w'-]+\s)?(?:tests?|results?|scans?|x-rays?|cultures?|"
                         r"swabs?))\s+(?:(?:may|can|will|often|usually|still)\s+)*(?:be|are|is|"
                         r"stays?|remains?)\s+(?P<st>negative|normal|clear)\b", _I)


def _lives_or_reads(sentence: str, lo_c: int, s: int) -> str | None:
    """Return "<germ> survival" or "negative <tests>" when a period is how long a germ lives
    outside the body, or how long tests read negative."""
    if caseless.lacks(sentence[lo_c:s], ("surviv", "live", "alive", "infectious", "negative",
                                        "normal", "clear")):
        return None
    lives = _SURVIVES.search(sentence, lo_c, s)
    if lives is not None and not _A_PERSON.match(lives["x"]) and \
            not _NOT_A_THING.match(lives["x"]):
        return f"{lives['x'].lower()} survival"
    reads = _TESTS_READ.search(sentence, lo_c, s)
    return f"{reads['st'].lower()} {reads['x'].lower()}" if reads is not None else None


# "Patients spend 2 to 4 weeks in hospital": the place named after the period spent.
_SPENT_BEFORE = re.compile(r"\b(?:spends?|spent|spending)\s+(?:(?:about|around|up to|at least|an "
                           r"average of|on average|a median of|a mean of)\s+)?$", _I)
_SPENT_IN = re.compile(r"\s+(?:in|on)\s+(?:the\s+|a\s+)?(?:(?P<icu>intensive care|ICU|critical "
                       r"care)|hospital|(?:a |the )?(?:hospital )?ward)\b", _I)


def _last_treatment(context: str) -> str | None:
    """Return the last remedy the sentence before names ("... may offer zorbulin tablets")."""
    found = None
    for found in _TREATMENT_NAMED.finditer(context):  # noqa: B007 (the last one is wanted)
        pass
    if found is None:
        return None
    words = found["t"].split()
    while len(words) > 1 and _NOT_REMEDY_WORD.fullmatch(words[0]):
        words.pop(0)  # "also offer zorbulin tablets": the remedy's own words only
    return " ".join(words).lower()


_NOT_REMEDY_WORD = re.compile(r"\w+ly|\w+ed|\w+ing|also|may|can|will|be|been|is|are|the|a|an|"
                              r"your|their|some|any|of|with|for|to|and|or|prescribe[sd]?|"
                              r"give[sn]?|take[sn]?|use[sd]?|need|start|begin|recommend|offer|"
                              r"you|he|she|they|we|doctor|gp", _I)
# "Surgery within 6 hours of admission improves survival": the act whose timing the clause is
# about, the subject of the verb after the period.
_ACT_WITHIN = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:(?:an?|the)\s+)?(?P<x>(?:(?:early|prompt|urgent|emergency|immediate)\s+)?"
    r"[A-Za-z][\w'-]*(?:\s[\w'-]+){0,2}?)\s+(?:within|in the first|during the first)\s+"
    r"(?:the\s+first\s+)?$", _I)
_VERB_AFTER_PERIOD = re.compile(
    r"(?:\s+(?:of|after|from)\s+[\w' ]{1,40}?)?\s+(?:is|are|was|were|can|may|will|could|"
    r"improves?|reduces?|helps?|saves?|prevents?|lowers?|cuts?|increases?|matters?|gives?|"
    r"halves?|doubles?|raises?|boosts?)\b", _I)
_GERUND = re.compile(r"\w+ing\b", _I)


def _act_within(sentence: str, lo_c: int, s: int, e: int) -> str | None:
    """Return the act a period times when the clause opens "<act> within N ... <verb>"."""
    m = _ACT_WITHIN.search(sentence, lo_c, s)
    if m is None or not _VERB_AFTER_PERIOD.match(sentence, e):
        return None
    x = m["x"].strip()
    if _GERUND.match(x) or _A_PERSON.match(x) or _NOT_A_THING.match(x) or \
            _SOMEONE_FIRST.match(x):
        return None  # "Diagnosing it within 10 days is vital": the event table names it
    return x
