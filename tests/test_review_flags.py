"""Review flags ("evidence not found") travel from the claims file to every output."""

from __future__ import annotations

import json
from pathlib import Path

from claimgraph import Bundle, compare, export
from claimgraph.ingest.claims import load
from claimgraph.ingest.extract import extract_corpus
from claimgraph.ingest.review import MISSING, write_candidates

from .conftest import write
from .ingest_pages import GOUT_TXT

CLAIMS = f"""\
source: {{id: gout, publisher: Gout Society, title: Gout}}
claims:
  - {{subject: colchicine, predicate: used_for, object: gout, anchor: colchicine,
     quote: "Colchicine is used.", flag: {MISSING}}}
  - [red meat, increases_risk_of, gout]
"""


def test_claim_file_flag_reaches_the_claim(tmp_path: Path) -> None:
    """A claim's `flag:` key is read onto its evidence; claims without one have none."""
    cs = load(write(tmp_path / "gout.yaml", CLAIMS))
    flags = {cs.label(c.subject): c.evidence.flag for c in cs.claims}
    assert flags == {"colchicine": MISSING, "red meat": None}


def _flagged_project(tmp_path: Path) -> Path:
    """Extract a page, drop a sentence from it, extract again: one claim is flagged."""
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    out = tmp_path / "project"
    for text in (GOUT_TXT, GOUT_TXT.replace("Ice packs may help.", "")):
        write(page, text)
        cs, texts, _ = extract_corpus([page], progress=False)
        write_candidates(cs, out, texts=texts)
    return out


def test_flags_reach_the_reports_and_the_graph_page(tmp_path: Path) -> None:
    """A flagged claim gets a badge and a count in report.html and report.md, its evidence row
    in report.json carries the flag, and graph.html marks its evidence."""
    claims = load(_flagged_project(tmp_path))
    assert {claims.label(c.subject) for c in claims.claims if c.evidence.flag} == {"ice packs"}
    out = tmp_path / "out"
    export(Bundle(claims, compare(claims, as_of="2026-11-21")), out,
           ["report-html", "report-md", "report-json", "html"])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<div class="n">1</div><div class="what">⚑ claims flagged for review</div>' in html
    assert html.count(f"⚑ {MISSING}</span>") >= 2  # in the flagged list and at the statement
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "**⚑ Flagged for review: 1 claim**" in markdown
    assert f"— gout: {MISSING}; “Ice packs may help.”" in markdown
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    rows = [ev for st in report["statements"] for ev in st["evidence"]]
    assert {ev["text"] for ev in rows if "flag" in ev} == {"Ice packs may help."}
    assert {ev["flag"] for ev in rows if "flag" in ev} == {MISSING}
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert f'"anchor":"Ice packs","flag":"{MISSING}"' in page
    assert '"cg_flagged":["gout"]' in page


def test_reports_without_flags_say_nothing_about_them(tmp_path: Path) -> None:
    """With no flagged claim there is no flag count, badge or field anywhere."""
    claims = load(write(tmp_path / "gout.yaml", CLAIMS.replace(f", flag: {MISSING}", "")))
    out = tmp_path / "out"
    export(Bundle(claims, compare(claims, as_of="2026-11-21")), out,
           ["report-html", "report-md", "report-json", "html"])
    for name in ("report.html", "report.md", "report.json", "graph.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert "⚑" not in text
        assert MISSING not in text
    assert '"flag"' not in (out / "report.json").read_text(encoding="utf-8")
