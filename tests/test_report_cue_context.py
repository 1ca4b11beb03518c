"""A cue outside the quote is shown and marked: a list's lead-in, the rest of a sentence.

The page is our own wording, laid out as ``ingest/documents.py`` normalises
text (a paragraph per line, items after "- ", a blank line before a heading);
the claims point into it by offsets, as extracted claims do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from claimgraph import compare
from claimgraph.exports.base import Bundle
from claimgraph.exports.evidence_marks import Context, cue_context
from claimgraph.exports.html import write_html
from claimgraph.exports.html_data import graph_data
from claimgraph.exports.report_data import report_dict
from claimgraph.exports.report_html import render
from claimgraph.exports.report_json import export_report_json
from claimgraph.exports.report_md import _quote as quote_md
from claimgraph.graph.model import (
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    EntityType,
    Evidence,
    Polarity,
    Source,
)

from .browser_support import launch, open_page

LEAD = "A few drugs might add to the danger, for instance:"
PAGE = (
    "Gout\n"
    "Gout is a painful swelling of a joint.\n"
    "\n"
    "What adds to the danger\n"
    f"{LEAD}\n"
    "- Water pills\n"
    "- Low-dose <b>aspirin</b>\n"
    "- Some drugs that stop organ rejection\n"
    "Red meat lifts uric acid, though this is unproven for most people. Beer does too.\n"
    "Cherries do not bring on attacks.\n"
    "\n"
    "Diet\n"
    "- Sugary drinks\n"
)


def _claim(subject: str, obj: str, words: str, *, hedged: bool = False,
           negated: bool = False, anchor: str | None = None) -> Claim:
    start = PAGE.index(words)
    return Claim(subject, "increases_risk_of", obj,
                 polarity=Polarity.NEGATED if negated else Polarity.AFFIRMED,
                 certainty=Certainty.HEDGED if hedged else Certainty.STATED,
                 evidence=Evidence("clinic", section="What adds to the danger",
                                   anchor=anchor or words, start=start,
                                   end=start + len(words), text=words))


def _bundle() -> Bundle:
    entities = tuple(Entity(i, i.replace("-", " "), t) for i, t in (
        ("gout", EntityType.CONDITION), ("water-pills", EntityType.MEDICATION),
        ("aspirin", EntityType.MEDICATION), ("red-meat", EntityType.OTHER),
        ("cherries", EntityType.OTHER), ("sugary-drinks", EntityType.OTHER)))
    claims = (
        _claim("water-pills", "gout", "Water pills", hedged=True),
        _claim("aspirin", "gout", "Low-dose <b>aspirin</b>", hedged=True),
        _claim("red-meat", "gout", "Red meat lifts uric acid", hedged=True, anchor="Red meat"),
        _claim("cherries", "gout", "Cherries do not bring on attacks.", negated=True,
               anchor="Cherries"),
        _claim("sugary-drinks", "gout", "Sugary drinks", hedged=True),
    )
    cs = ClaimSet(sources=(Source("clinic", publisher="Joint Clinic"),), entities=entities,
                  claims=claims, topic="gout")
    return Bundle(cs, compare(cs, as_of="2026-11-21"), documents={"clinic": PAGE})


def _at(words: str) -> tuple[int, int]:
    return PAGE.index(words), PAGE.index(words) + len(words)


def test_a_list_item_gets_its_lead_in_when_the_cue_is_there() -> None:
    """A hedged item gets the lead-in's sentence; a stated item, or one under a heading, none."""
    assert cue_context(PAGE, *_at("Water pills"), hedged=True) == Context(before=LEAD)
    assert cue_context(PAGE, *_at("Water pills")) is None
    # The lead-in denies nothing, so a denied item gets no context from it.
    assert cue_context(PAGE, *_at("Water pills"), negated=True) is None
    assert cue_context(PAGE, *_at("Sugary drinks"), hedged=True) is None  # under a heading


