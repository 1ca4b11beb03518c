"""Build the report contract (``claimgraph.report/1``) once, for every report format.

report.json is this dict written out; the Markdown, CSV and HTML reports
render the same dict, so the formats cannot drift apart and a field added
here reaches all of them.  Fields of the contract are never renamed or
removed (tools outside the project read them); new fields may be added.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from claimgraph.graph.conflicts import conflict_order, is_secondary, rank
from claimgraph.graph.errors import ClaimGraphError
from claimgraph.graph.findings import (
    AFFIRMS,
    CONFLICT_KINDS,
    DENIES_IT,
    HEDGES_IT,
    NARROWER,
    STATES,
    STATUSES,
    Comparison,
    Conflict,
    Reading,
    Statement,
)
from claimgraph.graph.measures import describe
from claimgraph.graph.model import Claim, ClaimSet, Measure, Source
from claimgraph.graph.statements import build_index, statement_label
from claimgraph.graph.vocab import AREAS, PREDICATES

from .base import Bundle
from .evidence_marks import Context, cue_context
from .html_style import STANCE_STYLES

SCHEMA = "claimgraph.report/1"
STANCES = ("asserts", "hedges", "partial", "denies")  # contract keys of statement.sources
# One symbol per stance, shared by the Markdown and HTML tables (and the graph's panel).
SYMBOLS = {stance: style.symbol for stance, style in STANCE_STYLES.items()}


class ReportError(ClaimGraphError, ValueError):
    """A bundle that cannot be turned into a report."""


def shared_report(bundle: Bundle) -> dict[str, Any]:
    """Return the bundle's report contract, built on first use and shared by the report formats.

    report.json, .md, .csv and .html each built the same dict (5 s apiece at
    100 k claims).  The renderers only read it; callers that want a dict of
    their own to change call :func:`report_dict`.
    """
    return bundle.view("report", lambda: report_dict(bundle))


def report_dict(bundle: Bundle) -> dict[str, Any]:
    """Return the report contract for a bundle that carries a comparison.

    Every list is in a fixed order and every value is plain JSON, so two runs
    over the same input give equal dicts (and byte-identical files).

    Raises:
        ReportError: the bundle has no comparison.
    """
    cmp = bundle.comparison
    if cmp is None:
        raise ReportError(
            "report: expected a bundle with a comparison, got comparison=None "
            "(hint: Bundle(claims, comparison=compare(claims, as_of=...)))"
        )
    cs = bundle.claims
    topic = cmp.topic or cs.topic
    # The engine's index gives statements the same wording as its conflicts and gaps.
    index = build_index(cs)
    labels = {st.id: statement_label(st, index) for st in cmp.statements}
    statements = sorted(cmp.statements, key=lambda st: _statement_order(labels[st.id], st))
    by_id = {st.id: st for st in cmp.statements}
    sources = _sources(cs, cmp)
    return {
        "schema": SCHEMA,
        "topic": {"id": topic, "label": cs.label(topic) if topic else None},
        "as_of": cmp.as_of,
        "summary": _summary(cmp, cs, sources),
        "sources": sources,
        "statements": [_statement(bundle, labels[st.id], st) for st in statements],
        "conflicts": [
            _conflict(bundle, cf, by_id)
            for cf in sorted(cmp.conflicts, key=conflict_order)
        ],
        "gaps": [
            {"source": g.source, "statement": g.statement, "label": g.label,
             "asserted_by": sorted(g.asserted_by), "area": g.area}
            for g in sorted(cmp.gaps, key=lambda g: (g.source, area_index(g.area), g.label,
                                                     g.statement))
        ],
        "area_gaps": [
            {"source": g.source, "area": g.area, "covered_by": sorted(g.covered_by)}
            for g in sorted(cmp.area_gaps, key=lambda g: (g.source, area_index(g.area)))
        ],
        "source_agreement": _agreement(cmp),
        "freshness": [
            {"source": s["id"], "next_review": s["next_review"],
             "last_dated": s["last_dated"], "overdue": s["overdue"]}
            for s in sources
        ],
    }


# --- pieces of the contract -------------------------------------------------


def _sources(cs: ClaimSet, cmp: Comparison) -> list[dict[str, Any]]:
    fresh = {f.source: f for f in cmp.freshness}
    covers = Counter(
        s for st in cmp.statements for s in {*st.asserts, *st.hedges, *st.denies, *st.partial}
    )
    claims = Counter(c.source for c in cs.claims)
    out = []
    for sid in cmp.sources:
        try:
            src = cs.source(sid)
        except KeyError:
            src = Source(sid)
        f = fresh.get(sid)
        out.append({
            "id": sid, "name": src.name, "publisher": src.publisher or None,
            "title": src.title or None, "url": src.url, "kind": src.kind,
            "authors": list(src.authors), "published": src.published,
            "modified": src.modified, "reviewed": src.reviewed,
            "next_review": f.next_review if f and f.next_review else src.next_review,
            "last_dated": f.last_dated if f else (src.reviewed or src.modified or src.published),
            "overdue": bool(f and f.overdue),
            "claims": claims[sid], "statements": covers[sid],
            # Optional (added within report/1): only when sources.yaml says when it was read.
            **({"accessed": src.accessed} if src.accessed else {}),
        })
    return out


def _summary(cmp: Comparison, cs: ClaimSet, sources: list[dict[str, Any]]) -> dict[str, Any]:
    status = Counter(st.status for st in cmp.statements)
    kinds = Counter(cf.kind for cf in cmp.conflicts)
    return {
        "sources": len(cmp.sources),
        "claims": len(cs.claims),
        "statements": len(cmp.statements),
        "statements_by_status": {s: status[s] for s in _ordered(STATUSES, status)},
        "conflicts": len(cmp.conflicts),
        "conflicts_by_kind": {k: kinds[k] for k in _ordered(CONFLICT_KINDS, kinds)},
        # Headline numbers: stated-vs-hedged and not-comparable figures are secondary.
        "primary_conflicts": sum(not is_secondary(cf) for cf in cmp.conflicts),
        "secondary_findings": sum(is_secondary(cf) for cf in cmp.conflicts),
        "gaps": len(cmp.gaps),
        "area_gaps": len(cmp.area_gaps),
        "overdue": [s["id"] for s in sources if s["overdue"]],
    }


def _statement(bundle: Bundle, label: str, st: Statement) -> dict[str, Any]:
    cs = bundle.claims
    return {
        "id": st.id,
        "label": label,
        "subject": _entity(cs, st.subject),
        "predicate": st.predicate,
        "predicate_label": predicate_label(st.predicate),
        "object": _entity(cs, st.object) if st.object else None,
        "measure": _measure(cs, st.measure) if st.measure else None,
        "qualifiers": {"population": st.qualifiers.population,
                       "setting": st.qualifiers.setting, "level": st.qualifiers.level},
        "area": st.area,
        "sources": {k: sorted(getattr(st, k)) for k in STANCES},
        "status": st.status,
        "evidence": _evidence(bundle, st.claims),
    }


# Which of a side's own claims back its role: a source that both affirms and denies a
# statement sits on both sides, and each side quotes only the words that put it there.
_BACKS_ROLE: dict[str, Callable[[Claim], bool]] = {
    AFFIRMS: lambda c: not c.negated,
    NARROWER: lambda c: not c.negated,
    DENIES_IT: lambda c: c.negated,
    STATES: lambda c: not c.negated and not c.hedged,
    HEDGES_IT: lambda c: not c.negated and c.hedged,
}


def _conflict(bundle: Bundle, cf: Conflict, by_id: dict[str, Statement]) -> dict[str, Any]:
    sides = []
    for side in cf.sides:
        ids = side.statements or cf.statements
        backs = _BACKS_ROLE.get(side.role, lambda _c: True)
        claims = [c for sid in ids if sid in by_id for c in by_id[sid].claims
                  if c.source in side.sources and backs(c)]
        sides.append({"sources": sorted(side.sources), "says": side.says,
                      "statements": list(side.statements), "evidence": _evidence(bundle, claims),
                      "role": side.role,
                      "figures": [_figure(r) for r in cf.readings
                                  if r.statement in side.statements]})
    return {
        "id": cf.id, "kind": cf.kind, "about": cf.about, "statements": list(cf.statements),
        "sources": list(cf.sources), "sides": sides, "explanation": cf.explanation,
        "reason": cf.reason, "reconcilable": cf.reconcilable,
        "ratio": _finite(cf.ratio), "internal": cf.internal,
        "rank": rank(cf), "secondary": is_secondary(cf),
        "verdict": cf.verdict, "quantity": cf.quantity, "subject": cf.subject,
        "horizon": cf.horizon, "population": cf.population, "reasons": list(cf.reasons),
    }


def _figure(r: Reading) -> dict[str, Any]:
    """Return one figure of a conflict as stated and as compared (plain JSON, no infinities)."""
    f, m = r.figure, r.figure.measure
    implied = r.implied
    return {
        "statement": r.statement, "sources": list(r.sources),
        "stated": {"kind": m.kind, "value": m.value, "low": m.low, "high": m.high,
                   "bound": str(m.bound), "unit": m.unit, "horizon": m.horizon,
                   "population": m.population},
        "compared_as": {"kind": f.kind, "point": _number(f.point), "low": _number(f.window[0]),
                        "high": _number(f.window[1]), "allows_low": _number(f.interval[0]),
                        "allows_high": _number(f.interval[1]), "bound": str(f.bound)},
        "converted": f.converted, "horizon_days": f.horizon, "population": r.population,
        "implied": None if implied is None else {
            "bound": str(implied.bound), "point": _number(implied.point),
            "horizon_days": implied.horizon, "approx": implied.approx},
    }


def _evidence(bundle: Bundle, claims: Iterable[Claim]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    claim_id = bundle.claim_ids()
    for c in claims:
        ev = c.evidence
        rows.append({
            "source": ev.source, "section": ev.section, "anchor": ev.anchor,
            "text": evidence_text(bundle.documents, c), "start": ev.start, "end": ev.end,
            "status": str(c.status), "origin": ev.origin, "claim": claim_id(c),
            "polarity": str(c.polarity), "certainty": str(c.certainty),
        })
        if ev.flag:
            # Optional: present only on flagged evidence, so reports without
            # review flags stay as they were.
            rows[-1]["flag"] = ev.flag
        context = claim_cue_context(bundle.documents, c)
        if context is not None:
            # Optional too: only when the document is at hand and the claim's
            # negation or hedge cue lies outside its quote (a list's lead-in).
            rows[-1]["cue_context"] = {"before": context.before, "after": context.after}
    rows.sort(key=lambda r: (r["source"], -1 if r["start"] is None else r["start"],
                             r["section"] or "", r["anchor"] or "", r["claim"]))
    return rows


def flagged(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the report's flagged claims once each, in statement order.

    Each item is an evidence row (with its ``flag``) plus the ``statement``
    id and ``label`` it belongs to: what a reviewer must look at again.
    """
    seen: set[str] = set()
    out = []
    for st in report["statements"]:
        for ev in st["evidence"]:
            if ev.get("flag") and ev["claim"] not in seen:
                seen.add(ev["claim"])
                out.append({**ev, "statement": st["id"], "label": st["label"]})
    return out


