"""Check one raw claim record and turn it into a :class:`Claim`.

Every check reports a :class:`Problem` at the record's line and carries on,
so a user sees all mistakes of a file in one run.
"""

from __future__ import annotations

import re
from typing import Any

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import (
    MEASURE_KINDS,
    PROPORTION_KINDS,
    Bound,
    Certainty,
    Claim,
    EntityType,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    default_unit,
)
from claimgraph.graph.vocab import CANONICAL_INVERSE, HAS_MEASURE, PREDICATES

from .suggest import closest
from .vocabulary import Vocabulary

CLAIM_KEYS = ("subject", "predicate", "object", "measure", "negated", "hedged", "section",
              "anchor", "quote", "start", "end", "level", "population", "setting", "status",
              "source", "note", "flag", "rule", "confidence")
MEASURE_KEYS = ("kind", "value", "low", "high", "bound", "unit", "horizon", "population")
LEVELS = ("high", "low", "excess", "deficiency", "abnormal")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")
_PERCENT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(%|percent)\s*$")
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n", ""}

# What kind of thing sits at each end of a predicate, to type entities no
# vocabulary defines.
_OBJECT_TYPES = {"has_symptom": EntityType.SYMPTOM, "has_complication": EntityType.CONDITION,
                 "affects": EntityType.ANATOMY, "diagnosed_by": EntityType.TEST,
                 "treated_by": EntityType.PROCEDURE, "resembles": EntityType.CONDITION,
                 "involves": EntityType.PROCESS}
_SUBJECT_TYPES = {"used_for": EntityType.PROCEDURE, "effective_for": EntityType.PROCEDURE,
                  "targets": EntityType.PROCEDURE, "prevents": EntityType.PROCEDURE,
                  "increases_risk_of": EntityType.OTHER, "causes": EntityType.OTHER,
                  "contributes_to": EntityType.OTHER, "associated_with": EntityType.OTHER}


def _flag(value: Any, key: str, problems: list[Problem], where: str, line: int | None) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text not in _FALSE:
        problems.append(Problem(where, line, f"true or false for '{key}'", repr(value)))
    return False


def _number(value: Any, key: str, problems: list[Problem], where: str,
            line: int | None) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    match = _PERCENT.match(str(value))
    if match:
        return float(match.group(1)) / 100
    try:
        return float(str(value))
    except ValueError:
        problems.append(Problem(where, line, f"a number for '{key}'", repr(value),
                                "write 0.8 or '80 %'"))
        return None


def _confidence(value: Any, problems: list[Problem], where: str,
                line: int | None) -> float | None:
    """Return an extracted claim's confidence (0-1), or None for a curated one."""
    if value is None:
        return None
    number = _number(value, "confidence", problems, where, line)
    if number is None or not 0 <= number <= 1:
        problems.append(Problem(where, line, "a confidence between 0 and 1", repr(value),
                                "extract writes it; delete the key for a curated claim"))
        return None
    return number


def parse_measure(data: Any, where: str, line: int | None,
                  problems: list[Problem]) -> Measure | None:
    """Check a ``measure:`` mapping: known kind, numbers in range, an ISO horizon."""
    if not isinstance(data, dict):
        problems.append(Problem(where, line, "a measure mapping {kind, value, ...}", repr(data)))
        return None
    for key in data:
        if key not in MEASURE_KEYS:
            problems.append(Problem(where, line, f"a measure key ({', '.join(MEASURE_KEYS)})",
                                    repr(key), closest(key, MEASURE_KEYS)))
    kind = str(data.get("kind", "")).strip().replace(" ", "_")
    if kind not in MEASURE_KINDS:
        problems.append(Problem(where, line, "a measure kind", repr(kind or None),
                                closest(kind, MEASURE_KINDS)))
        return None
    value, low, high = (_number(data.get(k), k, problems, where, line)
                        for k in ("value", "low", "high"))
    if value is None and low is None and high is None:
        problems.append(Problem(where, line, "a 'value' or 'low'/'high' in the measure",
                                "none", "for '5 out of 10' write value: 0.5"))
        return None
    for name, number in (("value", value), ("low", low), ("high", high)):
        if number is None:
            continue
        if number < 0:
            problems.append(Problem(where, line, f"a non-negative {name}", repr(number)))
        elif kind in PROPORTION_KINDS and number > 1:
            problems.append(Problem(where, line, f"a proportion between 0 and 1 for {kind}",
                                    repr(number), f"write {number / 100:g} or '{number:g} %'"))
    if low is not None and high is not None and low > high:
        problems.append(Problem(where, line, "low ≤ high", f"low {low} > high {high}"))
    default_bound = "range" if value is None else "approx"
    try:
        bound = Bound(str(data.get("bound", default_bound)))
    except ValueError:
        bound = Bound.APPROX
        problems.append(Problem(where, line, "a bound", repr(data.get("bound")),
                                closest(str(data.get("bound")), [b.value for b in Bound])))
    horizon = data.get("horizon")
    if horizon is not None:
        horizon = str(horizon).strip().upper()
        if not _DURATION.match(horizon):
            problems.append(Problem(where, line, "an ISO 8601 duration for 'horizon'",
                                    repr(data.get("horizon")), "e.g. P6M, P12M, P1Y, P2W"))
            horizon = None
    unit = str(data.get("unit") or default_unit(kind))
    population = data.get("population")
    return Measure(kind, value, low, high, bound, unit, horizon,
                   str(population) if population else None)


