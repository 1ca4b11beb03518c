"""Everyday wordings of a sign, named as a reader lists the sign.

Pages for patients describe a sign instead of naming it: "a temperature of
38C or above" is a high temperature, "being sick" is vomiting and "feel
sick" is feeling sick.  Cutting such a phrase down to its head ("temperature",
"sick") loses the sign, so :func:`plain_sign_name` names it first.  Grammar
and general wordings only: nothing here names a disease.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .lexicon import BODY_PARTS, FEELINGS, STATE_NOUNS, synonym_groups
from .normalize import label_key, noun_lemmas

# "a temperature of 38C or above", "a body temperature over 100.4F": a reading at or over
# the point a page calls a fever.
_TEMPERATURE_OVER = re.compile(
    r"^(?:an? |the |your |their |his |her )?(?:high |raised |body )*temperatures? "
    r"(?:of|above|over|higher than|greater than|exceeding|reaching|at or above|of at least)\s+"
    r"(?:about |around |roughly |at least |over |above |more than )?"
    r"(?P<v>\d{2,3}(?:\.\d+)?)\s?(?:°|º|degrees?)?\s?(?P<u>[CF])?\b", re.IGNORECASE)
# The lowest reading, in Celsius or Fahrenheit, that pages call a high temperature.
_FEVER_FROM = {"C": 37.5, "F": 99.5}
# "being sick" (vomiting, in British usage) and "feel sick" (nausea).
_SICK = re.compile(r"^(?P<v>being|be|is|are|was|were|feel|feels|felt|feeling)\s+"
                   r"(?:very |quite |a bit |a little )?sick$", re.IGNORECASE)
_FEEL_WORDS = frozenset({"feel", "feels", "felt", "feeling"})
# "feel short of breath", "feel very tired", "get breathless": a state felt, named as a sign.
_FEEL_STATE_NAMES = {"short of breath": "shortness of breath", "breathless": "breathlessness",
                     "tired": "tiredness", "exhausted": "exhaustion", "weak": "weakness",
                     "dizzy": "dizziness", "faint": "faintness", "unwell": "feeling unwell",
                     "lightheaded": "lightheadedness", "light-headed": "lightheadedness",
                     "confused": "confusion", "irritable": "irritability",
                     "anxious": "anxiety", "depressed": "low mood", "low": "low mood",
                     "sleepy": "sleepiness", "drowsy": "drowsiness", "achy": "aches"}
# ("feeling very tired" is left as written: the lexicon names it so)
_FEEL_STATE = re.compile(r"^(?:feel|feels|get|become)\s+"
                         r"(?:(?:very|quite|a bit|a little|more|extremely|really|easily|often|"
                         r"always|unusually)\s+)*"
                         rf"(?P<s>{'|'.join(map(re.escape, _FEEL_STATE_NAMES))})$", re.IGNORECASE)
# "being very sensitive to bright light", "sensitive to loud noises": a sensitivity.
_SENSITIVE_TO = re.compile(r"^(?:being |are |is |feel(?:ing)? |becoming |become )?(?:very |"
                           r"extremely |more |unusually |abnormally )?sensitive to (?:bright |"
                           r"strong |loud )?(?P<to>light|sound|noise|touch)s?$", re.IGNORECASE)
# "a feeling that there is something in your eye", "feeling like there's grit in the eye".
_SOMETHING_IN_EYE = re.compile(r"^(?:an? )?(?:feeling|sensation|feel)(?: of| that| as if| as "
                               r"though| like)? (?:there is |there's |you have |having )?"
                               r"(?:something|grit|sand|dirt|a speck) in (?:your |the |their )?"
                               r"eyes?$", re.IGNORECASE)
# "eyes that water a lot", "eyes that are watery".
_EYES_WATER = re.compile(r"^(?:your |the |their )?eyes (?:that|which) (?:water|are watery|stream)"
                         r"(?: a lot| constantly| more than usual)?$", re.IGNORECASE)
# "lose weight (without trying)", "losing your appetite": the loss, as readers name it.
_LOSE = re.compile(r"^(?:lose|losing|lost)\s+(?:some\s+|a lot of\s+|your\s+|their\s+)?"
                   r"(?P<w>weight|appetite)(?:\s+without (?:trying|meaning to))?$", re.IGNORECASE)
# "a rash that looks like sunburn", "a rash resembling sunburn", "symptoms similar to flu": a
# sign named by its likeness, as readers list it ("sunburn-like rash", "flu-like symptoms");
# how a sign feels, too ("a rash that feels like sandpaper").  A bare "like" is left alone:
# "symptoms like fever" gives examples, no likeness.
_LOOKS_LIKE = re.compile(
    r"\b(?P<n>rash(?:es)?|symptoms?|illness|spots?|patch(?:es)?|blisters?|sores?|lesions?|"
    r"bumps?|marks?|lumps?|pain)\s+(?:(?:that|which) (?:looks?|feels?|seems?|is|are|appears?) "
    r"(?:a bit |a little |very |quite |rather |much |somewhat )?(?:like|similar to)|similar to|"
    r"resembling|looking like)"
    r" (?:an? |the |a bad |bad )?(?P<y>[a-z]+)(?=\s*(?:[,.;:)]|\b(?:and|or|that|which)\b|$))",
    re.IGNORECASE)
_LOOKS_LIKE_WORDS = ("like", "similar", "resembl")


def _likeness(m: re.Match[str]) -> str:
    """Return "sunburn-like rash" for "rash that looks like sunburn"."""
    like = m.group("y").lower()
    return f"{(noun_lemmas(like) or (like,))[0]}-like {m.group('n').lower()}"


@lru_cache(maxsize=65536)
def name_likeness(text: str) -> str:
    """Return the text with a sign said to look like something named by its likeness.

    >>> name_likeness("a widespread rash that looks like sunburn, and pain")
    'a widespread sunburn-like rash, and pain'
    >>> name_likeness("symptoms like fever")
    'symptoms like fever'
    """
    low = text.lower()
    if not any(map(low.__contains__, _LOOKS_LIKE_WORDS)):
        return text
    return _LOOKS_LIKE.sub(_likeness, text)


@lru_cache(maxsize=65536)
def plain_sign_name(text: str) -> str | None:
    """Return the sign an everyday wording names, or None when it names none.

    >>> plain_sign_name("a temperature of 38C or above")
    'high temperature'
    >>> plain_sign_name("being sick"), plain_sign_name("feel sick")
    ('vomiting', 'feeling sick')
    >>> plain_sign_name("a temperature of 36C") is None
    True

    """
    low = text.lower()
    if "temperat" in low:
        m = _TEMPERATURE_OVER.match(text.strip())
        if m is not None:
            unit = (m.group("u") or "C").upper()
            value = float(m.group("v"))
            if unit == "C" and value > 45:
                unit = "F"  # "a temperature over 100.4": Fahrenheit without its letter
            return "high temperature" if value >= _FEVER_FROM[unit] else None
    if "sensitive to" in low:
        m = _SENSITIVE_TO.match(text.strip())
        if m is not None:  # "being very sensitive to bright light": sensitivity to light
            return f"sensitivity to {m.group('to').lower()}"
    if ("something in" in low or "grit in" in low or "sand in" in low) and \
            _SOMETHING_IN_EYE.match(text.strip()):
        return "foreign body sensation"
    if "water" in low and _EYES_WATER.match(text.strip()):
        return "watery eyes"  # "eyes that water a lot"
    if low.startswith(("feel ", "feels ", "get ", "become ")):
        m = _FEEL_STATE.match(text.strip())
        if m is not None:  # "feel short of breath", "feel very tired": the state's name
            return _FEEL_STATE_NAMES[m.group("s").lower()]
    if low.startswith(("lose ", "losing ", "lost ")):
        m = _LOSE.match(text.strip())
        if m is not None:  # "- lose weight": weight loss
            return "weight loss" if m.group("w").lower() == "weight" else "loss of appetite"
    if "sick" in low:
        m = _SICK.match(text.strip())
        if m is not None:
            return "feeling sick" if m.group("v").lower() in _FEEL_WORDS else "vomiting"
    return None


# "feel sick and have diarrhoea", "have a rash or get headaches": a second verb of having a
# sign after "and"/"or" starts another member of the same list of signs ("and feel sick"
# is a member the list reader keeps whole).
_SECOND_HAVE = re.compile(r"(?P<j>\s*,?\s+(?:and|or)\s+)(?:(?:may|might|can|could|will|often|also|"
                          r"sometimes|then|later)\s+)*(?:have|has|get|gets|develop|develops|"
                          r"notice|experience|experiences)\s+(?!to\b|that\b|it\b|"
                          r"better\b|worse\b|well\b|rid\b)", re.IGNORECASE)
_SECOND_HAVE_WORDS = (" and ", " or ")
_FELT_WORDS = re.compile(r"\b(?:feel|feels)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _felt_named() -> frozenset[str]:
    """Return the feeling words whose "feeling X" is a name in the lexicon ("feeling sick")."""
    groups = synonym_groups()
    return frozenset(w for w in FEELINGS if label_key(f"feeling {w}") in groups)


def signs_had(verb: str, right: str) -> str:
    """Return the words after a verb of having signs as one list of them.

    "sick and have diarrhoea", after "feel", is "feeling sick and diarrhoea": the
    second verb's sign is the list's next member, and a feeling keeps its verb
    (the lexicon's name for "sick" after "feel" is "feeling sick").

    >>> signs_had("may feel", "sick and have diarrhoea")
    'feeling sick and diarrhoea'
    """
    if not any(w in right for w in _SECOND_HAVE_WORDS):
        joined = right
    else:
        joined = _SECOND_HAVE.sub(r"\g<j>", right)
    if _FELT_WORDS.search(verb):
        first = joined.lstrip().split(" ", 1)[0].strip(",.;:").lower()
        if first in _felt_named():
            joined = "feeling " + joined.lstrip()
    return joined


# The adjective for each state noun ("redness" is "red"), the first one the lexicon gives.
_STATE_ADJECTIVES: dict[str, str] = {}
for _adjective, _noun in STATE_NOUNS.items():
    _STATE_ADJECTIVES.setdefault(_noun, _adjective)


def state_names(keys: Iterable[str], known: Container[str]) -> set[str]:
    """Return a body part's state written the other way round, as a synonym.

    Pages and readers write "red skin" and "skin redness", "swollen hands" and
    "hand swelling" for one sign (the lexicon's ``name_form`` already joins
    them); each form also answers to the other.  Only a body part in a state
    the lexicon names, and only a form no other entity has.

    >>> sorted(state_names(["skin redness", "swollen hand", "dry cough"], set()))
    ['hand swelling', 'red skin']
    """
    out: set[str] = set()
    for key in keys:
        words = key.split()
        if len(words) != 2:
            continue
        first, last = words
        if first in STATE_NOUNS and last in BODY_PARTS:
            other = f"{last} {STATE_NOUNS[first]}"
        elif first in BODY_PARTS and last in _STATE_ADJECTIVES:
            other = f"{_STATE_ADJECTIVES[last]} {first}"
        else:
            continue
        if other not in known:
            out.add(other)
    return out
