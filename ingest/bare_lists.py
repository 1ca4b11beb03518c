"""Lists a plain-text page wrote without bullets, read back as list items.

A page copied from a browser often loses its bullets: under "Risk factors"
each factor is a short line of its own ("Being over 60" / "Living in a damp
house" / "Having diabetes"), with or without blank lines between them.  Line
by line those look like a run of nested headings, so all but the last were
read as headings and only the last one as text.  The same happens after a
lead-in that ends with a colon ("Signs to look for:").

The shape that tells a bare list from real subheadings is its end: a run of
heading-like lines whose last line is also short and heading-like, but is
followed by nothing a heading would head.  Real subheadings are followed by
body text.  The run is only read as a list where something announces a list:
a heading that names a claim type (:func:`.patterns.section_type`) or a
lead-in ending with a colon.  A heading in the run that itself names a claim
type other than the list's ("Complications" after the risk factors) stays a heading.
"""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.ingest import re_cache as re

from .patterns import (
    CAUSE,
    COMPLICATION,
    DIAGNOSIS,
    LOOK_ALIKE,
    PREVENTION,
    RISK,
    SYMPTOM,
    TREATMENT,
    section_type,
)
from .phrases import strip_parens
from .raw_blocks import HEADING, ITEM, PARAGRAPH, RawBlock

Block = tuple[str, str]
# Claim types a list can be announced for; "skip" and "elsewhere" announce none.
LIST_SECTION_TYPES = frozenset({RISK, CAUSE, SYMPTOM, COMPLICATION, TREATMENT, PREVENTION,
                                DIAGNOSIS, LOOK_ALIKE})


# Headings nest two deep at most before their text; three or more short lines after a
# list-type heading, then text, are the list and the text after it.
_LIST_BEFORE_TEXT = 3


def unbulleted_items(merged: list[Block], short_line: Callable[[str], bool]) -> list[Block]:
    """Return ``merged`` with bare lists (see the module docstring) turned into items.

    ``short_line`` says whether a line is heading-shaped (short, no sentence end).
    """
    if sum(1 for kind, _ in merged if kind == HEADING) < 2:
        return merged  # cheap gate: no run of headings, nothing to read again
    out = list(merged)
    i = 0
    while i < len(out):
        if out[i][0] != HEADING:
            i += 1
            continue
        j = i
        while j + 1 < len(out) and out[j + 1][0] == HEADING:
            j += 1
        _read_run(out, i, j, short_line)
        i = j + 1
    return out


def _read_run(out: list[Block], i: int, j: int, short_line: Callable[[str], bool]) -> None:
    """Turn the bare list items in the heading run ``i..j`` into items, in place.

    The run is cut at every typed heading; a piece that starts with a list type's
    heading (or follows a colon lead-in) and holds short lines is a list.  The
    last piece must end on a short untitled line (the list's last item), the
    others on the next typed heading.
    """
    # (a bracket glosses its line: "Pulmonary embolism (a blockage caused by a clot)" is
    # no heading of causes)
    types = {k: section_type(strip_parens(out[k][1])) for k in range(i, j + 1)}
    starts: list[int] = []
    if i > 0 and out[i - 1][0] == PARAGRAPH and out[i - 1][1].endswith(":"):
        # The lead-in opens the list; its type is its own or its heading's.
        above = out[i - 2][1] if i > 1 and out[i - 2][0] == HEADING else ""
        types[i - 1] = section_type(out[i - 1][1]) or section_type(above) or "lead"
        starts.append(i - 1)
    for k in range(i, j + 1):
        # A line of the open list's own type is one of its items ("A blood test" under
        # "Diagnosis"); a line of another type opens a new piece.
        if types[k] and (not starts or types[k] != types[starts[-1]]) \
                and not _exposure_item(out[k][1], types[k], types[starts[-1]] if starts else None):
            starts.append(k)
    for n, s in enumerate(starts):
        if s >= i and types[s] not in LIST_SECTION_TYPES:
            continue
        end = starts[n + 1] if n + 1 < len(starts) else j + 1
        if end == j + 1:
            if end < len(out) and out[end][0] == PARAGRAPH and (short_line(out[end][1]) or (
                    s < i and not out[end][1].rstrip().endswith((".", "!", "?", ":", ";")))) \
                    and not out[end][1].endswith(","):
                # the list's last line, read as text so far (after a colon lead-in, a
                # longer line with no full stop too: "Failure to get vaccinated or ...")
                end += 1
            elif end - s - 1 < _LIST_BEFORE_TEXT:
                continue  # body text after one or two subheadings, or a cut sentence
            elif heads_text_after([out[k][1] for k in range(s + 1, end)]):
                # "Sepsis" / "Limb loss" / "Deterrence and Patient Education" / text: the
                # last line, in Title Case unlike the items, heads the text after it.
                end -= 1
        if end - s - 1 < 2 or any(out[k][1].endswith("?") for k in range(s + 1, end)):
            continue  # one short line is a heading's text; a question is a heading
        for k in range(s + 1, end):
            out[k] = (ITEM, out[k][1])


_SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "or", "for", "to", "in", "on", "with",
                          "at", "by", "&"})


