"""Check a CSV/TSV claim table column by column and build its claims.

A large table repeats a few values many times: ten sources, sixteen
predicates, "true", a few thousand entity labels.  So every distinct cell
of a column is checked once, with the same helpers
:func:`~claimgraph.ingest.records.build_claim` uses, and rows whose cells
all pass become claims directly.  A row with any cell that fails, or that
breaks a rule between cells (an object for the predicate, start ≤ end),
goes through ``build_claim`` itself: its problems are the ones a YAML file
would get, at the row's line, in file order.

Entities are resolved in row order, subject before object, exactly as row
by row, so new entities get the same ids and types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat
from typing import Any

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import (
    Certainty,
    Claim,
    EntityType,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
)
from claimgraph.graph.vocab import CANONICAL_INVERSE, HAS_MEASURE, PREDICATES

from .readers_csv import CSV_MEASURE_COLUMNS, ClaimTable
from .records import (
    _FALSE,
    _OBJECT_TYPES,
    _SUBJECT_TYPES,
    _TRUE,
    CLAIM_KEYS,
    LEVELS,
    _confidence,
    _offset,
    parse_measure,
)
from .vocabulary import Vocabulary

# A cell value that fails its column's check: the row goes through build_claim.
_BAD: Any = object()
_TEXT = ("subject", "predicate", "object", "section", "anchor", "quote", "rule", "flag",
         "population", "setting")
_MEASURE_ORDER = tuple(CSV_MEASURE_COLUMNS)  # column names, in the order of a figure's key

SlowPath = Callable[[dict[str, Any], int], Claim | None]


def _flag(text: str) -> Any:
    lowered = text.lower()
    return True if lowered in _TRUE else False if lowered in _FALSE else _BAD


def _status(text: str) -> Any:
    try:
        return ReviewStatus(text)
    except ValueError:
        return _BAD


def _checked(check: Callable[[str, list[Problem]], Any]) -> Callable[[str], Any]:
    """Wrap a records helper that reports into a list: a value, or _BAD if it said anything."""
    def run(text: str) -> Any:
        said: list[Problem] = []
        value = check(text, said)
        return _BAD if said else value
    return run


_DECODERS: dict[str, Callable[[str], Any]] = {
    "negated": _flag, "hedged": _flag,
    "level": lambda text: text if text in LEVELS else _BAD,
    "status": _status,
    "start": _checked(lambda text, said: _offset(text, "start", said, "", None)),
    "end": _checked(lambda text, said: _offset(text, "end", said, "", None)),
    "confidence": _checked(lambda text, said: _confidence(text, said, "", None)),
}
_DEFAULTS: dict[str, Any] = {"negated": False, "hedged": False,
                             "status": ReviewStatus.ACCEPTED}


def _decode(cells: list[str | None], decode: Callable[[str], Any] | None,
            empty: Any) -> list[Any]:
    """Return a column's values, each distinct cell stripped and checked once."""
    memo: dict[str | None, Any] = {}
    for cell in set(cells):
        text = cell.strip() if cell is not None else ""
        memo[cell] = empty if text == "" else decode(text) if decode else text
    return list(map(memo.__getitem__, cells))


def _bad_rows(columns: Iterable[list[Any]]) -> set[int]:
    return {i for values in columns for i, value in enumerate(values) if value is _BAD}


def _measures(table: ClaimTable, rows: int) -> list[Any]:
    """Return each row's Measure (None without figure cells, _BAD when it fails a check)."""
    present = [name for name in _MEASURE_ORDER if name in table.columns]
    if not present:
        return [None] * rows
    cells = [_decode(table.columns[name], None, None) for name in present]
    memo: dict[tuple[str | None, ...], Any] = {}
    for key in set(zip(*cells, strict=True)):
        data = {CSV_MEASURE_COLUMNS[name]: value
                for name, value in zip(present, key, strict=True) if value is not None}
        said: list[Problem] = []
        measure: Measure | None = parse_measure(data, "", None, said) if data else None
        memo[key] = _BAD if said else measure
    return list(map(memo.__getitem__, zip(*cells, strict=True)))


