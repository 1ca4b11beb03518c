"""Phrase cleanup for extraction: heads, lists, examples, levels, asides.

A relation's sides are raw text ("Some medicines, such as warfarin (a blood
thinner) and steroids, which ..."); these functions cut them down to the
names a vocabulary would use, one per list member.  Grammar only: nothing
here names a disease.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.ingest import re_cache as re

from . import caseless
from .figure_base import NUMBER_WORDS, PERIOD_AHEAD, parse_number
from .glue import unglue
from .lexicon import synonym_groups
from .normalize import all_lemmas, inflection, label_key
from .sign_names import name_likeness, plain_sign_name
from .state_nouns import people_state

_I = re.IGNORECASE

# Words that point back to the topic when they open a clause.
TOPIC_ALIASES = re.compile(
    r"^(?:it|this condition|the condition|this disease|the disease|this illness|"
    r"the illness|this disorder|the disorder|the infection|this infection|"
    # "This rare infection", "the serious illness": the page's own illness, pointed back to
    # (a severity word, no kind: "the bacterial infection" may be another one the page just
    # named; plurals, "these infections", are its own only when the page calls it that
    # kind: rules._these_of_kind)
    r"(?:this|the)(?: (?:rare|serious|severe|uncommon|dangerous|life-threatening|"
    r"potentially (?:fatal|deadly|life-threatening)|deadly|acute|chronic|rapidly spreading|"
    r"fast-spreading))+ (?:condition|disease|illness|disorder|infection))$", _I)
# Words that point back to the thing just named (a list item's head).
# ("It's not caused by X": the contraction is left when "not" is cut from the side)
ANAPHORA = re.compile(r"^(?:this|these|that|which|they|them|it)(?:'s|'re)?(?: \w+)?$", _I)
# Phrases too generic to be an entity on their own.
GENERIC = re.compile(
    r"^(?:the following|following|these|those|this|that|it|they|them|more|other|others|"
    r"above|below|higher|lower|greater|less|fewer|over|under|"  # "38C or above"
    r"one|ones|two|three|four|five|six|seven|eight|nine|ten|\d+|"  # "a week or two"
    r"(?:the )?(?:patient|person|child|adult|individual|sufferer)|"  # "the patient can ..."
    r"(?:if|when|unless) (?:people|you|they|patients|someone|a person)|"  # a clause's lead
    r"(?:try )?(?:these|the following|some|a few) (?:steps|tips|measures|things)|"
    r"making it (?:harder|easier|more difficult|less likely|more likely)(?: for [\w ]+)?|"
    # "people of all races", "exposure to triggers": everyone, or a class with no member
    r"(?:(?:of )?all )?(?:races|ages|backgrounds|ethnicities|ethnic groups|sexes|genders)|"
    r"(?:exposure to )?(?:certain |some |these |common |known )?triggers?|"
    r"(?:certain |some |specific |these |the )?criteria|"  # "check for certain criteria"
    # a case definition's own words: "Case classification", "Probable: a case that ..."
    r"case (?:classification|definition)|probable|confirmed|suspected|"
    r"(?:the )?(?:drugs?|antibiotics?|medicines?|treatments?|tests?) of choice|(?:of )?choice|"
    # "Symptoms & Treatment" (a title's parts, read as a sentence's object)
    r"(?:(?:signs|symptoms|causes|treatments?|diagnosis|prevention|outlook|prognosis|"
    r"complications|risk factors)(?:,\s*|\s+(?:&|and)\s+|\s*$))+|"
    # "It affects different people in different ways": how, no group
    r"(?:in )?(?:different|many|various|several|other) (?:ways|people)|"
    r"first|then|again|too|also|later|soon|now|"  # "ruled out first": when, no name
    r"things?|factors?|conditions?|people|patients|individuals|you|we|time|cases?|affected|"
    # "not linked to another condition": some illness, none named
    r"(?:an?other|other|some other) (?:conditions?|illness(?:es)?|diseases?|disorders?)|"
    r"(?:certain |some |other |specific |particular )?groups?(?: of people)?|"
    r"(?:the )?(?:entry|entry points?|routes?|way in)|"  # "entry is through a cut": how
    # "X is the key early feature": what X is, no sign of its own
    r"(?:the )?(?:key|main|cardinal|classic|typical|first|earliest|hallmark|principal|chief|"
    r"defining|commonest|major|presenting|initial)(?: early| clinical| presenting| diagnostic)?"
    r" (?:features?|signs?|symptoms?|findings?|complaints?)|(?:the )?hallmark|"
    # "where it causes outbreaks after the rainy season": how it spreads, no harm to a person
    r"(?:large |local |seasonal |major |regular |yearly |annual )?(?:outbreaks?|epidemics?)"
    r"(?: (?:after|during|in|among|of|every) .*)?|"
    r"(?:some )?(?:circumstances?|situations?|occasions?|instances?)|"
    # ("Some jobs raise the risk, such as farming": the class; its members are named)
    r"(?:certain |some |other |specific |particular )?(?:jobs|occupations|professions|"
    r"activities|hobbies|pastimes)|"
    # ("usually a combination, such as A and B": its members are named)
    r"types?|several|many|some|lot|treatments?|therap(?:y|ies)|combinations?|"
    # ("need an average of 3 surgeries" cut at its number): how many, no thing named
    r"(?:an? )?(?:average|mean|median|total)|"
    r"(?:(?:more |most )?(?:serious|severe|advanced|deeper|worse) )?forms?|"
    r"(?:(?:commonly |often |usually |most )?used )?(?:medicines?|medications?|drugs?)|"
    r"procedures?|tests?|interventions?|measures?|options?|care|help|way|ways|"
    # ("diagnosed using several methods, such as A and B": the class names nothing)
    r"(?:simple |various |several |different |many |first |next |final |initial |key |"
    r"important |crucial )?(?:methods?|tools?|means|approach(?:es)?|"
    r"techniques?|modalit(?:y|ies)|measurements?|strateg(?:y|ies)|steps?)|"
    r"problems?|issues?|changes?|exact|risk factors?|substances?|colou?rs?|chemical changes|"
    r"risks?|chances?|likelihood|odds|probability|"  # "The risk increases with age": no thing
    # ("raise the risk of it as well as other health problems": nothing named)
    r"(?:health|medical) (?:problems?|issues?)|infectious diseases|diseases|illnesses|"
    r"disorders|ailments|"
    r"successful|conditions and risk factors|symptoms?|signs?|few|a few|evidence|facts?|"
    r"(?:significant |high |considerable |serious )?(?:mortality|morbidity|comorbidit(?:y|ies)|"
    r"co-morbidit(?:y|ies))|mechanisms?|reasons?|processe?s?|"  # "from other mechanisms": no
    # thing named ("The process may be related to X": what was described before)
    # "paralysis that may last for months or years": how long, no thing named
    r"(?:\d+ |several |many |a few |some )?(?:years?|months?|weeks?|days?|hours?|minutes?)|"
    r"experts?|scientists?|researchers?|specialists?|"
    # "- Gender: it most often affects women": the field's name, its value said after it
    r"gender|race|ethnicity|ethnic (?:background|group|origin)|"
    # "not everyone is prone to it": nobody in particular
    r"everyone|everybody|anyone|anybody|no one|nobody|"
    # "made on clinical grounds": how, no test named
    r"(?:clinical )?grounds|(?:the )?clinical picture|"
    # "it can lead to serious problems": no problem named
    r"(?:serious|other|further|additional|many|major|severe|significant|various|long-term) "
    r"(?:(?:health|medical) )?(?:problems?|issues?)|"
    # ("can develop more-severe conditions, such as:": a class whose members are named;
    # "people with chronic conditions" are a group at risk, a name of its own)
    r"(?:more[- ])?(?:severe|serious) (?:conditions|diseases)|"
    # "certain age groups (such as adults over 65)": the class, its members named
    r"(?:certain )?age groups?|"
    # "a rash on the face or exposed parts of the body": where, no thing named
    r"(?:exposed|other|affected|different|many|some|all) (?:parts|areas)(?: of the body)?|"
    r"(?:the )?following (?:types|kinds) of (?:infections?|illness(?:es)?|diseases?)|"
    # "It's not always possible to prevent it": how feasible, no act named
    r"(?:not )?(?:always |usually |often |currently |yet )?(?:possible|impossible|difficult|"
    r"hard|easy)|"
    r"diagnosis|results?|levels?|thought|important|it's important|slow|be|considered to be|"
    r"(?:\w+ )?(?:doctor|provider|professional|team|nurse)s?|short description|"
    r"(?:some of )?(?:the )?(?:main|high|low|severe|mild|other|major|minor)|"
    r"(?:very |quite |less |more |most )?(?:un)?common|rare|frequent|usual|typical|similar|"
    r"variable|different|varied|present|absent|likely|unlikely|possible|"
    r"for example|for instance|(?:an )?examples?|instance|such as|including|e\.g\.?|"
    r"e\.?g|i\.?e|etc|something|anything|someone|anyone|everything|nothing|"
    r"(?:the )?same \w+|(?:\w+ )?complications?|(?:\w+ )?(?:of the )?following(?: \w+)?)$",
    _I)
# Who said it, left in a list by a comma: "..., according to WebMD", "..., states X".
_ATTRIBUTION_WORDS = frozenset({"according", "states", "says", "reports", "notes", "explains",
                                "writes", "adds", "said"})
_ATTRIBUTION = re.compile(r"^(?:according to\b|(?:states|says|reports|notes|explains|writes|adds|"
                          r"said) (?:the )?(?-i:[A-Z]))", _I)
_PERSON = re.compile(r"^(?:you|your|we|he|she|he/she|they)\b|\b(?:doctors?|providers?|"
                     r"professionals?|team|nurses?|you)$", _I)


_NEGATED_PART = re.compile(
    # ("not drinking enough water" opens with its "not": an act left undone is a name)
    r"n't\b|(?<=.)\bnot\b|^not\b(?!\s+[a-z]+ing\b)|^too\b|^(?:repair|make|keep|help|get|take|protect|allow|let|give|support|"
    r"improve|reduce|remove|restore)\b|^(?:other )?(?:tissues?|areas?|parts?|body)$|"
    # ("to check whether the heart is affected": a question, no thing named)
    r"^(?:whether|how)\b", _I)


# A publication, not a thing a page says causes or treats: "NICE guideline", "leaflet".
_DOCUMENT = re.compile(r"\b(?:guidelines?|guidance|infographic|leaflet|booklet|fact ?sheets?|"
                       r"website|toolkit|quality standards?|newsletter|brochure)\b", _I)
_DOCUMENT_WORDS = ("guideline", "guidance", "infographic", "leaflet", "booklet", "sheet",
                   "website", "toolkit", "quality standard", "newsletter", "brochure")
_FUNCTION_WORDS = frozenset({"with", "without", "and", "or", "of", "to", "in", "on", "at", "by",
                             "for", "from", "as", "than", "then", "when", "while", "if",
                             "which", "that", "who", "whom", "whose", "what", "where"})
_INFINITIVE = re.compile(r"\s+to\s+(?:be|become|remain|stay|get|feel|look|go|bulge|balloon|"
                         r"swell|grow|turn|develop|have|make|keep)\b", _I)


# A clause or a predicate, not a name: "are pregnant", "require treatment", "that comes",
# "similar in appearance to X", "likely to recover", "this rash" (points back).
_NOT_A_NAME = re.compile(
    r"^(?:are|is|was|were|be|been|being|am|have|has|had|do|does|did|can|could|may|might|will|"
    r"would|should|must|require[sd]?|requiring|needs?|goes|go|went|comes?|came|becomes?|"
    r"that|which|who|whom|what|where|when|why|how|whilst|while|possibly|probably|likely|"
    r"(?:most |more |less )likely|similar|sensitive|better|worse|even|unknown|unclear|"
    r"this|these|those|such|to|from|few|causes?|caused|causing|during|before|after|until)\b"
    # "(have no symptoms and) find out by chance": how people learn of it, no name
    r"|^(?:find|finds|found|finding) out\b"
    r"|\b(?:from time to time|at a time|for (?:days|weeks|months|years)|over (?:days|weeks|"
    r"months|years)|at all)$"
    r"|\s(?:the|a|an|of|in|on|to|with|and|or|for|by|at)$"
    # "(and) the condition is": a clause cut before what it says, no name
    r"|\s(?:is|are|was|were|has|have|had|can|may|will)$"
    # "the activation of up (to 20 % of T cells)": a name cut off before its figure
    r"|\sof (?:up|about|around|nearly|almost|approximately|roughly|over|under|some)$", _I)
# A size said after a name: "red nodules 1 to 5 cm across".
_SIZE = re.compile(r"\s(?:up to |about |around |over |under |at least )?\d+(?:\.\d+)?"
                   r"(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?\s?(?:mm|cm|centimet(?:re|er)s?|"
                   r"millimet(?:re|er)s?|"
                   r"inch(?:es)?)\b(?: (?:across|wide|in diameter|in size|long|in length))?", _I)


def strip_size(text: str) -> str:
    """Return ``text`` without a size said after a name ("red nodules 1 to 5 cm across").

    >>> strip_size("red nodules 1 to 5 cm across")
    'red nodules'
    """
    if "cm" not in text and "mm" not in text and "inch" not in text:
        return text
    return _SIZE.sub("", text)


# A quantity or collection of something rather than the thing: "a constellation of
# symptoms", "the result of persistent infection", "early symptoms".
_COLLECTIVE = re.compile(r"^(?:an? |the )?(?:(?:wide|broad|large|whole|great) )?(?:constellation|"
                         r"range|variety|number|result|part|"
                         r"kind|set|group|collection|series|mix|combination) of\b"
                         r"|^(?:(?:early|other|typical|common|main|first|initial|late|later|"
                         r"usual|general|many|several|various|different|specific|certain|new|"
                         r"further|more|less|most|its|their) ){1,2}(?:symptoms?|signs?)"
                         r"(?: of .+)?$|^(?:symptoms?|signs?) of .+$", _I)


# -ing words that link or qualify rather than name something.
_NOT_GERUND_NOUNS = frozenset({"including", "following", "causing", "leading", "resulting",
                               "according", "during", "regarding", "concerning", "having",
                               "being", "getting", "making", "taking", "using", "going",
                               "doing", "becoming", "remaining", "depending", "involving",
                               "affecting", "ongoing", "underlying", "existing", "worsening",
                               "improving", "increasing", "decreasing", "developing"})


# Word endings of clinical nouns ("abscess", "-itis", "-osis", "-oma", "-aemia", "-pathy").
_CLINICAL_NOUN_ENDINGS = ("cess", "cesses", "sis", "itis", "oma", "omas", "emia", "aemia", "pathy",
                          "ectomy", "otomy", "plasty", "scopy", "algia", "uria")


# Endings of adverbs the lexicon may not know ("percutaneously"): no name ends so.
_ADVERB_ENDINGS = ("ously", "ally", "ively", "edly", "ingly", "fully", "lessly", "ently",
                   "antly", "arly")


@lru_cache(maxsize=100_000)
def _noun_head(word: str) -> bool:
    """Return whether a phrase's last word can be a noun (an unknown word may: a drug name)."""
    if not word.isalpha() or word.isupper() or word.lower() in _FUNCTION_WORDS:
        return word.lower() not in _FUNCTION_WORDS
    lemmas = all_lemmas(word.lower())
    if word.lower().endswith("ing") and word.lower() not in _NOT_GERUND_NOUNS:
        return True  # a gerund names a sensation or an act: "tingling", "vomiting"
    if word.lower().endswith(_CLINICAL_NOUN_ENDINGS):
        return True  # the lexicon knows "abscess" only as a verb; clinical endings are nouns
    if not lemmas:
        # an unknown word may name a drug, but not an adverb ("percutaneously")
        return not word.lower().endswith(_ADVERB_ENDINGS)
    if "NOUN" in lemmas or "PROPN" in lemmas:
        return True
    # A plural the lexicon knows only as a verb ("dusts"): its singular is a noun.
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and "NOUN" in all_lemmas(low[:-1])


# "One or more of these symptoms", "any of the following": a count of what the text
# names elsewhere, never a name of its own.
_SOME_OF_THESE = re.compile(r"^(?:one|any|some|all|more|none|each|either|both|many|most|"
                            r"several|two|three|four)\b[\w ]{0,12}?\bof (?:these|those|them|"
                            r"the following|the above)\b", _I)


@lru_cache(maxsize=65_536)
def is_generic(phrase: str) -> bool:
    """Return whether a phrase is too generic, names a person, or is a clause.

    Memoised: a page asks it about the same names from several rules (~1.6 calls
    per phrase), and each answer is some nine regex passes.

    A phrase whose last word cannot be a noun ("dry", "swollen", "rarely") is
    a stray modifier, and "X to become Y" is a clause, not a name.
    """
    words = phrase.split()
    # (The two costliest passes through their lower-case twins: most names fail them.)
    return bool(caseless.match(GENERIC, phrase) or _PERSON.search(phrase)
                or (words[:1] and words[0].lower() in _ATTRIBUTION_WORDS
                    and _ATTRIBUTION.match(phrase))
                or (not caseless.lacks(phrase, _DOCUMENT_WORDS) and _DOCUMENT.search(phrase))
                or _NEGATED_PART.search(phrase)
                or (not caseless.lacks(phrase, ("to",)) and _INFINITIVE.search(phrase))
                or caseless.search(_NOT_A_NAME, phrase) or _COLLECTIVE.search(phrase)
                or _SOME_OF_THESE.search(phrase)
                or (words and not _noun_head(_head_word(words).strip("'\"-"))))


def _head_word(words: list[str]) -> str:
    """Return a phrase's head: its last word, or the noun before "to"/"of" ("exposure to
    certain dusts", whose last word the lexicon knows only as a verb)."""
    if len(words) >= 3 and words[1].lower() in ("to", "of") and words[0].lower().endswith(
            ("ure", "tion", "sion", "ment", "ance", "ence", "ity")):
        return words[0]
    if len(words) >= 2 and words[-1].lower() in _PLACE_ADVERBS and (
            words[-1].lower() not in ("about", "around") or words[-2].lower().endswith("ing")):
        # "travel abroad", "walking barefoot", "moving about": the act, where it is done
        return words[-2]
    return words[-1]


# Adverbs of where an act is done, which end names of acts that put people at risk.
_PLACE_ADVERBS = frozenset({"abroad", "overseas", "outdoors", "outside", "barefoot",
                            "indoors", "outdoor", "about", "around"})

_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_REFLEXIVE_END = re.compile(r"\s+(?:themselves|himself|herself|yourself|yourselves|ourselves|"
                            r"myself)\W*$", _I)