def test_the_rest_of_a_sentence_is_context_when_it_holds_the_cue() -> None:
    """A quote that stops short of its sentence gets the sentence's rest, as on the page."""
    assert cue_context(PAGE, *_at("Red meat lifts uric acid"), hedged=True) == Context(
        after=", though this is unproven for most people.")
    # A quote that holds its own cue needs no context.
    assert cue_context(PAGE, *_at("Cherries do not bring on attacks."), negated=True) is None


def test_report_html_marks_the_hedge_in_the_lead_in_and_escapes_it() -> None:
    """report.html shows the lead-in before the item, its "might" marked, page markup escaped."""
    page = render(report_dict(_bundle()))
    hedge = ('<mark class="cue cue-hedge" title="a hedge cue: why the claim counts as hedged">'
             'might</mark>')
    lead = (f'<span class="cue-context" title="from the page, around the quote: the words that '
            f'carry its cue">A few drugs {hedge} add to the danger, for instance:</span> ')
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", page)
    assert lead + "Water pills" in quotes
    assert lead + "Low-dose &lt;b&gt;aspirin&lt;/b&gt;" in quotes
    assert "<b>aspirin" not in page
    after = next(q for q in quotes if q.startswith('<mark class="cue cue-anchor"'
                                                   ' title="the words the claim was read from">'
                                                   'Red meat</mark>'))
    assert after.endswith('<span class="cue-context" title="from the page, around the quote: '
                          'the words that carry its cue">, though this is <mark class="cue '
                          'cue-hedge" title="a hedge cue: why the claim counts as hedged">'
                          'unproven</mark> for most people.</span>')
    assert "Sugary drinks</blockquote>" in page  # no lead-in to show


def test_report_json_and_md_carry_the_context(tmp_path: Path) -> None:
    """report.json has cue_context only on rows that need it; report.md quotes it in brackets."""
    bundle = _bundle()
    (path,) = export_report_json(bundle, tmp_path)
    report = json.loads(path.read_text(encoding="utf-8"))
    rows = {ev["text"]: ev.get("cue_context") for st in report["statements"]
            for ev in st["evidence"]}
    assert rows == {
        "Water pills": {"before": LEAD, "after": ""},
        "Low-dose <b>aspirin</b>": {"before": LEAD, "after": ""},
        "Red meat lifts uric acid": {"before": "",
                                     "after": ", though this is unproven for most people."},
        "Cherries do not bring on attacks.": None, "Sugary drinks": None}
    row = next(ev for st in report["statements"] for ev in st["evidence"]
               if ev["text"] == "Water pills")
    assert quote_md(row).startswith(f"“[{LEAD}] Water pills”")
    row = next(ev for st in report["statements"] for ev in st["evidence"]
               if ev["text"] == "Red meat lifts uric acid")
    assert quote_md(row).startswith(
        "“Red meat lifts uric acid[, though this is unproven for most people.]”")


def test_graph_panel_shows_the_lead_in_in_the_browser(tmp_path: Path) -> None:
    """In graph.html's panel the item's quote opens with the lead-in, "might" in a hedge <mark>."""
    bundle = _bundle()
    data = graph_data(bundle)
    quotes = [q for st in data["statements"].values() for qs in st["quotes"].values()
              for q in qs if q.get("text") == "Water pills"]
    assert quotes and quotes[0]["before"][0] == LEAD
    statement = next(sid for sid, st in data["statements"].items()
                     if any(q.get("text") == "Water pills" for qs in st["quotes"].values()
                            for q in qs))
    path = write_html(bundle, tmp_path / "graph.html")
    with launch() as browser, open_page(browser, path.resolve().as_uri()) as (page, log):
        page.evaluate("(id) => claimgraph.showEdge(id)", statement)
        quote = page.locator("#cg-panel .cg-card[data-source=clinic] .cg-quote-text").first
        assert quote.inner_text() == f"“{LEAD} Water pills”"
        marks = quote.locator("mark").evaluate_all(
            "ms => ms.map(m => [m.className, m.textContent, m.parentElement.className])")
        assert marks == [["cg-cue cg-cue-hedge", "might", "cg-quote-context"]]
    assert log.errors == []
