"""Read HTML with trafilatura, which drops navigation, adverts and footers.

trafilatura's XML output keeps the structure we need (``head`` with its
level, ``p``, ``list``/``item``, tables as rows) and nothing else; scripts
and styles never reach the text.  A page that is all scripts yields nothing
and is refused by :func:`~.documents.read_document` with the file named.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from claimgraph.graph.errors import InputFileError

from .documents import HEADING, ITEM, PARAGRAPH, READERS, RawBlock, decode_text
from .html_structure import structure_blocks
from .sections import is_boilerplate


def _text(el: ElementTree.Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _walk(el: ElementTree.Element, out: list[RawBlock]) -> None:
    for child in el:
        tag = child.tag
        if tag == "head":
            rend = child.get("rend", "h2")
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
            out.append(RawBlock(HEADING, _text(child), level))
        elif tag == "list":
            for item in child.iter("item"):
                text = "".join(item.text or "").strip() or _text(item)
                out.append(RawBlock(ITEM, text if item.find("list") is not None else _text(item)))
        elif tag == "table":
            for row in child.iter("row"):
                out.append(RawBlock(PARAGRAPH, " | ".join(_text(c) for c in row)))
        elif tag in ("p", "quote", "code"):
            text = _text(child)
            if text and not is_boilerplate(text):
                out.append(RawBlock(PARAGRAPH, text))
        else:
            _walk(child, out)


@READERS.register("html", aliases=("htm", "xhtml"))
def read_html(data: bytes, path: Path) -> tuple[str, list[RawBlock]]:
    """Read the main content of an HTML page, without page furniture.

    Raises:
        InputFileError: not UTF-8, or markup trafilatura cannot take apart (named).
    """
    import trafilatura  # here, not at import: it costs every run a tenth of a second

    html = decode_text(data, path)
    blocks: list[RawBlock] = []
    try:
        xml = trafilatura.extract(
            html, output_format="xml", include_comments=False, include_tables=True,
            include_links=False, include_images=False, favor_recall=True,
        )
        if xml:
            root = ElementTree.fromstring(xml)
            main = root.find("main")
            _walk(main if main is not None else root, blocks)
        meta = trafilatura.extract_metadata(html)
    except Exception as err:  # lxml and trafilatura raise many types on broken markup
        message = " ".join(str(err).split())[:200]
        raise InputFileError(f"{path}: expected an HTML page, got {type(err).__name__}: "
                             f"{message} (hint: save the page again from a browser)") from err
    if len(blocks) <= 1:
        # trafilatura's fallback fused the page into one run of text (a short page, or one
        # with a table of bare numbers): the page's own markup keeps its headings and lists.
        own = structure_blocks(html)
        if len(own) >= 3:
            blocks = [b for b in own if b.kind != PARAGRAPH or not is_boilerplate(b.text)]
    title = (meta.title if meta and meta.title else "") or next(
        (b.text for b in blocks if b.kind == HEADING), ""
    )
    return title, blocks