# "an average of 3 surgeries", "a total of two operations": how many, no part of the name.
_HOW_MANY_OF = re.compile(r"^(?:an? )?(?:average|mean|median|total) of (?:\d+(?:\.\d+)?\s+|"
                          r"(?:two|three|four|five|six) )?", _I)
# "being in hospital", "being at a nursing home": where one stays, named as the stay.
_BEING_AT = re.compile(r"^being (?=(?:in|at) (?:an? |the )?(?:hospital|care home|nursing home|"
                       r"intensive care|bed|prison|a care|a nursing|residential care)\b)", _I)
_LEAD_WORDS = re.compile(
    r"^(?:(?:and|or|but|yet|also|lastly|finally|additionally|besides|often|usually|generally|"
    r"sometimes|other|some|certain|various|several|many|most|any|all|your|their|the|a|an|"
    r"very|especially|mainly|including|such as|like|e\.g\.|i\.e\.|etc|known|possible|"
    r"lots of|a lot of|plenty of|clusters of|more than one|"
    # "based on X and confirmed by a biopsy": how the means is used, no part of its name
    r"(?:confirmed|supported|backed up) (?:by|with)|"
    # "any one of four viruses", "one of several germs": the kind, not how many
    r"(?:any )?one of (?:the |these |several |many |(?:two|three|four|five|six|\d+) )?|"
    r"a history of|history of|the use of|use of|taking|being|of|there (?:is|are|isn't|aren't)|"
    r"in turn|even|thus|therefore|then|eventually|gradually|numerous|different|"
    # "Over time this causes scarring": when, then the pointer back
    r"(?:over|in|with) time,?|over (?:the )?(?:years|months),?|later on,?|"
    # "associated fever" in a list of an attack's signs: the fever
    r"associated\s(?=(?:high |mild |low-grade )?(?:fever|pain|headache|rash|swelling|"
    r"nausea|vomiting|chills|fatigue|tiredness|malaise|anorexia|weakness|lethargy|"
    r"confusion)\b)|"
    # "a five-day course of zorbomycin": the drug, however long it is given
    r"(?:[\w-]+-(?:day|week|month) |short |long |full |further |second |another )?courses? of|"
    # "several weeks of antibiotics": the drug, however long it is given
    r"(?:(?:a few|two|three|four|five|six|\d+(?:\s*(?:to|-)\s*\d+)?) )?"
    r"(?:days|weeks|months) of\s|"
    # "a single dose of zorbazole": the drug, however much is given
    r"(?:(?:single|one|high|low|large|small|daily|weekly|repeated|further|second) )?doses? of|"
    # "more likely to experience long-term complications": the complications
    r"(?:experience|experiencing|suffer from|suffering from)\s|"
    # "patients with underlying diabetes": a condition they already had, named plainly
    r"underlying|pre-existing|preexisting|"
    # "diagnosed by chance on a chest X-ray": the X-ray
    r"chance (?:on|with|during|from|in|after)|"
    # "numbness or tingling or, less often, weakness": how often, no part of the name
    r"(?:less|more|much less|far less) (?:often|commonly|frequently),?|"
    r"(?:more |very )?(?:rarely|occasionally|infrequently|uncommonly),?|"
    r"multiple(?! (?:organ|sclerosis|myeloma|systems?)\b)|"
    r"strong|proper|both|(?:a |the )?(?:number|range|variety|couple|combination|mix|selection|"
    r"regimen|course|dose) of|(?:the )?(?:development|formation|onset) of|either|"
    # ("abrupt onset of fever and rigors": the fever, however it comes)
    r"(?:an? |the )?(?:sudden|abrupt|rapid|acute) onset of|"
    # ("provision of safe water and sanitation": the water and the sanitation; "prompt
    # administration of X": X)
    r"(?:the )?provision of|(?:the )?(?:(?:prompt|rapid|early|timely) )?administration of|"
    r"(?:one|two|three|four|\d+|several|multiple|both|a single) doses? of|"
    # "high doses of antibiotics": the drug, however much is given
    r"(?:high|higher|large|larger|low|lower|small|regular|daily|repeated|big|extra) doses? of|"
    r"(?:treatment|therapy) (?:with|using)|"
    # "adjunctive X", "empiric antibiotics": how X is given, the same X
    r"(?:adjunctive|adjunct|adjuvant|empiric|empirical)(?= [a-z])|"
    # "urgent surgery", "prompt removal of dead tissue": the act is the same one.
    r"(?:urgent|emergency|prompt|immediate|timely)(?= (?:surg|antibiotic|removal|debridement|"
    r"drainage|amputation|operation))|"
    r"(?:within|after|in|over|for) (?:a few|several|a couple of|\d+|one|two|three) (?:hours|days|"
    r"weeks|months|years),?|"
    r"conducting|performing|doing|having|getting|using|receiving|undergoing|with|by|"
    # "at least one underlying condition": how many, no part of the name
    r"(?:at least|at most) (?:one|two|three)(?: of(?: the)?)?|one or more(?: of(?: the)?)?|"
    # "the risk of contracting it": the illness ("developing countries" stay places)
    r"(?:developing|contracting|catching|acquiring)(?! (?:countr|world|nation|region|area))|"
    # "If left untreated it can lead to death": the condition opening the clause goes
    r"(?:if |when )?(?:left |it is left |it's left )?untreated,?|"
    r"there's|no|not|any|recently|currently|previously|ever|nonetheless|however|fortunately|"
    r"in (?:some|rare|most|many|a few|severe|serious|extreme|mild|more severe|very severe|"
    r"advanced|complicated|these|such) cases|at this stage|later in life|"
    r"(?:[\w-]+\s+)?(?:strains?|species|genospecies|subspecies|serotypes?|subtypes?) of(?: the)?"
    r"(?: bacteri(?:um|a)|"
    r" virus(?:es)?| fungus| fungi)?|"
    r"in (?:\w+ )?(?:patients|people|children|adults|infants)|"
    # "more than ten genetic types of G": G, however many kinds of it
    r"(?:(?:more than|over|about|around|at least|nearly|up to) )?(?:\d+|ten|twenty|a dozen|"
    r"dozens|hundreds) (?:(?:different|distinct|genetic|known) )?(?:types|kinds|strains|species|"
    r"serotypes|serovars|genotypes|subtypes) of(?: the)? (?=[a-z])|"
    # "two types of bacteria working together": the germs, however many kinds
    r"(?:two|three|four|several|many|various|different|multiple) (?:types|kinds) of "
    r"(?=(?:[\w-]+ )?(?:bacteri|germs|virus|fung|organisms|microbes))|"
    r"unfortunately|importantly|overall|in addition|in fact|typically|commonly|plus|"
    r"actual|"  # "usually actual paralysis": the paralysis
    r"(?:much |far )?(?:more|less) common|"  # "more common skin infections"
    r"(?:an?\s+)?(?:\d+[- ]\w+\s+|short\s+|long\s+|longer\s+|full\s+|limited\s+|extended\s+)?"
    r"(?:course|type|kind|form|dose|combination|variety)s?\s+of|(?:an?\s+)?\d+[- ]day)\b"
    r"[\s,]*)+", _I)
_TRAIL = re.compile(
    r"(?:\s+(?:and|or|etc|and more|and others|among(?:st)? (?:many )?others|too|as well|"
    r"overnight|daily|regularly|"
    # "caused by germ G alone": on its own is no part of the germ's name.
    r"alone|on (?:its|their) own|by (?:itself|themselves)|recently|lately|"
    r"frequently|repeatedly|again|at night|every day|instead|you (?:need|can|use|have)|"
    # "some people develop chronic pain afterwards": when, after the illness, no name
    r"afterwards?|later(?: on| in life)?|over time|in time|first|aims?|"
    # "stop it (from) developing": the event stopped, no part of the name
    r"(?:from )?(?:developing|happening|occurring|forming|coming back|returning)|"
    # "joint pain months later": how long after, no part of the sign's name
    r"(?:(?:some|many|several|a few|weeks or|months or|days or) )?(?:hours|days|weeks|months|"
    r"years) (?:later(?: on)?|afterwards?)|"
    # ("reduced function a year later")
    r"(?:an?|one|two|three|four|six|\d+) (?:hours?|days?|weeks?|months?|years?) (?:later|"
    r"afterwards?|on)|"
    # "associated with high blood pressure in later life": when, no part of the harm's name
    r"in (?:later|adult|old|early) (?:life|age|adulthood)|in adulthood|in old age|"
    r"in the long (?:term|run)|"
    r"after (?:the |an? |their |your )?(?:infection|illness|episode|attack|recovery|"
    r"recovering|it)|"
    r"from time to time|(?:every )?now and (?:then|again)|at times|on and off|off and on|"
    # "give antibiotics straight away": how soon is no part of the remedy's name.
    r"straight away|right away|immediately|urgently|promptly|quickly|at once|without delay|"
    r"as soon as possible|"
    # "antibiotics can" | "stop ...": a modal whose verb another phrase took.
    r"can|may|might|could|will|would|should|must|"
    # "can cause kidney stones to form", "cause it to come back": what happens, no name
    r"to (?:develop|form|occur|happen|appear|start|begin|return|come back|recur|flare(?: up)?|"
    r"get worse|worsen|spread)|"
    # "cut the chance of a recurrence by half": how much, no part of what is cut
    r"by (?:about |around |more than |almost |nearly |up to )?(?:half|a half|a third|"
    r"two thirds|a quarter|\d+(?:\.\d+)? ?(?:%|percent|per cent))|"
    # "muscle aches all over the body": where on the body, when it is everywhere, is no part
    # of the sign's name.
    r"all over(?: the| your| their)?(?: whole| entire)? body|throughout(?: the| your| their)?"
    r"(?: whole| entire)? body))*"
    r"[\s.,;:!*?\"'-]*$", _I)
# A time said after a sign, counted from an event ("1-2 weeks after onset"): when the sign
# comes, no part of its name (read by _CUT here and before lists are split, side_phrases).
# ("a mild temperature a few days before the rash": when, said in words)
WHEN_AFTER = (r"(?:about |around |up to )?(?:\d+(?:\s*(?:-|–|to)\s*\d+)?|a few|a couple of|"
              r"several|one|two|three|four|five)\s+(?:hours?|days?|weeks?|"
              # (written short in notes: "1-2 wks later")
              r"months?|years?|hrs?|wks?|yrs?)\s+(?:after|later|following|before)\b")
# ", with mortality rates of 20 %", ", with a ratio of 3:1" after a list: how grave or how
# common, no member of it.
_GRAVITY_TAIL = re.compile(
    r"\s*,\s*with\s+(?:an?\s+|the\s+)?(?:overall\s+|high\s+|reported\s+|[\w-]+-to-[\w-]+\s+|"
    r"male\s+to\s+female\s+|female\s+to\s+male\s+|sex\s+)?(?:mortality|death|"
    r"fatality|case[- ]fatality|survival|recurrence|relapse|amputation|ratio|peak|median|"
    # (to the sentence's end: a decimal point ends nothing, "a ratio of 1.4:1")
    r"average)\b(?:[^.;]|\.(?=\d))*", _I)
_AS_WELL_AS_MEMBER = re.compile(r",?\s+as well as\s+(?:by\s+|from\s+|with\s+|in\s+)?", _I)
# ", often repeated every 24 hours", ", usually given by drip": a participle clause about
# the thing named before it.
_DONE_HOW_TAIL = re.compile(
    r",\s*(?:often|usually|sometimes|typically|generally|then|ideally|preferably|commonly|"
    r"frequently)\s+(?:repeated|given|done|performed|carried out|needed|required|continued|"
    r"started|followed|combined|used)\b[^.;]*"
    # "sudden severe pain, typically affecting the big toe": where, no member
    r"|,\s*(?:(?:often|usually|typically|mostly|mainly|most often|commonly) )?(?:affecting|"
    r"involving|starting in|beginning in)\b[^.;]*", _I)
# A participle that opens a clause after a comma, with the word after it: what the thing
# named before it does ("..., starving the skin of oxygen", "..., causing it to die").
PARTICIPLE_CLAUSE = (r"(?:starving|depriving|cutting off|blocking|leaving|allowing|letting|"
                     r"making|causing|leading|resulting|forcing|preventing|stopping)\s+"
                     r"(?:the|a|an|your|their|its|them|it|to|in)\b")
