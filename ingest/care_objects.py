"""What a remedy or a precaution is said to act on, when the words name it indirectly.

Pages say what care does with a noun in front of the thing it acts on: "hand
washing helps prevent the spread of the infection" keeps the infection away (the
spread is no illness of its own), "X is the treatment of choice for Y" treats Y
(the choice is no illness either). The relation rules read the words after the
verb as the object; these helpers give the thing those words point to, so a
claim names the illness rather than "spread" or "choice".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.ingest import re_cache as re

from .caseless import lacks

_I = re.IGNORECASE

# "the spread of X", "transmission of X", "passing X on": what spreads is what is kept away.
_SPREAD_OF = re.compile(r"^(?:the |its |any |further )?(?:spread(?:ing)?|transmission|"
                        r"passing on) of (?P<x>.+)$", _I)
# Words that name the page's own illness in general ("the spread of the virus").
_OWN_KIND = re.compile(r"^(?:the |this |that )?(?:infection|illness|disease|condition|virus|"
                       r"viruses|bacteria|bacterium|germs?)$", _I)
# "the treatment of choice for Y" read as "treatment of" + "choice for Y".
_CHOICE = re.compile(r"^choice(?:\s+(?:for|in)\s+(?P<x>.+))?$", _I)


def spread_of(obj: str) -> tuple[str, bool] | None:
    """Return what a "spread of X" object names, and whether it is the illness in general.

    None when the object names no spread.

    >>> spread_of("spread of the virus")
    ('the virus', True)
    >>> spread_of("the spread of head lice")
    ('head lice', False)
    >>> spread_of("spread") is None
    True
    """
    m = _SPREAD_OF.match(obj.strip())
    if m is None:
        return None
    what = m.group("x").strip()
    return what, _OWN_KIND.match(what) is not None


def chosen_for(obj: str) -> str | None:
    """Return what "choice (for Y)" says a remedy of choice is for: Y, "" if unsaid.

    None when the object is no "choice".

    >>> chosen_for("choice for grebble fever")
    'grebble fever'
    >>> chosen_for("choice")
    ''
    >>> chosen_for("itching") is None
    True
    """
    m = _CHOICE.match(obj.strip())
    if m is None:
        return None
    return (m.group("x") or "").strip()


# A remedy named by its kind just before what it does: "antiviral therapy may shorten
# it", "a cooling lotion can soothe the itch", "painkillers ease the pain".  Outside
# care sections a bare "reduce" or "ease" is read only after such a name: "smoking can
# lower your immunity" names no remedy.
_REMEDY_BEFORE = re.compile(
    r"\b(?:medicines?|medications?|drugs?|tablets?|pills?|creams?|lotions?|ointments?|gels?|"
    r"(?:eye |ear |nose )?drops|sprays?|painkillers?|pain ?killers?|pain relievers?|"
    r"antibiotics?|antivirals?|antifungals?|antihistamines?|(?:cortico)?steroids?|"
    r"therapy|therapies|treatments?|injections?|infusions?|compress(?:es)?|vaccines?|"
    # A drug named by its own name's ending ("clindamycin", "prednisolone", "infliximab"), or
    # a class of drugs ("TNF inhibitors", "immunosuppressants")
    r"[a-z]+(?:cillin|mycin|micin|cycline|floxacin|mab|sone|olone|azole|vir|quine|trexate|"
    r"globulin|thiazide|profen|amol|pirin|iodide|olol|pril|sartan|statin|parin|farin|caine|"
    r"tidine)s?|ivig|inhibitors|blockers|immunosuppressants?|agents|"
    # care that is no medicine: "Bed rest, leg raising and compression stockings reduce ..."
    r"stockings|bandages?|dressings?|splints?|braces?|bed rest|elevation|massages?|"
    r"exercises|physiotherapy)$", _I)
# The words that may come between the remedy's name and its verb.
_MODALS = frozenset({"can", "may", "might", "could", "will", "should", "often", "usually",
                     "also", "generally", "typically"})


def remedy_before(left: str) -> bool:
    """Return whether the words before a verb end with a remedy's kind (and modals).

    Only the last two words before the modals are matched: a search of the whole stretch
    for a name ending at its end cost a tenth of the time of prose that names no remedy.

    >>> remedy_before("Antiviral therapy may "), remedy_before("Smoking can ")
    (True, False)
    """
    tail = left[-80:]
    if not tail[-1:].isspace():
        return False
    words = tail.split()
    i = len(words)
    while i and words[i - 1].lower() in _MODALS:
        i -= 1
    return i > 0 and _REMEDY_BEFORE.search(" ".join(words[max(0, i - 2):i])) is not None


# "X may help your rash (to) improve": what X helps get better is what it works on.
_HELPED_TO_MEND = re.compile(
    r"\bhelps? (?:to )?(?:your |the |their |his |her |a person's |any )(?P<y>[\w' -]{2,40}?)"
    r" (?:to )?(?:improve|heal|clear up|clear|get better|go away|settle(?: down)?|fade|"
    r"recover)\b", _I)


def helped_to_mend(sentence: str) -> str | None:
    """Return the thing a remedy "helps (to) improve", as the sentence words it.

    >>> helped_to_mend("Zorbulin may help your rash to improve.")
    'rash'
    >>> helped_to_mend("Zorbulin may help you sleep.") is None
    True
    """
    if "help" not in sentence:
        return None
    m = _HELPED_TO_MEND.search(sentence)
    return m.group("y") if m else None


# A sentence that opens with "It" and a verb only a remedy does ("It also lowers the risk of
# X", "It is given by injection"): after a sentence naming one remedy, "it" is that remedy.
# "It usually improves" or "it can spread" are the illness's own and stay the topic's.
_IT_DOES_CARE = re.compile(
    r"^\s*it\s(?:can |may |might |will |also |often |usually |should |could |then )*"
    r"(?:(?:is|be) (?:usually |often |also |sometimes )?(?:given|used|taken|prescribed|started)|"
    r"helps?|reduces?|relieves?|eases?|lowers?|controls?|stops?|blocks?|kills?|prevents?|"
    r"shortens?|speeds? up|fights?|decreases?|cuts?|protects?)\b", _I)


def it_does_care(sentence: str) -> bool:
    """Return whether a sentence opens with "It" doing what a remedy does.

    >>> it_does_care("It also lowers the risk of nerve pain."), it_does_care("It improves.")
    (True, False)
    """
    return _IT_DOES_CARE.match(sentence) is not None


# How pages name a guard against an illness without a "prevents" verb the relation rules
# read: "The best protection against X is the X vaccine", "There is a vaccine that
# prevents X", "A vaccine is available to prevent X", "Adults over 50 should get the X
# vaccine", "Keep your X vaccinations up to date" (the last two only for a vaccine named
# after the illness: "you can have the flu vaccine" says nothing of another illness).
_Y = r"(?P<y>[\w' -]{2,40}?)"
_VACCINE = r"(?:(?<![\w'])[\w-]+ ){0,2}?(?:vaccines?|vaccinations?|immuni[sz]ations?|jabs?)"
_BEST_GUARD = re.compile(
    rf"^\s*(?:the |your )?(?:best|main|most effective|only|surest|first) (?:form of |line of )?"
    rf"(?:protection|defen[cs]e)(?: (?:against|from|for) {_Y})? (?:is|are|remains) (?:to (?:get|"
    r"have|receive) )?(?P<x>[^.;,]{2,60}?)\s*(?:[.;,]|$)", _I)
_GUARD_EXISTS = re.compile(
    rf"\bthere(?:'s| is| are) (?:now )?(?P<no>no )?(?:an? )?(?:safe |effective |licensed )*"
    rf"(?P<x>{_VACCINE})(?: available)? (?:that|which) (?:can |may |will |helps? )?"
    rf"(?:help )?(?:to )?(?:prevents?|protects? (?:you |people |children |adults )?against) "
    rf"{_Y}\s*(?:[.;,]|$)", _I)
_GUARD_AVAILABLE = re.compile(
    rf"^\s*(?:an? |the )?(?P<x>{_VACCINE}) (?:is|are) (?:now )?(?P<no>not )?available (?:to|that) "
    rf"(?:help )?(?:prevent|protect (?:you |people )?against) {_Y}\s*(?:[.;,]|$)", _I)
_SHOULD_GET = re.compile(rf"\b(?:should|must|need to|are advised to|are encouraged to|can) "
                         rf"(?:get|have|receive) (?:the |a |an )?(?P<x>{_VACCINE})\b", _I)
_UP_TO_DATE = re.compile(rf"\b(?P<x>{_VACCINE}) (?:is|are) up to date\b|\bup to date (?:with|on) "
                         rf"(?:your |their |all )?(?P<x2>{_VACCINE})\b", _I)
_GUARD_WORDS = ("vaccin", "immuni", "jab", "protection", "defen")


@dataclass(frozen=True, slots=True)
class Guard:
    """A guard a sentence names, what it guards against ("" for the page's illness),
    whether the sentence denies it ("There is no vaccine that prevents it"), and whether
    it counts only when its own name holds the illness's ("should get the X vaccine")."""

    guard: str
    against: str
    denied: bool
    needs_name: bool


def guard_named(sentence: str) -> Guard | None:
    """Return the guard a sentence names in one of the wordings above, or None.

    >>> guard_named("There is a vaccine that prevents grebble fever.")
    Guard(guard='vaccine', against='grebble fever', denied=False, needs_name=False)
    >>> guard_named("Adults should get the grebble vaccine.").needs_name
    True
    """
    if lacks(sentence, _GUARD_WORDS):
        return None
    low = sentence.lower()
    m = _BEST_GUARD.match(sentence) if "protection" in low or "defen" in low else None
    if m is not None:
        return Guard(m.group("x").strip(), (m.group("y") or "").strip(), False, False)
    m = (_GUARD_EXISTS.search(sentence) if "there" in low else None) or (
        _GUARD_AVAILABLE.match(sentence) if "available" in low else None)
    if m is not None:
        return Guard(m.group("x").strip(), m.group("y").strip(), bool(m.group("no")), False)
    m = _SHOULD_GET.search(sentence) if " get " in low or " have " in low or \
        " receive " in low else None
    if m is not None:
        return Guard(m.group("x").strip(), "", False, True)
    m = _UP_TO_DATE.search(sentence) if "up to date" in low else None
    if m is not None:
        return Guard((m.group("x") or m.group("x2")).strip(), "", False, True)
    return None
    m = _BEST_GUARD.match(sentence)
    if m is not None:
        return Guard(m.group("x").strip(), (m.group("y") or "").strip(), False, False)
    m = _GUARD_EXISTS.search(sentence) or _GUARD_AVAILABLE.match(sentence)
    if m is not None:
        return Guard(m.group("x").strip(), m.group("y").strip(), bool(m.group("no")), False)
    m = _SHOULD_GET.search(sentence)
    if m is not None:
        return Guard(m.group("x").strip(), "", False, True)
    m = _UP_TO_DATE.search(sentence)
    if m is not None:
        return Guard((m.group("x") or m.group("x2")).strip(), "", False, True)
    return None


# "X is very effective at preventing Y": a verdict on X as a guard, not as a treatment.
_AT_PREVENTING = re.compile(r"\b(?:at|in) preventing$", _I)


def prevents_by_verdict(verdict: str) -> bool:
    """Return whether a verdict phrase judges a guard ("effective at preventing").

    >>> prevents_by_verdict("is very effective at preventing"), prevents_by_verdict("works well")
    (True, False)
    """
    return _AT_PREVENTING.search(verdict.strip()) is not None


# "Giving zorbulin to close contacts can prevent further cases": the remedy, without the
# act and the people given to, keeps the illness (its further cases) away.
_GIVEN_TO_WHOM = re.compile(r"^(?:(?:giving|offering|prescribing|treating)\s+(?P<x>.+?)|"
                            # "Antibiotics given to close household contacts"
                            r"(?P<y>.+?)\s+(?:given|offered|prescribed))\s+(?:to|for)"
                            r"\s+(?:(?:all|any|their|your|the) )?(?:close |household |family |"
                            r"other )*(?:contacts|people|children|patients|those|anyone|everyone|"
                            r"adults|babies|members)\b.*$", _I)
_MORE_CASES = re.compile(r"^(?:(?:further|new|more|secondary|other|future|later) )?cases"
                         r"(?: of (?:the |this )?(?:illness|infection|disease))?$", _I)


def given_to_whom(subject: str) -> str | None:
    """Return the remedy of "giving X to close contacts", or None for another subject.

    >>> given_to_whom("giving zorbulin to close contacts")
    'zorbulin'
    """
    m = _GIVEN_TO_WHOM.match(subject.strip())
    return (m.group("x") or m.group("y")) if m else None


def more_cases(obj: str) -> bool:
    """Return whether an object names (further) cases of the illness itself.

    >>> more_cases("further cases"), more_cases("nerve pain")
    (True, False)
    """
    return _MORE_CASES.match(obj.strip()) is not None


# "Nerve pain is a common complication. It can be treated with painkillers": a sentence
# that opens with "It" and how it is treated, after one that opened with a harm the page
# has named, treats that harm (a page about one illness names its harms back by "it" too).
_IT_TREATED = re.compile(r"^\s*it (?:can |may |will |often |usually |also |should |could )*"
                         r"(?:be )?(?:treated|managed|relieved|eased|controlled) (?:with|by|"
                         r"using)\b", _I)


def harm_named_back(sentence: str, before: str,
                    named: Callable[[], frozenset[str]]) -> str | None:
    """Return the harm "It" stands for when ``sentence`` says how it is treated and the
    sentence ``before`` opens with one of the harms ``named()`` gives (lower-case names,
    asked for only then), else None.

    >>> harm_named_back("It can be treated with painkillers.",
    ...                 "Nerve pain can last for months.", lambda: frozenset({"nerve pain"}))
    'nerve pain'
    >>> harm_named_back("It can be treated with painkillers.",
    ...                 "The rash fades.", lambda: frozenset({"nerve pain"})) is None
    True
    """
    if _IT_TREATED.match(sentence) is None:
        return None
    harms = named()
    opening = before.lstrip().lower()
    found = [h for h in harms if opening.startswith(h) and not opening[len(h):len(h) + 1].isalnum()]
    return max(found, key=len) if found else None


# A lead-in that says only that its items help ("Things you can do:", "Things that may
# help:"): what they help with is the section's business, so under a prevention heading
# its items prevent the illness, elsewhere they are care for it.
_HELP_LEAD = re.compile(r"^\s*(?:other )?(?:things (?:that )?(?:you|i) can (?:do|try)|things that "
                        r"(?:may|might|can|could|often) help|what (?:you|i) can do)\b", _I)


def help_lead(lead: str) -> bool:
    """Return whether a lead-in only says its items help.

    >>> help_lead("Things you can do:"), help_lead("Treatments include:")
    (True, False)
    """
    return _HELP_LEAD.match(lead) is not None


# "The disease isn't curable", "It cannot be cured", "X is incurable": no treatment cures
# it (a denial about curative treatment as a class, as "there is no cure" is).
_NOT_CURABLE = re.compile(r"\b(?:isn't|is not|aren't|are not|is never)\s+(?:currently\s+|yet\s+|"
                          r"usually\s+)?curable\b|\b(?:is|are|remains?)\s+(?:currently\s+|still\s+)?"
                          r"incurable\b|\b(?:can't|cannot|can not)\s+(?:currently\s+|yet\s+|"
                          r"usually\s+|always\s+)?be\s+cured\b", _I)


def not_curable(sentence: str) -> int | None:
    """Return where a sentence says its subject cannot be cured (None if it does not).

    >>> not_curable("Currently, the disease isn't curable.")
    23
    >>> not_curable("It is curable with zorbulin.") is None
    True
    """
    if "curable" not in sentence and "cured" not in sentence:
        return None
    m = _NOT_CURABLE.search(sentence)
    return m.start() if m else None


# "If you need treatment, zorbulin is usually the first choice", "A transplant may be an
# option": a remedy offered as a choice.
_FIRST_CHOICE = re.compile(
    # ("..., although X alone is an option": X, after the joining word)
    r"(?:^|,\s+)(?:(?:although|though|while|whereas|but|and) )?(?P<x>[\w' -]{3,60}?) "
    r"(?:(?:is|are|remains?|would be) (?:usually |often |"
    r"generally |normally |typically |still |now )?(?:the |a )?(?:first|preferred|usual|standard|"
    r"first-line|best|main) (?:choice|option)|(?:may|might|could|can) (?:also |sometimes )?be "
    r"(?:an|another|a (?:good|possible|further|useful)) option|(?:is|are) (?:also |sometimes )?"
    # ("Steroids are one treatment option")
    r"(?:an|another|one|a (?:good|possible|further|useful)) (?:treatment |therapy )?option)"
    # ("X is the first choice for adults, and Y for children": who, then the next clause)
    r"(?: of (?:treatment|drug|medicine|therapy))?\s*(?:[.;]|(?:for|in) (?P<y>[\w' -]{2,60}?)"
    r"\s*(?:[.;]|,\s+(?:and|but|while|whereas)\s)|$"
    # ("X is the first choice, usually for at least a year": how long, said after it)
    r"|,\s+(?:usually|often|typically|normally|generally|given|taken|used|which)\b)", _I)
_CHOICE_GATE = re.compile(r"\b(?:first|preferred|usual|standard|first-line|best|main) "
                          r"(?:choice|option)|\b(?:an|another|one|good|possible|further|useful) "
                          r"(?:treatment |therapy )?option\b", _I)
# "If treatment is needed, the first choice is usually steroid tablets": the choice named
# after it.
_CHOICE_IS = re.compile(r"(?:^|,\s+)the (?:first|preferred|usual|standard|first-line|best|main) "
                        r"(?:choice|option)(?: of (?:treatment|drug|medicine|therapy))? (?:is|are) "
                        r"(?:usually |often |generally |normally |typically |still |now )?"
                        r"(?P<x>[\w' -]{3,40}?)\s*(?:[.;]|$)", _I)
# "an option for some people": who it is for, not what it treats.
_PEOPLE_FOR = re.compile(r"^(?:(?:some|most|many|all|older|younger|certain|these|such) |"
                         r"(?:a (?:very )?(?:small |large )?number|a few|a minority|some) of )?"
                         r"(?:people|patients|children|adults|women|men|those|babies)\b", _I)


def first_choice(sentence: str) -> tuple[str, str] | None:
    """Return the remedy a sentence calls the first choice, and what for ("" if unsaid).

    >>> first_choice("If you need treatment, zorbulin is usually the first choice.")
    ('zorbulin', '')
    >>> first_choice("The choice is yours.") is None
    True
    """
    if ("choice" not in sentence and "option" not in sentence) or \
            _CHOICE_GATE.search(sentence) is None:
        return None
    m = _FIRST_CHOICE.search(sentence)
    if m is None:
        chosen = _CHOICE_IS.search(sentence)
        return (chosen.group("x").strip(), "") if chosen is not None else None
    what = (m.group("y") or "").strip()
    return m.group("x").strip(), "" if _PEOPLE_FOR.match(what) else what
