"""Claim-file readers, registered by file suffix.

Each reader turns one file into raw records with their line numbers (CSV
and TSV: a table of columns, see :mod:`.readers_csv`); the shared validator
in :mod:`records` then checks them the same way whatever the format, so CSV
users get the same messages as YAML users.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.registry import Registry

from .readers_csv import CSV_MEASURE_COLUMNS, ClaimTable, no_claims, read_table
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
    table: ClaimTable | None = None  # CSV and TSV: cells by column, checked by ingest.bulk


Reader = Callable[[Path], RawFile]
READERS: Registry[Reader] = Registry("claim file format")
__all__ = ["CSV_MEASURE_COLUMNS", "READERS", "ClaimTable", "RawFile", "Reader"]

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
        raw.problems.append(no_claims(path, claims_line, "an empty 'claims:' list"))
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


def _read_delimited(path: Path, delimiter: str) -> RawFile:
    table, problems = read_table(path, delimiter)
    return RawFile(path, problems=problems, table=table)


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
