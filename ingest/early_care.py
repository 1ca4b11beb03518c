"""Early care of something other than the illness keeps its object in the name.

"Managing any zorb infections early helps keep grave harms away": what is
treated early is the infections, so the remedy is "early treatment of
infections", not the "early treatment" (of the illness) that pages compare
across sources.  :func:`early_care_of` finds that object; the caller checks it
is not the topic itself.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

_SOON = r"(?:early|earlier|promptly|quickly|rapidly|immediately|straight away|right away|fast)"
_EARLY_CARE_OF = re.compile(
    r"(?:finding and |spotting and )?(?P<act>treating|managing|controlling)\s+"
    r"(?:any\s+|the\s+|all\s+)?(?P<what>[\w'-]+(?: [\w'-]+){0,2}?)\s+" + _SOON + "$",
    re.IGNORECASE)
# Words that point back to the illness itself ("treating it early").
_POINTS_BACK = re.compile(r"(?:it|them|this|that|the (?:condition|disease|illness|infection|"
                          r"problem)|the symptoms|symptoms|signs|the signs)$", re.IGNORECASE)


def early_care_of(label: str) -> str | None:
    """Return what a name of early care treats, when it names a thing, else None.

    >>> early_care_of("treating any zorb infections early")
    'zorb infections'
    >>> early_care_of("treating it early") is None, early_care_of("early treatment") is None
    (True, True)
    """
    if "ing" not in label:
        return None
    m = _EARLY_CARE_OF.match(label.strip())
    if m is None or _POINTS_BACK.fullmatch(m.group("what")):
        return None
    return m.group("what")
