"""Readers for plain text and Markdown.

Plain text goes through :mod:`.sections`, which guesses headings and lists
from the shape of the lines; Markdown says them outright, so it is parsed
directly (ATX and setext headings, bullets, numbered lists, paragraphs).
Markdown tables are read one row at a time, each row a paragraph of its
cells joined by " | " (as the HTML reader reads tables); the delimiter row
goes.  Not supported in Markdown: nested block quotes, HTML blocks (their
tags are stripped).
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest import re_cache as re

from .bare_lists import markdown_items
from .documents import HEADING, ITEM, PARAGRAPH, READERS, RawBlock, decode_text
from .sections import _looks_like_heading, classify_lines, is_boilerplate
from .table_rows import TABLE_DELIMITER, row_cells


@READERS.register("txt", aliases=("text",))
def read_text(data: bytes, path: Path) -> tuple[str, list[RawBlock]]:
    """Read plain text, finding headings and bullets without markup."""
    return classify_lines(decode_text(data, path))


_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_TAG = re.compile(r"<[^>]+>")


def _row(line: str) -> str:
    """Return a table row's cells, inline markup removed, joined by " | "."""
    cells = (_inline(c) for c in row_cells(line))
    return " | ".join(c for c in cells if c)


def _inline(text: str) -> str:
    # Each pass only where its marker is: most text (every cell of a long table) has none.
    if "](" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS.sub(r"\2", text)
    if "<" in text:
        text = _TAG.sub("", text)
    return text.lstrip("> ").strip()


@READERS.register("md", aliases=("markdown",))
def read_markdown(data: bytes, path: Path) -> tuple[str, list[RawBlock]]:
    """Read Markdown: headings and lists from the markup, inline markup removed."""
    blocks: list[RawBlock] = []
    para: list[str] = []
    kind = PARAGRAPH
    in_fence = in_table = False

    def flush() -> None:
        nonlocal para, kind
        # Short lines each like a title may be a list that lost its bullets: their breaks
        # stay for markdown_items, which turns them into spaces where they are not one.
        joiner = "\n" if kind == PARAGRAPH and len(para) > 1 and all(
            _looks_like_heading(x) for x in para) else " "
        text = _inline(joiner.join(para))
        if text and not is_boilerplate(text):
            blocks.append(RawBlock(kind, text))
        para, kind = [], PARAGRAPH

    for line in decode_text(data, path).splitlines():
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            in_table = False
            continue
        if TABLE_DELIMITER.match(stripped):
            if len(para) == 1 and kind == PARAGRAPH and "|" in para[0]:
                para = [_row(para[0])]  # the header row
            flush()
            in_table = True
            continue
        if stripped.startswith("|") or (in_table and "|" in stripped):
            # A table row: a paragraph of its own, never joined to the next row.
            flush()
            row = _row(stripped)
            if row and not is_boilerplate(row):
                blocks.append(RawBlock(PARAGRAPH, row))
            in_table = True
            continue
        in_table = False
        if (m := _SETEXT.match(stripped)) and para and kind == PARAGRAPH:
            title = _inline(" ".join(para))
            para = []
            blocks.append(RawBlock(HEADING, title, 1 if m.group(1)[0] == "=" else 2))
            continue
        if m := _ATX.match(stripped):
            flush()
            blocks.append(RawBlock(HEADING, _inline(m.group(2)), len(m.group(1))))
            continue
        if m := _MD_ITEM.match(line):
            flush()
            kind = ITEM
            para = [m.group(1)]
            continue
        para.append(stripped)
    flush()
    blocks = markdown_items(blocks, _looks_like_heading)
    title = next((b.text for b in blocks if b.kind == HEADING), "")
    return title, blocks
