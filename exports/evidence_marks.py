"""Mark, in a quote, the words a claim rests on: its anchor, figure, negation and hedge cues.

A reader checks an extracted claim by reading its sentence; marking the
words that made the rule fire ("may", "no evidence that", "up to 80 %")
shows at a glance why the claim counts as denied, hedged or a figure, and
where a rule misread the sentence.  The model keeps the claim's anchor (the
words the rule matched, or a curator's locating phrase) but not the span of
its negation or hedge cue, so those are found again in the quote with the
extraction's own cue lists (``ingest/cues.py``): the marks and the rules
cannot disagree about which words are cues.

A claim's cue need not lie in its quote: a list item ("Steroids") is
hedged by the line that introduces the list ("A few drugs might add to the
danger, for instance:"), and a curated quote may stop short of its sentence's
"possibly".  When the document is at hand, :func:`cue_context` returns the
words around the quote that hold the missing cue, so a reader sees, marked,
why the claim counts as hedged or denied.

Source text is untrusted: :func:`marked_html` splits the quote at the marks
and escapes every piece; the graph page gets plain offsets and builds its
elements with ``textContent``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from claimgraph.ingest import cues

ANCHOR = "anchor"  # the words the claim was read from
FIGURE = "figure"  # the figure a claim of a measure states
NEGATION = "negation"
HEDGE = "hedge"
KINDS = (ANCHOR, FIGURE, NEGATION, HEDGE)  # the order classes are written in
# What a mark means, for its tooltip and the page's key.
MEANINGS = {
    ANCHOR: "the words the claim was read from",
    FIGURE: "the figure",
    NEGATION: "a negation cue: why the claim counts as denied",
    HEDGE: "a hedge cue: why the claim counts as hedged",
}

# The extraction's own cue patterns: one list of cue words for the rules and the marks.
_NEGATION: re.Pattern[str] = cues.NEGATION_CUES
_WEAK_NEGATION: re.Pattern[str] = cues.WEAK_NEGATION_CUES
_HEDGE: re.Pattern[str] = cues.HEDGE_CUES
_LISTING: re.Pattern[str] = cues.LISTING_CUES

Span = tuple[int, int, str]
_PUNCTUATION = " \t\n.,;:!?\"'()“”‘’"
# A list item's bullet or number at the start of its line.
_ITEM = re.compile(r"^[ \t]*(?:[•◦▪·*–-]|\d{1,3}[.)])[ \t]+")
# Where a sentence ends inside a line (the stop and any closing quote or bracket).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+\S)")
# How far context reaches from the quote, as a clause does (ingest/cues.py CLAUSE_REACH):
# a flattened table on one line must not put a page of text beside a quote.
CONTEXT_REACH = cues.CLAUSE_REACH
# How many lines back a list item looks for the line that introduces its list.
_LEAD_LINES = 60


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a quote with the marks it carries (none for plain text)."""

    text: str
    kinds: tuple[str, ...] = ()


def cue_spans(text: str, *, anchor: str | None = None, negated: bool = False,
              hedged: bool = False, figure: bool = False) -> list[Span]:
    """Return ``(start, end, kind)`` spans of ``text`` to mark, sorted.

    The anchor is marked (as the figure for a claim of a measure) when the
    quote holds more than the anchor.  Negation cues are looked for only in
    a denied claim's quote, hedge cues only in a hedged one's: first in the
    clause that holds the anchor, else in the whole quote.

    >>> cue_spans("Warfarin may raise the risk.", anchor="raise the risk", hedged=True)
    [(9, 12, 'hedge'), (13, 27, 'anchor')]
    """
    spans: list[Span] = []
    clause = (0, len(text))
    at = _find(text, anchor)
    if at is not None:
        if (text[:at[0]] + text[at[1]:]).strip(_PUNCTUATION):  # more than the anchor
            spans.append((at[0], at[1], FIGURE if figure else ANCHOR))
        start, end = cues.clause_bounds(text, at[0])
        clause = (start, max(end, at[1]))
    if negated:
        spans += _within(text, clause, _negation_spans)
    if hedged:
        spans += _within(text, clause, _hedge_spans)
    return sorted(set(spans))


@dataclass(frozen=True, slots=True)
class Context:
    """Words of the document around a quote that hold the claim's cue (either may be "").

    ``before`` goes before the quote with a space between; ``after`` follows
    it as written, with the space (or none, before a comma) it has on the page.
    """

    before: str = ""
    after: str = ""


def cue_context(document: str, start: int, end: int, *, negated: bool = False,
                hedged: bool = False) -> Context | None:
    """Return the words around ``document[start:end]`` that hold a cue the quote lacks.

    ``before`` is the start of the quote's sentence on its line, or, for a
    list item, the last sentence of the line that introduces the list;
    ``after`` is the rest of the quote's sentence.  Each is kept only when it
    holds a negation cue of a denied claim or a hedge cue of a hedged one
    that the quote itself does not; None when the quote has its cues or no
    context holds them.

    >>> page = "Gout\\nA few drugs might add to the danger, for instance:\\n- Steroids"
    >>> cue_context(page, page.index("Steroids"), len(page), hedged=True)
    Context(before='A few drugs might add to the danger, for instance:', after='')
    >>> cue_context(page, page.index("Steroids"), len(page)) is None
    True
    """
    if not 0 <= start < end <= len(document):
        return None
    quote = document[start:end]
    finders = ([_negation_spans] if negated and not _negation_spans(quote) else []) + (
        [_hedge_spans] if hedged and not _hedge_spans(quote) else [])
    if not finders:
        return None
    before, after = _sentence_before(document, start), _sentence_after(document, end)
    if not before.strip(_PUNCTUATION):
        before = _list_lead(document, start)

    def holds_cue(words: str) -> bool:
        return any(finder(words) for finder in finders)

    found = Context(before if holds_cue(before) else "", after if holds_cue(after) else "")
    return found if found.before or found.after else None