_CUT = re.compile(
    # ("blood clots in small vessels, starving the skin of oxygen": a participle's clause)
    r"\s*(?:,\s*(?:" + PARTICIPLE_CLAUSE + r"|"
    r"when|which|who|where|whose|as(?! well as\b)|mainly|especially|usually|often|"
    r"also|"
    r"characteri[sz]ed|marked|defined|"
    r"because|since|so|but|while|although|though|even|that|to|in|from|due|either|most|"
    r"frequently|mostly|typically)\b"
    r"|\s(?:that|which|who|whose|when|where|because|since|due to|so that|while|although|"
    r"other than|rather than|apart from|except(?: for)?|"  # "conditions other than X"
    # "More than one rash" (a whole item) is one name; "children younger than 5" an age group
    r"(?<!^more\s)(?<!\byounger\s)(?<!\bolder\s)than|"
    r"(?<!\baged\s)(?<!\bage\s)(?:(?:of|for|by|in) )?(?:more|less|fewer|longer|shorter) than|"
    r"if|unless|once|until|whenever|as (?:they|you|we|he|she|it|doctors|your doctor)|"
    r"as soon as|"
    # "vomiting at least three times in a day": how often, no part of the sign's name
    r"at least (?:\d+|two|three|four|five|six|several) times|"
    # "dead bone in chronic cases": in which cases, no part of the name
    r"in (?:(?:some|many|most|rare|severe|chronic|acute|mild|advanced|such|these|those|a few) )"
    r"?cases\b|"
    # "dialysis for a time": how long, no part of the name
    r"for (?:a (?:short |little )?(?:time|while)|some time)\b|"
    # "premature birth in up to 20 % of cases": how often, no part of the name
    r"in (?:up to|about|around|roughly|nearly|almost|approximately|as many as) (?=\d)|"
    r"in \d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)|"
    # "surgery within a year": when, no part of the name
    r"within (?:a|an|one|two|three|four|five|six|seven|eight|ten|twelve|\d+|a few|several|some|"
    r"a couple of)(?:\s*(?:to|-)\s*\d+)? (?:hours?|days?|weeks?|months?|years?)\b|"
    # "a blood test taken within a few hours": when it is done, no part of the name
    r"(?:taken|done|performed|carried out|repeated) (?:within|after|during|at|early|soon|"
    r"from)\b|"
    r"resembling|mimicking|demonstrating|revealing|"  # "biopsy demonstrating X": the biopsy
    # "nasal packing used to stop nosebleeds": what the thing is used for, no part of it
    r"(?:used|given|applied|inserted|placed|worn) (?:to|for|after|during)\s|"
    # "steroid creams put on the whole body": where the remedy goes, no part of its name
    r"(?:applied|put|rubbed|spread|smoothed) (?:on|onto|over)\s|"
    r"to (?:assess|check|measure|help|make|see|find|improve|reduce|"
    r"remove|treat|prevent|promote|control|restore|decrease|increase|lower|raise|relieve|ease|"
    r"heal|stop|keep|avoid|manage|diagnose|confirm|distinguish|detect|rule out|look for|tell|"
    r"determine|identify|"
    r"find out|repair|replace|drain|kill|fight|cut away|cut out|calm|dampen|suppress|"
    r"support|protect|boost|strengthen|block|slow|shrink|clear|soothe|settle|try|eliminate|"
    r"eradicate|get rid of|switch off|turn off|neutrali[sz]e|limit|shorten|speed up|"
    # ("inhalers to open the airways"; "unable to open the mouth" is a sign's own words)
    r"open (?:up )?(?:the |your )?(?:airways?|blood vessels|arteries)|widen|relax))\b"
    r"|\s(?:can|may|might|could|will|would|should|must|is|are|was|were|has|have|had|do|does|"
    r"did)\s"
    # "Treatment works best if it is started early": what works, no part of its name
    r"|\swork(?:s)? (?:best|better)\b"
    # "eye drops during the day and ointment at night": when, no part of the name
    r"|\s(?:during the (?:day|night)|at night|at bedtime|in the (?:morning|evening))\b"
    # "antibiotics usually brings the disease under control": an adverb, then a verb of the
    # name's own and what it acts on
    r"|\s(?:usually|often|generally|typically|normally|quickly|rapidly|soon)\s+[a-z]+s\s+"
    r"(?:the|a|an|it|its|them|this|these|their|your)\s"
    # "Congenital problems such as A or B increase risk": the verb that ends the members
    r"|\s(?:increases?|raises?) (?:the |your |their )?risk\b"
    # "limb amputation amongst other serious complications": the rest of a class, no part
    # ("asthma and other lung diseases" names both)
    r"|\s(?:amongst|among) (?:many |several |various |some )?"
    r"other (?:[\w-]+ )?(?:complications|problems|conditions|symptoms|signs|harms|effects|"
    r"illnesses|diseases|infections)\b"
    r"|\s(?:in|among) (?:genetically )?(?:susceptible|predisposed|prone|vulnerable) (?:people|"
    r"individuals|persons|patients|hosts)\b"
    r"|\sof (?:the|this) (?:disease|condition|illness|disorder|infection|syndrome)[\s.,;:]*$"
    # "four viruses spread by midges": how the thing travels, no part of its name
    r"|\s(?:spread|carried|transmitted|passed on)\s+(?:to (?:humans|people) )?(?:by|through|via)\b"
    # "toxins released into the blood", "clots formed in small vessels": where the thing goes
    # or forms, no part of its name ("poisons released by G" names their maker, read apart)
    r"|\s(?:released|produced|made|secreted|given off|formed) (?:into|in|inside|within)\s"
    # "a crack in the skin allows bacteria inside": what the opening lets in, no part of it
    r"|\s(?:allows?|allowing|lets|letting|enables?) (?:the )?(?:bacteria|germs?|viruse?s?|"
    r"fungi|microbes|infection)\b"
    # "doxycycline 100mg bd": the dose, no part of the remedy's name
    r"|\s\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|ml|iu|units)(?:/kg)?\b"
    # "a wound becomes contaminated with the germ": the wound (what it becomes is the event)
    r"|\s(?:becomes?|became|gets?|getting|got) (?:infected|contaminated)\b"
    r"|\swithout\b|\s(?:(?:directly|straight|slowly) )?(?:into a vein|into the vein|"
    r"through a drip|via a drip|by drip|by mouth|through an iv|via an iv|by iv|"
    r"through an intravenous line|through a tube|by injection)\b"
    # "an X-ray done for another reason": why the test was done, no part of its name
    r"|\s(?:done|carried out|performed|taken|ordered) for (?:another|other|some other|an "
    r"unrelated|a different|an?) (?:reason|problem|condition|illness|purpose)s?\b"
    r"|\sfor (?:a long time|long periods?|many (?:months|years)|months|years|weeks|some time|"
    r"a while|life|the rest of (?:their|your|his|her|its) lives?)\b"
    # "zorbacillin for severe cases", "surgery in some cases": which cases, no part of a name
    r"|\s(?:in|for) (?:(?:more|very|the most|most|some|rare|many|a few|all|selected) )?"
    r"(?:(?:severe|serious|mild|moderate|milder|complicated|advanced|resistant|refractory|"
    r"persistent|recurrent|early|late|difficult|extreme|critical) )?cases\b"
    # "a hearing test after a few weeks": when, no part of the name
    r"|\safter (?:a few|several|some|a couple of|\d+|one|two|three|four|six) (?:days|weeks|"
    r"months|years)\b"
    # "debridement every 24 to 48 hours", "eye drops every two hours": how often, no part
    # of the name
    r"|\severy (?:\d+|few|other|one|two|three|four|five|six|eight|twelve|couple of)\b"
    # "eye drops up to 6 times a day", "X for up to 2 weeks", "X twice a day": how often or
    # how long, a figure of its own and no part of the name
    r"|\s(?:for )?up to (?=\d|(?:one|two|three|four|five|six|seven|eight|ten|twelve)\b)"
    r"|\s(?:\d+|two|three|four|five|six) times (?:a|an|per|each) (?:day|night|week|hour)\b"
    r"|\s(?:once|twice) (?:a (?:day|night|week)|daily|weekly)\b"
    r"|\sfor " + PERIOD_AHEAD +
    # "steroids on a regular basis": how often, no part of the name
    r"|\son an? (?:regular|daily|weekly|long-term|ongoing|routine) basis\b"
    # "delays in treatment beyond day 5": when, no part of the name
    r"|\s(?:beyond|after|past|by) (?:day|week) \d{1,2}\b"
    # "painkillers on 15 or more days a month": how often, no part of the name
    r"|\son (?:\d+|most|several) (?:or more )?days\b"
    # "tablets for 2 weeks", "for up to six months": how long it is taken.
    r"|\sfor (?:up to |at least |about |around |another |a further )?(?:\d+|a|one|two|three|"
    r"four|five|six|seven|eight|ten|twelve|several|a few|few) (?:to \w+ )?(?:days?|weeks?|"
    r"months?|years?)\b"
    r"|\s(?:in|of|on|at) (?:one|both|either)(?: or (?:both|more|the other))?\s*$"
    # "fluid build-up in one or two large joints": how many places, no part of the sign
    r"|\s(?:in|on|at|of) (?:one|two|a few) or (?:two|three|both)\b"
    r"|(?<!\bage)(?<!\bages)\s(?:of|at|around) (?:about |over |above )?\d"
    r"|(?<!\bage)(?<!\bages)(?<!\baged)\s(?:above|higher than) \d"  # "a fever above 39C"
    r"|\s(?:and )?(?:lasts?|lasting|persists?|persisting) (?:for |more |longer |over |at |"
    r"about |up |\d)"
    r"|\s(?:to|by) (?:less than|fewer than|under|below|about|around|nearly|almost|\d)"
    # ("a break in your skin": the opening is named by where it is, as "in the skin")
    r"|(?<!\bbreak)(?<!\bbreaks)(?<!\bcrack)(?<!\bcracks)(?<!\bopening)(?<!\btear)(?<!\bsplit)"
    r"\s(?:from|in|on|to|into|around)\s+(?:your|their|his|her|the body|elsewhere)\b"
    # ("an infection elsewhere in the body": the infection, wherever it is)
    r"|\s(?:elsewhere|somewhere else)\b"
    # ("large scars after surgery", "weakness after treatment": when a harm is left, no
    # part of its name; "infections after surgery" are their own kind)
    r"|\s(?:(?<=scars\s)|(?<=scar\s)|(?<=scarring\s)|(?<=weakness\s)|(?<=stiffness\s)|"
    r"(?<=numbness\s)|(?<=tiredness\s))(?:after|following) (?:the |their |your )?"
    r"(?:surgery|operations?|treatment|recovery|healing|the wounds? heal(?:s|ed)?)\b"
    r"|\s(?:in|on|over|around|at) (?:the |an? )?(?:affected )?(?:area|part|region|site|spot|"
    r"patch)e?s? (?:of|where|that|which)\b"
    # "an itchy rash at that spot": where the thing went in, said before; no part of a name
    r"|\s(?:at|on|in|around) (?:that|this|the same) (?:spot|site|place|point|area)\b"
    r"|\s(?:in|on|over) (?:different|other|many|several|various) (?:parts|areas|places)\b"
    r"|\s(?:in|during|within|over) the (?:first|next|last|following) (?:few |\d+ |two |three |"
    r"several )?(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\s(?:in|during) (?:the )?(?:early|late|later|first|acute|initial|final) (?:stages?|"
    r"phases?|days?|weeks?)\b"
    r"|\sof (?:the |your |their )?affected\b"
    r"|\s(?:in|on|over|around|at) (?:the |your |their )?affected (?:area|part|region|site|spot|"
    r"patch|skin|eye|ear|limb|leg|arm|hand|foot|feet|joint|side)s?\b"
    r"|\s(?:in|on|around|over) (?:the|that|this|these|those) areas?\b"
    r"|\s(?:in the setting of|in the context of|in the presence of|in cases of|in the case of)\b"
    # "nerve pain as the result of X": what brought it on, no part of its name
    r"|\sas (?:a|the) (?:direct |likely |possible )?(?:result|consequence)\b"
    # "disability requiring surgery": what the harm calls for, no part of its name
    # ("people requiring dialysis" are a group: their word is kept)
    r"|(?<!\bpeople)(?<!\bpatients)(?<!\bthose)(?<!\bchildren)(?<!\badults)"
    r"\s(?:requiring|needing)\s"
    r"|\s(?:getting|entering|releasing|producing|spreading|invading|infecting|attacking|"
    r"travelling|traveling|multiplying) (?:into|in|through|to|harmful|toxins|the|your)\b"
    r"|\s(?:in|among) (?:young|elderly|pregnant|older|younger|menstruating|healthy|otherwise "
    r"healthy) (?:women|men|people|adults|children|patients|infants|girls|boys)\b"
    r"|\s(?:in|among|for) (?:most|some|many|all|people|adults|children|patients|older|younger|"
    r"those|women|men|toddlers|infants|babies|teenagers|adolescents|the elderly|elderly)\b"
    r"|\s+by (?:about |up to |around |as much as )?\d"
    r"|\s(?:given|taken|injected|applied|delivered|administered|prescribed)\s+(?:directly|by|"
    r"through|into|in|via|as|orally|intravenously|under|every|once|twice|for|with|straight)\b"
    r"|\s(?:within|in|over) (?:a few |several |a matter of |just )?(?:hours|days|weeks|minutes|"
    r"\d+\s*(?:hours?|days?|weeks?|minutes?|months?))\b"
    # ("tiredness all the time": how often, no part of the name)
    r"|\s(?:all|most of|much of) the time\b"
    # "peeling of the hands and feet 1-2 weeks after onset": when, no part of the name
    r"|\s" + WHEN_AFTER +
    r"|:|;|\s[-–—]\s|(?<!\b(?-i:[A-Z]))\.\s).*$", _I)  # "E. coli": a genus, cut short
# _CUT's first look: the same pattern save that "." before a space cuts even after a capital
# ("E. coli") and the lead "\s*" is left to the branches, each of which starts with one of
# [\s,:;.] (looked at first, so most places fail at once); on lower-cased ASCII it finds a
# place wherever _CUT does, and more.  When it finds none, _CUT has nothing to cut (most
# phrases) and its case-insensitive pass is skipped (~8.5 -> ~3 us a phrase).
# tests/test_speed_gates.py checks the twin is made and every branch's first character.
_CAPITAL_STOP = r"|(?<!\b(?-i:[A-Z]))\.\s)"
_CUT_LEAD = r"\s*(?:"
_CUT_LOOK = caseless.lower_twin(re.compile(
    r"(?=[\s,:;.])(?:" + _CUT.pattern.removeprefix(_CUT_LEAD).replace(
        _CAPITAL_STOP, r"|\.\s)"), _CUT.flags)) if _CUT.pattern.startswith(_CUT_LEAD) else None


@lru_cache(maxsize=65_536)
def _cut_tail(text: str) -> str:
    """Return ``_CUT.sub("", text)``, read from where its first look finds a place.

    Memoised: clean_phrase and cut_clause cut the same phrases (~1.6 calls each).

    _CUT's match starts in the white space before that place or later (its branch
    starts where the look does), so the search starts there; its ``.*$`` runs to the
    end, so it is the only match.
    """
    if _CUT_LOOK is None or not text.isascii():
        return _CUT.sub("", text)
    look = _CUT_LOOK.search(text.lower())
    if look is None:
        return text
    at = look.start()
    while at and text[at - 1].isspace():
        at -= 1
    m = _CUT.search(text, at)
    if m is None:
        return text
    if text[m.end():].strip():  # never: .*$ reads to the end
        return _CUT.sub("", text)
    return text[:m.start()] + text[m.end():]


_CALLED = re.compile(
    r"(?:,?\s*(?:also\s+)?(?:called|known as|referred to as|termed)|\bthis\s+(?:also\s+)?"
    r"is\s+(?:also\s+)?called)\s+(?:an?\s+|the\s+)?([^,.;:()]+)", _I)
# Words every match of the pattern above holds one of (see caseless.lacks); likewise the
# *_WORDS beside other patterns below.
_CALLED_WORDS = ("called", "known as", "referred to as", "termed")
_CALLED_SITE = re.compile(r"\s+(?:in|on|around|over) (?:the|your|their|one|both|each) .*$", _I)
# What brings a class's examples about, said before them: "(for example from X or Y)", "such
# as due to illness": the examples named after the preposition (_EXAMPLES, _EXAMPLE_PARENS).
_EXAMPLE_ORIGIN = r"(?:due to|because of|caused by|from|after|following)"
_EXAMPLES = re.compile(r"[,(]?\s*(?<![-\w])(?:such as|(?<!feels )(?<!looks )(?<!feel )(?<!look )"
                       r"(?<!sounds )(?<!seems )like|including|e\.g\.,?|for example|"
                       r"(?<=, )(?:especially|particularly))\s+"
                       # ("immobility, such as due to illness or long trips": the examples
                       # are what brings it about, named after the preposition)
                       rf"(?:{_EXAMPLE_ORIGIN}\s+)?", _I)
_EXAMPLES_WORDS = ("such as", "like", "including", "e.g.", "for example", "especially",
                   "particularly")
# A sequence names each stage: "pain followed by a rash that turns into blisters".
# "between 30 and 50" is one span, not two members.
# (Not the "and" of an age span: "between 20 and 40", "between the ages of 20 and 40".)
# (a comma between digit groups, "100,000 people", splits nothing)
# ("between two and 10 years of age": a number written as a word starts the span too)
_SPAN_WORDS = "".join(f"(?<!between {w})" for w in ("one", "two", "three", "four", "five", "six",
                                                     "seven", "eight", "nine", "ten"))
_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or|and/or)\s+|,(?!\d{3}(?!\d))\s*|;\s*|(?<!between \d)"
                    r"(?<!between \d\d)" + _SPAN_WORDS +
                    r"(?<!ages of \d)(?<!ages of \d\d)(?<!ages \d)(?<!ages \d\d)"
                    r"\s+(?:and/or|and|or|plus)\s+|"
                    r",?\s+(?:(?:and |which |that )?(?:is |are )?(?:then |later |soon )?"
                    r"(?:followed by|(?:develops?|turns?|progress(?:es)?|changes?) into)|"
                    r"before turning into)\s+)\s*", _I)
# Words without one of which _SPLIT cannot match (see caseless.lacks): a phrase with none
# of them is one member, and is spared the pass.
_SPLIT_WORDS = (",", ";", "and", "or", "plus", "followed by", "into")
_PREPOSITION_PAIR = re.compile(r"\b((?:in|on|at|into|near|around|under|over|within)) (and|or) "
                               r"(?=(?:in|on|at|into|near|around|under|over|within)\s)", _I)
# "near a cut or wound": two places one sign is near, at the end of a list's last member.
_NEAR_ONE_OR_OTHER = re.compile(r"\b(?:near|around|beside|close to|next to) (?:an? |the |your )?"
                                r"[\w-]+ or (?:an? |the |your )?(?P<b>[\w-]+)[\s.;:!]*$", _I)
# "a rash, along with itching": one more member, not part of the rash's name; tried before
# the bare comma, which would leave "along with" on it (only when the words are there).
_SPLIT_ALONG_WORDS = ("along with", "accompanied by", "together with", "as well as",
                      "with associated")
_SPLIT_ALONG = re.compile(rf"\s*,?\s+(?:{'|'.join(_SPLIT_ALONG_WORDS)})\s+|" + _SPLIT.pattern,
                          _I)
_PEOPLE_WITH = re.compile(
    r"^(?:(?:older|younger|elderly|young|middle-aged)\s+)?"  # "older people with diabetes"
    r"(?:people|those|individuals|patients|persons|adults|children|women|men|anyone|someone|"
    r"everyone|everybody|anybody)"
    r"\s+(?:who\s+"
    r"(?:have|has|had|are|is|were|was|take|takes|use|uses|receive|receives|need|needs|needed|"
    r"require|requires|required)|with|having|"
    r"on|receiving|taking|using|"
    r"experiencing|(?:newly )?diagnosed with)\s+", _I)

LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("excess", re.compile(r"^(?:too much|too many|excess(?:ive)?|excess ingestion of|"
                          r"overuse of|over-?production of)\s+", _I)),
    ("high", re.compile(r"^(?:high|higher|elevated|increased|raised)\s+(?:blood\s+|serum\s+)?"
                        r"levels?\s+of\s+", _I)),
    ("low", re.compile(r"^(?:low|lower|reduced|decreased)\s+(?:blood\s+|serum\s+)?"
                       r"levels?\s+of\s+", _I)),
    # (not a faculty: "lack of muscle control" is a sign of its own, no level of a thing)
    ("deficiency", re.compile(r"^(?:lack of|not enough|too little|deficiency of|shortage of)"
                              r"\s+(?!(?:[\w-]+ )?(?:control|co-?ordination|energy|appetite|"
                              r"sleep|concentration|balance|interest|motivation|sensation|"
                              r"feeling|movement|strength|awareness)\b)", _I)),
    # ("seizures or other problems with the brain": brain problems, as the others are)
    ("abnormal", re.compile(r"^(?:an?\s+|other\s+)?(?:imbalance|abnormalit(?:y|ies)|disorders?|"
                            r"problems?|trouble)\s+(?:in\s+(?:the\s+)?(?:body|blood)\s+)?"
                            r"(?:of|in|with)\s+(?:the\s+)?(?:\w+\s+of\s+)?(?:(?:minerals?|"
                            r"proteins?|levels?|hormones?)\s+)?", _I)),
)


def strip_parens(text: str) -> str:
    """Remove parenthetical remarks: "warfarin (Jantoven)" → "warfarin"."""
    if "(" not in text and "[" not in text:
        return text  # nothing to remove: most phrases, and a regex pass saved
    prev = None
    while prev != text:
        prev, text = text, _PAREN.sub("", text)
    return text


def called_name(text: str) -> str | None:
    """Return the name a phrase gives itself ("also called fibrosis" → "fibrosis")."""
    if caseless.lacks(text, _CALLED_WORDS):
        return None
    m = _CALLED.search(text)
    quoted = _QUOTED_AFTER.match(text, m.start(1)) if m else None
    if quoted is not None:
        return quoted.group(1).strip()  # 'also known as "St. Anthony's fire"': all of it
    # "pain called X in the affected area of skin": where it is, no part of the name;
    # "a medicine called X to calm the immune system": what it is for, none either.
    return _cut_tail(_CALLED_SITE.sub("", m.group(1)).strip()).strip() if m else None


_QUOTED_AFTER = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{2,60})[\"\u201d]")


_SHARED_TAIL = re.compile(r"\s+(?:of|in|on|around|at|over|across|along|behind|under|near|"
                          r"followed by|that|which|where|with|from)\b.*$", _I)


def rich_in(member: str) -> bool:
    """Return whether a list member is a diet named by what it is high or low in ("Diet high
    in red meat"): the members after it are more foods, each a name of its own."""
    return bool(_RICH_IN_MEMBER.search(member))


_RICH_IN_MEMBER = re.compile(r"\b(?:diet|food|foods|meals?)\s+(?:high|rich|low|poor|heavy)\s+in\b",
                             _I)
_RICH_IN = re.compile(r"\b(?:high|rich|low|poor|full|heavy|loaded|packed)$", _I)
_NEEDS_COMPLEMENT = re.compile(r"(?:an? )?(?:loss|lack|difficulty|difficulties|problems?|changes?|"
                               r"inability|shortness|sensitivity|build-?up|hardening|thickening|"
                               r"narrowing|inflammation|damage)", _I)


def cut_shared_tail(member: str) -> str:
    """Return a list's last member without the phrase all members share.

    In "pain, itching or tingling of the skin" the place ("of the skin") is
    every member's, so the last member alone is "tingling".
    """
    cut = _SHARED_TAIL.sub("", member).strip()
    if _RICH_IN.search(cut):
        return member.strip()  # "a diet high in red meat": what it is high in is its own
    if not _NEEDS_COMPLEMENT.fullmatch(cut):
        return cut
    # "loss of feeling (around the wound)" keeps its "of": a loss, a lack or a change is
    # nothing without it; only the place after it is shared.
    kept = re.match(r"^(.*?\bof\s+(?:the\s+)?[\w-]+)(?:\s+(?:in|on|around|at|over|across|"
                    r"along|behind|under|near|that|which|where|with|from)\b.*)?$", member.strip(),
                    _I)
    return kept.group(1) if kept else member.strip()


def cut_clause(text: str) -> str:
    """Drop a trailing relative or subordinate clause ("..., which can heal")."""
    if " into " in text or " through " in text or " by " in text or " via " in text:
        # "antibiotics into a vein and surgery": the route is the first member's, and the
        # list goes on after it (a route ends a name, and the cut below the whole list)
        text = _ROUTE_BEFORE_NEXT.sub("", text)
    return _cut_tail(name_likeness(drop_when_aside(text)))


