"""Read a CSV or TSV claim file into columns, with the line each row starts on.

A million-row claim file read through ``csv.DictReader`` took 13 s and a
dict per row before any claim was checked.  Polars reads the same file in
half a second, column by column, which is also how :mod:`.bulk` checks it.

Polars does not follow Python's csv dialect in every corner: text after a
closing quote, blank lines (polars keeps them as empty rows), a lone
carriage return, a cell past the csv module's size limit.  So polars reads
only text where the two cannot differ -- no quote character, no NUL, no
lone CR, no blank line, one line per row -- and everything else goes
through ``csv.reader`` with the dialect the loader always used
(``strict=True``), so every located error stays the one users know.
Both give the same :class:`ClaimTable`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.graph.errors import Problem

from .yamlsrc import read_text

# The csv module refuses cells longer than this (csv.field_size_limit()); polars does not,
# so a file with a longer line is left to the csv module, which says so at its line.
_CSV_FIELD_LIMIT = csv.field_size_limit()
# Columns that make up a claim's measure (a row holds at most one figure).
CSV_MEASURE_COLUMNS = {"measure_kind": "kind", "value": "value", "low": "low", "high": "high",
                       "bound": "bound", "horizon": "horizon", "unit": "unit",
                       "measure_population": "population"}


@dataclass
class ClaimTable:
    """A delimited claim file's cells column by column, and the line each row starts on.

    ``columns`` maps each header name to its raw cells (not stripped); an
    empty cell is ``""`` or None (polars gives None, and so does a row
    shorter than the header), and both mean "not given".  Rows are in file order.
    """

    header: tuple[str, ...]
    columns: dict[str, list[str | None]]
    lines: Sequence[int]

    def __len__(self) -> int:
        return len(self.lines)

    def record(self, row: int) -> dict[str, Any]:
        """Return one row as a claim record: non-empty cells stripped, figures under 'measure'.

        This is the record the YAML reader would give for the same claim, so
        :func:`claimgraph.ingest.records.build_claim` checks it with the same words.
        """
        record: dict[str, Any] = {}
        measure: dict[str, Any] = {}
        for key in self.header:
            value = self.columns[key][row]
            if value is None or value.strip() == "":
                continue
            if key in CSV_MEASURE_COLUMNS:
                measure[CSV_MEASURE_COLUMNS[key]] = value.strip()
            else:
                record[key] = value.strip()
        if measure:
            record["measure"] = measure
        return record


def no_claims(path: Path, line: int | None, got: str) -> Problem:
    """Return the warning for a claim file that holds no claim."""
    return Problem(str(path), line, "at least one claim", got,
                   "add claims, or delete the file if the source says nothing",
                   severity="warning")


def header_problems(path: Path, header: Sequence[str]) -> list[Problem]:
    """Return problems with a header: a name given twice, no 'source' or 'subject' column."""
    problems = []
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(str(path), 1, "each column name once", f"a second {name!r}",
                                    "delete or rename one of the columns"))
        seen.add(name)
    for required in ("source", "subject"):
        if required not in header:
            got = "columns " + ", ".join(header) if header else "no header"
            problems.append(Problem(str(path), 1, f"a '{required}' column", got,
                                    "the first row names the columns"))
    return problems


def read_table(path: Path, delimiter: str) -> tuple[ClaimTable | None, list[Problem]]:
    """Read a delimited claim file; return its table (None when the header is wrong) and problems.

    Raises:
        InputFileError: the file cannot be read as UTF-8 text (from :func:`read_text`).
    """
    text = read_text(path)
    table = _read_plain(text, delimiter)
    if table is not None:
        return table, []
    return _read_dialect(path, text, delimiter)


def _plain_body(text: str, delimiter: str) -> tuple[list[str], str] | None:
    """Return (header, body) when polars reads ``text`` as the csv module would, else None."""
    if '"' in text or "\x00" in text or text.count("\r") != text.count("\r\n"):
        return None
    end = text.find("\n")
    if end <= 0 or text.startswith("\r\n"):
        return None  # one line only, or a blank first line: the csv module's words for it
    header = text[:end].removesuffix("\r").split(delimiter)
    body = text[end + 1:]
    if not body or body.startswith(("\n", "\r\n")) or "\n\n" in body or "\n\r\n" in body:
        return None  # no rows, or blank lines (skipped by csv, kept as empty rows by polars)
    if header_problems(Path(), header):
        return None
    return header, body


def _read_plain(text: str, delimiter: str) -> ClaimTable | None:
    """Read quote-free text with polars; None when it is not plainly one row per line."""
    found = _plain_body(text, delimiter)
    if found is None:
        return None
    header, body = found
    import polars as pl  # only paid for when a claim file is read

    try:
        frame = pl.read_csv(io.BytesIO(body.encode("utf-8")), has_header=False,
                            separator=delimiter, infer_schema=False, quote_char=None)
    except (pl.exceptions.PolarsError, ValueError):
        return None  # a row longer than the header, say: the csv module locates it
    rows = body.count("\n") + (not body.endswith("\n"))
    if frame.width != len(header) or frame.height != rows:
        return None
    longest = frame.select(pl.all().str.len_bytes().max()).row(0)
    if any(n is not None and n > _CSV_FIELD_LIMIT for n in longest):
        return None
    columns = {name: frame.to_series(i).to_list() for i, name in enumerate(header)}
    return ClaimTable(tuple(header), columns, range(2, rows + 2))


def _read_dialect(path: Path, text: str, delimiter: str
                  ) -> tuple[ClaimTable | None, list[Problem]]:
    """Read with the csv module (quotes, blank lines, ragged rows), as the loader always did."""
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1  # the line the next row starts on (rows may span lines)
    header: list[str] = []
    lines: list[int] = []
    cells: list[list[str | None]] = []
    try:
        header = next(reader, [])
        problems.extend(header_problems(path, header))
        if problems:
            return None, problems
        cells = [[] for _ in header]
        width = len(header)
        line = reader.line_num + 1
        for row in reader:
            if not row:  # a blank line, skipped as csv.DictReader skips it
                line = reader.line_num + 1  # the next row's own line, not the blank one's
                continue
            if len(row) > width:
                problems.append(Problem(str(path), line, f"{width} columns",
                                        f"{len(row)} columns",
                                        "quote cells that contain the delimiter"))
            for column, value in zip(cells, row, strict=False):
                column.append(value)
            for column in cells[len(row):]:
                column.append(None)
            lines.append(line)
            line = reader.line_num + 1
    except csv.Error as err:
        problems.append(Problem(str(path), line, "well-formed CSV", str(err),
                                "check for an unclosed quote"))
    else:
        if not lines:
            problems.append(no_claims(path, 1, "a header and no rows"))
    return ClaimTable(tuple(header), dict(zip(header, cells, strict=True)), lines), problems
