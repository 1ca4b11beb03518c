"""Large CSV/TSV claim files: read by column, yet every bad row is reported at its own line."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from claimgraph.graph.errors import Problem
from claimgraph.graph.model import Claim
from claimgraph.ingest.bulk import table_claims
from claimgraph.ingest.claims import check
from claimgraph.ingest.readers import read_csv, read_tsv
from claimgraph.ingest.readers_csv import ClaimTable
from claimgraph.ingest.records import build_claim
from claimgraph.ingest.vocabulary import Vocabulary

from .conftest import write

HEADER = "source,subject,predicate,object,hedged,level,measure_kind,value,bound,horizon\n"
GOOD = "nkf,warfarin {n},increases_risk_of,calciphylaxis,,,,,,\n"


def _big(rows: int, bad: dict[int, str]) -> str:
    """A claims CSV of ``rows`` good rows, with some rows (by file line) replaced."""
    lines = [HEADER]
    for line in range(2, rows + 2):
        lines.append(bad.get(line, GOOD.format(n=line % 500)))
    return "".join(lines)


def test_bad_rows_in_a_big_csv_are_reported_at_their_lines(tmp_path: Path) -> None:
    """Bad rows deep in a 30,000-row CSV give the row-by-row messages at their own lines."""
    bad = {15_001: "nkf,warfarin,increasez_risk_of,calciphylaxis,,,,,,\n",
           20_002: "nkf,calciphylaxis,,,,,mortality,1.5,approx,P1Y\n",
           25_003: "nkf,warfarin,causes,,maybe,,,,,\n",
           29_999: "nfk,warfarin,causes,calciphylaxis,,,,,,\n"}
    path = write(tmp_path / "big.csv", _big(30_000, bad))
    sources = write(tmp_path / "sources.yaml", "sources:\n  - {id: nkf}\n")
    result = check([path], sources=sources)
    assert result.claimset is None
    assert [str(p) for p in result.errors] == [
        f"{path}:15001: expected a known predicate, got 'increasez_risk_of' "
        "(hint: did you mean 'increases_risk_of'?)",
        f"{path}:20002: expected a proportion between 0 and 1 for mortality, got 1.5 "
        "(hint: write 0.015 or '1.5 %')",
        f"{path}:25003: expected an 'object' for causes, got none",
        f"{path}:25003: expected true or false for 'hedged', got 'maybe'",
        f"{path}:29999: expected a source id from the sources manifest, got 'nfk' "
        "(hint: valid: nkf)",
        f"{path}:29999: expected a source for the claim, got none "
        "(hint: add 'source: <id>' at the top of the file)",
    ]


def test_a_big_csv_loads_as_its_rows_say(tmp_path: Path) -> None:
    """30,000 rows load to one claim per distinct row, each citing its own line."""
    path = write(tmp_path / "big.csv", _big(30_000, {
        7: "nkf,calciphylaxis,,,true,,mortality,50 %,upper,P1Y\n",
        9: "nkf,high calcium,increases_risk_of,calciphylaxis,,high,,,,\n"}))
    cs = check([path]).claimset
    assert cs is not None
    assert len(cs.claims) == 502  # 500 warfarins, the figure, the level
    figure = next(c for c in cs.claims if c.measure is not None)
    assert (figure.measure.value, str(figure.measure.bound), figure.hedged,
            figure.evidence.origin) == (0.5, "upper", True, "big.csv:7")
    level = next(c for c in cs.claims if c.qualifiers.level)
    assert (level.subject, level.qualifiers.level, level.evidence.origin) == (
        "high-calcium", "high", "big.csv:9")


def test_quoted_cells_blank_lines_and_crlf_keep_their_lines(tmp_path: Path) -> None:
    """A quoted cell over two lines, a blank line and CRLF endings: later rows keep true lines."""
    text = (HEADER + 'nkf,"warfarin,\nvitamin K antagonist",causes,x,,,,,,\n\n'
            + "nkf,a,causez,b,,,,,,\n").replace("\n", "\r\n")
    path = write(tmp_path / "q.csv", text)
    assert [str(p) for p in check([path]).errors] == [
        f"{path}:5: expected a known predicate, got 'causez' (hint: did you mean 'causes'?)"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_plain_and_quoted_files_give_the_same_claims(tmp_path: Path, newline: str) -> None:
    """The same rows read by polars (plain) and by the csv module (quoted) give equal claims."""
    plain = _big(2_000, {5: "nkf,calciphylaxis,,,,,survival,0.4,approx,P6M\n",
                         6: "nkf, warfarin ,causes,calciphylaxis, ,,,,,\n"})
    plain = plain.replace("\n", newline)
    quoted = plain.replace("warfarin 1,", '"warfarin 1",')
    assert '"' in quoted
    a = check([write(tmp_path / "a" / "c.csv", plain)]).claimset
    b = check([write(tmp_path / "b" / "c.csv", quoted)]).claimset
    assert a is not None and b is not None
    assert a.claims == b.claims
    assert [c.evidence.origin for c in a.claims] == [c.evidence.origin for c in b.claims]


def test_tsv_reads_like_csv(tmp_path: Path) -> None:
    """A TSV gives the table its CSV twin gives."""
    text = _big(100, {})
    csv_table = read_csv(write(tmp_path / "c.csv", text)).table
    tsv_table = read_tsv(write(tmp_path / "c.tsv", text.replace(",", "\t"))).table
    assert csv_table is not None and tsv_table is not None
    assert (csv_table.columns, list(csv_table.lines)) == (tsv_table.columns,
                                                         list(tsv_table.lines))


# Cells a user may write: good and bad values for each column.
CELLS: dict[str, list[str]] = {
    "source": ["nkf", "mayo", " nkf ", "", "a b"],
    "subject": ["warfarin", "Warfarin ", "calciphylaxis", "", "vitamin K"],
    "predicate": ["causes", "treated_by", "has_measure", "causez", "", "used_for"],
    "object": ["calciphylaxis", "", "warfarin", "pain"],
    "negated": ["", "true", "no", "maybe"],
    "level": ["", "high", "Low"],
    "status": ["", "candidate", "rejected", "maybe"],
    "start": ["", "3", "12", "-1", "x"],
    "end": ["", "5", "10"],
    "confidence": ["", "0.9", "1.5", "x"],
    "measure_kind": ["", "mortality", "mortalty"],
    "value": ["", "0.5", "50 %", "2", "x"],
    "bound": ["", "upper", "up"],
    "horizon": ["", "P1Y", "1 year"],
    "colour": ["", "red"],
}


def _row_by_row(table: ClaimTable, path: Path) -> tuple[list[Claim], list[Problem], Vocabulary]:
    """Build a table's claims one record at a time with build_claim, as YAML records are."""
    vocab = Vocabulary()
    problems: list[Problem] = []
    claims: list[Claim] = []
    for row, line in enumerate(table.lines):
        record = table.record(row)
        source = record.get("source")
        if source not in ("nkf", "mayo"):
            problems.append(Problem(str(path), line, "source", repr(source)))
            continue
        claim = build_claim(record, source=source, where=str(path), line=line, vocab=vocab,
                            problems=problems, origin=path.name)
        if claim is not None:
            claims.append(claim)
    return claims, problems, vocab