def claim_cue_context(documents: dict[str, str], claim: Claim) -> Context | None:
    """Return the words around a claim's quote that hold its cue, when the quote lacks it."""
    ev = claim.evidence
    doc = documents.get(ev.source)
    if doc is None or ev.start is None or ev.end is None or not (claim.negated or claim.hedged):
        return None
    return cue_context(doc, ev.start, ev.end, negated=claim.negated, hedged=claim.hedged)


def evidence_text(documents: dict[str, str], claim: Claim) -> str | None:
    """Return the claim's words: sliced from its document when we have it, else as given.

    Never invents text: with no document and no ``evidence.text`` the answer is None.
    """
    ev = claim.evidence
    doc = documents.get(ev.source)
    if doc is not None and ev.start is not None and ev.end is not None \
            and 0 <= ev.start < ev.end <= len(doc):
        return doc[ev.start:ev.end]
    return ev.text


def _agreement(cmp: Comparison) -> dict[str, dict[str, float | None]]:
    ids = list(dict.fromkeys([*cmp.sources, *(x for a, b, _ in cmp.agreement for x in (a, b))]))
    matrix: dict[str, dict[str, float | None]] = {
        a: {b: None for b in ids if b != a} for a in ids
    }
    for a, b, share in sorted(cmp.agreement, key=lambda t: (t[0], t[1])):
        if a != b:
            value = None if share is None else round(share, 4)
            matrix[a][b] = matrix[b][a] = value
    return matrix


