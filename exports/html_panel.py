"""The side panel's data: sources, conflicts, and each source's words per statement.

Kept beside the node and edge data (html_data.py) because the panel shows
what the canvas cannot: quotes, sections and explanations.  All of it is
plain text that the page writes with ``textContent``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from claimgraph.graph.conflicts import conflict_order, is_secondary, rank
from claimgraph.graph.findings import ASSERTS, DENIES, HEDGES, Conflict, Statement
from claimgraph.graph.model import Claim, ClaimSet

from .base import Bundle
from .evidence_marks import cue_spans, utf16_spans
from .html_text import Labels, qualifier_text
from .report_data import claim_cue_context, evidence_text

__all__ = ["conflict_order", "conflict_panel", "source_panel", "statement_panel"]


def source_panel(cs: ClaimSet, sid: str) -> dict[str, Any]:
    try:
        src = cs.source(sid)
    except KeyError:
        return {"id": sid, "name": sid, "title": "", "publisher": "", "url": "", "kind": ""}
    return {"id": sid, "name": src.name, "title": src.title, "publisher": src.publisher,
            "url": src.url or "", "kind": src.kind or ""}


def conflict_panel(cf: Conflict, shown: set[str],
                   charts: dict[str, str] | None = None) -> dict[str, Any]:
    """Return what the conflict list and panel show: ranked, with its verdict first.

    ``charts`` maps statement ids to the id of their quantity's forest plot;
    a figures conflict names its chart.
    """
    known = charts or {}
    chart = next((known[s] for s in cf.statements if s in known), None) if cf.kind in (
        "numeric", "not-comparable") else None
    panel: dict[str, Any] = {
        "id": cf.id,
        "kind": cf.kind,
        "about": cf.about,
        "verdict": cf.verdict,
        "rank": rank(cf),
        "secondary": is_secondary(cf),
        "sources": list(cf.sources),
        "statements": [s for s in cf.statements if s in shown],
        "sides": [{"sources": sorted(side.sources), "says": side.says} for side in cf.sides],
        "explanation": cf.explanation,
    }
    if chart is not None:
        panel["chart"] = chart
    return panel


def statement_panel(bundle: Bundle, st: Statement, text: str, labels: Labels,
                    conflicts: list[str]) -> dict[str, Any]:
    """Return what the side panel shows for a statement; stances come from the edge."""
    quotes: dict[str, list[dict[str, str]]] = defaultdict(list)
    claim_id = bundle.claim_ids()
    for claim in sorted(st.claims,
                        key=lambda c: (c.source, c.evidence.start or 0, claim_id(c))):
        quotes[claim.source].append(_evidence(bundle, claim, st.measure is not None))
    panel: dict[str, Any] = {"text": text, "area": st.area,
                             "quotes": dict(quotes)}
    qualifiers = qualifier_text(st.qualifiers, labels)
    if qualifiers:
        panel["qualifiers"] = qualifiers
    if conflicts:
        panel["conflicts"] = sorted(conflicts)
    return panel


def _evidence(bundle: Bundle, claim: Claim, figure: bool) -> dict[str, Any]:
    """Return one quote for the panel; ``marks`` are its cue words (UTF-16 offsets).

    The page shows ``text`` (the sentence) when there is one, else ``anchor``;
    the mark offsets are into whichever it shows.  ``before`` and ``after``
    (``[words, marks]``) are the page's words around the quote that hold a
    cue the quote lacks, such as a list's lead-in.
    """
    ev = claim.evidence
    text = evidence_text(bundle.documents, claim)
    words = text or ev.anchor or ""
    marks = utf16_spans(words, cue_spans(words, anchor=ev.anchor, negated=claim.negated,
                                         hedged=claim.hedged, figure=figure))
    row: dict[str, Any] = {
        "section": ev.section, "anchor": ev.anchor, "text": text,
        "stance": DENIES if claim.negated else HEDGES if claim.hedged else ASSERTS,
        "flag": ev.flag, "marks": marks}
    context = claim_cue_context(bundle.documents, claim) if text else None
    if context is not None:
        # The words around the quote that hold its cue (a list's lead-in), with their marks.
        for key, part in (("before", context.before), ("after", context.after)):
            if part:
                row[key] = [part, utf16_spans(part, cue_spans(
                    part, negated=claim.negated, hedged=claim.hedged))]
    return {k: v for k, v in row.items() if v}
