"""The wording rules extraction uses: section types, relation triggers, phrase cleanup.

Every rule here is about how health pages are written, never about one
disease: section headings ("Risk factors", "How is it treated?"), list
lead-ins ("Symptoms may include:") and relation phrases ("raises the risk
of", "is treated with").  All regexes are compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.graph import vocab as v

_I = re.IGNORECASE

# Claim types a heading or a list lead-in can announce, tried in order.
SKIP = "skip"
RISK, CAUSE, SYMPTOM, COMPLICATION = "risk", "cause", "symptom", "complication"
DIAGNOSIS, TREATMENT, PREVENTION, PROGNOSIS = "diagnosis", "treatment", "prevention", "prognosis"

SECTION_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (SKIP, re.compile(
        r"when (?:should|to) (?:i |you )?(?:see|call|contact|talk|get)|questions?\b|references|"
        r"bibliograph|related|products|services|care at\b|about the author|appointment|"
        r"contact|support group|patient support|further information|more information|"
        r"research|clinical trials?|a note from|what's new|resources|newsletter|download|"
        r"medically reviewed|written by|disclaimer|sources|citations|living with|coping", _I)),
    (PREVENTION, re.compile(r"prevent\w*|(?:lower|reduc)\w* (?:your |the )?risk|avoid\w*", _I)),
    (RISK, re.compile(r"risk factors?|who (?:is|are) at risk|at (?:higher |greater )?risk|"
                      r"who (?:gets|can get|is affected)|risk", _I)),
    (COMPLICATION, re.compile(r"complications?", _I)),
    (CAUSE, re.compile(r"causes?\b|caused|why (?:do|does)|triggers?|play\w* (?:a )?roles?|"
                       r"contribut\w+", _I)),
    (SYMPTOM, re.compile(r"symptoms?|signs?\b|manifestations?|how (?:the (?:illness|condition|"
                         r"disease)|it) affects|look like|features", _I)),
    (DIAGNOSIS, re.compile(r"diagnos\w*|tests?\b|exams?\b|examination|screening", _I)),
    (TREATMENT, re.compile(r"treat\w*|manag\w*|therap\w*|medications?|medicines?|drugs?|"
                           r"what can be done|care options|surgery|remed\w*|\bcures?\b", _I)),
    (PROGNOSIS, re.compile(r"outlook|prognosis|survival|life expectancy|"
                           r"what (?:can|should) (?:i|you) expect|mortality|how long", _I)),
)


@lru_cache(maxsize=4096)
def section_type(heading: str) -> str | None:
    """Return the claim type a heading or lead-in announces (None if none or several).

    >>> section_type("What causes it?"), section_type("Symptoms and causes")
    ('cause', None)
    """
    found = [t for t, rx in SECTION_TYPES if rx.search(heading)]
    if SKIP in found:
        return SKIP
    if PREVENTION in found:
        return PREVENTION
    if RISK in found and CAUSE in found:
        return RISK
    if TREATMENT in found and len(set(found) - {TREATMENT, DIAGNOSIS}) == 0:
        return TREATMENT if DIAGNOSIS not in found else None
    return found[0] if len(set(found)) == 1 else None


# What a list item under each type says, and which way round.
# "f>t": the item is the subject, the topic the object; "t>f": the reverse.
ITEM_RELATIONS: dict[str, tuple[str, str]] = {
    RISK: (v.INCREASES_RISK_OF, "f>t"),
    CAUSE: (v.CONTRIBUTES_TO, "f>t"),
    SYMPTOM: (v.HAS_SYMPTOM, "t>f"),
    COMPLICATION: (v.HAS_COMPLICATION, "t>f"),
    DIAGNOSIS: (v.DIAGNOSED_BY, "t>f"),
    TREATMENT: (v.USED_FOR, "f>t"),
    PREVENTION: (v.PREVENTS, "f>t"),
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A relation phrase: its predicate and where subject and object sit.

    ``shape`` names the sides: L = words before the phrase, R = words after,
    T = the topic.  "L>R" reads "left predicate right".
    """

    name: str
    pattern: re.Pattern[str]
    predicate: str
    shape: str
    keys: tuple[str, ...] = ()  # lower-case words one of which the phrase must contain