_ROUTE_BEFORE_NEXT = re.compile(r"\s(?:given\s+)?(?:(?:directly|straight|slowly) )?(?:into a vein|"
                                r"into the vein|through a drip|via a drip|by drip|by mouth|"
                                r"through an iv|via an iv|by iv|through an intravenous line|"
                                r"by injection)(?=\s*,|\s+(?:and|or)\s)", _I)


def drop_when_aside(text: str) -> str:
    """Drop when a list's first member comes, said before the list goes on: "a high fever 4
    to 10 days after the bite, along with a headache and a rash" (the "after" cut the list)."""
    if " with " in text and " after " in text:
        return _WHEN_BEFORE_ALONG.sub("", text)
    return text


_WHEN_BEFORE_ALONG = re.compile(r"\s+(?:about |around |usually )?\d+(?:\s*(?:to|-|–)\s*\d+)?\s+"
                                r"(?:hours?|days?|weeks?|months?)\s+(?:after|following)\s+"
                                r"(?:the |a |an |your )?[\w-]+(?:\s+[\w-]+)?"
                                r"(?=,\s*(?:along with|together with|with)\s)", _I)


# "the bacterium Staphylococcus aureus" is the organism it names (a capitalised name).
_GENUS_LEAD = re.compile(r"^(?:[Tt]he |[Aa]n? )?(?:[Bb]acteri(?:um|a)|[Vv]irus|[Ff]ungus|"
                         r"[Pp]arasite|[Oo]rganism|[Gg]erm)\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?$)")
_FROM_FIGURE = re.compile(r"\s+from (?:about |around |roughly |nearly )?\d[\d.,]*\s*"
                          r"(?:%|per ?cent|in \d+)?(?:\s+(?:to|down to|up to)\s+.*)?$", _I)
_AGE_THAN = re.compile(r"^(?:an? )?age[sd]? (?:(?P<up>greater|more|older|higher|above)|"
                       r"(?:less|younger|lower|below)) than (?P<n>\d+)(?: years?(?: old)?| yrs?)?$",
                       _I)


def _age_than(m: re.Match[str]) -> str:
    """Return "age over 60" for "age greater than 60 years" ("age under 5" for less)."""
    return f"age {'over' if m.group('up') else 'under'} {m.group('n')}"


_HARM_TO_OWN = re.compile(r"\b(damage|injury|harm|injuries) to (?:their|your|his|her|its)\b", _I)
_HARM_TO = re.compile(r"^(?P<adj>(?:lasting|permanent|severe|serious|long-term|further|"
                      r"irreversible) )?(damage|injury|harm|injuries) to (?:the |your |their |"
                      r"other |multiple |many |several |internal |vital |some )*([a-z]+)$", _I)
# "(to stop) your organs being damaged": the organs' damage, as "damage to the organs" is.
_PART_HARMED = re.compile(r"^(?:the |your |their |his |her )?(?:other |vital |internal )?"
                          r"(?P<part>[a-z]+) (?:being|getting|becoming) (?P<h>damaged|injured|"
                          r"harmed)$", _I)
_HARM_NOUN = {"damaged": "damage", "injured": "injury", "harmed": "damage"}
# "some people die", "many patients will die": death, named as the harm it is.
_PEOPLE_DIE = re.compile(r"^(?:(?:some|many|most|a few|several|the) )?(?:people|patients|"
                         r"children|adults|babies|those affected|sufferers) (?:may |can |will |"
                         r"could |might |still )?die$", _I)
# "infections of the lungs", "an abscess of the liver": the part's infection, as readers
# name it ("lung infection"); only a part the site pattern knows.
_INFECTION_OF = re.compile(r"^(?:an? |the )?(?P<h>infections?|abscess(?:es)?) of (?:the |your |a )?"
                           r"(?P<part>[a-z]+)$", _I)
_NOT_ABLE = re.compile(r"^not (?:being )?able to ", _I)
_UNABLE = re.compile(r"^(?:(?:being )?(?:unable|not able) to ([a-z]+)|(?:a )?(?:problems?|trouble) "
                     r"([a-z]+ing))\b(?: (?:your|the|their|one of your|one of the|one|his|her) )?"
                     r"([\w -]*)$", _I)
_LOOK_OF = re.compile(r"^(?:the |its |their )?(appearance|look|pattern) of (?:the |your |a )?"
                      r"([\w-]+(?: [\w-]+)?)$", _I)
_RELATED = re.compile(r"^([a-z]+)-related (complication|problem|symptom|issue)s?$", _I)
_LEAD_MARKS = re.compile(r"^[^\w(\[\"'\u00c0-\u024f]+")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]+")
_SHARE_OF_CASES_LEAD = re.compile(r"^(?:(?:up to|about|around|nearly|almost|over|more than|less "
                                  r"than|roughly|approximately|some)\s+)?\d+(?:\.\d+)?\s*(?:%|"
                                  r"percent)\s+of\s+(?:all\s+)?(?:the\s+)?(?:cases\s+of\s+)?",
                                  re.I)


_BITE_OF = re.compile(r"^bites? (?:of|from) (?:an? |the )?(?:infected |infectious )?([a-z]+)"
                      r"(?: (?:carrying|that carries|that carry|which carries|"
                      r"infected with)\b.*)?$", _I)
_FOUND_IN = re.compile(r"^(?:finding|detecting|identifying|seeing|growing) (?:the |a |an )?"
                       r"[\w' -]{2,40}? in (?:a |an |the |your )?([\w' -]{2,40})$", _I)


# "skin that looks mottled", "a tongue that is swollen": the part in the state it is said to
# be in, named as a reader lists it ("mottled skin").  One or two words before "that" and
# one state word after, so "a rash that spreads to the arms" is left to the clause cut.
_PART_THAT_IS = re.compile(r"^(?:an? |the |your |their )?(?P<n>[a-z]+(?: [a-z]+)?) (?:that|which) "
                           r"(?:looks?|feels?|is|are|becomes?|turns?|appears?|seems?) (?:very |"
                           r"quite |slightly |unusually |abnormally )?(?P<a>[a-z]+(?:-[a-z]+)?)$",
                           _I)
_PART_THAT_IS_WORDS = (" that ", " which ")
# "a feeling of heaviness", "a sense of fullness": the sensation is the sign; "feeling of
# being unwell" stays whole (the lexicon's name for it).
_FEELING_OF = re.compile(r"^(?:an? |the )?(?:general |constant |strong )?(?:feeling|feelings|"
                         r"sense|sensation) of (?!being\b)(?=[a-z])", _I)
_FEELING_OF_WORDS = ("feeling", "sense", "sensation")


def _part_in_state(text: str) -> str | None:
    """Return "mottled skin" for "skin that looks mottled", else None.

    The state word must describe (an adjective or a participle), and the words
    before "that" must not: "those that are affected" names no part.
    """
    if caseless.lacks(text, _PART_THAT_IS_WORDS):
        return None
    m = _PART_THAT_IS.match(text.strip())
    if m is None:
        return None
    state, noun = m.group("a").lower(), m.group("n")
    lemmas = all_lemmas(state.split("-")[0])
    describes = "ADJ" in lemmas or state.endswith(("ed", "en")) or state in _SENSE_ADJECTIVES
    if not describes or not _noun_head(noun.split()[-1]) or GENERIC.match(noun):
        return None
    return f"{state} {noun}"


# Who does an act, after its name: "an exam by an eye specialist", "review by a doctor".
_BY_WHOM = re.compile(r"(?<=\w) by (?:an? |the |your |their )?(?:[\w-]+ ){0,2}(?:specialists?|"
                      r"doctors?|physicians?|surgeons?|nurses?|consultants?|teams?|"
                      r"professionals?|[a-z]+ists?|GPs?)$", _I)
# A procedure whose name already says what it is done to, with that tissue after "of".
_ACT_ON_TISSUE = re.compile(
    r"^((?:surgical )?(?:debridement|amputation|excision|irrigation|drainage))s? of (?:the |any |"
    r"all )?(?:(?:dead|necrotic|infected|damaged|diseased|affected|dying) )*(?:tissues?|skin|"
    r"flesh|wounds?|areas?)$", _I)


def _names_more_whole(text: str, bare: str) -> bool:
    """Return whether the lexicon knows ``text`` as a name that ``bare`` is not."""
    groups = synonym_groups()
    whole = groups.get(label_key(text))
    return whole is not None and groups.get(label_key(bare)) != whole


_THERE_IS = re.compile(r"^there\s+(?:is|are|was|were|may be|can be|might be)\s+(?:some kind of\s+|"
                       r"some sort of\s+)?", _I)


# A class of medicines, then one named (the first of a list): "prescription medications X".
_CLASS_THEN_NAME = re.compile(r"^(?:the )?(?:[\w-]+ )?(?:medications|medicines|drugs) "
                              r"(?P<name>[a-z][\w-]{3,})$", _I)
# "the drug zorbamycin", "the antibiotic zorbamycin": a class word in the singular before a
# word English does not know is that drug's name (see _drug_name).
_CLASS_WORD_THEN_NAME = re.compile(r"^(?:the )?(?:medication|medicine|drug|antibiotic|antiviral|"
                                   r"steroid|antifungal|painkiller) "
                                   r"(?P<name>[a-z][\w-]{4,})[\s.,;:]*$", _I)


# Endings of drug names (the naming stems of USAN and INN: "-cillin", "-mycin", "-azole"):
# a word English knows as a noun and that ends so names a drug ("penicillin", "aspirin").
_DRUG_STEM = re.compile(r"(?:cillin|mycin|micin|cycline|oxacin|azole|vir|mab|nib|pril|sartan|"
                        r"olol|statin|sone|olone|parin|farin|dronate|tidine|caine|profen|amol|"
                        r"pirin|phine|ulin|idine|amide|azine|pine|pam|lam|dipine|triptan)$")


def names_a_drug(label: str) -> bool:
    """Return whether a one-word name ends as drug names do ("aspirin", "zorbamycin").

    >>> names_a_drug("aspirin"), names_a_drug("scan"), names_a_drug("blood test")
    (True, False, False)
    """
    return " " not in label.strip() and _DRUG_STEM.search(label.strip().lower()) is not None


def _drug_name(word: str) -> bool:
    """Return whether the word after a drug's class word names the drug ("the antibiotic
    zorbamycin", "the antibiotic penicillin"): a word English does not know, or a noun
    with a drug name's ending ("antibiotic cream", "medication management" stay whole)."""
    low = word.lower()
    lemmas = all_lemmas(low)
    return not lemmas or (set(lemmas) == {"NOUN"} and _DRUG_STEM.search(low) is not None)


def _is_part(word: str) -> bool:
    """Return whether a word names a body part by the rules' site pattern (loaded with them:
    the patterns module reads this one's words)."""
    from .patterns import ANATOMY

    return ANATOMY.fullmatch(word) is not None


# "not drinking enough water", "not getting enough sleep": an act left undone, named so.
_NOT_DOING_LEAD = re.compile(r"^\s*(?:(?:by|from|and|or|also)\s+)?not\s+(?=[a-z]+ing\b)", _I)


def there_is_dropped(text: str) -> str:
    """Return "there is a blockage" as "a blockage": the thing there is (its "is" would
    otherwise end the name before the thing)."""
    return _THERE_IS.sub("", text) if text[:6].lower() == "there " else text


# "Imaging with CT", "scanning by MRI": the test is the one named after the verb noun.
_IMAGING_WITH = re.compile(r"^(?:imaging|scanning)\s+(?:with|by|using)\s+(?=\S)", _I)


# Where examples start in a note's item ("e.g.", "i.e.").
EXAMPLES_MARK = re.compile(r"\s+(?:e\.g|i\.e)\.?(?=\s|$)|\s+eg\s", _I)

# A loss named by its verb: "lose a limb", "losing their sight", "lost some hearing".
_LOSE_A = re.compile(r"^(?:lose|loses|losing|lost)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+|"
                     r"your\s+|some\s+|(?:all\s+)?(?:of\s+)?)?(?P<x>[a-z]+)$", _I)

@lru_cache(maxsize=65_536)
def clean_phrase(text: str) -> str:
    """Cut a phrase down to its head: no lead words, clauses, or trailing punctuation.

    >>> clean_phrase("A history of dialysis, which is common")
    'dialysis'
    """
    text = _LEAD_MARKS.sub("", strip_parens(unglue(text)).strip())  # "++ cervical adenopathy"
    if "(" in text:  # "a rash (which can look like": a bracket left open ends the name
        text = text[:text.index("(")].rstrip()
    if text.endswith("\u2026"):  # "and a rash…": the page trails off after the name
        text = text.rstrip("\u2026. ")
    if '"' in text or "\u201c" in text or "\u201d" in text:
        # 'or "lockjaw."', 'a "strawberry" tongue': the words, without their quotes
        text = _QUOTE_MARKS.sub("", text).rstrip(".,;:!? ")
    if "%" in text or " percent" in text:
        # "up to 20 % of all cases of sudden death (are due to it)": the sudden deaths
        text = _SHARE_OF_CASES_LEAD.sub("", text)
    if "self" in text[-10:] or "selves" in text[-12:]:
        text = _REFLEXIVE_END.sub("", text)  # "more likely to develop it themselves": it
    if text.endswith("|"):
        text = text.rstrip("| ")  # "midge bites | raise the risk": a table cell's edge
    if " e.g" in text or " eg " in text or " i.e" in text:
        # "any portal of entry e.g. a fungal rash": the examples are the list's, no part
        text = EXAMPLES_MARK.split(text, maxsplit=1)[0]
    if " your " in text or " their " in text:
        text = _OPENING_IN_YOURS.sub(r"\1 in the ", text)  # "a break in your skin": the skin
        # "blood in their urine", "blood in your poo": a sign named by where it is seen
        text = _IN_YOUR_FLUID.sub(lambda m: f"{m[1]} in the {_FLUID.get(m[2].lower(), m[2])}",
                                  text)
    removed = _PART_REMOVED.match(text) if "remov" in text or " out" in text else None
    if removed is not None:  # "people whose spleen has been removed": the removal
        return f"{removed['x'] or removed['y']} removal"
    state = whose_state(text) if " whose " in text else None
    if state is not None:  # "people whose immune system is weakened": its weakened state
        return state
    text = glued_repeat(text)
    if " called " in text and (named := _CALLED_AFTER_CLASS.match(text)) is not None:
        text = named["name"]  # "large bumps called tophi": the name the page gives them
    if text[:4].lower() in ("imag", "scan"):
        text = _IMAGING_WITH.sub("", text)  # "imaging with CT": the CT
    guarded = _PROTECTS_FROM.match(text) if text[:4].lower() == "prot" else None
    if guarded is not None:  # "protects joints from permanent damage": joint damage
        *lead, head = guarded["harm"].split()
        part = (all_lemmas(guarded["part"].lower()).get("NOUN") or (guarded["part"],))[0]
        text = " ".join([*lead, part, head])
    if not caseless.lacks(text, ("bad",)):
        text = _VERY_BAD.sub("severe ", text)
    lost = _LOSE_A.match(text.rstrip(" .;,:!?")) if text[:3].lower() == "los" else None
    if lost is not None:  # "(left with scarring or) lose a limb": limb loss
        thing = lost["x"].lower()
        thing = {"sight": "vision", "eyesight": "vision"}.get(thing, thing)
        return f"{(all_lemmas(thing).get('NOUN') or (thing,))[0]} loss"
    if _WHO_USE.match(text):
        return _use_of(text)
    text = _part_in_state(text) or plain_sign_name(text) or name_likeness(text)
    text = there_is_dropped(text)
    named = _CLASS_THEN_NAME.match(text) or _CLASS_WORD_THEN_NAME.match(text)
    if named is not None and (named.re is _CLASS_THEN_NAME or _drug_name(named["name"])):
        text = named["name"]  # "the prescription medications zorbulin, ...": zorbulin
    if " from " in text:  # "(the risk of) heart damage from 25% to 4%": how much, no name
        text = _FROM_FIGURE.sub("", text)
    if " than " in text:  # "age greater than 60 years" is an age over 60 (the cut drops "than")
        text = _AGE_THAN.sub(_age_than, text)
    if " to " in text:  # "damage to their lungs" names the organ as "to the lungs" does
        text = _HARM_TO_OWN.sub(r"\1 to the", text)
    if " of " in text:  # "a band of blisters": the blisters, however they are grouped
        text = _DEGREE_OF.sub("", _GROUPED_IN.sub("", text))  # "a degree of vision loss"
        text = _HOW_MANY_OF.sub("", text)  # "an average of 3 surgeries": the surgeries
    text = _cut_tail(text)
    text = _BEING_AT.sub("staying ", text)  # "being in hospital": a stay, not "in hospital"
    if text[:4].lower() == "not ":  # "not able to swallow": unable, and read as such below
        text = _NOT_ABLE.sub("unable to ", text)
    bare = _LEAD_WORDS.sub("", text)
    not_doing = _NOT_DOING_LEAD.match(text)
    if not_doing is not None and not bare.lower().startswith("not "):
        # "not drinking enough water" is a cause; without its "not" it says the opposite
        bare = f"not {_LEAD_WORDS.sub('', text[not_doing.end():])}"
    # A name the lexicon knows whole keeps its first word when the rest names another
    # thing or none: "being sick" is vomiting, not "sick" (which reads as feeling sick).
    text = text if bare != text and _names_more_whole(text, bare) else bare
    people = _PEOPLE_WITH.match(text)
    if people is not None:  # "anyone with a weak immune system": what they have
        text = _LEAD_WORDS.sub("", text[people.end():])
    text = _GENUS_LEAD.sub("", _TRAIL.sub("", text).strip())
    if not caseless.lacks(text, _FEELING_OF_WORDS):
        text = _FEELING_OF.sub("", text)
    unable = _UNABLE.match(text)
    if unable:  # "being unable to close your eye" is difficulty closing the eye
        verb = (unable.group(1) or unable.group(2)).lower()
        acting = (verb,) if unable.group(2) else inflection(verb, "VBG")
        if acting:
            text = f"difficulty {acting[0]} {unable.group(3).strip()}".strip()
    bite = _BITE_OF.match(text)
    if bite:  # "the bite of an infected tick carrying germs" is a tick bite
        animal = bite.group(1).lower()
        text = f"{(all_lemmas(animal).get('NOUN') or (animal,))[0]} bite"
    found_in = _FOUND_IN.match(text)
    if found_in:  # "finding the germ in a tissue sample": the sample is what is tested
        text = found_in.group(1)
    look = _LOOK_OF.match(text)
    if look:  # "the appearance of the rash" is the rash's appearance, as clinicians say it
        text = f"{look.group(2)} {look.group(1).lower()}"
    related = _RELATED.match(text)
    if related:  # "heart-related complications" are heart complications
        text = f"{related.group(1).lower()} {related.group(2).lower()}"
    if " by " in text:  # "an eye exam by an eye specialist" is an eye exam
        text = _BY_WHOM.sub("", text)
    done_to = _ACT_ON_TISSUE.match(text)
    if done_to:  # "debridement of necrotic tissue" is debridement: the act names its object
        text = done_to.group(1)
    infected = _INFECTION_OF.match(text) if " of " in text else None
    if infected and _is_part(infected["part"]):  # "infections of the lungs": lung infection
        part = infected["part"].lower()
        head = "abscess" if infected["h"].lower().startswith("abscess") else "infection"
        text = f"{(all_lemmas(part).get('NOUN') or (part,))[0]} {head}"
    harmed = _PART_HARMED.match(text) if " being " in text or " getting " in text or \
        " becoming " in text else None
    if harmed and (_is_part(harmed["part"]) or harmed["part"].lower() in (
            "organ", "organs", "tissue", "tissues")):  # "your organs being damaged": organ damage
        part = harmed["part"].lower()
        text = f"{(all_lemmas(part).get('NOUN') or (part,))[0]} {_HARM_NOUN[harmed['h'].lower()]}"
    if text.endswith("die") and _PEOPLE_DIE.match(text):
        text = "death"  # "(it can lead to organ failure, and) some people die"
    harm = _HARM_TO.match(text)
    if harm:  # "damage to other organs" is organ damage; "lasting damage to it", lasting
        lemmas = all_lemmas(harm.group(3).lower()).get("NOUN")
        text = (f"{(harm.group('adj') or '').lower()}{lemmas[0] if lemmas else harm.group(3)} "
                f"{harm.group(2).lower()}")
    return drop_remedy_tail(text)


