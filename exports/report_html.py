"""Write report.html: the comparison as one offline, self-contained page for people.

Inline CSS, a few lines of inline JavaScript (table sorting; the page reads
fine without it) and an inline SVG heat map: no fonts, images or scripts
from the network, and a Content-Security-Policy that forbids them, with the
script pinned by its hash.  Jinja2 autoescapes every value; source text is
never marked safe.  Source addresses become links only when they are
http(s), with ``rel="noopener noreferrer"``; anything else stays plain text.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from claimgraph.terminal import LAYOUT_UNSAFE, clean

from .base import EXPORTERS, Bundle, write_atomic
from .evidence_marks import KINDS, cue_spans, marked_html
from .heatmap import agreement_svg
from .html_style import KIND_LABELS, STATUS_STYLES, status_css
from .report_chart import chart_for_statements, charts, forest_svg
from .report_data import STANCES, SYMBOLS, flagged, group_by_area, shared_report, stance
from .report_limits import DEFAULT_LIMITS, Limits, describe_cuts, first, top

TEMPLATES = Path(__file__).resolve().parent / "templates"
STANCE_ORDER = (*STANCES, "silent")
# Sort keys: a higher rank is stronger support, so a first (descending) click
# puts the sources that assert a statement on top.
STANCE_RANK = {"asserts": 4, "hedges": 3, "partial": 2, "denies": 1, "silent": 0}
STATUS_RANK = {"consensus": 0, "majority": 1, "minority": 2, "single-source": 3, "contested": 4}
# The key under the comparison table: what each kind of mark in a quote means.
CUE_KEY = {"anchor": "the words the claim was read from", "figure": "the figure",
           "negation": "a negation cue (denied)", "hedge": "a hedge cue (hedged)"}
CONTEXT_TITLE = "from the page, around the quote: the words that carry its cue"
SECONDARY = (
    ("certainty", "Stated versus hedged",
     "One source states it firmly, another only says it may be so. Worth a look, not a "
     "disagreement: not counted among the conflicts."),
    ("not-comparable", "Figures that cannot be compared",
     "Figures of a different kind, period or group of people, side by side with why they cannot "
     "be compared. Not counted among the conflicts."),
)


def csp_hash(script: str) -> str:
    """Return the CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(str(script).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def web_url(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) address fit for a link, else None.

    Keeps ``javascript:`` and ``data:`` addresses from a sources file out of ``href``.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _printable(value: Any) -> Any:
    """Drop escape sequences and control characters from a value a template prints.

    Autoescaping keeps markup out but lets ``\x01`` or ``\x1b[2J`` from a label through
    as raw characters (an HTML parse error, and junk in a copied title).  Our own
    Markup is left alone.
    """
    if type(value) is str and not value.isprintable():
        return clean(value)
    return value


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        finalize=_printable,
    )
    env.filters["csp_hash"] = csp_hash
    return env


