"""More wordings of how a condition works, for processes ``rules._PROCESSES`` names.

"A massive activation of T cells" and "the toxins overstimulate the immune system"
say what "the toxins switch on immune cells" says; "blood flow to the affected
tissue is cut off" what "it cuts off the blood supply" says.  Each wording waits
behind the words it cannot match without, as it is tried on every sentence
outside signs and care.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.ingest import re_cache as re

from . import caseless

# Processes in other words than rules._PROCESSES has for them: (name, first-look words,
# pattern).  "A massive activation of T cells", "the toxins overstimulate the immune system".
_MORE_PROCESSES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("immune activation", ("activation", "stimulat"), re.compile(
        r"\bactivation of (?:(?:large|huge|vast) numbers of |many |the body's )?(?:immune cells|"
        r"t[- ]cells|white blood cells|the immune system)\b|\bt[- ]cells? activation\b"
        r"|\bover-?stimulat\w* (?:of )?(?:the (?:body's )?|your )?immune (?:system|cells)\b",
        re.IGNORECASE)),
    # "Blood flow to the affected tissue is cut off".
    ("reduced blood flow", ("blood flow", "blood supply"), re.compile(
        r"\bblood (?:flow|supply) (?:to|in|through|into) [^.;,]{1,40}?\s(?:is|are|becomes?|gets?|"
        r"can be|may be) (?:then |quickly |also )?(?:reduced|blocked|cut off|restricted|stopped|"
        r"interrupted|lost)\b", re.IGNORECASE)),
)


def more_processes(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield (process, match) for the wordings of :data:`_MORE_PROCESSES` a sentence holds.

    >>> [name for name, _ in more_processes("This causes a massive activation of T cells.")]
    ['immune activation']
    """
    for name, keys, pattern in _MORE_PROCESSES:
        found = None if caseless.lacks(text, keys) else pattern.search(text)
        if found is not None:
            yield name, found