_PROTECTS_FROM = re.compile(r"^protects? (?:the |your |their )?(?P<part>[a-z]+) (?:from|against) "
                            r"(?:further |any )?(?P<harm>(?:[a-z-]+ )?(?:damage|harm|injury|"
                            r"scarring|destruction))\s*[.;,]?$", _I)
# Lumps, spots or patches a page names ("Large bumps called tophi may be visible").
_CALLED_AFTER_CLASS = re.compile(r"^(?:an? |the |some )?(?:[\w-]+ ){0,2}(?:bumps|lumps|nodules|"
                                 r"spots|patches|clumps|swellings|growths|deposits|areas|"
                                 r"sores|blisters|marks|lines)\s+(?:are |is )?called\s+"
                                 r"(?P<name>[\w-]+(?: [\w-]+)?)$", _I)
# How signs are grouped on the skin, before the signs themselves ("a stripe of blisters").
_DEGREE_OF = re.compile(r"^(?:an? |some |a certain )?degree of (?=\w)", _I)
_GROUPED_IN = re.compile(r"^(?:an? |the )?(?:band|stripe|strip|cluster|group|crop|line|ring|"
                         r"belt|patch|batch)e?s? of (?=(?:[\w-]+ )?[\w-]+s\b)", _I)
# "a very bad headache" is a severe one, as a clinician writes it; a bare "bad"
# stays ("bad breath" is no severe breath).
_VERY_BAD = re.compile(r"^(?:an? )?(?:very|really|extremely|terribly|particularly) bad (?=\w)", _I)
_GLUED_REPEAT = re.compile(r"^(?P<once>[a-z][\w' -]{5,}?)(?P=once)(?P<tail>s|es)?$", _I)


def glued_repeat(text: str) -> str:
    """Return a name a page wrote twice with no space between once ("zorbulin pillzorbulin pills").

    A link's text followed by the same words (a heading repeated in its own
    paragraph) reaches us glued; the second copy is the one the sentence uses.

    >>> glued_repeat("zorbulin pillzorbulin pills"), glued_repeat("tartar")
    ('zorbulin pills', 'tartar')
    """
    if len(text) < 12 or text[:6].lower() not in text[6:].lower():
        return text  # no second copy of the opening: the common case, no regex run
    m = _GLUED_REPEAT.match(text)
    return m["once"] + (m["tail"] or "") if m else text


_REMEDY_TAIL_WORDS = ("treatment", "therap", "medic", "drug", "regim")
# A schedule word after a remedy names the remedy given on a schedule: "antibiotic
# regimens" are antibiotics, "combined treatment regimes" a combined treatment.
_REGIMEN_TAIL = re.compile(r"\b(?P<r>antibiotic|treatment|therapy|medicine|medication|drug)"
                           r"(?P<s>s?) regim(?:en|e)s?$", _I)
# A name ending in a generic remedy word, and the word before it.  The resolver reads the
# same shape to give "zorbulin therapy" the synonym zorbulin (entities.bare_remedy_names).
REMEDY_TAIL = re.compile(r"^(?P<name>.*?)(?P<last>\b[a-z][a-z-]+) (?:treatments?|therap(?:y|ies)|"
                         r"medicines?|medications?|drugs?)$", _I)
# Remedies named by themselves, written as a reader writes them alone: "antibiotic
# treatment" is antibiotics, "intensive care treatment" is intensive care.
_SELF_NAMED_REMEDIES = {"care": "care", "antibiotic": "antibiotics", "antibiotics": "antibiotics"}


def drop_remedy_tail(text: str) -> str:
    """Drop a generic remedy word after a word that already names the remedy.

    A reader names "antibiotic treatment" antibiotics and "intensive care
    treatment" intensive care. A modifier that is not a remedy keeps its tail:
    "early treatment", "pain medication", "physical therapy" are the names
    readers use.

    >>> drop_remedy_tail("prophylactic antibiotic treatment"), drop_remedy_tail("early treatment")
    ('prophylactic antibiotics', 'early treatment')
    >>> drop_remedy_tail("combined antibiotic treatment regimes")
    'combined antibiotics'
    """
    if caseless.lacks(text, _REMEDY_TAIL_WORDS):
        return text
    if "regim" in text.lower():  # "antibiotic treatment regimens": the treatment
        text = _REGIMEN_TAIL.sub(lambda m: _SELF_NAMED_REMEDIES.get(
            m["r"].lower(), m["r"] + m["s"]), text)
    m = REMEDY_TAIL.match(text)
    if m is None or m.group("last").lower() not in _SELF_NAMED_REMEDIES:
        return text
    return m.group("name") + _SELF_NAMED_REMEDIES[m.group("last").lower()]


# Organ words that share a head noun with the last member of a list: "heart and lung
# disease", "muscle and joint pain", "organ and stem cell transplants".
_ORGAN_WORD = (r"(?:heart|lungs?|liver|kidneys?|brain|skin|nerves?|muscles?|joints?|bones?|"
               r"eyes?|organs?|bowel|bladder|spleen|stomach|chest|back|neck|head|ears?|throat|"
               r"mouth|gums?|spine|hips?|knees?|stem cells?|bone marrow|blood vessels?)")
_LONE_ORGAN = re.compile(rf"(?:the |your |their )?{_ORGAN_WORD}", _I)
_ORGAN_AND_HEAD = re.compile(
    rf"(?:the |your |their )?{_ORGAN_WORD} (?P<head>function tests?|diseases?|failure|problems?|"
    r"damage|pains?|"
    r"aches?|transplants?|transplantation|infections?|cancers?|function|injur(?:y|ies)|surgery|"
    r"conditions?|disorders?|inflammation|involvement|complications?|symptoms?|swelling|"
    r"stiffness|weakness|tenderness)", _I)


# Fluids a test is run on, before a last member that names the test: "blood and urine tests".
_LONE_FLUID = re.compile(r"(?:the |your |their )?(?:blood|urine|pee|stool|saliva|sputum|"
                         r"spinal fluid)", _I)
_FLUID_AND_TEST = re.compile(r"(?:the |your |their )?(?:blood|urine|pee|stool|saliva|sputum|"
                             r"spinal fluid) (?P<head>tests?|samples?|cultures?|specimens?)", _I)


# A harm to an organ named first, more organs after it: "damage to the lungs, eyes and heart".
_HARM_TO_ORGAN = re.compile(rf"(?P<head>.*?\b(?:damage|injury|injuries|inflammation|swelling|"
                            rf"scarring|problems?) (?:to|of|in|with) (?:the |your |their )?)"
                            rf"{_ORGAN_WORD}", _I)


def _share_head(members: list[str]) -> list[str]:
    """Give lone organ words the head noun of the last member: "kidney and liver failure"
    (and lone fluids the test's: "blood and urine tests"; organs after a harm to the first
    its harm: "damage to the lungs, eyes and heart").

    Read apart, "kidney" would be a risk factor or a complication on its own.
    Only organ words take the head, so "fever and joint pain" stays two things.
    """
    out = list(members)
    harm = _HARM_TO_ORGAN.fullmatch(out[0].strip()) if len(out) > 1 else None
    if harm is not None and all(_LONE_ORGAN.fullmatch(x.strip(" .;:!")) for x in out[1:]):
        # "lasting damage to the lungs, eyes and heart": the same harm to each organ.
        lead = re.sub(r"(?:the |your |their )$", "", harm.group("head"), flags=_I)
        return [out[0], *(lead + x.strip() for x in out[1:])]
    for i in range(len(out) - 2, -1, -1):
        for lone, headed in _SHARED_HEADS:
            after = headed.fullmatch(out[i + 1].strip(" .;:!"))
            if after is not None and lone.fullmatch(out[i].strip()):
                out[i] = f"{out[i].strip()} {after.group('head')}"
                break
    return out


# Faculties (and parts, after a word of degree) that share a harm's head: "speech and
# hearing loss", "permanent nerve and brain damage".
_FACULTY = (r"(?:speech|hearing|vision|sight|memory|balance|co-?ordination|movement|"
            r"concentration|learning|behaviou?r(?:al)?|sleep|mood|weight|hair|appetite|"
            r"bladder|bowel|nerve|muscle|bone|joint|brain|kidney|liver|heart|lung|eye|"
            # "breathing or swallowing problems", "blood pressure or heart rate problems"
            r"breathing|swallowing|walking|talking|digestion|blood pressure|heart rate|"
            r"heart rhythm)")
_LONE_FACULTY = re.compile(rf"(?:(?:permanent|lasting|long-term|severe|mild|partial|total|"
                           rf"temporary) )?{_FACULTY}", _I)
# ("heart or breathing failure": the heart's failure too)
_FACULTY_AND_HEAD = re.compile(rf"(?:[\w-]+ )?{_FACULTY} (?P<head>problems?|difficult(?:y|ies)|"
                               r"loss|damage|impairment|disorders?|issues?|changes?|failure)",
                               _I)
# Animals whose bites or stings a list names with one head: "spider and insect bites".
_BITERS = (r"(?:spiders?|insects?|ticks?|mosquito(?:e?s)?|fleas?|dogs?|cats?|animals?|bees?|"
           r"wasps?|hornets?|snakes?|humans?|rodents?|rats?|bats?|midges?|mites?|ants?|"
           r"horse-?fl(?:y|ies)|sand ?fl(?:y|ies)|jellyfish)")
_LONE_BITER = re.compile(rf"(?:an? |the )?{_BITERS}", _I)
_BITER_AND_BITE = re.compile(rf"(?:an? |the )?(?:[\w-]+ )?{_BITERS} (?P<head>bites?|stings?)", _I)
# Peoples named by an ancestry word that share the last member's people: "Black, Latino and
# Asian people" (read apart, "black" would be a colour and "Latino" a people of no one).
_ANCESTRY_WORD = (r"(?:black|white|asian|south asian|east asian|hispanic|latino|latina|latinx|"
                  r"caucasian|african|african[- ]american|afro-caribbean|caribbean|native american|"
                  r"indigenous|aboriginal|pacific islander|middle eastern|mediterranean|"
                  r"northern european|european|jewish|ashkenazi jewish|arab|maori)")
_LONE_ANCESTRY = re.compile(_ANCESTRY_WORD, _I)
_ANCESTRY_AND_PEOPLE = re.compile(rf"{_ANCESTRY_WORD} (?P<head>people|persons|individuals|adults|"
                                  r"patients|women|men|children|populations?|descent|ancestry|"
                                  r"heritage|origin|backgrounds?)", _I)
# Kinds of factor that share the last member's head: "genetic and environmental factors".
_FACTOR_KIND = (r"(?:genetic|inherited|hereditary|environmental|hormonal|immune|immunological|"
                r"infectious|lifestyle|dietary|social|psychological|emotional|physical|"
                r"occupational|metabolic)")
_LONE_FACTOR_KIND = re.compile(_FACTOR_KIND, _I)
_FACTOR_KIND_AND_HEAD = re.compile(rf"{_FACTOR_KIND} (?P<head>factors?|causes?|triggers?|"
                                   r"influences?)", _I)
# Two kinds of factor or more, listed: "genetic, hormonal and environmental".
_FACTOR_KINDS = rf"{_FACTOR_KIND}(?:,? (?:and|or) {_FACTOR_KIND}|, {_FACTOR_KIND})+"
# "a number of factors, usually genetic and environmental": the kinds name the factors.
_FACTORS_THEN_KINDS = re.compile(
    r"\b(?:(?:a (?:number|combination|mix|variety|range) of|several|many|multiple|"
    r"various|different) )?factors\s*(?:,|\u2014|\u2013| - )\s*(?:(?:usually|mostly|mainly|"
    r"probably|likely|often|both|including|especially) )?"
    rf"(?P<kinds>{_FACTOR_KINDS})\b", _I)
# "a mix of genetic and environmental factors": the kinds are the factors.
_MIX_OF_KINDS = re.compile(r"\b(?:a (?:number|combination|mix|mixture|variety|range) of|"
                           rf"several|multiple|various) (?={_FACTOR_KINDS} factors\b)", _I)
# Openings in a part, named once for all: "a break or crack in the skin" (the break is in
# the skin too; read alone, "break" names nothing).
_OPENING = r"(?:an? |the |any )?(?:breaks?|cracks?|cuts?|tears?|splits?|scratch(?:es)?|grazes?|" \
    r"openings?|sores?|wounds?)"
_LONE_OPENING = re.compile(_OPENING, _I)
# An opening in "your" part ("a break in your skin"): named as in "the" part, so the place
# that names it is not cut as where a person has it (see clean_phrase and _CUT).
_OPENING_IN_YOURS = re.compile(r"\b(breaks?|cracks?|openings?|tears?|splits?) (?:in|on) "
                               r"(?:your|their) ", _I)
_IN_YOUR_FLUID = re.compile(r"\b(blood|protein|pus|mucus|sugar) in (?:your|their) (urine|pee|wee|"
                            r"stools?|poo|faeces|feces|sputum|phlegm|vomit)\b", _I)
_FLUID = {"pee": "urine", "wee": "urine", "poo": "stool", "stools": "stool", "faeces": "stool",
          "feces": "stool"}
_OPENING_IN_PART = re.compile(rf"{_OPENING} (?P<head>(?:in|on|of) (?:the |your |their )?"
                              r"[a-z]+)(?:\s.*)?", _I)
# Kinds of germ named once for all: "gram-positive and gram-negative bacteria", "aerobic or
# anaerobic organisms" (after "species of" too).
_GERM_KIND = r"(?:gram[- ]?(?:positive|negative)|aerobic|anaerobic|fungal|viral|bacterial)"
_LONE_GERM_KIND = re.compile(rf"(?:[\w -]+ of )?{_GERM_KIND}", _I)
_GERM_KIND_AND_HEAD = re.compile(rf"{_GERM_KIND} (?P<head>bacteria|organisms|microbes|germs|"
                                 r"species|infections?|cocci|bacilli|rods|pathogens)", _I)
# Words that take the head of the list's last member, each with the members that lend it:
# "kidney and liver failure", "blood and urine tests", "speech and hearing loss" (and
# "permanent nerve and brain damage"), "spider and insect bites".
_SHARED_HEADS = ((_LONE_ORGAN, _ORGAN_AND_HEAD), (_LONE_FLUID, _FLUID_AND_TEST),
                 (_LONE_FACULTY, _FACULTY_AND_HEAD), (_LONE_BITER, _BITER_AND_BITE),
                 (_LONE_ANCESTRY, _ANCESTRY_AND_PEOPLE),
                 (_LONE_FACTOR_KIND, _FACTOR_KIND_AND_HEAD), (_LONE_OPENING, _OPENING_IN_PART),
                 (_LONE_GERM_KIND, _GERM_KIND_AND_HEAD))


# "swollen lumps on one or both sides", "swelling in one or more joints": where and how
# many, said of the thing before; split at its "or" it would leave "both sides" as a name.
_WHERE_COUNT = re.compile(r"\s+(?:on|in|of|at|to|over|affecting) (?:the )?(?:one|two|either) "
                          r"or (?:both|more|two|three|four)(?: (?:of )?(?:the |your |their )?"
                          r"[\w-]+)?(?=$|[,;.)])", _I)


# Names with "and" inside them: one member each ("pins and needles" is one sign).
_AND_IDIOMS = re.compile(r"\b(?:pins and needles|wear and tear|trial and error|"
                         r"ear, nose and throat|"
                         # one procedure each, named by its two steps
                         r"incision and drainage|drainage and debridement|"
                         r"dilation and curettage|dilatation and curettage|"
                         # when an act is done, one act: "urinate before and after sex"
                         r"before and after|during and after|front to back|"
                         # one scan of two regions: "CT abdomen and pelvis", "MRI brain and
                         # spine"
                         r"(?:CT|MRI|PET)(?: scan)? (?:of (?:the )?)?(?:abdomen|chest|head|brain|"
                         r"neck|thorax) and (?:the )?(?:pelvis|abdomen|spine|chest|neck))\b", _I)


# A count with its open end before what it counts: "three or more organs".
# ("in one or two large joints", "one or both knees", "2 or 3 days": a count, one member)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_OR_COUNT = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) or "
                       r"(?:more|fewer)|"
                       rf"{_NUMBER_WORD} or (?:{_NUMBER_WORD}|both|all))"
                       r" (?!of\b)(?=(?:[a-z-]+ ){0,2}[a-z]{3,}s?\b)", _I)


# Two kinds of one thing told by a letter or number ("group C or G streptococci", "stage 3
# or 4 kidney disease"): the noun after them is each one's.
_KIND_PAIR = re.compile(r"\b(?P<k>group|type|stage|grade|class) (?P<a>[A-Z]|\d{1,2}|I{1,3}|IV|V) "
                        r"(?P<j>or|and) (?:(?P=k) )?(?P<b>[A-Z]|\d{1,2}|I{1,3}|IV|V) "
                        r"(?P<n>[A-Za-z][\w-]*"
                        r"(?: (?!(?:and|or|with|in|of|to)\b)[a-z][\w-]*)?)")


