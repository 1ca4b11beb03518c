"""Read PDFs that have a text layer, with pypdf.

The extracted text has lost its tags, so it goes through the same line
rules as plain text (:mod:`.sections`).  Not supported: scanned pages
without a text layer (refused with a hint to run OCR first), multi-column
layouts (columns may interleave), encrypted files with a password.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from claimgraph.graph.errors import InputFileError

from .documents import READERS, RawBlock
from .sections import classify_lines


@READERS.register("pdf")
def read_pdf(data: bytes, path: Path) -> tuple[str, list[RawBlock]]:
    """Read a PDF's text layer, page by page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise InputFileError(
            f"{path}: expected a readable PDF, got {type(err).__name__}: {err} "
            "(hint: open and re-save it, or export the page as text)"
        ) from err
    text = "\n\n".join(pages)
    if len(text.split()) < 3:
        raise InputFileError(
            f"{path}: expected a PDF with a text layer, got {len(pages)} page(s) of images "
            "only (hint: run OCR first, e.g. ocrmypdf)"
        )
    title, blocks = classify_lines(text)
    return str(meta_title).strip() or title, blocks
