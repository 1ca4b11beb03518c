"""Lists of terms, each on a line of its own with its gloss on the next, read as items.

Clinical references lay a section out as a list of terms: under "Risk factors"
a line "diabetes", then a sentence on why it counts, then "recent surgery" and
its sentence, often grouped under one-word labels of how strong the evidence
is ("Strong", "Weak").  Copied as plain text the terms lose their bullets.
Each term then reads as the start of a paragraph that its gloss continues
("diabetes Present in many patients ..."), and no claim comes of it.

The shape that tells a term from text: in a section whose heading names a
claim type (:func:`.patterns.section_type`), a short line that starts in lower
case, ends no sentence, and follows a line that ends one (or a heading, a
label, or another term).  Such a line is given a bullet, so the line reader
takes it for an item; the evidence labels are dropped (they name no thing).  A
lower-case line after an unfinished sentence goes on with that sentence and is
left alone, as is everything outside a typed section.
"""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.ingest import re_cache as re

from .bare_lists import LIST_SECTION_TYPES
from .patterns import section_type

# A term is a name, not a clause: a few words at most.
_TERM_MAX_WORDS = 8
# Labels of how strong the evidence for the terms below them is ("Strong", "Weak").
_EVIDENCE_LABEL = re.compile(r"(?:strong|weak|moderate|strong evidence|weak evidence|"
                             r"moderate evidence)\s*:?", re.I)
_HEADING_MAX_WORDS = 8
# Words a clause's piece starts with, and a term's name does not: a line of a transcript or
# a sentence broken over lines ("and that virus is known" / "as herpes simplex").
_CLAUSE_START = frozenset({"and", "or", "but", "so", "that", "which", "who", "as", "for", "to",
                           "are", "is", "was", "were", "be", "it", "it's", "this", "there",
                           "they", "you", "we", "if", "when", "then", "of", "in", "on", "at",
                           "with", "by", "from", "than", "because", "although", "while",
                           "can", "may", "will", "not", "also", "the", "a", "an"})


def term_items(lines: list[str], ends_sentence: Callable[[str], bool],
               is_bullet: Callable[[str], bool]) -> list[str]:
    """Return ``lines`` with the bare terms of typed sections bulleted (see the module
    docstring); the evidence labels above them become blank lines.

    >>> term_items(["Risk factors", "Strong", "diabetes", "It is common.", "older age"],
    ...            lambda s: s.endswith("."), lambda s: s.startswith("- "))
    ['Risk factors', '', '- diabetes', 'It is common.', '- older age']
    """
    if not any(line[:1].islower() for line in lines):
        return lines  # cheap gate: no line a term could be
    out = list(lines)
    current: str | None = None  # the list type of the open section
    before = ""  # the previous non-blank line, as it was written
    termed = False  # the previous non-blank line was made a term (or was a label)
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        short = len(text.split()) <= _HEADING_MAX_WORDS and not ends_sentence(text)
        kind = section_type(text) if short and text[0].isupper() else None
        if kind is not None:
            current = kind if kind in LIST_SECTION_TYPES else None
            before, termed = text, True
            continue
        if current is not None and _EVIDENCE_LABEL.fullmatch(text):
            out[i] = ""
            termed = True
            continue
        if current is not None and text[0].islower() and not is_bullet(text) and short \
                and text.split()[0].lower() not in _CLAUSE_START \
                and len(text.split()) <= _TERM_MAX_WORDS and not text.endswith((",", ";", ":")) \
                and not before.endswith(":") and (termed or ends_sentence(before)):
            # (after a colon lead-in the line reader reads the list: sections.classify_lines)
            out[i] = f"- {text}"
            before, termed = text, True
            continue
        if short and text[0].isupper() and not before.endswith(":"):
            current = None if not termed else current  # an untyped heading ends the section
        before, termed = text, False
    return out
