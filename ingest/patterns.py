"""The wording rules extraction uses: section types, relation triggers, phrase cleanup.

Every rule here is about how health pages are written, never about one
disease: section headings ("Risk factors", "How is it treated?"), list
lead-ins ("Symptoms may include:") and relation phrases ("raises the risk
of", "is treated with").  All regexes are compiled once at import (the
relation phrases' lower-case twins, see .caseless, on first use).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re

from .caseless import alternatives_look, finditer, search
from .factor_clauses import KIN_WORDS
from .lexicon import SIGNS_TOGETHER
from .look_alike_lists import RULED_OUT
from .tests_gone_through import HAS_TEST
from .wordtrie import trie

_I = re.IGNORECASE

# Claim types a heading or a list lead-in can announce, tried in order.
SKIP = "skip"
ELSEWHERE = "elsewhere"  # a list about something else ("These can be signs of a stroke")
LOOK_ALIKE = "look-alike"  # a list of what the topic can be taken for ("It can be mistaken for:")
RISK, CAUSE, SYMPTOM, COMPLICATION = "risk", "cause", "symptom", "complication"
DIAGNOSIS, TREATMENT, PREVENTION, PROGNOSIS = "diagnosis", "treatment", "prevention", "prognosis"

# Some time after the illness began ("... one to two weeks later"): when a sign comes, said
# after the verb (the "follows" phrase reads no cause there; rules reads a sign that comes).
SPAN_LATER = r"\s+[^.;,]{0,25}?\b(?:days?|weeks?|months?) later\b"

# A denial just before a verb of getting better: "does not improve with rest".
NOT_JUST_BEFORE = r"(?<!not )(?<!n't )(?<!never )(?<!no longer )(?<!won't )(?<!cannot )"
# What people get better "with" that is when, no care: time, age, the years ("improves with
# age", "with the passing of time", "with time alone"), turned away wherever a reading takes
# what follows "better with" as the care.
NO_CARE = r"(?:the passing of )?(?:time|age|older age|the years|(?:the )?time alone)"
# How a remedy is given, said after it with nothing more: "the first treatment offered".
OFFERED = r"(?:offered|given|used|tried|prescribed|recommended|advised)"
SECTION_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Only what is not the page's content is skipped (and counted as skipped):
    # "When to see a doctor" or "Living with it" sections are read as prose.
    (SKIP, re.compile(
        r"^(?:references|bibliography|related(?: \w+){0,2}|products(?: and services)?|services|"
        r"care at\b.*|about the authors?|request an appointment|appointments?|contact(?: us)?|"
        r"a note from\b.*|what's new|resources|newsletter|downloads?|medically reviewed\b.*|"
        r"written by\b.*|disclaimer|sources|citations|further reading|footnotes)$", _I)),
    (PREVENTION, re.compile(r"prevent\w*|(?:lower|reduc|cut|minimi[sz])\w* (?:your |the |a |their |"
                            r"your child's |my |our |my child's )?(?:risk|chances?|likelihood|"
                            r"odds)|avoid\w*|"
                            r"^protecting (?:yourself|your family|others|your child)|"
                            r"\bprotect (?:myself|yourself|my child|your child|my family|"
                            r"your family|ourselves)\b|"
                            r"^vaccin\w*$|^immuni[sz]ation$|"
                            r"\bstop(?:ping|s)? (?:it |the (?:illness |infection |disease )?)?"
                            r"spread\w*|^hygiene\b|^(?:staying|keeping|stay|keep) (?:yourself )?"
                            r"safe\b|\bstop (?:it|this) (?:from )?(?:happening|coming back)\b",
                            _I)),
    (RISK, re.compile(r"risk factors?|who (?:is|are) at risk|at (?:higher |greater )?risk|"
                      r"who (?:gets|can get|is affected)|risk|makes? (?:it|you|people|someone) "
                      r"more likely|(?:more|most) likely to (?:get|develop|have|catch)|"
                      r"(?:happen|occur|develop)s? if (?:you|they|people|someone)|"
                      r"^transmission$|how (?:is it|it is|does it|it) spreads?\b|"
                      r"how (?:do )?(?:you|people) (?:can |might |may )?(?:get|catch) it|"
                      # ("How you get grebble fever", "How do people catch it?")
                      r"^how (?:do |does |can )?(?:you|people|someone|a person|children) "
                      r"(?:can |might |may )?(?:get|catch|develop)\b|^associated conditions$|"
                      r"\bget infected\b|\bsources? of (?:the )?infection|^spread$|^exposures?$|"
                      r"^genetics$|^inherit\w*|\bis it inherited|"
                      # "It can happen after:", "You can get it through:", "Ways it spreads:"
                      r"\b(?:it|this|the (?:infection|illness|disease|condition)) (?:can |may |"
                      r"might |often |usually )?(?:happens?|occurs?|develops?|starts?|appears?|"
                      r"begins?) (?:after|following)\b|"
                      # "It is more common in people who:"
                      r"\b(?:more|most) (?:common|likely) (?:in|among) (?:people|those|children|"
                      r"adults|women|men|babies|patients)(?: who\b| with\b|:)|"
                      r"\b(?:get|catch|pick up|contract) it (?:from|through|by|via|after)\b|"
                      # "The germs can enter the body through:": the ways in
                      r"\b(?:enters?|entering|gets? (?:in|into)) (?:the |your )?(?:body |skin )?"
                      r"(?:through|via)\s*:?\s*$|"
                      r"\bways? (?:it|the (?:infection|illness|disease|virus|germs?)) "
                      r"(?:can )?(?:spreads?|is spread|passes|is passed)\b|"
                      r"\b(?:it|the (?:infection|illness|disease|virus|germs?)) (?:can |may |is )?"
                      r"(?:be )?(?:spreads?|spread|passe[sd]|pass) (?:through|by|via)\b|"
                      # "The chance of getting it is higher if you:", "Your chances are higher"
                      r"\b(?:chances?|likelihood|odds) (?:of (?:getting|developing|catching) "
                      r"(?:it|this) )?(?:is |are )?(?:higher|greater|increased)\b|"
                      r"\b(?:higher|greater|increased) (?:chance|likelihood|odds)\b|"
                      r"\b(?:increase|raise)s? (?:your|the|their|a person's) chances?\b|"
                      # "This is more likely if you:", "more common in:", "more likely to affect:"
                      r"\b(?:more|most) (?:likely|common) (?:if|when|in|among)\b|"
                      r"\b(?:more|most) likely to affect\b|"
                      r"\b(?:more|most) (?:often|frequently) (?:seen |found |diagnosed )?(?:in|"
                      r"among)\b|^most cases (?:occur|are seen|happen|are found) in\b|"
                      r"\b(?:usually |mainly |mostly |often |typically |most often |tends? to )?"
                      r"affects? (?:people|those|children|adults|women|men|babies|patients|"
                      r"anyone) (?:who|with|aged|over|under)\b|"
                      r"\b(?:those|people|groups?) (?:most |more |especially )?(?:affected|"
                      r"vulnerable|susceptible)\b|\b(?:more|most|especially) (?:vulnerable|"
                      r"susceptible)\b|\bpredispos\w+|"
                      r"\b(?:get|catch|develop) it if\b|\bwho (?:does|can|might) it affect\b|"
                      # "Who develops grebble fever?", "How is grebble fever spread?"
                      r"^who (?:develops|is likely to get)\b|"
                      r"^how (?:is|are) [\w' -]{2,40}? (?:spread|caught|passed on|transmitted)\b|"
                      r"\bruns? in (?:the |some |certain )?famil(?:y|ies)\b|"
                      r"^is (?:it|this) (?:contagious|infectious)\b|"
                      r"\b(?:can (?:i|you) catch it|"
                      r"(?:is|are) (?:it|they) caught)\b|\bbring (?:it|this) on\b", _I)),
    (COMPLICATION, re.compile(r"complications?|sequelae|(?:long[- ]term|lasting|late) effects|"
                              r"after-?effects|(?:serious|severe|life-threatening|dangerous) "
                              r"(?:health )?problems|"
                              # "Without treatment it can cause:", "Some people are left with:"
                              r"^(?:without treatment|if (?:it is |it's |left )?(?:not treated|"
                              r"untreated))\b|\b(?:long[- ]term|lasting) problems\b|"
                              r"\b(?:are|is|be) left with\b|"
                              # "What happens if grebble fever is not treated?", "Dangers"
                              r"^what (?:happens|can happen) if\b.*\b(?:not treated|untreated)\b|"
                              r"^dangers$|\beffects? on (?:the|your) (?:body|health)\b", _I)),
    # Clinical pages head their sections "Aetiology", "Presentation", "Investigations".
    (CAUSE, re.compile(r"causes?\b|caused|why (?:do|does)|triggers?|play\w* (?:a )?roles?|"
                       r"contribut\w+|a?etiology|^causative (?:organisms?|agents?|germs?)$|"
                       r"^microbiology$|\bwhy (?:it|this) happens\b|"
                       # "Why has it happened to me?"
                       r"^why (?:has|did) (?:it|this) happen(?:ed)?\b|"
                       # "It happens when:", "It is due to:", "It results from:"
                       r"^(?:it|this|the (?:illness|condition|disease|infection)) (?:usually |"
                       r"often |mostly |mainly |can |may )*(?:happens?|occurs?|develops?|starts?) "
                       r"(?:when|because)\b|^(?:it|this) (?:is|can be|may be) (?:usually |often |"
                       r"mostly |mainly )?due to\b|"
                       r"^(?:it|this) (?:usually |often |mostly |mainly )?results? from\b", _I)),
    (SYMPTOM, re.compile(r"symptoms?|signs?\b|manifestations?|how (?:the (?:illness|condition|"
                         r"disease)|it) affects|look like|features|^(?:clinical )?presentation$|"
                         r"diagnostic factors?|^red flags?$|^warning signs?$|"
                         # "It typically presents with:", "It often starts with:"
                         r"\bpresents? with\b|\b(?:may|might|often|usually|commonly) "
                         r"(?:report|complain of)\b|^(?:it|this|the (?:illness|condition|disease|"
                         r"infection)) (?:usually |often |typically |may |can )*"
                         r"(?:starts?|begins?) with\b|"
                         r"^(?:typical |common |clinical |physical )findings\b|"
                         # a case definition's clinical part lists the signs
                         r"^clinical (?:criteria|case definition|description)\s*:?$|"
                         r"^clinical picture$|"
                         # a leaflet's questions: "How will I know I have it?", "What will I
                         # notice?", "What does it feel like?", "What should I look out for?"
                         r"^how (?:will|would|do|can) (?:i|you) (?:know|tell) (?:if |that |"
                         r"whether )?(?:i|you)\b|^what (?:will|might|may) (?:i|you) notice\b|"
                         r"^what does (?:it|this) feel like\b|"
                         r"^what should (?:i|you) (?:look out|watch out|look) for\b|"
                         # "What happens during a seizure?", "What happens in an attack?"
                         r"^what happens (?:during|in) (?:an? |the |each )?(?:seizure|attack|"
                         r"episode|flare(?:-up)?|fit|crisis)\b|"
                         # "Check if you have <topic>": a health service's list of its signs
                         r"^check if (?:you|your child|your baby) (?:have|has|might have)\b", _I)),
    # "Key diagnostic factors" on reference pages lists signs, not tests.
    (DIAGNOSIS, re.compile(r"diagnos(?!tic factors?)\w*|tests?\b|exams?\b|examination|screening|"
                           r"\b(?:doctor|provider|gp|specialist|clinician|team|nurse)s? (?:may |"
                           r"might |will |can |could |should )?(?:also )?(?:order|arrange|request)"
                           r"\b|\btesting\b|\bscans?\b|\bimaging\b|\bbiops(?:y|ies)\b|"
                           r"how (?:is|are) (?:it|they|this) (?:found|checked|detected|identified|"
                           r"confirmed)|\b(?:be|is|are) confirmed (?:by|with)\b|"
                           r"\brefer (?:you|them|your child) for\b|"
                           r"\binvestigations?\b|^work-?up$|^(?:laboratory|imaging|lab) studies$|"
                           r"^case definition$|\bdoctors? find out\b|"
                           r"^(?:laboratory|lab|imaging) findings$|^(?:histo)?pathology$|"
                           # "How do doctors know?", "Finding out if you have it"
                           r"^how (?:do|can|will) (?:doctors?|you|i|we) (?:know|tell|find out)\b"
                           # ("How will I know I have it?": by its signs, a patient's question)
                           r"(?! (?:if |that |whether )?(?:i|you)\b)|"
                           r"^finding out (?:if|whether)\b|"
                           # "Finding out what is wrong", "Working out what it is", "Getting
                           # checked", "Checking for it"
                           r"^(?:finding|working) out what(?:'s| is| it is)\b|"
                           r"^getting (?:checked|tested)\b|^checking for (?:it|this)\b|"
                           # a clinical page's laboratory and imaging parts
                           r"^(?:laboratory(?: evaluation| tests| work)?|labs|bloods|radiology)$|"
                           # "Laboratory criteria" (a case definition's test part), "Histologic
                           # findings", "How doctors check for it"
                           r"^(?:laboratory|lab) criteria$|^histolog(?:y|ic(?:al)? findings)$|"
                           r"^how (?:do )?(?:doctors?|your doctor|gps?) (?:check|checks|test|tests)"
                           r" for\b",
                           _I)),
    (TREATMENT, re.compile(r"treat\w*|manag\w*|therap\w*|medications?|medicines?|drugs?|"
                           r"what can be done|care options|surgery|remed\w*|\bcur(?:es?|ed|able)\b|"
                           # ("Your care team may:" names who, not what care)
                           r"\bcare\b(?! at\b| teams?\b)|self[- ]help|"
                           r"what (?:can|should) (?:i|you|we) do\b|"
                           r"things (?:you|i) can do|\bhelp with\b|rehabilitat\w*|"
                           r"^(?:other )?things that (?:may|might|can|could|often) help\b|"
                           r"^aftercare$|physiotherapy|physical therapy|"
                           r"\b(?:may|might|will|can|could|should) (?:also )?be (?:given|"
                           r"prescribed|offered)\b|"
                           r"^(?:anti(?:biotic|viral|fungal)s?|(?:cortico)?steroids|painkillers|"
                           r"pain relief)$|\bprescribe\b|^what (?:helps|can help)\b|"
                           r"^supportive (?:care|measures|treatment)|^first[- ]line\b", _I)),
    (PROGNOSIS, re.compile(r"outlook|prognosis|survival|life expectancy|^recovery$|"
                           r"what (?:can|should) (?:i|you) expect|mortality|how long|^outcomes?$|"
                           r"^(?:is|how serious is) (?:it|this)(?: serious)?\??$|"
                           # "Is grebble fever serious?", "Can grebble fever be fatal?"
                           r"^(?:is|can) [\w' -]{2,40}? (?:be )?(?:serious|dangerous|fatal|"
                           r"life-threatening|deadly)\??$|"
                           r"^is (?:it|this) (?:dangerous|fatal|life-threatening|deadly)\??$|"
                           r"^(?:does|will) (?:it|this) go away\??$|"
                           # "Will it come back?", "Can it recur?", "Getting better"
                           r"^(?:will|can|does|could) (?:it|this|[\w' -]{2,40}?) (?:come back|"
                           r"return|recur)\??$|^getting better$|"
                           r"^will (?:i|you|my child|they) (?:get better|recover)\b", _I)),
)


_UNTREATED = re.compile(r"\b(?:not treated|untreated)\b", _I)


# The verbs of "things that cause (lead to, bring on) X include": the causes-include phrase
# and rules' reading of what the things cause.
CAUSING_VERB = r"(?:causes?|triggers?|leads? to|brings? on)"


# A lead-in saying its items raise the risk lists risks, even when it names
# medicines or tests ("Some medicines and procedures raise the risk, such as:").
_RAISES = re.compile(r"\b(?:raise|increase|heighten|boost)s?\b[\w' ]{0,20}?\b(?:risk|chance|"
                     r"odds|likelihood)\b|\bmakes? (?:it|you|people|someone) more likely\b", _I)


def raises_risk(text: str) -> bool:
    """Return whether a heading or lead-in says its items raise the risk ("... can raise the
    risk", "makes it more likely")."""
    return _RAISES.search(text) is not None


# A lead-in about what may come of the condition: "there's a risk you could develop
# further problems, such as:" lists complications, not risk factors.
_RISK_YOU_GET = re.compile(r"\brisks? (?:that )?(?:you|they|people|your child|he|she) (?:could|"
                           r"may|might|can|will) (?:develop|get|have|go on to)\b|\brisk of "
                           r"(?:developing |getting )?(?:further |other |serious |more )?"
                           r"(?:problems|complications)\b", _I)


# The topic as the doer of "cause" in a heading about its harms ("Serious problems it can
# cause include:"), and what a doctor's examination finds: signs, not the examination.
_IT_CAUSES = re.compile(r"\b(?:it|this|they) (?:can |may |might |could |will |also |sometimes )*"
                        r"(?:cause|lead to|result in)\b", _I)
_EXAM_FINDS = re.compile(r"^on examination\b|\bexamination (?:may |can |often |usually |will )?"
                         r"(?:reveals?|shows?|finds?)\b", _I)
# "The diagnosis is based on the following signs:", "A diagnosis needs these signs:": the
# signs named are what the diagnosis rests on, ways of finding it.
_DIAGNOSIS_RESTS = re.compile(r"\bdiagnos[ie]s (?:is |can be |may be |is usually |is often )?"
                              r"(?:based on|made (?:on|from)|rests? on|relies on|depends on|"
                              r"needs?|requires?)\b", _I)
# "Clinical criteria:", "A case is confirmed when all of these are present:": a list of
# what a diagnosis needs, whatever else its words name.
_CRITERIA_LEAD = re.compile(r"\b(?:diagnostic|clinical|case|classification) criteria\b|"
                            r"\bcriteria for (?:the |a )?(?:diagnos|case)|\bcase definition\b|"
                            r"\b(?:a case|the diagnosis|a diagnosis|it) (?:is|can be|may be) "
                            r"(?:confirmed|made|diagnosed) (?:when|if)\b", _I)


# Section names of clinical reference pages whose words alone would mislead: "History and
# Physical" describes what patients have and show, "Evaluation" how it is diagnosed.
# A heading that asks what the topic causes names the kind of thing caused.
_WHAT_IT_CAUSES = re.compile(r"\b(symptoms|signs|complications|problems)\b(?!.*\bcaused\b)"
                             r".*\b(?:cause|lead to|bring on|result in)\s*\??\s*$", _I)
# A lead-in whose signs are what tests look for ("To check for signs of it, you may have:",
# "Your doctor will ask about your symptoms and may arrange:", "To find out which organs are
# affected, you may have:"): the list names the tests.  ("The doctor may check for signs
# such as:" offers no test: its list names signs.)
_SIGNS_SOUGHT = re.compile(
    r"\b(?:check(?:s|ing)?|look(?:s|ing)?|test(?:s|ing)?|screen(?:s|ing)?|search(?:es|ing)?) "
    r"for (?:any |possible |the |other )?(?:signs?|symptoms?|evidence)\b"
    r"|\bask(?:s|ed)? (?:you )?about (?:your |the )?symptoms\b"
    r"|\b(?:if|when) (?:your |the )?symptoms (?:suggest|point)"
    r"|\bto (?:find out|see|check|confirm|tell|work out) (?:if|whether|which|how|what)\b"
    r"|\b(?:rule|ruling) out\b", _I)
_TESTS_OFFERED = re.compile(
    r"\b(?:tests?|scans?|investigations?)\b|\byou (?:may|might|will|could|can) (?:also )?"
    r"(?:have|need|be (?:referred|sent|asked|offered))\b|\b(?:may|might|will|can) "
    r"(?:arrange|order|refer you|request|recommend|do|carry out)\b|\breferred (?:for|to)\b",
    _I)
_CLINICAL_HEADINGS = {"history and physical": SYMPTOM, "history and physical examination": SYMPTOM,
                      "history and examination": SYMPTOM, "evaluation": DIAGNOSIS,
                      # the illnesses it must be told apart from, not its tests
                      "differential diagnosis": LOOK_ALIKE, "differential diagnoses": LOOK_ALIKE,
                      "differentials": LOOK_ALIKE}


# A heading of what brings a flare on: "Things that can make symptoms worse", "What makes
# it worse?".
_MAKES_IT_WORSE = re.compile(r"\b(?:makes?|making|can make|may make) (?:your |the |my )?"
                             r"(?:symptoms|it|them|things|flare-ups?|the condition) worse\b", _I)
# "Common problems", "Main problems": a page's own heading for the signs it lists.
_PROBLEMS_HEADING = re.compile(r"(?:common|main|usual|typical|key) problems", _I)
# Every type's pattern as one alternation: it matches where one of them would, so a line
# it finds nothing in has no type.  One pass (through its lower-case twin) instead of nine
# over the first cell of each row of a long table, which _fields asks about row by row.
_ANY_SECTION_TYPE = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in SECTION_TYPES), _I)


@lru_cache(maxsize=4096)
def section_type(heading: str) -> str | None:
    """Return the claim type a heading or lead-in announces (None if none or several).

    >>> section_type("What causes it?"), section_type("Symptoms and causes")
    ('cause', None)
    """
    clinical = _CLINICAL_HEADINGS.get(heading.strip().strip(":?").lower())
    if clinical is not None:
        return clinical
    if "worse" in heading.lower() and _MAKES_IT_WORSE.search(heading):
        return CAUSE  # "Things that can make symptoms worse": its triggers, no signs
    if _PROBLEMS_HEADING.fullmatch(heading.strip().strip(":?")):
        return SYMPTOM  # "Common problems" on a page about one illness: what it brings
    if heading.rstrip().endswith(":") and _SIGNS_SOUGHT.search(heading) \
            and _TESTS_OFFERED.search(heading):
        return DIAGNOSIS  # "To check for signs of it, you may have:": tests, not signs
    if heading.rstrip().endswith(":") and _CRITERIA_LEAD.search(heading):
        return DIAGNOSIS  # "Clinical criteria:", "A case is confirmed if it shows:"
    if search(_ANY_SECTION_TYPE, heading) is None:
        return None  # no type's words at all (most table rows' first cells): nine passes spared
    # Through the lower-case twins (see .caseless): a line that is no heading (a table
    # row's first cell, asked of every row) holds none of most types' words.
    found = [t for t, rx in SECTION_TYPES if search(rx, heading)]
    if SKIP in found:
        return SKIP
    if PREVENTION in found:
        return PREVENTION
    if RISK in found and _RAISES.search(heading):
        return RISK  # "Some medicines and procedures raise the risk, such as:"
    if RISK in found and _RISK_YOU_GET.search(heading):
        return COMPLICATION  # "there's a risk you could develop problems such as:"
    if CAUSE in found:
        caused = _WHAT_IT_CAUSES.search(heading)
        if caused is not None:
            # "What other symptoms can it cause?": the symptoms are what it causes.
            return COMPLICATION if caused.group(1).lower().startswith(("compl", "prob")) \
                else SYMPTOM
    if RISK in found and CAUSE in found and set(found) <= {RISK, CAUSE}:
        return RISK  # ("Causes, Risk Factors And Complications": three kinds, none)
    if COMPLICATION in found and CAUSE in found and _IT_CAUSES.search(heading):
        return COMPLICATION  # "Serious problems it can cause include:"
    if DIAGNOSIS in found and _EXAM_FINDS.search(heading):
        return SYMPTOM  # "On examination there may be:": the signs a doctor finds
    if DIAGNOSIS in found and heading.rstrip().endswith(":") and \
            _DIAGNOSIS_RESTS.search(heading):
        return DIAGNOSIS  # "The diagnosis is based on the following signs:"
    if COMPLICATION in found and TREATMENT in found and _UNTREATED.search(heading):
        return COMPLICATION  # "What happens if it is not treated?": the harms, no care
    if TREATMENT in found and len(set(found) - {TREATMENT, DIAGNOSIS}) == 0:
        return TREATMENT if DIAGNOSIS not in found else None
    if (TREATMENT in found or SYMPTOM in found) and _TREATING_SIGNS.search(heading.strip()):
        # "Treating the symptoms", "Relieving your symptoms", "How to ease symptoms": care
        return TREATMENT
    return found[0] if len(set(found)) == 1 else None


# A heading on care for the signs: "Treating the symptoms", "Managing your symptoms".
_TREATING_SIGNS = re.compile(r"(?:^|^how (?:to|can i|can you|do i|do you) |^ways to |^tips to |"
                             r"^tips for |^things to )"
                             r"(?:treating|treatment of|treatments? for|managing|management of|"
                             r"relieving|relief of|relief for|easing|controlling|help with|"
                             r"helping|medicines? for|ease|relieve|soothe|manage|treat|control|"
                             r"cope with|coping with)\s+(?:the\s+|your\s+|its\s+|their\s+)?"
                             r"(?:\w+\s+)?(?:symptoms|signs|pain|itch(?:ing)?)\b", _I)


@lru_cache(maxsize=1)
def _type_words_look() -> re.Pattern[str] | None:
    """Return one search for the words some type's pattern needs to match (lower case), or
    None when one of the patterns gives no such words (see caseless.alternatives_look).

    Made on first use (parsing the nine patterns costs a few milliseconds), so only a run
    that reads a long table pays for it.
    """
    words: set[str] = set()
    for _, rx in SECTION_TYPES:
        found = alternatives_look(rx)
        if found is None:
            return None
        words.update(found)
    return re.compile(trie(sorted(words)))


def names_no_type(text: str) -> bool:
    """Return whether ``text`` holds none of the words any section type needs, so that
    :func:`section_type` finds no type in it (True only for ASCII text).

    A long table's first cells ("midge bite 12") are asked this first: one search of a
    word trie, not the types' patterns (~1 us, not ~8 us, a cell).
    """
    look = _type_words_look()
    return look is not None and text.isascii() and look.search(text.lower()) is None


class Side(StrEnum):
    """Where one end of a relation is found."""

    LEFT = "L"  # the words before the relation phrase
    RIGHT = "R"  # the words after it
    TOPIC = "T"  # the page's topic
    ITEM = "I"  # the list item being read


class Shape(StrEnum):
    """Which side of a relation phrase is its subject and which its object.

    >>> Shape.RIGHT_TO_LEFT.subject, Shape.RIGHT_TO_LEFT.object
    (<Side.RIGHT: 'R'>, <Side.LEFT: 'L'>)
    """

    LEFT_TO_RIGHT = "L>R"  # "smoking raises the risk of gout"
    RIGHT_TO_LEFT = "R>L"  # "gout is caused by uric acid"
    TOPIC_TO_RIGHT = "T>R"  # "symptoms include a rash" (the topic has them)
    RIGHT_TO_TOPIC = "R>T"  # "it is treated with rest"
    LEFT_TO_TOPIC = "L>T"  # "rest helps"
    TOPIC_TO_LEFT = "T>L"  # "a rash is a common sign of it"
    ITEM_TO_TOPIC = "I>T"  # a list item under "Risk factors"
    TOPIC_TO_ITEM = "T>I"  # a list item under "Symptoms"

    @property
    def subject(self) -> Side:
        return _SIDES[self][0]

    @property
    def object(self) -> Side:
        return _SIDES[self][1]


# Each shape's (subject, object) sides, looked up once: the rules ask for them per
# relation phrase found, and building a Side from its value costs ~1 us each time.
_SIDES: dict[Shape, tuple[Side, Side]] = {s: (Side(s.value[0]), Side(s.value[-1])) for s in Shape}


# What a list item under each type says, and which way round.
ITEM_RELATIONS: dict[str, tuple[str, Shape]] = {
    RISK: (v.INCREASES_RISK_OF, Shape.ITEM_TO_TOPIC),
    CAUSE: (v.CONTRIBUTES_TO, Shape.ITEM_TO_TOPIC),
    SYMPTOM: (v.HAS_SYMPTOM, Shape.TOPIC_TO_ITEM),
    COMPLICATION: (v.HAS_COMPLICATION, Shape.TOPIC_TO_ITEM),
    DIAGNOSIS: (v.DIAGNOSED_BY, Shape.TOPIC_TO_ITEM),
    TREATMENT: (v.USED_FOR, Shape.ITEM_TO_TOPIC),
    PREVENTION: (v.PREVENTS, Shape.ITEM_TO_TOPIC),
    LOOK_ALIKE: (v.RESEMBLES, Shape.TOPIC_TO_ITEM),
}

# A lead-in to a list of what the topic looks like or must be told apart from: "It can be
# mistaken for:", "Conditions with similar symptoms include:", "Doctors will rule out:".
# "The rash may look like:" describes the rash, so "look like" needs the topic or its
# symptoms as its subject.
LOOK_ALIKE_LEAD = re.compile(
    r"\b(?:mistaken|confused) (?:for|with)\b|\bmimic|\bresembl|\btold apart\b|"
    r"\btell (?:it |them |this )?apart\b|\bdistinguish|\bdifferentiat|\bdifferential\b|"
    r"\brule(?:d)? out\b|\b(?:similar|the same) (?:signs|symptoms|illnesses|conditions)\b|"
    r"\b(?:conditions|illnesses|diseases|infections|problems|disorders)\b[^:.]{0,40}"
    r"\b(?:similar|alike)\b|"
    r"\bother (?:possible )?causes of (?:these|the|such|similar|your|its) (?:symptoms|signs)\b|"
    r"^\s*(?:it|this|(?:the |its )?symptoms|(?:the |its )?signs) (?:can |may |might |often )?"
    r"(?:look|seem|appear|be) (?:very |quite |a lot )?(?:like|similar to)\b", _I)


