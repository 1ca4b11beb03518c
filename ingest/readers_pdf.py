"""Read PDFs that have a text layer, with pypdf.

The extracted text has lost its tags, so it goes through the same line
rules as plain text (:mod:`.sections`).  Not supported: scanned pages
without a text layer (refused with a hint to run OCR first), multi-column
layouts (columns may interleave), encrypted files with a password or with
AES (which needs the ``cryptography`` package), images compressed with
filters pypdf cannot decode.

A PDF from the web may be broken or hostile, and pypdf then raises almost
anything (its own ``PdfReadError`` and ``LimitReachedError``,
``DependencyError``, ``NotImplementedError``, ``OverflowError``,
``RecursionError``, ...).  Whatever it raises becomes an
:class:`~claimgraph.graph.errors.InputFileError` naming the file, so one bad
PDF is one warning and the other documents are still read.  Files with more
than :data:`MAX_PAGES` pages or :data:`MAX_CHARS` characters of text are
refused the same way (the byte limit is :data:`.documents.MAX_BYTES`).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimgraph.graph.errors import ClaimGraphError, InputFileError

from .documents import READERS, RawBlock
from .sections import classify_lines

# A patient page is a few pages long; a PDF of thousands is a book or a data dump.
MAX_PAGES = 1000
# Text past this is not a page a person reads through; it would stall the batch.
MAX_CHARS = 5_000_000


def _too_big(path: Path, what: str) -> InputFileError:
    return InputFileError(f"{path}: expected a PDF of at most {MAX_PAGES} pages and "
                          f"{MAX_CHARS:,} characters of text, got {what} "
                          "(hint: split it, or extract the pages you need)")


def _read_pages(data: bytes, path: Path) -> tuple[list[str], str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    if len(reader.pages) > MAX_PAGES:
        raise _too_big(path, f"{len(reader.pages)} pages")
    pages: list[str] = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        size += len(text)
        if size > MAX_CHARS:
            raise _too_big(path, f"more than {MAX_CHARS:,} characters by page {len(pages) + 1}")
        pages.append(text)
    meta_title = (reader.metadata.title if reader.metadata else None) or ""
    return pages, str(meta_title)


@contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """Silence pypdf's logger below ERROR for one read, then give it back its level.

    pypdf logs a warning for every flaw it repairs; they are not the reader's to
    act on.  The ``pypdf`` logger belongs to the whole process (an application may
    have set it up), so a library call must not leave it changed (issue 12,
    library hygiene): setting it once for good did.
    """
    import logging  # on first use (~0.006 s of start-up): only a PDF needs it

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@READERS.register("pdf")
def read_pdf(data: bytes, path: Path) -> tuple[str, list[RawBlock]]:
    """Read a PDF's text layer, page by page.

    Raises:
        InputFileError: the PDF cannot be read (whatever pypdf raised, named),
            is too long, or has no text layer.
    """
    try:
        with _pypdf_quiet(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about every repaired flaw
            pages, meta_title = _read_pages(data, path)
    except ClaimGraphError:
        raise
    except Exception as err:  # a hostile PDF makes pypdf raise anything; see the module doc
        message = " ".join(str(err).split())[:200]
        raise InputFileError(
            f"{path}: expected a readable PDF, got {type(err).__name__}: {message} "
            "(hint: open and re-save it, or export the page as text)"
        ) from err
    text = "\n\n".join(pages)
    if len(text.split()) < 3:
        raise InputFileError(
            f"{path}: expected a PDF with a text layer, got {len(pages)} page(s) of images "
            "only (hint: run OCR first, e.g. ocrmypdf)"
        )
    title, blocks = classify_lines(text)
    return meta_title.strip() or title, blocks