_KEYS = {
    "risk-list": ("risk factor",), "symptom-list": ("symptom", "sign", "manifestation"),
    "complication-list": ("complication",), "treatment-list": ("treatment", "therap"),
    "test-list": ("test", "stud", "exam"), "raises-risk": ("risk", "chance", "likelihood", "odds"),
    "is-risk-factor": ("risk factor",), "main-symptom": ("symptom",),
    "at-risk": ("risk", "prone", "suscept", "predispos", "likely"),
    "more-common-in": ("common", "prevalent", "frequent", "often seen"),
    "affects-people": ("affects",), "associated": ("associat", "linked", "connected", "related"),
    "caused-by": ("caused by",), "cause-of": ("cause",), "due-to": ("due to", "because of"),
    "seen-in-people": ("diagnosed", "seen", "found", "occur", "happen"),
    "causes": ("cause", "lead", "result", "trigger"),
    "diagnosed-by": ("diagnos",), "confirms": ("confirm", "identif", "detect", "diagnosis"),
    "treated-with": ("treated", "managed"), "used-to-treat": ("used",),
    "prescribe": ("recommend", "prescrib", "suggest", "give", "administer"),
    "may-help": ("help", "improve"), "prevents": ("prevent",),
    "given": ("administered", "given", "prescribed", "used", "recommended", "offered",
              "performed", "ordered", "taken", "tried", "necessary", "needed", "required"),
    "purpose": ("reduc", "decreas", "remov", "reliev", "ease", "heal", "control", "lower",
                "improv", "restor", "promot", "clear", "dissolv", "shrink", "stop", "block",
                "slow"),
    "achieved-with": ("with", "by", "using"),
    "detects": ("detect", "identif", "reveal", "show", "measure", "check", "perform", "order",
                " do ", " use", "based on"),
    "mimics": ("mimic", "resembl", "look like", "looks like", "confused", "mistaken"),
}


def _t(name: str, rx: str, predicate: str, shape: str) -> Trigger:
    return Trigger(name, re.compile(rx, _I), predicate, shape, _KEYS[name])


_INCL = (r"(?:may |can |often |usually |commonly |also |typically )*"
         r"(?:include|includes|are|is|involves?|consists? of)\b:?")