def _exposure_item(line: str, kind: str | None, open_kind: str | None) -> bool:
    """Return whether a care-typed line is one more item of an open list of risks or causes.

    Medicines and operations are risk factors too: under "Risk factors include:" the
    lines "Recent joint surgery" and "Intravenous drug misuse" name a treatment's words
    but head nothing.  A heading of care is one word ("Surgery") or in Title Case.
    """
    return kind == TREATMENT and open_kind in (RISK, CAUSE) and len(line.split()) >= 2 \
        and not title_case(line)


def heads_text_after(run: list[str]) -> bool:
    """Return whether the last line of a run of bare list lines is in Title Case unlike the
    lines before it: it heads the text after the run, and is no item."""
    return title_case(run[-1]) and not all(title_case(x) for x in run[:-1])


def title_case(line: str) -> bool:
    """Return whether a line of two or more words capitalises every word but small ones
    ("Enhancing Healthcare Team Outcomes"; not "Kidney failure")."""
    words = [w for w in line.split() if w.lower() not in _SMALL_WORDS]
    return len(line.split()) >= 2 and len(words) >= 2 and all(w[:1].isupper() for w in words)


# Separators of a list flattened into one line: "A, B, C", "A; B; C", "A - B - C".
_FLAT_SEPARATORS = ("; ", " - ", " – ", ", ")
_FLAT_MAX_WORDS = 5
_FLAT_JOINERS = ("and ", "or ")


def flattened_items(merged: list[Block], ends_sentence: Callable[[str], bool]) -> list[Block]:
    """Return ``merged`` with a list flattened into one line under a typed heading split into items.

    A page that lost its list markup can join the items into one line
    ("Being over 60, living in a damp house, having diabetes").  Under a
    heading of a list type, or after a colon lead-in, a line with no sentence
    end whose three or more pieces are all short is read as one item a piece.
    """
    out: list[Block] = []
    announced = False
    for kind, text in merged:
        if kind == PARAGRAPH and announced and not ends_sentence(text):
            pieces = _flat_pieces(text)
            if pieces:
                out.extend((ITEM, p) for p in pieces)
                announced = False
                continue
        if kind == HEADING:
            announced = section_type(text) in LIST_SECTION_TYPES
        else:
            announced = kind == PARAGRAPH and text.endswith(":")
        out.append((kind, text))
    return out


def _flat_pieces(text: str) -> list[str]:
    """Return the pieces of a flattened list, or [] when the line is not one."""
    for sep in _FLAT_SEPARATORS:
        if text.count(sep) < 2:
            continue
        pieces = [p.strip() for p in text.split(sep)]
        last = pieces[-1]
        for joiner in _FLAT_JOINERS:
            if last.startswith(joiner):
                pieces[-1] = last[len(joiner):]
        if all(p and len(p.split()) <= _FLAT_MAX_WORDS for p in pieces):
            return pieces
        return []
    return []


def markdown_items(blocks: list[RawBlock], short_line: Callable[[str], bool]) -> list[RawBlock]:
    """Return Markdown ``blocks`` with the bare lists of a list-type section read as items.

    Markdown keeps what plain text loses, but writers still skip the bullets:
    one short paragraph per item, short lines that Markdown joins into one
    paragraph (the reader keeps their breaks as "\\n" for this pass), or one
    line of comma-separated items.  Under a list-type heading or a colon
    lead-in each becomes items, when it has two or more short pieces; every
    other paragraph gets its breaks back as spaces.
    """
    if not any("\n" in b.text for b in blocks) and sum(b.kind == PARAGRAPH for b in blocks) < 2:
        return blocks  # cheap gate
    out: list[RawBlock] = []
    announced = False
    k = 0
    while k < len(blocks):
        block = blocks[k]
        if block.kind == PARAGRAPH and announced:
            items = _markdown_pieces(blocks, k, short_line)
            if items:
                out.extend(RawBlock(ITEM, t) for t in items[0])
                k = items[1]
                announced = False
                continue
        if block.kind == PARAGRAPH and "\n" in block.text:
            block = RawBlock(PARAGRAPH, block.text.replace("\n", " "))
        if block.kind == HEADING:
            announced = section_type(block.text) in LIST_SECTION_TYPES
        else:
            announced = block.kind == PARAGRAPH and block.text.endswith(":")
        out.append(block)
        k += 1
    return out


def _markdown_pieces(blocks: list[RawBlock], k: int,
                     short_line: Callable[[str], bool]) -> tuple[list[str], int] | None:
    """Return (item texts, index after them) for a bare list starting at ``blocks[k]``."""
    text = blocks[k].text
    if " | " in text:
        return None  # a table row
    if "\n" in text:
        lines = text.split("\n")
        return (lines, k + 1) if all(short_line(x) for x in lines) else None
    flat = _flat_pieces(text) if not text.endswith((".", "!", "?", ":")) else []
    if flat:
        return flat, k + 1
    end = k
    while end < len(blocks) and blocks[end].kind == PARAGRAPH and "\n" not in blocks[end].text \
            and short_line(blocks[end].text) and not blocks[end].text.endswith("?") \
            and " | " not in blocks[end].text:
        end += 1
    return ([b.text for b in blocks[k:end]], end) if end - k >= 2 else None


