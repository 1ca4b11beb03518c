"""Signs said with a causative verb and a body part: "it causes the skin to become red".

"X causes one side of the face to droop", "it makes your joints stiff", "this
causes the skin to remain painful" name a body part and the state the
condition puts it in.  Read as a plain "causes" relation, the object is the
whole clause ("one side of the face to droop"), which names nothing; a reader
files each state of the part as a sign ("face drooping", "skin pain").
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .lexicon import BODY_PARTS, STATE_NOUNS
from .normalize import noun_lemmas

# The verbs a part does when it is in a sign's state, as the sign's noun.
_PART_ACTS = {"droop": "drooping", "droops": "drooping", "sag": "drooping", "sags": "drooping",
              "swell": "swelling", "swell up": "swelling", "ache": "pain", "hurt": "pain",
              "itch": "itching", "tingle": "tingling", "stiffen": "stiffness",
              "twitch": "twitching"}
# The words every match below holds one of (a cheap first look).
CAUSED_STATE_WORDS = ("cause", "causing", "make", "making", "made", "leave", "leaving")
_ADJ_LIST = r"[a-z-]+(?:(?:\s*,\s*(?:and |or )?|\s+(?:and|or)\s+)(?:very |extremely )?[a-z-]+){0,3}"
_CAUSED_PART_STATE = re.compile(
    r"\b(?:causes?|causing|caused|makes?|making|made|leaves?|leaving)\s+"
    r"(?:the |your |their |his |her |a |one |some )?"
    r"(?:(?:one |either |the )?(?:side|half|part|corner|muscles)s? of (?:the |your |their |his |"
    r"her |a )?)?(?P<part>[a-z]+)\s+"
    r"(?:(?:to )?(?:become|feel|remain|stay|turn|look|get|be)\s+|to\s+)?"
    r"(?:very |extremely |more )?(?P<adjs>" + _ADJ_LIST + r")",
    re.I)
_SPLIT_ADJS = re.compile(r"\s*,\s*(?:and |or )?|\s+(?:and|or)\s+")


def caused_part_states(text: str) -> list[tuple[str, re.Match[str]]]:
    """Return (sign, match) for each state a causative verb puts a body part in.

    >>> [s for s, _ in caused_part_states("It causes the skin to become red and itchy.")]
    ['skin redness', 'skin itching']
    >>> [s for s, _ in caused_part_states("It causes one side of your face to droop.")]
    ['face drooping']
    >>> caused_part_states("It causes the body to make antibodies.")
    []
    """
    out: list[tuple[str, re.Match[str]]] = []
    for m in _CAUSED_PART_STATE.finditer(text):
        part = m.group("part").lower()
        lemmas = noun_lemmas(part)
        base = lemmas[0] if lemmas else part
        if base not in BODY_PARTS:
            continue
        for word in _SPLIT_ADJS.split(m.group("adjs").lower()):
            word = re.sub(r"^(?:very|extremely)\s+", "", word.strip())
            state = STATE_NOUNS.get(word) or _PART_ACTS.get(word)
            if state is None:
                break  # the states end where a word names none ("red and hard to move")
            out.append((f"{base} {state}", m))
    return out