TRIGGERS: tuple[Trigger, ...] = (
    # Lists introduced by a type word: "Risk factors include ...".
    _t("risk-list",
       rf"\b(?:other |possible |known |main )?risk factors?(?: for [\w' -]+?)? {_INCL}",
       v.INCREASES_RISK_OF, "R>T"),
    _t("symptom-list", rf"\b(?:signs and symptoms|symptoms and signs|symptoms|signs|"
                       rf"manifestations)(?: of [\w' -]+?)? {_INCL}|\b(?:main|most common|first|"
                       r"key|typical|usual) (?:symptom|sign)s? (?:is|are)\b", v.HAS_SYMPTOM, "T>R"),
    _t("complication-list", rf"\bcomplications(?: of [\w' -]+?)? {_INCL}|\bcan cause (?:many |"
                            r"several |serious )?complications,? (?:like|such as|including)\b",
       v.HAS_COMPLICATION, "T>R"),
    _t("treatment-list", rf"\b(?:treatments?|treatment options|therapies)(?: (?:of|for) "
                         rf"[\w' -]+?)? {_INCL}|\btreatment of [\w' -]+? (?:primarily |mainly )?"
                         r"involves\b", v.USED_FOR, "R>T"),
    _t("test-list", r"\b(?:tests?|studies|exams?|examinations?),? (?:such as|like|including)\b|"
                    r"\border (?:the following |some |a few )?tests\b",
       v.DIAGNOSED_BY, "T>R"),
    # Relation phrases between two noun phrases.
    _t("raises-risk", r"\b(?:raises?|increases?|heightens?|boosts?|raising|increasing)"
                      r" (?:your |the |a person's |one's |their )?(?:risk|chance|likelihood|odds)s?"
                      r" (?:of|for)(?: developing| getting| having)?\b",
       v.INCREASES_RISK_OF, "L>R"),
    _t("is-risk-factor", r"\b(?:is|are) (?:an? |the )?(?:\w+ )?risk factors?(?: for| of)?\b",
       v.INCREASES_RISK_OF, "L>R"),
    _t("at-risk", r"\b(?:are|is|be) (?:also )?(?:at )?(?:a )?(?:higher|greater|increased|more) "
                  r"risk (?:of|for)(?: developing| getting)?\b|\b(?:are|is|be) (?:also )?(?:more )?"
                  r"(?:prone|susceptible|predisposed|likely) to(?: developing| get| getting)?\b",
       v.INCREASES_RISK_OF, "L>R"),
    _t("more-common-in", r"\b(?:is |are )?(?:more|most) (?:common|prevalent|frequent|often seen)"
                         r" (?:in|among)\b", v.INCREASES_RISK_OF, "R>L"),
    _t("seen-in-people", r"\b(?:is|are) (?:most |more |also )?(?:commonly |often |usually |mostly"
                         r" |frequently )?(?:diagnosed|seen|found|occurs?|happens?) in "
                         r"(?=(?:people|those|individuals|patients|women|men|adults|children)\b)",
       v.INCREASES_RISK_OF, "R>L"),
    _t("affects-people", r"\b(?:most |more )?(?:often |commonly |usually |mainly )?affects"
                         r" (?=(?:people|those|women|men|adults|children|patients|individuals)\b)",
       v.INCREASES_RISK_OF, "R>L"),
    _t("associated", r"\b(?:is|are|was|were|be|been)? ?(?:\w+ )?(?:associated|linked|connected"
                     r"|related)(?: with| to)\b", v.ASSOCIATED_WITH, "L>R"),
    _t("cause-of", r"\b(?:is|are) (?:the |a |an )?(?:most common |main |leading |major |common |"
                   r"usual )?causes? of\b", v.CAUSES, "L>R"),
    _t("due-to", r"\b(?:mainly |mostly |usually |often )?(?:due to|because of)\b", v.CAUSES, "R>L"),
    _t("caused-by", r"(?:\b(?:is|are|can be|may be) (?:often |usually |mainly )?)?\bcaused by\b",
       v.CAUSES, "R>L"),
    _t("causes", r"\b(?:causes|cause|can cause|may cause|leads? to|can lead to|may lead to|"
                 r"results? in|triggers?)\b", v.CAUSES, "L>R"),
    _t("diagnosed-by", r"\b(?:is|are|can be|may be) (?:\w+ )?diagnosed (?:by|with|using|through|"
                       r"via|based on)\b|\bdiagnosis is (?:\w+ )?(?:made|based|confirmed)"
                       r" (?:\w+ )?(?:by|on|with|through)\b", v.DIAGNOSED_BY, "T>R"),
    _t("confirms", r"\b(?:can|may|will|to)? ?(?:help )?(?:confirm|identify|detect)s? (?:the )?"
                   r"(?:diagnosis|condition)\b|\bprovides? a (?:definitive )?diagnosis\b",
       v.DIAGNOSED_BY, "T>L"),
    _t("treated-with", r"\b(?:is|are|can be|may be) (?:often |usually |mainly |typically )?"
                       r"(?:treated|managed) (?:with|by|using)\b", v.USED_FOR, "R>T"),
    _t("used-to-treat", r"\b(?:is|are) (?:often |frequently |commonly |sometimes )?used "
                        r"(?:to treat|for|in)\b", v.USED_FOR, "L>R"),
    _t("prescribe", r"\b(?:recommend|prescribe|suggest|give|administer)s?\b",
       v.USED_FOR, "R>T"),
    _t("given", r"\b(?:is|are|may be|can be|will be|be|been) (?:frequently |often |usually |"
                r"commonly |sometimes |also |then )?(?:administered|given|prescribed|used|"
                r"recommended|offered|performed|ordered|taken|tried|necessary|needed|required)\b",
       v.USED_FOR, "L>T"),
    _t("achieved-with", r"\b(?:achieved|done|managed|controlled|relieved|eased) (?:with|by|using)"
                        r"(?: the help of)?\b|\bwith the help of\b", v.USED_FOR, "R>T"),
    _t("detects", r"\b(?:shown to |can |may |to |help )?(?:detect|identify|reveal|show|measure)s?\b"
                  r"|\bcheck(?:s|ed)? (?:for )?|\b(?:perform|order|do|use)s? (?:a |an )?(?=\w)|"
                  r"\bbased on\b", v.DIAGNOSED_BY, "T>R"),
    _t("mimics", r"\b(?:mimics?|resembles?|look(?:s)? like|(?:is|are) (?:often )?(?:confused|"
                 r"mistaken) (?:with|for))\b", v.RESEMBLES, "T>R"),
    _t("purpose", r"\b(?:(?:in order )?to |helps? (?:to )?)?(?:reduce|decrease|remove|relieve|ease|"
                  r"heal|control|lower|improve|restore|promote|clear|dissolve|shrink|stop|block|slow)"
                  r"(?:s|es)?\b", v.TARGETS, "L>R"),
    _t("may-help", r"\b(?:may|might|can|could) (?:also )?help\b|\bimproves? survival\b",
       v.EFFECTIVE_FOR, "L>T"),
    _t("prevents", r"\b(?:can |may |helps? |to )?(?:help )?prevents?\b", v.PREVENTS, "L>R"),
)



