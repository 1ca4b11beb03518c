"""The review loop: candidates written, human decisions kept across re-extraction."""

from __future__ import annotations

from pathlib import Path

import yaml

from claimgraph.ingest.claims import load
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.review import MISSING, write_candidates

from .conftest import write
from .ingest_pages import GOUT_TXT


def _extract(page: Path, out: Path) -> list[Path]:
    cs, texts, _ = extract_corpus([page], progress=False)
    return write_candidates(cs, out, texts=texts)


def _records(path: Path) -> list[dict[str, object]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]


def test_candidates_file_loads_as_claims(tmp_path: Path) -> None:
    """The written file is a valid claims file whose claims are all candidates."""
    paths = _extract(write(tmp_path / "gout.txt", GOUT_TXT), tmp_path / "out")
    assert [p.relative_to(tmp_path / "out").as_posix() for p in paths] == [
        "claims/gout.yaml", "sources.yaml", "vocabulary.yaml"]
    cs = load(tmp_path / "out")
    assert cs.claims and {c.status.value for c in cs.claims} == {"candidate"}
    assert cs.source("gout").sha256


def test_rerun_is_byte_identical(tmp_path: Path) -> None:
    """Extracting twice from the same page writes the same bytes."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    path = _extract(page, tmp_path / "out")[0]
    assert path.name == "gout.yaml"
    first = path.read_bytes()
    _extract(page, tmp_path / "out")
    assert path.read_bytes() == first


def test_human_decisions_survive_rerun(tmp_path: Path) -> None:
    """Accepted, rejected, corrected and added claims are kept; the rest refresh."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    path = _extract(page, tmp_path / "out")[0]
    assert path.name == "gout.yaml"
    records = _records(path)
    for r in records:
        if r.get("object") == "colchicine" or r.get("subject") == "colchicine":
            r["status"] = "accepted"
        if r.get("subject") == "eating a lot of red meat":
            r["status"] = "rejected"
        if r.get("subject") == "anti-inflammatory painkillers":
            r["subject"] = "NSAIDs"
            r["status"] = "accepted"
    records.append({"subject": "cherries", "predicate": "prevents", "object": "gout",
                    "status": "accepted", "hedged": True})
    path.write_text(yaml.safe_dump({"source": "gout", "claims": records}, sort_keys=False),
                    encoding="utf-8")
    _extract(page, tmp_path / "out")
    rerun = _records(path)
    after = {(r["subject"], r.get("object"), r["status"]) for r in rerun}
    assert ("colchicine", "gout", "accepted") in after
    assert ("eating a lot of red meat", "gout", "rejected") in after
    assert ("NSAIDs", "gout", "accepted") in after
    assert ("anti-inflammatory painkillers", "gout", "candidate") not in after
    assert ("cherries", "gout", "accepted") in after
    assert len(rerun) == len(records)


def test_changed_page_flags_lost_evidence_and_moves_spans(tmp_path: Path) -> None:
    """A kept claim whose sentence left the page is flagged; one that moved gets its new span."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    path = _extract(page, tmp_path / "out")[0]
    assert path.name == "gout.yaml"
    records = _records(path)
    for r in records:
        r["status"] = "accepted"
    path.write_text(yaml.safe_dump({"source": "gout", "claims": records}, sort_keys=False),
                    encoding="utf-8")
    changed = ("Gout - Symptoms and treatment\n\nA new opening line about this page.\n"
               + GOUT_TXT.split("\n", 1)[1].replace("Ice packs may help.", ""))
    write(tmp_path / "gout.txt", changed)
    cs, texts, _ = extract_corpus([page], progress=False)
    write_candidates(cs, tmp_path / "out", texts=texts)
    text = texts["gout"]
    by_subject = {r["subject"]: r for r in _records(path)}
    assert by_subject["ice packs"]["flag"] == MISSING
    colchicine = by_subject["colchicine"]
    assert "flag" not in colchicine
    assert text[colchicine["start"]:colchicine["end"]] == colchicine["quote"]


def test_extract_review_compare_keeps_claim_keys_and_ids(tmp_path: Path, seeds: Path) -> None:
    """Claims read back from an extracted project have the keys and entity ids extract made."""
    pages = sorted(seeds.glob("*.txt"))
    direct, texts, _ = extract_corpus(pages, seeds / "sources.yaml", progress=False)
    write_candidates(direct, tmp_path / "out", texts=texts)
    again = load(tmp_path / "out")
    assert {c.key() for c in again.claims} == {c.key() for c in direct.claims}
    assert again.topic == direct.topic
    assert {e.id for e in again.entities} >= {c.subject for c in direct.claims}


def test_vocabulary_keeps_a_reviewers_edits(tmp_path: Path) -> None:
    """A second extract appends new entities to vocabulary.yaml and keeps what a person wrote."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    _extract(page, tmp_path / "out")
    vocab = tmp_path / "out" / "vocabulary.yaml"
    edited = vocab.read_text(encoding="utf-8").replace(
        "entities:\n", "entities:\n# my note\n- {label: uric acid crystals, type: substance}\n", 1)
    vocab.write_text(edited, encoding="utf-8")
    page.write_text(GOUT_TXT + "\nGout is linked to kidney stones.\n", encoding="utf-8")
    _extract(page, tmp_path / "out")
    text = vocab.read_text(encoding="utf-8")
    assert text.startswith(edited.rstrip("\n"))
    assert "kidney stones" in text[len(edited):]