# The fields of an encyclopedia's condition infobox, as page text keeps them: one line
# each, the label glued to its value ("ComplicationsMeningitis, palsy").  Each field
# lists members of one relation to the topic.
INFOBOX_FIELDS: dict[str, tuple[str, Shape]] = {
    "Symptoms": (v.HAS_SYMPTOM, Shape.TOPIC_TO_ITEM),
    "Complications": (v.HAS_COMPLICATION, Shape.TOPIC_TO_ITEM),
    "Causes": (v.CAUSES, Shape.ITEM_TO_TOPIC),
    "Risk factors": (v.INCREASES_RISK_OF, Shape.ITEM_TO_TOPIC),
    "Diagnostic method": (v.DIAGNOSED_BY, Shape.TOPIC_TO_ITEM),
    "Differential diagnosis": (v.RESEMBLES, Shape.TOPIC_TO_ITEM),
    "Prevention": (v.PREVENTS, Shape.ITEM_TO_TOPIC),
    "Treatment": (v.USED_FOR, Shape.ITEM_TO_TOPIC),
    "Medication": (v.USED_FOR, Shape.ITEM_TO_TOPIC),
}
# Fields read for their figures only, and fields with nothing to read.
INFOBOX_FIGURES = ("Frequency", "Deaths", "Duration", "Usual onset", "Prognosis")
INFOBOX_OTHER = ("Other names", "Specialty", "Types", "Pronunciation")
INFOBOX_LINE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(x) for x in sorted(
        (*INFOBOX_FIELDS, *INFOBOX_FIGURES, *INFOBOX_OTHER), key=len, reverse=True))
    # (a value may open with a sign: "Deaths~3,000", "Frequency<1 in 1,000")
    + r")(?=[A-Z0-9(~\u2248<>\u2264\u2265])(?P<value>.{1,400})$")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A relation phrase: its predicate and where subject and object sit.

    ``shape`` (a :class:`Shape`) says which side is the subject and which
    the object.
    """

    name: str
    pattern: re.Pattern[str]
    predicate: str
    shape: Shape
    keys: tuple[str, ...] = ()  # lower-case words one of which the phrase must contain


# Words of a test's name: relation phrases that need a test named are looked for only where
# one of these is.
_TEST_KEYS = ("x-ray", "scan", "test", "biops", "mri", "ultrasound", "exam", "screening",
              "check-up", " ct", "imaging", "culture", "swab", "sample", "count", "ecg", "ekg",
              "echocardiogra", "angiogra", "puncture", "endoscop", "assay", "serolog", "pcr",
              "tomograph", "radiograph", "scop")
_KEYS = {
    "risk-list": ("risk factor", "predispos", "trigger", "increase the", "raise the",
                  "comorbid", "associated condition", "associated factor", "associations",
                  "coexisting", "contribut",
                  "increase your", "raise your", "increase a", "raise a", "more likely",
                  "of entry", "entry ", "at risk", "at higher", "at greater", "at increased",
                  "at a ", "at more"),
    "symptom-list": ("symptom", "sign", "manifestation", "feature", "hallmark", "complaints",
                     "presentation", "lesions", "involvement",
                     "findings", "diagnostic factor", "problems", "they include",
                     "they may include", "they can include", "they often include",
                     "they usually include"),
    "causing-symptoms": ("symptoms", "signs"),
    "complication-list": ("complication", "sequelae", "late effects", "problems", "effects",
                          "consequences", "issues"),
    "treatment-list": ("treatment", "therap", "management", "options"),
    "has-test": ("have", "need", "get", "undergo", "sent for", "referred for", "offered",
                 "refer", "send"),
    "ruled-out": ("rule", "ruling", "exclud", "check", "sure", "confirm"),
    "test-list": ("test", "stud", "exam"), "raises-risk": ("risk", "chance", "likelihood", "odds",
                                                         "incidence", "rate"),
    "so-risk-rises": ("so your", "so the", "so their", "so a person", "so one"),
    "remedies-used-are": ("used", "given", "prescribed"),
    "is-risk-factor": ("factor", "trigger", "precipitant", "another risk", "predisposing",
                       "precipitating",
                       "known risk", "recognised risk", "recognized risk", "established risk",
                       "significant risk", "important risk", "major risk", "big risk",
                       " as a risk", "be a risk", "be a possible risk",
                       "be a potential risk"),
    "likely-after": ("likely to",), "occurs-during": ("during", "within", "site of", "sites of"),
    "arises-with": ("complicate", "accompan", "coexist", "co-exist", "setting of", "context of",
                    "presence of", "arise", "seen in", "found in", "seen with", "found with"),
    "of-choice": ("of choice", " used", "given", "prescribed"), "tests-include": ("include",),
    "doctor-examines": ("examine", "check", "look at", "feel", "listen to", "looking at",
                        "examining", "looks", "appears"),
    "risk-group": ("at ", "at-risk", "high-risk", "vulnerable", "susceptible", "likely to"),
    "highest-in": ("highest", "greatest"), "predisposes": ("predispos",),
    "who-get-it-have": ("who get", "who got", "who develop"),
    "patients-are": ("patients", "sufferers", "affected"),
    "enters-through": ("through", " via", "site of", "starts in", "start in", "begins in",
                       "begin in", "arises in"), "carried-by": ("carried by",),
    "source-of-infection": ("source of infection", "sources of infection",
                            "source of the infection", "sources of the infection"),
    "helpful-in": ("in treating", "for treating", "in managing", "for managing", "in controlling",
                   "for controlling", "the treatment of", "the management of"),
    "to-do-with": ("to do with",), "gets-it-more": ("more often", "more commonly",
                                                    "more frequently", "more easily"),
    "sign-called": ("called", "known as", "named", "referred to", "termed"),
    "described-as": ("described as", "describe"),
    "germs-involved": (*(f"{w} {v}" for w in ("involved", "responsible", "implicated", "found",
                                               "isolated") for v in ("are", "include")),
                       "responsible for", "implicated in", "involved in"),
    "germ-responsible": ("responsible", "involved", "implicated"),
    "responsible-is": ("responsible", "involved", "implicated"),
    "germs-include": ("include",),
    # (Both need a test named: its words are the keys.)
    "found-on": _TEST_KEYS, "test-shows": _TEST_KEYS,
    "puts-at-risk": ("at risk", "at a higher", "at a greater", "at an increased", "at a high",
                     "at higher", "at greater", "at increased", "at more", "at high"),
    "causes-include": tuple(f"{w} {a}{v}" for w in ("that", "which")
                            for v in ("cause", "trigger", "lead", "bring")
                            for a in ("", "can ", "may ", "might ", "most often ",
                                      "most commonly ", "commonly ", "usually ", "often ",
                                      "typically ", "also ", "sometimes ")),
    "cause-field": ("cause:", "causes:", "causative", "etiology:", "causation:"),
    "sign-field": ("presentation:", "feature:", "features:", "symptom:", "symptoms:", "sign:",
                   "signs:"),
    "look-alike-field": ("differential", "ddx:"),
    "test-field": ("test:", "tests:", "investigation:", "investigations:", "diagnosis:",
                   "method:", "methods:", "order:", "consider:", "bloods:", "labs:"),
    "prevention-field": ("prevention:", "measure:", "measures:"),
    "at-risk-field": ("at risk:", "gets it:", "is affected:", "are affected:"),
    "care-focuses-on": ("focuses on", "focusses on", "focused on", "focussed on", "centres on",
                        "centers on", "centred on", "centered on"),
    "mainstay-is": ("mainstay of", "mainstays of", "cornerstone of", "backbone of"),
    "care-line-field": ("line:", "line treatment:", "line therapy:", "alternative:",
                        "alternatives:", "adjunct:", "adjuncts:", "adjunctive therapy:"),
    "treatment-field": ("medication:", "medications:", "medicine:", "medicines:", "treatment:",
                        "treatments:", "drug:", "drugs:", "therapy:", "therapies:"),
    "occurs-from": ("occur", "develop", "happen", "arise", "start from", "starts from",
                    "begin from", "begins from", "start through", "starts through",
                    "begin through", "begins through", "spread"),
    "lower-in": ("lower", "reduced", "lowest", "smaller", "less likely to"),
    "likely-in": ("likely to", "is higher", "is greater", "is increased", "is highest",
                  "is greatest", "is much", "is far", "is also", "likely in", "likely among"),
    "carriers-of": ("carrier", "vector", "reservoir"),
    "prevention-by": ("prevention",), "supportive": ("supportive", "symptomatic"),
    "ways-to-prevent": ("prevent", "reduce", "lower", "avoid"),
    "risk-lowered-by": ("lowered", "reduced", "decreased", "cut", "minimi"),
    "way-in": ("of entry", "of infection", "entry point", "way in"), "more-affected": ("affected",),
    "gets-into": (" into",),
    "happens-if": (" if ", " when ", " after "),
    "there-may-be": ("there ",),
    "reported-risk": ("reported", "described", "documented", "recorded", "proposed",
                      "suggested", "implicated", "postulated", "hypothesi"),
    "contributes-to": ("contribut",),
    "implicated": ("implicated",), "underlying": ("underlying", "predisposing", "pre-existing",
                                                   "coexisting", "contribut", "other health",
                                                   "other medical", "other condition",
                                                   "other illness", "other disease", "long-term",
                                                   "chronic", "existing", "serious", "ongoing",
                                                   "comorbid", "co-morbid"),
    "start-on": (" on",), "carers-start": ("start", "begin"),
    "better-chance": ("chance",),
    "improves-outcome": ("improv", "death", "mortality", "lives", "saving"),
    "progresses-to": ("progress", "into", "advance", "worsen", "on to"),
    "have-highest": ("highest", "greatest", "higher", "greater", "increased", "high", "lifelong",
                     "enhanced", "raised",
                     "life-long", "lifetime", "significant", "substantial", "considerable", "twice",
                     "double", "triple", " times "),
    "have-lower": ("lower", "lowest", "reduced", "decreased"),
    "confers-risk": ("confer", "susceptib"),
    "cause-is": ("cause", "culprit", "most common", "commonest", "etiolog"),
    "makes-vulnerable": ("make", " let", "allow", "introduce"), "happens-when": (" when",),
    "main-symptom": ("symptom",),
    "at-risk": ("risk", "prone", "suscept", "predispos", "likely", "vulnerab"),
    "more-common-in": ("common", "prevalent", "frequent", "often seen", "commonly", "often",
                       "higher", "greater", "highest", "increased", "likely to"),
    "affects-people": ("affect",),
    "hazard-for": ("hazard", "danger", " risk for", " risk to", " risk among"),
    "associated": ("associat", "linked", "connected", "related"),
    "linked-alone": ("linked", "associated", "implicated"),
    "caused-by": ("caused by", "caused "), "cause-of": ("cause", "trigger"),
    "due-to": ("due to", "because of", "from", "result of", "secondary to"),
    "seen-in-people": ("diagnosed", "seen", "found", "occur", "happen", "develop", "common",
                       "frequent", "prevalent", "reported", "described"),
    "causes": ("cause", "lead", "result", "trigger", "bring", "set"),
    "is-behind": ("behind",),
    "participle": ("causing", "leading to", "resulting in", "triggering"),
    "diagnosed-by": ("diagnos", "confirmed", "only way", "relies on", "rely on"),
    "confirms": ("confirm", "identif", "detect", "diagnosis", "establish"),
    "treated-with": ("treated", "managed", "cured", "treat it", "treats it", "treat this",
                     "treats this", "treat the", "treats the", "manage it", "manages it",
                     "manage this", "manages this", "manage the", "manages the",
                     "treatment with", "doctors treat", "doctors usually treat",
                     "doctors may treat", "doctors manage"),
    "remedy-treats": ("treat",),
    "remedy-kills": ("kill", "clear", "get rid", "gets rid", "eradicat", "destroy", "wipe"),
    "treated-in": ("treated", "managed", "cared for", "admitted", "taken to", "treatment in",
                   "stay in", "looked after", "time in", "admission"),
    "early-treatment": ("sooner", "earlier", "early", "promptly", "quickly", "straight away",
                        "right away"),
    "can-control": ("control", "cure"),
    "responds-to": ("respond",), "needs": ("need", "require", "undergo"), "makes-feel": ("feel",),
    "used-to-treat": ("used", "reserved"),
    "medicines-used": ("used", "given", "prescribed", "to treat", "for treating"),
    "to-treat": ("to treat", "to cure", "to manage"),
    "better-after": ("better", "recover", "improve"),
    "sign-of": ("sign", "symptom", "feature", "hallmark", "manifestation"),
    "marked-by": ("characteris", "characteriz", "marked by", "typified", "accompanied by"),
    "presents-with": ("present", "manifest", "show", "appear"),
    "can-result": (" result",),
    "care-avoided": ("avoided",),
    "develops-if": (" develop", " form", " occur"),
    "followed-by": ("followed by",),
    "sign-named": ("called", "known as", "referred to", "termed"),
    "may-occur": ("occur", "develop", "appear", "present", "happen", "seen", "noticed", "form",
                  "felt", "heard",
                  "follow", "ensue"),
    "sign-triad": ("triad", "tetrad", "pentad"),
    "common-findings": ("finding", "feature", "sign", "symptom", "manifestation"),
    "left-with": ("left with", "leave"), "risk-of": ("risk", "possibility", "chance of"),
    "starts-with": ("start", "begin", "began", "came on", "comes on", "onset"),
    "doctor-starts": ("start", "begin"),
    "diagnose-from": ("diagnos", "confirm"), "asked-about": ("ask",),
    "ask-for-test": ("ask",),
    "complication-is": ("complication", "sequela", "danger"),
    "is-complication": ("complication", "sequela", "danger"),
    "complicated-by": ("complicated by",), "life-quality": ("quality of life",),
    "signals-other": (" sign of", " signs of", " symptom of", " symptoms of", "manifestation"),
    "deaths-mainly-from": ("mortality", "death", "die", "fatalit"),
    "works-by": ("works by", "work by", "helps by", "help by", "acts by", "act by"),
    "no-sign": ("there",),
    "comes-before": ("precede", "before"), "precedes-it": ("precede",),
    "sign-absent": ("not present", "not expected", "not seen", "not a feature", "not typical",
                    "absent", "not occur", "not usually occur", "not develop", "not typically",
                    "not generally"),
    "is-common": ("common", "rare", "unusual", "frequent"),
    "mechanism-involves": ("mechanism", "pathophysiology", "pathogenesis", "disease process"),
    "topic-involves": ("involve",),
    "proposed-causes": ("proposed", "hypothes", "suggested", "put forward", "considered",
                        "postulated"),
    "benefit-from": ("benefit from", "benefits from"),
    "complication-as": ("complication",),
    "treatment-is": ("treatment", "therapy", "regimen"),
    "is-enough": ("enough", "sufficient", "all that"),
    "is-treatment": ("treatment", "therapy", "management", " care", "agent", "drug", "medic",
                     "of choice",
                     " step", "first-line", "first line", "second-line", "second line",
                     "mainstay", "preferred"),
    "experience": ("experience", "have", "get", "develop", "notice", "feel", "suffer", "report",
                   " has ",
                   "describe", "complain"),
    "consider-mimics": ("consider",), "suggestive": ("suggest", "indicative"),
    "prescribe": ("recommend", "prescrib", "suggest", "give", "administer", "consider", "offer",
                  "treat with", "manage with"),
    "carers-use": (" use",),
    "may-help": ("help", "improve", "speed", "sped", "length", "duration", "course", "effective",
                 "beneficial", "useful"),
    "prevents": ("prevent", "protect"),
    "made-rare": ("made",),
    "lowers-risk-by": (" by",), "prevents-by": (" by",),
    "way-to-prevent": ("way", "means", "method", "protection", "defen", "in preventing",
                       "for preventing", "to preventing", "in avoiding", "to avoiding",
                       "for avoiding", "preventive", "preventative"),
    "works": ("work", "help", "effective", "benefit", "useful", "supported by", "of no ", "fail",
              "no effect", "be of "),
    "benefit-unclear": ("benefit", "value of", "effectiveness", "usefulness", "efficacy"),
    "sets-it-off": (" off", " on"),
    "triggered-by": ("triggered by", "brought on by", "set off by", "preceded by",
                     "provoked by", "precipitated by"),
    "follows": ("after", "following", "follow"),
    "no-evidence": ("evidence", "role for", "benefit"),
    "no-role": ("no ",), "contraindicated": ("contraindicated",),
    "risk-during": ("during", "after giving birth", "after childbirth", "after delivery"),
    "lowers-risk": ("risk", "chance", "rate", "incidence", "likelihood", "odds", "number of",
                    "spread", "transmission", "getting in", "entering", " out", " cases",
                    "outbreaks"),
    "includes": ("includ", "involv", "consist"),
    "given": ("administered", "given", "prescribed", "used", "recommended", "advised", "offered",
              "performed", "ordered", "taken", "tried", "necessary", "needed", "required",
              "done", "carried out", "provided", "fitted", "implanted", "indicated",
              "initiated", "commenced", "instituted"),
    "purpose": ("reduc", "decreas", "remov", "reliev", "ease", "heal", "control", "lower",
                "improv", "restor", "promot", "clear", "dissolv", "shrink", "stop", "block",
                "slow", "sooth", "shorten", "speed", "lessen", "minimi", "suppress", "inhibit",
                "neutrali"),
    "achieved-with": ("with", "by", "using"),
    "detects": ("detect", "identif", "reveal", "show", "measure", "check", "perform", "order",
                " do ", " use", "based on", "arrange", "carr", "recommend", "suggest"),
    "lets-doctor-look": ("doctor", "specialist", "surgeon", "team", " to be "),
    "considered-alike": ("considered", "excluded", "ruled out", "distinguished",
                         "differentiated"),
    "look-alike-list": ("differential", "to consider", "to rule out", "to exclude", "similarly",
                        " alike",
                        "similar features", "similar symptoms", "similar signs",
                        "similar findings", "same features", "same symptoms", "same signs",
                        "similar appearance", "similar to"),
    "mimics": ("mimic", "resembl", "look like", "looks like", "confuse", "mistake", "similar",
               "a lot like", "much like", "just like", "share", "overlap",
               "misdiagnos", "tell apart", "like th", "apart from", "distinguish",
               "differentiat", "to tell"),
    "checked-passive": ("checked", "measured", "tested", "monitored", "assessed", "analysed",
                        "analyzed"),
    "is-diagnostic": ("diagnostic", "standard", "of choice", " for diagnos", " in diagnos",
                      " for detecting", " for confirming", "first test", "initial test",
                      "first investigation", "first-line", "main test", "usual test",
                      "standard test", "first scan", "first imaging", "only way",
                      "only means", "only test"),
    "test-is": ("test", "investigation", "scan", "tool", "method", "way", "standard"),
    "is-the-test": ("test", "scan", "investigation", "modality"),
}


def _t(name: str, rx: str, predicate: str, shape: Shape) -> Trigger:
    return Trigger(name, re.compile(rx, _I), predicate, shape, _KEYS[name])


_RANKED = (r"(?:most |main |commonest |biggest |greatest )?"
           r"(?:common |serious |main |rare |frequent |major |possible |"
           r"uncommon |infrequent |unusual |less common |other |potential |"
           r"known |usual |standard |first-line |first |best |recommended |only |mainstay of |"
           r"effective |preferred |second-line |third-line |alternative |initial |key |"
           r"principal |primary |definitive )?")
# "a rare but serious complication", "a rare, potentially fatal complication": more words
# of how often or how grave, after the first.
_MORE_RANKS = (r"(?:(?:very |potentially |sometimes |often )?(?:serious|rare|common|grave|"
               r"severe|fatal|life-threatening|dangerous|late|long-term|important|well-known|"
               r"recognised|recognized)(?:, | )(?:(?:but|and) )?){0,3}")
# "Antibiotic treatment is not recommended": a statement about the treatment, not a list.
_NOT_PASSIVE = (r"(?! not\b| (?:(?:usually|often|routinely|always|generally|sometimes|only) )?"
                r"(?:recommended|given|used|needed|required|offered|advised|prescribed|effective|"
                r"available|possible|important|necessary|helpful|started|begun|continued|"
                # "Treatment is determined by how severe it is": how care is chosen, no care
                r"determined|decided|based|guided|tailored|individuali[sz]ed|chosen|different|"
                r"aimed|designed|focused|targeted|similar|likely|unlikely|successful|"
                r"best|complex|difficult|long|lifelong|ongoing|"
                # "Treatment is indicated for severe disease": when it is given, no remedy
                r"indicated|reserved|warranted|unnecessary|supportive and|"
                # "Older age and delayed treatment are associated with death": a factor
                r"associated|linked|related|connected|tied|"
                # "... the longer treatment is delayed", "Treatment is urgent": when, no care
                r"delayed|late|early|prompt|urgent|vital|essential|crucial|key|critical|"
                # "Delayed diagnosis and treatment are the main causes of death": a cause
                r"(?:the |a |an |one )?(?:[\w-]+ ){0,2}(?:causes?|risk factors?|reasons?) of)\b)")
# People then what came first: "in healthy people after a wound" names the wound as what
# it follows (the "follows" rule), not the people as those it is seen in.
_SOME_PEOPLE = (r"(?:[\w-]+ ){0,2}(?:people|patients|persons|individuals|children|adults|"
                r"women|men)")
_PEOPLE_AFTER = rf"{_SOME_PEOPLE} (?:after|following)\b"
_IN_SOME_PEOPLE = rf"(?:in {_SOME_PEOPLE} )?"
# "... or mask early signs", "and delay the diagnosis": a second verb of the subject's after
# "raises the risk" (its lookahead; rules reads the right side away by the same words).
OTHER_VERB_AFTER = (r",?\s+(?:or|and)\s+(?:may |can |also |might )?(?:mask|hide|delay|"
                    r"worsen|make|cause|lead|increase|raise|affect|slow|reduce)\b")
# "... also reduces the risk in children": whose risk it is (the topic's).
WHOSE_RISK = (r"(?:in|among|for) (?:(?:young|older|small) )?(?:children|adults|people|babies|"
              r"infants|women|men|travell?ers|patients|those)\b[^,;]*[.;]?\s*$")
_INCL = (r"(?: (?:may |can |often |usually |commonly |also |typically )*"
         r"(?:include|includes|are|is|involves?|consists? of)\b:?(?! (?:thought|believed|"
    r"known|said|likely|unlikely|suspected|considered) to\b)"
    # ("Predisposing factors are present in 80 % of patients": how often, no list)
    r"(?! (?:present|found|seen|absent|identified|detected|noted|reported|common|rare|"
    # ("... by cancer treatment are at higher risk", "treatments are more effective when":
    # said of the people or the care, no list)
    r"uncommon|at|more|less|most|better|worse|"
    # ("Treatment is appropriate for ...", "is tailored to ...": when and how it is given)
    r"appropriate|indicated|tailored|guided|individuali[sz]ed|dependent)\b)|:"
    # "There are several risk factors, including A and B"
    r"|,\s*including\b"
    # "Several predisposing conditions have been described: A; B": the list after a colon.
    r"| (?:have|has) (?:also )?been (?:described|identified|reported|recogni[sz]ed|proposed|"
    r"suggested|noted)(?: so far| to date)?:"
    # "Symptoms \u2014 a fever and a rash": a dash after the list's name, as a colon.
    r"|\s?[\u2014\u2013](?=\s)|\s--(?=\s))")
# "... that is used to diagnose it": what a test is for, after the test's kind.
_TO_DIAGNOSE = (r" (?:that is |which is )?(?:used |needed |done )?(?:for|to|in) (?:diagnosing|"
                r"diagnose|confirming|confirm|detecting|detect)(?: [\w' -]{1,40}?)?")
TRIGGERS: tuple[Trigger, ...] = (
    # "Tests to rule out other causes include X": the tests, whatever words come between.
    _t("tests-include", r"\b(?:tests?|investigations?|scans?|examinations?|(?:initial |laboratory |"
                        r"diagnostic )?(?:work-?up|evaluation))(?: (?:to|that|which|"
                        r"used to|done to|used for) [\w' -]{1,50}?)? (?:may |can |often |usually |"
                        r"also |should |will |must |typically )*includes?\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "The gold standard test for diagnosing it is a CT scan": the test named after "is"
    # (before "given" and "test-shows", which would take "is used" or "diagnose").
    _t("test-is", r"\b(?:the )?(?:gold standard|reference standard|best|main|most common|most "
                  r"accurate|most useful|preferred|only|first|key|usual|standard|definitive)(?: "
                  rf"(?:imaging|blood|diagnostic|laboratory|lab))? (?:(?:test|investigation|scan)"
                  rf"(?:{_TO_DIAGNOSE})?|(?:tool|method|way){_TO_DIAGNOSE}) (?:is|are|remains)\b"
                  # "The gold standard (for diagnosis) is X", "The criterion standard is X".
                  r"|\b(?:the )?(?:gold|criterion|reference) standard(?: (?:for|of|in) (?:the )?"
                  r"(?:diagnosis|diagnosing|confirming the diagnosis))? (?:is|are|remains)\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "X is the only test needed to diagnose it", "X is the preferred testing modality".
    _t("is-the-test", r"\b(?:is|are|remains?) (?:(?:usually|often|normally|generally|"
                      r"typically) )?(?:the |a )?(?:only|main|preferred|best|most (?:commonly|"
                      r"widely|frequently) used|most "
                      r"accurate|most common|most useful|usual|standard|definitive|key|"
                      r"first|initial|gold standard)(?: "
                      r"(?:imaging|blood|diagnostic|laboratory|lab))? (?:tests?|testing "
                      r"modality|investigations?|scans?|imaging tests?)(?: (?:needed|used|"
                      r"required|done|of choice))?(?: (?:to|for|in) (?:diagnos\w+|"
                      r"confirm\w+)(?: (?:it|this|the (?:condition|illness|disease|infection)))?)?"
                      r"\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_LEFT),
    # "You may have a blood test", "Your child will need a heart scan": tests one goes through.
    _t("has-test", HAS_TEST, v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "A doctor will examine the skin": an examination.
    _t("doctor-examines", r"\b(?:doctor|gp|provider|nurse|clinician|specialist|healthcare "
                          r"provider|health care provider)s? (?:will |may |can |might |should |"
                          # ("so the doctor can go on to check ...": "to check" reads so too)
                          # ("The doctor will listen to your chest": an examination too)
                          r"usually |often |also |first |to )*(?:examine|check|look at|feel|"
                          r"listen to)\b(?= "
                          r"(?:the|your|their|his|her|you|for)\b)"
                          # "A doctor can tell it is X by looking at the rash"
                          # "The doctor will ask about your symptoms and examine you"
                          r"|\b(?:and|then) (?:will |may |can |also )?examine (?:you|your child|"
                          r"them|the patient)\b"
                          r"|\b(?:tell|diagnose|recogni[sz]e|spot)\b[^.;:]{0,40}?\bby "
                          r"(?:looking at|examining|checking|feeling)\b(?= (?:the|your|their|his|"
                          r"her|you)\b)"
                          # "Doctors can usually tell it from the way the rash looks"
                          r"|\b(?:tell|diagnose|recogni[sz]e|spot)\b[^.;:]{0,40}?\bfrom "
                          r"(?:the way|how) (?:the |your |their |a )?[\w-]+(?: [\w-]+)? "
                          r"(?:looks?|appears?)\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "Ask your doctor for a heart scan": the test a reader is told to ask for.
    _t("ask-for-test", r"\bask (?:your|the|a|their|your child's) (?:doctor|gp|nurse|specialist|"
                       r"provider|healthcare provider|health care provider|paediatrician|"
                       r"pediatrician)s? (?:for|about) (?=(?:an? |the )?[\w -]{0,25}?(?:tests?|"
                       r"scans?|x-rays?|mri|ct|ultrasound|biops(?:y|ies)|ecg|ekg|echocardiograms?|"
                       r"echocardiography|angiograms?|swabs?|screening)\b)",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "The sooner treatment starts, the quicker the recovery": early treatment works.
    _t("early-treatment", r"\b(?:the )?(?:sooner|earlier) (?:the )?(?:treatment|therapy) (?:is )?"
                          r"(?:starts?|started|begins?|begun|given)\b|\b(?:treatment|therapy)"
                          r"(?: for [\w' -]{1,40}?)? (?:is|works) (?:more|most|best|better)"
                          r"(?: effective)?(?: if| when)? (?:it is |it's )?(?:started|begun|given)"
                          r" early\b|\btreated (?:more )?(?:effectively|successfully) if (?:it is |"
                          r"it's )?(?:detected|diagnosed|caught|found|started|treated) early\b"
                          r"|\b(?:if|when|once) (?:the )?(?:treatment|therapy) (?:is|gets) "
                          r"(?:started|begun|given) (?:early|promptly|quickly|straight away|right "
                          r"away)\b"
                          # "The earlier someone gets care, the better their chance"
                          r"|\b(?:the )?(?:sooner|earlier) (?:someone|you|people|a person|"
                          r"patients|your child|they) (?:gets?|receives?|starts?|(?:is|are) "
                          r"given) (?:medical )?(?:care|treatment|treated|help)\b(?=[^.;]*\bthe "
                          r"(?:better|greater|higher|more likely)\b)",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_TOPIC),
    # Lists introduced by a type word: "Risk factors include ...".
    _t("risk-list",
       # "There are several risk factors, including A and B": the same list
       rf"(?:\bthere are (?:several|many|a number of|some|a few|various|other|known) )?"
       rf"\b(?:other |possible |known |main |major |important |common )?(?:risk factors?|"
       # (not "Avoiding the trigger is the best way to prevent it": an act of prevention)
       rf"(?<!avoiding the )(?<!avoid the )(?<!avoiding your )(?<!avoid your )(?<!avoiding )"
       rf"(?:common |known |possible |usual )?triggers?|(?:common |usual |possible )?(?:portals?|"
       rf"points?|routes?|sites?) of entry|entry (?:points|sites|routes)|"
       rf"(?:predisposing|associated|coexisting|contributing|contributory) "
       rf"(?:factors?|conditions?)|comorbidit(?:y|ies)|associations|(?:factors|"
       rf"things|conditions) that (?:can |may )?(?:increase|raise) (?:the |your |a person's )?"
       rf"(?:risk|chance)(?: of [\w' -]+?)?"
       # "Things that can make you more likely to get it include A", "Things that make it
       # more likely include A".
       rf"|(?:factors|things|conditions) that (?:can |may |might )?make (?:(?:you|people|"
       rf"someone|a person|children|adults|patients) more likely to (?:get|develop|have|catch)"
       rf" [\w' -]+?|[\w' -]+? more likely)"
       # "Things that put you at (higher) risk include A and B".
       rf"|(?:factors|things|conditions) (?:that|which) (?:can |may |might )?put (?:you|people|"
       rf"someone|a person|children|adults|patients) at (?:a )?(?:higher |greater |increased "
       rf"|more )?risk(?: of [\w' -]+?)?"
       # "Conditions that (can) predispose (people) to it include A and B".
       rf"|(?:factors|things|conditions|illnesses|diseases|problems) (?:that|which) (?:can |may "
       rf"|might )?predispose(?: (?:(?:people|patients|you|someone|children|adults) )?to "
       rf"[\w' -]+?)?"
       # "Factors that (can) contribute to it include A and B".
       rf"|(?:factors|things|conditions) (?:that|which) (?:can |may |might )?contribute to "
       rf"[\w' -]+?"
       # "Factors predisposing (people) to it include A and B".
       rf"|(?:factors|things|conditions|illnesses|diseases|problems) predisposing "
       rf"(?:(?:people|patients|you|someone|children|adults) )?to [\w' -]+?)"
       # ("The trigger is not known but may include A": what it may include)
       rf"(?: for [\w' -]+?)?(?: (?:is|are) (?:not known|unknown|unclear|not clear),?"
       rf"(?: but)?"
       # ("Predisposing conditions are present in most patients and include A and B")
       rf"| (?:is|are) (?:present|found|seen) in [\w' -]{{1,40}}? and)?{_INCL}",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "... release a poison that affects the nerves, causing symptoms such as stiffness": on
    # the topic's page, the symptoms a described process causes are the topic's own.
    _t("causing-symptoms", r"(?:,\s*|\b(?:which|that)\s+(?:(?:can|may|often|usually)\s+)?)"
                           r"(?:causing|causes?|leading to|leads? to|producing|produces?|"
                           r"resulting in|results? in)\s+(?:symptoms|signs)\s+(?:such as|like|"
                           r"including)\b", v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # ("Poor prognostic signs include A": what foretells the outlook, read by outcome_factors)
    _t("symptom-list", r"^\s*they (?:may |can |often |usually |typically |commonly )?include\b"
                       # ("They include A and B" under signs: the signs; see allowed())
                       rf"|\b(?<!prognostic )(?<!outcome )(?:signs and symptoms|"
                       rf"symptoms and signs|symptoms|signs|"
                       # "Common complaints include X", "Examination findings may include X"
                       rf"(?:presenting |common |usual |main |typical )?complaints|"
                       rf"(?:physical |clinical |examination |exam )findings|"
                       # "Findings include X" opening a sentence (not "Test findings ...")
                       rf"(?<!\w )(?<!\w, )(?:(?:other|typical|common|key|main|usual|early|late) )?"
                       rf"findings(?= (?:(?:may|can|often|usually|commonly|typically) )?includ)|"
                       # "The most sensitive findings include X", "Key diagnostic factors
                       # include X" (a clinical reference's signs)
                       rf"(?<=\bmost )(?:sensitive |specific |common |frequent |typical )"
                       rf"findings|(?:key |other |main )?diagnostic (?:factors|features)|"
                       # "Skin lesions include plaques" (not "sites of lesions include", nor
                       # "lesions are on the legs": where, not what)
                       rf"manifestations|(?<!\bof )(?:(?:skin|cutaneous|mucosal|oral|mouth) )?"
                       rf"lesions(?=(?: of [\w' -]+?)? (?:(?:may|can|often|usually|commonly) )?"
                       rf"includ)"
                       # "Cutaneous involvement includes X": the signs where it reaches
                       # (opening the sentence: "Treatment of skin involvement includes" lists
                       # remedies)
                       rf"|(?<![\w ])(?:[a-z]+ )?involvement(?= (?:(?:may|can|often|usually|"
                       rf"commonly) )?"
                       rf"includ)"
                       # "Eye problems can include blurred vision", opening the sentence
                       rf"|(?<![\w ])(?:eye|skin|lung|breathing|joint|nerve|mouth|throat|"
                       rf"stomach|bowel|bladder|muscle|memory|sleep|vision) problems(?= "
                       rf"(?:(?:may|can|often|usually|commonly) )?includ)"
                       # "Other problems may include X" opening a sentence (under signs only:
                       # rules.allowed)
                       rf"|^\s*(?:other |further |additional )?problems(?= (?:(?:may|can|often|"
                       rf"usually|commonly) )?includ))"
                       rf"(?: of [\w' -]+?)?(?: to (?:look|watch) (?:out )?for|"
                       rf" to be aware of"
                       # "Signs that the infection is getting worse include ..."
                       rf"| (?:that|which) (?:the )?(?:infection|illness|condition|disease|it)"
                       rf"(?: is| may be| might be|'s)? (?:getting|becoming|turning) (?:worse|"
                       rf"serious|severe|more serious)(?: [\w' -]{{1,20}}?)?)?"
                       # "The signs can come on suddenly and may include ..."
                       rf"(?: (?:can |may |often |usually |tend to )?(?:come on|start|appear|"
                       rf"develop|begin)(?: [\w-]+){{0,4}}? and"
                       # ("Symptoms vary from person to person but often include ...")
                       rf"| (?:can |may |often )?(?:vary|differ)(?: [a-z]+){{0,4}}?,? but)?"
                       rf"{_INCL}"
                       # ("symptoms are treated", "signs are similar to flu": no list follows;
                       # after "include" a list does: "Symptoms include severe pain")
                       r"(?:(?<=include)|(?<=includes)|(?<=involve)|(?<=involves)|"
                       r"(?! (?:(?:often|usually|generally|sometimes|best|then) )?(?:treated|"
                       r"managed|diagnosed|caused|relieved|eased|controlled|similar|like|worse|"
                       r"better|the same|different|gone|not|(?:an? |the )?(?:consequence|result|"
                       r"secondary|due|sign|hallmark|(?:[a-z]+ )?feature)|"
                       # ("if symptoms are troublesome": how they are, no list)
                       r"troublesome|severe|mild|bad|persistent|present|absent|mild or|"
                       r"getting worse)\b))|"
                       r"\b(?:main|most common|commonest|first|"
                       r"earliest|early|key|typical|usual|classic|characteristic|cardinal|chief|"
                       # ("In babies, the only sign may be poor feeding")
                       r"only) "
                       r"(?:symptom|sign|feature|presentation)s?(?: of [\w' -]+?)? (?:is|are|"
                       r"(?:may|might|can|could) be)"
                       r"(?: often| usually| typically)?\b|"
                       r"\bthe hallmarks?(?: (?:sign|symptom|feature)s?)?(?: of [\w' -]+?)? "
                       r"(?:is|are)\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    _t("complication-list", rf"(?<!risk of )(?<!chance of )\b(?:complications|sequelae|"
                            # ("Sequelae may include limb loss")
                            r"late effects)"
                            # ("Serious complications are rare but can include X")
                            r"(?: (?:are|is) (?:rare|uncommon|unusual|infrequent),? but(?= "
                            r"(?:can|may|might|could) include\b))?"
                            # (the "of" phrase stops at the first verb: a later "are" is
                            # another clause's)
                            rf"(?: of (?:(?!(?:is|are|can|may|include|includes)\b)[\w'-]+[ -])*?"
                            rf"(?!(?:is|are|can|may|include|includes)\b)[\w'-]+)?"
                            # ("Long-term complications following recovery may include X")
                            r"(?: (?:following|after) (?:recovery|treatment|the illness|"
                            r"(?:the )?infection))?"
                            rf"{_INCL}"
                            # ("complications are more likely in X", "... are usually rare")
                            r"(?! (?:(?:usually|often|generally|sometimes|also|much|far) )?"
                            r"(?:more|less|much|far|"
                            r"rare|rarer|common|uncommon|serious|severe|likely|unlikely|possible|"
                            r"treatable|preventable|relatively|very|not|seen|found)\b)"
                            # "complications such as X, Y and Z can occur"
                            r"|(?<!risk of )(?<!chance of )\b(?:possible |serious |rare |common |"
                            r"other )?complications,? (?:such as|like|including)\b"
                            # "Complications may arise, including X", "complications may
                            # develop, such as X"
                            r"|(?<!risk of )(?<!chance of )\b(?:possible |serious |severe |rare |"
                            r"other )?complications (?:(?:can|may|might|sometimes|occasionally|"
                            r"also) )*(?:arise|develop|occur|happen|follow)s?,? (?:such as|like|"
                            r"including)\b"
                            r"|\bcan cause (?:many |"
                            r"several |serious )?complications,? (?:like|such as|including)\b"
                            # "Long-term problems following it include scarring and weakness"
                            r"|\b(?:long-term|lasting|longer-term|permanent|ongoing|late) "
                            r"(?:problems|effects|consequences|issues|health problems) "
                            r"(?:(?:following|after|of|from) [\w' -]{1,40}? )?(?:can |may |often )?"
                            r"(?:include|includes|are)\b:?",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # (Not "delayed treatment", "lack of treatment": its lack is no list of care.)
    # ("The goals of treatment are to reduce pain, ...": aims, no care named)
    _t("treatment-list", rf"(?<!delayed )(?<!\blate )(?<!lack of )(?<!\bno )(?<!without )"
                         rf"(?<!goals of )(?<!goal of )(?<!aims of )(?<!aim of )"
                         rf"\b(?:treatments?|treatment options|therapies)(?: (?:of|for) "
                         rf"[\w' -]+?)?(?:,? which)?{_INCL}{_NOT_PASSIVE}|\btreatment of [\w' -]+? "
                         r"(?:primarily |mainly )?involves\b|\btreatment (?:usually |often |"
                         r"typically )?combines\b"
                         # "Management (of the condition) includes X and Y", "management of
                         # large cysts includes X" (not "of such patients": a group named
                         # before, whose care it is)
                         # "Options include A, B and C" opening a sentence (under care only:
                         # rules.allowed)
                         r"|^\s*(?:the )?(?:main |other |usual )?options (?:may |can |often )?"
                         r"include\b:?"
                         r"|\b(?:the )?management(?: of (?!(?:such|these|those|them|affected)\b)"
                         r"[\w' -]+?)? (?:usually |often |typically |also )?"
                         r"(?:includes?|involves)\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    _t("test-list", r"\b(?:tests?|studies|exams?|examinations?),? (?:such as|like|including)\b|"
                    r"\border (?:the following |some |a few )?tests\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "X makes the blood clot more easily, so your risk of getting it is increased": X
    # raises the risk (the clause's subject: rules._adjust_clause_subject).
    _t("so-risk-rises", r",?\s*\b(?:and\s+)?so\s+(?:your|the|their|a person's|one's)\s+(?:risk|"
                        r"chances?|likelihood)\s+of\s+(?:getting|developing|having|catching)\s+"
                        r"[\w' -]{1,40}?\s+(?:is|are|will be|may be|can be)\s+(?:\w+ly\s+)?"
                        r"(?:increased|higher|raised|greater)\b",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "The medicines used to treat it are X", "The drugs used to prevent and treat it include X".
    _t("remedies-used-are", r"\b(?:the\s+)?(?:main\s+|usual\s+)?(?:medicines?|drugs?|"
                            r"medications?|treatments?|antibiotics?|tablets)\s+(?:used|given|"
                            r"prescribed)\s+(?:to|for)\s+(?:(?:prevent|preventing)\s+and\s+)?"
                            r"(?:treat|treating|manage|managing)?\s*[\w' -]{0,40}?\s+(?:are|is|"
                            r"include|includes)\b", v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # Relation phrases between two noun phrases.
    _t("raises-risk", r"\b(?:(?:greatly|significantly|substantially|strongly|markedly|further|"
                      r"considerably|dramatically|slightly|also) )?"
                      r"(?:(?:raises?|increases?|heightens?|boosts?|raising|increasing|"
                      # "Smoking doubles the risk"
                      r"doubles?|triples?|quadruples?|doubling|tripling|"
                      # "Smoking may contribute to the risk of X"
                      r"contribut(?:e|es|ed|ing) to)"
                      r" (?:your |the |a person's |one's |their |a child's |someone's |"
                      r"children's |people's |a baby's |his |her )?"
                      # "can put a person at a greater risk of X"
                      r"|puts? (?:a person|people|you|someone|them|children|patients|women|men) "
                      r"at (?:an? )?(?:greater|higher|increased|high|more) "
                      # "Long flights carry a small added risk"
                      r"|carr(?:y|ies) (?:an? |the )?(?:(?:small|slight|higher|high|increased|"
                      r"greater|added|extra|real|significant) )*)"
                      r"(?:risk|chance|likelihood|odds)s?"
                      r"(?: (?:of|for)(?: developing| getting| having| catching| contracting)?\b|"
                      r"(?=\s*(?:[.;:)]|$))"
                      # "... can increase the risk in children": whose risk, the topic's
                      rf"|(?= {WHOSE_RISK})"
                      # "Obesity increases the risk by about 50 %", "... two- to threefold":
                      # how much, then nothing named (the topic's risk)
                      r"|(?=\s+(?:by\s+(?:about |around |roughly |up to |nearly |almost |over |"
                      r"more than )?(?:\d|a (?:half|third|quarter)|half|two|three|four|five|ten)|"
                      r"(?:\d+|two|three|four|five|ten|several|many)(?:-| to )?(?:fold|times))"
                      r"[^.;]*[.;]?\s*$)"
                      # "Some jobs raise the risk, such as farming": examples of the subject
                      r"|(?=,\s*(?:such as|for example|for instance|including|like|e\.g\.)\s)"
                      # "X may increase the risk or mask early signs": a second verb of X's
                      rf"|(?={OTHER_VERB_AFTER}))"
                      # "Surgery on broken bones may increase this incidence": its own
                      r"|\b(?:raises?|increases?|heightens?|doubles?|triples?) (?:the |this |its )"
                      r"(?:incidence|rate)(?: of (?:it|this (?:condition|illness|disease|"
                      r"infection)))?(?=\s*[.;]?\s*$)",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_RIGHT),
    # "Vaccination is the best way to prevent it" (before "lowers-risk", which would take
    # "... the best way to lower your risk" and leave the way as its subject).
    _t("way-to-prevent", r"\b(?:is|are) (?:the |a |an |one of the )?(?:single )?(?:best|only|"
                         r"main|most "
                         r"(?:effective|important|reliable)|simplest|easiest|surest|key|good|"
                         r"important|effective) "
                         r"(?:ways?|means|methods?) (?:to|of) (?:help )?(?:prevent(?:ing)?|"
                         # ("the best way to avoid catching it": the catching no thing)
                         r"avoid(?:ing)?(?: (?:catching|getting|developing|picking up))?|"
                         r"protect(?:ing)? against|"
                         # "... is the most effective way to stop infections spreading"
                         r"stop(?:ping)? (?:the )?(?:infections?|germs?|bacteria|it|them|"
                         r"illness) (?:from )?(?:spreading|getting in)|"
                         # "... is the best way to lower your risk (of it)".
                         r"(?:lower|reduc|cut)\w* (?:your |the |a person's |their )?(?:risk|"
                         r"chances?)(?: of(?: getting| developing| catching)?)?)\b"
                         r"|\b(?:is|are) (?:the |your )?"
                         r"(?:best|only|main|most effective|surest) (?:protection|defen[cs]e)"
                         r"(?: against)?\b"
                         # "Good wound care is important in preventing it", "... is key to
                         # avoiding it"
                         r"|\b(?:is|are) (?:very |especially |particularly |also )?(?:important|"
                         r"key|essential|vital|crucial) (?:in|for|to) (?:preventing|avoiding)\b"
                         # "Immunization offers another effective preventive measure"
                         r"|\b(?:offers?|provides?|is|are) (?:an(?:other)?|the (?:best|main|only)|"
                         r"one) (?:(?:very |highly )?effective )?(?:preventive|preventative) "
                         r"(?:measures?|options?|methods?|strateg(?:y|ies)|steps?)\b"
                         # (not "important to prevent or recover from X", "is crucial to
                         # prevent": an aim said of a time or an act, read by other phrases)
                         , v.PREVENTS, Shape.LEFT_TO_RIGHT),
    # "Smokers have a lower incidence of it": the people's trait lowers its risk.
    _t("have-lower", r"\b(?:have|has|had) (?:consistently |much |significantly |slightly |far )?"
                     r"(?:the |a |an )?(?:lowest|lower|reduced|decreased) (?:[\w-]+ ){0,2}?"
                     r"(?:rates?|incidences?|risks?|prevalence|frequency|chances?)(?: (?:of|for) "
                     r"(?:developing |getting )?)?", v.PREVENTS, Shape.LEFT_TO_RIGHT),
    # "Certain gene variants confer susceptibility": they raise its risk.
    _t("confers-risk", r"\bconfers? (?:an? )?(?:increased |higher |greater |genetic )?"
                       r"(?:susceptibility|risk|predisposition)\b(?! (?:of|to|for)\b)"
                       # "Immunosuppression increases susceptibility": to the topic
                       r"|\b(?:increases?|raises?|heightens?|enhances?) (?:the |a person's |"
                       r"their |your )?susceptibility\b(?! (?:of|to|for)\b)",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    _t("lowers-risk", r"\b(?:can |may |helps? |to |has |have )?(?:help |greatly |significantly )?"
                      r"(?:lower|reduce|decrease|cut|remove|eliminate|minimi[sz]e)(?:s|d|ed)?"
                      r" (?:your |the |a person's |their |this |that )?(?:risk|chance|rate|"
                      r"incidence|"
                      r"likelihood|odds|number of (?:new )?(?:cases|infections))s?"
                      # ("... lowers the chance of passing it on": of its spread, the topic's)
                      r"(?: of (?:passing|spreading) (?:it|this|the (?:infection|illness|"
                      r"disease))(?: on| to (?:others|other people|anyone else))?"
                      r"(?=\s*(?:[.;:,)]|$))"
                      r"| (?:of|for)(?: developing| getting| having| catching)?"
                      r"\b|(?=\s*(?:[.;:)]|$))"
                      # "... also reduces the risk in children": whose risk, the topic's
                      rf"|(?= {WHOSE_RISK}))"
                      # "Good hand hygiene reduces transmission", "... the spread of the
                      # infection": its spread, said of the topic alone
                      r"|\b(?:can |may |helps? |to )?(?:help )?(?:lower|reduce|decrease|cut|limit|"
                      r"stop)(?:s|ped|d|ed)? (?:the )?(?:spread|transmission)(?: of (?:it|this|"
                      r"(?:the )?(?:infections?|illness|disease|condition|germs?|bacteri(?:a|um)|"
                      r"virus(?:es)?)))?(?: (?:in|at|around|within) (?:the |your )?(?:home|"
                      r"household|family|community|school|hospital)| (?:to|between) (?:others|"
                      r"other people|people|family members))?(?=\s*(?:[.;:,)]|$))"
                      # "Spraying houses has reduced cases in several countries": fewer cases
                      r"|\b(?:can |may |helps? |to |has |have )?(?:help )?(?:greatly |"
                      r"significantly |dramatically |sharply |already )?(?:lower|reduce|decrease|"
                      r"cut)(?:s|d|ed)? (?:the )?(?:number of )?(?:new )?(?:cases|outbreaks)"
                      r"(?: (?:in|among|across|around) [^.;:,()]{1,40})?(?=\s*(?:[.;:,)]|$))"
                      # "Covering wounds stops bacteria getting in": keeps the germs out
                      r"|\b(?:can |may |helps? |to )?(?:help )?(?:stop|stops|keep|keeps) "
                      r"(?:the )?(?:germs?|bacteria|bugs|infections?) (?:from )?(?:getting in"
                      r"(?:to the body)?|entering(?: the body)?|out)(?=\s*(?:[.;:,)]|$))",
       v.PREVENTS, Shape.LEFT_TO_RIGHT),
    # "You can reduce your risk by washing your hands": the act after "by" prevents it.
    # "Prevention is by good hygiene": what follows prevents it.
    _t("prevention-by", r"\bprevention (?:is|involves|includes|consists of|relies on|focuses on|"
                        r"centres on|centers on|depends on|is based on)(?: mainly|"
                        r" mostly| largely| chiefly| only| best)?"
                        # ("Prevention is only possible by X")
                        r"(?: (?:possible|achieved|done))?(?: by| through| with| on)?\b",
       v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    # "Efforts to prevent the disease include hand washing": each one prevents it.
    _t("ways-to-prevent", r"\b(?:efforts|ways|measures|steps|strategies|methods|"
                          r"recommendations|things (?:you|people|we) can do|tips) (?:to|that can|"
                          r"that may|which can|for)(?: help)?(?: to)? (?:prevent(?:ing)?|"
                          r"reduce|lower|avoid(?:ing)?)(?: the (?:risk|chance) of)?(?: getting|"
                          r" developing| catching)?(?: it| this| them| the (?:disease|illness|"
                          r"infection|condition)| [\w' -]{2,40}?)? (?:include|includes|are)\b",
       v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    # "Risk can be lowered by avoiding stray cats": the act after "by" prevents it.
    _t("risk-lowered-by", r"\b(?:the )?(?:risk|chances?|likelihood)(?: of (?:getting |developing |"
                          r"catching )?[\w' -]{2,40}?)? (?:can |may |might )?(?:be |is |are )?"
                          r"(?:greatly |significantly |further |much )?(?:lowered|reduced|"
                          r"decreased|cut|minimi[sz]ed) (?:by|through|with)\b",
       v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    # "Management is supportive, with fluids and oxygen".
    _t("supportive", r"\b(?:treatment|management|care|therapy) is (?:mainly |largely |mostly |"
                     r"usually |often )?(?:supportive|symptomatic),? (?:with|including|such as|"
                     r"using)\b", v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    _t("lowers-risk-by", r"\b(?:can |may |to )?(?:help )?(?:lower|reduce|decrease|cut|"
                         r"minimi[sz]e)s? (?:your |the |a person's |their |a child's |"
                         r"your child's )?(?:risk|"
                         r"chances?)(?: of (?:getting |developing |catching )?(?:it|this|[\w' -]"
                         r"{2,40}?))? by\b", v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    # Said to work, or said not to: "X does not help", "X has not been shown to work",
    # "X is effective".  The negation cue inside the phrase makes the denial.
    # "The benefit of X is uncertain", "The effectiveness of X remains unproven": X is said
    # to work, in doubt (the cue words hedge it).
    _t("benefit-unclear", r"\b(?:the )?(?:benefits?|value|effectiveness|usefulness|efficacy) of "
                          r"(?=[\w' -]{2,40}? (?:is|are|remains?) (?:still |also )?(?:uncertain|"
                          r"unclear|unproven|not (?:yet )?(?:known|clear|established|proven)|"
                          r"debated|disputed|controversial)\b)",
       v.EFFECTIVE_FOR, Shape.RIGHT_TO_TOPIC),
    _t("works", r"\b(?:(?:do|does|did|will|would)(?: not|n't)|don't|doesn't|didn't|won't)"
                r" (?:usually |always |really )?(?:help|work|improve)\b"
                # "X failed to improve outcomes in trials": it did not work
                r"|\b(?:has |have |had )?(?:failed|fails|fail) to (?:help|work|improve|reduce|"
                r"shorten|prevent|benefit|show (?:a |any )?benefit)\b"
                r"|\b(?:is|are|has been|have been|has not been|have not been|hasn't been|"
                r"haven't been|was|were|(?:is|are)(?: not|n't)) (?:not )?(?:been )?(?:shown|proven|"
                r"found|known) to (?:work|help|be (?:effective|useful|beneficial|of benefit))\b"
                # ("The vaccine is 90 % effective at preventing it": it works, a figure says
                # how well)
                r"|\b(?:is|are|can be|may be|might be|could be)(?: not|n't)? (?:(?:about |"
                r"around |roughly |over |more than |up to |nearly |almost |at least )?\d+"
                r"(?:\.\d+)? ?(?:%|per ?cent|percent) )?(?:very |highly |"
                r"often |usually |generally |typically |always |also |particularly |especially |"
                # ("Triptans are more effective than painkillers": they work, and better)
                r"(?:much |far |often |usually )?more )?"
                r"(?:effective|beneficial|(?:useful|helpful)(?= (?:for|in)\b)"
                # ("helpful in treating gout": what it helps treat, read by helpful-in)
                r"(?! (?:for|in) (?:treating|managing|controlling|the treatment of|the "
                r"management of)\b))"
                r"(?: (?:in|at) (?:treating|reducing|preventing))?\b"
                r"|\b(?:(?:can|may|might|usually|often|generally|also) )*works? (?:best|well|"
                r"better)\b"
                # "X works in 8 out of 10 people", "works for most patients" (not "back to
                # work in most cases")
                r"|(?<!\bto )(?<!\bat )(?<!\bof )(?<!\boff )\b(?:(?:can|may|might|usually|"
                r"often|generally|also) )*works? (?:in|for) (?=(?:[\w%-]+ ){0,5}?(?:people|"
                r"patients|cases|children|adults)\b)"
                # "X is unlikely to help", "X is no longer used"
                r"|\b(?:is|are) unlikely to (?:help|work)\b"
                # "X has shown benefit in severe cases", "X showed no benefit"
                r"|\b(?:(?:has|have|had) )?(?:shown|showed) (?:(?:some|a|clear|little|no|a "
                r"clear|a small|great|significant) )?(?:benefit|improvement|efficacy)\b"
                r"|\b(?:has|have) been shown to (?:benefit|improve)\b"
                # "Antibiotics are of no use against it", "X has no effect on it".
                r"|\b(?:is|are) of no (?:proven |real |clear |known )?(?:use|value|benefit)\b"
                r"|\b(?:has|have) no (?:proven |real |clear |known )?(?:effect|benefit)"
                r"(?= (?:on|against|in)\b|\s*[.;]|\s*$)"
                # "Antihistamines offer no benefit", "X has a proven benefit", "X is of
                # uncertain benefit" (hedged by its own word)
                r"|\b(?:offers?|provides?|gives?) (?:no|little) (?:proven |real |clear |"
                r"additional |extra )?benefit\b|\b(?:has|have) (?:a )?(?:proven|clear|"
                r"definite) benefit\b|\b(?:is|are) of (?:uncertain|unclear|unproven) benefit\b"
                # "X may be of benefit", "X can be of some use"
                r"|\b(?:may|might|can|could) (?:also )?be of (?:some |great |little )?(?:use|"
                r"value|benefit)\b(?= *(?:[.;]|$| (?:in|for|to)\b))"
                # "The use of X to reduce swelling is supported by evidence."
                r"|\b(?:is|are) (?:not )?(?:well |strongly |also |now )?supported by (?:good |"
                r"strong |some |"
                r"clinical |high-quality |the )?(?:evidence|studies|trials|research)\b",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_TOPIC),
    # "Antibiotics have no role", "NSAIDs are contraindicated": a remedy denied (the words
    # "no" and "contraindicated" are the denial cues).
    _t("no-role", r"\b(?:has|have|play|plays) no (?:established |proven |clear |useful |real )?"
                  r"role\b(?=\s+in (?:the )?(?:treatment|management)\b|\s*[.;]|\s*$)",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_TOPIC),
    # "Aspirin and ibuprofen should be avoided" under care: remedies denied (only there:
    # rules.allowed; the denial is set by the reading, "avoided" being no denial word).
    _t("care-avoided", r"\b(?:should|must) (?:generally |usually |also |always )?be avoided\b"
                       r"(?! (?:in|by|during|for|until|if|when)\b)",
       v.USED_FOR, Shape.LEFT_TO_TOPIC),
    _t("contraindicated", r"\b(?:is|are|should be|must be) (?:generally |usually |relatively |"
                          r"absolutely |also )?contraindicated\b(?! in (?:people|patients|those|"
                          r"children|women|pregnan)\w*)",
       v.USED_FOR, Shape.LEFT_TO_TOPIC),
    _t("no-evidence", r"\b(?:no|little|not (?:enough|much)|insufficient) (?:good |clear |strong |"
                      r"convincing |reliable |scientific |high-quality )?evidence (?:that|to "
                      r"(?:show|suggest|support)(?: that)?|(?:for|of) (?:the )?(?:use of|"
                      r"benefit (?:of|from)))\b"
                      # "There is no role for antibiotics."
                      r"|\b(?:there is |there's )?no (?:established |proven |clear )?role for\b"
                      # "Studies have not found any benefit from X", "no clear benefit of X"
                      r"|\b(?:any|no|little) (?:clear |real |proven |added |extra )?benefit "
                      r"(?:from|of)(?: (?:using|taking))?\b",
       v.EFFECTIVE_FOR, Shape.RIGHT_TO_TOPIC),
    # "Patients with refractory shock may benefit from X": X helps those who have it.
    _t("benefit-from", r"\b(?:(?:may|can|might|often|usually|also|will|could|generally|"
                       r"sometimes|most|greatly) )*benefits? from\b(?! (?:a |an |the )?"
                       r"(?:diagnosis|referral|advice|support group)\b)",
       v.EFFECTIVE_FOR, Shape.RIGHT_TO_TOPIC),
    # "The most common cause is a bacterium", "Causes include A and B".
    _t("cause-is", r"\b(?:the |a |an |one )?(?:most common |main |usual |commonest |leading |"
                   r"underlying |common |major |other |possible |known |rarer |rare )*"
                   r"(?:causes?|culprits?|a?etiology|a?etiologies) "
                   r"(?:of [\w' -]+? |for (?:[\w'-]+ ){1,4}?)?"
                   # ("Other causes in developing countries include A": where, not what)
                   r"(?:(?:in|among) (?:[\w'-]+ ){1,3}?)?"
                   r"(?:is|are|include|includes|can include|may include)\b:?"
                   r"(?! (?:not |unknown|unclear|still |poorly |largely |often |usually )?"
                   r"(?:known|understood|clear|unknown|unclear|certain|uncertain|a mystery)\b)"
                   # "The most common is G" under a causes heading (rules.allowed): the noun
                   # is the heading's
                   # (or "The most common type is G", of the germs the sentence before named)
                   r"|^\s*(?:the )?(?:most common|commonest)(?: (?:one|type|kind|strain|"
                   r"species|germ))? (?:is|are)\b",
       v.CAUSES, Shape.RIGHT_TO_TOPIC),
    # "Having diabetes makes you more vulnerable": what raises the risk, no object named.
    _t("makes-vulnerable", r"\bmakes? (?:you|(?:some |certain |many )?people|someone|a person|"
                           r"them|him|her|your child|(?:some |certain )?children) "
                           r"(?:much |far |even )?(?:more )?(?:vulnerable|susceptible|"
                           r"prone|likely to (?:get|develop|catch|have))\b(?: to)?"
                           # "Diabetes makes infection more likely", "... makes it more likely".
                           r"|\bmakes? (?:it|this|(?:the )?(?:infection|illness|disease|condition))"
                           r" (?:much |far |even )?more likely\b"
                           # "... may make <topic> more likely": the topic named (rules.allowed
                           # keeps it only when the words name the topic)
                           r"|\bmakes? (?P<made>[\w'-]+(?: [\w'-]+){0,3}) (?:much |far |even )?"
                           r"more likely\b"
                           # "Cuts and burns can let the germs in".
                           r"|\b(?:lets?|allows?) (?:the )?(?:bacteria|germs?|virus(?:es)?|"
                           r"fung(?:us|i)|infection) (?:to )?(?:get |enter )?in(?:to the body)?\b"
                           # "Dirty needles can introduce the bacteria"
                           r"|\bintroduces? (?:the )?(?:bacteria|germs?|virus(?:es)?|infection)\b",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "It happens when bacteria get into a wound": the agent of the clause causes it.
    _t("happens-when", r"\b(?:happens|occurs|develops|starts|begins|arises|is caused) when\b",
       v.CAUSES, Shape.RIGHT_TO_LEFT),
    # "The greatest risk of heart damage is in infants": who, after a highest rate or risk.
    _t("highest-in", r"\b(?:occurs?|is|are|is seen|are seen|is found|lies)(?: (?:highest|greatest|"
                     r"higher|greater))?(?: (?:mostly|mainly|most often))? (?:in|among)\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    # "Children of island origin have the highest rate": the people's trait raises it.
    _t("have-highest", r"\b(?:have|has|had|face|faces) (?:consistently |much |significantly |"
                       r"slightly |"
                       r"far )?(?:the |a |an )?(?:slightly |much |somewhat |significantly |far |"
                       # ("a small but raised risk")
                       r"(?:small|slight|low|modest),? (?:but|yet) )?"
                       r"(?:highest|greatest|higher|greater|increased|high|"
                       r"elevated|enhanced|raised|lifelong|life-long|lifetime|significant|"
                       # (not "may have a high heart rate": a sign, no rate of the illness)
                       r"substantial|considerable) (?!(?:heart|pulse|breathing|respiratory|"
                       r"resting)\b)(?:[\w-]+ ){0,2}?(?:rates?|incidences?|risks?|"
                       r"prevalence|frequency|chances?)(?: (?:of|for) (?:developing |getting )?)?"
                       # ("a raised risk of becoming ill": of the illness)
                       r"(?:(?<=of )(?:becoming|falling|getting) (?:ill|unwell|sick|infected)\b)?"
                       # "People who smoke have about twice the risk", "... three times the risk"
                       r"|\b(?:have|has|had|face|faces) (?:(?:about|around|roughly|nearly|almost|"
                       r"up to|more than|over|at least) )?(?:twice|double|triple|(?:two|three|four|"
                       r"five|six|ten|\d+(?:\.\d+)?)\s+times) (?:the |their )?(?:[\w-]+ )?"
                       r"(?:rates?|risks?|chances?|odds)"
                       # (not "Men have twice the risk of women": whom they are set against)
                       r"(?!\s+(?:of|than)\s+(?:the\s+)?(?:women|men|girls|boys|children|adults|"
                       r"people|those|others|non-?\w+|general)\b)"
                       r"(?: (?:of|for) (?:developing |getting )?)?",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_RIGHT),
    # "It can progress to shock", "In severe cases it can develop into meningitis".
    _t("progresses-to", r"\b(?:(?:can|may|might|could|will|sometimes|often|rapidly|quickly|"
                        r"occasionally|also|then|eventually|later) )*(?:progress(?:es)? (?:in)?to|"
                        r"develops? into|turns? into|evolves? into|advances? to|worsens? (?:in)?to|"
                        r"leads? on to)\b", v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # "We will start you on steroid medicine": the medicine treats it.
    _t("start-on", r"\b(?:start|starts|started|starting|put|puts) (?:you|them|patients|your child|"
                   r"him|her|people|the patient) (?:straight away |quickly )?on\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "Doctors will start antibiotics straight away": what carers start is care for it.
    _t("carers-start", r"\b(?:doctors?|they|we|your (?:doctor|GP|care team|medical team)|the "
                       r"(?:doctor|medical team|care team|hospital)|medical staff|clinicians) "
                       r"(?:will |may |should |usually |often |can |might |would |then |also |"
                       r"normally |typically |generally )*(?:start|begin)s? (?:treatment with |"
                       r"a course of |giving (?:you |them )?)?(?!by\b|to\b|with\b|on\b|you\b|"
                       r"them\b|the (?:process|assessment|examination)\b|[a-z]+ing\b)",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "a good chance of recovering if they take X": X helps.
    # "Early treatment improves the chances of survival": the care works on the illness.
    _t("improves-outcome",
       r"\b(?:(?:greatly|significantly|markedly|dramatically|also) )*"
       r"improves?(?: (?:greatly|significantly|markedly|dramatically))? (?:the |your |their )?"
       r"(?:chances? of (?:a full |a complete )?(?:survival|recovery|surviving|recovering)|"
       r"survival(?: rates?)?|outcomes?|prognosis|outlook)\b"
       # "Early surgery reduces deaths", "Prompt surgery saves lives", "X can be life-saving"
       r"|\b(?:(?:greatly|significantly|markedly|dramatically|also|can|may|will|often) )*"
       r"(?:reduces?|lowers?|cuts?|decreases?) (?:the )?(?:deaths|mortality(?: rates?)?|death "
       r"rates?|number of deaths)\b(?! (?:from|of|in) (?!it\b|this\b))"
       r"|\b(?:(?:can|may|will|often|also) )*saves? lives\b"
       r"|\b(?:is|are|can be|may be|will be) (?:often |usually |also )?life-?saving\b",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_TOPIC),
    _t("better-chance",
       r"\b(?:better|higher|greater|good|best) chances? of (?:a )?(?:full |complete |quick |"
       r"quicker )?(?:recovery|recovering|getting better|survival|surviving|a good outcome) "
       r"(?:is )?if (?:you|they|patients|people|your child|treatment with|treatment) "
       r"(?:(?:can |are |is )?(?:start|take|get|have|receive|begin|given|started|begun)s? )?",
       v.EFFECTIVE_FOR, Shape.RIGHT_TO_TOPIC),
    # "There is usually no itching", "There will not be any pus": a sign denied (read under a
    # heading of signs only: "There is no cure" is no sign).
    _t("no-sign", r"\bthere (?:is|are|will be|may be|should be)(?: usually| typically| "
                  r"generally| often| normally)? (?:no|not any)\b|\bthere (?:will|should|would)"
                  r"(?: usually)? not be any\b|\bthere (?:isn't|aren't|won't be) any\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "There may be permanent scarring": what there may be, under signs or complications.
    _t("there-may-be", r"\bthere (?:may|might|can|could|will|is often|are often|is sometimes|are "
                       r"sometimes)(?: also)?(?: be)?\b"
                       # "On examination there is marked tenderness": what is found on the body
                       r"|^\s*on (?:clinical |physical )?examination,? there (?:is|are|may be|"
                       r"might be|can be)(?: usually| often| typically| also)?\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "It can happen if you have a cut or a burn": what you have raises the risk.
    _t("happens-if", r"\b(?:can |may |might |could |often |usually |also )*(?:happens?|occurs?|"
                     r"develops?|starts?|get it|get this) (?:if|when|after) (?:you|they|people|"
                     r"someone|a person|your child) (?:have|has|had|get|gets|got|develop|"
                     r"recently had|have recently had)\b"
                     # ("when they get into the blood": where the germs go, nothing had)
                     r"(?! (?:into|in|inside|through|past)\b)",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "The germs get in through a break in the skin, such as a cut or a burn".
    _t("enters-through", r"\b(?:enters?|entering|gets? in(?:to (?:the|your) body)?|invades?|"
                         r"gain entry)(?: (?:the|your) (?:body|skin|bloodstream))?"
                         # ("enter the body, usually through a break in the skin")
                         r",? (?:(?:usually|often|most often|mostly|typically|commonly|mainly) )?"
                         r"(?:through|via)\b"
                         # "One of the most common ways the germs can enter the body is
                         # through a cut"
                         r"|\b(?:ways?|routes?) (?:that |in which |by which )?(?:[\w-]+ ){0,3}?"
                         r"(?:can |may |usually |often )?(?:enters?|gets? into|gain entry to) "
                         r"(?:the |your )?body (?:is|are) (?:usually |often |mostly )?"
                         r"(?:through|via|by)\b"
                         # "The infection begins at the site of a trauma": the way in
                         # (said of the infection: "the rash starts at the site of the bite"
                         # places a sign)
                         r"|\b(?:infection|it) (?:(?:usually|often|typically|commonly|mostly|"
                         r"generally) )?(?:begins?|starts?|arises?) (?:at|in) the site of\b"
                         # "The infection usually starts in a wound" (a way in, not a part)
                         r"|\b(?:infection|it) (?:(?:usually|often|typically|commonly|mostly|"
                         r"generally|can|may|also) )*(?:begins?|starts?|arises?) in (?=(?:an? |"
                         r"the )?(?:[\w-]+ )?(?:wound|cut|scratch|graze|scrape|burn|bite|sore|"
                         r"incision|injury|puncture)s?\b)",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "Bacteria that can cause it include A and B", "Conditions that can lead to it include
    # A and B": the listed things cause the topic
    # (the phrase between "cause" and "include" must name the topic; see rules.allowed).
    _t("causes-include", r"\b(?:that|which) (?:(?:can|may|might|most often|most commonly|commonly|"
                         rf"usually|often|typically|also|sometimes) )*{CAUSING_VERB} "
                         r"[^,.;:()]{1,60}? (?:(?:can|may|might) )?includes?\b",
       v.CAUSES, Shape.RIGHT_TO_TOPIC),
    # "Causes: a germ called Q" (a fact box's field): what the line names causes it.
    _t("cause-field", r"^\s*(?:the )?(?:main |usual |common |known |possible )?(?:causes?|"
                      r"causative (?:organisms?|agents?)|a?etiology|causation)\s*:(?=\s*\S)",
       v.CAUSES, Shape.RIGHT_TO_TOPIC),
    # "Presentation: severe pain, swelling", "Clinical features: fever" (a note's field).
    _t("sign-field", r"^\s*(?:(?:clinical |typical |common |main )?(?:presentation|features?|"
                     r"symptoms?(?: and signs)?|signs?(?: and symptoms)?))\s*:(?=\s*\S)",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "Differential diagnosis: cellulitis" (a note's field): what it can be taken for.
    _t("look-alike-field", r"^\s*(?:differential diagnos[ie]s|differentials?|ddx)\s*:(?=\s*\S)",
       v.RESEMBLES, Shape.TOPIC_TO_RIGHT),
    # "Tests: a blood test" (a fact box's field).
    _t("test-field", r"^\s*(?:(?:(?:first|initial|other|further|later) )?(?:tests?|"
                     r"investigations?)(?: to (?:order|consider))?|diagnosis|diagnostic "
                     # ("Bloods: raised urea": a note's blood tests, each named by its result)
                     r"(?:tests?|methods?)|bloods|labs|blood tests)\s*:(?=\s*\S)",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "Prevention: hand washing", "Medication: zorbacillin" (a fact box's fields).
    _t("prevention-field", r"^\s*(?:prevention|preventive measures?)\s*:(?=\s*\S)",
       v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    _t("treatment-field", r"^\s*(?:medications?|medicines?|treatments?|drugs?|therapy|"
                          r"therapies)\s*:(?=\s*\S)", v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "Management focuses on physiotherapy", "Treatment is centred on pain relief": the care
    # it rests on.
    _t("care-focuses-on", r"\b(?:treatment|management|care|therapy)(?: of [\w' -]{1,40}?)? "
                          r"(?:(?:usually|mainly|mostly|often|generally|largely|primarily) )?"
                          r"(?:focus(?:s)?es|is focus(?:s)?ed|cent(?:re|er)s|"
                          r"is (?:centred|centered)) (?:mainly |mostly |largely |primarily )?on\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "The mainstay of management is physiotherapy": the care named after it.
    _t("mainstay-is", r"\b(?:the )?(?:mainstays?|cornerstones?|backbone) of (?:the )?(?:treatment|"
                      r"therapy|management|care)(?: (?:of|for) [\w' -]{1,40}?)? (?:is|are|"
                      r"remains?)\b", v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "Who is at risk: travellers to rural areas" (a fact box's field): the people named.
    _t("at-risk-field", r"^\s*(?:who(?: is|'s| are)(?: most)? at (?:higher |greater |most )?risk|"
                        r"who gets it|who is affected|who are affected|(?:people )?at risk)"
                        r"\s*:(?=\s*\S)", v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "First line: X", "Alternatives: Y" (a note's fields): what the line names is care.
    _t("care-line-field", r"^\s*(?:(?:first|second|third)[- ]line(?: (?:treatment|therapy|"
                          r"agents?|options?))?|alternatives?|adjuncts?|adjunctive therapy)"
                          r"\s*:(?=\s*\S)", v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "It can occur with a skin infection", "It may develop as a result of a burn", "The
    # infection can start from a cut": what it comes with or from raises its risk (only
    # when the topic is what occurs; see rules.allowed).
    _t("occurs-from", r"\b(?:(?:may|can|might|often|usually|also|sometimes|commonly|typically|"
                      r"mostly|mainly|most often|generally) )*(?:(?:occurs?|develops?|happens?|"
                      r"arises?) (?:(?:mostly|mainly|usually|often|most often|"
                      r"typically|commonly|especially|particularly) )?(?:with|alongside|as a "
                      r"(?:result|consequence|complication) of|from|through)|(?:starts?|begins?) "
                      r"(?:from|through)"
                      # "It can spread from a nearby infection such as a boil"
                      r"|spreads? (?:(?:directly|locally) )?(?:to (?:the )?[\w-]+ )?from "
                      r"(?=(?:an? )?(?:nearby|adjacent|neighbouring|neighboring|contiguous|"
                      r"local)\b))\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "It is more likely to develop in people who inject drugs", "The risk is higher in
    # people who drink": who it is more likely in.
    _t("likely-in", r"\b(?:is|are) (?:also )?(?:more |most )?likely to (?:happen|occur|develop|"
                    r"be seen|be found) (?:in|among)\b|"
                    # ("it is more likely in people who have had surgery")
                    r"\b(?:is|are) (?:also )?(?:much |far )?(?:more|most) likely (?:in|among)\b|"
                    r"\b(?:the |your )?(?:risk|chance|likelihood)"
                    r" (?:of (?:it|this|getting it) )?is (?:also )?(?:much |far )?(?:higher|"
                    r"greater|increased|highest|greatest) (?:in|among|for)\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "The risk is lower in people who have had the vaccine": what those people have or do
    # lowers it.
    _t("lower-in", r"\b(?:the |your )?(?:risk|chance|likelihood)(?: of (?:it|this|getting it))? "
                   r"is (?:also )?(?:much |far )?(?:lower|reduced|lowest|smaller) (?:in|among|"
                   r"for)\b|\b(?:is|are) (?:also )?(?:much |far )?less likely to (?:happen|occur|"
                   r"develop|be seen) (?:in|among)\b",
       v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    # "Heavy drinking puts you at risk": what puts people at risk (of the topic).
    _t("puts-at-risk", r"\b(?:can |may |might |also |could )*(?:puts?|places?) (?:you|people|"
                       r"someone|a person|them|patients|children|women|men) at (?:a )?(?:higher |"
                       r"greater |increased |more |high )?risk(?: (?:of|for)"
                       r"(?: developing| getting)?(?= (?:it|this|the (?:illness|infection|"
                       r"disease|condition))\b)|(?=\s*[.;!]"
                       r"|\s*$))", v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "The bacteria most often involved are A and B", "X is the germ most commonly
    # responsible": the germs that cause it.
    _t("germs-involved", r"\b(?:bacteria|germs|organisms|microbes|viruses|pathogens|species|"
                         r"strains)(?: most)?(?: often| commonly| usually| frequently)? (?:involved"
                         r"|responsible|implicated|found|isolated)(?: are| include"
                         # "The bacteria responsible for it include": whose, read in rules;
                         # not "... for it are found in ticks", which says where they live
                         r"| (?:for|in) [^,.;:()]{2,50}? (?:include|are(?! (?:\w+ed|found|"
                         r"seen|spread|carried|common|present|known|thought|usually|often|mostly|"
                         r"commonly|widespread|in|on|at)\b)))\b",
       v.CAUSES, Shape.RIGHT_TO_TOPIC),
    # "Common pathogens include A and B", "The organisms seen may include A": a list led by
    # germs alone (rules.allowed: only descriptive words before the germ noun).
    _t("germs-include", r"\b(?:bacteria|germs|organisms|microbes|viruses|pathogens|bugs)"
                        r"(?: (?:most |more )?(?:commonly |often |frequently |usually )?(?:seen|"
                        r"found|isolated|involved|responsible|implicated|identified|cultured))?"
                        # ("organisms reported to be associated with it include X")
                        r"(?: (?:(?:reported|known|thought|found) to be )?associated with "
                        r"(?:it|this|the (?:condition|infection|illness|disease)|[\w' -]{2,40}?))?"
                        r"(?: (?:may|can|commonly|often|usually|typically|also|most often|"
                        r"most commonly))* include\b", v.CAUSES, Shape.RIGHT_TO_TOPIC),
    _t("germ-responsible", r"\b(?:is|are) (?:the |a |an )?(?:bacteri(?:um|a)|germs?|organisms?|"
                           r"microbes?|virus(?:es)?|pathogens?|fung(?:us|i)|species|strains?) "
                           r"(?:most |more )?(?:commonly |often |usually |frequently )?"
                           r"(?:responsible|involved|implicated)(?=\s*(?:[.;,]|$)|"
                           # "... the germ responsible for most cases": the topic's cases
                           r" for (?:most |many |some |the majority of |a few )?(?:cases|"
                           r"infections)\b)"
                           # "A and B are also responsible": germs said to do the same
                           r"|\b(?:is|are) (?:also|sometimes|occasionally|usually|often|mostly|"
                           r"most often|commonly|typically) responsible(?=\s*(?:[.;]|$))"
                           # "Several types of bacteria can be involved"
                           r"|\b(?:can|may|might|could) (?:also )?be (?:involved|responsible)"
                           r"(?=\s*(?:[.;]|$))",
       v.CAUSES, Shape.LEFT_TO_TOPIC),
    # "The germ responsible is Quentella", "The organism most often responsible is Q".
    _t("responsible-is", r"\bthe (?:bacteri(?:um|a)|germs?|organisms?|microbes?|virus(?:es)?|"
                         r"pathogens?|fung(?:us|i)) (?:most |more )?(?:commonly |often |usually |"
                         r"frequently )?(?:responsible|involved|implicated) (?:is|are)\b",
       v.CAUSES, Shape.RIGHT_TO_TOPIC),
    # "A healthy diet is helpful in treating X": what it helps treat (the topic or another).
    _t("helpful-in", r"\b(?:is|are|can be|may be|has been|have been) (?:also |similarly |very |"
                     r"often |especially )?(?:helpful|useful|effective|beneficial) (?:in|for) "
                     r"(?:treating|managing|controlling|the treatment of|the management of)\b",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_RIGHT),
    # "People with weak hearts get this condition more often (than those without)".
    _t("gets-it-more", r"\b(?:get|gets|develop|develops|catch|catches) (?:it|this|this condition|"
                       r"the condition|the (?:illness|disease|infection)|"
                       # ("Men develop X more often than women": a name, the topic's only
                       # (rules.allowed))
                       r"(?P<named>[\w'-]+(?: [\w'-]+){0,3}?)) (?:much |far )?more "
                       r"(?:often|commonly|frequently|easily)\b",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "It is to do with a viral infection", "It has something to do with the immune system".
    _t("to-do-with", r"(?:\b(?:is|are|has|have)|'s) (?:probably |likely |possibly |thought to |"
                     r"believed to )?(?:something |a lot |much |a great deal )?to do with\b",
       v.ASSOCIATED_WITH, Shape.RIGHT_TO_TOPIC),
    # "A coating on the tongue peels, leaving it red. This is known as X" under signs: the
    # sign's own name; under complications ("Fluid builds up around the heart, which is
    # called X") the harm's (rules.allowed, rules._lasting_sign_is_harm).
    _t("sign-named", r"(?:^|(?<=,)\s*|\b(?<=\. ))(?:this|which|these) (?:is|are) (?:often |"
                     r"sometimes |also |usually )?(?:called|known as|referred to as|termed)\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "This rash is called grebble spots": a sign's own name is a sign (rules.allowed).
    _t("sign-called", r"\b(?:is|are) (?:often |sometimes |also |usually |commonly )?(?:called|"
                      r"known as|named|referred to as|termed)\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "The pain is often described as burning or stabbing": each kind of the sign is a sign.
    _t("described-as", r"\b(?:(?:is|are|can be|may be|often|usually|commonly|typically|"
                       r"sometimes|also|frequently|mostly) )*described as\b"
                       # ("described as looking like a target": its look, no kind of sign)
                       r"(?! (?:looking|looks|look|being|like|resembling|similar|having)\b)"
                       # "People describe the pain as sharp or aching": the sign is named here
                       r"|\b(?:(?:may|often|usually|commonly|sometimes|also) )*describe[sd]? "
                       r"(?:the|their|this|its|that) (?:(?:[\w-]+ )?(?:pain|discomfort|"
                       r"feeling|sensation|itch|itching|rash|headache)) as\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "The germ is carried by field mice", "Sand flies are the main carriers of it": what
    # carries a germ to people raises the risk of catching it.
    _t("carried-by", r"\b(?:(?:is|are|can be|may be|usually|mainly|mostly|often|commonly) )*"
                     r"carried by\b", v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "The main source of infection is undercooked meat": what it is caught from.
    _t("source-of-infection", r"\b(?:the )?(?:(?:main|usual|most common|commonest|common|chief|"
                              r"primary|likely) )?sources? of (?:the )?infection "
                              r"(?:is|are|was|were|include|includes)\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    _t("carriers-of", r"\b(?:is|are) (?:the |a |an )?(?:(?:main|most common|usual|chief|"
                      r"primary|known|common|natural) )?(?:carriers?|vectors?|reservoirs?) "
                      r"(?:of|for)\b", v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "You can get it if germs get into a wound, such as a cut": the way in is a risk.
    _t("gets-into", r"\b(?:get|gets|got|getting|enter|enters|entered|entering) into (?=(?:a |an |"
                    r"the |your |their |any )?(?:open |small |minor |deep )?(?:wounds?|cuts?|"
                    r"breaks? in the skin|scratch(?:es)?|burns?|sores?|grazes?|bites?|"
                    r"injur(?:y|ies))\b)", v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "A small cut is the usual way in": how the germs get in raises the risk.
    # "A cut can serve as the entry point for the germs" too.
    # ("Cuts can be the portal of entry", "Burns provide an entry point")
    _t("way-in", r"\b(?:is|are|(?:can|may|might|could) (?:also |often |sometimes )?be|"
                 r"becomes?|provides?|offers?|creates?|"
                 r"(?:can |may |might |could |often |usually )?(?:serves?|serving|"
                 r"acts?|acting) as) (?:the |a |an )?(?:usual|most common|main|common|commonest|"
                 r"typical)? ?(?:(?:portal|route|point|site|way|means)s? of (?:entry|infection)|"
                 r"entry points?|way in)\b",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "Older people are more often affected": what those people have raises the risk.
    # ("Women are slightly more often affected than men": how much more, no other reading)
    _t("more-affected", r"\b(?:are|is) (?:(?:slightly|somewhat|much|far|considerably|"
                        r"significantly) (?=more\b))?(?:(?:disproportionately|more|most|"
                        r"particularly|especially|mainly|mostly|chiefly|predominantly|frequently|"
                        r"commonly) )+"
                        r"(?:often |commonly |frequently |severely )?affected\b(?! by\b)",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "Those at highest risk are older adults and people with diabetes": who, then what.
    _t("risk-group", r"\b(?:those|people|patients|groups?|individuals|persons|adults|children)"
                     r" (?:(?:who|that) (?:are|(?:may|might|can|could) be) )?"
                     r"(?:(?:most |particularly |especially )?at (?:the |an )?(?:highest|"
                     r"greatest|increased|higher|greater|high|most|particular) risk(?: (?:of|for) "
                     # ("at increased risk to develop it")
                     r"[\w' -]+?| to (?:develop|get|catch) [\w' /-]+?)?|"
                     r"(?:most|particularly|especially) at risk(?: (?:of|for) [\w' -]+?)?|"
                     r"(?:slightly |much |particularly |especially )?(?:more|most) "
                     r"(?:vulnerable|susceptible|likely to (?:get|develop) it)) "
                     r"(?:are|include)\b:?"
                     # "At-risk groups include older people and those with diabetes"
                     r"|\b(?:the )?(?:high-risk|at-risk|vulnerable) (?:groups?|people|patients|"
                     r"populations?) (?:are|include)\b:?",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # ("Ibuprofen may be a risk factor": hedged by its own modal)
    _t("is-risk-factor", r"\b(?:is|are|was|were|(?:may|might|could|can) (?:also )?be) "
                         r"(?:an? |the )?(?:another |other )?"
                         # ("Diabetes is one of the most common risk factors")
                         r"(?:one of the |among the )?(?:(?:most|"
                         r"single|best|very|only) )?(?:[\w-]+ )?(?:risk factors?|(?:predisposing|"
                         r"precipitating) (?:factors?|events?|conditions?))"
                         # ("A and B are risk factors as well": of the topic, no "as well")
                         r"(?: for| of| as well(?=\s*[.;]|$)| too(?=\s*[.;]|$))?\b|"
                         # ("X is the most common trigger", "one of the most common triggers")
                         r"\b(?:is|are) (?:an? |the |one of the )?(?:(?:single )?most )?"
                         r"(?:known|common|possible|"
                         r"recogni[sz]ed|usual|main|frequent|well-known) (?:triggers?|"
                         r"precipitants?|precipitating factors?)(?: for| of)?\b"
                         # "Stress may act as a trigger", "X has been reported as a possible
                         # trigger": named as one, hedged by its own words.
                         r"|\b(?:(?:may|can|might|could|is thought to|are thought to) )?act as "
                         r"(?:an? |the )?(?:possible |potential |common |main )?(?:triggers?|"
                         r"precipitants?)\b|\b(?:(?:has|have) (?:also )?been |(?:is|are|was|were) "
                         # "Obesity was identified as an independent risk factor"
                         r"(?:also )?)(?:reported|described|identified|suggested|proposed|"
                         r"recogni[sz]ed|implicated|cited|considered|regarded) as "
                         r"(?:an? |the )?(?:possible |potential |likely |common |main |major |"
                         r"important |independent |significant )?(?:triggers?|precipitants?|risk "
                         # ("suggested as a risk, but ...": a risk named alone)
                         r"factors?|predisposing factors?|risks?(?=\s*(?:[.;,]|$)))(?: for| of)?\b"
                         r"|\b(?:is|are) (?:another|an(?:other)? important|a major|a big|"
                         r"(?:a |an(?:other)? )?(?:known|recogni[sz]ed|well-known|established|"
                         r"significant)) risks?"
                         r"(?=\s*[.;]?\s*$)"
                         # "Using a sponge can also be a risk.": a risk named alone, at the end
                         r"|\b(?:may|might|could|can) (?:also )?be an? (?:possible |potential )?"
                         r"risk(?=\s*[.;]?\s*$)"
                         # "Heavy drinking and smoking are also factors": the sentence ends.
                         r"|\b(?:is|are) (?:also |often |sometimes )?(?:an? |the )?(?:another |"
                         r"other |additional |further )?(?:important |major |contributing |"
                         r"possible |known )?factors?(?=\s*[.;]?\s*$)",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_RIGHT),
    # "It mostly occurs during periods", "It can develop within days of surgery": what it
    # comes with or after raises its risk (only when the topic is what occurs).
    _t("occurs-during", r"\b(?:(?:may|can|might|often|usually|also|sometimes|commonly|typically|"
                        r"mostly|mainly|most often|generally) )*(?:occurs?|develops?|happens?|"
                        r"starts?|begins?|appears?) (?:mostly |mainly |usually |often |most often |"
                        r"typically |commonly |especially |particularly )?(?:during|within (?:a |"
                        r"few |several |\d+ |two |three )?(?:hours|days|weeks) (?:of|after)|"
                        # "It often develops at the site of a recent injury"
                        r"at the sites? of(?= (?:an? |the )?(?:recent |previous |prior |minor )?"
                        r"(?:injury|injuries|wound|wounds|cut|cuts|surgery|operation|incision|"
                        r"injection|bite|burn|trauma)\b))\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "Women are at higher risk during pregnancy and shortly after giving birth", "It is more
    # common during pregnancy": the time named raises the risk.
    _t("risk-during", r"\b(?:(?:is|are) at (?:an? )?(?:(?:slightly|much|far) )?(?:higher|greater|"
                      r"increased) risk|(?:risk|chance) (?:is|are) (?:(?:slightly|much|far) )?"
                      r"(?:higher|greater|increased)|(?:is|are) (?:(?:slightly|much|far) )?more "
                      r"(?:common|likely))(?: (?:mainly|especially|particularly|both))?"
                      r" (?:during|(?:shortly |soon |just )?after(?= (?:giving birth|childbirth|"
                      r"delivery)\b)|in the (?:days|weeks|months) after(?= (?:giving birth|"
                      r"childbirth|delivery)\b))\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "It is more likely to happen after giving birth": what comes before raises the risk.
    _t("likely-after", r"\b(?:is|are) (?:also )?(?:more |most )?likely to (?:happen|occur|develop|"
                       r"start|appear|begin) (?:after|following|during)\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "Most people who develop it have kidney failure", "People who get it have often taken
    # steroids": what those who get it already have raised its risk (rules.allowed: only
    # the topic got, and no sign or risk named after).
    # (what they get names no second verb: "adults who develop it die ... or are discharged")
    _t("who-get-it-have", r"\bwho (?:get|gets|got|develop|develops|developed) "
                          r"(?:(?!(?:die|dies|died|or|and|but)\b)[\w' -]){2,50}?,? "
                          r"(?:(?:also|often|usually|typically|commonly|already|frequently|"
                          r"mostly|generally) )*(?:have|has|had|are|were)\b(?: (?:already|"
                          r"recently|often|usually|also|typically|commonly))*(?: (?:had|been|"
                          r"taken|received|undergone|used))?\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "Patients are often elderly, diabetic or obese": on the topic's page, the states its
    # patients are in (named only by a word for such a state, not "Patients are often tired").
    _t("patients-are", r"^\s*(?:(?:most|many) )?(?:patients|sufferers|(?:those|people|"
                       r"individuals) affected|affected (?:people|patients|individuals))"
                       r"(?: with (?:it|this|the (?:condition|illness|disease|infection)))?"
                       r" (?:are|tend to be) (?:(?:often|usually|typically|mostly|commonly|"
                       r"generally|frequently|predominantly|more often) )*"
                       r"(?=(?:elderly|older|diabetic|obese|overweight|immunocompromised|"
                       r"immunosuppressed|malnourished|pregnant|smokers|heavy drinkers)\b)"
                       # "Patients are frequently found to have underlying diabetes"
                       r"|^\s*(?:(?:most|many) )?(?:patients|sufferers|(?:those|people|"
                       r"individuals) affected) (?:are|were) (?:(?:often|frequently|usually|"
                       r"commonly|typically|also) )*(?:found|noted|known|reported) to have\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "Diabetes may predispose patients to X".
    _t("predisposes", r"\b(?:(?:may|can|might|could|also|often|is thought to|are thought to) )*"
                      r"predispos(?:e|es|ing)(?: (?:people|patients|individuals|someone|you|them|"
                      r"children|adults|(?:a|the) (?:person|patient|individual|child)))? to"
                      r"(?: developing| getting)?\b"
                      # "A, B or C may predispose (people).": to the topic, unsaid
                      r"|\b(?:(?:may|can|might|could|also|often) )*predispos(?:e|es)(?: (?:people|"
                      r"patients|individuals|someone|them))?(?=\s*[.;]?\s*$)",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_RIGHT),
    # Under a risk heading, "Penetrating injuries and blunt trauma have both been reported":
    # what cases were reported after (rules.allowed reads it there only).
    _t("reported-risk", r"\b(?:has|have) (?:also |both |each |all |occasionally |rarely )?been "
                        r"(?:reported|described|documented|recorded|proposed|suggested|"
                        r"implicated|postulated|hypothesi[sz]ed)(?= *(?:[.;]|$))",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "Hormones may also contribute to its onset", "Stress can contribute to flare-ups": a
    # part in it (not "contribute to the risk": the risk wordings read that).
    _t("contributes-to", r"\b(?:(?:may|might|can|could|also|often|probably|likely|is thought to|"
                         r"are thought to|is believed to|are believed to|seem to|seems to|"
                         r"appear to|appears to) )*contribut(?:e|es|ed) to\b"
                         r"(?! (?:the |your |a person's |their )?(?:risk|chances?|likelihood)\b)",
       v.CONTRIBUTES_TO, Shape.LEFT_TO_RIGHT),
    # "Steroid use has been implicated in severe disease".
    _t("implicated", r"\b(?:has|have|had)? ?(?:been |also been |often been )?implicated (?:in|as a "
                     r"(?:cause|trigger|factor) (?:of|in|for))\b"
                     r"(?! (?:several|many|some|a few|most|other|previous|case|published) "
                     r"(?:\w+ )?(?:series|studies|reports|cases|patients)\b)"
                     # "Obesity has been implicated in several series": in the topic, unsaid
                     r"|\b(?:has|have) (?:also |often )?been implicated(?= in (?:several|many|"
                     r"some|a few|most|other|previous|case|published) (?:\w+ )?(?:series|studies|"
                     r"reports|cases|patients)\b)"
                     # "Use of X has been implicated, although ...": in the topic, unsaid
                     r"|\b(?:has|have) (?:also |often )?been implicated(?=\s*(?:[,.;]|$))",
       v.CONTRIBUTES_TO, Shape.LEFT_TO_RIGHT),
    # "Blunt injuries can also precede infection": what comes first raises the risk of it.
    _t("precedes-it", r"\b(?:(?:may|can|often|usually|sometimes|typically|commonly|also|"
                      r"frequently) )*precedes? (?:the )?(?:onset of )?(?:(?:the )?infection|"
                      r"(?:the )?illness|it|this|the (?:condition|disease|syndrome))"
                      r"(?=\s*(?:[.;,]|$))",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    # "Pain may come a few days before the rash", "A headache may precede the rash": a sign
    # that comes first (the sign after it is read where it is named).
    _t("comes-before", r"\b(?:(?:may|can|often|usually|sometimes|typically|commonly|also) )*"
                       r"(?:precedes?|(?:comes?|starts?|begins?|appears?|develops?) (?:(?:up to|"
                       r"about|around|several|a few|one or two|a couple of|\d+|one|two|three|"
                       r"four|five|six|seven|ten)(?: to (?:\d+|two|three|four|five|seven|ten))? )*"
                       r"(?:(?:days?|hours?|weeks?) )?before) (?=(?:the |a |an |any )?(?:[\w-]+ )?"
                       r"(?:rash|blisters?|"
                       r"spots?|sores?|lumps?|swelling|fever|pain|weakness)\b)",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "A purple rash with neck stiffness is suggestive of the diagnosis": signs that point
    # to it (a test's result names the test: rules.allowed).
    _t("suggestive", r"\b(?:is|are) (?:(?:highly|strongly|very|often) )?(?:suggestive|"
                     r"indicative) of (?:the diagnosis|(?:this|the) (?:condition|illness|disease|"
                     r"infection|syndrome)|it)\b"
                     r"|\b(?:(?:strongly|highly|may|can|often) )?suggests? the diagnosis\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "Exudate is not present", "vesicles are not expected", "blistering does not occur",
    # "X is absent": a sign denied (read under a heading of signs, or of a named sign).
    _t("sign-absent", r"\b(?:is|are) (?:usually |typically |often |generally |characteristically )?"
                      r"(?:not (?:present|expected|seen|a feature|typical)|absent)\b"
                      r"|\b(?:does|do) not (?:usually |typically |generally )?(?:occur|develop)\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "X works by killing the germ", "Y helps by reducing swelling": what the remedy acts on.
    _t("works-by", r"\b(?:works?|helps?|acts?) by (?:killing|reducing|blocking|stopping|lowering|"
                   r"calming|suppressing|easing|relieving|fighting|damping down|controlling|"
                   r"preventing)\b", v.TARGETS, Shape.LEFT_TO_RIGHT),
    # "Mortality is 1-5 %, mainly from lung scarring or heart involvement": what the topic's
    # deaths come from are harms of it (not "..., mostly because of their age").
    _t("deaths-mainly-from", r"\b(?:mortality|case fatality|fatality rate|death rate|die|dies|"
                             r"deaths?)\b[^.;:]{0,80}?,\s*(?:mainly|mostly|usually|often|"
                             r"largely|chiefly|typically|generally|most (?:often|commonly)) "
                             # ("due to" and "because of" are read by their own phrases)
                             r"from\b(?! (?:their|old|"
                             r"older|other|age|unrelated|causes?|reasons?)\b)",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # "It can affect quality of life": a harm of its own, "reduced quality of life".
    _t("life-quality", r"\b(?:(?:can|may|might|could|often|also|seriously|greatly|badly|"
                       r"significantly|severely) )*(?:affects?|reduces?|impairs?|lowers?|harms?|"
                       r"disrupts?|worsens?|diminish(?:es)?)(?= (?:the |your |their |a person's |"
                       r"people's |patients' |someone's )?quality of life\b)",
       v.HAS_COMPLICATION, Shape.LEFT_TO_RIGHT),
    # "The underlying mechanism involves X", "Its pathogenesis is thought to involve X".
    _t("mechanism-involves", r"\b(?:underlying |exact |precise |main |basic )?(?:mechanism|"
                             r"pathophysiology|pathogenesis|disease process)(?: of [\w' -]+?)? "
                             r"(?:(?:is|are) (?:believed|thought|understood|known|suspected) to |"
                             r"(?:may|might|probably|likely|appears to|seems to) )?"
                             r"(?:involves?|includes?|consists? of)\b",
       v.INVOLVES, Shape.TOPIC_TO_RIGHT),
    # "It involves inflammation of the joints", "The disease involves a build-up of fluid":
    # what the illness itself is made of (only said of the illness: see rules.allowed).
    _t("topic-involves", r"\b(?:(?:often|usually|mainly|mostly|typically|also|primarily|"
                         r"always|commonly) )?involves\b",
       v.INVOLVES, Shape.TOPIC_TO_RIGHT),
    # "Scarring is uncommon.", "Itching is common." under a heading of signs or harms: how
    # often one of them comes (the heading says which; elsewhere it names nothing).
    _t("is-common", r"\b(?:is|are) (?:very |fairly |quite |relatively |also |extremely )?"
                    r"(?:common|uncommon|rare|unusual|frequent|infrequent)"
                    # ("Low mood is common after recovery": when, said after it)
                    r"(?:\s+(?:after|following|during) (?:recovery|the illness|an? (?:episode|"
                    r"attack|bout)|treatment|the infection|it)|\s+afterwards"
                    # ("Scarring is common after the sores heal")
                    r"|\s+(?:after|once) (?:the |its |your |any )?(?:[\w-]+ )?(?:sores?|"
                    r"blisters?|rash|spots?|wounds?|ulcers?|lesions?|scabs?) (?:heal|heals|"
                    r"have healed|has healed|clear|clears|have cleared|has cleared))?"
                    r"(?=\s*[.;!]?\s*$|"
                    # ("Rupture is rare and usually occurs early", "... rare but serious")
                    r",?\s+(?:but|and)\s+(?!(?:is|are|was|were|it|they|this)\b))",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "Several mechanisms have been proposed, including A and B": each may play a part.
    _t("proposed-causes", r"\b(?:several |many |various |a number of |some |possible |other |"
                          r"two |three )?(?:(?:possible|potential|disease-causing|"
                          r"illness-causing) )?"
                          r"(?:mechanisms|theories|explanations|hypotheses|causes|triggers)"
                          r"(?: [\w' -]{1,30}?)? (?:have|has) (?:also )?been (?:proposed|"
                          r"hypothesi[sz]ed|suggested|put forward|considered|postulated)"
                          r",? (?:including|such as)\b",
       v.CONTRIBUTES_TO, Shape.RIGHT_TO_TOPIC),
    # "most have an underlying condition such as diabetes": the conditions raise the risk.
    _t("underlying", r"\b(?:an? |other )?(?:underlying|predisposing|pre-existing|coexisting) "
                     r"(?:medical |health |chronic )?(?:conditions?|"
                     r"diseases?|illness(?:es)?|(?:health )?problems?|disorders?)(?:,)? "
                     r"(?:such as|like|"
                     r"including|e\.g\.,?)"
                     # "Most people who get it have other health problems, such as X".
                     # ("confused with other illnesses, such as X" names look-alikes)
                     r"|(?<!confused )(?<!mistaken )\b(?:have|had|with) (?:(?:other|long-term|"
                     r"chronic|existing|serious|ongoing) )+(?:health problems?|medical "
                     r"(?:conditions?|problems?)|"
                     r"conditions?|illness(?:es)?|diseases?)(?:,)? (?:such as|like|including)\b"
                     # "Most patients have at least one comorbidity, such as X" (clinical)
                     r"|\b(?:have|had|with) (?:(?:at least )?(?:one|an?) |(?:one or )?more |"
                     r"several |multiple )?(?:(?:other|significant|serious) )?"
                     r"(?:comorbidit(?:y|ies)|co-morbidit(?:y|ies)|comorbid conditions?)(?:,)? "
                     r"(?:such as|like|including|e\.g\.,?)",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_TOPIC),
    # "Those with X are especially at risk", "Children are at much higher risk than adults".
    _t("at-risk", r"\b(?:are|is|be|remains?|stays?) (?:(?:also|especially|particularly|even) )?"
                  r"(?:(?:more|most) )?(?:at (?:an? )?(?:(?:much |far |even |slightly )?"
                  r"(?:higher|greater|increased|more|particular|special|high|highest|"
                  r"greatest|the highest|the greatest) )?|"
                  r"(?:a )?(?:higher|greater|increased|more) )"
                  r"risk(?: (?:of|for|from)(?: developing| getting| catching| contracting)?\b|"
                  # "more at risk to get the disease", "more at risk to developing it"
                  r" to (?:develop(?:ing)?|get(?:ting)?|catch(?:ing)?|contract(?:ing)?)\b|"
                  r" than (?:[\w'-]+ ){0,3}?[\w'-]+(?=\s*[.;:,)]|\s*$)|(?=\s*(?:[.;:)]|$|if\b|"
                  # ("Farmers are at highest risk because of their exposure": why, after it)
                  r",?\s*(?:because|due to|owing to|as a result of)\b|"
                  # ("Older adults are at higher risk, and they ...": a clause of its own)
                  r",\s*as (?:are|is)\b|,\s*(?:and|but|so)\s+(?:they|these|those|this)\b|"
                  # ("Smokers are at increased risk, especially if they also drink")
                  r",\s*(?:especially|particularly) (?:if|when)\b)))"
                  r"|\b(?:are|is|be|were|was) (?:also )?(?:(?:slightly|much|far|somewhat|"
                  r"considerably|"
                  r"significantly|a little|twice as|(?:about |around |nearly |almost |roughly )?"
                  r"(?:\w+ )?times(?: as)?|"
                  r"especially|particularly) )?"
                  r"(?:more )?(?:(?:prone|susceptible|predisposed|likely|vulnerable)"
                  r"(?: (?:than|as) [\w ]{1,25}?)? "
                  r"to(?! (?:affect|strike) (?:people|those|patients|adults|children|women|men)\b)"
                  r"(?! by\b)"  # "It may be predisposed to by X": a passive, X is the risk
                  r"(?: developing| develop| get| getting| have| having| catch| contract|"
                  # "Older people are more likely to be affected.": by the topic
                  # (and "... to be affected than men": the same, compared)
                  r" be (?:affected|diagnosed)(?: than (?:[\w'-]+ ){0,3}?[\w'-]+)?"
                  r"(?=\s*(?:[.;:)]|$)))?\b"
                  # "People with X are especially vulnerable.": to the topic
                  r"|(?:prone|susceptible|predisposed|vulnerable)(?=\s*(?:[.;:)]|$)))"
                  # "Older adults are the group most likely to get it"
                  r"|\b(?:is|are) the (?:groups?|people|ones|population) (?:most|more) likely "
                  r"to (?:get|develop|catch|contract)\b"
                  # "Children with large aneurysms face a lifelong risk of clots"
                  r"|\b(?:face|faces) (?:a |an )?(?:(?:lifelong|lifetime|"
                  r"long-term|lasting|high|higher|increased|greater|significant|small) )*risk "
                  r"(?:of|for)\b",
       v.INCREASES_RISK_OF, Shape.LEFT_TO_RIGHT),
    # "It is three times more common in women": the ratio in front changes nothing.
    _t("more-common-in", r"\b(?:is |are )?(?:becoming |getting )?(?:(?:about |around |nearly |"
                         r"almost |roughly )?"
                         r"(?:twice|two|three|four|five|\d+(?:\.\d+)?) times )?"
                         # "It is slightly more common in women"
                         r"(?:(?:slightly|much|far|somewhat|a little|a bit|considerably|"
                         r"significantly) )?"
                         r"(?:more|most|especially|particularly) "
                         r"(?:common|prevalent|frequent|often seen)"
                         # "more common and more severe in X"
                         r"(?: and (?:(?:more|often|tends to be|is) )*(?:severe|serious))?"
                         r" (?:in|among)\b|\bcommon(?:er|est) (?:in|among)\b"
                         r"|\b(?:occurs?|is seen|happens?|is found|is diagnosed|"
                         r"develops?) (?:more|most) (?:commonly|often|frequently) (?:in|among)\b"
                         # "It is more likely to occur in people whose ..."
                         r"|\b(?:is|are) (?:much |far )?more likely to (?:occur|develop|happen|"
                         r"be seen) (?:in|among)\b"
                         # "It is more likely to affect people who have had X": the people
                         r"|\b(?:is|are) (?:much |far )?more likely to (?:affect|strike)"
                         r"(?= (?:people|those|patients|adults|children|women|men)\b)"
                         # "Incidence is higher among older adults": the topic's, unsaid
                         r"|^(?:the )?(?:incidence|rates?|prevalence) (?:is|are) (?:much |far )?"
                         r"(?:higher|greater|highest|increased) (?:in|among)\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    _t("seen-in-people", r"\b(?:(?:is|are|can|may|might|also|most|more|commonly|often|usually|"
                         r"mostly|mainly|frequently|typically|generally|tends? to) )+(?:be )?"
                         r"(?:diagnosed|seen|found|occurs?|occur|happens?|happen|develops?|develop)"
                         # "It is seen mainly in older adults": the adverb after the verb.
                         r"(?: (?:mainly|mostly|chiefly|largely|predominantly|primarily|usually|"
                         r"typically|generally|commonly|especially|particularly|frequently|often|"
                         r"(?:more|most) (?:often|frequently|commonly)|more))?"
                         rf" in (?!{_PEOPLE_AFTER})(?=(?:(?:some|many|most|certain) )?"
                         # ("in otherwise healthy young adults": the age is what is named)
                         r"(?:(?:otherwise|previously) (?:healthy|well|fit) )?(?:(?:older|"
                         r"younger|elderly|young|middle-aged|adult|pregnant|"
                         r"obese|immuno\w+|diabetic|malnourished|debilitated|hospitali[sz]ed) )?"
                         r"(?:people|those|individuals|patients|women|men|adults|children|"
                         r"hosts|infants|babies|toddlers|the elderly)\b|(?:[\w-]+ ){0,2}"
                         r"(?:users|misusers|abusers|smokers|drinkers|alcoholics)\b)"
                         # "It occurs in people with gout", "It can happen to people who ...":
                         # the bare verb, or 'happen to', says the same.
                         r"|(?<!\bnot )(?<!n't )\b(?:(?:can|may|might|also|often|usually|mostly|"
                         r"mainly|typically|sometimes) )*(?:occurs?|happens?|develops?|arises?|"
                         # "It has also been reported in people using X"
                         r"(?:has|have) (?:also |even |sometimes )?been (?:reported|described|"
                         r"seen|found|diagnosed))"
                         r"(?: (?:mainly|mostly|chiefly|largely|predominantly|primarily|usually|"
                         r"typically|generally|commonly|especially|particularly|frequently|often|"
                         r"(?:more|most) (?:often|frequently|commonly)))? (?:in|to) "
                         rf"(?!{_PEOPLE_AFTER})(?=(?:(?:older|younger|elderly|young|middle-aged|"
                         r"adult|pregnant|"
                         r"obese|immuno\w+|diabetic|malnourished|debilitated|hospitali[sz]ed) )?"
                         r"(?:people|those|individuals|patients|women|men|adults|children|"
                         r"hosts|infants|babies|toddlers|the elderly)\b|(?:[\w-]+ ){0,2}"
                         r"(?:users|misusers|abusers|smokers|drinkers|alcoholics)\b)"
                         # "It is common among people with gout": bare 'common' only before people.
                         r"|\b(?:is|are) (?:(?:quite|very|fairly|also) )?(?:common|frequent|"
                         r"prevalent) (?:in|among) (?=(?:(?:older|younger|elderly|young|"
                         r"middle-aged|adult) )?(?:people|those|individuals|patients|adults)\b"
                         r"|(?:[\w-]+ ){0,2}(?:users|misusers|abusers|smokers|drinkers|"
                         r"alcoholics)\b)",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    # ("It rarely affects children" says who seldom gets it: no risk.)
    # "It is an occupational hazard for farmers and sewer workers": the groups at risk.
    _t("hazard-for", r"\b(?:is|are) (?:also )?(?:an? |the )?(?:(?:occupational|recreational|"
                     r"known|particular|special|real|serious|major) )+(?:hazard|danger|risk)s? "
                     r"(?:for|to|among)\b(?= (?:[\w-]+ ){0,3}?(?:people|workers|[a-z]+ers|"
                     r"[a-z]+ists|[a-z]+ians|personnel|campers|travell?ers|children|adults)\b)",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    _t("affects-people", r"\b(?<!rarely )(?<!seldom )(?<!never )(?<!uncommonly )"
                         r"(?:most |more )?(?:often |commonly |usually |mainly |mostly |"
                         r"typically |primarily |predominantly |(?:almost|nearly) always )?"
                         r"(?:affects|tends to affect) "
                         r"(?:mainly |mostly |mostly |primarily |predominantly |chiefly |"
                         r"especially |particularly |usually |typically )?"
                         r"(?=(?:[a-z-]+ ){0,2}(?:people|those|women|men|adults|children|patients|"
                         r"individuals|girls|boys|babies|infants|teenagers|adolescents)\b)"
                         # "It can also affect people who use X": who it can affect, said
                         # with what they do or have (not "it can affect children": anyone)
                         r"|\b(?:can|may|might|could)(?: also| sometimes| even)? affect "
                         r"(?=(?:people|those|anyone|women|men|adults|children|patients) "
                         r"(?:who|with)\b)",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    # ("It is most often linked to X": two adverbs)
    _t("associated", r"\b(?:is|are|was|were|be|been)? ?(?:(?:most|more) (?:often|commonly|"
                     r"frequently|usually) |\w+ )?"
                     r"(?:associated|linked|connected"
                     r"|related)(?: with| to)\b", v.ASSOCIATED_WITH, Shape.LEFT_TO_RIGHT),
    # "Heavy drinking and smoking are also linked.": linked with the page's topic.
    _t("linked-alone", r"\b(?:is|are|has been|have been)(?: also| often| strongly| sometimes)? "
                       r"(?:linked|associated|implicated)(?=\s*[.;!]?\s*$"
                       # "Obesity has been linked in several case series": with the topic
                       r"| in (?:several|many|some|a few|most|other|previous|published) "
                       r"(?:case |cohort |clinical )?(?:series|studies|reports|cases)\s*[.;]?$)",
       v.ASSOCIATED_WITH, Shape.LEFT_TO_TOPIC),
    _t("cause-of", r"\b(?:is|are|was|were) (?:the |a |an )?(?:most common |main |leading |major |"
                   r"common |usual |primary |principal |predominant |chief )?causes? (?:of|for)\b|"
                   r"\b(?:is|are) "
                   r"(?:the |a |an )?(?:most common|main|leading|major|usual|commonest|primary|"
                   r"principal|predominant|chief) causes?(?= in\b| among\b|\s*[.;]|$|"
                   # "X is the most common cause, but Y can also cause it"
                   r",\s*(?:but|followed by|although|though|while|whereas)\b)"
                   # "A and B are other possible causes.", "X can also be a cause."
                   r"|\b(?:is|are|can (?:also )?be|may (?:also )?be) (?:an? |another |other |"
                   r"the other |the )?(?:(?:possible|known|rare|common|less common|"
                   r"recogni[sz]ed|probable|likely|suspected|presumed|most likely|underlying|"
                   r"frequent|important|well-recogni[sz]ed|occasional|uncommon|major) )?"
                   r"(?:causes?|triggers?)(?=\s*[.;]|$"
                   # "X is a frequent cause in young adults": in whom it is
                   r"| (?:in|among) (?!the |an? |its |their )[\w' -]{2,40}\s*[.;]?$)"
                   # "X has been proposed as a cause": named one, hedged by its own words
                   r"|\b(?:has|have) (?:also )?been (?:proposed|suggested|put forward|"
                   r"implicated|identified|recogni[sz]ed|reported|considered) as (?:an? |the |"
                   r"one )?(?:(?:possible|potential|likely|probable|rare|main|common|major) )?"
                   r"causes?(?=\s*[.;,]|$| of\b| in\b)(?: of\b)?",
       v.CAUSES, Shape.LEFT_TO_RIGHT),
    # (Not "X, such as due to Y": an example of how X comes about, inside a list.)
    _t("due-to", r"\b(?<!such as )(?<!for example )(?<!for example, )(?<!e\.g\. )(?<!e\.g\., )"
                 r"(?:mainly |mostly |usually |often |typically |generally |commonly |largely |"
                 r"primarily |most (?:often|commonly|frequently) |frequently |partly )?"
                 # ("X secondary to Y": Y brings X on, as "due to" says)
                 r"(?:due to|because of|secondary to|(?:results?|"
                 r"resulting|arises?|arising|stems?|stemming|comes?|coming) from|(?:is|are|'s|"
                 r"(?:may|can|might|could) be) "
                 r"(?:(?:usually|"
                 r"often|mostly|mainly|generally|typically|sometimes|thought to be|believed to "
                 r"be) )?(?:the |a )?(?:direct )?results? of)\b",
       v.CAUSES, Shape.RIGHT_TO_LEFT),
    # "An infection may set it off", "Stress can bring it on": what sets the topic off.
    _t("sets-it-off", r"\b(?:(?:can|may|might|could|often|sometimes|usually|also|seems? to|"
                      r"appears? to) )*(?:sets?|setting|brings?|bringing|brought) (?:it|this|"
                      r"them|the (?:condition|illness|disease)|an attack|attacks|a flare(?:-up)?|"
                      r"flares?(?:-ups?)?) (?:off|on)\b", v.INCREASES_RISK_OF, Shape.LEFT_TO_TOPIC),
    _t("triggered-by", r"\b(?:(?:is|are|can be|may be|often|usually|sometimes|commonly|"
                       r"typically|mostly|also|be) )*(?:triggered|brought on|set off|preceded|"
                       r"provoked|precipitated) by\b", v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    _t("follows", r"\b(?:(?:often|usually|can|may|typically|sometimes|commonly|mostly|"
                  r"tends? to|most often|has|have|had|rarely) )*(?:develop(?:s|ed)?|"
                  r"occur(?:s|red)?|results?|resulted|"
                  r"appear(?:s|ed)?|start(?:s|ed)?|happen(?:s|ed)?|"
                  r"comes? on|arises?|begins?) (?:\w+ )?"
                  # "It can occur in healthy people after a minor wound": who, then what first
                  rf"{_IN_SOME_PEOPLE}(?:after|following)\b"
                  # (not "A rash follows.": nothing named comes before it, a sign comes next;
                  # not "Surgery follows once it is controlled": when, not what came first)
                  r"|\b(?:(?:often|usually|can|may|typically|sometimes|commonly|most often|most "
                  r"commonly|mostly) )*follows?\b"
                  # ("the late stage follows, with shock": what comes, not what came first)
                  r"(?![-\u2010\u2011]up)(?!\s*[.;!]?\s*$)(?!\s*,\s*with\b)"
                  r"(?!\s+(?:once|when|until|if|as soon as|later|as (?:the|it|this))\b)"
                  # ("Peeling follows a week or two later": when it comes, nothing before)
                  rf"(?!{SPAN_LATER})"
                  # ("Hospitals follow strict hygiene rules": keeping to them, nothing before)
                  r"(?!\s+(?:[\w-]+ ){0,3}(?:rules|guidelines|guidance|advice|instructions|"
                  r"protocols|precautions|recommendations)\b)"
                  # "Cases have followed surgery": what came before them.
                  r"|\b(?:has|have|had) (?:also |often |sometimes )?followed\b"
                  # "It starts a few days or weeks after a chest infection", "Symptoms begin 2
                  # weeks after ...": the illness, some time after what set it off (not "A rash
                  # appears two days after the fever": one sign after another)
                  r"|(?:(?<=\bit )|(?<=\bthis )|(?<=\bsymptoms )|(?<=\bsigns )|(?<=\billness )|"
                  r"(?<=\bcondition )|(?<=\bdisease )|(?<=\bsyndrome ))"
                  r"(?:(?:often|usually|typically|commonly|mostly|generally) )?"
                  r"(?:starts?|begins?|develops?|appears?|"
                  r"comes? on) (?:(?:about|around|up to) )?(?:a few|a couple of|several|some|"
                  r"one or two|\d+(?:\s*(?:to|-|–)\s*\d+)?|an?|one|two|three|four|five|six) "
                  r"(?:hours?|days?|weeks?|months?)(?: or (?:days?|weeks?|months?))? "
                  r"(?:after|following)\b"
                  r"|\b(?:has|have|had) (?:also )?been (?:reported|described|seen) "
                  rf"{_IN_SOME_PEOPLE}(?:after|following)\b"
                  r"|\b(?:get|gets|catch|catches|develop|develops|contract) (?:it|this|the "
                  r"(?:condition|infection|illness)) (?:after|following)\b"
                  # "It is seen more often after surgery", "It is more common after a burn".
                  r"|\b(?:is|are) (?:(?:seen|found|reported) (?:(?:more|most) )?(?:often|"
                  r"commonly|frequently) |(?:more|most) (?:common|frequent|likely) |commoner )"
                  r"(?:after|following)\b",
       v.INCREASES_RISK_OF, Shape.RIGHT_TO_LEFT),
    _t("caused-by", r"(?:\b(?:is|are|can be|may be) (?:often |usually |mainly |most often |"
                    r"most commonly |most frequently |primarily |predominantly |mostly |"
                    r"chiefly |largely |typically |commonly |generally |frequently )?)?"
                    r"\b(?:(?:primarily|predominantly|mostly|chiefly|largely|usually|often|most "
                    r"(?:often|commonly|frequently)|frequently|commonly) )?caused (?:(?:primarily|"
                    r"predominantly|mostly|chiefly|largely|mainly|usually|most (?:often|commonly|"
                    r"frequently)|frequently|commonly) )?by\b",
       v.CAUSES, Shape.RIGHT_TO_LEFT),
    # "A faulty gene is thought to be behind it", "A virus is behind most cases".
    _t("is-behind", r"\b(?:is|are|may be|might be|could be|(?:is|are) (?:thought|believed|"
                    r"likely|known) to be) (?:often |usually |probably |mainly |mostly )?behind"
                    r"(?= (?:it|this|the (?:illness|disease|condition|infection|disorder)|most "
                    r"cases|many cases|some cases)\b)",
       v.CAUSES, Shape.LEFT_TO_RIGHT),
    _t("causes", r"\b(?:causes|cause|can cause|may cause|leads? to|can lead to|may lead to|"
                 # ("an environmental trigger, such as X, is ...": the noun, no verb)
                 r"results? in|triggers?(?!,? (?:such as|like|include|including)\b|\s*[,.;:)]|"
                 r" (?:is|are|was|were|for|of|that|which)\b)|brings? on|"
                 r"sets? off)\b", v.CAUSES, Shape.LEFT_TO_RIGHT),
    # ", causing X": what the clause's subject does (read only when that is the topic).
    # (", eventually leading to X": when, then what the clause's subject does)
    _t("participle", r",\s+(?:(?:eventually|ultimately|sometimes|often|potentially|possibly|"
                     r"quickly|rapidly|later|in turn|over time|in time)\s+)?(?:causing|"
                     r"leading to|resulting in|triggering)\b",
       v.CAUSES, Shape.LEFT_TO_RIGHT),
    # ("It can also be confirmed by X": a word between the modal and "be")
    _t("diagnosed-by", r"\b(?:is|are|(?:can|may)(?: also| usually| often)? be) (?:\w+ )?"
                       r"(?:diagnosed|confirmed) (?:by|with|using|through|"
                       # ("diagnosed from the history", "on the basis of the symptoms")
                       r"via|based on|from|on the basis of)\b|"
                       r"\bdiagnosis (?:is|(?:can|may|must|should)(?: also| "
                       r"usually| often)? be|"
                       r"can only be|is only|is usually|is often)(?: \w+)? (?:made|based|"
                       r"confirmed|established|reached) (?:\w+ )?(?:by|on|with|through)\b|"
                       # "The diagnosis is usually made during surgery", "... from a biopsy".
                       r"\bdiagnosis (?:is|can be|may be)(?: \w+)? (?:made|confirmed) (?:during|"
                       r"from)\b|"
                       # "It is often diagnosed during an operation".
                       r"\b(?:is|are|can be|may be) (?:\w+ )?(?:diagnosed|confirmed) during\b(?= "
                       r"(?:an? |the )?(?:operation|surgery|exploration))|"
                       # "Diagnosis is confirmed at operation": the operation shows it.
                       r"\bdiagnosis (?:is|can be|may be)(?: \w+)? (?:confirmed|made) at\b(?= "
                       r"(?:an? |the )?(?:operation|surgery|biopsy|exploration|autopsy))|"
                       # "It is a diagnosis of exclusion": made by ruling the others out.
                       r"\b(?:is|remains) (?:\w+ )?an? diagnosis of (?=exclusion\b)|"
                       r"\bdiagnosis is (?:usually |often |"
                       r"typically |generally |mainly )?(?:by|through|via)\b"
                       # "Diagnosis requires a biopsy", "a firm diagnosis usually relies on X"
                       r"|\bdiagnosis (?:of (?:[\w'-]+ ){1,4}?)?(?:usually |often |typically |"
                       r"generally |mainly |always )?(?:requires|needs|relies on|depends on|"
                       r"rests on)\b"
                       # ("Your doctor relies on your history and an exam": under diagnosis)
                       r"|\b(?:doctors?|gps?|providers?|clinicians?|specialists?) (?:usually |"
                       r"often |typically |generally |mainly |instead )?(?:relies|rely) on\b"
                       # "The diagnosis is supported by a positive culture"
                       r"|\bdiagnosis (?:is|can be|may be) (?:\w+ )?supported by\b"
                       # "It is often diagnosed after other conditions have been ruled out"
                       r"|\bdiagnosed (?:only )?(?:after|once|when)(?= (?:all )?other "
                       r"(?:possible )?(?:causes|conditions|diagnoses|illnesses|diseases)\b)"
                       # "The only way to be sure is with surgery"
                       r"|\bthe only (?:sure |certain |definite |reliable )?way to (?:confirm|"
                       r"diagnose|be sure|be certain|know for (?:sure|certain))(?: (?:it|the "
                       r"diagnosis|this))? is (?:with|by|through|(?:to (?:do|have|take) )?)",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    _t("confirms", r"\b(?:can|may|will|to)? ?(?:help )?(?:(?:confirm|detect|make)s?|"
                   r"identif(?:y|ies)|establish(?:es)?) (?:the )?"
                   r"(?:diagnosis|condition)\b(?! (?:with|by|using|through|on|from|based on)\b)"
                   r"|\bprovides? a (?:definitive )?diagnosis\b"
                   # "Blood tests may assist with the diagnosis", "Imaging can support it".
                   r"|\b(?:can |may |will |might |could |often |also |usually )*(?:(?:assists?|"
                   r"aids?|supports?) (?:(?:in|with) )?|helps? (?:in|with) )(?:(?:making|"
                   r"establishing|reaching|confirming) )?(?:the|a) diagnosis\b"
                   r"(?! (?:of|with|by|using)\b)"
                   # "Nerve studies help confirm the neuropathy": a finding of the illness
                   # the test confirms (a test must be the subject: rules.DocumentRules)
                   r"|\b(?:can |may |will |often )?helps? (?:to )?confirm(?= (?:an? |the )?"
                   r"[\w-]+(?: [\w-]+){0,2}\s*(?:[.;]|$))",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_LEFT),
    _t("treated-with", r"(?:\b(?:is|are|can be|may be|(?:might |may |will )?needs? to be|"
                       r"(?:might|may|will|could) need to be)|'s|\u2019s) (?:often |usually |"
                       r"mainly |typically |always |generally |easily |successfully )?(?:treated|"
                       # ("can be treated as outpatients with X": where, then with what)
                       r"managed|cured) (?:(?:as (?:an )?outpatients?|at home|"
                       r"successfully|effectively) )?(?:with|by|using|through)\b"
                       # "Doctors treat it with X", "Early treatment with X is vital".
                       r"|\b(?:treat|treats|manage|manages) (?:it|this|the (?:condition|illness|"
                       r"infection|disease|syndrome)) (?:with|by|using)\b"
                       # "Doctors treat <a name> with X": what is treated, named between
                       # (rules._side_treated_named says whether it is the topic)
                       r"|(?<=\bdoctors )(?:(?:usually|often|may|can|will) )?(?:treat|manage) "
                       r"(?P<what>[\w' -]{2,50}?) (?:with|using)\b"
                       # ("caused by treatment with X": X is the cause, read by caused-by)
                       r"|(?<!follow-up )(?<!after )(?<!despite )(?<!caused by )(?<!due to )"
                       r"(?<!triggered by )(?<!brought on by )\b(?:(?:early|prompt|urgent|"
                       r"emergency|immediate|quick) )?treatment with\b(?! (?:a |an |the |your )?"
                       r"(?:specialists?|doctors?|gp|teams?|nurses?|consultants?|standard|usual|"
                       r"current|recommended|appropriate|proper|the right)\b)",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "Antibiotics treat the infection", "Steroid eye drops can treat the inflammation": the
    # remedy is used for what it treats.  (Not "to treat": read by "to-treat" and its kin;
    # not "treat it with X": read above.)
    # ("used to prevent and treat it": the second verb of an infinitive, read with it)
    _t("remedy-treats", r"(?<!\bto )(?<!\bhelp )(?<!\bhelps )(?<! and )(?<! or )"
                        r"\b(?:(?:can|may|might|could|will|"
                        r"usually|often|also|effectively|successfully) )*(?<!\bto )(?:treat|treats)"
                        r"\b(?= (?:it|this|them|the|most|many|an?|your|their|[a-z]+)\b)"
                        r"(?!(?: (?:it|this|them|the (?:condition|illness|disease|infection|"
                        r"syndrome)))? (?:with|by|using)\b)(?! (?:you|people|patients|children|"
                        r"adults|someone|him|her)\b)",
       v.USED_FOR, Shape.LEFT_TO_RIGHT),
    # "Albendazole kills the worms", "Antibiotics clear the bacteria": a remedy that kills
    # the germ is care of the illness (kept to care by rules._keep_germ_killer).
    # (Not "immunoglobulin to destroy the bacteria": a purpose, read with its care.)
    _t("remedy-kills", r"(?<!\bto )\b(?:(?:can|may|might|will|usually|often|also|quickly|soon) )*"
                       r"(?<!\bto )(?:kills?|clears?|gets? rid of|eradicates?|destroys?|"
                       r"wipes? out)"
                       r"(?= (?:the |any |all |most |these |those )?(?:[\w-]+ )?(?:worms?|"
                       r"bacteri(?:a|um)|germs?|virus(?:es)?|fungus|fungi|parasites?|larvae|"
                       r"mites|lice)\b)",
       v.USED_FOR, Shape.LEFT_TO_TOPIC),
    _t("treated-in", r"(?:\b(?:is|are|can be|may be|will be|needs? to be|should be|must be)|'s|"
                     r"\u2019s) "
                     r"(?:often |usually |mainly |typically |always |generally )?"
                     r"(?:treated|managed|cared for) in "
                     r"(?:a |the )?(?=hospital\b|intensive care\b|an intensive care unit\b|"
                     r"(?:a )?critical care\b)"
                     r"|\b(?:need|needs|require|requires|will need)(?: urgent| emergency)? "
                     r"treatment in (?:a |the )?(?=hospital\b|intensive care\b)"
                     r"|\b(?:be |is |are |being |usually |often |always )*(?:admitted|taken) "
                     r"(?:in)?to (?:a |the )?(?=hospital\b|intensive care\b)"
                     # "You will need to stay in hospital".
                     r"|\b(?:(?:will|may|might|usually|often|most|also) )*(?:need|needs) (?:to )?"
                     r"(?:stay|be looked after|be cared for|spend (?:some )?time) in (?:a |the )?"
                     r"(?=hospital\b|intensive care\b)"
                     # "Treatment often requires a stay in intensive care."
                     r"|\b(?:need|needs|require|requires|required)(?: urgent| emergency)? (?:a "
                     r"(?:short |long |longer )?stay|admission) (?:in|to|into) (?:a |the |an )?"
                     r"(?=hospital\b|intensive care\b)",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "The fever doesn't respond to paracetamol": whether a treatment works on it.
    _t("responds-to", r"\b(?:(?:does|do|did|will|may|might|usually)(?: not|n't)? |doesn't |don't |"
                      r"didn't |won't )?respond(?:s|ed)? (?:well |quickly |poorly )?to\b",
       v.EFFECTIVE_FOR, Shape.RIGHT_TO_LEFT),
    # "Living with it can make you feel low or anxious": how it weighs on people.
    _t("makes-feel", r"\b(?:can|may|might|often|will|could) (?:also )?(?:make|leave) (?:you|people|"
                     r"them|someone|a person|your child|children|patients) (?:feeling |feel )",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # "They may need surgery" (read in treatment sections only).
    _t("needs", r"\b(?:may |might |will |could |often |usually |sometimes )*(?:require|need)s?"
                r"(?! to\b)\b"
                # "Patients should undergo surgery at once": what they go through treats it
                r"|\b(?:should|must|will|may|need to|needs to|have to|has to|usually|often) "
                r"(?:then |also |immediately |urgently |promptly )?undergo\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "Antiviral medicines may control it".
    _t("can-control", r"\b(?:can|may|will|could|might|usually|often|help(?:s)?(?: to)?) "
                      r"(?:help )?(?:control|cure)\b"
                      # "Antibiotics cure it" (not "a cure", "no known cure", "cure rates")
                      r"|(?<!\ba )(?<!\bno )(?<!\bthe )(?<!\bany )(?<!\bknown )"
                      r"(?<!\bpossible )(?<!\bcomplete )(?<!\bpermanent )(?<!^)\bcures?\b"
                      r"(?! (?:for|is|are|was|rates?|exists?)\b)",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_RIGHT),
    # "A rash is a common sign of X": the rash is a symptom of X.
    # "It can be the first sign of X": the topic signals another illness (read only when
    # the topic is the subject: rules._read_topic_signals_other; "Redness may be a sign of
    # infection" is another thing's sign).
    _t("signals-other", r"\b(?:(?:can|may|might|could) (?:also |sometimes )?be|(?<=\bor )be|"
                        r"(?<=\band )be) (?:the |an? )?(?:first |early |earliest |initial |"
                        r"presenting )?(?:signs?|symptoms?|manifestations?) of\b",
       v.ASSOCIATED_WITH, Shape.RIGHT_TO_LEFT),
    _t("sign-of", r"\b(?:is|are) (?:often |"
                  r"usually |also )?(?:a |an |the |one of the )?(?:most )?"
                  r"(?:common |early |earliest |main |first |typical |classic |usual |key |"
                  r"characteristic |tell-tale |major |cardinal |frequent )?(?:signs?|symptoms?|"
                  r"features?|hallmarks?|manifestations?) of\b"
                  # ("a sign of a worse outcome" foretells the outlook: prognosis_reads)
                  r"(?!\s+(?:an? |the )?(?:much |far )?(?:worse|poorer|poor|bad|better|good|"
                  r"(?:un)?favou?rable) (?:prognosis|outlook|outcomes?|survival)\b)"
                  # "Blurred vision can be a sign that the eyes are affected": a sign of the
                  # topic's reach ("may be a sign of infection" names another thing's sign)
                  r"|\b(?:is|are|can be|may be|might be|could be) (?:often |usually |also )?"
                  r"(?:a |an |the |one of the )?(?:signs?|symptoms?) that (?=(?:the |your |"
                  r"their )?[\w -]{1,30}? (?:is|are|has been|have been) (?:affected|involved|"
                  r"inflamed)\b)",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "X is characterised by painful swelling": what marks it out is what people have.
    _t("marked-by", r"\b(?:is|are) (?:often |usually |typically |mainly |clinically |"
                    r"frequently |commonly |generally )?"
                    # "X is a viral illness characterised by Y": a definition that names signs.
                    r"(?:(?:a|an) (?:[\w-]+,? ){0,3}(?:disease|illness|infection|disorder|"
                    r"condition|syndrome|inflammation)s? (?:that is |which is )?"
                    r"(?:often |usually |typically |mainly |clinically )?)?"
                    r"(?:characteri[sz]ed|marked|typified|accompanied) "
                    r"(?:mainly |mostly |chiefly )?by\b"
                    # "X is a disorder of unknown cause, characterised by Y": the participle
                    # after a comma says the same of the sentence's subject
                    r"|(?<=, )(?:characteri[sz]ed|typified) (?:mainly |mostly |chiefly )?by\b",
       v.HAS_SYMPTOM, Shape.LEFT_TO_RIGHT),
    # "People with X (may) also experience Y": what people with the topic have.
    _t("experience", r"\b(?:people|patients|patient|children|child|baby|adults|adult|babies|"
                     r"infants|you|those|sufferers|survivors|person|others|"
                     r"individuals|someone|many|most|some|few|minority|"
                     # ("A small number develop severe fibrosis")
                     r"(?<=small )number|(?<=large )number)\b"
                     r"(?: who (?:have |has |had |get |develop )+"
                     r"(?:had |got )?[\w' -]{1,40}?(?= (?:may|can|often|usually|also|might|will|"
                     r"commonly|typically|sometimes|experience|get|develop|notice|feel|suffer|"
                     r"report)\b)"
                     # "People who do not get early treatment may develop X": the untreated
                     r"| who (?:are|were|is|was|have|has|had|do|does|did) not [\w' -]{1,40}?"
                     r"(?= (?:may|can|often|usually|also|might|will|sometimes|go on to)\b))?"
                     # ("People with it should have surgery": advice, no sign)
                     r"(?:(?!\b(?:if|should|must|ought to|needs? to)\b)[^,.;:]){0,60}?"
                     r"\b(?:may |can |often |usually |also |might |will |commonly |typically |"
                     r"sometimes |(?:go|goes|went) on to )*(?:experience|"
                     r"have|get|develop|notice|feel|suffer from|report|describe|complain of|"
                     # ("Early on, the person has a fever and muscle aches")
                     r"(?<=person )has|(?<=patient )has|(?<=child )has)\b"
                     r"(?! (?:better|well|worse|over|rid|back)\b)"  # "get better" is no sign
                     # ("describe the pain as sharp": kinds of the sign, described-as's)
                     r"(?<!describe(?= (?:the|their|this|its|that) [\w -]{1,30}? as\b))",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "Your GP can usually diagnose it based on your symptoms".
    # "Doctors confirm the diagnosis with a blood test": the same, said of confirming.
    # ("Doctors make the diagnosis from the symptoms": making it is diagnosing it)
    _t("diagnose-from", r"\b(?:(?:diagnose[sd]?|confirm(?:s|ed)?) (?:it|this|the (?:condition|"
                        r"illness|"
                        r"infection|disease|diagnosis)|"
                        r"[\w' -]{1,40}?)|(?:make|makes|made|making) (?:the|a) diagnosis)"
                        r" (?:based on|by (?:looking at|checking|examining)?"
                        # ("A biopsy confirms the diagnosis by showing X": the biopsy does)
                        r"(?!(?:showing|finding|revealing|detecting|demonstrating)\b)|from|"
                        r"using|with|through|on the basis of)\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "You will be asked about your symptoms" (read in diagnosis sections, and under no
    # typed heading when symptoms or history are asked about).
    _t("asked-about", r"(?:\b(?:will|may|might|can|should)|'ll) (?:also )?(?:be )?ask(?:ed)? "
                      r"(?:you )?(?:(?:some |a few |several )?questions )?(?:about|for)\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "The most common complication (of X) is Y" / "Y is a common complication of X".
    # "It may be complicated by kidney injury": the clinical way to name a complication.
    _t("complicated-by", r"\b(?:(?:is|are|was|were|can be|may be|might be|could be|often|"
                         r"sometimes|commonly|frequently|occasionally|rarely|also|be|been|"
                         r"has been|have been|further) )*complicated by\b",
       v.HAS_COMPLICATION, Shape.LEFT_TO_RIGHT),
    # ("the most common sequela is X": a lasting harm a clinical text names so)
    # ("The main danger is dehydration": the harm it brings)
    _t("complication-is", rf"\b(?:the |a |an |one )?{_RANKED}(?:complication|sequela|"
                          r"(?<=main )danger|(?<=biggest )danger|(?<=greatest )danger)"
                          r"(?: of [\w' -]+?)? "
                          r"(?:is|was)\b", v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # "Y is a common complication of X"; "Shock is the most serious complication." alone.
    _t("is-complication", rf"\b(?:is|are|(?:may|can|might|could) (?:also |sometimes )?be) "
                          rf"(?:a |an |the |one of the )?{_RANKED}"
                          rf"{_MORE_RANKS}(?:complications?|sequelae|sequela|(?<=main )danger|"
                          r"(?<=biggest )danger|(?<=greatest )danger)"
                          r"(?: of\b|(?= that (?:can|may|might|could|sometimes|often) (?:occur|"
                          r"develop|happen|follow))|(?=\s*[.;!]?\s*$)|"
                          # ("Dehydration is the main danger, especially for babies")
                          r"(?=,\s+(?:especially|particularly|mainly|mostly)\b))",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_LEFT),
    # "It often develops as a complication following flu": read with the topic as the left
    # side, the thing after is what it complicates (rules: _complicates).
    _t("complication-as", rf"\b(?:develops?|developing|occurs?|occurring|arises?|happens?|"
                          rf"comes?|appears?)\s+as\s+(?:a |an )?{_RANKED}{_MORE_RANKS}"
                          r"complication(?:\s+(?:of|following|after|in)\b)?",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_LEFT),
    # "The main treatment (for X) is Y" / "Y is the standard treatment for X".
    # "The drug of choice is penicillin".
    _t("of-choice", r"\b(?:the )?(?:drug|treatment|therapy|antibiotic|medicine|medication|"
                    r"regimen|combination)s? of "
                    r"choice(?: (?:for|in) [\w' -]+?)? (?:is|are|remains?)\b"
                    # "The main medicine used is X", "The antibiotics usually given are X and Y".
                    r"|\b(?:the )?(?:main |usual |standard |first-line |first |most common |"
                    r"commonest )?(?:drug|treatment|antibiotic|medicine|medication)s? (?:most )?"
                    r"(?:commonly |usually |often |typically )?(?:used|given|prescribed)"
                    r"(?: (?:for|in) [\w' -]+?)? (?:is|are)\b(?! (?:not|also|often|usually)\b)",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    _t("treatment-is", rf"\b(?:the |a |an )?{_RANKED}(?:treatment|therapy|regimen)(?: (?:for|of) "
                       rf"[\w' -]+?)? (?:is|was)\b{_NOT_PASSIVE}", v.USED_FOR,
       Shape.RIGHT_TO_TOPIC),
    # "Rest and simple painkillers are usually enough", under care: each is the care given.
    _t("is-enough", r"\b(?:is|are) (?:usually |often |generally |normally |typically |sometimes |"
                    r"all )?(?:enough|sufficient|all that(?:'s| is) needed)(?=\s*[.;!]?\s*$|"
                    r" (?:for|to (?:treat|manage|control|ease|relieve))\b)",
       v.USED_FOR, Shape.LEFT_TO_TOPIC),
    # "... is the main treatment." with nothing after: the treatment is the topic's.
    _t("is-treatment", r"\b(?:is|are|remains?) (?:usually |often |generally |still )?the "
                       # "Oral zorbicillin is the drug of choice (and is taken for 10 days)"
                       r"(?:drugs?|antibiotics?|medicines?|medications?|agents?|regimens?|"
                       r"combinations?) of choice\b|"
                       r"\b(?:is|are|remains?) (?:the |one of the )(?:most (?:commonly|widely|"
                       # "X is the most commonly used steroid-sparing agent"
                       r"frequently) used|preferred|usual|standard|first-line|second-line) "
                       r"(?:[\w-]+ ){0,2}?(?:agents?|drugs?|medicines?|medications?)"
                       r"(?=\s*[.;!]?\s*$| (?:for|in)\b)|"
                       rf"\b(?:is|are|remains?) (?:(?:recommended|considered|regarded|seen|"
                       rf"used) as |(?:still )?considered )?(?:a |an |the |one of the )?"
                       rf"(?:single )?{_RANKED}(?:treatments?|"
                       r"therap(?:y|ies)) (?:for|of)\b|\b(?:is|are|remains?) (?:(?:often|usually|"
                       r"generally|typically|still) )?(?:the |one of the |(?=first-line |"
                       r"second-line |standard ))"
                       # ("the usual first treatment": two ranks)
                       r"(?:single )?(?:(?:usual|standard|main|recommended|preferred) )?"
                       r"(?:main|usual|standard|first-line|first|best|recommended|only|key|"
                       r"principal|primary|definitive|"
                       r"mainstay of|first choice of|most (?:common|effective|important)|"
                       r"most (?:commonly|widely|frequently|often) used) "
                       # ("X is the only effective treatment": how well, said of the rank)
                       r"(?:(?:effective|proven|reliable|successful) )?"
                       # ("X is the first-line symptomatic treatment": the kind of care)
                       r"(?:(?:symptomatic|supportive|medical|surgical|drug|specific|"
                       r"preventive|long-term) )?(?:treatments?|"
                       # "X is the first-line treatment, and Y is an alternative."
                       r"therap(?:y|ies))(?=\s*[.;!]?\s*$|\s*;|,\s*(?:and|but|while|whereas|although|"
                       r"though)\s"
                       # "X is the main treatment and works by ...": what X does next
                       r"|\s+and\s+(?:works?|helps?|acts?|can|may|is|are|should|must|usually|"
                       r"often)\b"
                       # "X is the main treatment when organs are affected": when it is used
                       r"|\s+(?:when|if|once|unless|where)\s"
                       # "X is usually the first treatment offered": no more said of it
                       rf"|\s+{OFFERED}\s*[.;!]?\s*$)"
                       # "Early surgery is the cornerstone of treatment."
                       # ("X constitutes the mainstay in the treatment of <topic>")
                       r"|\b(?:is|are|remains?|constitutes?|forms?) (?:the |a |an )?"
                       r"(?:cornerstones?|mainstays?|basis|"
                       r"backbone|(?:most |very )?(?:important|key|essential|vital|main|major|"
                       r"crucial) parts?) (?:of|in) (?:the |your )?(?:treatment|therapy|management|"
                       r"care)(?: (?:of|for) [\w' -]{1,60}?)?"
                       # ("..., and delay in surgery is ...": the next clause is another's)
                       r"(?=\s*[.;!]?\s*$|\s*;|,\s*(?:and|but|while|whereas)\s)"
                       # "Topical steroids are first-line": the class of care left unsaid
                       r"|\b(?:is|are|remains?) (?:the |still )?(?:(?:usually|generally|often) )?"
                       r"(?:first-line|first line|second-line|second line|the mainstay|"
                       # ("Azithromycin or levofloxacin is preferred.")
                       r"preferred)(?: (?:option|choice|agent)s?)?"
                       r"(?=\s*[.;!]?\s*$|,\s*(?:and|but|while|whereas)\s)"
                       # "X are first-line for severe disease": the rank said, the class
                       # of care left unsaid ("the first choice" is care_objects.first_choice)
                       r"|\b(?:is|are|remains?) (?:(?:usually|generally|often|still) )?(?:the )?"
                       r"(?:first-line|first line|second-line|second line)(?: agents?)? for\b"
                       # "Removing the source is an important first step (in treatment)"
                       r"|\b(?:is|are|remains?) (?:the |a |an )?(?:(?:most |very )?(?:important|"
                       r"key|essential|vital|crucial|critical|necessary) )?(?:first |initial )?"
                       r"steps?(?: (?:of|in) (?:the |your )?(?:treatment|therapy|management|"
                       r"care)(?: (?:of|for) [\w' -]{1,60}?)?)?(?=\s*[.;!]?\s*$)",
       v.USED_FOR, Shape.LEFT_TO_RIGHT),
    # "Doctors often start with steroids", "They may start you on X": what care begins with.
    _t("doctor-starts", r"\b(?:doctors?|gps?|specialists?|clinicians?|we|they|your (?:doctor|"
                        r"gp|care team|specialist))(?: (?:will|may|might|can|could|usually|often|"
                        r"generally|typically|normally|also|first))* (?:start|begin)"
                        r"(?: (?:you|them|"
                        r"patients|people|your child|children|treatment|therapy))? (?:on|with)\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "X usually starts with a headache and fever" (only when X is the topic).
    _t("starts-with", r"\b(?:(?:usually|often|typically|may|can|generally|commonly|tends? to) )*"
                      r"(?:starts?|begins?|comes? on|starting|beginning|started|began|"
                      r"came on)(?: (?:suddenly|quickly|"
                      # (not "start as soon as possible": when, no first sign)
                      r"abruptly|gradually|slowly|rapidly))? (?:with|as(?! soon\b| early\b))\b"
                      # "Onset is typically sudden, with high fever and vomiting"
                      r"|\bonset (?:is|can be|may be) (?:often |usually |typically |generally )?"
                      r"(?:sudden|abrupt|rapid|acute|gradual|slow|insidious),? with\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "Headache and malaise may also occur" (read in symptoms sections only).
    _t("may-occur", r"\b(?:(?:may|can|might|often|usually|also|sometimes|commonly|typically|"
                    r"will|then|soon|later) )*(?:occurs?|develops?|appears?|be present|happens?|"
                    # "Fever and confusion are sometimes present"
                    r"(?:is|are) (?:(?:sometimes|often|usually|commonly|frequently|also|"
                    r"occasionally|typically|always) )+present|"
                    r"be seen|be noticed|be felt|be heard|"
                    # ("A crust forms over the sores", not "two main forms:" nor "the severe
                    # form often follows ...", "this form of it": the noun)
                    r"(?<!two )(?<!main )(?<!both )(?<!these )(?<!different )(?<!several )"
                    r"(?<!this )(?<!that )(?<!other )"
                    r"forms?(?!\s*:| of\b| (?:often|usually|mostly|mainly|typically|is|are|was|"
                    r"were|can|may|might|has|have|had|occurs?|develops?|follows?|affects?|"
                    r"accounts?|makes?|causes?|tends?|involves?|presents?|progresses|includes?)\b)|"
                    # ("... follow as the infection spreads": when, said after it)
                    r"(?:follows?|ensues?)(?=\s*[.;!]?\s*$|\s+as\s+(?:the|it|this)\b|"
                    # ("Peeling skin often follows one to two weeks later")
                    r"\s+(?:about |around |some |a few |several |an? |(?:\d+|one|two|three|"
                    r"four|five|six)(?:\s*(?:to|-|\u2013|or)\s*(?:\d+|two|three|four|five|six|"
                    r"seven|ten))? )"
                    r"(?:days?|weeks?|months?) later\b|"
                    r"\s*,\s*with\b))\b(?! "
                    r"(?:after|following|in people|in those|more|most|because(?! of\b))\b)"
                    # ("... can occur if the heart is involved", "... if granulomas form in the
                    # heart": where, not what brings it)
                    r"(?! (?:when|if)\b(?! (?:the |your )?[a-z]+ (?:is|are|becomes?) "
                    r"(?:involved|affected)\b| (?:[\w-]+ ){1,2}(?:form|forms|develop|develops|"
                    r"build up|builds up|spread|spreads) (?:in|to|into|inside) (?:the |your )?"
                    r"[\w-]+\b))",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "Glaucoma can develop if the eye inflammation is not treated" under complications: a
    # harm that comes of it in a case the clause names (may-occur leaves "if" clauses, which
    # elsewhere name another cause: "A rash can appear if you take X").
    _t("develops-if", r"\b(?:can|may|might|could|sometimes|also|then|will) (?:also |then |"
                      r"sometimes |eventually )?(?:develop|form|occur)(?= (?:if|when|unless)\b)",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_LEFT),
    # "If the eyes are affected, vision loss can result": a harm that can come of it.
    _t("can-result", r"\b(?:can|may|might|could|will|often|sometimes) (?:then |also |eventually )?"
                     r"result(?=\s*[.;!]?\s*$)", v.HAS_COMPLICATION, Shape.TOPIC_TO_LEFT),
    # "The first sign is X. This is followed by A, B and C": the signs that come next (read
    # under a symptoms heading only).
    _t("followed-by", r"\b(?:is|are|(?:may|can|will|might) be) (?:(?:often|usually|then|later|"
                      r"soon|typically|sometimes|quickly|rapidly|generally|commonly) )*"
                      r"followed by\b", v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "A sixth of patients are left with weakness or spasm": lasting harms.
    _t("left-with", r"\b(?:are|is|be|were|was|been|may be|can be|might be) (?:permanently |"
                    r"sometimes |often )?left with\b|\b(?:can|may|might|could|will|often|"
                    r"sometimes) (?:also )?leave (?:(?:you|people|patients|some people|your child|"
                    r"them) with )?(?=(?:some |a |an |permanent |lasting |slight |mild |"
                    r"long-term )*[a-z])(?!(?:hospital|home|work|school|the)\b)",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # "There is a small risk of blood clots", "with a lifelong risk of A and B".
    _t("risk-of", r"\b(?:there(?:'s| is| are) (?:also |still )?|with |carry |carries |carrying )"
                  r"(?:a |an |some )?"
                  r"(?:(?:small|slight|lifelong|long-term|increased|higher|serious|real|low|high|"
                  r"rare|associated|greater|later) )*risks? of (?:developing |getting |having )?"
                  # "there's a risk you could develop lasting symptoms": a harm it may bring.
                  r"|\bthere(?:'s| is) (?:a |an |some )?(?:(?:small|slight|increased|higher|"
                  r"serious|real|low|high|rare|greater) )*risk (?:that )?(?:you|they|people|your "
                  r"child|he|she|patients) (?:could|may|might|can|will) (?:go on to )?(?:develop|"
                  r"get|have|suffer)\b"
                  # "Be aware of the possibility of X", "there is a small chance of X"
                  r"|\b(?:there(?:'s| is) |be aware of |watch for |look out for |aware of )"
                  r"(?:a |an |the |some )?(?:(?:small|slight|real|low|high|rare|distinct) )*"
                  r"(?:possibility|chance) of (?!(?:getting |making |a )?(?:better|full|"
                  r"recover|surviv|cure|success))(?:developing |getting |having |a |an )?",
       v.HAS_COMPLICATION, Shape.TOPIC_TO_RIGHT),
    # "Fever, rash and red eyes are the most common findings".
    # "The classic triad is fever, rash and joint pain": three signs that go together; "The
    # classic triad of A, B and C is seen in 10 %": the same signs, named after "of".
    _t("sign-triad", rf"\b{SIGNS_TOGETHER}(?:(?: of [\w' -]+?)?{_INCL}| of\b)", v.HAS_SYMPTOM,
       Shape.TOPIC_TO_RIGHT),
    _t("common-findings", r"\b(?:is|are) (?:the |a |an |one of the )?(?:most |more )?(?:common|"
                          r"usual|typical|main|frequent|key|classic|early|earliest|first|"
                          # "Fatigue and night sweats are general symptoms"
                          r"general|constitutional|non-?specific|systemic|late|later|"
                          # "Fever and a rash are the hallmark features"
                          r"hallmark|characteristic|cardinal|defining|chief|principal) "
                          # "Cold hands and fast breathing are early warning signs"
                          r"(?:warning )?"
                          # "X is a common skin finding", "... a frequent presenting feature"
                          r"(?:(?:skin|eye|clinical|physical|presenting|examination) )?"
                          r"(?:findings?|features?|signs?|symptoms?|manifestations?)\b(?! of\b)",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_LEFT),
    # "Patients can present with a rash".
    _t("presents-with", r"\b(?:can |may |usually |often |typically |commonly |clinically |"
                        r"classically )*"
                        r"(?:presents?|presenting|manifests?|manifesting) (?:clinically |"
                        r"itself |mainly |usually |often |most often |classically |abruptly |"
                        r"suddenly |acutely |insidiously |gradually )*(?:with|as)\b"
                        # "Skin involvement can show as tender red bumps"
                        r"|\b(?:can |may |might |often |usually )*(?:shows? up|shows?|appears?) "
                        r"as (?=(?:an? |small |tender |red |raised |painful |itchy |dark |"
                        r"purple |pale |flat |swollen )*(?:(?:band|stripe|strip|cluster|group|"
                        r"crop|line|ring|belt) of (?:small |tiny |painful |fluid-filled |red )*)?"
                        r"(?:[\w-]+ ?)?(?:bumps?|patch(?:es)?|spots?|"
                        r"lumps?|rash(?:es)?|nodules?|blisters?|sores?|marks?|lesions?|"
                        r"swelling|redness)\b)"
                        # "Presentation is usually with pain", "The most common presenting
                        # complaint is cough": what people come with
                        r"|\bpresentation (?:is |may be |can be )?(?:usually |often |"
                        r"typically |most often |commonly )?with\b"
                        r"|\bpresenting (?:complaints?|features?|symptoms?|signs?) (?:is|are|"
                        r"include|includes)\b",
       v.HAS_SYMPTOM, Shape.TOPIC_TO_RIGHT),
    # "X and Y are the 2 main medicines used to treat Z".
    _t("medicines-used", r"\b(?:is|are) (?:the |a |an |one of the )?(?:\w+ ){0,3}?(?:medicines?|"
                         r"medications?|drugs?|treatments?|therap(?:y|ies)|options?) (?:that are |"
                         r"which are )?(?:(?:most |commonly |usually |often )?(?:used|given|"
                         r"prescribed) )?(?:to treat|for treating)\b",
       v.USED_FOR, Shape.LEFT_TO_RIGHT),
    # "children who receive X to treat Z", "X is given to treat Z".
    # (not "The decision to treat depends on ...", "whether to treat": a choice, no remedy)
    _t("to-treat", r"(?<!\bdecision )(?<!\bdecisions )(?<!\bwhether )(?<!\bhow )(?<!\bwhen )"
                   r"\b(?:(?:is|are|be|been) )?(?:used |given |prescribed |taken |needed |"
                   r"recommended )?to (?:treat|cure|manage)\b", v.USED_FOR, Shape.LEFT_TO_RIGHT),
    # "Most people get better after antibiotic treatment": the treatment works.
    # (not "It often improves with age": when, no remedy)
    # (not "does not improve with rest": no better with it)
    _t("better-after", rf"{NOT_JUST_BEFORE}\b(?:get|gets|got|getting) better "
                       rf"(?:after|with)\b(?! {NO_CARE}\b)|{NOT_JUST_BEFORE}\b(?:recover|recovers|"
                       r"improve|improves)(?: fully| completely| quickly)? (?:after|with)\b"
                       rf"(?! {NO_CARE}\b)",
       v.EFFECTIVE_FOR, Shape.RIGHT_TO_TOPIC),
    _t("used-to-treat", r"\b(?:is|are) (?:often |frequently |commonly |sometimes )?used "
                        r"(?:to treat|for|in)\b"
                        # "Steroids are reserved for severe disease": used for it, then.
                        r"|\b(?:is|are|should be|may be) (?:usually |generally |often |only )?"
                        r"reserved for\b", v.USED_FOR, Shape.LEFT_TO_RIGHT),
    # "Clinicians should consider mimics, such as A and B": look-alikes, no remedies.
    _t("consider-mimics", r"\bconsider (?:(?:other |alternative |possible )?(?:mimics|"
                          r"diagnoses|conditions|causes)|(?:the |a )?differential diagnos[ie]s"
                          r"|(?:other )?look-?alikes)(?:,)? (?:such as|like|including)\b",
       v.RESEMBLES, Shape.TOPIC_TO_RIGHT),
    _t("prescribe", r"\b(?:recommend|prescribe|suggest|give|administer|consider|offer)s?\b"
                    # ("X gives the best chance of recovery": how well it works, care_recovery)
                    r"(?! (?:\w+ )?the best chance\b)"
                    # "Treat with X for 14 days": a guideline's command, the care after it
                    r"|^\s*(?:treat|manage)(?= with\b)",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "Doctors often use zorbacillin": a remedy, where the user is one who treats.
    _t("carers-use", r"\b(?:doctors?|surgeons?|clinicians?|specialists?|physicians?|hospitals?|"
                     r"gps?|nurses?|teams?)(?: (?:often|usually|may|can|will|might|sometimes|"
                     r"also|commonly|typically|then|first|generally|mostly))* uses?\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # ("allows samples to be taken": a test's purpose, read by lets-doctor-look)
    _t("given", r"(?<!\bsamples to )(?<!\bsample to )"
                r"\b(?:is|are|may be|can be|will be|be|been|isn't|aren't|is not|are not|"
                r"(?:(?<=\bshe )|(?<=\bhe )|(?<=\bthey )|(?<=\bi )|(?<=\bwe ))(?:was|were))"
                r" (?:frequently |often |usually |routinely |generally |typically |mainly |"
                # ("no longer recommended": denied, as "not recommended")
                r"commonly |sometimes |also |then |no longer )?(?:administered|given|prescribed|"
                r"used|"
                # ("vitamin B12 cannot be taken up in the gut": absorbed, no remedy given)
                r"recommended|advised(?! (?:to|that|against)\b)|offered|performed|ordered|"
                r"taken(?! up\b)|tried|necessary|needed|"
                r"required|"
                # ("should be initiated": "started", or initiated within a time, times the
                # start, read by its own phrase)
                r"done|carried out|provided|fitted|implanted|indicated|(?:initiated|commenced|"
                r"instituted)(?! (?:within|as soon|early|immediately|promptly|no later|before|"
                r"after)))\b",
       v.USED_FOR, Shape.LEFT_TO_TOPIC),
    _t("achieved-with", r"\b(?:achieved|done|managed|controlled|relieved|eased|speeded(?: up)?|"
                        r"sped up|hastened|shortened|cleared|improved) (?:with|by|using)"
                        r"(?: the help of)?\b|\bwith the help of\b",
       v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "A chest X-ray often shows ...", "A biopsy is the only way to confirm it", "A CT scan can
    # help find the problem": a test named as the subject (anywhere; see rules.allowed).
    _t("test-shows", r"\b(?:(?:can|may|might|will|often|usually|sometimes|also|is used to|"
                     r"are used to|helps?(?: to)?|can help|may help|(?:has|have) been shown to) )*"
                     r"(?:shows?|reveals?|demonstrates?|"
                     r"detects?|confirms?|finds?|grows?|identif(?:y|ies)|rules? out|looks? for|"
                     r"checks? (?:for|how|whether|if)|diagnoses?)\b|\b(?:is|are) (?:the )?"
                     r"(?:only |best |main |most reliable |usual )?ways? to (?:confirm|diagnose|"
                     r"find|detect|tell|be (?:sure|certain)|know for (?:sure|certain))\b"
                     # "A biopsy of the lung is often diagnostic" (a test only: see rules)
                     r"|\b(?:is|are) (?:often |usually |highly |generally |typically )?"
                     r"diagnostic\b(?= *[.;]| *$)"
                     # "Blood tests can help with making a diagnosis".
                     r"|\b(?:(?:can|may|might|will|often|also) )*help(?:s|ed)? (?:with|in) "
                     r"(?:making |reaching |confirming )?(?:a |the )?diagnosis\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_LEFT),
    # "It is often found by chance on a chest X-ray": the test that found it.
    # ("Doctors often find it on a routine X-ray": the same, said of the doctors)
    # ("It is often only picked up by a blood test")
    _t("found-on", r"\b(?:only )?(?:(?:found|seen|spotted|picked up|detected|noticed|discovered)|"
                   r"(?:finds?|spots?|picks? up|detects?|discovers?|notices?) (?:it|this|them) )"
                   r" ?(?:by chance |"
                   r"incidentally |accidentally |first |only )?(?:on|in|by|with|through|during) "
                   r"(?=(?:an? |the |your |routine )?[\w -]{0,25}?(?:x-rays?|scans?|tests?|"
                   r"biops(?:y|ies)|mri|ct|ultrasound|exam|examination|screening|check-up)\b)",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "It is important to rule out a stroke": what it is told apart from.
    _t("ruled-out", RULED_OUT, v.RESEMBLES, Shape.TOPIC_TO_RIGHT),
    _t("detects", r"\b(?:shown to |can |may |to |help )?(?:detect|identify|reveal|show|measure)s?\b"
                  # ("a test that uses beams to make images": how the test works)
                  r"|\bcheck(?:s|ed)? (?:for )?|(?<!that )(?<!which )(?<!it )"
                  r"\b(?:perform|order|do|use|arrange|carry out|"
                  r"carries out|recommend|suggest)s? (?:a |an |some |several |other |further )?"
                  # (not a noun's "use": "alcohol use and smoking")
                  r"(?=\w)(?!(?:and|or|of|in|is|are|was|were|by|has|have)\b)|"
                  r"\bbased on\b", v.DIAGNOSED_BY, Shape.TOPIC_TO_RIGHT),
    # "Your blood calcium level may be checked", "Your urine may be tested": what is checked
    # names a test (read under a diagnosis heading only: see rules.allowed).
    _t("checked-passive", r"\b(?:(?:may|will|can|should|might|must|is|are|usually|often|also|"
                          r"then|regularly) )*(?:be |been |removed and )?(?:(?:checked|measured|"
                          r"monitored|assessed|analysed|analyzed)\b(?! for (?:signs|"
                          r"symptoms)\b)|tested\b)",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_LEFT),
    # "Bronchoscopy lets the doctor look inside the airways": a test, by what it shows.
    # ("A lumbar puncture lets doctors check the fluid", "... take a tissue sample")
    _t("lets-doctor-look", r"\b(?:allows?|lets?|enables?) (?:the |your |a )?(?:doctors?|"
                           r"specialists?|surgeons?|medical team|care team) (?:to )?(?:look|see|"
                           r"examine|view|inspect|check|measure|take (?:a |small |tissue |fluid |"
                           r"blood )*samples?)\b"
                           # "Bronchoscopy allows samples to be taken": the same, passive
                           r"|\b(?:allows?|lets?|enables?) (?:a |small |tissue |fluid )*"
                           r"(?:samples?|biops(?:y|ies)) (?:of [\w -]{2,30}? )?to be (?:taken|"
                           r"collected|removed|examined)\b", v.DIAGNOSED_BY, Shape.TOPIC_TO_LEFT),
    # "It can sometimes be mistaken for a heart attack": the hedge may sit before "be".
    # "The differential diagnosis includes A and B", "Conditions with similar features
    # include A": the illnesses it must be told apart from.
    # Under a look-alike heading, "A, B and C should be considered (or excluded)": the
    # illnesses to tell it apart from (rules.allowed reads it there only).
    _t("considered-alike", r"\b(?:should|must|may|might|need to|needs to|can) (?:also )?be "
                           r"(?:considered|excluded|ruled out|distinguished|differentiated)\b",
       v.RESEMBLES, Shape.TOPIC_TO_LEFT),
    _t("look-alike-list", rf"\b(?:(?:the )?differential(?: diagnos[ie]s| list)?(?= "
                          rf"(?:is |are |(?:may |can |should |often |also )*)?(?:includes?|"
                          rf"include))|(?:the )?differential diagnos[ie]s|(?:the )?differentials|"
                          # "Conditions to consider (ruling out) include A and B", "Other
                          # conditions that may present similarly include A"
                          rf"(?:other )?(?:conditions|illnesses|diseases|diagnoses) (?:to "
                          rf"(?:consider|rule out|exclude)|that (?:may |can |might )?(?:present|"
                          rf"look|appear) (?:similarly|alike)"
                          # "Other conditions that can result in symptoms similar to it
                          # include A" (similar to it, or to one of its forms)
                          rf"|that (?:may |can |might )?(?:cause|result in|produce|give) "
                          rf"(?:similar (?:symptoms|signs)|(?:symptoms|signs) similar to "
                          rf"[\w' -]{{1,40}}?))|"
                          rf"(?:conditions|illnesses|"
                          rf"diseases|infections|problems|disorders) (?:with|that (?:have|share|"
                          rf"show)) (?:similar|the same) (?:features|symptoms|signs|findings|"
                          rf"appearances?))(?: of [\w' -]+?)?{_INCL}",
       v.RESEMBLES, Shape.TOPIC_TO_RIGHT),
    _t("mimics", r"\b(?:mimics?|resembles?|look(?:s)? (?:a lot |very much |much |just )?like|"
                 # "It is easy to confuse with X", "It shares many features with X", "Its
                 # signs overlap with those of X"
                 r"(?:is|are|(?:can|may|could|might) be) (?:very |quite )?easy to (?:confuse "
                 r"with|mistake for)|shares? (?:many |some |several |a number of )?(?:features|"
                 r"symptoms|signs) with|overlaps? with (?:those|that) of|"
                 r"(?:is|are|(?:can|may|could|might)"
                 r"(?: sometimes| often| easily)? be) (?:often |"
                 r"sometimes |easily |commonly )?(?:confused|mistaken) (?:with|for)|(?:appears?|"
                 r"looks?|is|are|can be|may be) (?:very |quite )?similar (?:in appearance )?to"
                 r"(?: those of| that of)?|,\s*(?:very |quite )?similar (?:in appearance )?to"
                 # "It is often misdiagnosed as X", "hard to tell apart from X", "the first
                 # signs are like those of X".
                 r"|(?:is|are|(?:can|may|could|might)(?: sometimes| often| easily)? be) (?:often |"
                 r"sometimes |easily |commonly )?misdiagnosed as|(?:hard|difficult) to "
                 # ("It can be hard to tell it from eczema"; not "hard to tell from looking at")
                 r"(?:tell (?:(?:it|this|them) (?:apart )?|apart )|(?:distinguish|differentiate) "
                 r"(?:(?:it|this|them) )?)from"
                 r"|(?:is|are) (?:very |quite |much )?like (?:those|that) of"
                 # "Doctors must tell it apart from X", "It needs to be distinguished from X"
                 r"|(?:must|should|need to|needs to|has to|have to) (?:first )?(?:tell (?:it|this|"
                 r"them) apart from|(?:distinguish|differentiate) (?:it|this|them) from|be (?:told "
                 r"apart|distinguished|differentiated) from))\b",
       v.RESEMBLES, Shape.TOPIC_TO_RIGHT),
    # "A bull's-eye rash is diagnostic", "the key diagnostic feature": how it is told.
    # ("Surgical exploration is the definitive diagnostic procedure.")
    _t("is-diagnostic", r"(?<!standard )\b(?:is|are|remains?) (?:the |a )?(?:key |main |"
                        r"most important |only |"
                        r"classic |definitive |confirmatory |most reliable |best )?"
                        r"diagnostic(?: (?:feature|sign|finding|clue|test|procedure|tool|"
                        r"method|investigation))?\b"
                        # "A biopsy remains the gold standard for diagnosis."
                        r"|\b(?:is|are|remains?) (?:the |a )?(?:gold|reference) standard"
                        r"(?: test)?(?: (?:for|of|in) (?:the |making (?:a |the )?)?"
                        r"(?:diagnosis|diagnosing))?\b"
                        # "MRI is the imaging modality of choice", "... the test of choice".
                        r"|\b(?:is|are|remains?) (?:the |a )?(?:preferred |best |first |initial |"
                        r"first-line )?(?:imaging )?(?:modality|test|investigation|scan|study|"
                        r"examination|procedure)(?: of choice)?(?= of choice\b| (?:for|in) "
                        r"(?:the )?(?:diagnosis|diagnosing|detecting|confirming)\b)"
                        # "A chest X-ray is usually the first test": the first of its tests
                        r"|\b(?:is|are) (?:usually |often |normally |generally )?(?:the |an? )?"
                        r"(?:first|initial|first-line|main|usual|standard) (?:test|investigation|"
                        r"scan|examination|imaging (?:test|study))s?(?=\s*[.;]?\s*$)"
                        # "Surgery is often the only way to be certain (of the diagnosis)"
                        r"|\b(?:is|are|remains?) (?:often |usually |sometimes )?(?:the )?only "
                        r"(?:sure |certain |reliable |definite )?(?:way|means|test) to (?:be "
                        r"(?:certain|sure)|confirm|know for (?:certain|sure)|make (?:a |the )?"
                        r"diagnosis)\b",
       v.DIAGNOSED_BY, Shape.TOPIC_TO_LEFT),
    _t("purpose", r"\b(?:(?:in order )?to |helps? (?:to )?)?(?:reduce|decrease|remove|relieve|"
                  r"ease|heal|control|lower|improve|restore|promote|clear(?: up)?|dissolve|"
                  r"shrink|stop|"
                  r"block|slow(?: down)?|soothe|shorten|speed up|lessen|minimi[sz]e|suppress|"
                  r"inhibit|neutrali[sz]e)"
                  r"(?:s|es)?\b(?! (?:working|functioning)\b"
                  # ("speed up recovery", "reduce the length of it": it works, read by may-help)
                  r"| (?:your |the |their |a )?recovery\b| (?:the )?(?:length|duration|course) "
                  r"of\b"
                  # ("improve the chances of survival": read by improves-outcome)
                  r"| (?:the |your |their )?(?:chances? of (?:a full |a complete )?(?:survival|"
                  r"recovery|surviving|recovering)|survival|outcomes?\b|prognosis|outlook))",
       v.TARGETS, Shape.LEFT_TO_RIGHT),
    _t("includes", r"\b(?:includes?|involves?|consists? of)\b", v.USED_FOR, Shape.RIGHT_TO_TOPIC),
    # "can help prevent" is read by "prevents", which names what is prevented.
    _t("may-help", r"\b(?:may|might|can|could) (?:also )?help\b(?! (?:to )?prevent)"
                   # "There is no vaccine, but good hygiene helps.": helps, said alone
                   r"|\b(?:also |often |usually )?helps(?=\s*[.;!]?\s*$)"
                   r"|\bimproves? (?:the |your |their )?(?:survival|outcomes?|outlook|"
                   r"prognosis|chances? of (?:recovery|survival))\b"
                   r"|\bhelps? (?:to )?(?:support|relieve|ease|control|manage|treat|speed up)\b"
                   # "Paracetamol helps with the pain": what it eases is named after "with"
                   r"|\b(?:can |may |will |often |usually )?helps?(?= (?:a lot |a little )?"
                   r"with (?:the |your |any |their )?(?:[\w-]+ ){0,2}(?:pain|aches?|itch(?:ing|"
                   r"iness)?|fever|swelling|symptoms?|discomfort|stiffness|nausea|sleep|"
                   r"tiredness|fatigue|breathing|inflammation|soreness|dry (?:eyes|mouth|skin)|"
                   r"dryness|cough(?:ing)?|breathlessness|vomiting|diarrh(?:o)?ea|constipation|"
                   r"anxiety|low mood|depression|sores|ulcers|rash(?:es)?|cramps?|spasms?|"
                   r"dizziness|headaches?)\b)"
                   # "Physiotherapy helps people recover".
                   r"|\bhelps? (?:(?:people|patients|you|children|them|the body) )?(?:to )?"
                   r"(?:recover|get better|heal)\b"
                   # "Physiotherapy helps people regain strength", "... get back to daily
                   # life", "Rest helps the body fight the infection"
                   r"|\bhelps? (?:(?:people|patients|you|children|them) )?(?:to )?(?:regain|"
                   r"rebuild|get back|return to)\b"
                   r"|\bhelps? (?:the body|your body|the immune system) (?:to )?(?:fight|"
                   r"clear|recover)\b"
                   # "Steroids can speed up recovery", "X shortens the length of the illness"
                   r"|\b(?:speeds?|speeding|sped) (?:up )?(?:your |the |their |a )?recovery\b"
                   r"(?: from)?|\b(?:shortens?|reduces?|cuts?) (?:the )?(?:length|duration|course)"
                   r" of\b"
                   # "Oxygen therapy helps some patients", "TNF inhibitors can be effective":
                   # what helps those who have it, no object named
                   r"|\bhelps? (?:some|many|most|a few|certain) (?:people|patients|children|"
                   r"adults)\b(?= *[.;]| *$)"
                   r"|\b(?:is|are|can be|may be|has been|have been)(?: not|n't)? (?:also |often |"
                   r"very |highly |sometimes |usually |generally |rarely |particularly )?"
                   r"(?:effective|helpful|beneficial|useful)(?= *[.;]| *$)",
       v.EFFECTIVE_FOR, Shape.LEFT_TO_TOPIC),
    # "You can help prevent it by keeping wounds clean": the act after "by" prevents it.
    _t("prevents-by", r"\b(?:can |may |to )?(?:help )?prevent (?:it|this|them|the (?:condition|"
                      r"illness|infection|disease)) by\b", v.PREVENTS, Shape.RIGHT_TO_TOPIC),
    _t("prevents", r"\b(?:can |may |helps? (?:to )?|to )?(?:help (?:to )?)?prevents?\b"
                   r"|\b(?:can |may |helps? |will )?(?:help )?protects? (?:you |people |them |"
                   r"children |your child |babies |your baby |others |yourself )?(?:against|"
                   r"from)\b"
                   # "The vaccine gives good protection against X"
                   r"|\b(?:gives?|offers?|provides?) (?:(?:good|some|strong|partial|excellent|"
                   r"long-lasting|lifelong) )?protection (?:against|from)\b"
                   # ("Two doses give more than 90% protection": against the topic)
                   r"|\b(?:gives?|offers?|provides?) (?:(?:more than|over|about|around|up to|"
                   r"at least) )?\d+(?:\.\d+)?\s*(?:%|per ?cent) protection\b"
                   # "Wearing gloves can protect you.": against the topic
                   r"|\b(?:can |may |helps? |will )?(?:help )?protects? (?:you|yourself|people|"
                   r"them|children|your child)(?=\s*[.;]|\s*$)", v.PREVENTS, Shape.LEFT_TO_RIGHT),
    # "Vaccination has made it rare": what made the topic rare prevents it ("made it rare for
    # people to die": the "it" stands for what follows).
    _t("made-rare", r"\b(?:has|have) made (?:it|this|them|the (?:illness|disease|infection|"
                    r"condition)) (?:much |far |very |quite )?(?:rare|rarer|less common|"
                    r"uncommon)\b(?! (?:for|to|that)\b)",
       v.PREVENTS, Shape.LEFT_TO_TOPIC),
    # "It may complicate A, B or C", "It may accompany A", "It can coexist with A", "It
    # develops in the setting of A": the illnesses it comes with go with it (the topic must
    # be what comes: rules._side_topic_occurs; "arise in" and "be seen in" only under a
    # risk or cause heading, where they name conditions, not places: rules.allowed).
    _t("arises-with", r"\b(?:(?:may|can|might|could|often|usually|also|sometimes|commonly|"
                      r"typically|mostly|mainly|frequently|occasionally|rarely) )*(?:be )?"
                      r"(?:complicates?|accompan(?:y|ies)|co-?exists? with|(?:develops?|occurs?|"
                      r"arises?|happens?|seen|found) in (?:the )?(?:setting|context|presence) of|"
                      r"arises? (?:in|with)|(?<=be )(?:seen|found) (?:in|with)|(?<=is )(?:seen|"
                      r"found) (?:in|with)|(?<=are )(?:seen|found) (?:in|with))\b",
       v.ASSOCIATED_WITH, Shape.RIGHT_TO_LEFT),
)


# Every rule's key words, found in one regex pass per sentence: a lookahead tries each
# position, and the longest key starting there brings the shorter ones that start there
# too ("risk factor" brings "risk").  A per-key substring test cost ~250 scans a sentence.
_ALL_KEYS: tuple[str, ...] = tuple(sorted({k for t in TRIGGERS for k in t.keys}))
_KEY_SCAN = re.compile(f"(?=({trie(list(_ALL_KEYS))}))")


def _rules_at() -> dict[str, frozenset[int]]:
    """Return, for each key the scan can report, the rules (indexes into TRIGGERS) it brings.

    Its own rules and those of every key that is a prefix of it.
    """
    rules_of: dict[str, set[int]] = {}
    for i, trig in enumerate(TRIGGERS):
        for key in trig.keys:
            rules_of.setdefault(key, set()).add(i)
    return {key: frozenset().union(*(rules_of.get(key[:n], ()) for n in range(1, len(key) + 1)))
            for key in _ALL_KEYS}


_RULES_AT: dict[str, frozenset[int]] = _rules_at()


def _rules_keyed(low: str) -> list[int]:
    """Return, in table order, the rules one of whose key words ``low`` contains.

    The same rules as a substring test of every key on ``low``.
    """
    return sorted(set().union(*map(_RULES_AT.__getitem__, set(_KEY_SCAN.findall(low)))))


def find_triggers(sentence: str, keep: Callable[[re.Match[str], Trigger], bool] | None = None,
                  ) -> list[tuple[re.Match[str], Trigger]]:
    """Return the relation phrases in a sentence, in order, earlier rules winning overlaps.

    A scan for each rule's key words comes first: one pass finds them all,
    far cheaper than a regex pass per rule, and most sentences hold only one
    or two relations.  Each rule then scans through its lower-case twin
    (see .caseless); the matches are the rule's own, in the page's words.
    ``keep`` says whether a match counts where the sentence stands (its section):
    one that does not is dropped before it can hide another that does.
    """
    found: list[tuple[re.Match[str], Trigger]] = []
    for m, trig in _candidates(sentence):
        if not any(m.start() < o.end() and o.start() < m.end() for o, _ in found) and (
                keep is None or keep(m, trig)):
            found.append((m, trig))
    found.sort(key=lambda mt: mt[0].start())
    return found


@lru_cache(maxsize=256)
def _candidates(sentence: str) -> tuple[tuple[re.Match[str], Trigger], ...]:
    """Return every match of every keyed rule in ``sentence``, rules in table order.

    Memoised: a paragraph's vote on what it says reads its first sentences'
    relations, and the sentence is read again for its claims.
    """
    low = sentence.lower()
    ascii_low = low if sentence.isascii() else None
    return tuple((m, TRIGGERS[i]) for i in _rules_keyed(low)
                 for m in finditer(TRIGGERS[i].pattern, sentence, low=ascii_low))

# Body sites, to record where a condition shows ("affects").  A site named as
# part of another condition or a test ("kidney failure", "skin biopsy") is not one.
ANATOMY = re.compile(
    r"\b(?:(?:one|either|the (?:left|right)|one or both|both) sides? of (?:the |your |their )?"
    r"(?:body|face|head|chest)|(?:upper|lower) (?:extremities|limbs)|(?:small |tiny )?blood "
    r"vessels|arterioles|"
    r"capillaries|(?:subcutaneous |soft )?(?:fat|adipose) tissues?|soft tissues|dermis|skin|"
    r"fascia|connective tissues?|"
    r"abdomen|belly|tummy|stomach|trunk|torso|upper body|chest|neck|face|scalp|thighs?|"
    r"buttocks?|breasts?|"
    r"(?:external )?genitalia|genitals|perineum|scrotum|groin|legs?|arms?|limbs?|hands?|feet|"
    r"foot|fingers?|toes?|joints?|palms?|"
    r"soles?(?! (?:cause|reason|aim|purpose|source|way|means|treatment)\b)|"
    r"eyes?|"
    r"eyelids?|(?:coronary |brachial |femoral |carotid |major )?arter(?:y|ies)|veins?|"
    r"lungs?|brain|heart(?: valves?)?|liver|kidneys?|intestines?|bowel|muscles?|bones?|"
    r"nerves?|mouth|throat|"
    r"knees?|elbows?|ankles?|wrists?|shoulders?|hips?|ears?|nose|lips?|tongue|spinal cord|"
    r"(?:central |peripheral )?nervous system|lymph nodes?|glands?|spleen|bladder|"
    r"(?:facial |optic |cranial )nerves?|"
    r"forearms?|calf|calves|heels?|shins?|(?:finger|toe)?nails|mucous membranes|conjunctivae?|"
    r"cornea|retina|gums|jaw|cheeks?|forehead|pancreas|gut|colon|o?esophagus|uterus|womb|"
    r"vagina|ovaries|prostate|testicles?|spine|skull|pelvis|sinuses|airways?|bronchi|pleura|"
    r"pericardium|meninges|salivary glands|thyroid|bone marrow|tonsils|fingertips|urethra|vulva|"
    r"penis|anus|rectum|larynx|trachea|windpipe|ribs|(?:parotid|lacrimal) glands?|eyebrows?|"
    r"dermatomes?|(?:dorsal root |sensory )?gangli(?:on|a)|nerve roots?|(?:lower|upper) back)"
    r"\b(?! (?:failure|disease|diseases|problems?|function|functions|transplant|stones?|injury|"
    r"cancer|infections?|levels?|density|damage|scans?|x-rays?|biopsy|biopsies|grafts?|tests?|"
    r"team|dietitian|specialists?|doctors?|care|colou?r|changes?|condition|sample|and liver|"
    r"and kidney))", _I)

# A body part is where a condition shows only when the sentence puts it there:
# "a rash on the chest", "affects the facial nerve", "pain in the joints".
LOCATED_BEFORE = re.compile(
    r"\b(?:affect\w*|involv\w*|attack\w*|reach\w*|spread\w*|on|in|of|around|behind|over|across|along|inside|under|near|"
    # ("affects mainly the lungs": an adverb after the verb)
    r"to|at)\s+(?:(?:mainly|mostly|chiefly|primarily|predominantly|especially|particularly|"
    r"usually|often|typically|commonly)\s+)?"
    r"(?:(?:the|your|their|a|an|one or two|one or both|two or three|one|1|both|either|each)"
    r"\s+)?(?:(?:side|sides|part|"
    r"parts|area|areas|half)\s+of\s+(?:the\s+|your\s+|their\s+)?)?(?:[\w-]+\s+)?$", _I)

# What a condition "causes" is a symptom when it is named like one ("a rash",
# "severe pain", "loss of taste"), else a complication.  Generic clinical words.
SYMPTOM_HEAD = re.compile(
    r"(?:^|\s)(?:pain|pains|ache|aches|rash|rashes|fever|itch|itching|itchiness|blisters?|"
    r"swelling|redness|headaches?|tiredness|fatigue|weakness|numbness|tingling|nausea|"
    r"vomiting|diarrh(?:o)?ea|cough|coughing|dizziness|soreness|stiffness|tenderness|"
    r"bruising|bleeding|chills|sweats|sweating|lumps?|spots?|sores?|discharge|malaise|"
    r"temperature|cramps?|shortness of breath|breathlessness|wheez\w*|drooping|drooling|"
    r"palpitations|confusion|irritability|peeling|scabs?|sensitivity(?: to \w+)?|stiff \w+|"
    # ("flu-like symptoms")
    r"[\w-]+-like symptoms|"
    # (the clinical words for signs: a skin shed, a redness, a swelling, crackling under skin)
    r"desquamation|erythema|o?edema|crepitus|lymphadenopathy|hypotension|tachycardia|"
    r"fainting|seizures?|fits|jaundice|pallor|lethargy|drowsiness|delirium|disorientation|"
    r"agitation|hallucinations?|light-?headedness|hoarseness|nosebleeds?|blurred vision|"
    r"double vision|photophobia|tinnitus|vertigo|rigors|shivering|spasms?|tremors?|twitching|"
    r"petechiae|purpura|papules?|pustules?|hives|wheals?|scaling|flaking|crusting|"
    r"oozing|bloating|constipation|heartburn|indigestion|mottling|thirst|lesions?|bumps?|patches|"
    r"vesicles?|welts?|"
    r"burning(?: \w+)?|paralysis|weight loss|loss of (?:appetite|taste|smell|hearing|"
    # (more clinical words: pain words in -algia, skin nodes, a sign of the tongue)
    r"vision|sensation|feeling)|(?!\w*neuralgia)\w+algias?|nodosum|tongue|"
    r"loss of (?:appetite|taste|smell|hearing|"
    r"vision|sensation|feeling)|(?:difficulty|trouble|problems?) (?:\w+ing|with \w+))"
    r"(?:$| (?:of|in|on|around|behind|over|across) )", _I)

# "Your risk of X increases as you get older": the clause after names the factor.
RISK_RISES = re.compile(
    r"\b(?:the |your |their |a person's )?(?:risk|chance|likelihood|odds) of (?:getting |"
    r"developing |having )?(?P<obj>[\w' -]{2,60}?) (?:(?:also|further|generally|steadily|"
    r"sharply|greatly) )?(?:increases|rises|goes up|grows|is "
    r"(?:higher|greater|increased)|are (?:higher|greater))(?: (?:with|as|if|when|in|among|"
    r"for|after))?\s+(?P<rest>[^.;]+)", _I)
# "The risk increases with age", "Your risk goes up as you get older": no object named,
# the page's topic is the one at risk (only a verb of rising, then "with" or "as").
RISK_RISES_BARE = re.compile(
    r"^(?:the |your |their |a person's )?(?:risk|chance|likelihood|odds)(?P<obj>) (?:also )?"
    r"(?:increases|rises|goes up|grows) (?:with|as)\s+(?P<rest>[^.;]+)", _I)
# "The older you are, the likelier to get X" (said with "the more likely"): age raises X's
# risk.
THE_OLDER_THE_LIKELIER = re.compile(
    r"^\s*the (?P<dir>older|younger) (?:you are|you get|a person is|people are|someone is|the "
    r"patient is|a child is|you become),? the (?:more likely|greater the (?:risk|chance)|higher "
    r"the (?:risk|chance))(?: (?:you are|they are|it is|he or she is))?(?: (?:to (?:get|have|"
    r"develop|experience|catch|be affected by)|of (?:getting |having |developing )?))?"
    r"\s*(?P<obj>[^.;]*)", _I)
# Words every match of RISK_RISES holds one of (see caseless.lacks).
RISK_RISES_WORDS = ("increase", "rises", "goes up", "grows", "higher", "greater")
# "If you have X, you are more likely to get Y" / "..., you can get Y".
IF_YOU_HAVE = re.compile(
    r"^(?:if|when) (?:you|they|a person|someone|people|your child)(?:'ve| have| has| had)?"
    r"(?: ever)? (?:have|has|had|are|is|were|take|took|use|get|got) (?P<x>[^,]{2,80}),\s*"
    r"(?:you|they|he or she|a person|the person|your child|people)?\s*(?:'re |are |is )?"
    r"(?:(?:also |much )?more likely to|at (?:a )?(?:higher|greater|increased) risk (?:of|for)|"
    # ("If you have diabetes, you may not feel pain": no risk of "feel pain")
    r"can|could|may|might)\s+(?!(?:not|never|feel|notice|need|want|see|find|have to)\b)"
    r"(?:get|develop|have|catch|be affected by)?\s*(?P<obj>[^.;,]+)", _I)
# "Anyone who's had X may develop Y": having had X raises the risk of Y.
WHO_HAD = re.compile(
    r"\b(?:anyone|people|those|someone|a person|children|adults|individuals)\s+who(?:'s|'ve| has|"
    r" have)(?: ever)? (?:had|been given|received)\s+(?P<x>[^,.;]{2,60}?"
    r"(?:(?:,\s+[^,.;]{2,40}?)*,?\s+(?:and|or)\s+[^,.;]{2,40}?)?)\s+(?:can|may|might|"
    r"could|will|is likely to|are likely to)\s+(?:also )?(?:get|develop|catch|go on to develop)\s+"
    r"(?P<obj>[^.,;]+)", _I)
# "People who inject drugs can get it", "Children with weak immune systems often get it":
# what those people do or have raises the risk of what they get.
PEOPLE_GET = re.compile(
    r"^\s*(?P<who>(?:anyone|people|those|someone|a person|children|adults|individuals|women|men|"
    r"patients|babies|teenagers)\s+(?:who|with|that)\s+[^,.;]{2,60}?"
    # "people with A, B or C": a list (commas, then "and"/"or" in the last piece) is theirs too
    r"(?:(?:,\s+[^,.;]{2,40}?)*,?\s+(?:and|or)\s+[^,.;]{2,40}?)?)\s+(?:(?:can|may|might|"
    r"could|will|often|also|usually|sometimes|are more likely to|tend to)\s+)*"
    r"(?:get|develop|catch|contract)\s+(?P<obj>it|this|the (?:illness|infection|disease|"
    r"condition)|[^.,;]{2,60}?)(?:\s+more (?:often|easily|commonly))?\s*(?:[.;,]|$)", _I)
# "Possible side effects of X include: ..." names what X causes, in the sentence or the
# list after it.
SIDE_EFFECTS = re.compile(
    r"\b(?:the )?(?:possible |common |main |most common |known |other |serious |rare |usual )*"
    r"(?:side[- ]effects?|adverse effects?) (?:of|from) (?:taking |using )?(?P<x>[\w' -]{2,50}?)"
    r" (?:can |may |might |often |usually )?(?:include|includes|are|is|can be)\b:?\s*"
    r"(?P<list>[^.;]*)", _I)
# "Factors linked to a poor prognosis:", "The outlook is worse in:" before a list.
PROGNOSIS_LEAD = re.compile(
    r"\b(?:(?:associated|linked|connected) (?:with|to)|predict(?:s|ing)?|indicat(?:es|ing)|"
    r"suggest(?:s|ing)?|signs? of|markers? of|indicators? of|predictors? of|features? of) "
    r"(?:an? )?(?P<o>poor|poorer|worse|bad|good|better|"
    r"favou?rable|unfavou?rable) (?:prognosis|outcome|outlook|recovery)"
    r"|\b(?:prognosis|outcome|outlook|recovery) (?:is|tends to be) (?P<o2>poorer|worse|better) "
    r"(?:if|in|when|with)\b", _I)
_POOR = re.compile(r"poor|worse|bad|unfavou?rable", _I)


def prognosis_label(word: str) -> str:
    """Return "poor prognosis" or "good prognosis" for the outlook a lead names."""
    return "poor prognosis" if _POOR.match(word) else "good prognosis"


# "Complications are more likely if you have X or are elderly", "You're at risk of Y if you
# spend time in X", "You can only get Y if you have had X": the condition names the factor.
RISK_IF = (
    # "There are more chances to get it if other problems like A or B are present"
    re.compile(r"^(?:there (?:are|is) )?(?:an? )?(?:more|greater|higher|increased) (?:chances?|"
               r"risk|likelihood) (?:of (?:getting|developing|catching)|to (?:get|develop|catch)) "
               r"(?P<obj>[\w' -]{2,60}?),? (?:if|when) (?:(?:other )?(?:problems|conditions|"
               r"things|illnesses) (?:like|such as) )?(?P<x>[^.;]{2,120}?) (?:are|is) (?:also )?"
               r"present\b", _I),
    re.compile(r"^(?:the )?(?P<obj>[\w' -]{2,60}?) (?:is|are) (?:also |much |even )?more (?:likely|"
               r"common)(?: to (?:happen|occur|develop))? (?:if|when) (?:you|they|a person|"
               r"someone|people)(?P<x>(?:'re|'ve|\s)[^.;]{2,120}(?!\w))", _I),
    re.compile(r"\b(?:you're|you are|they're|they are|people are|a person is|you may be|you "
               r"could be)(?: also)? (?:(?:more |most )?at (?:a )?(?:higher |greater |increased )?"
               r"risk of|more "
               r"likely to (?:get|develop|catch)) (?P<obj>[\w' -]{2,60}?),? (?:if|when) (?:you|"
               r"they|a person|someone)(?P<x>(?:'re|'ve|\s)[^.;]{2,120}(?!\w))", _I),
    re.compile(r"\bcan only (?:get|develop|catch|have) (?P<obj>[\w' -]{2,60}?) if (?:you|they|"
               r"he or she|a person|someone)(?P<x>(?:'ve|\s)[^.;]{2,120}(?!\w))", _I),
    # "Your risk is higher if you smoke", "Your chances of getting it are higher if ...",
    # "You have a higher chance of getting it if ...": no object named is the topic.
    re.compile(r"^(?:(?:the|your|their|a person's|a child's) )?(?:risk|chances?|likelihood|odds)"
               r"(?: of (?:getting |developing |having |catching )?(?P<obj>[\w' -]{2,60}?))? "
               r"(?:(?:is|are|may be|can be|will be) (?:also |much |even |far )?(?:higher|greater|"
               r"increased|raised)|(?:also )?(?:increases?|rises?|go(?:es)? up|(?:is|are) "
               r"increased)) "
               r"(?:if|when) (?:(?:you|they|a person|someone|people|your child)"
               r"(?P<x>(?:'re|'ve|\s)[^.;]{2,120}(?!\w))|"
               # ("... higher if a close relative has had it": the kin's clause, whole)
               rf"(?P<kin>(?:an?|your|one of your|any) (?:close |first-degree |blood )?"
               rf"(?:{KIN_WORDS})\b[^.;]{{2,120}}(?!\w)))", _I),
    re.compile(r"^(?:you|they|people|a person|someone|your child) (?:may |might |will )?(?:have|"
               r"has) (?:a |an )?(?:much |far )?(?:higher|greater|increased) (?:risk|chance) of "
               r"(?:getting |developing |having |catching )?(?P<obj>[\w' -]{2,60}?),? (?:if|when) "
               r"(?:you|they|a person|someone|people|your child)"
               r"(?P<x>(?:'re|'ve|\s)[^.;]{2,120}(?!\w))", _I),
    # "You can get it if you have X", "You're more at risk if you have X": the same, said of
    # the person (not "you can get it again if ...": a return, no risk of getting it).
    re.compile(r"^(?:you|they|people|a person|someone|your child)(?:'re| are| is)? (?:(?:can|may|"
               r"might|could) (?:also )?(?:get|develop|catch) (?P<obj>(?![\w' -]*\bagain\b)"
               r"[\w' -]{2,60}?)|(?:also )?(?:more|most) at risk|(?:also )?at (?:an? )?(?:higher|"
               r"greater|increased|high|particular) risk),? (?:if|when) (?:you|they|"
               r"a person|someone|people|your child)(?P<x>(?:'re|'ve|\s)[^.;]{2,120}(?!\w))", _I),
)
# What "if you ..." says before the factor itself: "if you have", "if they had", "'re".
CONDITION_VERB = re.compile(r"^(?:'re|'ve)?\s*(?:already |ever |previously |recently )?(?:have had|"
                            r"has had|had|have|has|are|is|were|was|take|took|use|used|live|"
                            r"work|spend|spent|get|got|been)?\s+", _I)
_OLDER = re.compile(r"^(?:you |people |they |we )?(?:get|gets|getting|grow|grows|become|"
                    r"becomes) older$|^(?:increasing |older |advancing )?age$", _I)


def factor_label(text: str) -> str:
    """Return "older age" for "you get older" or "age", "hopper bite" for "bitten by an
    infected hopper"; otherwise the text itself."""
    if _OLDER.match(text.strip()):
        return "older age"
    bitten = _BITTEN_BY.match(text.strip()) if "bitten" in text else None
    return f"{bitten.group(1).lower()} bite" if bitten else text


