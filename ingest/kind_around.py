"""What a figure counts when its own sentence does not say: the heading above it, or the
outcome the sentence before names.

Pages often leave a figure's kind to what is around it:

- "Mortality" as a heading, then "The rate is 20-30 % in most series": a death rate;
- "It can come back. This happens in around 15 % of people": a relapse rate, the outcome
  named in the sentence before and pointed back to by "this happens".

:func:`~claimgraph.ingest.quantities.find_figures` reads one sentence and sees neither
(a bare "happens in" even reads as how often a sign comes), so the sentence reader hands
the heading and the sentence before to :func:`with_kind_around`.  Only proportions of
unknown kind, or those a bare "this happens" reads as a sign's frequency with no sign,
are touched, and only when the heading (or the sentence before) names one outcome alone.
"""

from __future__ import annotations

from dataclasses import replace

from claimgraph.ingest import re_cache as re

from .quantities import Figure

_I = re.IGNORECASE
# The kinds a short heading may name, each by its own words ("Mortality/Morbidity",
# "Recurrence", "Prognosis and survival").
_HEADING_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("mortality", re.compile(r"\b(?:mortality|deaths?|death rates?|(?:case[- ])?fatality)\b", _I)),
    ("survival", re.compile(r"\bsurvival\b", _I)),
    ("relapse", re.compile(r"\b(?:relapses?|recurrences?)\b", _I)),
    ("recovery", re.compile(r"\b(?:recovery|remission)\b", _I)),
    ("incidence", re.compile(r"\bincidence\b", _I)),
    ("prevalence", re.compile(r"\bprevalence\b", _I)),
)
# A heading of more words than this is a sentence-like title, not the name of a quantity.
_HEADING_WORDS = 5
# The outcomes a sentence before may name for "this happens" to point back to.
_OUTCOMES_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("relapse", re.compile(r"\b(?:comes? back|come back|recurs?|recurring|relapses?|"
                           r"returns?|flares? up|again|more than once|second (?:time|episode|"
                           r"attack|bout))\b", _I)),
    ("mortality", re.compile(r"\b(?:die|dies|fatal|death|deadly|kills?)\b", _I)),
    ("recovery", re.compile(r"\b(?:recovers?|recovery|resolves?|clears? up|goes away|go away|"
                            r"gets? better)\b", _I)),
)
# "This happens in 15 %", "It occurs in about 1 in 5": a figure that points back, opening
# the sentence or a clause of its own ("It can come back; this happens in 1 in 10").
_POINTS_BACK = re.compile(r"(?:^\W*|[;:]\s*|,\s*(?:and|but)\s+|\s[-–—]\s+)(?:this|that|it|which)\s+"
                          r"(?:only\s+|usually\s+|still\s+)?(?:happens|"
                          r"occurs|is seen|is the case)\s+(?:in|for|to)\b", _I)


def _one_kind(text: str, kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """Return the one kind ``text`` names, or None when it names none or several."""
    found = {kind for kind, pattern in kinds if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def heading_kind(heading: str | None) -> str | None:
    """Return the kind of quantity a short heading names ("Mortality" gives mortality).

    >>> heading_kind("Mortality/Morbidity"), heading_kind("Incidence and prevalence")
    ('mortality', None)
    """
    if not heading or len(heading.split()) > _HEADING_WORDS:
        return None
    return _one_kind(heading, _HEADING_KINDS)


def with_kind_around(figures: list[Figure], sentence: str, before: str,
                     heading: str | None) -> list[Figure]:
    """Return the figures, each of unknown kind given the kind its heading names, and one a
    bare "this happens in" reads given the outcome the sentence before names."""
    if not figures:
        return figures
    pointer = _POINTS_BACK.search(sentence)
    back = pointer is not None
    told = heading_kind(heading)
    if not back and told is None:
        return figures
    if pointer is not None and pointer.start() > 0:
        before = sentence[:pointer.start()]  # the clause before is what "this" stands for
    outcome = _one_kind(before, _OUTCOMES_BEFORE) if back and before else None
    out = []
    for fig in figures:
        m = fig.measure
        if m.unit == "proportion" and fig.subject is None:
            if back and m.kind in ("unknown", "frequency") and (outcome or told):
                fig = replace(fig, measure=replace(m, kind=outcome or told or m.kind))
            elif m.kind == "unknown" and told is not None:
                fig = replace(fig, measure=replace(m, kind=told))
        out.append(fig)
    return out
