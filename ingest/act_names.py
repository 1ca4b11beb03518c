"""Name a preventive act as a reader files it: the noun of the act, not the page's verb.

Pages give advice as commands or gerunds ("change pads often", "avoiding scented
soaps", "remove ticks promptly"); readers and clinical summaries name the same act
as a noun phrase ("pad change", "scented soap avoidance", "tick removal").  The
gerund and the noun share too few letters for a fuzzy match, so two sources giving
the same advice in the two styles never met.  Only verbs whose
act has a noun of its own are renamed; "washing hands" is already a noun phrase.

The verb is found by lemminflect's lemma (:func:`~claimgraph.ingest.normalize.all_lemmas`);
the noun of each verb is a short table, as no package we use derives nouns from verbs.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas, label_key

# The noun of an act, by its verb's lemma.  A verb missing here keeps its gerund.
ACT_NOUN: dict[str, str] = {
    "change": "change", "avoid": "avoidance", "remove": "removal", "replace": "replacement",
    "restrict": "restriction", "reduce": "reduction", "manage": "management",
    "control": "control", "check": "check", "inspect": "inspection", "monitor": "monitoring",
    "protect": "protection", "limit": "limitation", "vaccinate": "vaccination",
    "discontinue": "discontinuation", "stop": "discontinuation", "quit": "cessation",
}
# "Stop smoking": the habit given up is named by its own word for giving up.
_GIVEN_UP = {"smoking": "smoking cessation"}
# "Get vaccinated", "being immunised": an act worded in the passive is named by its noun.
_DONE_TO_YOU = re.compile(r"^(?:getting|being|get|be|having been) (?:fully |properly )?"
                          r"(?:vaccinated|immuni[sz]ed)$", re.IGNORECASE)
# An object a noun phrase cannot take in front of the noun ("pads with the lowest
# absorbency", "pets away from the bed"): kept as the page words it.
_NOT_A_COMPOUND = re.compile(r"\b(?:with|of|from|for|in|on|to|at|by|and|or|away|out|off|the|a|an|"
                             r"instead|than|that|which|who|it|them|this|these|your|you)\b",
                             re.IGNORECASE)
# "avoid using tampons": the thing avoided is the tampons.
_USED = re.compile(r"^(?:using|taking|wearing|eating|drinking) ", re.IGNORECASE)


def act_noun(act: str) -> str:
    """Return an act "VERBing OBJECT" as its noun phrase ("pad change"), else the act.

    The object's words go in front of the verb's noun, its last word singular.  How
    often the act is done is left out: "change pads often" and "change pads every six
    hours" are one act, pad change, which a reader's "frequent pad change" names with a
    modifier in front.

    >>> act_noun("changing pads"), act_noun("avoiding using tampons")
    ('pad change', 'tampon avoidance')
    >>> act_noun("removing ticks"), act_noun("stopping smoking")
    ('tick removal', 'smoking cessation')
    >>> act_noun("washing hands"), act_noun("avoiding pets away from the bed")
    ('washing hands', 'avoiding pets away from the bed')
    >>> act_noun("getting vaccinated")
    'vaccination'
    """
    if _DONE_TO_YOU.match(act.strip()):
        return "vaccination"
    verb, _, obj = act.strip().partition(" ")
    lemma = (all_lemmas(verb.lower()).get("VERB") or ("",))[0] if verb.endswith("ing") else ""
    noun = ACT_NOUN.get(lemma)
    obj = _USED.sub("", obj.strip())
    if noun is None or not obj or len(obj.split()) > 3 or _NOT_A_COMPOUND.search(obj):
        return act
    if obj.lower() in _GIVEN_UP:
        return _GIVEN_UP[obj.lower()]
    words = obj.lower().split()
    words[-1] = label_key(words[-1]) or words[-1]
    return " ".join((*words, noun))


# Where a clause of gerunds splits into its acts: commas, and "and" / "or" before a gerund
# ("washing your hands and keeping cuts covered"; not "soap and water").
# ("washing hands and not sharing towels": an act not done is an act of its own)
_GERUND_SPLIT = re.compile(r",\s*(?:and |or )?|\s+(?:and|or)\s+(?=(?:not\s+|never\s+)?[a-z]+ing\b)",
                           re.IGNORECASE)


def gerund_parts(text: str) -> list[str]:
    """Return the acts of a clause of gerunds, one piece each.

    >>> gerund_parts("washing your hands, using soap and water and keeping cuts covered")
    ['washing your hands', 'using soap and water', 'keeping cuts covered']
    """
    return _GERUND_SPLIT.split(text.strip())


# "resting", "getting plenty of rest": the care a gerund names, as a reader files it.
_CARE_GERUNDS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"^(?:resting|getting (?:plenty of |lots of |enough )?rest)$", re.I), "rest"),
    (re.compile(r"^drinking (?:plenty of |lots of |enough |more )?(?:fluids|water|liquids)$",
                re.I), "fluids"),
    # "taking ibuprofen", "using a cool compress", "applying calamine lotion": the remedy
    (re.compile(r"^(?:taking|using|applying|wearing|having) (?:a |an |the |some )?(?P<x>.+)$",
                re.I), None),
)


def care_acts(text: str) -> list[str]:
    """Return the care a gerund clause names, one per gerund ("Resting and drinking plenty of
    fluids" -> rest, fluids; "taking ibuprofen" -> ibuprofen).

    >>> care_acts("Resting and drinking plenty of fluids")
    ['rest', 'fluids']
    >>> care_acts("taking paracetamol or applying a cool cloth")
    ['paracetamol', 'cool cloth']
    """
    out: list[str] = []
    for part in gerund_parts(text):
        part = part.strip(" ,.")
        for pattern, name in _CARE_GERUNDS:
            m = pattern.match(part)
            if m is not None:
                out.append(name or label_key(m.group("x")))
                break
    return out