# "Hearing loss: this can last for life." -- a short title, a colon, then its explanation.
_TERM_MAX_WORDS = 6


def is_term_line(text: str) -> bool:
    """Return whether a line is "Term: explanation" (a short title, a colon, then more)."""
    head, colon, rest = text.partition(": ")
    return bool(colon) and bool(rest) and head[:1].isupper() \
        and len(head.split()) <= _TERM_MAX_WORDS and not head.endswith(("?", "."))


# A dash between a short title and its explanation ("Stiff neck – pain when ...").
_DASH_GLOSS = re.compile(r"(?<=\w) [–—-] (?=\S)")


def _term_form(text: str) -> str:
    """Return a line with its first glossing dash as the colon a term line has: a dash
    glosses a term as a colon does."""
    return _DASH_GLOSS.sub(": ", text, count=1)


def glossary_items(merged: list[Block]) -> list[Block]:
    """Return ``merged`` with runs of "Term: explanation" lines under a list-type heading as items.

    A page that lost its bullets keeps each item's title and explanation on
    one line ("Hearing loss: this can last for life.").  Two or more such
    lines in a row anywhere in a section of a list type (an opening paragraph
    may come first), or after a colon lead-in, are read as the items they
    were; one such line alone is left as text.
    """
    out = list(merged)
    announced = section = False
    k = 0
    while k < len(out):
        kind, text = out[k]
        if kind == PARAGRAPH and announced and is_term_line(_term_form(text)):
            end = k
            while end < len(out) and out[end][0] == PARAGRAPH and is_term_line(
                    _term_form(out[end][1])):
                end += 1
            if end - k >= 2:
                out[k:end] = [(ITEM, _term_form(t)) for _, t in out[k:end]]
            k = end
            continue
        if kind == HEADING:
            section = section_type(text) in LIST_SECTION_TYPES
            announced = section
        elif kind == PARAGRAPH:
            announced = section or text.endswith(":")
        k += 1
    return out


# A line of a list, not of wrapped prose: a few words, short, no sentence end or comma.
_PIECE_MAX_WORDS = 5
_PIECE_MAX_CHARS = 40


def _is_piece(text: str, runs_on: Callable[[str], bool],
              goes_on: Callable[[str], bool]) -> bool:
    return len(text) <= _PIECE_MAX_CHARS and len(text.split()) <= _PIECE_MAX_WORDS \
        and not text.endswith((".", ",", ";", ":", "!", "?")) and not runs_on(text) \
        and not goes_on(text)


def joined_lines(parts: list[tuple[str, list[str]]], runs_on: Callable[[str], bool],
                 goes_on: Callable[[str], bool]) -> list[Block]:
    """Join each block's lines, except a list whose lines start in lower case.

    Plain text joins a line that starts in lower case to the one before it (a
    wrapped sentence), so bare lowercase list lines ("hearing loss" / "heart
    damage" / "kidney failure") became one name.  Lines that are each a few
    words with no sentence end, none reading on into the next, directly under
    a list-type heading or after a colon lead-in line, are kept apart as items.
    ``runs_on`` says a line ends mid-sentence; ``goes_on`` that one starts so.
    """
    out: list[Block] = []
    announced = False
    for kind, texts in parts:
        if kind == PARAGRAPH and len(texts) > 1:
            lead = texts[0].endswith(":")
            pieces = texts[1:] if lead else texts
            if (announced or lead) and len(pieces) >= 2 and pieces[0][:1].islower() \
                    and all(_is_piece(p, runs_on, goes_on) for p in pieces):
                if lead:
                    out.append((PARAGRAPH, texts[0]))
                out.extend((ITEM, p) for p in pieces)
                announced = False
                continue
        text = " ".join(texts)
        out.append((kind, text))
        if kind == HEADING:
            announced = section_type(text) in LIST_SECTION_TYPES
        else:
            announced = kind == PARAGRAPH and text.endswith(":")
    return out


def short_paragraph_items(merged: list[Block], runs_on: Callable[[str], bool],
                          goes_on: Callable[[str], bool]) -> list[Block]:
    """Return ``merged`` with a run of tiny lowercase paragraphs after a list heading as items.

    Lowercase list lines with blank lines between them ("hearing loss", blank,
    "heart damage") are each a paragraph of a few words; two or more in a row
    directly under a list-type heading or a colon lead-in are the list.
    """
    out = list(merged)
    announced = False
    k = 0
    while k < len(out):
        kind, text = out[k]
        if announced and kind == PARAGRAPH and text[:1].islower():
            end = k
            while end < len(out) and out[end][0] == PARAGRAPH \
                    and _is_piece(out[end][1], runs_on, goes_on):
                end += 1
            if end - k >= 2:
                out[k:end] = [(ITEM, t) for _, t in out[k:end]]
                k = end
                announced = False
                continue
        if kind == HEADING:
            announced = section_type(text) in LIST_SECTION_TYPES
        else:
            announced = kind == PARAGRAPH and text.endswith(":")
        k += 1
    return out