# An age's open end: "people 50 years or older", "aged 65 or over" (one member).
_OR_AGE_END = re.compile(r"\b\d{1,3}(?: years?)?(?: old)? or (?:older|over|above|younger|under)"
                         r"(?=\s*(?:[,;.)]|$|and\b|who\b|with\b|are\b|is\b))", _I)


# Bullets written inside one line ("Symptoms: • fever • rash"): separators, as commas are.
_INLINE_BULLETS = re.compile(r"\s*[•·▪]\s*")


def _idiom_glued(m: re.Match[str]) -> str:
    """Return an idiom with its spaces and comma hidden from the splitter (see split_list)."""
    return m.group(0).replace(", ", "\u2064").replace(" ", "\u2063")


# "both aerobic and anaerobic bacteria", "either A or B": the lead word names no member.
_PAIR_LEAD = re.compile(r"^\s*(?:both|either)\s+(?=\S.*?\b(?:and|or)\b)", _I)
_NEITHER_LEAD = re.compile(r"^\s*neither\s+", _I)
_NOR = re.compile(r",?\s+nor\s+", _I)


def without_example_lead(member: str) -> str:
    """Return a list member without the words that mark it an example ("for example from
    X", "e.g. X": X), as a member after a comma is written.

    >>> without_example_lead("for example from chemotherapy"), without_example_lead("a cut")
    ('chemotherapy', 'a cut')
    """
    lead = _EXAMPLES.match(member) if member.lstrip()[:1] in "fesi" else None
    return member[lead.end():] if lead is not None and lead.end() < len(member) else member


# Words joined as notes join list members: a slash between two lower-case words of three
# letters or more, "+/-", and a lone "+" or "plus" ("penicillin plus clindamycin").
_NOTE_JOINER = re.compile(r"(?<=[a-z]{3})\s*/\s*(?=[a-z]{3})(?<!\band/)(?<!\bor/)|\s+\+/-\s+|"
                          r"\s+(?:\+|plus)\s+(?=[a-z])")


def split_list(text: str) -> list[str]:
    """Split a coordinated list ("A, B, and C", "A or B") into its members."""
    text = strip_parens(text)
    if ", with " in text:  # "A, B and C, with mortality rates of 20 %": no fourth member
        text = _GRAVITY_TAIL.sub("", text)
    if ", " in text:  # "debridement, often repeated every day": how it is done, no member
        text = _DONE_HOW_TAIL.sub("", text)
    if " as well as " in text:  # "A or B, as well as (by) C": one more member
        text = _AS_WELL_AS_MEMBER.sub(", ", text)
    if text[:1] in "bBeE" or text[:2].isspace():
        text = _PAIR_LEAD.sub("", text)
    if " nor " in text:  # "neither A nor B": both members (the denial is read elsewhere)
        text = _NOR.sub(" or ", _NEITHER_LEAD.sub("", text))
    if "•" in text or "·" in text or "▪" in text:
        text = _INLINE_BULLETS.sub(", ", text).strip(" ,")  # "• fever • rash": a list
    if "/" in text or " + " in text or " plus " in text:
        # "vomiting/diarrhoea", "fluids +/- vasopressors", "A + B" in notes: members (not
        # "HIV/AIDS", "and/or", "24/7" or "mg/kg")
        text = _NOTE_JOINER.sub(" or ", text)
    if " and " in text and _AND_IDIOMS.search(text):
        return [x.replace("\u2063", " ").replace("\u2064", ", ")
                for x in split_list(_AND_IDIOMS.sub(_idiom_glued, text))]
    if (" or " in text or " and " in text) and _KIND_PAIR.search(text):
        # "group C or G streptococci", "type 1 or 2 diabetes": two kinds, each named whole
        text = _KIND_PAIR.sub(lambda m: f"{m['k']} {m['a']} {m['n']} {m['j']} {m['k']} "
                                        f"{m['b']} {m['n']}", text)
    if " or " in text and _OR_COUNT.search(text):  # "three or more organs": one member
        return [x.replace("\u2063", " ")
                for x in split_list(_OR_COUNT.sub(_idiom_glued, text))]
    if " or " in text and _OR_AGE_END.search(text):  # "people 50 years or older": one
        return [x.replace("\u2063", " ")
                for x in split_list(_OR_AGE_END.sub(_idiom_glued, text))]
    if " or " in text and _WHERE_COUNT.search(text):
        text = _WHERE_COUNT.sub("", text)
    split = _SPLIT if caseless.lacks(text, _SPLIT_ALONG_WORDS) else _SPLIT_ALONG
    # "that live in and near houses": two prepositions of one place, no list
    paired = not caseless.lacks(text, (" and ", " or ")) and bool(_PREPOSITION_PAIR.search(text))
    if split is _SPLIT and caseless.lacks(text, _SPLIT_WORDS):
        parts = [text] if text.strip() else []
    else:
        parts = [p for p in split.split(_PREPOSITION_PAIR.sub(r"\1_\2_", text) if paired
                                        else text) if p and p.strip()]
    if paired:
        parts = [p.replace("_and_", " and ").replace("_or_", " or ") for p in parts]
    if len(parts) >= 2 and " or " in text and _NEAR_ONE_OR_OTHER.search(text):
        # "pain near a cut or wound": one sign, near either place, not a sign named "wound"
        near = _NEAR_ONE_OR_OTHER.search(text)
        if near is not None and parts[-1].strip(" .;:!") == near.group("b"):
            parts = [*parts[:-2], f"{parts[-2].rstrip()} or {parts[-1].strip()}"]
    if len(parts) >= 2 and (" or " in text or " and " in text):
        parts = _suspended_adjectives(parts)
        if " and " in text or " or " in text:
            parts = _pairs_of_parts(parts, text)
    return _share_head(parts)


# Parts of the body pages name as a pair, one sign of both ("cold hands and feet").
PAIRED_PARTS = {"hands": "feet", "feet": "hands", "arms": "legs", "palms": "soles",
                "fingers": "toes", "arm": "leg", "leg": "arm", "hand": "foot", "foot": "hand"}


_SITE_WORDS = frozenset({"of", "in", "on", "at", "around", "over", "across"})


def _pairs_of_parts(parts: list[str], text: str) -> list[str]:
    """Join a sign of one part to the bare part it is paired with: in "cold hands and feet
    and fast breathing" the feet are cold too (split as written, "feet" became a sign)."""
    out: list[str] = []
    for part in parts:
        bare = part.strip(" .;:!").lower()
        words = [w for w in (out[-1].split() if out else [])
                 if w.lower() not in ("the", "your", "a", "both", "their", "his", "her")]
        # ("swollen and red hands and feet": lone adjectives before are shared later)
        if len(words) >= 2 and PAIRED_PARTS.get(words[-1].lower()) == bare \
                and (f"{words[-1]} and {bare}" in text.lower()
                     or f"{words[-1]} or {bare}" in text.lower()) \
                and not (len(out) >= 2 and len(out[-2].split()) == 1) \
                and not _SITE_WORDS.intersection(w.lower() for w in words):
            # ("swelling in the hands and feet": each part's own sign, shared later; "the tips
            # of fingers and toes": a place)
            joint = "and" if f"{words[-1]} and {bare}" in text.lower() else "or"
            out[-1] = f"{out[-1].rstrip()} {joint} {part.strip(' .;:!')}"
        else:
            out.append(part)
    return out


def _suspended_adjectives(parts: list[str]) -> list[str]:
    """Give a member that ends on an adjective the noun after the next one's adjective, and
    the next member the words before it: "excision of infected or necrotic tissue" is
    excision of infected tissue and excision of necrotic tissue (split as written,
    "excision of infected" named nothing and "necrotic tissue" became a treatment)."""
    out = list(parts)
    for i in range(len(out) - 1):
        prev_words, words = out[i].split(), out[i + 1].split()
        if len(prev_words) >= 3 and is_modifier(prev_words[-1]) and 2 <= len(words) <= 3 \
                and is_modifier(words[0]) and not is_modifier(words[-1]) \
                and not _COLOUR.match(prev_words[-1]):
            out[i] = " ".join([*prev_words, *words[1:]])
            out[i + 1] = " ".join([*prev_words[:-1], *words])
    return out


def examples(text: str) -> tuple[str, str] | None:
    """Return (class phrase, members text) for "X such as A, B and C"."""
    if caseless.lacks(text, _EXAMPLES_WORDS):
        return None
    m = _EXAMPLES.search(text)
    if not m:
        return None
    return text[:m.start()], text[m.end():]


def level_of(phrase: str) -> tuple[str | None, str]:
    """Return (level, rest) for "too much X", "high levels of X", "imbalance of X".

    Too much of an act or a state is named whole ("excess weight", "excessive alcohol
    use"): without its measure it says nothing ("weight", "alcohol use").

    >>> level_of("excess calcium"), level_of("excessive alcohol use")
    (('excess', 'calcium'), (None, 'excessive alcohol use'))
    """
    for level, rx in LEVELS:
        m = rx.match(phrase)
        if m and phrase[m.end():].strip():
            if level == "excess" and m.group(0).lower().startswith("excess") and \
                    _NAMED_WITH_EXCESS.search(phrase[m.end():]):
                return None, phrase
            return level, phrase[m.end():]
    return None, phrase


# Heads of acts and states whose excess is their name (not a level of a substance).
_NAMED_WITH_EXCESS = re.compile(r"\b(?:weight|fat|use|drinking|consumption|exposure|sweating|"
                                r"bleeding|thirst|sleepiness|tiredness|worry|stress|exercise|"
                                r"[a-z]{3,}ing)[\s.;:,!?]*$", _I)


_VERB_LEAD = re.compile(
    r"^(?:(?:who\s+)?(?:are|were|is|have|has|had|experienced|experience|developed|develop|"
    r"received|receive|underwent|undergone|take|took|use|used|get|got|been|being|recently|"
    r"previously|ever|already|just|currently|regularly)\s+)+"
    r"(?:on\s+|an?\s+|the\s+)?", _I)
_PEOPLE_NOUN = re.compile(r"^(?:people|those|individuals|patients|persons|adults)\s+(?:who\s+)?"
                          # ("children who develop asthma": asthma, no young age)
                          r"|^(?:children|women|men|girls|boys|babies|infants)\s+who\s+"
                          r"(?!(?:are|is|were|was|aged)\b)", _I)
# Words for people a page says something of ("women who use X", "people of X descent").
PEOPLE_WORDS = (r"(?:people|those|individuals|patients|persons|adults|children|women|men|girls|"
                 r"boys)")
# ("women using tampons": the participle says the same)
_WHO_USE = re.compile(rf"^{PEOPLE_WORDS}\s+(?:who\s+(?:regularly\s+|often\s+|currently\s+)?"
                      r"(?:uses?|(?:takes?|took)(?=\s+[\w-]+\s+intravenously$))|"
                      r"(?:regularly\s+|currently\s+)?using)\s+"
                      # ("people who take drugs intravenously": intravenous drug use; a medicine
                      # taken is named as itself, by the readers after)
                      r"([\w-]+(?:\s(?!intravenously\b)[\w-]+)?)(?:\s+(?P<iv>intravenously))?$", _I)


_WHO_DO = re.compile(rf"^{PEOPLE_WORDS}\s+who\s+(?:(?:regularly|often|currently|recently|"
                     r"just|ever|previously|already|frequently|also|sometimes)\s+)*"
                     r"(?![a-z]+ly\b)([a-z]+)\b(.{0,40})$", _I)
# What people undergo or sustain is the factor itself ("who undergo surgery": surgery).
_UNDERGOES = re.compile(rf"^(?:{PEOPLE_WORDS}\s+who\s+(?:(?:recently|have|has|had)\s+)*)?"
                        r"(?:undergo(?:es)?|underwent|undergone|sustain(?:s|ed)?|suffer(?:s|ed)?)\s+"
                        r"(?:from\s+)?(?:an?\s+|the\s+)?(?P<x>[\w' -]{3,60})$", _I)
_ADVERB_TAIL = re.compile(r"(?:\s+[a-z]+ly)+\s*$", _I)
# After "who work" or "who live": where or with what ("with animals", "outdoors"; one lives
# with an illness, which is the factor itself).
_WHERE_OR_WITH = re.compile(r"\s+(?:with|in|on|near|around|outdoors|outside|abroad|close to)\b",
                            _I)
# Verbs after "who" that name a state, not an act ("who have X", "who are pregnant").
_NOT_ACTS = frozenset({"have", "has", "had", "are", "is", "were", "was", "be", "been", "use",
                       "uses", "take", "takes", "took", "get", "gets", "got", "receive",
                       "received", "develop", "developed", "experience", "may", "might", "can",
                       "could", "will", "would", "do", "does", "did", "need", "needs", "live",
                       "lives", "work", "works", "come", "came", "become", "became"})


# Adjectives that describe a sign and that the lexicon also lists as nouns ("a firm, hot
# swelling" is one swelling).
_SENSE_ADJECTIVES = frozenset({"firm", "hot", "warm", "hard", "soft", "tender",
                               "dry", "red", "raw", "stiff", "sharp", "dull", "deep", "raised",
                               "flat", "smooth", "rough", "shiny", "tight", "pale", "purple"})


def _use_of(text: str) -> str:
    """Return "inhaler use" for "people who use inhalers": the exposure is the use."""
    m = _WHO_USE.match(text)
    assert m is not None
    thing = m.group(1).split()
    lemmas = all_lemmas(thing[-1].lower()).get("NOUN")
    route = ["intravenous"] if m["iv"] else []
    return " ".join([*route, *thing[:-1], lemmas[0] if lemmas else thing[-1], "use"])


_PEOPLE_TAIL = re.compile(r"\s+(?:people|patients|individuals|persons|adults|hosts)$", _I)


_WHEN_TAIL = re.compile(r"\s+(?:recently|currently|regularly|previously|frequently|heavily|lately|"
                        r"already|before)$", _I)
_AGE_WORD = re.compile(r"^(?:older|elderly|aged|old|senior)$", _I)
_ANCESTRY = re.compile(rf"^{PEOPLE_WORDS}\s+(?:of|from)\s+(?:an?\s+)?([\w/ -]{{2,40}}?)\s+"
                       r"(?:origin|ancestry|"
                       r"descent|heritage|background|ethnicity)$", _I)
# "patients from northern Europe": where their families come from (a capitalised place).
_FROM_REGION = re.compile(rf"^{PEOPLE_WORDS}\s+(?:who (?:come|are) )?from\s+(?:the\s+)?"
                          r"((?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|east|west)?\s+|"
                          r"[Cc]entral\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")
_PREGNANT = re.compile(r"^(?:are |being )?pregnant (?:women|people|mothers)\b", _I)
_RECOVERED_FROM = re.compile(rf"^(?:{PEOPLE_WORDS}\s+(?:who\s+)?)?(?:have |has |had |are |is )?"
                             r"(?:just |recently |still )?(?:recovered|recovering|getting over|"
                             r"got over) from\s+(?:a |an |the )?([\w -]{3,40})$", _I)
# Groups named by what sets them apart, each as that factor.
_GROUP_FACTORS = {"elderly": "older age", "elderly people": "older age", "newborns": "young age",
                  "babies": "young age", "infants": "young age",
                  "newborn babies": "young age", "surgical patients": "surgery",
                  "transplant recipients": "organ transplant",
                  "organ transplant recipients": "organ transplant", "burn victims": "burns",
                  "burn patients": "burns", "homeless": "homelessness",
                  "homeless people": "homelessness", "farmers": "farming",
                  "premature babies": "premature birth", "children": "young age",
                  "kids": "young age", "toddlers": "young age", "young children": "young age",
                  "school-aged children": "young age", "seniors": "older age",
                  "the very young": "young age", "the very old": "older age"}
# "women who have recently given birth": the birth is the factor, by its noun.
_BIRTH_GIVEN = {"given birth": "childbirth", "gave birth": "childbirth",
                "giving birth": "childbirth", "recently given birth": "childbirth",
                "just given birth": "childbirth", "postpartum": "childbirth",
                "post-partum": "childbirth"}
_OTHERWISE_HEALTHY = re.compile(r"^(?:otherwise|previously)\s+(?:healthy|well|fit)\s+(?=\w)", _I)
# A sex and an age together ("men over 50", "women aged 40 and over", "young women").
_SEX_THEN_AGE = re.compile(r"^(?:(?P<young>young|younger)\s+(?P<sex>women|men|females|males)|"
                           r"(?P<sex2>women|men|females|males)\s+(?P<age>(?:aged\s+|of\s+)?"
                           r"(?:over|above|older than|under|below|younger than|\d)[\w -]*))$",
                           _I)
_SEX_WORDS = {"women": "female sex", "females": "female sex", "girls": "female sex",
              "men": "male sex", "males": "male sex", "boys": "male sex"}
# The same sexes named by an adjective or one person ("being male", "being a woman"): a
# factor's name when a rule hands it over bare (rules.emit; people_factor reads the groups).
SEX_OF_ONE = {"male": "male sex", "female": "female sex", "man": "male sex",
              "woman": "female sex", "a man": "male sex", "a woman": "female sex"}
# A young age in figures or in words ("children under one", "babies under six months").
_FEW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNDER_AGE = re.compile(r"^(?:(?:babies|infants|toddlers)\s+(?:and|or)\s+)?"
                        r"(?:babies|infants|children|kids|people|those|patients)\s+(?:aged\s+)?"
                        # ("infants and children younger than age 2 years")
                        rf"(?:under|below|younger than|less than)\s+(?:the\s+)?(?:age\s+)?"
                        rf"(?:of\s+)?"
                        rf"(?:\d{{1,2}}|{_FEW})"
                        r"(?:\s*(?:years?|months?|yrs?)(?: old| of age)?)?$", _I)
# "Toddlers 2 to 6 years of age", "children aged 1-5": a child's age range (read as young
# age when it ends by 12).
_CHILD_RANGE = re.compile(r"^(?:babies|infants|toddlers|children|kids)\s+(?:aged\s+|ages\s+|"
                          # ("children between two and 10 years of age", "5 through 15")
                          r"between\s+(?:the\s+ages\s+of\s+)?)?"
                          r"(?:\d{1,2}|one|two|three|four|five|six)\s*(?:to|-|–|and|through)\s*"
                          r"(?P<hi>\d{1,2})(?:\s*(?:years?|yrs?))?(?: old| of age)?$", _I)