# "if you are bitten by an infected hopper": the bite is the factor, named as pages name it.
_BITTEN_BY = re.compile(r"^(?:being |been |are |were |get |got )?bitten by (?:an? |the |some )?"
                        r"(?:infected |infectious |sick )?([a-z-]+)$", _I)


# "Your child may develop:" before a list: what a person with it has.
PERSON_MAY_HAVE = re.compile(
    r"\b(?:you|your child|your baby|they|children|people|patients|adults|a person|someone)\s+"
    r"(?:may|might|can|will|could|often|usually|also|sometimes|\s)*(?:develop|have|get|"
    r"experience|notice|feel|show|see)\s*(?:the following|some of the following|"
    r"any of the following)?(?:\s+\w+){0,3}:\s*$", _I)

# "These are symptoms of X." after a list says what its items are.
AFTER_LIST = re.compile(
    r"^(?:these|they|all of these|those|any of these|the above)\s+(?:are|can be|may be|could be|"
    r"might be)\s+(?:all\s+)?(?:common\s+|possible\s+|typical\s+|the\s+|early\s+|main\s+|"
    r"usual\s+|also\s+)*(?P<kind>symptoms?|signs?|risk factors?|complications?|causes?|"
    r"treatments?|triggers?)(?:\s+(?:of|for)\s+(?:an?\s+)?(?P<of>[^.,;]+))?", _I)

