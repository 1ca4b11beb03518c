"""Names that are pieces of a sentence, not things: claims built on them are false.

A relation rule takes the words on each side of its phrase and trims them to a
name.  When a list split or a clause cut lands in the wrong place, what is left
still looks like a name to the later steps but is only a scrap of the sentence:

* a name that ends on a word that needs more after it ("fluid in one" of
  "fluid in one or two joints", "pain in the");
* a name that opens with the words that introduce one ("called", "either"): the
  naming or the choice, not the thing (the words a name was read from may open so
  and still hold the name: "a germ called Zorbella" names the germ);
* a bare place on the map as a sign, harm, site or remedy ("the leading cause of
  heart disease in North America and Japan" gives no harm "Japan");
* an indefinite pronoun ("pain from something"), which names nothing;
* the chance of something as a factor ("a high risk of death" is linked with the
  illness as an outcome, it is no cause of it).

These checks look at the name alone, so they hold on any topic; they never
drop a name a careful reader writes down.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from claimgraph.graph import vocab as v
from claimgraph.ingest import re_cache as re

# A last word that needs a noun after it: a preposition, an article, a relative word, or
# a count word left by an "or" split ("in one [or two joints]").
_OPEN_END = re.compile(
    r"\s(?:in|of|on|at|to|with|for|from|by|into|onto|than|the|a|an|which|that|where|who|whose|"
    r"(?:in|of|on|at|to) (?:one|two|both|each|either|some))$", re.IGNORECASE)
# First words that introduce a name or a choice, not the thing named.  (A list's last
# member keeps its "and" in the words it was read from: "and autoimmune disorders".)
_NAMING_LEAD = re.compile(r"(?:(?:also |often |sometimes )?(?:called|known as|termed|named|"
                          r"referred to as)|either)\s", re.IGNORECASE)
# An indefinite pronoun names nothing: "pain from something" is no sign's name.
_INDEFINITE = re.compile(r"\b(?:something|anything|someone|somebody|anyone|anybody)\b",
                         re.IGNORECASE)
# A place on the map alone, with its compass words.
_MAP_PLACE = re.compile(
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|"
    r"lower)\s+)*(?:america|europe|asia|africa|australia|oceania|scandinavia|japan|korea|china|"
    r"taiwan|india|canada|mexico|brazil|midwest|hemisphere|united states|united kingdom)",
    re.IGNORECASE)
# The chance of an outcome named as if it were the factor ("a high risk of death").
_CHANCE_OF = re.compile(r"(?:an?\s+|the\s+)?(?:(?:high|higher|low|lower|increased|greater|"
                        r"raised|small|big|bigger)\s+)?(?:risk|chance|likelihood|odds)\s+of\s",
                        re.IGNORECASE)
# Where a place is no answer: a sign, a harm, a part, a remedy, a test.
_NO_PLACE = (v.HAS_SYMPTOM, v.HAS_COMPLICATION, v.AFFECTS, v.USED_FOR, v.TREATED_BY,
             v.EFFECTIVE_FOR, v.TARGETS, v.PREVENTS, v.DIAGNOSED_BY, v.INVOLVES)
# A remedy's side named by a class of harms ("mineral problems" of "treatment of bone and
# mineral problems" split in two): what is treated, not what treats.
_HARM_CLASS_END = re.compile(r"\s(?:problems|disorders|complications|symptoms|issues)$",
                             re.IGNORECASE)
_REMEDY_SIDE = (v.USED_FOR, v.EFFECTIVE_FOR, v.TARGETS, v.PREVENTS)
# Where the chance of an outcome is no answer: the factor side of a risk claim.
_FACTOR_SIDE = (v.INCREASES_RISK_OF, v.ASSOCIATED_WITH, v.CAUSES, v.CONTRIBUTES_TO)


@lru_cache(maxsize=65536)
def fragment_name(subject: str, predicate: str, obj: str | None,
                  named: Callable[[str], bool] = lambda name: False) -> bool:
    """Return whether a side of a claim is a scrap of a sentence rather than a name.

    A side *named* says is a name the page gave (its topic): "Zorb A" ends like an open
    phrase ("... of a") but is the title's own words, so it is never a scrap.

    >>> fragment_name("grebble fever", "has_symptom", "swelling in one")
    True
    >>> fragment_name("called zorbs", "increases_risk_of", "grebble fever")
    True
    >>> fragment_name("grebble fever", "has_symptom", "swelling in one joint")
    False
    """
    names = (subject,) if obj is None else (subject, obj)
    for name in (n for n in names if not named(n)):
        if _scrap(name) or (predicate in _NO_PLACE and _MAP_PLACE.fullmatch(name.strip())):
            return True
    if predicate in _REMEDY_SIDE and " of " not in subject and _HARM_CLASS_END.search(
            subject.strip()):
        return True
    return predicate in _FACTOR_SIDE and _CHANCE_OF.match(subject.strip()) is not None


@lru_cache(maxsize=65536)
def _scrap(name: str) -> bool:
    """Return whether one name is a scrap of a sentence: it ends open ("swelling in one"),
    starts by naming ("called zorbs") or names no one thing ("something", "anybody").

    Memoised by the name alone (see :func:`fragment_name`): a table's rows pair a new
    name with one named on every row.
    """
    name = name.strip()
    indefinite = ("one" in name or "thing" in name or "body" in name) and bool(
        _INDEFINITE.search(name))
    return bool(_OPEN_END.search(name) or _NAMING_LEAD.match(name) or indefinite)


def chance_dropped(name: str) -> str:
    """Return a harm's name without "a high risk of" before it.

    >>> chance_dropped("a high risk of kidney harm"), chance_dropped("kidney harm")
    ('kidney harm', 'kidney harm')
    """
    m = _CHANCE_OF.match(name)
    return name[m.end():].strip() if m is not None and name[m.end():].strip() else name



# "... cause severe infections that can be fatal": the relative clause says the infections
# kill, a harm of a harm.  "It is a rare infection that can be fatal" says it of the topic
# itself (the noun follows "is a").
_FATAL_ONE = re.compile(r"(?P<x>[A-Za-z][\w'-]*(?: [\w'-]+){0,5}?)\s*,?\s+(?:that|which)\s*$")
_DEFINED_AS = re.compile(r"\b(?:is|are|was|were|be|being|as)\s+(?:a|an|the)?\s*$", re.IGNORECASE)


def fatal_relative(before: str) -> str | None:
    """Return the noun a "that/which ... fatal" clause is said of, when it is no
    definition of the subject ("severe infections that could be fatal").

    >>> fatal_relative("It can cause severe zorb infections that ")
    'severe zorb infections'
    >>> fatal_relative("Grebble fever is a rare illness that ") is None
    True
    """
    if "that" not in before and "which" not in before:
        return None
    m = _FATAL_ONE.search(before)
    if m is None:
        return None
    words = m.group("x").split()
    # The noun phrase is the words after the last verb-like or linking word.
    # (an article after a preposition is inside the phrase: "a hole in the bowel wall")
    start = max((i + 1 for i, w in enumerate(words) if w.lower() in _LINKS and not (
        i and words[i - 1].lower() in _PREPOSITIONS)), default=0)
    noun = " ".join(words[start:])
    lead = before[:m.start("x")] + " ".join(words[:start])
    if not noun or noun.lower() in ("it", "this", "that", "which") or _DEFINED_AS.search(
            lead.rstrip() + " "):
        return None
    return noun


_PREPOSITIONS = frozenset({"of", "in", "with", "on", "at", "from", "around", "under"})
# (Not "of", "in" or "with": "a hole in the bowel wall" is one name, not "bowel wall".)
_LINKS = frozenset({"cause", "causes", "caused", "to", "into", "lead", "leads", "develop",
                    "develops", "even", "get", "gets", "and", "or", "a",
                    "an", "the", "is", "are", "be", "as", "may", "can", "could", "might"})


# "an ache set off by something harmless, such as cold air": the examples are of the
# "something", a trigger, not more members of the list.
_ANY_THING = re.compile(r"\b(?:something|anything|everything|things)\b", re.IGNORECASE)


def examples_of_anything(class_phrase: str) -> bool:
    """Return whether the examples after a class phrase are of an indefinite "something".

    >>> examples_of_anything("an ache set off by something that is harmless")
    True
    >>> examples_of_anything("medicines that weaken the immune system")
    False
    >>> examples_of_anything("something in the environment")
    False
    """
    low = class_phrase.lower()
    return "thing" in low and _ANY_THING.search(class_phrase) is not None \
        and _EXPOSURE.search(class_phrase) is None


# "something in the environment, such as dust", "things people breathe in, like smoke": an
# exposure, whose examples are the things met (they raise the risk; they are named).
_EXPOSURE = re.compile(r"\b(?:something|anything|things)\s+(?:(?:in|from)\s+(?:the\s+|your\s+|"
                       r"their\s+)?(?:environment|air|surroundings|workplace|home|soil|water)|"
                       r"(?:you|people|they|we)\s+(?:breathe|inhale|are exposed to|touch|eat))",
                       re.IGNORECASE)


# "Many people with it don't have X": X is not in everyone, which denies no sign of it.
_SOME_DO_NOT = re.compile(r"\b(?:many|some|most|not all|a few)\s+(?:of\s+)?(?:the\s+|these\s+|"
                          r"those\s+)?(?:people|patients|children|adults|individuals|those|cases)"
                          r"\b[^.;]{0,80}?\b(?:don't|do not|doesn't|does not|never|won't|will not)"
                          r"\s+(?:\w+\s+){0,2}?(?:have|get|develop|show|experience|notice)\b",
                          re.IGNORECASE)


def only_some_lack(sentence: str) -> bool:
    """Return whether a sentence says only that some people lack something.

    >>> only_some_lack("Many people with grebble fever don't have a rash.")
    True
    >>> only_some_lack("People with grebble fever don't have a rash.")
    False
    """
    low = sentence.lower()
    return ("n't" in low or " not " in low or "never" in low) and _SOME_DO_NOT.search(
        sentence) is not None


# "A small bump, similar to the bump of a gnat bite": one sign likened to another thing's
# sign; "They are similar to a cold" (they: the signs just listed).  Neither says what the
# illness itself can be mistaken for.
_LIKENED_SIGN = re.compile(r"\s*(?:the|a|an)\s+(?P<n>[a-z]+)\s+(?:of|from)\s", re.IGNORECASE)
_THEY_LEAD = re.compile(r"\s*(?:they|these|those)\s*$", re.IGNORECASE)


def likens_a_sign(left: str, right: str) -> bool:
    """Return whether a "similar to" likens a sign or the signs, not the illness.

    >>> likens_a_sign("A small red bump,", "the bump of a gnat bite")
    True
    >>> likens_a_sign("They", "a cold")
    True
    >>> likens_a_sign("The rash looks,", "that of a burn")
    False
    """
    if _THEY_LEAD.fullmatch(left):
        return True
    m = _LIKENED_SIGN.match(right)
    return m is not None and re.search(rf"\b{re.escape(m.group('n'))}\b", left,
                                       re.IGNORECASE) is not None
