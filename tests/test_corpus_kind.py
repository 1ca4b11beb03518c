"""The kind one page defines the topic as holds on pages that never say it (session 22).

Our own made-up pages: one defines grebble fever as an infection, the other, a clinical
summary, only says what predisposes to "soft-tissue infections"."""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.corpus_kind import class_objects_as_topic, corpus_kind
from claimgraph.ingest.documents import read_document
from claimgraph.ingest.extract import extract_corpus, topic_of
from claimgraph.ingest.rules import RawClaim

DEFINES = ("Grebble fever\n\nGrebble fever is a rare bacterial infection of the deep layers "
           "of the skin.\n\nSymptoms\n\nIt causes a hot, painful swelling.\n")
SUMMARY = ("Grebble fever: clinical summary\n\nAetiology\n\nMarsh work and diabetes may "
           "predispose to soft-tissue infections.\n")


def _risks(tmp_path: Path, pages: dict[str, str]) -> set[tuple[str, str]]:
    paths = []
    manifest = ["topic: Grebble fever", "sources:"]
    for name, text in pages.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        manifest.append(f"  - {{id: {name}, file: {name}.txt, title: Grebble fever}}")
    (tmp_path / "sources.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    cs, _, _ = extract_corpus(paths, tmp_path / "sources.yaml", progress=False)
    return {(cs.label(c.subject), cs.label(c.object)) for c in cs.claims
            if c.predicate == "increases_risk_of" and c.object is not None}


def test_a_class_on_a_page_without_a_definition_is_the_topic(tmp_path: Path) -> None:
    got = _risks(tmp_path, {"a": DEFINES, "b": SUMMARY})
    assert {("marsh work", "grebble fever"), ("diabetes", "grebble fever")} <= got


def test_without_a_defining_page_the_class_stays_a_class(tmp_path: Path) -> None:
    got = _risks(tmp_path, {"b": SUMMARY})
    assert ("diabetes", "grebble fever") not in got


def test_the_kind_most_pages_give_wins() -> None:
    assert corpus_kind([("infection", frozenset({"skin"})), ("disease", frozenset()),
                        ("infection", frozenset({"rare"}))])[0] == "infection"


def test_only_risk_phrases_and_short_class_names_are_read_as_the_topic() -> None:
    def raw(obj: str, rule: str = "phrase:predisposes") -> RawClaim:
        return RawClaim("diabetes", "increases_risk_of", obj, 0, 1, "x", None, rule=rule)

    raws = [raw("skin infections"), raw("urinary tract infections"), raw("infection"),
            raw("skin infections", "phrase:causes"), raw("severe bacterial infection")]
    got = [r.object for r in class_objects_as_topic(raws, "grebble fever", "infection",
                                                     frozenset())]
    assert got == ["grebble fever", "urinary tract infections", "grebble fever",
                   "skin infections", "grebble fever"]


def test_a_name_colon_line_above_the_first_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    doc = read_document(path, None)
    assert doc.title == "Grebble fever: clinical summary"
    assert topic_of(doc) == "grebble fever"
