"""Mark, in a quote, the words a claim rests on: its anchor, figure, negation and hedge cues.

A reader checks an extracted claim by reading its sentence; marking the
words that made the rule fire ("may", "no evidence that", "up to 80 %")
shows at a glance why the claim counts as denied, hedged or a figure, and
where a rule misread the sentence.  The model keeps the claim's anchor (the
words the rule matched, or a curator's locating phrase) but not the span of
its negation or hedge cue, so those are found again in the quote with the
extraction's own cue lists (``ingest/cues.py``): the marks and the rules
cannot disagree about which words are cues.

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


__all__ = ["ANCHOR", "FIGURE", "HEDGE", "KINDS", "MEANINGS", "NEGATION", "Piece", "cue_spans",
           "marked_html", "pieces", "utf16_spans"]
