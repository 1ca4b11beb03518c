"""The test a doctor "checks" or "looks at" a part with: "checks the heart with a scan".

"A doctor will examine the skin" is a physical examination; "doctors check the heart with
an ultrasound scan" names the test that does the checking.  The examining phrase takes
the test named after "with", "using" or "by doing" as its means when there is one.
"""

from __future__ import annotations

from claimgraph.ingest import re_cache as re

# "... with an ultrasound scan (of the heart)", "using a special light", "by doing a
# blood test": the means, up to the end of the clause; it must name a test.
_MEANS = re.compile(
    r"\b(?:with|using|by (?:doing|taking|ordering|arranging)|through) (?:an? |the |some |special |"
    r"several )*(?P<t>[\w-]+(?: [\w-]+){0,3}?(?: (?:tests?|scans?|x-rays?|mri|ct|ultrasound|"
    r"echocardiograms?|ecgs?|ekgs?|biops(?:y|ies)|swabs?|samples?))|(?:mri|ct|ultrasound|"
    r"echocardiogram|ecg|ekg|x-ray)(?: scans?)?)\b", re.IGNORECASE)


def examined_with(right: str) -> str | None:
    """Return the test a part is examined with, as the page names it, or None.

    >>> examined_with(" your heart with an ultrasound scan.")
    'ultrasound scan'
    >>> examined_with(" the skin for spots") is None
    True
    """
    m = _MEANS.search(right)
    return m.group("t") if m else None
