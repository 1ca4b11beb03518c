"""Re-running extract keeps everything a reviewer wrote: claim forms, comments, their files."""

from __future__ import annotations

from pathlib import Path

import yaml

from claimgraph.ingest.claims import load
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.review import write_candidates

from .conftest import write
from .ingest_pages import ASTHMA_MD, GOUT_TXT


def _extract(pages: list[Path], out: Path) -> list[Path]:
    cs, texts, _ = extract_corpus(pages, progress=False)
    return write_candidates(cs, out, texts=texts)


def _sha(sources: Path, sid: str) -> str:
    data = yaml.safe_load(sources.read_text(encoding="utf-8"))
    return next(s["sha256"] for s in data["sources"] if s["id"] == sid)


def test_rerun_keeps_list_form_claims_and_every_comment(tmp_path: Path) -> None:
    """List-form and flow claims, an inline source and every comment survive a second extract."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    out = tmp_path / "out"
    _extract([page], out)
    path = out / "claims" / "gout.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("source: gout\n", "source: {id: gout, publisher: Gout Society}  # mine\n")
    text = text.replace("claims:\n", "claims:\n# reviewer: claims I added from the leaflet\n"
                        "- [cherries, prevents, gout]  # from my reading\n"
                        "- {subject: beer, predicate: increases_risk_of, object: gout}\n", 1)
    # One candidate accepted with a note, one left alone but commented.
    text = text.replace("  status: candidate\n", "  status: accepted  # checked it\n", 1)
    text = text.replace("  rule: list:symptom\n", "  rule: list:symptom  # look again\n", 1)
    path.write_text(text + "# end of my review\n", encoding="utf-8")
    _extract([page], out)
    after = path.read_text(encoding="utf-8")
    for kept in ("source: {id: gout, publisher: Gout Society}  # mine\n",
                 "# reviewer: claims I added from the leaflet\n",
                 "- [cherries, prevents, gout]  # from my reading\n",
                 "- {subject: beer, predicate: increases_risk_of, object: gout}\n",
                 "  status: accepted  # checked it\n", "  rule: list:symptom  # look again\n",
                 "# end of my review\n"):
        assert kept in after
    assert after == text + "# end of my review\n"
    cs = load(out)
    labels = {(cs.label(c.subject), c.status.value) for c in cs.claims}
    assert {("cherries", "accepted"), ("beer", "accepted")} <= labels


def test_changed_page_refreshes_sha256_and_keeps_the_sources_file(tmp_path: Path) -> None:
    """A changed page gets its new sha256 in sources.yaml; the person's edits there stay."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    out = tmp_path / "out"
    _extract([page], out)
    sources = out / "sources.yaml"
    old_sha = _sha(sources, "gout")
    edited = sources.read_text(encoding="utf-8").replace(
        "sources:\n", "# checked by me\nsources:\n").replace(
        "  title: Gout - Symptoms and treatment\n",
        "  title: Gout - Symptoms and treatment  # the page's own title\n"
        "  publisher: Gout Society\n")
    sources.write_text(edited, encoding="utf-8")
    write(page, GOUT_TXT + "\nGout is linked to kidney stones.\n")
    _extract([page], out)
    new_sha = _sha(sources, "gout")
    assert new_sha != old_sha
    assert sources.read_text(encoding="utf-8") == edited.replace(old_sha, new_sha)
    assert load(out).source("gout").publisher == "Gout Society"


def test_a_new_page_is_added_to_sources_and_the_project_loads(tmp_path: Path) -> None:
    """A page added on a later extract is appended to sources.yaml, and compare can read it."""
    gout = write(tmp_path / "gout.txt", GOUT_TXT)
    out = tmp_path / "out"
    _extract([gout], out)
    sources = out / "sources.yaml"
    before = sources.read_text(encoding="utf-8")
    _extract([gout, write(tmp_path / "asthma.md", ASTHMA_MD)], out)
    text = sources.read_text(encoding="utf-8")
    assert text.startswith(before.rstrip("\n"))
    assert {s.id for s in load(out).sources} == {"gout", "asthma"}


def test_vocabulary_append_stays_valid_yaml(tmp_path: Path) -> None:
    """Entities appended by a later extract sit in the list as written, so the file still loads."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    out = tmp_path / "out"
    _extract([page], out)
    write(page, GOUT_TXT + "\nGout is linked to kidney stones.\n")
    _extract([page], out)
    data = yaml.safe_load((out / "vocabulary.yaml").read_text(encoding="utf-8"))
    assert "kidney stones" in {e["label"] for e in data["entities"]}
    assert "kidney stones" in {e.label for e in load(out).entities}


def test_rerun_on_an_untouched_project_changes_no_byte(tmp_path: Path) -> None:
    """A second extract of the same pages leaves every file of the project as it was."""
    pages = [write(tmp_path / "gout.txt", GOUT_TXT), write(tmp_path / "asthma.md", ASTHMA_MD)]
    out = tmp_path / "out"
    _extract(pages, out)
    before = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.yaml"))}
    _extract(pages, out)
    after = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.yaml"))}
    assert after == before


def test_reviewed_values_without_comments_survive_like_commented_ones(tmp_path: Path) -> None:
    """A status and a label changed in place (no comment) are kept; fresh claims are merged.

    A file left in extract's own layout is merged as plain data, one with a
    comment through the comment-keeping round trip: both must give the same
    claims file apart from the comment.
    """
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    texts = {}
    for name, note in (("plain", ""), ("commented", "  # checked")):
        out = tmp_path / name
        _extract([page], out)
        path = out / "claims" / "gout.yaml"
        text = path.read_text(encoding="utf-8")
        assert text.count("  status: candidate\n") >= 2
        text = text.replace("  status: candidate\n", f"  status: accepted{note}\n", 1)
        # The reviewer drops the last claim: extract must bring it back as a candidate.
        head, _, last = text.rpartition("\n- ")
        path.write_text(head + "\n", encoding="utf-8")
        _extract([page], out)
        texts[name] = path.read_text(encoding="utf-8")
        assert f"  status: accepted{note}\n" in texts[name]
        assert texts[name].rstrip("\n").endswith(last.rstrip("\n"))
    assert texts["commented"].replace("  # checked", "") == texts["plain"]


def test_first_extract_keeps_the_date_a_page_was_read(tmp_path: Path) -> None:
    """An 'accessed:' date in the sources manifest is written to the project's sources.yaml."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    manifest = write(tmp_path / "sources.yaml", "sources:\n  - id: gout\n    file: gout.txt\n"
                     "    publisher: Gout Society\n    accessed: 2026-11-02\n")
    out = tmp_path / "out"
    cs, texts, _ = extract_corpus([page], manifest, progress=False)
    write_candidates(cs, out, texts=texts)
    data = yaml.safe_load((out / "sources.yaml").read_text(encoding="utf-8"))
    assert str(data["sources"][0]["accessed"]) == "2026-11-02"
