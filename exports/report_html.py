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

from .base import EXPORTERS, Bundle, write_atomic
from .heatmap import agreement_svg
from .html_style import KIND_LABELS, STATUS_STYLES, status_css
from .report_chart import chart_for_statements, charts, forest_svg
from .report_data import STANCES, SYMBOLS, flagged, group_by_area, report_dict, stance

TEMPLATES = Path(__file__).resolve().parent / "templates"
STANCE_ORDER = (*STANCES, "silent")
# Sort keys: a higher rank is stronger support, so a first (descending) click
# puts the sources that assert a statement on top.
STANCE_RANK = {"asserts": 4, "hedges": 3, "partial": 2, "denies": 1, "silent": 0}
STATUS_RANK = {"consensus": 0, "majority": 1, "minority": 2, "single-source": 3, "contested": 4}
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


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["csp_hash"] = csp_hash
    return env


def render(report: dict[str, Any]) -> str:
    """Return the HTML page for a report dict."""
    ids = [s["id"] for s in report["sources"]]
    names = {s["id"]: s["name"] for s in report["sources"]}
    groups = [
        (area, [{"st": st, "support": len({*st["sources"]["asserts"], *st["sources"]["hedges"]}),
                 "cells": [(s, stance(st, s)) for s in ids]} for st in statements])
        for area, statements in group_by_area(report["statements"])
    ]
    gap_cards = [
        {"id": sid, "name": names[sid],
         "areas": [g for g in report["area_gaps"] if g["source"] == sid],
         "gaps": group_by_area(g for g in report["gaps"] if g["source"] == sid)}
        for sid in ids
    ]
    # The SVG is built by heatmap.py with XML escaping of every label, so it
    # is the one generated fragment the template may insert as markup.
    heatmap = Markup(agreement_svg(ids, report["source_agreement"], names))
    matrix = report["source_agreement"]
    pairs = sorted((share, a, b) for a in ids for b in ids if a < b
                   if (share := matrix.get(a, {}).get(b)) is not None)
    unknown = [(a, b) for a in ids for b in ids if a < b and matrix.get(a, {}).get(b) is None]
    topic = report["topic"]["label"] or report["topic"]["id"] or "Claims"
    # Forest plots, built with XML escaping like the heat map: one per quantity that two
    # or more sources give a figure for, and the same chart under each figures conflict.
    quantity_charts = charts(report)
    svgs = {key: Markup(forest_svg(chart)) for key, chart in quantity_charts.items()}
    conflict_charts = {}
    for cf in report["conflicts"]:
        chart = chart_for_statements(quantity_charts, cf["statements"]) if cf["kind"] in (
            "numeric", "not-comparable") else None
        if chart is not None:
            conflict_charts[cf["id"]] = svgs[chart.key]
    primary = [cf for cf in report["conflicts"] if not cf.get("secondary")]
    secondary = [(kind, title, lead, [cf for cf in report["conflicts"]
                                      if cf.get("secondary") and cf["kind"] == kind])
                 for kind, title, lead in SECONDARY]
    return _environment().get_template("report.html.j2").render(
        r=report, topic=topic, ids=ids, names=names, groups=groups, gap_cards=gap_cards,
        heatmap=heatmap, least_agreed=pairs[:3], unknown_pairs=unknown, symbols=SYMBOLS,
        stance_order=STANCE_ORDER, stance_rank=STANCE_RANK, status_rank=STATUS_RANK,
        web_url=web_url, flagged=flagged(report), status_styles=STATUS_STYLES,
        status_css=Markup(status_css()), kind_labels=KIND_LABELS, primary=primary,
        secondary=secondary, secondary_kinds={kind for kind, *_ in SECONDARY},
        conflict_charts=conflict_charts, figure_charts=list(svgs.values()),
    )


@EXPORTERS.register("report-html")
def export_report_html(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``report.html`` into ``out_dir`` and return its path."""
    return [write_atomic(Path(out_dir) / "report.html", render(report_dict(bundle)))]
