"""Draw the figures sources give for one quantity as a small forest plot (inline SVG).

One chart per quantity (a subject's mortality, how common it is, ...) that
at least two sources give a figure for: one row per source on a shared
axis, in the quantity's family terms (survival drawn as mortality).  The
marker says what the wording allows:

- a dot for a figure, with a thin bar for the ±10 % an "about" allows;
- a bar with end caps for a range;
- a tick with an arrow to the left for an upper end ("up to 80 %") and to
  the right for a lower end ("at least 50 %");
- a dashed, hollow ("ghost") marker for a derived figure — survival turned
  into mortality, or what a six-month figure implies for one year — with
  the derivation in its tooltip.

Each row says its figure as written (with its period and population), so
the chart reads without colour and 1 in 100,000 is never "0 %".  Rates
spanning orders of magnitude get a log axis.  Built by hand, like the heat
map: no plotting stack, no network, every label XML-escaped, coordinates
rounded, so the same report gives the same bytes.
"""

from __future__ import annotations

import math
import textwrap
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from claimgraph.graph.findings import Statement
from claimgraph.graph.measures import (
    CUMULATIVE,
    OCCURRENCE,
    Figure,
    compared_unit,
    describe,
    family,
    format_number,
    format_small,
    horizon_adjective,
    in_family_terms,
    in_time_unit,
    kind_noun,
    normalise,
    shared_time_unit,
)
from claimgraph.graph.model import PROPORTION_KINDS, Bound, ClaimSet, Measure
from claimgraph.graph.numeric import implied_at
from claimgraph.graph.vocab import PREDICATES

WIDTH = 640
LEFT, RIGHT = 16, 24  # plot margins
LINE = 15  # one line of a row's words
MARKS = 34  # room under a row's words for its markers (and what a figure implies)
CHAR = 6.6  # average width of a 12 px character, to wrap a row's words
TOP = 30  # room for the title line
AXIS = 40  # room for the axis and its labels
INK = "#1f2937"
MUTED = "#4b5563"  # 7.6:1 on white
GHOST = "#6b7280"  # 4.8:1 on white
GRID = "#e5e7eb"
FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
LEGEND = ("● a figure, its bar what “about” allows (±10 %) · ├┤ a range · ◀ up to · ▶ at least · "
          "dashed: derived from another figure")
# A spread wider than this many times (or any figure below 1 %) gets a log axis.
LOG_SPREAD = 20.0


@dataclass(frozen=True, slots=True)
class Mark:
    """One marker on a row, in the quantity's family terms."""

    shape: str  # point, approx, range, upper, lower
    point: float
    low: float
    high: float
    ghost: bool
    tip: str
    implied: bool = False  # what the figure implies for the reference period


