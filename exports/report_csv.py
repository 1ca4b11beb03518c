"""Write the report as three CSV tables: statements, conflicts and gaps.

For spreadsheets and pandas: one header row, lists joined with ``;``, empty
cells for missing values, rows sorted, ``\\n`` line endings.  Conflicts are
one row per side (tidy data: a conflict may have more than two sides).
Labels and quotes come from outside, so text a spreadsheet could run as a
formula is guarded as OWASP recommends: see :func:`formula_safe`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from claimgraph.terminal import LAYOUT_UNSAFE

from .base import EXPORTERS, Bundle, write_atomic
from .report_data import STANCES, shared_report

STATEMENT_COLUMNS = (
    "id", "area", "status", "label", "subject", "subject_label", "predicate", "object",
    "object_label", "measure_kind", "value", "low", "high", "bound", "unit", "horizon",
    "measure_population", "population", "setting", "level",
    "asserts", "hedges", "partial", "denies", "silent", "evidence",
)
CONFLICT_COLUMNS = (
    "id", "side", "kind", "about", "sources", "says", "side_statements", "statements",
    "explanation", "reason", "reconcilable", "ratio", "internal",
)
GAP_COLUMNS = ("source", "kind", "area", "statement", "label", "asserted_by")
# OWASP's list (CSV Injection): a cell starting with one of these can start a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_STARTS = frozenset(FORMULA_STARTS)
_PLAIN_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def formula_safe(text: str) -> str:
    r"""Return ``text`` with a leading apostrophe if a spreadsheet could read it as a formula.

    Every cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
    return is guarded (OWASP, "CSV Injection"), whatever follows: checking
    only what comes after the sign is how ``-2+3+cmd|' /C calc'!A0`` got
    through before.  The one exception is a cell that is *entirely* a
    number, such as ``-0.5`` or ``-1e-05``: a spreadsheet reads it as that
    number and nothing more, so a negative figure stays a figure people can
    sum instead of becoming the text ``'-0.5``.

    >>> [formula_safe(t) for t in ("-0.5", "-2+3+cmd|' /C calc'!A0", "=1+1", "\tx", "a-b")]
    ['-0.5', "'-2+3+cmd|' /C calc'!A0", "'=1+1", "'\tx", 'a-b']
    """
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell(value: Any) -> str:
    """Return one CSV cell: lists ``;``-joined, None empty, booleans ``true``/``false``.

    Text is passed through :func:`formula_safe`, each list item too, after control
    characters other than tab, newline and carriage return are removed: first, so
    that removing them cannot bring a formula start to the front.  (A CSV opened in
    a terminal or a pager would act on ESC and the C1 controls.)
    """
    if type(value) is str:  # most cells: only a formula start needs a look
        if not value.isprintable():  # a C-speed test; tab and newline land here too
            value = LAYOUT_UNSAFE.sub("", value)
        return formula_safe(value) if value[:1] in _STARTS else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(cell(v) for v in value)
    return formula_safe(LAYOUT_UNSAFE.sub("", str(value)))


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """Return a CSV document with a header row and the rows sorted."""
    rows = list(rows)
    # Column by column: most columns hold only text or None, with few distinct values
    # (status, area, source ids), each made into a cell once.
    cells = [_cells([row.get(c) for row in rows]) for c in columns]
    body = sorted(zip(*cells, strict=True))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(body)
    return buf.getvalue()


_TEXT_OR_NONE = frozenset({str, type(None)})
_LISTS_OF_TEXT = frozenset({list, tuple, str, type(None)})


def _cells(values: list[Any]) -> list[str]:
    """Return :func:`cell` of each value, each distinct text or None once.

    A column of lists of text (the sources of each stance, the evidence:
    1.2 M items at 100 k claims) is made the same way, item by item: a
    list's cell is its items' cells ``;``-joined, so each distinct item is
    made once and each list is one join, not a :func:`cell` call per list
    and per item (the three tables: 0.96 -> 0.87 CPU s).
    """
    kinds = set(map(type, values))
    if _TEXT_OR_NONE.issuperset(kinds):
        made = {value: cell(value) for value in dict.fromkeys(values)}
        return list(map(made.__getitem__, values))
    if _LISTS_OF_TEXT.issuperset(kinds):
        texts = [item for v in values if type(v) is list or type(v) is tuple for item in v]
        texts += [v for v in values if type(v) is str or v is None]
        if _TEXT_OR_NONE.issuperset(map(type, texts)):
            made = {text: cell(text) for text in dict.fromkeys(texts)}
            get = made.__getitem__
            return [";".join(map(get, v)) if type(v) is list or type(v) is tuple else get(v)
                    for v in values]
    return list(map(cell, values))


def statement_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Return one flat row per statement."""
    all_sources = [s["id"] for s in report["sources"]]
    rows = []
    for st in report["statements"]:
        m = st["measure"] or {}
        said = {s for k in STANCES for s in st["sources"][k]}
        rows.append({
            "id": st["id"], "area": st["area"], "status": st["status"], "label": st["label"],
            "subject": st["subject"]["id"], "subject_label": st["subject"]["label"],
            "predicate": st["predicate"],
            "object": st["object"] and st["object"]["id"],
            "object_label": st["object"] and st["object"]["label"],
            "measure_kind": m.get("kind"), "value": m.get("value"), "low": m.get("low"),
            "high": m.get("high"), "bound": m.get("bound"), "unit": m.get("unit"),
            "horizon": m.get("horizon"), "measure_population": m.get("population"),
            **st["qualifiers"], **st["sources"],
            "silent": [s for s in all_sources if s not in said],
            "evidence": [f"{e['source']}:{e['start']}-{e['end']}" if e["start"] is not None
                         else e["source"] for e in st["evidence"]],
        })
    return rows


def conflict_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Return one row per side of each conflict."""
    return [
        {**cf, "side": i, "sources": side["sources"], "says": side["says"],
         "side_statements": side["statements"]}
        for cf in report["conflicts"] for i, side in enumerate(cf["sides"], start=1)
    ]


def gap_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Return statement gaps and whole-area gaps, told apart by ``kind``."""
    rows = [{**g, "kind": "statement"} for g in report["gaps"]]
    rows += [{"source": g["source"], "kind": "area", "area": g["area"],
              "asserted_by": g["covered_by"]} for g in report["area_gaps"]]
    return rows


@EXPORTERS.register("report-csv")
def export_report_csv(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write ``statements.csv``, ``conflicts.csv`` and ``gaps.csv`` into ``out_dir``."""
    report = shared_report(bundle)
    out = Path(out_dir)
    return [
        write_atomic(out / "statements.csv", to_csv(STATEMENT_COLUMNS, statement_rows(report))),
        write_atomic(out / "conflicts.csv", to_csv(CONFLICT_COLUMNS, conflict_rows(report))),
        write_atomic(out / "gaps.csv", to_csv(GAP_COLUMNS, gap_rows(report))),
    ]
