"""Short, plain-text wording for the HTML graph: figures, measures, statements.

The graph needs labels that fit on a node ("one-year mortality",
"≤ 80 %"), so it words things more tersely than the report does.  Every
string made here is plain text: the page puts it into ``textContent`` or a
vis-network label, never into HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimgraph.graph.findings import Statement
from claimgraph.graph.measures import format_one_in, format_per, format_percent
from claimgraph.graph.model import Bound, Measure, Qualifiers
from claimgraph.graph.vocab import PREDICATES

# Entity labels by id.  A plain dict, because ClaimSet.label scans every
# entity on each call, which is quadratic over thousands of statements.
Labels = Mapping[str, str]

_ISO_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve")
_BOUND_SIGNS = {Bound.EXACT: "", Bound.APPROX: "≈ ", Bound.UPPER: "≤ ", Bound.LOWER: "≥ "}
_SUFFIX_LEVELS = frozenset({"excess", "deficiency"})


def predicate_label(predicate: str) -> str:
    """Return how a predicate reads ("increases risk of"), or its name made readable."""
    p = PREDICATES.get(predicate)
    return p.label if p else predicate.replace("_", " ")


def figure(value: float, unit: str = "proportion") -> str:
    """Return one number as people write it; proportions as percent (0.5 → "50 %").

    Small proportions keep their size: 0.00001 is "1 in 100,000", never "0 %".
    """
    if unit == "proportion" and 0 < value < 0.001:
        return format_one_in(value)
    if unit == "proportion" and 0 < value < 0.01:
        return format_percent(value)
    shown = value * 100 if unit == "proportion" else value
    text = f"{shown:.1f}".rstrip("0").rstrip(".")
    if unit == "proportion":
        return f"{text} %"
    return text if unit in ("", "ratio", "count") else f"{text} {unit}"


def measure_value(m: Measure) -> str:
    """Return a measure's figure with its bound as a sign ("≤ 80 %", "20–30 %")."""
    if m.bound is Bound.RANGE or (m.value is None and m.low is not None and m.high is not None):
        if m.unit == "proportion" and m.high is not None and 0 < m.high < 0.001:
            return format_per(m.low or 0.0, m.high)
        low = figure(m.low, m.unit) if m.low is not None else "?"
        high = figure(m.high, m.unit) if m.high is not None else "?"
        if m.unit == "proportion":
            low = low.removesuffix(" %")
        return f"{low}–{high}"
    return _BOUND_SIGNS.get(m.bound, "") + figure(m.point(), m.unit)


def horizon_adjective(horizon: str | None) -> str:
    """Return an ISO 8601 duration as an adjective (``P12M`` → "one-year")."""
    if not horizon:
        return ""
    match = _ISO_DURATION.match(horizon)
    if not match or not any(match.groups()):
        return horizon
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    if months and months % 12 == 0 and not (years or weeks or days):
        years, months = months // 12, 0
    parts = [(n, unit) for n, unit in ((years, "year"), (months, "month"), (weeks, "week"),
                                       (days, "day")) if n]
    if len(parts) != 1:
        return horizon  # "P1Y6M" has no short adjective; keep the code
    count, unit = parts[0]
    word = _NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else str(count)
    return f"{word}-{unit}"


def label(labels: Labels, entity_id: str | None) -> str:
    """Return an entity's label, or its id when the vocabulary has none."""
    return "" if entity_id is None else labels.get(entity_id, entity_id)


def measure_family(m: Measure, labels: Labels) -> str:
    """Return what a measure is about, without its figure ("one-year mortality")."""
    text = " ".join(part for part in (horizon_adjective(m.horizon),
                                      m.kind.replace("_", " ")) if part)
    if m.population:
        text += f" ({label(labels, m.population)})"
    return text


def with_level(label: str, q: Qualifiers) -> str:
    """Return an entity label with its level qualifier ("high calcium")."""
    if not q.level:
        return label
    return f"{label} {q.level}" if q.level in _SUFFIX_LEVELS else f"{q.level} {label}"


def qualifier_text(q: Qualifiers, labels: Labels) -> str:
    """Return the population and setting qualifiers in words ("" when none)."""
    parts = []
    if q.population:
        parts.append(f"in {label(labels, q.population)}")
    if q.setting:
        parts.append(f"setting: {q.setting}")
    return "; ".join(parts)


def statement_text(st: Statement, labels: Labels) -> str:
    """Return a statement as one line ("warfarin → increases risk of → calciphylaxis")."""
    subject = with_level(label(labels, st.subject), st.qualifiers)
    if st.measure is not None:
        text = f"{subject}: {measure_family(st.measure, labels)} {measure_value(st.measure)}"
    else:
        text = f"{subject} → {predicate_label(st.predicate)} → {label(labels, st.object)}"
    extra = qualifier_text(st.qualifiers, labels)
    return f"{text} ({extra})" if extra else text