def find_triggers(sentence: str) -> list[tuple[re.Match[str], Trigger]]:
    """Return the relation phrases in a sentence, in order, earlier rules winning overlaps.

    A substring test on each rule's key words comes first: it is far cheaper
    than a regex pass, and most sentences hold only one or two relations.
    """
    low = sentence.lower()
    found: list[tuple[re.Match[str], Trigger]] = []
    for trig in TRIGGERS:
        if not any(k in low for k in trig.keys):
            continue
        for m in trig.pattern.finditer(sentence):
            if not any(m.start() < o.end() and o.start() < m.end() for o, _ in found):
                found.append((m, trig))
    found.sort(key=lambda mt: mt[0].start())
    return found

# Body sites, to record where a condition shows ("affects").  A site named as
# part of another condition or a test ("kidney failure", "skin biopsy") is not one.
ANATOMY = re.compile(
    r"\b(?:(?:upper|lower) (?:extremities|limbs)|(?:small |tiny )?blood vessels|arterioles|"
    r"capillaries|(?:subcutaneous |soft )?(?:fat|adipose) tissues?|soft tissues|dermis|skin|"
    r"abdomen|belly|stomach|trunk|torso|chest|neck|face|scalp|thighs?|buttocks?|breasts?|"
    r"(?:external )?genitalia|groin|legs?|arms?|hands?|feet|foot|fingers?|toes?|joints?|eyes?|"
    r"lungs?|brain|heart|liver|kidneys?|intestines?|bowel|muscles?|bones?|nerves?|mouth|throat)"
    r"\b(?! (?:failure|disease|diseases|problems?|function|functions|transplant|stones?|injury|"
    r"cancer|infections?|levels?|density|damage|scans?|biopsy|biopsies|grafts?|tests?|"
    r"team|dietitian|specialists?|doctors?|care|colou?r|changes?|condition|sample|and liver|"
    r"and kidney))", _I)

