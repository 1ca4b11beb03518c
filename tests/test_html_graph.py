"""The HTML graph's data and page, checked without a browser."""

from __future__ import annotations

import html as html_lib
import json
import math
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.exports.html import FILENAME, page_html, write_html
from claimgraph.exports.html_data import (
    DENIED_DASHES,
    EDGE_COLORS,
    HEDGED_DASHES,
    FocusError,
    graph_data,
)
from claimgraph.exports.html_style import STATUS_STYLES
from claimgraph.exports.html_text import horizon_adjective, measure_value
from claimgraph.graph.model import Bound, Claim, ClaimSet, Entity, Evidence, Measure, Source

from . import html_sample as sample


@pytest.fixture(scope="module")
def data() -> dict:
    return graph_data(sample.bundle())


def _page_json(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', page, re.S)
    assert block is not None
    return json.loads(block.group(1))


def test_nodes_are_the_mentioned_entities_and_one_measure_node(data: dict) -> None:
    """Every entity a statement mentions is a node; unmentioned ones are left out."""
    entities = {n["id"] for n in data["nodes"] if n["cg_kind"] != "measure"}
    assert entities == {"calciphylaxis", "dialysis", "warfarin", "obesity", "diabetes",
                        "sodium-thiosulfate", "hyperbaric-oxygen", "skin-biopsy", "calcium"}
    measures = [n for n in data["nodes"] if n["cg_kind"] == "measure"]
    assert [m["cg_label"] for m in measures] == ["one-year mortality"]


def test_edges_are_exactly_the_statements(data: dict) -> None:
    """One edge per statement, keyed by the statement id, parallel ones kept."""
    assert {e["id"] for e in data["edges"]} == {st.id for st in sample.statements().values()}
    sts = [e for e in data["edges"] if e["from"] == "sodium-thiosulfate"]
    assert len(sts) == 2 and len({json.dumps(e.get("smooth")) for e in sts}) == 2


def test_measure_node_is_one_compact_node_per_quantity(data: dict) -> None:
    """The mortality node is labelled by its quantity; each source's figure is in its data."""
    node = next(n for n in data["nodes"] if n["cg_kind"] == "measure")
    assert node["label"] == "one-year mortality"
    assert node["cg_values"] == ["Cleveland Clinic: one-year mortality ≤ 80 %",
                                 "NKF: one-year mortality ≈ 50 %"]
    assert node["title"].split("\n")[1:] == node["cg_values"]
    labels = {e["label"] for e in data["edges"] if e["to"] == node["id"]}
    assert labels == {"≤ 80 %", "≈ 50 %"}


def test_topic_is_central_and_largest(data: dict) -> None:
    """The topic node sits fixed at the centre and is drawn biggest."""
    topic = next(n for n in data["nodes"] if n["id"] == "calciphylaxis")
    others = [n["size"] for n in data["nodes"] if n["cg_kind"] == "entity"]
    assert (topic["x"], topic["y"], topic["fixed"]) == (0, 0, True)
    assert topic["size"] > max(others)


def test_node_size_grows_with_sources(data: dict) -> None:
    """A node four sources mention is bigger than one a single source mentions."""
    size = {n["id"]: n["size"] for n in data["nodes"] if n["cg_kind"] != "measure"}
    assert size["dialysis"] > size["warfarin"] > size["obesity"] > size["calcium"]


def test_edge_style_follows_status_support_and_hedging(data: dict) -> None:
    """Colour and arrow head by the report's status, width by supporters, dashes for certainty."""
    sts = sample.statements()
    edge = {e["id"]: e for e in data["edges"]}
    status = {name: edge[st.id]["cg_status"] for name, st in sts.items()}
    assert status == {name: st.status for name, st in sts.items()}
    for st in sts.values():
        colour = edge[st.id]["color"]
        assert colour["color"] == colour["highlight"] == STATUS_STYLES[st.status].colour
        assert colour["color"] == EDGE_COLORS[st.status]
        assert colour["opacity"] == (0.45 if "calciphylaxis" in (edge[st.id]["from"],
                                                                 edge[st.id]["to"]) else 1.0)
        assert edge[st.id]["arrows"]["to"]["type"] == STATUS_STYLES[st.status].arrow
    widths = [edge[sts[n].id]["width"] for n in ("dialysis", "warfarin", "obesity", "calcium")]
    assert widths == sorted(widths, reverse=True) and len(set(widths)) == 4
    dashed = {name: edge[st.id]["dashes"] for name, st in sts.items() if "dashes" in edge[st.id]}
    assert dashed == {"sts-effective": HEDGED_DASHES, "hbo": DENIED_DASHES}
    flagged = {name for name, st in sts.items() if edge[st.id].get("cg_in_conflict")}
    assert flagged == {"mortality-80", "mortality-50"}
    assert "In conflict: one-year mortality (numeric)" in edge[sts["mortality-80"].id]["title"]


def test_a_hedge_never_changes_an_edge_colour() -> None:
    """A statement one source hedges keeps its status colour; hedged-only ones are dashed."""
    sts = sample.statements()
    warfarin = sts["warfarin"]
    hedged = replace(warfarin, asserts=("mayo",), hedges=("cleveland", "nkf"))
    only_hedged = replace(warfarin, asserts=(), hedges=("cleveland", "nkf"))
    b = sample.bundle()
    assert b.comparison is not None
    for st, dashes in ((hedged, None), (only_hedged, HEDGED_DASHES)):
        cmp = replace(b.comparison, statements=(st,), conflicts=())
        (edge,) = graph_data(replace(b, comparison=cmp))["edges"]
        assert edge["color"]["color"] == STATUS_STYLES["majority"].colour
        assert edge.get("dashes") == dashes


def test_no_edge_attribute_named_source(data: dict) -> None:
    """pyvis breaks on an edge attribute called 'source'; custom fields use cg_."""
    for item in data["nodes"] + data["edges"]:
        assert "source" not in item
        assert all(k.startswith("cg_") or k in VIS_KEYS for k in item), sorted(item)


VIS_KEYS = {"id", "label", "title", "group", "size", "color", "font", "borderWidth", "x", "y",
            "fixed", "mass", "from", "to", "width", "dashes", "smooth", "arrows"}


def test_panel_has_each_source_quotes_for_a_statement(data: dict) -> None:
    """The panel data holds each source's quotes with section, anchor and stance."""
    st = sample.statements()["sts"]
    panel = data["statements"][st.id]
    anchor = "sodium-thiosulfate used_for"
    assert panel == {
        "text": "sodium thiosulfate → is used for → calciphylaxis",
        "area": "treatment",
        "quotes": {"mayo": [{"section": "Overview", "anchor": anchor, "stance": "asserts"}],
                   "nkf": [{"section": "Overview", "anchor": anchor, "stance": "denies"}]},
    }
    edge = next(e for e in data["edges"] if e["id"] == st.id)
    assert (edge["cg_asserts"], edge["cg_denies"]) == (["mayo"], ["nkf"])
    mortality = data["statements"][sample.statements()["mortality-80"].id]
    assert mortality["conflicts"] == ["cf-mortality"]


def test_evidence_text_is_cut_from_the_document_when_given() -> None:
    """With the source document at hand, the quote is its span, not the anchor."""
    sts = sample.statements()
    doc = "x" * 10 + "Warfarin raises the risk." + "y" * 5
    claim = replace(sts["calcium"].claims[0],
                    evidence=Evidence("cleveland", section="Causes", start=10, end=35))
    b = sample.bundle(documents={"cleveland": doc})
    cmp = b.comparison
    assert cmp is not None
    st = replace(sts["calcium"], claims=(claim,))
    b = replace(b, comparison=replace(cmp, statements=(st,), conflicts=()))
    quotes = graph_data(b)["statements"][st.id]["quotes"]
    assert quotes == {"cleveland": [{"section": "Causes", "text": "Warfarin raises the risk.",
                                     "stance": "asserts"}]}


def test_conflicts_list_their_statements_and_explanation(data: dict) -> None:
    """Each conflict carries the statements to highlight and its explanation."""
    sts = sample.statements()
    assert data["conflicts"] == [{
        "id": "cf-mortality", "kind": "numeric", "about": "one-year mortality",
        "verdict": "", "rank": 4, "secondary": False, "sources": ["cleveland", "nkf"],
        "statements": [sts["mortality-50"].id, sts["mortality-80"].id],
        "sides": [{"sources": ["cleveland"], "says": "up to 80 % within a year"},
                  {"sources": ["nkf"], "says": "about 50 % within a year"}],
        "explanation": "Cleveland Clinic gives up to 80 % within a year; NKF about 50 %.",
        "chart": data["conflicts"][0]["chart"],
    }]
    assert data["conflicts"][0]["chart"] in data["charts"]
    measure = next(n for n in data["nodes"] if n["cg_kind"] == "measure")
    assert measure["cg_chart"] == data["conflicts"][0]["chart"]


def test_focus_limits_the_graph_to_a_neighbourhood() -> None:
    """--html-focus warfarin --depth 1 keeps warfarin and calciphylaxis only."""
    one = graph_data(sample.bundle(html_focus="Warfarin", html_depth=1))
    assert {n["id"] for n in one["nodes"]} == {"warfarin", "calciphylaxis"}
    assert [e["id"] for e in one["edges"]] == [sample.statements()["warfarin"].id]
    assert one["conflicts"] == []
    two = graph_data(sample.bundle(html_focus="warfarin", html_depth=2))
    assert len(two["nodes"]) == len(graph_data(sample.bundle())["nodes"])


def test_focus_by_synonym_and_unknown_focus() -> None:
    """A synonym finds its entity; an unknown name fails with a suggestion."""
    found = graph_data(sample.bundle(html_focus="calcific uremic arteriolopathy", html_depth=0))
    assert [n["id"] for n in found["nodes"]] == ["calciphylaxis"]
    with pytest.raises(FocusError, match=r"got 'warfrin' \(hint: did you mean 'warfarin'\?\)"):
        graph_data(sample.bundle(html_focus="warfrin"))


def test_page_is_self_contained() -> None:
    """The page embeds vis-network and links nothing: no src, no href, no bootstrap."""
    page = page_html(sample.bundle())
    assert "vis.Network" in page and "new vis.DataSet" in page
    assert re.search(r"<(link|iframe|img|object|embed)\b", page, re.I) is None
    assert re.search(r"<script[^>]*\bsrc=", page, re.I) is None
    assert "bootstrap" not in page.lower() and "cdn" not in page.lower()
    assert "default-src 'none'" in html_lib.unescape(page)


def test_page_data_matches_graph_data() -> None:
    """The JSON the page reads is graph_data, node for node and edge for edge."""
    b = sample.bundle()
    assert _page_json(page_html(b)) == json.loads(json.dumps(graph_data(b)))


def test_write_is_deterministic_and_writes_only_its_path(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Two writes give identical bytes; nothing else (no lib/) appears anywhere."""
    monkeypatch.chdir(tmp_path)
    a = write_html(sample.bundle(), tmp_path / "a" / FILENAME)
    b = write_html(sample.bundle(), tmp_path / "b" / FILENAME)
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "a", "a/graph.html", "b", "b/graph.html"]
    assert a.read_bytes().decode("utf-8").startswith("<!DOCTYPE html>")


def test_exporter_is_registered(tmp_path: Path) -> None:
    """The 'html' exporter writes graph.html into the output folder."""
    assert EXPORTERS.get("html")(sample.bundle(), tmp_path) == [tmp_path / "graph.html"]


def test_hostile_text_is_escaped_in_the_markup() -> None:
    """Payloads in labels, titles and publishers never appear as markup."""
    page = page_html(sample.hostile_bundle())
    outside_scripts = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    for payload in (sample.SCRIPT, sample.IMG, "<img", "<a href"):
        assert payload not in page
    assert "&lt;script&gt;" in outside_scripts  # the heading, escaped
    assert outside_scripts.lower().count("<script") == 1  # only the JSON block
    data = _page_json(page)
    assert any(sample.IMG in n["title"] for n in data["nodes"])  # kept, as text


def test_large_graph_gets_positions_and_no_physics() -> None:
    """Above the physics limit every node has fixed x, y and physics is off."""
    b = _star(350)
    data = graph_data(b)
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) == len(data["nodes"])
    assert graph_data(b)["nodes"] == data["nodes"]


def test_every_graph_keeps_its_sector_layout_without_physics(data: dict) -> None:
    """Small graphs too: positions grouped by topic area, and no force layout moves them."""
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    area = {n["id"]: n.get("cg_area") for n in data["nodes"]}
    assert area["warfarin"] == area["obesity"] == "risk factors"
    assert area["sodium-thiosulfate"] == "treatment"
    assert "calciphylaxis" not in {k for k, v in area.items() if v}
    angle = {n["id"]: math.atan2(n["y"], n["x"]) for n in data["nodes"]}
    risk = sorted(angle[n] for n, a in area.items() if a == "risk factors")
    treatment = sorted(angle[n] for n, a in area.items() if a == "treatment")
    assert risk[-1] < treatment[0] or treatment[-1] < risk[0]  # separate sectors


def _star(n: int) -> Bundle:
    entities = [Entity("hub", "hub")] + [Entity(f"e{i}", f"entity {i}") for i in range(n)]
    claims = [Claim(f"e{i}", "associated_with", "hub" if i % 3 else f"e{i - 1}",
                    evidence=Evidence("s")) for i in range(1, n)]
    return Bundle(ClaimSet((Source("s"),), tuple(entities), tuple(claims), topic="hub"))


def test_without_a_comparison_statuses_come_from_the_claims() -> None:
    """A bundle with no comparison still draws, with statuses counted from claims."""
    b = sample.bundle()
    data = graph_data(replace(b, comparison=None))
    assert {e["id"] for e in data["edges"]} == {st.id for st in sample.statements().values()}
    dialysis = sample.statements()["dialysis"].id
    assert next(e for e in data["edges"] if e["id"] == dialysis)["cg_status"] == "consensus"


@pytest.mark.parametrize(("measure", "text"), [
    (Measure("mortality", value=0.8, bound=Bound.UPPER), "≤ 80 %"),
    (Measure("mortality", value=0.5), "≈ 50 %"),
    (Measure("survival", value=0.455, bound=Bound.LOWER), "≥ 45.5 %"),
    (Measure("incidence", low=0.2, high=0.3, bound=Bound.RANGE), "20–30 %"),
    (Measure("age", value=60, bound=Bound.EXACT, unit="years"), "60 years"),
    (Measure("incidence", value=0.00001, horizon="P1Y"), "≈ 1 in 100,000"),
    (Measure("incidence", low=0.000006, high=0.000019, bound=Bound.RANGE), "0.6–1.9 per 100,000"),
    (Measure("prevalence", value=1 / 600), "≈ 0.17 %"),
])
def test_measure_values_read_as_signs(measure: Measure, text: str) -> None:
    """Figures show their bound as a sign and proportions as percent."""
    assert measure_value(measure) == text


@pytest.mark.parametrize(("horizon", "words"), [
    ("P12M", "one-year"), ("P6M", "six-month"), ("P5Y", "five-year"), ("P30D", "30-day"),
    ("P1Y6M", "P1Y6M"), (None, ""),
])
def test_horizons_read_as_adjectives(horizon: str | None, words: str) -> None:
    """ISO durations become "one-year", "six-month"; mixed ones stay as written."""
    assert horizon_adjective(horizon) == words


def test_notebook_frame_escapes_the_page() -> None:
    """The notebook view is an iframe whose srcdoc holds the escaped page."""
    pytest.importorskip("IPython")
    from claimgraph.notebook import show_graph

    shown = show_graph(sample.hostile_bundle(), height=500)
    frame = shown.data
    assert frame.startswith('<div class="claimgraph-graph"><iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'sandbox="allow-scripts"' in frame and "height: 500px" in frame
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame)
    assert srcdoc is not None
    assert html_lib.unescape(srcdoc.group(1)) == page_html(sample.hostile_bundle())


GOLDEN = Path(__file__).parent / "golden" / "html_graph_sample.json"


def test_graph_data_matches_the_golden_file() -> None:
    """The sample's nodes, edges and panel data are as reviewed (CLAIMGRAPH_REGEN_GOLDEN=1)."""
    text = json.dumps(graph_data(sample.bundle()), sort_keys=True, indent=1,
                      ensure_ascii=False) + "\n"
    if os.environ.get("CLAIMGRAPH_REGEN_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.read_text(encoding="utf-8") == text


def test_missing_chromium_fails_on_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without chromium the browser tests skip on a laptop but fail on CI (CI=true)."""
    from . import browser_support

    monkeypatch.setattr(browser_support, "CHROMIUM", Path("/nonexistent/chromium"))
    monkeypatch.setattr(browser_support.shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run in CI"):
        browser_support.require_chromium()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y chromium"):
        browser_support.require_chromium()


def test_missing_axe_fails_on_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """Without axe-core the accessibility tests skip on a laptop but fail on CI."""
    from . import browser_support

    monkeypatch.setenv("CLAIMGRAPH_AXE", str(tmp_path / "none" / "axe.min.js"))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run in CI"):
        browser_support.require_axe()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"npm install --prefix \.ci/axe axe-core@"):
        browser_support.require_axe()


def test_the_page_has_what_pyvis_would_hand_its_template(data: dict) -> None:
    """page_html takes nodes, edges and heading from the data, without pyvis: the same
    values pyvis_network(data).get_network_data() gives, and pyvis's own version."""
    import importlib.metadata

    from claimgraph.exports._pyvis import pyvis
    from claimgraph.exports.html import pyvis_network

    nodes, edges, heading, *_ = pyvis_network(data).get_network_data()
    assert (nodes, edges, heading) == (data["nodes"], data["edges"], data["title"])
    assert importlib.metadata.version("pyvis") == pyvis.__version__
