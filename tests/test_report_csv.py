"""The CSV tables: statements, conflicts (one row per side) and gaps."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimgraph.exports.report_csv import (
    CONFLICT_COLUMNS,
    GAP_COLUMNS,
    STATEMENT_COLUMNS,
    cell,
    export_report_csv,
)

from . import report_sample as sample


def _tables(tmp_path: Path) -> dict[str, list[dict[str, str]]]:
    paths = export_report_csv(sample.bundle(), tmp_path)
    return {p.stem: list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8"))))
            for p in paths}


def test_headers_line_endings_and_sorting(tmp_path: Path) -> None:
    """Each file has its header row, \\n line endings and sorted rows."""
    export_report_csv(sample.bundle(), tmp_path)
    for name, columns in (("statements", STATEMENT_COLUMNS), ("conflicts", CONFLICT_COLUMNS),
                          ("gaps", GAP_COLUMNS)):
        data = (tmp_path / f"{name}.csv").read_bytes()
        assert b"\r\n" not in data
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        assert tuple(rows[0]) == columns
        assert rows[1:] == sorted(rows[1:])


def test_statement_rows(tmp_path: Path) -> None:
    """Every statement is one row with its stances as ;-joined source lists."""
    rows = {r["id"]: r for r in _tables(tmp_path)["statements"]}
    assert set(rows) == {st.id for st in sample.STATEMENTS}
    sts = rows[sample.STS.id]
    assert (sts["asserts"], sts["hedges"], sts["denies"], sts["silent"]) == (
        "cleveland", "osmosis", "nkf", "mayo")
    assert rows[sample.KIDNEY.id]["asserts"] == "cleveland;mayo;nkf;osmosis"
    m80 = rows[sample.MORT80.id]
    assert (m80["measure_kind"], m80["value"], m80["bound"], m80["horizon"], m80["object"]) == (
        "mortality", "0.8", "upper", "P12M", "")
    assert rows[sample.CALCIUM.id]["level"] == "high"


def test_conflict_rows_one_per_side(tmp_path: Path) -> None:
    """Conflicts are one row per side, keyed by conflict id and side number."""
    rows = _tables(tmp_path)["conflicts"]
    assert {(r["id"], r["side"], r["kind"], r["sources"]) for r in rows} == {
        ("cf-numeric0001", "1", "numeric", "cleveland"), ("cf-numeric0001", "2", "numeric", "nkf"),
        ("cf-polarity001", "1", "polarity", "cleveland;osmosis"),
        ("cf-polarity001", "2", "polarity", "nkf"),
        ("cf-certainty01", "1", "certainty", "cleveland;mayo"),
        ("cf-certainty01", "2", "certainty", "nkf")}
    numeric = next(r for r in rows if r["id"] == "cf-numeric0001")
    assert (numeric["reconcilable"], numeric["ratio"], numeric["internal"]) == (
        "true", "1.6", "false")


def test_gap_rows(tmp_path: Path) -> None:
    """Statement gaps and area gaps share one table, told apart by kind."""
    rows = _tables(tmp_path)["gaps"]
    assert {(r["source"], r["kind"], r["area"], r["statement"], r["asserted_by"])
            for r in rows} == {
        ("nkf", "area", "diagnosis", "", "cleveland;mayo;osmosis"),
        ("nkf", "statement", "diagnosis", sample.BIOPSY.id, "cleveland;mayo;osmosis"),
        ("osmosis", "statement", "risk factors", sample.WARFARIN.id, "cleveland;mayo")}


def test_cells_never_start_a_formula() -> None:
    """Text a spreadsheet would evaluate gets a leading apostrophe; numbers do not."""
    assert cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell("-x") == "'-x"
    assert cell(-0.5) == "-0.5"
    assert cell(["=a", "b"]) == "'=a;b"
    assert (cell(None), cell(True), cell(0.25)) == ("", "true", "0.25")


def test_cells_of_a_column_are_cell_of_each_value() -> None:
    """A column made at once (lists of text item by item) gives cell() of each value."""
    import random

    from claimgraph.exports.report_csv import _cells, cell

    rng = random.Random(7)
    texts = ["a", "=1+1", "-0.5", "", "x\x1by", "@b", "\tc", "é"]
    scalars = [*texts, None, 3, 2.5, True]

    def value(pool: list[object]) -> object:
        kind = rng.random()
        if kind < 0.4:
            return rng.choice(pool)
        items = [rng.choice(pool) for _ in range(rng.randint(0, 4))]
        return items if kind < 0.8 else tuple(items)

    for pool in ([*texts, None], scalars):
        for _ in range(2000):
            column = [value(pool) for _ in range(rng.randint(0, 6))]
            assert _cells(column) == [cell(v) for v in column], column