def table_claims(table: ClaimTable, *, known: dict[str, Any], where: str, origin: str,
                 vocab: Vocabulary, slow: SlowPath) -> list[Claim]:
    """Return the claims of a table's rows, in row order.

    Args:
        table: the cells of a CSV/TSV claim file.
        known: source ids already known (a row naming another goes the slow path).
        where: the file, for problems.
        origin: the file as claims name it (relative to the project).
        vocab: resolves labels to entity ids, creating new entities.
        slow: checks and builds one row's record the way YAML records are (adds problems).
    """
    rows = len(table)
    if not rows:
        return []
    present = set(table.header)
    unknown = [n for n in table.header
               if (n not in CLAIM_KEYS and n not in CSV_MEASURE_COLUMNS) or n == "measure"]
    source = _decode(table.columns["source"], lambda t: t if t in known else _BAD, _BAD)
    subject = _decode(table.columns["subject"], None, _BAD)
    text = {name: _decode(table.columns[name], None, None) if name in present else None
            for name in _TEXT if name != "subject"}
    coded = {name: _decode(table.columns[name], decode, _DEFAULTS.get(name))
             if name in present else None for name, decode in _DECODERS.items()}
    measures = _measures(table, rows)
    slow_rows = _bad_rows([source, subject, measures, *(v for v in coded.values() if v)])
    slow_rows |= _bad_rows(_decode(table.columns[n], lambda _t: _BAD, None) for n in unknown)

    def column(values: list[Any] | None, default: Any = None) -> Iterable[Any]:
        return values if values is not None else repeat(default, rows)

    prefix = f"{origin or where}:"
    resolved: dict[str, str] = {}
    qualifiers: dict[tuple[str | None, str | None, str | None], Qualifiers] = {}
    claims: list[Claim] = []
    for i, (line, src, subj, pred, obj, measure, negated, hedged, level, status, start, end,
            conf, section, anchor, quote, rule, flag, population, setting) in enumerate(zip(
                table.lines, source, subject, column(text["predicate"]), column(text["object"]),
                measures, column(coded["negated"], False), column(coded["hedged"], False),
                column(coded["level"]), column(coded["status"], ReviewStatus.ACCEPTED),
                column(coded["start"]), column(coded["end"]), column(coded["confidence"]),
                column(text["section"]), column(text["anchor"]), column(text["quote"]),
                column(text["rule"]), column(text["flag"]), column(text["population"]),
                column(text["setting"]), strict=False)):
        if i in slow_rows or not _fits(pred, obj, measure, start, end):
            claim = slow(table.record(i), line)
            if claim is not None:
                claims.append(claim)
            continue
        if measure is not None:
            pred = HAS_MEASURE
        elif pred in CANONICAL_INVERSE:
            pred, subj, obj = CANONICAL_INVERSE[pred], obj, subj
        subject_id = resolved.get(subj)
        if subject_id is None:
            subject_id = resolved[subj] = vocab.resolve(
                subj, _SUBJECT_TYPES.get(pred, EntityType.CONDITION))
        object_id = None
        if obj is not None and measure is None:
            object_id = resolved.get(obj)
            if object_id is None:
                object_id = resolved[obj] = vocab.resolve(
                    obj, _OBJECT_TYPES.get(pred, EntityType.OTHER))
        quals = qualifiers.get((population, setting, level))
        if quals is None:
            quals = qualifiers[(population, setting, level)] = Qualifiers(population, setting,
                                                                          level)
        claims.append(Claim(
            subject_id, pred, object_id, measure,
            Polarity.NEGATED if negated else Polarity.AFFIRMED,
            Certainty.HEDGED if hedged else Certainty.STATED, quals,
            Evidence(src, section, anchor, start, end, quote, prefix + str(line), rule, conf,
                     flag),
            status))
    return claims


def _fits(predicate: str | None, obj: str | None, measure: Measure | None, start: int | None,
          end: int | None) -> bool:
    """Whether a row's cells fit together: predicate and object or figure, start ≤ end."""
    if measure is not None:
        fits = predicate is None or predicate == HAS_MEASURE
    else:
        fits = predicate in PREDICATES and predicate != HAS_MEASURE and obj is not None
    return fits and (start is None or end is None or start <= end)
