"""Draw an overview, not the whole graph, when a graph is too big to load or read.

At 92 k synthetic claims graph.html held 61 k arrows in 51 MB: slow to open,
and a hairball once open.  Above :data:`MAX_STATEMENTS` arrows the page draws
the best-supported statements (the ones most sources make, then those in a
conflict), with a share for every topic area so no sector is left empty (the
figures of prognosis are rarely the most repeated), and says what it left out and
how to see the rest: ``--html-focus ENTITY`` draws one entity's
neighbourhood, and statements.csv / report.json hold every statement.
A graph at or under the limit is drawn whole, byte for byte as before.

An overview also carries, per topic area, the next best-supported
statements it left out (:func:`reserve`, at most :data:`EXPAND_PER_AREA`),
already laid out but not drawn: a "more" node in each area's sector draws
them on a click, in the page, with nothing fetched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimgraph.graph.findings import Statement

# ~1.2 KB of page per drawn statement of a big graph (its arrow, its share of
# the nodes, panel text): 3,000 arrows, 200 conflicts and 40 charts keep
# graph.html under 5 MB with vis-network inlined, not 51 MB (92 k synthetic
# claims, ``benchmarks/bench_html.py --claims 100000``).
MAX_STATEMENTS = 3_000
MAX_CONFLICTS = 200  # conflicts an overview lists in its side panel, most pressing first
MAX_CHARTS = 40  # forest plots (~3 KB each) an overview keeps: its conflicts' first
# Statements per topic area an overview holds back, drawn when its "more" node is
# clicked: ~0.9 KB each, so at 92 k synthetic claims (10 areas) graph.html goes
# from 4.67 to 4.95 MB, still under 5 MB.
EXPAND_PER_AREA = 30


@dataclass(frozen=True, slots=True)
class Overview:
    """What an overview leaves out: counts for the page's note, per node for its panel."""

    shown: int
    total: int
    entities_total: int
    left_out_of: dict[str, int]  # node id -> statements about it not drawn
    example: str | None  # the node with most left out: where --html-focus helps most


def support(st: Statement) -> int:
    """Return how many sources state or hedge a statement (what the overview ranks by)."""
    return len({*st.asserts, *st.hedges})


def keep_best(statements: Sequence[Statement], ends: dict[str, tuple[str, str]],
              limit: int, conflicted: set[str],
              topic: str | None = None) -> tuple[list[Statement], Overview | None]:
    """Return the statements to draw, and an :class:`Overview` when some are left out.

    Ranked by support, then conflict (a contested statement before a quiet
    one of equal support), then id, so the same input gives the same page.
    Each topic area first gets its best ``limit / (2 × areas)`` statements,
    then the rest of the room goes to the best overall.  The kept statements
    come back in their given order.
    """
    if len(statements) <= limit:
        return list(statements), None
    ranked = sorted(statements, key=lambda st: (-support(st), st.id not in conflicted, st.id))
    by_area: dict[str, list[str]] = {}
    for st in ranked:
        by_area.setdefault(st.area, []).append(st.id)
    share = max(limit, 0) // (2 * len(by_area))
    keep = {sid for ids in by_area.values() for sid in ids[:share]}
    for st in ranked:
        if len(keep) >= limit:
            break
        keep.add(st.id)
    kept = [st for st in statements if st.id in keep]
    left: Counter[str] = Counter()
    for st in statements:
        if st.id not in keep:
            left.update(set(ends[st.id]))
    shown_nodes = {n for st in kept for n in ends[st.id]}
    all_nodes = {n for st in statements for n in ends[st.id]}
    candidates = [(n, c) for n, c in left.items() if n != topic and not n.startswith("measure:")]
    example = min(candidates, key=lambda nc: (-nc[1], nc[0]))[0] if candidates else None
    return kept, Overview(
        shown=len(kept), total=len(statements), entities_total=len(all_nodes),
        left_out_of={n: c for n, c in sorted(left.items()) if n in shown_nodes},
        example=example,
    )


def reserve(statements: Sequence[Statement], kept: set[str], conflicted: set[str],
            per_area: int) -> dict[str, list[Statement]]:
    """Return, per topic area, the best ``per_area`` statements an overview left out.

    Ranked as :func:`keep_best` ranks (support, then conflict, then id); areas
    come in the order statements first name them, each list in rank order.
    """
    ranked = sorted((st for st in statements if st.id not in kept),
                    key=lambda st: (-support(st), st.id not in conflicted, st.id))
    out: dict[str, list[Statement]] = {}
    for st in ranked:
        chosen = out.setdefault(st.area, [])
        if len(chosen) < max(per_area, 0):
            chosen.append(st)
    return {area: chosen for area, chosen in out.items() if chosen}


def keep_charts(charts: Mapping[Any, Any], statements_of: Mapping[Any, Sequence[str]],
                conflicts: Iterable[Sequence[str]], limit: int) -> set[Any]:
    """Return the keys of the forest plots an overview keeps, at most ``limit``.

    First the charts of the listed conflicts (in their order), then those
    with the most statements; the rest of the figures stay in the CSV/JSON.
    """
    owner = {sid: key for key in charts for sid in statements_of[key]}
    wanted = [owner[sid] for sts in conflicts for sid in sts if sid in owner]
    wanted += sorted(charts, key=lambda key: (-len(statements_of[key]), str(key)))
    return set(list(dict.fromkeys(wanted))[:max(limit, 0)])


__all__ = ["EXPAND_PER_AREA", "MAX_CHARTS", "MAX_CONFLICTS", "MAX_STATEMENTS", "Overview",
           "keep_best", "keep_charts", "reserve", "support"]
