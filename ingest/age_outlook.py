"""An age that marks an outlook: "being over 60 is linked to a poorer outlook", "an age
over 65 points to a slower recovery", "the outlook is worse for people older than 70".

Such an age is not when the illness strikes: it is the age past which the outlook is poor
(or, said the other way, good).  :func:`outlook_of_age` names what the age marks, in the
words the outlook readers of :mod:`.prognosis_reads` file those factors under ("poor
prognosis", "slower recovery"), so a figure and a factor claim name one thing.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

from . import caseless

_I = re.IGNORECASE
_POOR = r"(?:worse|poorer|poor|bad|less good|less favou?rable|unfavou?rable|grimmer|worst)"
_GOOD = r"(?:better|good|more favou?rable|favou?rable|excellent|best)"
_OUTLOOK = r"(?:prognosis|outlook|outcomes?)"
_SAID = r"(?:is|are|was|were|tends? to be|may be|can be)\s+(?:(?:generally|usually|often|much|"
_SAID += r"far|significantly|also)\s+)?"
# What an age marks, the first that the sentence says wins.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("slower recovery", re.compile(r"\b(?:slower|slow|delayed|longer)\s+recovery\b|"
                                   r"\brecover\w*\s+(?:more\s+)?slowly\b", _I)),
    ("faster recovery", re.compile(r"\b(?:faster|quicker|swifter)\s+recovery\b|"
                                   r"\brecover\w*\s+(?:more\s+)?(?:quickly|swiftly|fast)\b",
                                   _I)),
    ("poor prognosis", re.compile(
        rf"\b{_POOR}\s+(?:(?:overall|long-term|final)\s+)?{_OUTLOOK}\b|\b{_OUTLOOK}\s+{_SAID}"
        rf"{_POOR}\b|\bless\s+likely\s+to\s+(?:make\s+an?\s+)?(?:full\s+|complete\s+)?"
        r"recover\w*|\b(?:incomplete|partial)\s+recovery\b|"
        # ("the chance of a full recovery falls after 60")
        r"\b(?:chances?|likelihood|odds)\s+of\s+(?:an?\s+)?(?:full\s+|complete\s+|good\s+)?"
        r"recovery\s+(?:falls?|drops?|declines?|decreases?|(?:is|are)\s+lower)\b", _I)),
    # "Most deaths are in people over 65", "the death rate is highest over 70": the age of
    # those who die.
    ("death", re.compile(r"\b(?:most|the majority of|nearly all|almost all)\s+deaths\s+"
                         r"(?:occur|are|happen)\b|\b(?:death|mortality|fatality)\s+rates?\s+"
                         r"(?:is|are)\s+(?:highest|higher|greatest)\b", _I)),
    ("good prognosis", re.compile(rf"\b{_GOOD}\s+{_OUTLOOK}\b|\b{_OUTLOOK}\s+{_SAID}{_GOOD}\b|"
                                  r"\bmore\s+likely\s+to\s+(?:make\s+an?\s+)?(?:full\s+|"
                                  r"complete\s+)?recover\w*", _I)),
)
_WORDS = ("prognos", "outlook", "outcome", "recover", "death", "mortality", "fatality")


def outlook_of_age(sentence: str) -> str | None:
    """Return the outlook an age in ``sentence`` marks, if the sentence names one.

    >>> outlook_of_age("Being over 60 is linked to a poorer outlook.")
    'poor prognosis'
    """
    if caseless.lacks(sentence, _WORDS):
        return None
    return next((name for name, rx in _MARKS if rx.search(sentence)), None)
