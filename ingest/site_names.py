"""Name a body site with the tissue word that follows it ("nerve roots", not "nerve").

The body-site reading finds a part's word ("nerve", "skin", "bone"); when a
word for a tissue or a part of that organ follows it, the two are one name
and the site is the compound: the virus settles in *nerve roots* and in
*nerve tissue*, not in some nerve, and readers name the site so.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

# Words that make a part's word into the name of a tissue or a part of it.
_TISSUE_AFTER = re.compile(
    r"\s+(?P<t>roots?|tissues?|cells?|endings?|fib(?:re|er)s?|walls?|linings?|sheaths?|marrow|"
    r"ganglia|ganglion|valves?|pathways?|paths?)\b(?![- ](?:of|to)\b)", re.IGNORECASE)


def site_name(text: str, start: int, end: int) -> str:
    """Return the site ``text[start:end]`` names, with a tissue word after it, lower case.

    >>> site_name("it hides in nerve roots near the spine", 12, 17)
    'nerve roots'
    >>> site_name("a rash on the skin of the arm", 14, 18)
    'skin'
    """
    tail = _TISSUE_AFTER.match(text, end)
    site = text[start:end] if tail is None else f"{text[start:end]} {tail['t']}"
    return site.lower()
