"""Check one raw claim record and turn it into a :class:`Claim`.

Every check reports a :class:`Problem` at the record's line and carries on,
so a user sees all mistakes of a file in one run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import (
    MEASURE_KINDS,
    PROPORTION_KINDS,
    Bound,
    Certainty,
    Claim,
    ClaimSet,
    EntityType,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    default_unit,
    slugify,
)
from claimgraph.graph.vocab import CANONICAL_INVERSE, HAS_MEASURE, PREDICATES
from claimgraph.ingest import re_cache as re

from .sources import source_id_problem
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
        problems.append(Problem(where, line, f"true or false for '{key}'", _short(value)))
    return False


# Figures outside these (denormals, 1e300) overflow "one in N" and ratios in the comparison;
# no page gives them, so validate refuses them and compare never sees them.
FIGURE_MIN, FIGURE_MAX = 1e-12, 1e12
FIGURE_EXPECTED = "a number from 1e-12 to 1e12 (or 0)"
# Spans index a document's text; read_document refuses files past 20 MB.
MAX_OFFSET = 10**9
_OFFSET = re.compile(r"\s*[0-9]{1,10}\s*")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
TEXT_KEYS = ("subject", "predicate", "object", "section", "anchor", "quote", "level",
             "population", "setting", "status", "source", "note", "flag", "rule")


def _as_float(value: Any) -> float | None:
    """Return the number a cell or YAML value holds (``'80 %'`` is 0.8), or None."""
    if isinstance(value, int | float):
        try:
            return float(value)
        except OverflowError:  # an integer of hundreds of digits
            return math.inf
    match = _PERCENT.match(str(value))
    try:
        if match:
            return float(match.group(1)) / 100
        return float(str(value))
    except ValueError:
        return None


def _number(value: Any, key: str, problems: list[Problem], where: str,
            line: int | None) -> float | None:
    if value is None:
        return None
    number = None if isinstance(value, bool | list | dict) else _as_float(value)
    if number is None:
        problems.append(Problem(where, line, f"a number for '{key}'", _short(value),
                                "write 0.8 or '80 %'"))
        return None
    if number != 0 and not FIGURE_MIN <= abs(number) <= FIGURE_MAX:  # also nan and inf
        problems.append(Problem(where, line, f"{FIGURE_EXPECTED} for '{key}'",
                                _short(value), "write the figure as the page gives it"))
        return None
    return number


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:20]}... ({len(text)} characters)"


def _offset(value: Any, key: str, problems: list[Problem], where: str,
            line: int | None) -> int | None:
    """Return a span offset: a whole number of characters, 0 or more."""
    if value is None:
        return None
    whole = ((isinstance(value, int) and not isinstance(value, bool))
             or (isinstance(value, float) and value.is_integer())
             or (isinstance(value, str) and _OFFSET.fullmatch(value) is not None))
    number = int(value) if whole else None
    if number is None or not 0 <= number <= MAX_OFFSET:
        problems.append(Problem(where, line, f"a character offset (a whole number from 0 to "
                                f"{MAX_OFFSET:,}) for '{key}'", _short(value),
                                "extract writes spans; delete start and end to drop one"))
        return None
    return number


def _span(record: dict[str, Any], problems: list[Problem], where: str,
          line: int | None) -> tuple[int | None, int | None]:
    start = _offset(record.get("start"), "start", problems, where, line)
    end = _offset(record.get("end"), "end", problems, where, line)
    if start is not None and end is not None and start > end:
        problems.append(Problem(where, line, "start ≤ end", f"start {start} > end {end}",
                                "a span runs from its first character to past its last"))
    return start, end


def _texts_ok(record: dict[str, Any], problems: list[Problem], where: str,
              line: int | None) -> None:
    """Refuse lists and mappings where a claim key takes text (a label, a section)."""
    for key in TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, list | dict):
            kind = "a list" if isinstance(value, list) else "a mapping"
            problems.append(Problem(where, line, f"text for '{key}'", kind,
                                    "quote the value if it holds ',' or ': '"))


def _confidence(value: Any, problems: list[Problem], where: str,
                line: int | None) -> float | None:
    """Return an extracted claim's confidence (0-1), or None for a curated one."""
    if value is None:
        return None
    number = _number(value, "confidence", problems, where, line)
    if number is None:
        return None  # said above
    if not 0 <= number <= 1:
        problems.append(Problem(where, line, "a confidence between 0 and 1", _short(value),
                                "extract writes it; delete the key for a curated claim"))
        return None
    return number


def _figure_problems(kind: str, value: float | None, low: float | None, high: float | None,
                     where: str, line: int | None) -> list[Problem]:
    """Check a figure's numbers: non-negative, proportions at most 1, low ≤ high."""
    problems = []
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
    return problems


