"""Documents: readers by suffix, normalised text, structure and offsets, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.graph.errors import InputFileError, UnknownFormatError
from claimgraph.graph.model import Source
from claimgraph.ingest.documents import HEADING, ITEM, READERS, read_document
from claimgraph.ingest.sentences import split_sentences

from .conftest import write
from .ingest_pages import ASTHMA_MD, BRINDLE_HTML, GOUT_TXT


def _pdf(text_lines: list[str]) -> bytes:
    """Build a one-page PDF with a real text layer (no PDF library needed)."""
    ops = ["BT /F1 12 Tf 14 TL 72 720 Td"]
    for line in text_lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_registry_lists_every_format() -> None:
    """Plain text, Markdown, HTML and PDF each have a reader."""
    assert set(READERS.names()) == {"html", "md", "pdf", "txt"}


def test_unknown_suffix_lists_valid_formats(tmp_path: Path) -> None:
    """An unknown suffix is refused with the valid names in the message."""
    path = write(tmp_path / "page.docx", "text")
    with pytest.raises(UnknownFormatError, match="html, md, pdf, txt"):
        read_document(path)


def test_plain_text_headings_items_and_boilerplate(tmp_path: Path) -> None:
    """Headings without markup are found, bullets become items, adverts are dropped."""
    doc = read_document(write(tmp_path / "gout.txt", GOUT_TXT))
    titles = [s.title for s in doc.sections]
    assert titles == ["Gout - Symptoms and treatment", "Symptoms", "Risk factors", "Treatment",
                      "Outlook"]
    items = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == ITEM]
    assert items[:3] == ["Intense joint pain", "Redness and swelling around the big toe",
                         "Warmth in the affected joint"]
    assert "Advertisement" not in doc.text
    lead = doc.blocks[doc.blocks.index(next(b for b in doc.blocks if b.kind == ITEM))].lead
    assert lead is not None and doc.text[doc.blocks[lead].start:doc.blocks[lead].end] == (
        "Symptoms of gout may include:")


def test_offsets_slice_back_to_the_words(tmp_path: Path) -> None:
    """Every block and sentence span slices the normalised text to non-blank words."""
    doc = read_document(write(tmp_path / "gout.txt", GOUT_TXT))
    for b in doc.blocks:
        piece = doc.text[b.start:b.end]
        assert piece == piece.strip() and piece
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "Ice packs may help." in sentences
    assert len(doc.sha256) == 64


def test_source_from_manifest_and_from_file_name(tmp_path: Path) -> None:
    """A manifest source is kept; without one the id is the file name's slug."""
    path = write(tmp_path / "Gout Page.txt", GOUT_TXT)
    assert read_document(path).source.id == "gout-page"
    assert read_document(path, Source("nhs", title="Gout")).source.id == "nhs"


def test_markdown_structure(tmp_path: Path) -> None:
    """Markdown headings nest by level and inline markup is removed."""
    doc = read_document(write(tmp_path / "asthma.md", ASTHMA_MD))
    assert [s.path for s in doc.sections] == [
        ("Asthma",), ("Asthma", "Signs and symptoms"), ("Asthma", "Treatment")]
    assert "**" not in doc.text and "treated with inhalers." in doc.text