def render(report: dict[str, Any], limits: Limits = DEFAULT_LIMITS) -> str:
    """Return the HTML page for a report dict.

    Long lists are cut to ``limits`` (see :mod:`report_limits`), each with a
    line that says how many items it left out and which file holds them all.
    """
    ids = [s["id"] for s in report["sources"]]
    names = {s["id"]: s["name"] for s in report["sources"]}
    left_out: dict[str, int] = {}
    groups = []
    for area, statements in group_by_area(report["statements"]):
        cut = first(statements, limits.statements_per_area)
        groups.append((area, len(statements), cut.left_out, [
            {"st": st, "support": len({*st["sources"]["asserts"], *st["sources"]["hedges"]}),
             "cells": [(s, stance(st, s)) for s in ids]} for st in cut.shown]))
    left_out["statements"] = sum(g[2] for g in groups)
    gap_cards = []
    for sid in ids:
        gaps = top([g for g in report["gaps"] if g["source"] == sid], limits.gaps_per_source,
                   key=lambda g: -len(g["asserted_by"]))
        gap_cards.append({"id": sid, "name": names[sid], "left_out": gaps.left_out,
                          "areas": [g for g in report["area_gaps"] if g["source"] == sid],
                          "gaps": group_by_area(gaps.shown)})
    left_out["gaps"] = sum(g["left_out"] for g in gap_cards)
    # The SVG is built by heatmap.py with XML escaping of every label, so it
    # is the one generated fragment the template may insert as markup.
    heatmap = Markup(agreement_svg(ids, report["source_agreement"], names))
    matrix = report["source_agreement"]
    pairs = sorted((share, a, b) for a in ids for b in ids if a < b
                   if (share := matrix.get(a, {}).get(b)) is not None)
    unknown = [(a, b) for a in ids for b in ids if a < b and matrix.get(a, {}).get(b) is None]
    topic = report["topic"]["label"] or report["topic"]["id"] or "Claims"
    primary = first([cf for cf in report["conflicts"] if not cf.get("secondary")],
                    limits.conflicts)
    secondary = []
    for kind, title, lead in SECONDARY:
        items = first([cf for cf in report["conflicts"]
                       if cf.get("secondary") and cf["kind"] == kind], limits.secondary)
        secondary.append((kind, title, lead, items.shown, items.left_out))
    left_out["conflicts"] = primary.left_out + sum(s[4] for s in secondary)
    # Forest plots, built with XML escaping like the heat map: one per quantity that two
    # or more sources give a figure for, and the same chart under each figures conflict.
    quantity_charts = charts(report)
    shown_charts = top(list(quantity_charts), limits.charts,
                       key=lambda key: -len(quantity_charts[key].rows))
    left_out["charts"] = shown_charts.left_out
    svgs: dict[tuple[str, ...], Markup] = {}

    def svg(key: tuple[str, ...]) -> Markup:
        if key not in svgs:
            svgs[key] = Markup(forest_svg(quantity_charts[key]))
        return svgs[key]

    conflict_charts = {}
    for cf in [*primary.shown, *(cf for s in secondary for cf in s[3])]:
        chart = chart_for_statements(quantity_charts, cf["statements"]) if cf["kind"] in (
            "numeric", "not-comparable") else None
        if chart is not None:
            conflict_charts[cf["id"]] = svg(chart.key)
    marked = flagged(report)
    flags = first(marked, limits.flagged)
    page = _environment().get_template("report.html.j2").render(
        r=report, topic=topic, ids=ids, names=names, groups=groups, gap_cards=gap_cards,
        heatmap=heatmap, least_agreed=pairs[:3], unknown_pairs=unknown, symbols=SYMBOLS,
        stance_order=STANCE_ORDER, stance_rank=STANCE_RANK, status_rank=STATUS_RANK,
        web_url=web_url, flagged=flags.shown, flagged_total=len(marked),
        flagged_left_out=flags.left_out, status_styles=STATUS_STYLES,
        status_css=Markup(status_css()), kind_labels=KIND_LABELS, primary=primary.shown,
        primary_left_out=primary.left_out, secondary=secondary,
        secondary_kinds={kind for kind, *_ in SECONDARY},
        conflict_charts=conflict_charts, figure_charts=[svg(k) for k in shown_charts.shown],
        left_out=left_out, cut_words=describe_cuts(left_out), quote=quote,
        drawn={row["st"]["id"] for *_, rows in groups for row in rows},
        cue_meanings={kind: CUE_KEY[kind] for kind in KINDS},
    )
    # Quotes and charts are Markup built piece by piece, past finalize: what control
    # characters they carry go here, one character at a time (removing whole escape
    # sequences across the page could join two labels' pieces over the markup between).
    return LAYOUT_UNSAFE.sub("", page)


def quote(ev: dict[str, Any], figure: bool = False) -> Markup:
    """Return an evidence row's words as HTML, its cue words marked, every piece escaped.

    The words are the whole sentence when the document was at hand, else the
    claim's anchor; the anchor is marked only inside a longer sentence.  A
    cue outside the quote (``cue_context``: a list's lead-in, the rest of its
    sentence) is shown beside it, set apart and marked.
    """
    text = ev.get("text") or ev.get("anchor") or ""
    negated, hedged = ev.get("polarity") == "negated", ev.get("certainty") == "hedged"
    spans = cue_spans(text, anchor=ev.get("anchor"), negated=negated, hedged=hedged,
                      figure=figure)
    context = ev.get("cue_context")
    if not context or not text:
        return marked_html(text, spans)
    # The words around the quote that hold its cue (a list's lead-in), set apart from it.
    around = [marked_html(words, cue_spans(words, negated=negated, hedged=hedged))
              for words in (context.get("before") or "", context.get("after") or "")]
    span = Markup('<span class="cue-context" title="{}">{}</span>')
    before = span.format(CONTEXT_TITLE, around[0]) + " " if around[0] else ""
    after = span.format(CONTEXT_TITLE, around[1]) if around[1] else ""
    return Markup(before) + marked_html(text, spans) + Markup(after)


@EXPORTERS.register("report-html")
def export_report_html(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``report.html`` into ``out_dir`` and return its path."""
    return [write_atomic(Path(out_dir) / "report.html", render(shared_report(bundle)))]