def parse_measure(data: Any, where: str, line: int | None,
                  problems: list[Problem]) -> Measure | None:
    """Check a ``measure:`` mapping: known kind, numbers in range, an ISO horizon."""
    if not isinstance(data, dict):
        problems.append(Problem(where, line, "a measure mapping {kind, value, ...}",
                                _short(data)))
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
        if all(data.get(k) is None for k in ("value", "low", "high")):  # else said above
            problems.append(Problem(where, line, "a 'value' or 'low'/'high' in the measure",
                                    "none", "for '5 out of 10' write value: 0.5"))
        return None
    problems.extend(_figure_problems(kind, value, low, high, where, line))
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
                                _short(record)))
        return None
    before = len(problems)
    for key in record:
        if key not in CLAIM_KEYS:
            problems.append(Problem(where, line, "a claim key", repr(key),
                                    closest(str(key), CLAIM_KEYS)))
    _texts_ok(record, problems, where, line)
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
    start, end = _span(record, problems, where, line)
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
        start=start,
        end=end,
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


def _strings(value: Any) -> Any:
    """Yield every string inside a model value (dataclasses, tuples, enums)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, tuple | list):
            stack.extend(item)
        elif is_dataclass(item):
            stack.extend(getattr(item, f.name) for f in fields(item))


def claimset_problems(cs: ClaimSet, where: str) -> list[Problem]:
    """Check a claim set read whole (from RDF) by the rules claim files follow.

    A claim file's records go through :func:`build_claim`; RDF gives built
    claims, so the same limits are checked here: known predicates and
    measure kinds, figures in range, horizons, spans, confidences, and text
    that UTF-8 can hold.  Validate and compare so agree on what is valid.
    """
    problems: list[Problem] = []
    bad_text = next((t for t in _strings(cs) if _SURROGATE.search(t)), None)
    if bad_text is not None:
        problems.append(Problem(where, None, "text without lone surrogates",
                                _short(bad_text), "write the character itself"))
    for source_id in sorted({c.source for c in cs.claims} - {s.id for s in cs.sources}):
        found = source_id_problem(source_id, where, None)  # a claim's source without a node
        problems.extend([found] if found else [])
    for claim in cs.claims:
        problems.extend(claim_problems(claim, where))
    return problems


def claim_problems(claim: Claim, where: str) -> list[Problem]:
    """Check one built claim by the rules a claim file's record follows (see claimset_problems)."""
    problems: list[Problem] = []
    def at() -> str:  # a claim's id is a hash: worked out only when a problem names it
        return f"claim {claim.id}"

    if claim.predicate not in PREDICATES:
        problems.append(Problem(where, None, f"a known predicate on {at()}",
                                repr(claim.predicate), closest(claim.predicate, PREDICATES)))
    if claim.predicate == HAS_MEASURE and claim.measure is None:
        problems.append(Problem(where, None, f"a measure for has_measure on {at()}", "none"))
    elif claim.predicate != HAS_MEASURE and claim.measure is not None:
        problems.append(Problem(where, None, f"predicate has_measure with a measure on {at()}",
                                repr(claim.predicate)))
    elif claim.predicate != HAS_MEASURE and claim.object is None:
        problems.append(Problem(where, None, f"an object for {claim.predicate} on {at()}", "none"))
    measure = claim.measure
    if measure is not None:
        figures = {"value": measure.value, "low": measure.low, "high": measure.high}
        checked = {k: _number(v, k, problems, where, None) for k, v in figures.items()}
        if measure.kind not in MEASURE_KINDS:
            problems.append(Problem(where, None, f"a measure kind on {at()}",
                                    repr(measure.kind), closest(measure.kind, MEASURE_KINDS)))
        elif all(v is None for v in figures.values()):
            problems.append(Problem(where, None, f"a value or low/high on {at()}", "none"))
        elif checked == figures:  # each number is in range: now how they fit together
            problems.extend(_figure_problems(measure.kind, checked["value"], checked["low"],
                                             checked["high"], where, None))
        if measure.horizon is not None and not _DURATION.match(measure.horizon):
            problems.append(Problem(where, None, f"an ISO 8601 duration on {at()}",
                                    repr(measure.horizon), "e.g. P6M, P12M, P1Y"))
    ev = claim.evidence
    _span({"start": ev.start, "end": ev.end}, problems, where, None)
    if ev.confidence is not None:
        _confidence(ev.confidence, problems, where, None)
    return problems


def keep_valid_claims(cs: ClaimSet,
                      documents: Sequence[str | Path] = ()) -> tuple[ClaimSet, list[Problem]]:
    """Leave out extracted claims that a claim file could not hold; warn about each.

    Extraction reads numbers from any page ("It affects 99...9 people"); a
    figure that validate would refuse must not reach compare either, so
    validate and compare agree on documents as on claim files.  Warnings
    name the document each claim came from (among ``documents``).
    """
    by_name = {Path(d).name: str(d) for d in documents}
    by_stem = {slugify(Path(d).stem): str(d) for d in documents}
    where = {s.id: (by_name.get(Path(s.path).name) if s.path else None)
             or by_stem.get(s.id) or s.id for s in cs.sources}
    kept: list[Claim] = []
    warnings: list[Problem] = []
    for claim in cs.claims:
        found = claim_problems(claim, where.get(claim.source, claim.source))
        if not found:
            kept.append(claim)
            continue
        quote = f" in {_short(claim.evidence.text)}" if claim.evidence.text else ""
        warnings.extend(replace(p, got=p.got + quote, severity="warning",
                                hint="the claim was left out") for p in found)
    if len(kept) == len(cs.claims):
        return cs, []
    return replace(cs, claims=tuple(kept)), warnings