# "There is no specific treatment shown to work", "There isn't a clear way to
# prevent it": a page denying that any treatment (or prevention) works.
NO_REMEDY = re.compile(
    r"\bthere(?: is|'s| are)?\s*(?:no|not (?:a|any)|n't (?:a|any)|isn't (?:a|any)|aren't any)\s+"
    r"(?:\w+\s+){0,2}?(?P<noun>treatments?|cures?|therap(?:y|ies)|medicines?|drugs?|ways?|"
    r"means)\b(?P<rest>.*)$", _I)

# Words that point back to the topic when they open a clause.
TOPIC_ALIASES = re.compile(
    r"^(?:it|this condition|the condition|this disease|the disease|this illness|"
    r"the illness|this disorder|the disorder)$", _I)
# Words that point back to the thing just named (a list item's head).
ANAPHORA = re.compile(r"^(?:this|these|that|which|they|it)(?: \w+)?$", _I)
# Phrases too generic to be an entity on their own.
GENERIC = re.compile(
    r"^(?:the following|following|these|those|this|that|it|they|them|more|other|others|"
    r"one|ones|things?|factors?|conditions?|people|patients|individuals|you|we|time|cases?|"
    r"types?|several|many|some|lot|treatments?|therap(?:y|ies)|medicines?|medications?|"
    r"drugs?|procedures?|tests?|interventions?|measures?|options?|care|help|way|ways|"
    r"problems?|issues?|changes?|exact|risk factors?|substances?|colou?rs?|chemical changes|"
    r"successful|conditions and risk factors|symptoms?|signs?|few|a few|evidence|"
    r"diagnosis|results?|levels?|thought|important|it's important|slow|be|considered to be|"
    r"(?:\w+ )?(?:doctor|provider|professional|team|nurse)s?)$",
    _I)
_PERSON = re.compile(r"^(?:you|your|we|he|she|he/she|they)\b|\b(?:doctors?|providers?|"
                     r"professionals?|team|nurses?)\b", _I)


def is_generic(phrase: str) -> bool:
    """Return whether a phrase is too generic or names a person rather than a thing."""
    return bool(GENERIC.match(phrase) or _PERSON.search(phrase))

_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_LEAD_WORDS = re.compile(
    r"^(?:(?:and|or|but|also|lastly|finally|additionally|besides|often|usually|generally|"
    r"sometimes|other|some|certain|various|several|many|most|any|all|your|their|the|a|an|"
    r"very|especially|mainly|including|such as|like|e\.g\.|i\.e\.|etc|known|possible|"
    r"a history of|history of|the use of|use of|taking|being|of|there (?:is|are|isn't|aren't)|"
    r"in turn|even|thus|therefore|then|eventually|gradually|"
    r"conducting|performing|doing|having|getting|using|receiving|undergoing|"
    r"there's|no|not|any)\b[\s,]*)+", _I)
_TRAIL = re.compile(
    r"(?:\s+(?:and|or|etc|and more|and others|use|too|as well))+\s*$|[\s.,;:!*?\"'-]+$", _I)
_CUT = re.compile(
    r"\s*(?:,\s*(?:when|which|who|where|whose|as|mainly|especially|usually|often|also|"
    r"because|since|so|but|while|although|though|even|that|to|in|from|due|either|most|"
    r"frequently|mostly|typically)\b"
    r"|\s(?:that|which|who|whose|when|where|because|since|due to|so that|while|although|"
    r"resembling|mimicking|to (?:assess|check|measure|help|make|see|find|improve|reduce|"
    r"remove|treat|prevent|promote|control|restore|decrease|increase|lower|raise|relieve|ease|"
    r"heal|stop|keep|avoid|manage|diagnose|confirm))\b"
    r"|\s(?:can|may|might|could|will|would|is|are|was|were|has|have|had|do|does|did)\s"
    r"|\s(?:from|in|on|to|into|around)\s+(?:your|their|his|her|the body|elsewhere)\b"
    r"|\s(?:in|among|for) (?:most|some|many|all|people|adults|children|patients|older|younger|"
    r"those|women|men)\b"
    r"|:|;|\s[-–—]\s|\.\s).*$", _I)
