"""Split a "people who ..." clause that joins two factors with "or" / "and".

"Those who smoke or drink heavily" names two acts of the same people: the second
member, "drink heavily", is a verb phrase whose subject is "those who".  "People who
have diabetes or gout" names two states after one verb.  "People who hike for work or
leisure" names one act: "leisure" ends the first act's own phrase.  :func:`who_members`
returns one "people who ..." clause per factor, for ``people_factor`` to name.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from .normalize import all_lemmas

# "people who <verb> <rest>".
_WHO_VERB = re.compile(r"^\s*(?P<who>(?:[\w-]+ )?(?:people|those|individuals|patients|persons|"
                       r"adults|children|women|men)\s+who\s+)(?P<verb>[a-z]+)(?P<rest>\s.+)$",
                       re.I)
_JOIN = re.compile(r"\s+(?:or|and|and/or)\s+", re.I)
# Verbs that lead a list of states ("have diabetes or gout", "are pregnant or obese").
_STATE_VERBS = frozenset({"have", "has", "had", "are", "is", "were", "was", "be", "been",
                          "use", "take", "took", "get", "got", "receive", "received",
                          "develop", "developed", "experience", "experienced"})


# A group of people named by its age or state, a list member of its own after a "who"
# clause ("... who inject drugs and older adults").
_ANOTHER_GROUP = re.compile(r"(?:the elderly|(?:older|elderly|young|younger|pregnant|new-?born)"
                            r" (?:adults|people|children|women|men|babies|infants))", re.I)


def _verb_first(member: str) -> bool:
    word = member.strip().split(" ", 1)[0].lower()
    return word.isalpha() and word in all_lemmas(word).get("VERB", ())


def who_members(clause: str) -> list[str]:
    """Return a "people who ..." clause as one clause per factor it joins.

    >>> who_members("people who smoke or drink heavily")
    ['people who smoke', 'people who drink heavily']
    >>> who_members("people who have diabetes or gout")
    ['people who have diabetes', 'people who have gout']
    >>> who_members("people who hike for work or leisure")
    ['people who hike for work or leisure']
    """
    m = _WHO_VERB.match(clause)
    if m is None or not _JOIN.search(m.group("rest")):
        return [clause]
    who, verb = m.group("who"), m.group("verb")
    members = [x.strip() for x in _JOIN.split(" " + m.group("rest").strip())]
    group = next((i for i, x in enumerate(members) if i and _ANOTHER_GROUP.fullmatch(x)), None)
    if group is not None:
        # "people who inject drugs and older adults": a group of its own ends the clause
        return [*who_members(f"{who}{verb} {' or '.join(members[:group])}"), *members[group:]]
    if verb.lower() in _STATE_VERBS:
        if any(x.split()[0].lower() in _STATE_VERBS for x in members[1:] if x):
            # "who have had X or are obese": another state verb leads its own member
            return [f"{who}{verb} {members[0]}".strip(),
                    *(f"{who}{x}" if x.split()[0].lower() in _STATE_VERBS else f"{who}{verb} {x}"
                      for x in members[1:])]
        return [f"{who}{verb} {x}".strip() for x in members]
    out = [f"{who}{verb} {members[0]}".strip()]
    for x in members[1:]:
        if _verb_first(x):
            out.append(f"{who}{x}")
        else:
            out[-1] = f"{out[-1]} or {x}"  # the act's own object or aside goes on
    return out
