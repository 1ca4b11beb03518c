"""A remedy given with another: "X may be given along with Y" names Y as care, too.

"Antiviral medicine may be given along with steroid tablets" says both are given; the
"given" phrase reads the remedy before it, and the one after "along with" (or "together
with", "in combination with", "alongside", "as well as") is this module's.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

_ALONG_WITH = re.compile(
    r"\s*(?:(?:usually|often|sometimes|also|then|first) )?(?:along with|together with|"
    r"(?:in )?combination with|in addition to|alongside|as well as|combined with|plus)\s+"
    r"(?P<y>[^,;:.]+)", re.IGNORECASE)


def given_along_with(right: str) -> str | None:
    """Return the words naming the remedy given with another, or None.

    >>> given_along_with(" along with steroid tablets if needed")
    'steroid tablets if needed'
    >>> given_along_with(" by mouth") is None
    True
    >>> given_along_with(" through a drip, usually including zorbamycin")
    'zorbamycin'
    """
    m = _ALONG_WITH.match(right) or _MEMBERS_AFTER.match(right)
    return m.group("y").strip() if m else None


# "Antibiotics are given through a drip, usually including X": the class's members named
# after how it is given (the route is no remedy).
_MEMBERS_AFTER = re.compile(
    r"[^,;:.]{0,60}?,\s*(?:(?:usually|often|typically|commonly|especially|most often|"
    r"normally|generally) )?(?:including|such as)\s+(?P<y>[^,;:.]+(?:,\s*(?:and |or )?"
    r"[^,;:.]+)*)", re.IGNORECASE)