_CALLED = re.compile(
    r"(?:,?\s*(?:also\s+)?(?:called|known as|referred to as|termed)|\bthis\s+(?:also\s+)?"
    r"is\s+(?:also\s+)?called)\s+(?:an?\s+|the\s+)?([^,.;:()]+)", _I)
_EXAMPLES = re.compile(r"[,(]?\s*\b(?:such as|like|including|e\.g\.,?|for example)\s+", _I)
_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or|and/or)\s+|,\s*|;\s*|\s+(?:and/or|and|or)\s+)\s*", _I)
_PEOPLE_WITH = re.compile(
    r"^(?:people|those|individuals|patients|persons|adults|children|women|men)\s+(?:who\s+"
    r"(?:have|had|are|were|take|use|receive)|with|having|on|receiving|taking|experiencing)\s+", _I)

LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("excess", re.compile(r"^(?:too much|too many|excess(?:ive)?|excess ingestion of|"
                          r"overuse of|over-?production of)\s+", _I)),
    ("high", re.compile(r"^(?:high|higher|elevated|increased|raised)\s+(?:blood\s+|serum\s+)?"
                        r"levels?\s+of\s+", _I)),
    ("low", re.compile(r"^(?:low|lower|reduced|decreased)\s+(?:blood\s+|serum\s+)?"
                       r"levels?\s+of\s+", _I)),
    ("deficiency", re.compile(r"^(?:lack of|not enough|too little|deficiency of|shortage of)"
                              r"\s+", _I)),
    ("abnormal", re.compile(r"^(?:an?\s+)?(?:imbalance|abnormalit(?:y|ies)|disorders?|"
                            r"problems?|trouble)\s+(?:in\s+(?:the\s+)?(?:body|blood)\s+)?"
                            r"(?:of|in|with)\s+(?:the\s+)?(?:\w+\s+of\s+)?(?:(?:minerals?|"
                            r"proteins?|levels?|hormones?)\s+)?", _I)),
)


def strip_parens(text: str) -> str:
    """Remove parenthetical remarks: "warfarin (Jantoven)" → "warfarin"."""
    prev = None
    while prev != text:
        prev, text = text, _PAREN.sub("", text)
    return text


def called_name(text: str) -> str | None:
    """Return the name a phrase gives itself ("also called fibrosis" → "fibrosis")."""
    m = _CALLED.search(text)
    return m.group(1).strip() if m else None


def cut_clause(text: str) -> str:
    """Drop a trailing relative or subordinate clause ("..., which can heal")."""
    return _CUT.sub("", text)


def clean_phrase(text: str) -> str:
    """Cut a phrase down to its head: no lead words, clauses, or trailing punctuation.

    >>> clean_phrase("A history of dialysis, which is common")
    'dialysis'
    """
    text = strip_parens(text).strip()
    text = _CUT.sub("", text)
    text = _LEAD_WORDS.sub("", text)
    text = _PEOPLE_WITH.sub("", text)
    return _TRAIL.sub("", text).strip()


def split_list(text: str) -> list[str]:
    """Split a coordinated list ("A, B, and C", "A or B") into its members."""
    text = strip_parens(text)
    return [p for p in _SPLIT.split(text) if p and p.strip()]


def examples(text: str) -> tuple[str, str] | None:
    """Return (class phrase, members text) for "X such as A, B and C"."""
    m = _EXAMPLES.search(text)
    if not m:
        return None
    return text[:m.start()], text[m.end():]


def level_of(phrase: str) -> tuple[str | None, str]:
    """Return (level, rest) for "too much X", "high levels of X", "imbalance of X"."""
    for level, rx in LEVELS:
        m = rx.match(phrase)
        if m and phrase[m.end():].strip():
            return level, phrase[m.end():]
    return None, phrase


