"""Type the headings a symptoms section goes on under: its stages and its named signs.

A page copied without markup loses its heading levels, so "Symptoms" and the
headings that split it ("Stage 1", "First phase", "Early stage", "High
temperature", "Swollen glands") come out as siblings; the sign headings then
take the type of whatever typed heading sits above them all ("Treatment",
"Causes") or none.  A person reading the page knows they go on describing the
signs.  This module finds, once per page, the sections whose own heading names
a stage or a sign and that follow a symptoms heading with only such headings
between: their text is read as a symptoms section.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimgraph.ingest import re_cache as re

from . import patterns as p

# "Stage 1", "Phase 2: sub-acute (weeks 2-4)", "First phase", "Early stage", "Stages of X",
# "Late disease": a part of the course of the illness.
_STAGE_HEADING = re.compile(
    r"^(?:(?:the )?(?:first|second|third|fourth|early|earlier|late|later|acute|sub-?acute|"
    r"convalescent|chronic|initial|final|early localized|early disseminated|late disseminated)"
    r" (?:stages?|phases?|symptoms|signs|disease)\b|(?:stages?|phases?) (?:\d{1,2}|one|two|three|"
    r"four|[ivx]{1,4})\b|(?:the )?(?:stages|phases) of\b)",
    re.IGNORECASE)
# "Swollen glands", "Red eyes", "Dry, cracked lips": a sign named by how a body part looks.
_SIGN_ADJECTIVE = re.compile(
    r"^(?:swollen|red|sore|painful|itchy|stiff|dry|cracked|peeling|blotchy|raised|high|"
    r"drooping|blurred|numb)\b", re.IGNORECASE)
_MAX_SIGN_WORDS = 5


def names_stage_or_sign(title: str) -> bool:
    """Return whether a heading names a stage of the illness or one sign.

    >>> names_stage_or_sign("Stage 2"), names_stage_or_sign("Swollen glands")
    (True, True)
    >>> names_stage_or_sign("When to see a doctor")
    False
    """
    title = title.strip().rstrip(":")
    if _STAGE_HEADING.match(title):
        return True
    words = title.split()
    if not 1 <= len(words) <= _MAX_SIGN_WORDS or "?" in title:
        return False
    return bool(_SIGN_ADJECTIVE.match(title) or p.SYMPTOM_HEAD.search(title.lower()))


def sections_going_on_with_signs(titles: Sequence[str]) -> frozenset[int]:
    """Return the indexes of the headings that go on with the symptoms heading before them.

    ``titles`` are a page's headings in order.  A heading counts when it has no
    type of its own, names a stage or a sign, and the last heading before it that
    is not such a heading announces symptoms.

    >>> sorted(sections_going_on_with_signs(
    ...     ["Treatment", "Symptoms", "Stage 1", "Fever", "When to get help", "Rash"]))
    [2, 3]
    """
    out: set[int] = set()
    last_type: str | None = None
    for i, title in enumerate(titles):
        own = p.section_type(title)
        if own is None and names_stage_or_sign(title):
            if last_type == p.SYMPTOM:
                out.add(i)
            continue
        last_type = own
    return frozenset(out)


def names_sign(title: str) -> bool:
    """Return whether a heading names one sign, not a stage ("Swollen glands", not "Stage 2").

    >>> names_sign("Swollen glands"), names_sign("Stage 2")
    (True, False)
    """
    return names_stage_or_sign(title) and not _STAGE_HEADING.match(title.strip().rstrip(":"))
