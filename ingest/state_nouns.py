"""Name a risk factor written as a kind of person by the state or habit itself.

Pages say who is at risk with a word for the people ("obese people", "those
who are diabetic", "diabetics", "smokers"); readers, and the sources a page is
compared with, name the factor ("obesity", "diabetes", "smoking").  This is the
one place that turns such a word into its factor (it replaces a second,
table-driven copy that lived in ``factor_clauses``):

* a state is derived by the adjective's ending and kept only when the
  dictionary (lemminflect, through :func:`~claimgraph.ingest.normalize.all_lemmas`)
  knows the derived word as a noun, so a word with no such noun keeps the
  page's wording; a few states whose noun no ending gives are listed;
* a habit is the gerund of the verb an agent noun is made from ("hikers" ->
  hiking), unless the noun names a role ("workers", "owners").
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas, inflection

# Adjective endings and the endings of the state's noun, most specific first:
# arthritic/arthritis, cirrhotic/cirrhosis, epileptic/epilepsy, asthmatic/asthma,
# anaemic/anaemia, allergic/allergy, alcoholic/alcoholism, obese/obesity,
# pregnant/pregnancy.
_STATE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("etic", ("etes",)),
    ("itic", ("itis",)),
    ("otic", ("osis",)),
    ("ptic", ("psy", "psis")),
    ("atic", ("a",)),
    ("iac", ("ia",)),
    ("ic", ("ia", "y", "ism")),
    ("ese", ("esity",)),
    ("ant", ("ancy",)),
)
# States whose usual name no ending derives ("frail" is not "frailness" on a page).
_IRREGULAR_STATES: dict[str, str] = {
    "malnourished": "malnutrition", "dehydrated": "dehydration",
    "hypertensive": "high blood pressure", "frail": "frailty",
}
# People named by what they do: "smokers", "heavy drinkers".
_AGENT_ENDINGS = ("ers", "er")
# Nouns in -er that name a role, not the act that raises a risk, or a thing that only
# looks like an agent noun ("liver" is no one who lives).
_NOT_AGENTS = frozenset({"worker", "owner", "carer", "caregiver", "other", "member",
                         "mother", "father", "brother", "sister", "teenager", "traveller",
                         "traveler", "farmer", "keeper", "partner", "sufferer", "lover",
                         "user", "survivor", "provider", "officer", "soldier", "reader",
                         "answer", "number", "layer", "center", "power", "paper", "liver",
                         "flower", "letter", "matter", "water", "order", "corner"})
# A one-syllable stem of one vowel and one consonant doubles it before -er ("swim" -> "swimmer"), so
# "riders" are people who ride, not who rid.
_DOUBLES = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# The word for the people after the state ("obese people", "diabetic patients").
_PEOPLE_TAIL = frozenset({"people", "persons", "patients", "adults", "individuals", "hosts"})


def _known_noun(word: str) -> bool:
    """Return whether the dictionary has the word as a noun of its own (no plural)."""
    return all_lemmas(word).get("NOUN") == (word,)


@lru_cache(maxsize=4_096)
def state_noun(word: str) -> str | None:
    """Return the noun of the state a word for people names, or None.

    A plural noun for the people ("diabetics") names the state of its singular.

    >>> state_noun("obese"), state_noun("arthritic"), state_noun("diabetics")
    ('obesity', 'arthritis', 'diabetes')
    >>> state_noun("elderly") is None, state_noun("smoker") is None
    (True, True)
    """
    low = word.lower()
    if low in _IRREGULAR_STATES:
        return _IRREGULAR_STATES[low]
    lemmas = all_lemmas(low)
    if "ADJ" not in lemmas and lemmas:
        singular = lemmas.get("NOUN", ())
        if low.endswith("s") and singular and singular[0] == low[:-1]:
            return state_noun(singular[0]) if "ADJ" in all_lemmas(singular[0]) else None
        return None
    for ending, nouns in _STATE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: -len(ending)]
            for noun in nouns:
                if _known_noun(stem + noun):
                    return stem + noun
    return None


@lru_cache(maxsize=4_096)
def habit_noun(word: str) -> str | None:
    """Return the habit an agent noun names ("smokers" -> "smoking"), or None.

    Only a noun made from a verb ("smoke", "hike", "swim") counts, and not one
    that names a role: "members" and "workers" name no habit.

    >>> habit_noun("smokers"), habit_noun("swimmer"), habit_noun("hikers")
    ('smoking', 'swimming', 'hiking')
    >>> habit_noun("members") is None, habit_noun("workers") is None
    (True, True)
    """
    low = word.lower()
    for ending in _AGENT_ENDINGS:
        if not low.endswith(ending) or len(low) < len(ending) + 3:
            continue
        stem = low[: -len(ending)]
        if stem + "er" in _NOT_AGENTS or "NOUN" not in all_lemmas(low):
            return None
        # the stem itself first ("singers" sing, not singe), unless it would have doubled
        bare = "" if _DOUBLES.search(stem) else stem
        for verb in (bare, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if verb and verb in all_lemmas(verb).get("VERB", ()):
                doing = inflection(verb, "VBG")
                # one such word alone ("summer", "winter") is rarely a person: its act
                # must be a noun of its own ("smoker": smoking)
                if doing and (ending == "ers" or _known_noun(doing[0])):
                    return doing[0]
        return None
    return None


_USERS = {"users": "use", "misusers": "misuse", "abusers": "abuse", "injectors": "injection"}


def people_state(label: str) -> str | None:
    """Return the state or habit a word for people names, as the factor's name, or None.

    One word for the people ("diabetic", "obese", "smokers"), maybe with the
    word "people" after it ("obese people"), or a word before a habit's people
    ("heavy smokers" -> "heavy smoking").

    >>> people_state("obese"), people_state("heavy smokers"), people_state("tall")
    ('obesity', 'heavy smoking', None)
    >>> people_state("diabetic patients"), people_state("mountain hikers")
    ('diabetes', 'mountain hiking')
    >>> people_state("intravenous drug users"), people_state("drug misusers")
    ('intravenous drug use', 'drug misuse')
    """
    words = label.strip().lower().split()
    if words and words[-1] in _PEOPLE_TAIL:
        words = words[:-1]
    if len(words) >= 2 and words[-1] in _USERS:
        # "intravenous drug users": the drug use; "drug misusers", "drug abusers" likewise
        return " ".join([*words[:-1], _USERS[words[-1]]])
    if len(words) == 1:
        return state_noun(words[0]) or habit_noun(words[0])
    if len(words) == 2:
        habit = habit_noun(words[1])
        return f"{words[0]} {habit}" if habit else None
    return None