_VERB_LEAD = re.compile(
    r"^(?:(?:who\s+)?(?:are|were|is|have|has|had|experienced|experience|developed|develop|"
    r"received|receive|underwent|undergone|take|took|use|used|get|got|been|being)\s+)+"
    r"(?:on\s+|an?\s+|the\s+)?", _I)
_PEOPLE_NOUN = re.compile(r"^(?:people|those|individuals|patients|persons|adults)\s+(?:who\s+)?",
                          _I)
_PEOPLE_TAIL = re.compile(r"\s+(?:people|patients|individuals|persons|adults)$", _I)


def people_factor(phrase: str) -> str:
    """Return the factor in "people with X", "those who have had X", "obese people"."""
    text = _PEOPLE_WITH.sub("", phrase.strip())
    text = _PEOPLE_NOUN.sub("", text)
    text = _VERB_LEAD.sub("", text)
    text = re.sub(r"^(?:with|having|on|receiving|taking|experiencing)\s+", "", text, flags=_I)
    return _PEOPLE_TAIL.sub("", text).strip()


_EXAMPLE_PARENS = re.compile(r"\s*\((?:e\.g\.,?|such as|including|for example,?|like)\s+"
                             r"([^()]*)\)", _I)
# A non-restrictive aside between commas ("X, which you get by drip, may help").
_ASIDE = re.compile(r",\s*(?:which|who|wherein|whereby|where)\b[^,;]{1,120},"
                    r"(?=\s*(?:may|might|can|could|is|are|was|"
                    r"were|will|has|have|helps?|causes?|leads?)\b)", _I)
_SUBORDINATE = re.compile(r"\s(?:since|because|although|though|whereas|unless|so that)\b.*$", _I)
_PURPOSE = re.compile(r"\s+(?:in order )?to (?:assess|check|measure|help|make|see|find|improve|"
                      r"reduce|remove|treat|prevent|promote|control|restore|decrease|increase|"
                      r"lower|raise|relieve|ease|heal|stop|keep|avoid|manage|diagnose|confirm)\b.*$",
                      _I)


def cut_purpose(text: str) -> str:
    """Drop a trailing purpose clause ("... and other measures to restore blood flow")."""
    return _PURPOSE.sub("", _SUBORDINATE.sub("", text))


# A bare list in brackets after a class ("cancer (lymphoma, leukemia and myeloma)").
_LIST_PARENS = re.compile(r"\s*\((?!i\.e|or\b|also\b|see\b|pronounced)([^()\d]*?,[^()\d]*?"
                          r"\b(?:and|or)\b[^()\d]*)\)", _I)
_ANY_PARENS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def prepare(sentence: str) -> str:
    """Return a sentence for the relation rules: example lists kept, other asides dropped.

    >>> prepare("Autoimmune disorders (e.g., lupus, sarcoidosis) and obesity (BMI >30)")
    'Autoimmune disorders, such as lupus, sarcoidosis, and obesity'
    """
    text = _EXAMPLE_PARENS.sub(r", such as \1,", sentence)
    text = _LIST_PARENS.sub(r", such as \1,", text)
    text = _ASIDE.sub("", text)
    prev = None
    while prev != text:
        prev, text = text, _ANY_PARENS.sub("", text)
    return text.replace(",,", ",")


_ADJECTIVE_ONLY = re.compile(r"^(?:\w+ )?\w+(?:ful|ic|ous|ive|al|less|ish|like|ary|ed)$", _I)


def is_modifier(phrase: str) -> bool:
    """Return whether a list member is only adjectives ("extremely painful", "ischemic")."""
    return bool(_ADJECTIVE_ONLY.match(phrase)) and not phrase.lower().endswith(
        ("bleed", "blood", "hospital", "animal", "trial", "renal", "medical"))
