"""Claim-file readers, registered by file suffix.

Each reader turns one file into raw records with their line numbers; the
shared validator in :mod:`records` then checks them the same way whatever
the format, so CSV users get the same messages as YAML users.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.registry import Registry

from .yamlsrc import LineDict, LineList, load_yaml, read_text, what_is


@dataclass
class RawFile:
    """One claim file as read: its source spec and records with line numbers."""

    path: Path
    source: Any = None  # an id, an inline mapping, or None (CSV: per row)
    source_line: int | None = None
    records: list[tuple[int | None, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    claimset: ClaimSet | None = None  # readers of resolved formats (RDF) fill this


Reader = Callable[[Path], RawFile]
READERS: Registry[Reader] = Registry("claim file format")

CSV_MEASURE_COLUMNS = {"measure_kind": "kind", "value": "value", "low": "low", "high": "high",
                       "bound": "bound", "horizon": "horizon", "unit": "unit",
                       "measure_population": "population"}


def _no_claims(path: Path, line: int | None, got: str) -> Problem:
    return Problem(str(path), line, "at least one claim", got,
                   "add claims, or delete the file if the source says nothing",
                   severity="warning")


def _from_mapping(path: Path, data: Any, raw: RawFile) -> RawFile:
    if not isinstance(data, dict) or "claims" not in data:
        got = ("an empty file" if data is None else
               "a mapping without 'claims:'" if isinstance(data, dict) else what_is(data))
        raw.problems.append(Problem(str(path), getattr(data, "line", None) or 1,
                                    "a mapping with 'source:' and 'claims:'", got,
                                    "see README, 'Claim files'"))
        return raw
    line_of = data.line_of if isinstance(data, LineDict) else (lambda _key: 1)
    raw.source = data.get("source")
    raw.source_line = line_of("source") or 1
    claims = data.get("claims")
    claims_line = line_of("claims") or 1
    if claims is None or claims == []:
        raw.problems.append(_no_claims(path, claims_line, "an empty 'claims:' list"))
        return raw
    if not isinstance(claims, list):
        raw.problems.append(Problem(str(path), claims_line, "a 'claims:' list",
                                    what_is(claims), "start each claim with '- '"))
        return raw
    for item in claims:
        line = item.line if isinstance(item, LineDict | LineList) else claims_line
        raw.records.append((line, item))
    return raw


@READERS.register("yaml", aliases=("yml",))
def read_yaml(path: Path) -> RawFile:
    """Read a YAML claims file (``source:`` plus a ``claims:`` list)."""
    raw = RawFile(path)
    data, raw.problems = load_yaml(path, read_text(path))
    return raw if data is None and raw.problems else _from_mapping(path, data, raw)


@READERS.register("json")
def read_json(path: Path) -> RawFile:
    """Read a JSON claims file with the YAML file's structure."""
    from .readers_json import JsonInputError, load_json

    raw = RawFile(path)
    try:
        data = load_json(read_text(path))
    except JsonInputError as err:
        raw.problems.append(Problem(str(path), err.line, err.expected, err.got, err.hint))
        return raw
    return _from_mapping(path, data, raw)


def _header_problems(path: Path, header: list[str]) -> list[Problem]:
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


def _read_delimited(path: Path, delimiter: str) -> RawFile:
    raw = RawFile(path)
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1  # the line the next row starts on (rows may span lines)
    try:
        header = list(reader.fieldnames or [])
        raw.problems.extend(_header_problems(path, header))
        if raw.problems:
            return raw
        line = reader.line_num + 1
        for row in reader:
            if None in row:
                raw.problems.append(Problem(str(path), line, f"{len(header)} columns",
                                            f"{len(header) + len(row[None])} columns",
                                            "quote cells that contain the delimiter"))
            record: dict[str, Any] = {}
            measure: dict[str, Any] = {}
            for key, value in row.items():
                if key is None or value is None or value.strip() == "":
                    continue
                if key in CSV_MEASURE_COLUMNS:
                    measure[CSV_MEASURE_COLUMNS[key]] = value.strip()
                else:
                    record[key] = value.strip()
            if measure:
                record["measure"] = measure
            raw.records.append((line, record))
            line = reader.line_num + 1
    except csv.Error as err:
        raw.problems.append(Problem(str(path), line, "well-formed CSV", str(err),
                                    "check for an unclosed quote"))
        return raw
    if not raw.records:
        raw.problems.append(_no_claims(path, 1, "a header and no rows"))
    return raw


@READERS.register("csv")
def read_csv(path: Path) -> RawFile:
    """Read a CSV claims file: one row per claim, a 'source' column per row."""
    return _read_delimited(path, ",")


@READERS.register("tsv", aliases=("tab",))
def read_tsv(path: Path) -> RawFile:
    """Read a tab-separated claims file (same columns as CSV)."""
    return _read_delimited(path, "\t")


def _read_rdf(path: Path) -> RawFile:
    from .rdf_reader import read_rdf  # rdflib parsing is only paid for when used

    return RawFile(path, claimset=read_rdf(path))


for _name, _aliases in (("trig", ()), ("nq", ("nquads",)), ("jsonld", ()), ("ttl", ("turtle",))):
    READERS.register(_name, aliases=_aliases)(_read_rdf)
