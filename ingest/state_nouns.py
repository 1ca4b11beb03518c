"""Name a risk factor written as a kind of person by the state or habit itself.

Pages say who is at risk with a word for the people ("obese people", "those
who are diabetic", "smokers"); readers, and the sources a page is compared
with, name the factor ("obesity", "diabetes", "smoking").  The noun is
derived by the word's ending and kept only when the dictionary (lemminflect,
through :func:`~claimgraph.ingest.normalize.all_lemmas`) knows it as a noun,
so a word with no such noun keeps the page's wording.
"""

from __future__ import annotations

from functools import lru_cache

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
# People named by what they do: "smokers", "heavy drinkers".
_AGENT_ENDINGS = ("ers", "er")


def _known_noun(word: str) -> bool:
    """Return whether the dictionary has the word as a noun of its own (no plural)."""
    return all_lemmas(word).get("NOUN") == (word,)


@lru_cache(maxsize=4_096)
def state_noun(word: str) -> str | None:
    """Return the noun of the state a word for people names, or None.

    >>> state_noun("obese"), state_noun("arthritic"), state_noun("anaemic")
    ('obesity', 'arthritis', 'anaemia')
    >>> state_noun("elderly") is None, state_noun("smoker") is None
    (True, True)
    """
    low = word.lower()
    lemmas = all_lemmas(low)
    if "ADJ" not in lemmas:
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

    Only a noun made from a verb of its own spelling ("smoke", "swim") counts:
    "members" and "others" name no habit.

    >>> habit_noun("smokers"), habit_noun("swimmer"), habit_noun("members")
    ('smoking', 'swimming', None)
    """
    low = word.lower()
    if "NOUN" not in all_lemmas(low):
        return None
    for ending in _AGENT_ENDINGS:
        if not low.endswith(ending) or len(low) < len(ending) + 4:
            continue
        stem = low[: -len(ending)]
        for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if verb and all_lemmas(verb).get("VERB") == (verb,):
                doing = inflection(verb, "VBG")
                if doing and _known_noun(doing[0]):
                    return doing[0]
    return None


def people_state(words: list[str]) -> str | None:
    """Return the state or habit a word for people names, as the factor's name, or None.

    One word for the people ("diabetic", "obese", "smokers"), or a describing
    word before a habit's people ("heavy smokers" -> "heavy smoking").

    >>> people_state(["obese"]), people_state(["heavy", "smokers"]), people_state(["tall"])
    ('obesity', 'heavy smoking', None)
    """
    if len(words) == 1:
        return state_noun(words[0]) or habit_noun(words[0])
    if len(words) == 2 and "ADJ" in all_lemmas(words[0].lower()):
        habit = habit_noun(words[1])
        return f"{words[0]} {habit}" if habit else None
    return None
