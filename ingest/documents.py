"""Documents: normalised text with sections, blocks and sentences, all as offsets.

Every later step (extraction, evidence, review) points into one string, the
document's normalised text, so a span written to a claims file can always be
checked against the page it came from.  Readers (one module per format,
registered by suffix in :data:`READERS`) only turn bytes into a flat run of
:class:`RawBlock` values; :func:`build_document` does the rest the same way
for every format.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimgraph.graph.errors import InputFileError
from claimgraph.graph.model import Source, slugify
from claimgraph.graph.registry import Registry

from .cut_short import cut_short_end
from .inline_text import clean_inline
from .raw_blocks import HEADING, ITEM, PARAGRAPH, RawBlock
from .sentences import split_sentences
from .table_rows import table_items

# Biggest file a reader will take; a larger one is almost always a data dump
# or a mistake, and reading it would stall every other document in the run.
MAX_BYTES = 20 * 1024 * 1024

__all__ = ["HEADING", "ITEM", "PARAGRAPH", "READERS", "Block", "Document", "RawBlock", "Section",
           "build_document", "clean_inline", "decode_text", "read_document"]

@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text under it, up to the next heading of its level or above."""

    title: str
    level: int
    path: tuple[str, ...]  # titles from the top heading down to this one
    start: int  # offset of the heading text
    end: int  # end of the section's last block


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or list item (or heading) as a span of the normalised text.

    ``lead`` is the index of the paragraph that introduces a list ("Symptoms
    include:"), so an item can be read in the light of its lead-in.
    """

    kind: str
    start: int
    end: int
    section: int | None  # index into Document.sections; None before the first heading
    lead: int | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the normalised text, with the block it sits in."""

    start: int
    end: int
    block: int


@dataclass(frozen=True, slots=True)
class Document:
    """A read document: its source, normalised text, sha256 and structure."""

    source: Source
    text: str
    sha256: str
    title: str
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]

    def slice(self, start: int, end: int) -> str:
        """Return the normalised text between two offsets."""
        return self.text[start:end]

    def section_path(self, block: Block) -> tuple[str, ...]:
        """Return the heading path a block sits under (empty before any heading)."""
        return () if block.section is None else self.sections[block.section].path

    def section_title(self, block: Block) -> str | None:
        """Return the title of the innermost heading over a block."""
        path = self.section_path(block)
        return path[-1] if path else None


Reader = Callable[[bytes, Path], tuple[str, list[RawBlock]]]
"""A reader takes the file's bytes and path, returns (title, raw blocks)."""

READERS: Registry[Reader] = Registry("document format")

def build_document(source: Source, title: str, raw: Sequence[RawBlock]) -> Document:
    """Lay raw blocks out as normalised text and record every offset.

    Headings stand on their own line after a blank line, list items start
    with "- ", paragraphs are single lines; offsets of items exclude the
    marker so a span slices back to the item's own words.
    """
    parts: list[str] = []
    pos = 0
    sections: list[Section] = []
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []  # (level, title) of open headings
    open_sections: list[int] = []
    lead: int | None = None

    def emit(prefix: str, body: str) -> tuple[int, int]:
        nonlocal pos
        if parts:
            parts.append("\n")
            pos += 1
        parts.append(prefix + body)
        start = pos + len(prefix)
        pos += len(prefix) + len(body)
        return start, pos

    for rb in raw:
        text = clean_inline(rb.text)
        if not text:
            continue
        if rb.kind == HEADING:
            level = max(1, rb.level)
            while stack and stack[-1][0] >= level:
                stack.pop()
                open_sections.pop()
            if parts:
                parts.append("\n")
                pos += 1
            start, end = emit("", text)
            stack.append((level, text))
            sections.append(Section(text, level, tuple(t for _, t in stack), start, end))
            open_sections.append(len(sections) - 1)
            blocks.append(Block(HEADING, start, end, len(sections) - 1))
            lead = None
            continue
        section = open_sections[-1] if open_sections else None
        if rb.kind == ITEM:
            start, end = emit("- ", text)
            blocks.append(Block(ITEM, start, end, section, lead))
        else:
            start, end = emit("", text)
            blocks.append(Block(PARAGRAPH, start, end, section))
            lead = len(blocks) - 1
        for idx in open_sections:
            s = sections[idx]
            sections[idx] = Section(s.title, s.level, s.path, s.start, end)

    full = "".join(parts)
    sentences: list[Sentence] = []
    for i, b in enumerate(blocks):
        if b.kind == HEADING:
            continue
        for start, end in split_sentences(full, b.start, b.end):
            # (a last item cut off mid-word, "... and pain in the ar…", is no name)
            stop = cut_short_end(full, start, end)
            sentences.append(Sentence(start, stop if stop > start else end, i))
    digest = hashlib.sha256(full.encode("utf-8")).hexdigest()
    return Document(
        source=source, text=full, sha256=digest, title=title, sections=tuple(sections),
        blocks=tuple(blocks), sentences=tuple(sentences),
    )


def _check_bytes(path: Path, data: bytes) -> None:
    if not data.strip():
        raise InputFileError(
            f"{path}: expected a document with text, got an empty file (hint: check the export)"
        )


def read_document(path: str | Path, source: Source | None = None, *,
                  max_bytes: int = MAX_BYTES) -> Document:
    """Read one document with the reader its suffix names.

    Args:
        path: a .txt, .md, .html or .pdf file (see ``READERS.names()``).
        source: its metadata from a manifest; without one the id comes from
            the file name and the title from the document.
        max_bytes: refuse files larger than this.

    Raises:
        InputFileError: the file is missing, empty, too large, binary, not
            UTF-8, or has no extractable text (naming the file).
        UnknownFormatError: no reader for the suffix (listing the valid ones).
    """
    p = Path(path)
    reader = READERS.get(p.suffix or ".txt")
    try:
        size = p.stat().st_size
    except OSError as err:
        raise InputFileError(f"{p}: expected a readable file, got {err.strerror}") from err
    if size > max_bytes:
        raise InputFileError(
            f"{p}: expected a document of at most {max_bytes // (1024 * 1024)} MB, got "
            f"{size / (1024 * 1024):.1f} MB (hint: split it, or raise max_bytes)"
        )
    data = p.read_bytes()
    _check_bytes(p, data)
    title, raw = reader(data, p)
    raw = table_items(raw)
    if not any(rb.kind != HEADING and clean_inline(rb.text) for rb in raw):
        raise InputFileError(
            f"{p}: expected readable text, got none after removing markup and boilerplate "
            "(hint: is it a page of scripts or a scan?)"
        )
    if source is None:
        source = Source(id=slugify(p.stem), title=title)
    elif not source.title:
        source = _with_title(source, title)
    doc = build_document(source, title or source.title, raw)
    return doc


def _with_title(source: Source, title: str) -> Source:
    from dataclasses import replace

    return replace(source, title=title)


def decode_text(data: bytes, path: Path) -> str:
    """Decode UTF-8 text (a BOM is allowed), refusing binary and other encodings."""
    head = data[:8192]
    if b"\x00" in head:
        raise InputFileError(
            f"{path}: expected a text document, got binary data (NUL bytes) "
            "(hint: is the suffix right?)"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputFileError(
            f"{path}: expected UTF-8 text, got byte 0x{data[err.start]:02x} at offset "
            f"{err.start} (hint: re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8)"
        ) from err


def _register_builtin() -> None:
    # Import for the side effect of registering each reader.
    from . import readers_html, readers_pdf, readers_text  # noqa: F401


_register_builtin()
