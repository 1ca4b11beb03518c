"""The harm a ", which can lead to" clause takes back to: "X, which may lead to Y".

"Long-term harms include lung scarring, which may lead to breathing failure" says the
scarring leads to the failure.  The relative pronoun's clause has no subject of its own
words, so without this the rules drop the relation (the subject is not the clause's);
the thing named just before ", which" is the subject.  Only a noun phrase of a few
words, after a list's comma or a lead word, is taken back to: a clause before the comma
("the vessel can burst, which ...", "the vessels become swollen, which ...") names an
event or a state, not a thing, and is left alone.
"""

from __future__ import annotations

# Words a listed thing follows: "include X, which", "pain, and X, which", "such as X, which".
# (Not a verb: "It can cause heart block, which ..." is left to the rules, whose subject
# is the sentence's.)
_LEADS = frozenset({"include", "includes", "including", "and", "or", "as", "like",
                    "especially"})
# Words no thing's name holds: a verb or a pronoun says the comma closes a clause.
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "can", "may",
                           "might", "could", "will", "would", "has", "have", "had", "it",
                           "this", "they", "these", "those", "you", "your", "to", "become",
                           "becomes", "get", "gets", "which", "that", "who", "not"})
# A state word ends no thing's name ("... inflamed and swollen, which").
_STATE_ENDINGS = ("ed", "en", "ful", "ous", "ive", "ly")
_ARTICLES = frozenset({"a", "an", "the"})


def harm_before_which(before: str, *, whole: bool = False) -> str:
    """Return the noun phrase right before ", which" (``before`` ends at "which"), or "".

    ``whole``: ``before`` starts right after another relation's words ("It can cause
    heart block, which": "heart block"), so all of it may be the phrase; otherwise a
    list's comma or a lead word must come before the phrase ("The germ makes a toxin,
    which ..." has a verb, not a list, before "a toxin").

    >>> harm_before_which("Long-term harms include lung scarring, ")
    'lung scarring'
    >>> harm_before_which("Severe pain, and multi-organ failure, ")
    'multi-organ failure'
    >>> harm_before_which("The vessel can burst, ")
    ''
    >>> harm_before_which(" heart block, ", whole=True)
    'heart block'
    >>> harm_before_which("The vessels become inflamed and swollen, ")
    ''
    """
    text = before.rstrip()
    if not text.endswith(","):
        return ""
    words = text[:-1].split()
    taken: list[str] = []
    for word in reversed(words[-6:]):
        bare = word.lower().strip("\"'")
        if taken and (word.endswith((",", ";", ":")) or bare in _LEADS):
            break
        if not bare.replace("-", "").replace("'", "").isalnum() or bare in _CLAUSE_WORDS:
            return ""
        taken.append(word)
    else:
        if len(words) > len(taken) or not whole:
            return ""  # no list comma or lead word before the phrase: a clause
    while taken and taken[-1].lower() in _ARTICLES:
        taken.pop()
    if not taken or len(taken) > 4 or taken[0].lower().endswith(_STATE_ENDINGS):
        return ""
    return " ".join(reversed(taken))
