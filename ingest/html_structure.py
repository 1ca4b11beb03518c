"""Read an HTML page's own structure when trafilatura flattens it.

trafilatura drops page furniture well, but on a short page (or one whose main
block it cannot tell, such as a page holding a table of bare numbers) its
fallback extractors return the whole body as one run of text: headings, list
items and table cells fused into a single paragraph, so every heading and list
is lost.  This walks the markup itself instead, in document order: ``h1``-``h6``
are headings, ``li`` items, table rows "cell | cell" paragraphs (as every
reader hands a table on), and ``p``, ``dd``, ``dt``, ``blockquote`` and text
left directly in a block paragraphs.  Scripts, styles, navigation, headers,
footers, forms and asides are skipped, as trafilatura skips them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .raw_blocks import HEADING, ITEM, PARAGRAPH, RawBlock

_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "form", "aside",
                   "template", "svg", "button", "select", "iframe"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_PARAGRAPHS = frozenset({"p", "dd", "dt", "blockquote", "pre", "figcaption", "caption",
                         "summary"})
# Blocks whose own text (outside the blocks they hold) is a paragraph of its own.
_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "td", "th", "details",
                         "li", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr"})


def _text(el: object) -> str:
    return " ".join("".join(el.itertext()).split())  # type: ignore[attr-defined]


def _walk(el: object) -> Iterator[RawBlock]:
    for child in el:  # type: ignore[attr-defined]
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag and tag not in _SKIP:
            yield from _blocks_of(child, tag)
        tail = " ".join((child.tail or "").split())  # text after an element, skipped or not
        if tail:
            yield RawBlock(PARAGRAPH, tail)


def _blocks_of(child: Any, tag: str) -> Iterator[RawBlock]:
    """Yield the blocks one element (not skipped) holds."""
    if tag in _HEADINGS:
        text = _text(child)
        if text:
            yield RawBlock(HEADING, text, _HEADINGS[tag])
    elif tag == "li":
        nested = [n for n in child if isinstance(n.tag, str) and n.tag.lower() in
                  ("ul", "ol", "dl")]
        own = " ".join(((child.text or "") + " ".join(
            (n.tail or "") for n in child if n not in nested)).split()) if nested \
            else _text(child)
        if own:
            yield RawBlock(ITEM, own)
        for n in nested:
            yield from _walk(n)
    elif tag == "table":
        for row in child.iter("tr"):
            cells = [_text(c) for c in row if isinstance(c.tag, str)
                     and c.tag.lower() in ("td", "th")]
            if any(cells):
                yield RawBlock(PARAGRAPH, " | ".join(cells))
    elif tag in _PARAGRAPHS:
        text = _text(child)
        if text:
            yield RawBlock(PARAGRAPH, text)
    elif tag in _CONTAINERS:
        own = " ".join((child.text or "").split())
        if own:
            yield RawBlock(PARAGRAPH, own)
        yield from _walk(child)
    else:  # inline markup outside a paragraph: its words are text of the block
        text = _text(child)
        if text:
            yield RawBlock(PARAGRAPH, text)


def structure_blocks(html: str) -> list[RawBlock]:
    """Return the blocks of an HTML page read from its markup (see the module docstring).

    >>> [(b.kind, b.text) for b in structure_blocks(
    ...     "<h1>Tarn fever</h1><p>A rare illness.</p><ul><li>a rash</li></ul>")]
    [('heading', 'Tarn fever'), ('paragraph', 'A rare illness.'), ('item', 'a rash')]
    """
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, when needed

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several types on markup it cannot take apart
        return []
    body = root.find("body")
    return list(_walk(body if body is not None else root))