# "There is no specific treatment shown to work", "There isn't a clear way to
# prevent it": a page denying that any treatment (or prevention) works.
NO_REMEDY = re.compile(
    r"\bthere(?: is|'s| are)?\s*(?:(?:currently|still|yet|presently|at present|as yet)\s+)?"
    r"(?:no|not (?:a|any)|n't (?:a|any)|isn't (?:a|any)|aren't any)\s+"
    # ("There is no link between vaccines and it": no denial that a vaccine exists)
    r"(?:(?!(?:links?|associations?|connections?|relationships?|evidence|proof|difference)\b)"
    r"\w+\s+){0,2}?(?P<noun>treatments?|cures?|therap(?:y|ies)|medicines?|drugs?|ways?|"
    r"means|tests?|vaccines?|vaccinations?)\b(?P<rest>.*)$", _I)

# "It has no cure", "a lifelong condition with no known cure", "No treatment can cure it":
# a cure denied without "there is".
NO_CURE_SAID = re.compile(r"\b(?:(?:has|have) no|with no|without (?:a|any)) (?:known |effective |"
                          r"specific |permanent |real )?cure\b|\bno (?:treatment|medicine|drug|"
                          r"therapy|remedy) (?:can|will|is able to) cure\b", _I)

# "X can't be prevented", "there's no way to prevent it": prevention denied as a class.
NOT_PREVENTABLE = re.compile(
    r"\b(?:can't|cannot|can not|could not|couldn't|isn't possible to|is not possible to|"
    r"is impossible to)\s+(?:usually |always |currently |really |reliably )?(?:be )?"
    r"prevent(?:ed)?\b"
    r"|\bno (?:specific |known |reliable |proven )?(?:prevention|way to prevent)\b", _I)