def build_claim(record: Any, *, source: str, where: str, line: int | None, vocab: Vocabulary,
                problems: list[Problem], origin: str | None = None) -> Claim | None:
    """Check one record; return its Claim, or None when it cannot be built."""
    if isinstance(record, list):
        if len(record) != 3:
            problems.append(Problem(where, line, "[subject, predicate, object]",
                                    f"a list of {len(record)} items"))
            return None
        record = dict(zip(("subject", "predicate", "object"), record, strict=True))
    if not isinstance(record, dict):
        problems.append(Problem(where, line, "a claim mapping or [subject, predicate, object]",
                                repr(record)))
        return None
    before = len(problems)
    for key in record:
        if key not in CLAIM_KEYS:
            problems.append(Problem(where, line, "a claim key", repr(key),
                                    closest(str(key), CLAIM_KEYS)))
    subject = str(record.get("subject") or "").strip()
    if not subject:
        problems.append(Problem(where, line, "a 'subject'", "none"))
    measure = None
    if record.get("measure") is not None:
        predicate = str(record.get("predicate") or HAS_MEASURE)
        measure = parse_measure(record["measure"], where, line, problems)
        if predicate != HAS_MEASURE:
            problems.append(Problem(where, line, "predicate has_measure with a measure",
                                    repr(predicate), "drop the predicate"))
    else:
        predicate = str(record.get("predicate") or "").strip()
        if predicate not in PREDICATES:
            problems.append(Problem(where, line, "a known predicate", repr(predicate or None),
                                    closest(predicate, PREDICATES)))
        elif predicate == HAS_MEASURE:
            problems.append(Problem(where, line, "a 'measure:' for has_measure", "none"))
        elif not str(record.get("object") or "").strip():
            problems.append(Problem(where, line, f"an 'object' for {predicate}", "none"))
    level = record.get("level")
    if level is not None and str(level) not in LEVELS:
        problems.append(Problem(where, line, f"a level ({', '.join(LEVELS)})", repr(level),
                                closest(str(level), LEVELS)))
    try:
        status = ReviewStatus(str(record.get("status", "accepted")))
    except ValueError:
        status = ReviewStatus.ACCEPTED
        problems.append(Problem(where, line, "a status (accepted, candidate, rejected)",
                                repr(record.get("status"))))
    negated = _flag(record.get("negated", False), "negated", problems, where, line)
    hedged = _flag(record.get("hedged", False), "hedged", problems, where, line)
    start = _number(record.get("start"), "start", problems, where, line)
    end = _number(record.get("end"), "end", problems, where, line)
    if len(problems) > before:
        return None
    obj_label = str(record.get("object") or "").strip() or None
    if predicate in CANONICAL_INVERSE and obj_label:
        predicate, subject, obj_label = CANONICAL_INVERSE[predicate], obj_label, subject
    subject_id = vocab.resolve(subject, _SUBJECT_TYPES.get(predicate, EntityType.CONDITION))
    object_id = (vocab.resolve(obj_label, _OBJECT_TYPES.get(predicate, EntityType.OTHER))
                 if obj_label and measure is None else None)
    evidence = Evidence(
        source=source,
        section=str(record["section"]) if record.get("section") else None,
        anchor=str(record["anchor"]) if record.get("anchor") else None,
        start=int(start) if start is not None else None,
        end=int(end) if end is not None else None,
        text=str(record["quote"]) if record.get("quote") else None,
        origin=f"{origin or where}:{line}" if line else (origin or where),
        rule=str(record["rule"]) if record.get("rule") else None,
        confidence=_confidence(record.get("confidence"), problems, where, line),
        flag=str(record["flag"]) if record.get("flag") else None,
    )
    qualifiers = Qualifiers(
        population=str(record["population"]) if record.get("population") else None,
        setting=str(record["setting"]) if record.get("setting") else None,
        level=str(level) if level else None,
    )
    return Claim(subject_id, predicate, object_id, measure,
                 Polarity.NEGATED if negated else Polarity.AFFIRMED,
                 Certainty.HEDGED if hedged else Certainty.STATED,
                 qualifiers, evidence, status)
