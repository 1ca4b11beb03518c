"""Evidence quotes mark the words a claim rests on: anchor, figure, negation and hedge cues.

Checked in report.html, in graph.html's panel data and in the browser, on the
hand-made sample (its quotes are in our own words) and with markup in every quote.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimgraph.exports.evidence_marks import cue_spans, marked_html, pieces, utf16_spans
from claimgraph.exports.html import write_html
from claimgraph.exports.html_data import graph_data
from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_html import render

from . import report_sample as sample
from .browser_support import launch, open_page

MARK = re.compile(r'<mark class="cue ([a-z -]+)" title="[^"]*">(.*?)</mark>')


def _marks(page: str) -> set[tuple[str, str]]:
    return {(kinds, words) for kinds, words in MARK.findall(page)}


def test_hedge_negation_and_figure_cues_are_marked_in_the_report() -> None:
    """A hedged quote marks "might", a denial marks "no", a figure quote marks the figure."""
    page = render(report_dict(sample.bundle()))
    marks = _marks(page)
    # osmosis: "thiosulfate might help", anchor "might help": the cue inside the anchor
    assert {("cue-anchor cue-hedge", "might"), ("cue-anchor", " help")} <= marks
    assert ("cue-hedge", "may") in marks  # nkf's anchor "may play a part", no sentence at hand
    assert ("cue-negation", "no") in marks  # nkf: "no treatment is proven"
    # cleveland's sentence comes from its document; its figure is the anchor
    assert ("cue-figure", "four in five") in marks
    assert "Roughly <mark" in page
    # an anchor inside a longer sentence is underlined as the words the claim was read from
    assert ("cue-anchor", "failing kidneys") in marks


def test_stated_quotes_carry_no_negation_or_hedge_marks() -> None:
    """A claim stated and affirmed gets no cue marks, whatever words its quote holds."""
    spans = cue_spans("No doubt warfarin may raise the risk.", anchor="warfarin")
    assert [k for *_, k in spans] == ["anchor"]


def test_marks_escape_every_piece_of_a_hostile_quote() -> None:
    """Markup in a quote stays text around and inside the marks; only our <mark> is an element."""
    page = render(report_dict(sample.hostile_bundle()))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "might help &lt;script&gt;alert(1)&lt;/script&gt;" in re.sub(r"</?mark[^>]*>", "",
                                                                        page)
    html = str(marked_html('<b onclick="x()">may</b> not', cue_spans(
        '<b onclick="x()">may</b> not', hedged=True, negated=True)))
    assert html == ('&lt;b onclick=&#34;x()&#34;&gt;<mark class="cue cue-hedge" title="a hedge '
                    'cue: why the claim counts as hedged">may</mark>&lt;/b&gt; <mark class="cue '
                    'cue-negation" title="a negation cue: why the claim counts as denied">not'
                    '</mark>')


def test_pieces_put_the_quote_back_together() -> None:
    """Splitting at the marks loses and adds nothing: the pieces join to the quote."""
    text = "In rare cases it may not be clear; 1 in 100,000 people get it."
    spans = cue_spans(text, anchor="1 in 100,000", hedged=True, negated=True, figure=True)
    assert "".join(p.text for p in pieces(text, spans)) == text
    assert {(p.text, p.kinds) for p in pieces(text, spans) if p.kinds} >= {
        ("1 in 100,000", ("figure",)), ("may", ("hedge",))}


def test_graph_panel_quotes_carry_cue_offsets_in_utf16() -> None:
    """The panel's quotes list their cues; offsets count UTF-16 units, as JavaScript does."""
    data = graph_data(sample.bundle())
    quotes = [q for st in data["statements"].values() for qs in st["quotes"].values()
              for q in qs]
    might = next(q for q in quotes if q.get("text") == "thiosulfate might help")
    assert [c[2] for c in might["marks"]] == ["anchor hedge", "anchor"]
    start, end, _ = might["marks"][0]
    assert might["text"][start:end] == "might"
    emoji = "\U0001F600 it may help"
    ((start, end, kind),) = utf16_spans(emoji, cue_spans(emoji, hedged=True))
    assert emoji.index("may") == 5
    assert (start, end, kind) == (6, 9, "hedge")  # the emoji is two UTF-16 units


def test_graph_panel_shows_the_marks_in_the_browser(tmp_path: Path) -> None:
    """Opening a statement in graph.html shows its hedge cue as a <mark> around the word."""
    bundle = sample.bundle()
    path = write_html(bundle, tmp_path / "graph.html")
    with launch() as browser, open_page(browser, path.resolve().as_uri()) as (page, log):
        page.evaluate("(id) => claimgraph.showEdge(id)", sample.STS.id)
        marks = page.eval_on_selector_all(
            "#cg-panel mark", "ms => ms.map(m => [m.className, m.textContent])")
        assert ["cg-cue cg-cue-anchor cg-cue-hedge", "might"] in marks
        assert ["cg-cue cg-cue-negation", "no"] in marks
        quote = page.locator("#cg-panel .cg-card[data-source=osmosis] .cg-quote-text")
        assert quote.inner_text() == "“thiosulfate might help”"
    assert log.errors == []