def test_html_drops_navigation_scripts_and_footer(tmp_path: Path) -> None:
    """HTML keeps headings, paragraphs and list items, and no page furniture."""
    doc = read_document(write(tmp_path / "brindle.html", BRINDLE_HTML))
    assert doc.title == "Brindle rash"
    assert "tracking" not in doc.text and "Copyright" not in doc.text
    assert "A to Z" not in doc.text
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == ITEM] == [
        "Older age", "Cancer treatment: chemotherapy weakens the immune system."]
    assert {s.title for s in doc.sections} >= {"Risk factors", "Prevention"}


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    """A PDF's text layer is read and its headings found like plain text."""
    data = _pdf(["Tarn fever", "Tarn fever is an infection spread by midges.",
                 "Symptoms", "- A spreading red rash", "- Fever"])
    path = tmp_path / "tarn.pdf"
    path.write_bytes(data)
    doc = read_document(path)
    assert "Symptoms" in [s.title for s in doc.sections]
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == ITEM] == [
        "A spreading red rash", "Fever"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"  \n", "empty file"),
        ("binary.txt", b"\x00\x01\x02binary\x00", "binary data"),
        ("latin.txt", "Fièvre et douleur".encode("latin-1"), "expected UTF-8"),
        ("scripts.html", b"<html><script>var a=1;</script><script>b()</script></html>",
         "expected readable text"),
        ("scan.pdf", _pdf([]), "text layer"),
        ("broken.pdf", b"%PDF-1.4 not really", "readable PDF"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    """Each kind of unreadable file raises InputFileError naming the file and the problem."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputFileError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value)


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    """A file over the size limit is refused with a hint, before it is read."""
    path = write(tmp_path / "big.txt", "word " * 1000)
    with pytest.raises(InputFileError, match="at most 0 MB"):
        read_document(path, max_bytes=100)


def test_sentence_splitter_keeps_abbreviations() -> None:
    """Abbreviations, decimals and initials do not end a sentence; lower-case K. does."""
    text = "Use e.g. rest. Take 2.5 mg daily. Ask Dr. Smith. It blocks vitamin K. Then stop."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Use e.g. rest.", "Take 2.5 mg daily.", "Ask Dr. Smith.", "It blocks vitamin K.",
        "Then stop."]


def test_a_bare_reference_number_after_a_full_stop_ends_the_sentence() -> None:
    """'... the rash.2 In most people ...' (a lost superscript) is two sentences; '2019.2' not."""
    text = ("Pain comes a few days before the rash.2 In most people, the rash lasts 10 days. "
            "It was seen in 2019.2 In that year cases rose.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Pain comes a few days before the rash.2", "In most people, the rash lasts 10 days.",
        "It was seen in 2019.2 In that year cases rose."]


def test_heading_kinds_recorded(tmp_path: Path) -> None:
    """Headings are blocks of kind heading, with their section index."""
    doc = read_document(write(tmp_path / "gout.txt", GOUT_TXT))
    heads = [b for b in doc.blocks if b.kind == HEADING]
    assert [doc.sections[b.section].title for b in heads if b.section is not None][1] == (
        "Symptoms")


def test_seed_pages_read(seeds: Path) -> None:
    """Every seed page reads, with its question headings found."""
    doc = read_document(seeds / "002_5e0672c368c1dc9c.txt")
    titles = {s.title for s in doc.sections}
    assert any(t.endswith("diagnosed?") for t in titles)
    assert any(t.endswith("treated?") for t in titles)


def test_a_sentence_ending_in_a_citation_mark_is_no_heading(tmp_path: Path) -> None:
    """'... through the skin.[16]' and '... into 3 groups: (1)' end sentences, not headings."""
    doc = read_document(write(tmp_path / "page.txt",
                              "Tarn fever\n\nRisk factors\n\n"
                              "Drug use gives germs a way in through the skin.[16]\n"
                              "Other factors include diabetes.\n\n"
                              "It can be sorted into 3 groups: (1)\nFungal, (2) viral.\n"))
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Tarn fever", "Risk factors"]


def test_a_back_to_top_link_glued_to_the_next_words_goes(tmp_path: Path) -> None:
    """'Causes TOPTarn fever is ...' (a copied page's link text) reads 'Causes Tarn fever is'."""
    doc = read_document(write(tmp_path / "page.txt", "Tarn fever\n\nCauses TOPTarn fever is "
                                                     "caused by a midge. TOP tips follow.\n"))
    assert "TOPTarn" not in doc.text
    assert "Tarn fever is caused by a midge. TOP tips follow." in doc.text


def test_hard_wrapped_paragraph_is_one_block_and_headings_look_past_blank_lines(
        tmp_path: Path) -> None:
    """Wrapped lines join into one paragraph; a heading followed by blank lines is still one."""
    wrapped = "\n".join(f"the rash spreads to the arms and legs over day {i}" for i in range(300))
    text = f"Tarn fever\n\n\n\nIt starts with a rash\n{wrapped}.\n\nOutlook\n\n\n\nMost recover.\n"
    doc = read_document(write(tmp_path / "tarn.txt", text))
    assert [s.title for s in doc.sections] == ["Tarn fever", "Outlook"]
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind != HEADING]
    assert paragraphs == ["It starts with a rash " + wrapped.replace("\n", " ") + ".",
                          "Most recover."]


def test_markdown_inline_markup_goes_from_paragraphs_and_table_cells(tmp_path: Path) -> None:
    """Links, images, emphasis and tags are stripped; plain cells come through as written."""
    text = ("# Tarn fever\n\nA **sharp** rash, see [the guide](http://x.example) ![x](y.png)"
            " <b>now</b>.\n\n| cause | effect |\n|---|---|\n| _midge_ bite | a `rash` |\n"
            "| heat | 5 out of 10 |\n")
    doc = read_document(write(tmp_path / "tarn.md", text))
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind != HEADING]
    # A table headed by a kind of thing ("cause") lists them: its rows are items with their
    # other cells in brackets (see ingest/table_rows.py), the header their lead-in.
    assert paragraphs == ["A sharp rash, see the guide now.", "cause | effect:",
                          "midge bite (a rash)", "heat (5 out of 10)"]


def test_a_sentence_broken_over_blank_lines_is_one_paragraph(tmp_path: Path) -> None:
    """Lowercase fragments after an unfinished line ('are pregnant women in' / 'the last
    month,' / 'people with asthma') go on with it; a short line before them is no heading."""
    from claimgraph.ingest.documents import read_document

    page = tmp_path / "page.txt"
    page.write_text("Grebble fever\n\nGrebble fever is rare.\n\nPeople who are more likely to "
                    "get it\n\nare pregnant women in\nthe last month,\n\npeople with asthma\n\n"
                    "and people who have had flu.\n\nOutlook\n\nMost recover.\n", encoding="utf-8")
    doc = read_document(page)
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert ("People who are more likely to get it are pregnant women in the last month, "
            "people with asthma and people who have had flu.") in paragraphs
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"] == [
        "Grebble fever", "Outlook"]