# Measures a page names by what one does, not by a noun: "switch from X to
# Y" is stopping X, "eat less X" is restricting X.  Each gives the label
# template for the thing named by group "x".
_END = r"(?=\s+(?:to|and|if|because|before|for|with|so|when|as|in|from)\b|[,.;:]|$)"
MEASURES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:switch(?:ing)? (?:away )?from|stop(?:ping)? (?:taking|using)|"
                r"com(?:e|ing) off)\s+(?P<x>[\w'-]+(?: [\w'-]+){0,3}?)" + _END, _I),
     "{} discontinuation"),
    (re.compile(r"\b(?:(?:eat|eating|take in|taking in|consume|consuming|drink|drinking)\s+"
                r"(?:less|fewer)|limit(?:ing)?(?: your| the)?(?: intake of| amount of)?|"
                r"cut(?:ting)? (?:down|back) on|restrict(?:ing)?(?: certain)?(?: foods"
                r"(?: that are)? (?:high|rich) in)?)\s+(?P<x>[\w'-]+(?: (?:or|and) [\w'-]+)?)"
                + _END, _I),
     "{} restriction"),
)


# --- one rule table per claim family ------------------------------------------------
# Which family a relation phrase's predicate belongs to.
FAMILY_OF: dict[str, str] = {
    v.INCREASES_RISK_OF: "risk", v.CAUSES: "risk", v.CONTRIBUTES_TO: "risk",
    v.ASSOCIATED_WITH: "risk", v.HAS_SYMPTOM: "symptom", v.AFFECTS: "symptom",
    v.HAS_COMPLICATION: "complication", v.DIAGNOSED_BY: "diagnosis", v.RESEMBLES: "diagnosis",
    v.USED_FOR: "treatment", v.TREATED_BY: "treatment", v.EFFECTIVE_FOR: "treatment",
    v.TARGETS: "treatment", v.PREVENTS: "prevention", v.INVOLVES: "mechanism",
}