@settings(max_examples=60, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in CELLS.items()}),
                     min_size=1, max_size=12))
def test_column_checks_agree_with_row_checks(tmp_path: Path, rows: list[dict[str, Any]]) -> None:
    """Claims, problems and new entities from the column path equal build_claim's, row by row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, list(CELLS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = write(tmp_path / "c.csv", buffer.getvalue())
    table = read_csv(path).table
    assert table is not None
    expected, expected_problems, expected_vocab = _row_by_row(table, path)
    vocab = Vocabulary()
    problems: list[Problem] = []

    def slow(record: dict[str, Any], line: int) -> Claim | None:
        source = record.get("source")
        if source not in ("nkf", "mayo"):
            problems.append(Problem(str(path), line, "source", repr(source)))
            return None
        return build_claim(record, source=source, where=str(path), line=line, vocab=vocab,
                           problems=problems, origin=path.name)

    got = table_claims(table, known={"nkf": 1, "mayo": 1}, where=str(path), origin=path.name,
                       vocab=vocab, slow=slow)
    assert got == expected
    assert [c.evidence.origin for c in got] == [c.evidence.origin for c in expected]
    assert problems == expected_problems
    assert vocab.entities == expected_vocab.entities


def test_equal_cells_share_one_string(tmp_path: Path) -> None:
    """Rows naming one source and predicate share those strings (memory, and faster compares)."""
    path = write(tmp_path / "big.csv", _big(2000, {}))
    sources = write(tmp_path / "sources.yaml", "sources:\n  - {id: nkf}\n")
    result = check([path], sources=sources)
    assert result.claimset is not None
    claims = result.claimset.claims
    assert len(claims) == 500
    assert len({id(c.evidence.source) for c in claims}) == 1
    assert len({id(c.predicate) for c in claims}) == 1