# "were never vaccinated", "are not immunised", "unvaccinated", "did not complete the
# vaccination schedule": a lack of vaccination (or an incomplete one) is the factor.
_NOT_VACCINATED = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:who\s+)?(?:(?:were|are|have|had|has|was)\s+)?(?:(?:never|not|n't)\s+"
    r"(?:been\s+)?(?:fully\s+)?(?:vaccinated|immuni[sz]ed)|unvaccinated|unimmuni[sz]ed|"
    r"(?:did|do|does)(?:\s+not|n't)\s+(?P<part>complete)\s+(?:the\s+)?(?:entire\s+|full\s+)?"
    r"(?:vaccination|immuni[sz]ation)\s+(?:schedule|course|programme|program))", _I)
_OLDER_PEOPLE = re.compile(r"^(?:older|elderly|old)\s+(?:children|people|adults|women|men|"
                           r"patients|persons|individuals)$", _I)
_YOUTH_WORD = re.compile(r"^(?:young|younger|very young)$", _I)
# "people over age 60", "those aged 65 and over": an age threshold names older age.
_OVER_AGE = re.compile(r"^(?:(?:aged\s+)?(?:over|above|older than)\s+(?:the\s+)?"
                       r"(?:age\s+(?:of\s+)?)?\d{2,3}"
                       r"|(?:aged\s+)?\d{2,3}\s*(?:years?\s*)?(?:old\s+)?(?:and|or)\s+(?:over|older|above)"
                       r"|(?:aged\s+)?\d{2,3}\s*\+)"  # "adults 65+"
                       r"(?:\s*years?(?: old| of age)?)?$", _I)


_AGE_OVER = re.compile(r"^(?:being\s+|are\s+|is\s+)?(?:age[ds]?|aged|an age)?\s*(?:(?:>|≥|>=|over|"
                       r"above|older than|greater than|more than|of)\s*(?:the age of\s*)?\d{1,3}"
                       r"(?:\s*(?:years?|yrs?)(?: old| of age)?)?"
                       r"(?:\s*(?:and|or) (?:over|older|above))?"
                       # ("are 65 or over", "aged 65 or older": the number first)
                       r"|\d{1,3}(?:\s*(?:years?|yrs?)(?: old| of age)?)?\s*(?:and|or) (?:over|"
                       r"older|above)(?: in age)?)$", _I)
_AGE_UNDER = re.compile(r"^(?:being\s+)?(?:age[ds]?|aged|an age)?\s*(?:<|≤|<=|under|below|younger "
                        rf"than|less than)\s*(?:the age of\s*)?(?:\d{{1,3}}|{_FEW})"
                        r"(?:\s*(?:years?|yrs?|months?)(?: old| of age)?)?$", _I)


# "adults aged 20 to 60", "between the ages of 20 and 40": an age span is the factor, whole.
# ("aged between 30 and 50", "between 20 and 60 years of age" too)
_AGE_SPAN = re.compile(r"(?:(?:adults|people|those|patients|women|men|children)\s+)?(?:aged "
                       r"between|aged|ages|age|between (?:the )?ages?(?: of)?|between)\s+"
                       r"(?P<a>\d{1,3}|[a-z]+)\s*(?:to|-|–|and)\s*(?P<b>\d{1,3}|[a-z]+)"
                       r"(?:\s*years?(?: old| of age)?)?", _I)


def age_span(text: str) -> str | None:
    """Return "age 20 to 40" for a phrase that is only an age span, else None
    (ages spelt out are written as digits: "between five and fifteen years old").

    >>> age_span("children between five and fifteen years old"), age_span("aged 5-15")
    ('age 5 to 15', 'age 5 to 15')
    """
    m = _AGE_SPAN.fullmatch(text)
    if m is None:
        return None
    a, b = (x if x.isdigit() else _spelt_age(x) for x in (m["a"], m["b"]))
    return f"age {a} to {b}" if a and b else None


def _spelt_age(word: str) -> str | None:
    """Return an age spelt out in digits ("fifteen" -> "15"), or None for no number."""
    if word.lower() not in NUMBER_WORDS:
        return None
    return f"{parse_number(word):.0f}"


# The threshold a page names an age group by ("aged over 60 years", "children under 1").
_AGE_THRESHOLD = re.compile(
    r"\b(?:(?P<over>over|above|older than|greater than|more than|aged? >|>)|"
    r"(?P<under>under|below|younger than|less than|aged? <|<))\s*(?:the age of\s*)?"
    r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s*(?P<unit>months?|years?|yrs?))?\b", re.I)
_AGE_WORDS = {w: str(i) for i, w in enumerate(("one", "two", "three", "four", "five", "six",
                                               "seven", "eight", "nine", "ten", "eleven",
                                               "twelve"), start=1)}


def age_threshold_name(words: str, factor: str) -> str | None:
    """Return the age group the words name by its threshold, as readers label it.

    The rules name an age group "older age" or "young age" so that pages
    compare; the threshold a page gave ("age over 60") is kept as another name
    of that group.

    >>> age_threshold_name("if the patient is aged over 60 years", "older age")
    'age over 60'
    >>> age_threshold_name("children under 1 year", "young age")
    'age under 1 year'
    >>> age_threshold_name("older adults", "older age") is None
    True
    """
    m = _AGE_THRESHOLD.search(words)
    if m is None or (factor == "older age") != bool(m["over"]):
        return None
    unit = (m["unit"] or "").lower()
    n = _AGE_WORDS.get(m["n"].lower(), m["n"])
    # ("children under 1", "under the age of one": under a year, said so, as "age under
    # 1" alone reads as no age at all)
    if factor == "older age" or (not unit and n != "1") or (unit.startswith("y") and n != "1"):
        return f"age {'over' if m['over'] else 'under'} {n}"
    unit = "month" if unit.startswith("m") and n == "1" else "months" if unit.startswith(
        "m") else "year"
    return f"age under {n} {unit}"


def age_factor(label: str) -> str:
    """Return "older age" for "age >60 years" or "over 65", "young age" for "under 5", and
    "age 20 to 40" for "between the ages of 20 and 40"."""
    text = label.strip(" -")
    if _AGE_OVER.match(text):
        return "older age"
    if _AGE_UNDER.match(text):
        return "young age"
    return age_span(text) or label


def _verb_base(word: str) -> str:
    """Return a verb's base form ("smoked" -> "smoke"), or the word when it is no verb."""
    bases = all_lemmas(word).get("VERB")
    return bases[0] if bases else word


# A people named by an ethnic word that is also a plain noun or adjective ("black", "white").
_ETHNIC_PEOPLE = re.compile(r"^(?:black|white|asian|south asian|east asian|hispanic|latino|"
                            r"caucasian|african[- ]american|afro-caribbean|native american|"
                            r"indigenous|aboriginal)\s+(?:people|persons|individuals|adults|"
                            r"patients|women|men|children|americans|populations?)$", _I)


# "people who have had their spleen removed", "those whose spleen was taken out".
_PART_REMOVED = re.compile(
    rf"^{PEOPLE_WORDS}\s+(?:who\s+(?:have|has|had)\s+(?:had\s+)?(?:their|his|her|your|a|an|the)"
    r"\s+(?P<x>[a-z][\w -]{1,30}?)\s+(?:surgically\s+)?(?:removed|taken out|out)|whose\s+"
    r"(?P<y>[a-z][\w -]{1,30}?)\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:surgically\s+)?"
    r"(?:removed|taken out))$", _I)


# "people who are treated early", "those who get treatment late": the timing of their care.
_TREATED_WHEN = re.compile(rf"^(?:{PEOPLE_WORDS}|people)\s+(?:who\s+(?:are|were|is|was|get|got|"
                           r"gets|receive|received|start)\s+|)(?:treated|treatment|"
                           r"antibiotics|surgery|care)\s+(?P<w>early|promptly|quickly|"
                           r"straight away|late|later)$", _I)
_WHEN_CARE = {"early": "early treatment", "promptly": "early treatment",
              "quickly": "early treatment", "straight away": "early treatment",
              "late": "delayed treatment", "later": "delayed treatment"}

# "people who did not get early treatment", "patients who were not treated promptly": the
# care they went without is the factor ("lack of early treatment"), never the care itself.
_LACKED_CARE = re.compile(
    rf"^(?:{PEOPLE_WORDS}|people)\s+who\s+(?:(?:did|do|does|have|has|had|were|are|was|is)"
    r"(?:\s+not|n't)|never)\s+(?:(?:get|got|receive|received|take|took|have|had|start|started|"
    r"been given|given|seek|sought)\s+)?(?:(?:the|any|a)\s+)?(?:(?P<when>early|prompt|timely|"
    r"proper|appropriate|adequate|medical|full)\s+)?(?:course of\s+)?(?P<care>treatment|"
    r"therapy|antibiotics?|medicines?|medications?|care|attention|help|"
    r"treated(?:\s+(?P<soon>early|promptly|quickly|straight away))?)\s*$", _I)
_CARE_NOUN = {"treated": "treatment", "antibiotic": "antibiotics", "medicines": "medicine",
              "medications": "medication", "attention": "medical care", "help": "medical care"}


# "Travellers to tropical areas": people named by where they go.
_TRAVELLERS_TO = re.compile(r"^(?:(?:the |most |many |some )?(?:travell?ers|visitors|tourists)) "
                            r"(?:to|visiting) (.+)$", _I)


# "close contacts of a case", "household contacts of someone with it": the contacts.
_CONTACTS_OF = re.compile(
    r"^(?P<c>(?:close |household |family |sexual |recent )?contacts) of (?:an? (?:confirmed |"
    r"known |suspected )?(?:case|infected person|ill person|patient|person with it)|cases|"
    r"(?:someone|anyone|a person|people|patients|those) (?:with|who (?:has|have|had)) "
    r"[\w' -]{2,40})\s*$", _I)


def sex_and_age(text: str) -> tuple[str, str] | None:
    """Return a group named by a sex and an age as two groups, the age's then the sex's, or
    None: "men over 50" are at risk by their age and by their sex, each a factor sources
    also name alone ("older adults", "men").

    >>> sex_and_age("men over 50"), sex_and_age("young women"), sex_and_age("older women")
    (('people over 50', 'men'), ('young people', 'women'), None)
    """
    aged = _SEX_THEN_AGE.match(text.strip(" .;,"))
    if aged is None:
        return None
    return ("young people", aged["sex"]) if aged["young"] else (f"people {aged['age']}",
                                                                aged["sex2"])


def people_factor(phrase: str) -> str:
    """Return the factor in "people with X", "those who have had X", "older adults".

    An age word alone names an age ("older adults" → "older age"); another
    word that cannot be a noun keeps its people ("obese people").
    """
    # ("mostly children under 5": the children; how often is no part of who)
    start = re.sub(r"^(?:(?:mostly|mainly|usually|often|especially|particularly|typically|"
                   r"chiefly|generally)\s+)?(?:in|among|for|to|aside from|apart from|besides|"
                   r"in addition to)\s+|^(?:mostly|mainly|usually|often|especially|particularly|"
                   r"typically|chiefly|generally)\s+", "", phrase.strip(), flags=_I)
    start = re.sub(rf"^(?:some|many|most|certain)\s+(?={PEOPLE_WORDS}\s+(?:who|with)\b)", "",
                   start, flags=_I)  # "some patients who have X": the patients
    if start[:4].lower() == "who ":
        start = f"people {start}"  # "people who smoke or who live with X": the people's
    # ("household contacts of a case": the contacts, whoever they were in contact with)
    start = _CONTACTS_OF.sub(r"\g<c>", start)
    # ("otherwise healthy young adults": no other factor, so the age is the one named)
    start = _OTHERWISE_HEALTHY.sub("", start)
    lacked = _LACKED_CARE.match(start.strip(" .;,"))
    if lacked is not None:
        care = _CARE_NOUN.get(lacked["care"].split()[0].lower(), lacked["care"].lower())
        when = "early" if lacked["soon"] or (lacked["when"] or "").lower() in (
            "early", "prompt", "timely") else ""
        return f"lack of {when} {care}".replace("  ", " ")
    if _WHO_ARE_NOT.match(start):
        # "people who have not been vaccinated": the lack of it; "women who do not use X",
        # "who have never had X": what they lack names no factor
        unvaccinated = _NOT_VACCINATED.search(start)
        return "" if unvaccinated is None else (
            "incomplete vaccination" if unvaccinated.group("part") else "lack of vaccination")
    if _WHO_USE.match(start):
        return _use_of(start)
    undergone = _UNDERGOES.match(start.strip(" .;,"))
    if undergone is not None:  # "people who undergo surgery", "sustain serious trauma"
        return undergone.group("x")
    does = _WHO_DO.match(start.strip(" .;,"))
    # The act is named from the verb's base form: "who smoked" is smoking, not "smokeding";
    # a past form of a state verb ("who experienced X") names the state, as its base does.
    base = _verb_base(does.group(1).lower()) if does else ""
    if does and base == "live" and does.group(2).strip().lower().startswith("with "):
        return does.group(2).strip()[5:].strip()  # "people who live with HIV": HIV
    if does and base in ("work", "live") and _WHERE_OR_WITH.match(does.group(2)):
        # "people who work with animals", "those who live near woods": where or with
        # what they spend their days is the factor ("working with animals").
        return f"{base[:-1] if base.endswith('e') else base}ing{does.group(2)}"
    if does and does.group(1).lower() not in _NOT_ACTS and base not in _NOT_ACTS:
        # "people who inject drugs" → "injecting drugs", "those who smoke" → "smoking"
        acting = inflection(base, "VBG")
        if acting:  # an adverb after the act goes: "who smoke heavily" is smoking
            return acting[0] + _ADVERB_TAIL.sub("", does.group(2))
    start = start.strip(" .;,")
    removed = _PART_REMOVED.match(start)
    if removed:  # "people who have had their spleen removed": the spleen's removal
        return f"{removed['x'] or removed['y']} removal"
    ancestry = _ANCESTRY.match(start) or _FROM_REGION.match(start)
    if ancestry:  # "children of island origin", "people from Northeast Asia": the ancestry
        return f"{ancestry.group(1)} ancestry"
    timed = _TREATED_WHEN.match(start)
    if timed:  # "people who are treated early": early treatment is what they had
        return _WHEN_CARE[timed["w"].lower()]
    going = _TRAVELLERS_TO.match(start)
    if going:  # "travellers to areas of Europe": the travel is what raises the risk
        return f"travel to {going.group(1)}"
    unvaccinated = _NOT_VACCINATED.search(start)
    if unvaccinated is not None:  # "people never vaccinated against it"
        return "incomplete vaccination" if unvaccinated.group("part") else "lack of vaccination"
    child = _CHILD_RANGE.match(start)
    if _UNDER_AGE.match(start) or (child is not None and int(child["hi"]) <= 12):
        return "young age"
    if _PREGNANT.match(start):
        return "pregnancy"  # "pregnant women in the last trimester"
    recovered = _RECOVERED_FROM.match(start)
    if recovered:  # "people who have just recovered from flu": the illness before
        return recovered.group(1)
    sex = _SEX_WORDS.get(start.lower())
    if sex is not None:  # "women are more likely to get it": being female raises the risk
        return sex
    named = _GROUP_FACTORS.get(re.sub(r"^the\s+", "", start.lower()))
    if named is not None:  # "the elderly", "transplant recipients": what sets them apart
        return named
    if _OLDER_PEOPLE.match(start):
        return "older age"
    if _ETHNIC_PEOPLE.match(start):
        return start  # "black people": the group itself, not the colour its word also names
    state = whose_state(start)
    if state is not None:  # "people whose immune systems are weakened"
        return state
    text = _PEOPLE_WITH.sub("", start)
    if text != start:  # "anyone with a weak immune system": what they have, no article
        text = re.sub(r"^(?:an?|the)\s+(?=\w)", "", text, flags=_I)
    text = _PEOPLE_NOUN.sub("", text)
    text = _VERB_LEAD.sub("", text)
    text = re.sub(r"^(?:with|having|on|receiving|taking|experiencing)\s+", "", text, flags=_I)
    text = _WHEN_TAIL.sub("", _PEOPLE_TAIL.sub("", text)).strip()  # "had surgery recently"
    if _AGE_WORD.match(text) or _OVER_AGE.match(text):
        return "older age"
    if re.match(r"^(?:young|younger|very young|small)\s+(?:children|kids|babies|infants)$", text,
                _I):
        return "young age"
    if _YOUTH_WORD.match(text):
        return "young age"
    words = text.split()
    state = people_state(text)
    if state is not None:
        return state  # "obese people" are the obese: obesity is the factor
    if words and not _noun_head(words[-1]) and text != start:
        return start
    return _BIRTH_GIVEN.get(text.lower(), text)


_WHOSE = re.compile(r"^(?:people|those|patients|persons|individuals|children|adults|anyone)\s+"
                    r"whose\s+(?P<x>[\w -]{3,40}?)\s+(?:is|are|has been|have been|was|were)\s+"
                    r"(?:(?:very|severely|badly) )?(?P<y>weakened|weak|suppressed|compromised|"
                    r"damaged|impaired|reduced|low|high|poor)"
                    # ("... weakened by cancer treatment": the state, whatever brought it on)
                    r"(?:\s+(?:by|from|due to|because of|after)\s+[\w -]{3,60})?$", _I)


# "women who are not pregnant", "people who do not smoke": a group named by what it is not.
# What a group did not do or have, after its "who": "who have never had X", "who didn't".
_WENT_WITHOUT = (r"(?:(?:are|is|were|was|do|does|did|have|has|had)\s+(?:not|never)|never|aren't|"
                 r"isn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't)\b")
_WHO_ARE_NOT = re.compile(rf"^{PEOPLE_WORDS}\s+who\s+{_WENT_WITHOUT}", _I)
# The same anywhere in a group's words: "Children and people who have never had X".
WHO_WENT_WITHOUT = re.compile(rf"\bwho\s+{_WENT_WITHOUT}", _I)


def whose_state(text: str) -> str | None:
    """Return the state "people whose X is weakened" name ("weakened X"), or None."""
    whose = _WHOSE.match(text.strip(" .;,"))
    return f"{whose['y'].lower()} {label_key(whose['x'])}" if whose else None


_EXAMPLE_PARENS = re.compile(r"\s*\((?:e\.g\.,?|such as|including|for example,?|like|"
                             # ("antibiotics (typically a carbapenem plus clindamycin)": the
                             # usual members, not how long or when)
                             r"(?:typically|usually|commonly|most often|most commonly|often|"
                             r"mainly|generally)(?!\s+(?:within|after|before|during|for|in|at|"
                             r"by|on|over|under|via|through|from|with|without|due|because|when|"
                             r"if|as|less|more|about|around|up|between|given|taken|used|mild|"
                             r"severe|\d)\b))\s+"
                             # "(for example from X or Y)", "(e.g., because of X)": the
                             # examples are what brings it on, named after the preposition.
                             rf"(?:{_EXAMPLE_ORIGIN}\s+)?"
                             r"([^()]*)\)", _I)
# A non-restrictive aside between commas ("X, which you get by drip, may help").
# Asides between commas before the verb: ", which ...," and ", especially ...,"
# ("Using pads, especially for long periods, raises the risk").
_ASIDE = re.compile(r",\s*(?:which|who|wherein|whereby|where|especially|particularly|in "
                    r"particular|for example|for instance|e\.g\.|"
                    # "Steroid tablets, if started within 72 hours, improve ...": a condition
                    r"if (?:started|given|taken|used|begun)|when (?:started|given|taken|used))"
                    r"\b(?:[^,;]|(?<=\d),(?=\d{3}))"
                    r"{1,120},"
                    r"(?=\s*(?:(?:usually|often|also|sometimes|typically|generally|mainly|"
                    r"mostly|commonly|rarely)\s+)?(?:may|might|can|could|is|are|was|"
                    r"were|will|has|have|helps?|causes?|leads?|raises?|increases?|makes?|"
                    r"lowers?|reduces?|puts?|starts?|begins?|affects?|improves?|works?|"
                    r"shortens?|speeds?)\b)", _I)
# A relative aside between commas inside a list ("diabetes, which slows healing, obesity
# and ..."): the aside goes, the comma between the members stays.
# An aside with a preposition ("which gets in through cuts, burns or bites") may hold a
# list of its own: only a verb and its object ("which slows healing") is read so.
_WHICH_IN_LIST = re.compile(r",\s*which\s+(?![^,;.()]*\b(?:through|by|via|into|from|to|in|on|"
                            r"with|at|after|during|of)\b)[^,;.()]{2,80}?(?<!\d),"
                            r"(?=\s*(?:and |or )?[\w(])", _I)
_SUBORDINATE = re.compile(r"\s(?:since|because|although|though|whereas|unless|so that)\b.*$"
                          r"|,\s+(?:(?:typically|usually|often|mostly|mainly|generally|commonly|"
                          r"most often) )?(?:occurring|happening|appearing|developing|seen|found)"
                          r"\b.*$", _I)
_AND_REMEDY = (r",?\s+and\s+(?:[\w-]+\s+){0,2}?(?:antibiotics|antivirals|antifungals|medicines|"
               r"medications|drugs|fluids|oxygen|steroids|corticosteroids|painkillers|"
               r"immunoglobulin|surgery)\b")
# ("nasal packing used to stop nosebleeds": the participle goes with its purpose)
_PURPOSE = re.compile(r"(?:\s+(?:used|given|applied|inserted|placed|worn|taken|prescribed))?"
                      r"\s+(?:in order )?to (?:assess|check|measure|help|make|see|find|improve|"
                      r"cut away|cut out|clean|drain|repair|kill|fight|clear|support|protect|"
                      r"reduce|remove|treat|prevent|promote|control|restore|decrease|increase|"
                      r"lower|raise|relieve|ease|soothe|shorten|speed up|heal|stop|keep|avoid|"
                      r"destroy|manage|diagnose|confirm|rule out|exclude|look for|test for|detect|"
                      r"identify|estimate|assess|predict|gauge|work out|grade|look at|look into|"
                      r"determine|"
                      r"find out|widen|open up|unblock|bypass|replace|correct|rebuild|"
                      r"reconstruct|block|limit|lessen|minimi[sz]e|"
                      # ("antibiotic tablets to take at home": how it is taken, no part of it)
                      r"take (?:at home|by mouth|daily|every day|each day|twice a day|with food))\b"
                      # ("surgery to remove dead tissue and intravenous antibiotics": the purpose
                      # ends where another remedy is named after "and", and "gloves to block
                      # contact, washing after contact and ..." where a list of acts goes on)
                      r".*?(?=" + _AND_REMEDY + r"|,\s+(?:and\s+|or\s+)?(?!including\b)"
                      r"[a-z]+ing\b|$)", _I)
# What ends a purpose: another remedy after "and" (see _PURPOSE; rules reads a purpose's
# object up to it too).
AND_ANOTHER_REMEDY = re.compile(_AND_REMEDY, _I)


def cut_purpose(text: str) -> str:
    """Drop a trailing purpose clause ("... and other measures to restore blood flow").

    A subordinate clause goes too, and so does a trailing participle about
    when or where ("an infection, typically occurring in childhood"): its
    words are not members of the list.
    """
    return _PURPOSE.sub("", _SUBORDINATE.sub("", text))


# A bare list in brackets after a class ("cancer (lymphoma, leukemia and myeloma)").
# (Not a gloss of what is done: "a biopsy (taking a sample via needle, tube or surgery)".)
_LIST_PARENS = re.compile(r"\s*\((?!i\.e|or\b|also\b|see\b|pronounced|[a-z]+ing\s+(?:a|an|the|your|"
                          r"their|some|any|it|them)\b|where\b|which\b|when\b|that\b|who\b)"
                          r"([^()\d]*?,[^()\d]*?"
                          r"\b(?:and|or)\b[^()\d]*)\)", _I)
_ANY_PARENS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# Two tests in brackets after their class: "imaging (CT or MRI)" names both as examples.
TESTS_IN_PARENS = re.compile(r"\b((?:imaging|scans?|x-rays?|(?:blood|imaging|urine) tests?))"
                              r"\s*\(((?:an? )?[A-Za-z][\w -]{0,30}? (?:or|and) (?:an? )?"
                              r"[A-Za-z][\w -]{0,30}?)\)", _I)


# "vitamin D and K deficiency": both letters share the words around them.
_LETTER_PAIR = re.compile(r"\b([A-Za-z]\w+) ([A-Z]) (and|or) ([A-Z]) ([a-z]\w+)\b")
# What every match of _LETTER_PAIR holds: a pass that starts at a space (a fast scan)
# and turns away nearly every sentence before the word-by-word pass above.
_LETTER_PAIR_CORE = re.compile(r" [A-Z] (?:and|or) [A-Z] ")


# How well an organ works is its function, as tests and readers name it.
_HOW_WELL = re.compile(r"\bhow well (?:the |your |their |his |her |its )?(?P<x>[a-z]+)"
                       r" (?:works?|functions?|(?:is|are) (?:working|functioning))\b", _I)


def _organ_function(m: re.Match[str]) -> str:
    lemma = all_lemmas(m["x"].lower()).get("NOUN")
    return f"{lemma[0] if lemma else m['x']} function"


# A sentence's subject and the relative aside after it: "X, which is often mistaken for
# flu, can ..." (commas inside a number such as "2,000" are no ends).
# "X, an acute illness of childhood, was first described ...": what the subject is, between
# commas after it; "A vasculitis of medium-sized vessels, X has ...": the same before it.
_APPOSITION_AFTER = re.compile(r"^\s*(?P<np>[\w'-]+(?: [\w'-]+){0,4}),\s*(?P<what>an? "
                               r"(?:[\w'-]+ ){0,8}?(?:illness|disease|infection|condition|disorder|"
                               r"syndrome|vasculitis|inflammation)(?: (?:of|in|that|affecting) "
                               r"[^,;()]{2,50}?)?),\s*(?=[a-z])", _I)
_APPOSITION_BEFORE = re.compile(r"^\s*(?P<what>an? (?:[\w'-]+ ){0,8}?(?:illness|disease|infection|"
                                r"condition|disorder|syndrome|vasculitis|inflammation)"
                                r"(?: (?:of|in|that|affecting) [^,;()]{2,50}?)?),\s*"
                                r"(?P<np>[\w'-]+(?: [\w'-]+){0,4}?)\s+(?=(?:is|are|was|has|have|"
                                r"had|can|may|often|usually|mainly|mostly|affects|causes|occurs|"
                                r"develops)\b)", _I)
_SUBJECT_ASIDE = re.compile(r"^\s*(?P<np>[\w'-]+(?: [\w'-]+){0,5}),\s*(?:which|who)\s+"
                            r"(?P<said>(?:[^,;]|(?<=\d),(?=\d{3})){3,120}),\s*(?=\w)", _I)


def relative_asides(sentence: str) -> list[tuple[str, str]]:
    """Return (subject, what the aside says) for a relative aside after a sentence's
    subject, or for an apposition that says what the subject is.

    >>> relative_asides("The rash, which is often itchy, can spread.")
    [('The rash', 'is often itchy')]
    >>> relative_asides("Zorb fever, a rare illness of childhood, was first seen in 1960.")
    [('Zorb fever', 'is a rare illness of childhood')]
    >>> relative_asides("A rare illness of childhood, zorb fever can affect the heart.")
    [('zorb fever', 'is a rare illness of childhood')]
    >>> relative_asides("The rash can spread.")
    []
    """
    m = _SUBJECT_ASIDE.match(sentence)
    if m is not None:
        return [(m.group("np"), m.group("said").strip())]
    m = _APPOSITION_AFTER.match(sentence) or _APPOSITION_BEFORE.match(sentence)
    if m is None:
        return []
    what = m.group("what").strip()
    return [(m.group("np"), f"is {what[0].lower()}{what[1:]}")]


# Pronouns with their verb cut short: the rules' phrases spell "is", "are", "have" out.
_HAS_BEEN = re.compile(r"\b(it|that|there|this)'s(?= been\b)", _I)
_IS_SHORT = re.compile(r"\b(it|that|there|this)'s\b", _I)
_ARE_SHORT = re.compile(r"\b(you|they|we)'re\b", _I)
_HAVE_SHORT = re.compile(r"\b(you|they|we)'ve\b", _I)


_SPELT_OUT = re.compile(r"\b(it|that|there|this) (?:is|has)(?= been\b)|\b(it|that|there|this) is\b|"
                        r"\b(you|they|we) are\b|\b(you|they|we) have\b", _I)
_SHORT_OF = {"is": "'s", "has": "'s", "are": "'re", "have": "'ve"}


def as_written(anchor: str, sentence: str) -> str:
    """Return an anchor the way its sentence writes it: a verb :func:`prepare` spelt out
    ("it is") cut short again ("it's"), so the anchor is found in the page's words.

    >>> as_written("it is diagnosed by a blood test", "It's diagnosed by a blood test.")
    "It's diagnosed by a blood test"
    >>> as_written("a blood test", "It's diagnosed by a blood test.")
    'a blood test'
    """
    if "'" not in sentence or anchor in sentence:
        return anchor
    short = _SPELT_OUT.sub(lambda m: next(g for g in m.groups() if g)
                           + _SHORT_OF[m.group(0).split()[-1].lower()], anchor)
    at = sentence.lower().find(short.lower())
    return sentence[at:at + len(short)] if at >= 0 else anchor


# A suspended hyphen: "cold- or flu-like", "short- and long-term" (the second word's tail
# belongs to the first too).
# ("cold- or flu-like symptoms": the noun after "-like" is both members' too)
_SUSPENDED_HYPHEN = re.compile(r"\b([A-Za-z]+)- (or|and|to) ([A-Za-z]+)-([A-Za-z]+)\b"
                               r"((?<=like) [a-z]+)?")
# "people that take drugs", "patients that have had it": "that" for "who" after people (not
# "those that", which may be things: "medicines, especially those that ...").
_PEOPLE_THAT = re.compile(r"\b(people|persons|patients|individuals|children|adults|men|women|"
                          r"anyone|someone|a person)\s+that(?=\s+(?:have|has|had|are|were|is|was|"
                          r"take|takes|took|use|uses|used|inject|injects|live|lives|work|works|"
                          r"smoke|smokes|drink|drinks|get|gets|got|develop|develops|developed|"
                          r"receive|receives|received|undergo|undergoes|underwent)\b)", _I)


# A sample named by the test it is for: "a small sample of tissue (a biopsy)" is a tissue
# biopsy, "a piece of skin (biopsy)" a skin biopsy.
_SAMPLE_NAMED = re.compile(r"\b(?:an? |the )?(?:small |tiny )?(?:sample|piece|bit) of "
                           r"(?:the |your )?(?P<x>[a-z]+(?: [a-z]+)?)\s*\((?:an? )?"
                           r"(?P<t>biopsy|swab|culture)\)", _I)


_IN_DISTRIBUTION = re.compile(r"\bin the (?:distribution|territory) of (?:an? |the |one )?", _I)


# States of an area of skin, said of the area: "a red, swollen patch of skin".  (Only
# states the skin itself takes: "dark patches of skin" are no dark skin.)
_SKIN_STATE = (r"(?:red|warm|hot|swollen|painful|tender|sore|itchy|inflamed|shiny|tight|numb|"
               r"hard|firm|hardened|thickened|blistered|peeling|cracked|dry|scaly|purple|"
               r"discoloured|discolored|mottled)")
_AREA_OF_SKIN = re.compile(rf"\b(?:an? |the )?(?P<a>{_SKIN_STATE}(?:,? (?:and |or )?"
                           rf"{_SKIN_STATE}){{0,3}}) (?:area|patch|region|part)(?:es|s)? of "
                           r"(?:the )?skin\b", re.I)


# "(are) like flu: A, B", "(are) flu-like: A, B": the flu the signs are like, then examples.
_FLU_COLON = re.compile(r"\b(?P<v>is|are|can be|may be)\s+(?:(?:very|quite|often|usually|"
                        r"much)\s+)?(?:like\s+(?:the\s+|a\s+)?flu|flu-like|similar\s+to\s+"
                        r"(?:(?:those|that)\s+of\s+)?(?:the\s+|a\s+)?flu)\s*:\s*", re.I)


def skin_area_states(text: str) -> str:
    """Return text with the states of an area of skin said of the skin.

    >>> skin_area_states("a red, warm, swollen area of skin")
    'red, warm, swollen skin'
    >>> skin_area_states("dark patches of skin")
    'dark patches of skin'
    """
    if " of skin" not in text and " of the skin" not in text:
        return text
    return _AREA_OF_SKIN.sub(r"\g<a> skin", text)


# "(- ) try to lose weight": the command after the encouragement ("try" names no act).
_TRY_TO = re.compile(r"^(\s*(?:[-\u2022*]\s*)?)try (?:to|and) (?=\w)", _I)


def without_try(text: str) -> str:
    """Return a command or a list item without "try to" before its verb.

    >>> without_try("- try to lose weight"), without_try("Try and rest")
    ('- lose weight', 'rest')
    """
    if text[:9].lower().lstrip("-\u2022* ").startswith(("try to ", "try and ")):
        return _TRY_TO.sub(r"\1", text)
    return text


def prepare(sentence: str) -> str:
    """Return a sentence for the relation rules: example lists kept, other asides dropped.

    >>> prepare("Autoimmune disorders (e.g., lupus, sarcoidosis) and obesity (BMI >30)")
    'Autoimmune disorders, such as lupus, sarcoidosis, and obesity'
    >>> prepare("Vitamin D and K deficiency")
    'Vitamin D deficiency and Vitamin K deficiency'
    """
    sentence = without_try(sentence)  # "Try to stop smoking": the command itself
    text = _LETTER_PAIR.sub(r"\1 \2 \5 \3 \1 \4 \5", sentence) if (
        " and " in sentence or " or " in sentence) and _LETTER_PAIR_CORE.search(sentence) \
        else sentence
    # Each pattern below needs a bracket or a comma: a substring test spares most
    # sentences its pass.
    if "(" in text:
        if "sample" in text or "piece" in text:
            # "a sample of tissue (biopsy)": the test the bracket names, of that tissue
            text = _SAMPLE_NAMED.sub(r"\g<x> \g<t>", text)
        text = _EXAMPLE_PARENS.sub(r", such as \1,", text)
        text = TESTS_IN_PARENS.sub(r"\1, such as \2,", text)
        text = _LIST_PARENS.sub(r", such as \1,", text)
    if "," in text:
        text = _ASIDE.sub("", text)
        if "which" in text:  # "A, which slows healing, and B": the list goes on
            text = _WHICH_IN_LIST.sub(",", text)
    text = skin_area_states(text)  # "a red, swollen patch of skin": red, swollen skin
    if ":" in text and "flu" in text:
        # "Early symptoms are like flu: fever, aches": the list after the colon is examples
        text = _FLU_COLON.sub(r"\g<v> similar to flu, such as ", text)
    if "distribution of" in text:  # "pain in the distribution of a nerve": in the nerve
        text = _IN_DISTRIBUTION.sub("in the ", text)
    if "'" in text:  # "It's diagnosed by ...", "You're at higher risk if ...": the verb spelt out
        text = _HAS_BEEN.sub(r"\1 has been", text)
        text = _IS_SHORT.sub(r"\1 is", _ARE_SHORT.sub(r"\1 are", _HAVE_SHORT.sub(r"\1 have", text)))
    if "- " in text:  # "cold- or flu-like symptoms": "cold-like or flu-like symptoms"
        text = _SUSPENDED_HYPHEN.sub(r"\1-\4\5 \2 \3-\4\5", text)
    if "factors" in text:  # "a number of factors, usually genetic and environmental"
        text = _MIX_OF_KINDS.sub("", _FACTORS_THEN_KINDS.sub(r"\g<kinds> factors", text))
    if " that " in text:  # "people that have had it": the people who have, as usually written
        text = _PEOPLE_THAT.sub(r"\1 who", text)
    if "how well" in text:  # "to check how well your lungs work": lung function
        text = _HOW_WELL.sub(_organ_function, text)
    prev = None
    while prev != text and ("(" in text or "[" in text):
        prev, text = text, _ANY_PARENS.sub("", text)
    return text.replace(",,", ",")


_ADJECTIVE_ONLY = re.compile(r"^(?:\w+ )?\w+(?:ful|ic|ous|ive|al|less|ish|like|ary|ed)$", _I)


# Colours name no thing alone: in "purple, black or grey blotches" they describe the blotches.
_COLOUR = re.compile(r"^(?:(?:dark|light|pale|bright|deep) )?(?:red|reddish|purple|black|blue|"
                     r"bluish|grey|gray|white|yellow|yellowish|brown|pink|orange|green|violet|"
                     r"dusky|bronze)$", _I)


# Nouns with an adjective's ending: "spleen removal", "steroid withdrawal" name acts.
_AL_NOUNS = ("removal", "withdrawal", "referral", "survival", "reversal", "arrival", "approval",
             "disposal", "dismissal", "renewal", "denial", "interval", "signal", "canal")


def is_modifier(phrase: str) -> bool:
    """Return whether a list member is only adjectives ("extremely painful", "ischemic").

    A one-word member the lexicon knows as an adjective but never as a verb, and
    as a noun only in another sense ("firm", "hot", "tender"), is one too.
    """
    if (bool(_ADJECTIVE_ONLY.match(phrase)) and not phrase.lower().endswith(
            ("bleed", "blood", "hospital", "animal", "trial", "renal", "medical", "fish",
             *_AL_NOUNS))) \
            or bool(
            _COLOUR.match(phrase)):
        return True
    return phrase.lower() in _SENSE_ADJECTIVES