@dataclass(frozen=True, slots=True)
class Row:
    """One source's figures for the quantity."""

    source: str
    name: str
    text: str  # the figures as written, with period and population
    marks: tuple[Mark, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A quantity's rows and axis: what :func:`forest_svg` draws."""

    key: tuple[str, ...]
    title: str
    rows: tuple[Row, ...]
    proportion: bool
    statements: tuple[str, ...]


def _measure(data: Mapping[str, Any]) -> Measure:
    return Measure(data["kind"], data["value"], data["low"], data["high"], Bound(data["bound"]),
                   data.get("unit") or "proportion", data["horizon"], data["population"])


def quantity_key(st: Mapping[str, Any]) -> tuple[str, ...] | None:
    """Return the quantity a report statement's figure is about, or None when it has none."""
    m = st.get("measure")
    if not m or m["kind"] == "unknown":
        return None
    obj = st["object"]["id"] if st.get("object") else ""
    # (periods in weeks and in months are one quantity, drawn in one unit)
    return (st["subject"]["id"], st["predicate"], obj, family(m["kind"]),
            compared_unit(m.get("unit")) or "")


def charts(report: Mapping[str, Any]) -> dict[tuple[str, ...], Chart]:
    """Return one chart per quantity that at least two sources give a figure for."""
    names = {s["id"]: s["name"] for s in report["sources"]}
    order = {s["id"]: i for i, s in enumerate(report["sources"])}
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = defaultdict(list)
    for st in report["statements"]:
        key = quantity_key(st)
        if key is not None and (st["sources"]["asserts"] or st["sources"]["hedges"]):
            groups[key].append(st)
    found = {}
    for key, statements in sorted(groups.items()):
        sources = {s for st in statements for k in ("asserts", "hedges") for s in st["sources"][k]}
        if len(sources) >= 2:
            found[key] = _chart(key, statements, names, sorted(sources, key=lambda s: (
                order.get(s, len(order)), s)), report["topic"]["id"])
    return found


def statement_rows(statements: Iterable[Statement], cs: ClaimSet) -> list[dict[str, Any]]:
    """Return the figures of ``statements`` in the report's shape, for :func:`charts_of`.

    The graph page has statements, not a report; this gives it the few
    report fields a chart reads, worded as the report words them.
    """
    rows = []
    for st in statements:
        m = st.measure
        if m is None:
            continue
        population = cs.label(m.population) or None if m.population else None
        rows.append({
            "id": st.id, "subject": {"id": st.subject, "label": cs.label(st.subject)},
            "predicate": st.predicate, "predicate_label": PREDICATES[st.predicate].label
            if st.predicate in PREDICATES else st.predicate,
            "object": {"id": st.object, "label": cs.label(st.object)} if st.object else None,
            "measure": {"kind": m.kind, "value": m.value, "low": m.low, "high": m.high,
                        "bound": str(m.bound), "unit": m.unit, "horizon": m.horizon,
                        "population": m.population, "population_label": population,
                        "text": describe(m, population)},
            "qualifiers": {"population": st.qualifiers.population,
                           "setting": st.qualifiers.setting, "level": st.qualifiers.level},
            "sources": {"asserts": list(st.asserts), "hedges": list(st.hedges)},
        })
    return rows


def charts_of(statements: Iterable[Statement], cs: ClaimSet, sources: Sequence[str],
              topic: str | None) -> dict[tuple[str, ...], Chart]:
    """Return :func:`charts` for plain statements (the graph page's)."""
    names = {s.id: s.name for s in cs.sources}
    return charts({"sources": [{"id": s, "name": names.get(s, s)} for s in sources],
                   "statements": statement_rows(statements, cs), "topic": {"id": topic}})


def chart_for_statements(all_charts: Mapping[tuple[str, ...], Chart],
                         statement_ids: Iterable[str]) -> Chart | None:
    """Return the chart holding any of these statements (a conflict's), if one exists."""
    wanted = set(statement_ids)
    for chart in all_charts.values():
        if wanted & set(chart.statements):
            return chart
    return None


def _population(st: Mapping[str, Any]) -> str | None:
    m = st["measure"]
    who = m.get("population_label") or m.get("population") or st["qualifiers"]["population"]
    where = st["qualifiers"]["setting"]
    if who and where:
        return f"{who} ({where})"
    return who or where


def _chart(key: tuple[str, ...], statements: Sequence[Mapping[str, Any]], names: Mapping[str, str],
           sources: Sequence[str], topic: str | None) -> Chart:
    subject, predicate, obj, fam, _unit = key
    shown = shared_time_unit({st["measure"].get("unit") for st in statements})
    figures = {st["id"]: normalise(in_time_unit(_measure(st["measure"]), shown) if shown else
                                   _measure(st["measure"]), _population(st))
               for st in statements}
    ref = _reference(statements, figures) if fam in CUMULATIVE else None
    rows = []
    for source in sources:
        mine = [st for st in statements
                if source in st["sources"]["asserts"] or source in st["sources"]["hedges"]]
        marks: list[Mark] = []
        for st in mine:
            marks += _marks(figures[st["id"]], st["measure"]["text"], ref)
        text = "; ".join(st["measure"]["text"] + (" (hedged)" if source in st["sources"]["hedges"]
                                                   else "") for st in mine)
        rows.append(Row(source, names.get(source, source), text, tuple(marks)))
    first = next(iter(figures.values()))
    noun = kind_noun(first.kind if fam in CUMULATIVE else fam)
    if fam == OCCURRENCE:
        noun = "how common (share of people)"
    title = f"{horizon_adjective(ref)} {noun}".strip() if ref else noun
    if shown:
        title += f" (in {shown})"  # periods stated in several units, drawn in one
    about = statements[0]["subject"]["label"]
    if subject != topic or predicate != "has_measure":
        title += f" — {about}"
        if obj:
            title += f" {statements[0]['predicate_label']} {statements[0]['object']['label']}"
    return Chart(key, title, tuple(rows), first.measure.kind in PROPORTION_KINDS,
                 tuple(st["id"] for st in statements))


def _reference(statements: Sequence[Mapping[str, Any]],
               figures: Mapping[str, Figure]) -> float | None:
    """Return the period most sources give figures for (the longest on a tie)."""
    counts: dict[float | None, int] = defaultdict(int)
    for st in statements:
        counts[figures[st["id"]].horizon] += len(st["sources"]["asserts"]) + len(
            st["sources"]["hedges"])
    return max(counts, key=lambda h: (counts[h], h or 0.0))


_SHAPES = {Bound.RANGE: "range", Bound.UPPER: "upper", Bound.LOWER: "lower",
           Bound.APPROX: "approx", Bound.EXACT: "point"}


def _marks(fig: Figure, text: str, ref: float | None) -> list[Mark]:
    """Return a figure's marker, ghosted when derived, and what it implies at ``ref``."""
    m = in_family_terms(fig)
    shape = _SHAPES.get(fig.bound, "approx")
    low, high = (fig.interval if shape == "range" else fig.window)
    tip = text
    if fig.converted:
        tip = (f"{text}: drawn as {_family_words(fig, m)} "
               f"({kind_noun(fig.measure.kind)} = 1 − {kind_noun(fig.kind)})")
    marks = [Mark(shape, fig.point, low, high, fig.converted, tip)]
    implied = implied_at(fig, ref)
    if implied is not None and ref is not None:
        word = "at least" if implied.bound is Bound.LOWER else "at most"
        tip = (f"{text} implies {horizon_adjective(ref)} {kind_noun(fig.kind)} of {word} "
               f"{'about ' if implied.approx else ''}{format_number(m, implied.point)}: "
               f"{kind_noun(fig.kind)} only grows with time")
        shape = "lower" if implied.bound is Bound.LOWER else "upper"
        marks.append(Mark(shape, implied.point, implied.point, implied.point, True, tip, True))
    return marks


def _family_words(fig: Figure, m: Measure) -> str:
    adjective = horizon_adjective(fig.horizon)
    return f"{adjective} {kind_noun(fig.kind)} of {format_number(m, fig.point)}".strip()


# --- drawing ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Axis:
    lo: float
    hi: float
    log: bool
    proportion: bool
    width: int

    def x(self, value: float) -> float:
        span = self.width - LEFT - RIGHT
        if self.log:
            v = min(max(value, self.lo), self.hi)
            t = (math.log10(v) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        else:
            v = min(max(value, self.lo), self.hi)
            t = (v - self.lo) / (self.hi - self.lo) if self.hi > self.lo else 0.5
        return round(LEFT + t * span, 1)

    def ticks(self) -> list[tuple[float, str]]:
        if self.log:
            first, last = round(math.log10(self.lo)), round(math.log10(self.hi))
            return [(10.0 ** e, self.label(10.0 ** e)) for e in range(first, last + 1)]
        step = _nice_step((self.hi - self.lo) / 5)
        count = round((self.hi - self.lo) / step)
        return [(self.lo + i * step, self.label(self.lo + i * step)) for i in range(count + 1)]

    def label(self, value: float) -> str:
        if self.proportion:
            return format_small(value)
        return f"{value:g}"


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if raw <= mult * power:
            return mult * power
    return 10 * power


def _axis(chart: Chart, width: int) -> _Axis:
    values = [v for row in chart.rows for mark in row.marks
              for v in (mark.point, mark.low, mark.high) if math.isfinite(v)]
    positive = [v for v in values if v > 0] or [1.0]
    top = max(values, default=1.0)
    small = min(positive)
    if small < 0.01 or top / small > LOG_SPREAD:
        lo = 10.0 ** math.floor(math.log10(small))
        hi = 10.0 ** math.ceil(math.log10(max(top, lo * 10)))
        if chart.proportion:
            hi = min(hi, 1.0)
            lo = min(lo, hi / 10)
        return _Axis(lo, hi, True, chart.proportion, width)
    if chart.proportion:
        hi = min(1.0, _nice_step(top * 1.1 / 5) * 5) if top < 0.9 else 1.0
        return _Axis(0.0, max(hi, 0.05), False, True, width)
    step = _nice_step(top * 1.1 / 5)
    return _Axis(0.0, step * 5, False, False, width)


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _lines(row: Row, width: int) -> list[str]:
    """Return a row's words wrapped to the chart's width: the figures as written."""
    return textwrap.wrap(row.text, int(width / CHAR), break_long_words=True) or [""]


def forest_svg(chart: Chart, width: int = WIDTH) -> str:
    """Return the chart as an inline SVG: one row per source, a shared axis, a legend line.

    ``width`` is drawn at 12 px text; the graph page's panel asks for a
    narrow chart so its text stays readable without scaling down.
    """
    axis = _axis(chart, width)
    heights = [LINE * (1 + len(_lines(row, width))) + MARKS for row in chart.rows]
    plot_bottom = TOP + sum(heights)
    legend_lines = len(textwrap.wrap(LEGEND, int(width / CHAR * 12 / 11)))
    height = plot_bottom + AXIS + 14 * legend_lines - 6
    summary = "; ".join(f"{row.name}: {row.text}" for row in chart.rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="forest" role="img" '
        f'width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="12" '
        f'data-rows="{len(chart.rows)}">',
        f"<title>{_attr(chart.title)}: {_attr(summary)}</title>",
        f'<text x="{LEFT}" y="18" font-weight="600" fill="{INK}">{_attr(chart.title)}'
        f'{" (log scale)" if axis.log else ""}</text>',
    ]
    for value, label in axis.ticks():
        x = axis.x(value)
        parts.append(f'<line x1="{x}" y1="{TOP}" x2="{x}" y2="{plot_bottom}" stroke="{GRID}"/>')
        parts.append(f'<text x="{x}" y="{plot_bottom + 16}" text-anchor="middle" '
                     f'font-size="11" fill="{MUTED}">{_attr(label)}</text>')
    parts.append(f'<line x1="{LEFT}" y1="{plot_bottom}" x2="{width - RIGHT}" y2="{plot_bottom}" '
                 f'stroke="{MUTED}"/>')
    y = TOP
    for row, h in zip(chart.rows, heights, strict=True):
        parts.append(_row(row, axis, y, width))
        y += h
    for i, text in enumerate(textwrap.wrap(LEGEND, int(width / CHAR * 12 / 11))):
        parts.append(f'<text x="{LEFT}" y="{plot_bottom + AXIS + 14 * i}" font-size="11" '
                     f'fill="{MUTED}">{_attr(text)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _row(row: Row, axis: _Axis, y: float, width: int) -> str:
    lines = _lines(row, width)
    parts = [f'<g class="row" data-source="{_attr(row.source)}">',
             f"<title>{_attr(row.name)}: {_attr(row.text)}</title>",
             f'<text x="{LEFT}" y="{y + 14}" font-weight="600" fill="{INK}">{_attr(row.name)}'
             "</text>"]
    for i, text in enumerate(lines, start=1):
        parts.append(f'<text x="{LEFT}" y="{y + 14 + LINE * i}" fill="{MUTED}">{_attr(text)}'
                     "</text>")
    line = y + LINE * (1 + len(lines)) + 8
    for mark in row.marks:
        # What a figure implies for another period goes just under the figure itself.
        parts.append(_mark(mark, axis, line + (10 if mark.implied else 0)))
    parts.append("</g>")
    return "".join(parts)


def _mark(mark: Mark, axis: _Axis, y: float) -> str:
    colour = GHOST if mark.ghost else INK
    dash = ' stroke-dasharray="3 2"' if mark.ghost else ""
    fill = "#ffffff" if mark.ghost else colour
    x = axis.x(mark.point)
    left, right = axis.x(LEFT_EDGE), axis.x(math.inf)
    tip = f"<title>{_attr(mark.tip)}</title>"
    stroke = f'stroke="{colour}" stroke-width="2"{dash}'
    if mark.shape == "range":
        a, b = axis.x(mark.low), axis.x(mark.high)
        body = (f'<line x1="{a}" y1="{y}" x2="{b}" y2="{y}" {stroke}/>'
                f'<line x1="{a}" y1="{y - 6}" x2="{a}" y2="{y + 6}" {stroke}/>'
                f'<line x1="{b}" y1="{y - 6}" x2="{b}" y2="{y + 6}" {stroke}/>')
    elif mark.shape in ("upper", "lower"):
        end = x
        edge = left if mark.shape == "upper" else right
        head = -1 if mark.shape == "upper" else 1
        body = (f'<line x1="{end}" y1="{y}" x2="{edge}" y2="{y}" {stroke}/>'
                f'<line x1="{end}" y1="{y - 7}" x2="{end}" y2="{y + 7}" {stroke}/>'
                f'<path d="M{edge} {y} l{-6 * head} -5 v10 z" fill="{colour}"/>')
    else:
        whisker = ""
        if mark.shape == "approx" and mark.high > mark.low:
            whisker = (f'<line x1="{axis.x(mark.low)}" y1="{y}" x2="{axis.x(mark.high)}" '
                       f'y2="{y}" stroke="{colour}" stroke-width="1.5"{dash}/>')
        body = (f'{whisker}<circle cx="{x}" cy="{y}" r="5" fill="{fill}" stroke="{colour}" '
                f'stroke-width="1.5"{dash}/>')
    return f'<g class="mark {mark.shape}{" ghost" if mark.ghost else ""}">{tip}{body}</g>'


LEFT_EDGE = -math.inf
