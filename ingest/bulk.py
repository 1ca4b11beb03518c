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
    columnwise,
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
_POLARITY = {False: Polarity.AFFIRMED, True: Polarity.NEGATED}
_CERTAINTY = {False: Certainty.STATED, True: Certainty.HEDGED}


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
    """Return a column's values, each distinct cell stripped and checked once.

    Equal cells get one shared value (one string object, not a million equal
    ones): less memory, and every later hash and comparison of them is the
    cheaper for it.
    """
    memo: dict[str | None, Any] = {}
    for cell in set(cells):
        text = cell.strip() if cell is not None else ""
        memo[cell] = empty if text == "" else decode(text) if decode else text
    return list(map(memo.__getitem__, cells))


def _bad_rows(columns: Iterable[list[Any]]) -> set[int]:
    """Return the rows with a value that failed its check; a column without one is not read.

    ``_BAD in values`` is a scan in C (identity is tested first), not a Python loop.
    """
    return {i for values in columns if _BAD in values
            for i, value in enumerate(values) if value is _BAD}


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

    # One pass in row order does what depends on order: the slow rows (their problems
    # and entities come in file order) and entity resolution (new entities get their ids
    # and types from the row that first names them).  The claims themselves are then
    # built column by column: a Python loop that made every object was 7 s of a
    # million-row load.
    subjects: list[str | None] = []
    predicates: list[str | None] = []
    objects: list[str | None] = []
    done: dict[int, Claim | None] = {}  # slow rows' claims (None: not built)
    resolved: dict[str, str] = {}
    for i, (line, subj, pred, obj, measure, start, end) in enumerate(zip(
            table.lines, subject, column(text["predicate"]), column(text["object"]), measures,
            column(coded["start"]), column(coded["end"]), strict=False)):
        if i in slow_rows or not _fits(pred, obj, measure, start, end):
            done[i] = slow(table.record(i), line)
            subjects.append(None)
            predicates.append(None)
            objects.append(None)
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
        subjects.append(subject_id)
        predicates.append(pred)
        objects.append(object_id)
    qualifiers = list(zip(column(text["population"]), column(text["setting"]),
                          column(coded["level"]), strict=False))
    made = {key: Qualifiers(*key) for key in set(qualifiers)}
    prefix = f"{origin or where}:"
    evidence = columnwise(Evidence, rows, (
        source, column(text["section"]), column(text["anchor"]), column(coded["start"]),
        column(coded["end"]), column(text["quote"]),
        map(prefix.__add__, map(str, table.lines)), column(text["rule"]),
        column(coded["confidence"]), column(text["flag"])))
    claims = columnwise(Claim, rows, (
        subjects, predicates, objects, measures,
        map(_POLARITY.get, column(coded["negated"], False)),
        map(_CERTAINTY.get, column(coded["hedged"], False)),
        map(made.__getitem__, qualifiers), evidence,
        column(coded["status"], ReviewStatus.ACCEPTED)))
    if not done:
        return claims
    return [claim for i, made_claim in enumerate(claims)
            if (claim := done.get(i, made_claim)) is not None]


def _fits(predicate: str | None, obj: str | None, measure: Measure | None, start: int | None,
          end: int | None) -> bool:
    """Whether a row's cells fit together: predicate and object or figure, start ≤ end."""
    if measure is not None:
        fits = predicate is None or predicate == HAS_MEASURE
    else:
        fits = predicate in PREDICATES and predicate != HAS_MEASURE and obj is not None
    return fits and (start is None or end is None or start <= end)