def rule_tables() -> dict[str, tuple[Trigger, ...]]:
    """Return the relation phrases of each claim family, in the order they are tried.

    One table, :data:`TRIGGERS`, is searched (earlier phrases win overlaps,
    whichever family they belong to); this is its view by family, for
    documentation and for the per-family tests.
    """
    out: dict[str, list[Trigger]] = {}
    for trig in TRIGGERS:
        out.setdefault(FAMILY_OF[trig.predicate], []).append(trig)
    return {family: tuple(rules) for family, rules in sorted(out.items())}


# A sentence in our own words that each relation phrase must find (tests/test_rule_families.py).
EXAMPLES: dict[str, str] = {
    "early-treatment": "The sooner treatment starts, the better the outcome.",
    "risk-list": "Risk factors include smoking and damp housing.",
    "symptom-list": "Symptoms include a rash and a fever.",
    "causing-symptoms": "The germ harms the nerves, causing symptoms such as cramps.",
    "complication-list": "Complications include kidney damage.",
    "treatment-list": "Treatments include rest and fluids.",
    "test-list": "Your doctor may order tests such as a blood count.",
    "has-test": "You may have a blood test.",
    "ruled-out": "It is important to rule out a stroke.",
    "raises-risk": "Smoking raises the risk of the illness.",
    "so-risk-rises": "Damp air harms the lungs, so your risk of getting it is higher.",
    "remedies-used-are": "The medicines used to treat it are zorbulins.",
    "risk-during": "Women are at higher risk during pregnancy.",
    "lowers-risk": "Hand washing can lower the risk of the illness.",
    "works": "Vitamin pills do not help.",
    "no-evidence": "There is no good evidence that copper bracelets help.",
    "no-role": "Antibiotics have no role.",
    "contraindicated": "Zorbulin is contraindicated.",
    "is-risk-factor": "Smoking is a risk factor for the illness.",
    "likely-after": "It is more likely to happen after a cold.",
    "occurs-during": "It mostly occurs during a cold.",
    "arises-with": "It may complicate a chest infection.",
    "of-choice": "The drug of choice is an antibiotic.",
    "tests-include": "Tests to rule out other causes include an X-ray.",
    "doctor-examines": "A doctor will examine the skin.",
    "remedy-treats": "Zorbulin treats the rash.",
    "remedy-kills": "Zorbazole kills the worms.",
    "at-risk": "Smokers are more likely to get it.",
    "more-common-in": "It is more common in older adults.",
    "seen-in-people": "It is mostly seen in people over 60.",
    "affects-people": "It usually affects children.",
    "hazard-for": "It is an occupational hazard for farmers and sewer workers.",
    "linked-alone": "Heavy drinking and smoking are also linked.",
    "associated": "It is linked to damp housing.",
    "cause-of": "A virus is the main cause of the illness.",
    "due-to": "The rash is mainly due to a virus.",
    "triggered-by": "Attacks are often triggered by stress.",
    "follows": "It usually develops after a sore throat.",
    "caused-by": "It is caused by a virus.",
    "causes": "The infection can lead to kidney damage.",
    "is-behind": "A faulty gene is thought to be behind it.",
    "participle": "The illness spreads, causing joint pain.",
    "diagnosed-by": "It is usually diagnosed by a blood test.",
    "confirms": "A swab can confirm the diagnosis.",
    "treated-with": "It is usually treated with rest.",
    "treated-in": "It is always treated in hospital.",
    "responds-to": "The fever responds well to rest.",
    "makes-feel": "It can make you feel anxious.",
    "needs": "Some people need surgery.",
    "can-control": "Tablets may control the illness.",
    "sign-of": "A rash is a common sign of the illness.",
    "marked-by": "The illness is characterised by painful joints.",
    "experience": "People with it often experience headaches.",
    "diagnose-from": "Your doctor can diagnose it based on your symptoms.",
    "asked-about": "You will be asked about your symptoms.",
    "complication-is": "The most common complication is kidney damage.",
    "complicated-by": "The illness may be complicated by kidney damage.",
    "works-by": "Zorbacillin works by killing the germ.",
    "sign-absent": "Blisters are not present.",
    "comes-before": "Pain may come a few days before the rash.",
    "no-sign": "There is usually no itching.",
    "is-common": "Scarring is uncommon.",
    "mechanism-involves": "The underlying mechanism involves a faulty enzyme.",
    "topic-involves": "It involves inflammation of the joints.",
    "life-quality": "The illness can badly affect quality of life.",
    "signals-other": "It can be the first sign of zorbal sclerosis.",
    "deaths-mainly-from": "Mortality is 2 %, mainly from kidney failure.",
    "proposed-causes": "Several mechanisms have been proposed, including a faulty gene.",
    "benefit-from": "Patients with severe disease may benefit from zorbacillin.",
    "benefit-unclear": "The benefit of zorbacillin is uncertain.",
    "is-complication": "Kidney damage is a rare complication of the illness.",
    "complication-as": "It often develops as a complication following flu.",
    "treatment-is": "The first treatment for it was rest.",
    "is-enough": "Rest and simple painkillers are usually enough.",
    "is-treatment": "Rest is the main treatment for it.",
    "starts-with": "It usually starts with a fever.",
    "doctor-starts": "Doctors often start with steroids.",
    "may-occur": "Headache may also occur.",
    "can-result": "If it is not treated, blindness can result.",
    "care-avoided": "Aspirin should be avoided.",
    "develops-if": "Kidney stones can develop if calcium levels stay high.",
    "followed-by": "This is followed by stiffness and painful spasms.",
    "sign-named": "The tongue turns red and bumpy. This is known as berry tongue.",
    "left-with": "Some patients are left with weakness.",
    "risk-of": "There is a small risk of blood clots.",
    "risk-group": "Those at highest risk are smokers and people with asthma.",
    "highest-in": "The highest rate is in older adults.",
    "enters-through": "The germs enter through a cut.",
    "carried-by": "The germ is carried by field mice.",
    "source-of-infection": "The main source of infection is raw milk.",
    "to-do-with": "It is to do with a viral infection.",
    "helpful-in": "A healthy diet is helpful in treating gout.",
    "gets-it-more": "People with weak hearts get it more often.",
    "sign-called": "This rash is called grebble spots.",
    "described-as": "The pain is often described as burning or stabbing.",
    "germs-involved": "The bacteria most often involved are Quentella vorlaxii and Pell cocci.",
    "germs-include": "Common pathogens include Quentella vorlaxii and Pell cocci.",
    "germ-responsible": "Quentella vorlaxii is the bacterium most commonly responsible.",
    "responsible-is": "The germ responsible is Quentella vorlaxii.",
    "found-on": "It is often found by chance on a chest X-ray.",
    "ask-for-test": "Ask your doctor for an echocardiogram.",
    "test-shows": "A chest X-ray often shows swollen glands.",
    "puts-at-risk": "Heavy drinking puts you at risk.",
    "causes-include": "Germs that can cause it include Quentella vorlaxii.",
    "cause-field": "Causes: a germ called Quentella vorlaxii",
    "sets-it-off": "Stress can bring it on.",
    "have-lower": "Vegetarians have a lower rate of it.",
    "confers-risk": "Certain gene variants confer susceptibility.",
    "test-field": "Tests: a blood test and a lumbar puncture",
    "prevention-field": "Prevention: hand washing",
    "at-risk-field": "Who is at risk: people who work with sheep",
    "care-focuses-on": "Management focuses on physiotherapy.",
    "mainstay-is": "The mainstay of management is physiotherapy.",
    "care-line-field": "First line: oral rehydration salts",
    "sign-field": "Presentation: a red rash and a fever",
    "look-alike-field": "Differential diagnosis: a sunburn",
    "treatment-field": "Medication: zorbacillin and painkillers",
    "occurs-from": "It can also occur with a skin infection.",
    "likely-in": "It is more likely to develop in people who inject drugs.",
    "lower-in": "The risk is lower in people who wear gloves.",
    "carriers-of": "Sand flies are the main carriers of the illness.",
    "prevention-by": "Prevention is by good hygiene.",
    "ways-to-prevent": "Ways to prevent it include hand washing.",
    "risk-lowered-by": "The risk can be lowered by avoiding dust.",
    "supportive": "Management is supportive, with fluids and rest.",
    "way-in": "A small cut is the usual portal of entry.",
    "gets-into": "You can get it if germs get into a cut.",
    "more-affected": "Older people are more often affected.",
    "happens-if": "It can happen if you have a cut.",
    "there-may-be": "There may be some scarring.",
    "predisposes": "Asthma may predispose people to it.",
    "who-get-it-have": "Most people who develop grebble fever have gout.",
    "patients-are": "Patients are often elderly, diabetic or obese.",
    "implicated": "Steroids have been implicated in severe cases.",
    "contributes-to": "Stress may contribute to flare-ups.",
    "reported-risk": "Burns and cuts have both been reported.",
    "checked-passive": "Your urine may be tested.",
    "underlying": "Most have an underlying condition such as asthma.",
    "start-on": "We will start you on steroid tablets.",
    "carers-start": "Doctors will start antibiotics straight away.",
    "better-chance": "Most have a good chance of recovering if they take rest.",
    "improves-outcome": "Early treatment improves the outlook.",
    "progresses-to": "It can progress to kidney failure.",
    "have-highest": "Smokers have the highest rate.",
    "cause-is": "The most common cause is a virus.",
    "makes-vulnerable": "Having asthma makes you more vulnerable.",
    "happens-when": "It happens when a virus gets into the lungs.",
    "common-findings": "Fever and rash are the most common findings.",
    "sign-triad": "The classic triad is fever, a rash and sore joints.",
    "presents-with": "Patients can present with a rash.",
    "medicines-used": "Rest and fluids are the main medicines used to treat it.",
    "to-treat": "Antibiotics are used to treat the infection.",
    "better-after": "The swelling usually improves with rest.",
    "used-to-treat": "Steroids are used for treating the swelling.",
    "prescribe": "Your doctor may prescribe antibiotics.",
    "consider-mimics": "Doctors should consider mimics, such as gout.",
    "suggestive": "A purple rash is suggestive of the diagnosis.",
    "precedes-it": "A blunt injury can precede the infection.",
    "carers-use": "Doctors often use zorbacillin.",
    "given": "Antibiotics are usually given.",
    "achieved-with": "Pain control is achieved with painkillers.",
    "detects": "Your doctor may order some blood tests.",
    "mimics": "It can be mistaken for flu.",
    "look-alike-list": "The differential diagnosis includes flu and a cold.",
    "considered-alike": "Flu and a cold should be considered.",
    "lets-doctor-look": "A scope lets the doctor look inside the airways.",
    "is-diagnostic": "A ring-shaped rash is diagnostic.",
    "test-is": "The best test for diagnosing it is a skin swab.",
    "is-the-test": "A skin swab is the only test needed to diagnose it.",
    "purpose": "Creams help to reduce the itching.",
    "includes": "Care includes rest and fluids.",
    "may-help": "Cold packs may help.",
    "prevents": "A vaccine can prevent the illness.",
    "made-rare": "Vaccination has made it rare.",
    "lowers-risk-by": "You can lower your risk by washing your hands.",
    "prevents-by": "You can help prevent it by washing your hands.",
    "way-to-prevent": "Rest is the best way to prevent it.",
}
