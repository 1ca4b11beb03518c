"""Read "a link between A and B": a link with no direction named, of the topic and a factor.

"Studies have suggested a link between X and farm dust", "There is an association
between A and X": pages name a factor's tie to an illness as a relation between two
nouns.  The rules call :func:`link_between` on sentences holding "between" (a cheap
gate) and emit ``associated_with`` when one side is the topic.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

_LINK_BETWEEN = re.compile(
    r"\b(?:an? |the |some |strong |clear |possible )*(?:link|links|association|associations|"
    r"connection|relationship|correlation)\s+between\s+(?P<a>[^,.;()]{2,60}?)\s+and\s+"
    r"(?P<b>[^,.;()]{2,60}?)\s*(?:[,.;(]|$|\b(?:has|have|is|was|remains|in|among)\b)", re.I)


def link_between(sentence: str) -> tuple[str, str, int] | None:
    """Return the two sides of "a link between A and B" and where the phrase starts.

    >>> link_between("Studies suggest a link between the illness and farm dust.")
    ('the illness', 'farm dust', 16)
    >>> link_between("The space between the toes") is None
    True
    """
    m = _LINK_BETWEEN.search(sentence)
    if m is None:
        return None
    return m.group("a").strip(), m.group("b").strip(), m.start()


_LINK_WITH = re.compile(
    r"\b(?:an? |the |some |strong |clear |possible )*(?:link|links|association|connection)\s+"
    r"(?:with|to)\s+(?P<b>[^,.;()]{2,60}?)\s*(?:[,.;(]|$|\b(?:has|have|is|was|remains|in|"
    r"among)\b)", re.I)
# What may come before "a link with X" when the page's topic is the other side: who found it.
_FOUND_BY = re.compile(r"^\s*(?:some |several |many |recent |other |a few |newer )?(?:studies|"
                       r"research|researchers|scientists|experts|evidence|trials|reports)\b"
                       r"[\w ,']{0,40}$|^\s*(?:there (?:is|may be|might be|has been|appears to "
                       r"be|seems to be))\s*$", re.I)


def link_with(sentence: str) -> tuple[str, int] | None:
    """Return the other side of "Studies suggest a link with X" (the topic's link, said with
    no other side named) and where the phrase starts.

    >>> link_with("Some studies suggest a link with air pollution.")
    ('air pollution', 21)
    >>> link_with("The rash has no link with food.") is None
    True
    >>> link_with("The link with farm dust is not clear.")
    ('farm dust', 0)
    """
    m = _LINK_WITH.search(sentence)
    if m is None:
        return None
    if _FOUND_BY.match(sentence[:m.start()]) is None and not (
            not sentence[:m.start()].strip() and _IN_DOUBT_AFTER.match(sentence, m.end("b"))):
        return None
    return m.group("b").strip(), m.start()


# "The link with X is not clear": a link in doubt, the sentence's own subject.
_IN_DOUBT_AFTER = re.compile(r"\s*(?:is|remains|has not been) (?:still )?(?:not (?:yet )?"
                             r"(?:clear|certain|proven|fully understood|known)|unclear|uncertain|"
                             r"unproven|debated|being studied|established|likely|possible)\b",
                             re.I)