def _sentence_before(document: str, start: int) -> str:
    """Return the words of the quote's line before it, from where their sentence starts."""
    line_start = max(document.rfind("\n", 0, start) + 1, start - CONTEXT_REACH)
    text = document[line_start:start]
    bullet = _ITEM.match(text) if line_start == document.rfind("\n", 0, start) + 1 else None
    begin = bullet.end() if bullet else 0
    for m in _SENTENCE_END.finditer(text, begin):
        begin = m.end()
    return text[begin:].strip()


def _sentence_after(document: str, end: int) -> str:
    """Return the words of the quote's line after it, up to where their sentence ends."""
    line_end = document.find("\n", end)
    text = document[end:min(line_end if line_end >= 0 else len(document), end + CONTEXT_REACH)]
    stop = _SENTENCE_END.search(text)
    # Leading space kept: ", though ..." follows the quote directly, " and ..." after a space.
    words = (text[:stop.end()] if stop else text).rstrip()
    return words if words.strip() else ""


def _list_lead(document: str, start: int) -> str:
    """Return the last sentence of the paragraph that introduces a list item's list, or "".

    The normalised text (``ingest/documents.py``) puts each paragraph on a line
    of its own, each item on one line after "- ", and a blank line before each
    heading; as there, the lead-in is the paragraph just above the list, and
    a list right under a heading has none.
    """
    line_start = document.rfind("\n", 0, start) + 1
    if not _ITEM.match(document[line_start:start + 1]):
        return ""  # not a list item
    pos = line_start
    for _ in range(_LEAD_LINES):
        if pos <= 0:
            return ""
        prev = document.rfind("\n", 0, pos - 1) + 1
        line = document[prev:pos - 1]
        pos = prev
        if _ITEM.match(line):
            continue  # a sibling item
        if not line.strip() or (prev >= 2 and document[prev - 2:prev] == "\n\n"):
            return ""  # a blank line or a heading: the list has no lead-in
        line = line.strip()[-CONTEXT_REACH:]
        begin = 0
        for m in _SENTENCE_END.finditer(line):
            begin = m.end()
        return line[begin:].strip()
    return ""


def pieces(text: str, spans: Iterable[Span]) -> list[Piece]:
    """Split ``text`` at every mark's ends; each piece lists the marks covering it."""
    spans = list(spans)
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Piece] = []
    for a, b in pairwise(cuts):
        if a >= b:
            continue
        kinds = tuple(k for k in KINDS if any(s <= a and b <= e and kk == k for s, e, kk in spans))
        if out and out[-1].kinds == kinds:
            out[-1] = Piece(out[-1].text + text[a:b], kinds)
        else:
            out.append(Piece(text[a:b], kinds))
    return out


def marked_html(text: str, spans: Iterable[Span]) -> Markup:
    """Return ``text`` as HTML with each marked run in a ``<mark>``; every piece escaped."""
    html = []
    for piece in pieces(text, spans):
        if not piece.kinds:
            html.append(str(escape(piece.text)))
            continue
        classes = " ".join(f"cue-{k}" for k in piece.kinds)
        title = "; ".join(MEANINGS[k] for k in piece.kinds)
        html.append(f'<mark class="cue {classes}" title="{escape(title)}">'
                    f"{escape(piece.text)}</mark>")
    return Markup("".join(html))


def utf16_spans(text: str, spans: Iterable[Span]) -> list[list[int | str]]:
    """Return the spans as ``[start, end, "kind kind"]`` in UTF-16 units, one per marked run.

    JavaScript indexes strings in UTF-16 code units, Python in code points;
    a quote with an emoji before a cue would otherwise be marked off by one.
    """
    out: list[list[int | str]] = []
    pos = 0
    for piece in pieces(text, spans):
        width = len(piece.text.encode("utf-16-le")) // 2
        if piece.kinds:
            out.append([pos, pos + width, " ".join(piece.kinds)])
        pos += width
    return out


def _find(text: str, anchor: str | None) -> tuple[int, int] | None:
    if not anchor or not anchor.strip():
        return None
    at = text.find(anchor)
    if at < 0:
        at = text.casefold().find(anchor.casefold())
        if at < 0 or len(text.casefold()) != len(text):
            return None  # casefolding changed lengths: offsets would not line up
    return at, at + len(anchor)


def _within(text: str, clause: tuple[int, int], finder: Callable[[str], list[Span]]) -> list[Span]:
    start, end = clause
    found = [(s + start, e + start, k) for s, e, k in finder(text[start:end])]
    return found or ([] if (start, end) == (0, len(text)) else finder(text))


def _negation_spans(text: str) -> list[Span]:
    weak = [m.span() for m in _WEAK_NEGATION.finditer(text)]
    return [(m.start(), m.end(), NEGATION) for m in _NEGATION.finditer(text)
            if not any(a <= m.start() < b for a, b in weak)]


def _hedge_spans(text: str) -> list[Span]:
    listing = [m.span() for m in _LISTING.finditer(text)]
    found = [*_HEDGE.finditer(text), *_WEAK_NEGATION.finditer(text)]
    return [(m.start(), m.end(), HEDGE) for m in found
            if not any(a <= m.start() < b for a, b in listing)]


__all__ = ["ANCHOR", "FIGURE", "HEDGE", "KINDS", "MEANINGS", "NEGATION", "Context", "Piece",
           "cue_context", "cue_spans", "marked_html", "pieces", "utf16_spans"]