def _number(x: float | None) -> float | None:
    # A figure keeps its precision (1 in 100,000 is 1e-05); no limit (infinity) is null.
    return x if x is not None and math.isfinite(x) else None


def _finite(x: float | None) -> float | None:
    # JSON has no Infinity or NaN: a ratio against a zero figure has no value to report.
    return round(x, 4) if x is not None and math.isfinite(x) else None


def _entity(cs: ClaimSet, entity_id: str) -> dict[str, str]:
    return {"id": entity_id, "label": cs.label(entity_id)}


def _measure(cs: ClaimSet, m: Measure) -> dict[str, Any]:
    return {"kind": m.kind, "value": m.value, "low": m.low, "high": m.high,
            "bound": str(m.bound), "horizon": m.horizon,
            "population": m.population, "population_label": cs.label(m.population) or None,
            "unit": m.unit, "text": describe(m, cs.label(m.population) or None)}


# --- ordering ---------------------------------------------------------------


def area_index(area: str) -> int:
    """Return where a topic area goes in a report (unknown areas last)."""
    return AREAS.index(area) if area in AREAS else len(AREAS)


def _ordered(known: Sequence[str], seen: Counter[str]) -> list[str]:
    return [*known, *sorted(k for k in seen if k not in known)]


def _statement_order(label: str, st: Statement) -> tuple[Any, ...]:
    # Within an area, the best-supported statements first, then alphabetical.
    support = len({*st.asserts, *st.hedges})
    return (area_index(st.area), st.area, -support, label.lower(), st.id)


def group_by_area(items: Iterable[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Split report statements (or gaps) into (area, items) groups, keeping their order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        groups.setdefault(item["area"], []).append(item)
    return list(groups.items())


def stance(statement: dict[str, Any], source: str) -> str:
    """Return one source's stance towards a report statement (``silent`` if none).

    A denial wins over an assertion, as in :meth:`Statement.stance`.
    """
    for key in ("denies", "asserts", "hedges", "partial"):
        if source in statement["sources"][key]:
            return key
    return "silent"


# --- words ------------------------------------------------------------------


def predicate_label(predicate: str) -> str:
    """Return how a predicate reads in a sentence ("increases risk of")."""
    p = PREDICATES.get(predicate)
    return p.label if p else predicate.replace("_", " ")
