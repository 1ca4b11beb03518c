"""Fuzz every reader and the commands with hypothesis (issue 12, "Tests that keep it so").

The property, for every generated input: the call succeeds, or the problem
comes back as a ClaimGraphError or a Problem that names the file (and the
line where one is known); never any other exception, never a write outside
``--out``; and a report that is written matches its JSON Schema.  Inputs are
valid files mutated at random (inserted, deleted, repeated and replaced
pieces, with values chosen to hurt: ``.nan``, aliases, tags, huge numbers,
lone surrogates, control characters, reserved ids) and claim records built
from hostile values.

Runs are bounded and deterministic (``derandomize=True``, no example
database), so CI sees the same inputs every time.  ``CLAIMGRAPH_FUZZ_SCALE=20``
multiplies the number of examples for a longer local run, and
``CLAIMGRAPH_FUZZ_TALLY=FILE`` appends how many inputs each test tried.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from claimgraph import api
from claimgraph.cli import main
from claimgraph.exports.base import Bundle
from claimgraph.graph.errors import ClaimGraphError, Problem
from claimgraph.graph.model import (
    Bound,
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    Source,
)
from claimgraph.graph.store import ClaimGraph
from claimgraph.ingest.claims import check
from claimgraph.ingest.documents import READERS as DOCUMENT_READERS, read_document
from claimgraph.ingest.readers import READERS

from . import hostile_pdfs
from .contracts import report_problems
from .ingest_pages import ASTHMA_MD, BRINDLE_HTML, GOUT_TXT

SCALE = max(1, int(os.environ.get("CLAIMGRAPH_FUZZ_SCALE", "1")))
TALLY = os.environ.get("CLAIMGRAPH_FUZZ_TALLY")
_counter = itertools.count()
_tried: dict[str, int] = {}


def _settings(examples: int) -> settings:
    return settings(max_examples=examples * SCALE, derandomize=True, database=None,
                    deadline=None, print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture,
                                           HealthCheck.filter_too_much])


def _count(name: str) -> None:
    _tried[name] = _tried.get(name, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def _tally() -> Any:
    """Append the number of inputs each test tried to CLAIMGRAPH_FUZZ_TALLY, when set."""
    yield
    if TALLY:
        with open(TALLY, "a", encoding="utf-8") as fh:
            for name, n in sorted(_tried.items()):
                fh.write(f"{name}\t{n}\n")


def _fresh(tmp_path: Path) -> Path:
    """A new folder for one example, under the test's tmp_path."""
    folder = tmp_path / f"ex{next(_counter)}"
    folder.mkdir()
    return folder


def _snapshot(root: Path, skip: Path | None = None) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and (skip is None or not p.is_relative_to(skip))}


# --- hostile pieces --------------------------------------------------------------------

ATOMS = [
    "", " ", "\n", "\t", "\r\n", "- ", ": ", ", ", "#", "'", '"', "[", "]", "{", "}", "|", ">",
    "&a ", "*a", "&b [*a, *a, *a]", "<<: *a", "!!set {x, y}", "!!binary aGk=", "!!omap [a: 1]",
    "!!python/object:os.system", "!custom x", "---\n", "...\n", "%YAML 1.1\n",
    ".inf", "-.inf", ".nan", "1e400", "9" * 400, "-1", "0", "5e-324", "1e-320", "NaN",
    "Infinity", "true", "null", "~", "0x10", "1_000", "101 %", "80 %", "P12M", "P", "PT1H",
    "meta", "findings", "../../x", "/etc/passwd", "a/b", "x" * 120,
    "\x00", "\x01", "\x1b[2J", "\x1b]8;;http://127.0.0.1:9/\x07", "\u202e", "\x9b", "\ufeff",
    "\\ud800", "\\udfff", "\\u0000", "é", "日本", "🙂", "ǅ",
    "warfarin", "calciphylaxis", "increases_risk_of", "has_measure", "treated_by",
    "mortality", "count", "range", "upper", "subject", "predicate", "object", "measure",
    "source", "claims", "start", "end", "value", "low", "high", "topic", "sources", "id",
    "<http://127.0.0.1:9/x>", "@prefix x: <http://e/> .", '"@context"', '"@import"',
    "^^xsd:double", "^^xsd:integer", '"x"@en', "_:b0", "GRAPH", "rdf:_1",
    "<script>alert(1)</script>", "&#0;", "&#xD800;", "<p>", "</table>", "| a | b |",
    "|---|---|", "```", "# ", "=1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(1)",
]


def _mutate(text: str, edits: list[tuple[int, int, int, str]]) -> str:
    """Apply (action, position, length, piece) edits; positions wrap around the text."""
    for action, pos, length, piece in edits:
        at = pos % (len(text) + 1)
        stop = min(len(text), at + length)
        if action == 0:
            text = text[:at] + piece + text[at:]
        elif action == 1:
            text = text[:at] + text[stop:]
        elif action == 2:
            text = text[:at] + text[at:stop] * 3 + text[stop:]
        else:
            text = text[:at] + piece + text[stop:]
    return text


_piece = st.one_of(st.sampled_from(ATOMS), st.text(max_size=6))
_edits = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 100_000), st.integers(0, 40),
                            _piece), min_size=1, max_size=6)
_scalar = st.one_of(
    st.sampled_from(ATOMS), st.text(max_size=12), st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none())
_value = st.recursive(_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(ATOMS[60:90]), inner,
                                                 max_size=3)), max_leaves=6)


# --- seeds: one valid file per claim-file format -------------------------------------

SEED_YAML = """\
source: {id: nkf, publisher: National Kidney Federation, title: Calciphylaxis}
claims:
  - [warfarin, increases_risk_of, calciphylaxis]
  - {subject: sodium thiosulfate, predicate: effective_for, object: calciphylaxis,
     negated: true, section: What can be done, anchor: "shown to work", start: 4, end: 9}
  - subject: calciphylaxis
    measure: {kind: mortality, value: 0.5, bound: approx, horizon: P12M}
    anchor: "5 out of 10"
  - {subject: calciphylaxis, measure: {kind: incidence, low: "1 %", high: "4 %"},
     population: people on dialysis, hedged: yes, level: high, status: candidate}
"""
SEED_CSV = """\
source,subject,predicate,object,negated,hedged,section,anchor,measure_kind,value,low,high,bound,horizon
nkf,warfarin,increases_risk_of,calciphylaxis,false,false,Causes,"warfarin, a blood thinner",,,,,,
nkf,calciphylaxis,has_measure,,,,Outlook,5 out of 10,mortality,0.5,,,approx,P12M
mayo,calciphylaxis,has_measure,,,,Outlook,,survival,,0.2,0.4,range,P1Y
"""


def _seed_claimset() -> ClaimSet:
    sources = (Source("nkf", title="Calciphylaxis", publisher="NKF", authors=("A One", "B Two"),
                      published="2023-07", next_review="2026-07"), Source("mayo"))
    entities = (Entity("warfarin", "warfarin", synonyms=("coumadin",), broader=("anticoagulant",)),
                Entity("anticoagulant", "anticoagulant"), Entity("calciphylaxis", "calciphylaxis"))
    claims = (
        Claim("warfarin", "increases_risk_of", "calciphylaxis",
              evidence=Evidence("nkf", section="Causes", anchor="a blood thinner", start=3,
                                end=12, text="warfarin", origin="nkf.yaml:3")),
        Claim("calciphylaxis", "has_measure", None, Measure("mortality", value=0.5,
                                                            horizon="P12M"),
              evidence=Evidence("nkf", anchor="5 out of 10")),
        Claim("calciphylaxis", "has_measure", None,
              Measure("survival", low=0.2, high=0.4, bound=Bound.RANGE),
              polarity=Polarity.AFFIRMED, certainty=Certainty.HEDGED,
              qualifiers=Qualifiers(population="people on dialysis"),
              evidence=Evidence("mayo", confidence=0.7, rule="figure:survival")),
    )
    return ClaimSet(sources, entities, claims, topic="calciphylaxis",
                    new_entities=("anticoagulant",))


def _seeds() -> dict[str, str]:
    graph = ClaimGraph.from_claimset(_seed_claimset())
    data = yaml.safe_load(SEED_YAML)
    return {
        "yaml": SEED_YAML, "json": json.dumps(data, indent=1), "csv": SEED_CSV,
        "tsv": SEED_CSV.replace(",", "\t"), "trig": graph.serialize("trig"),
        "nq": graph.serialize("nquads"), "jsonld": graph.serialize("jsonld"),
        "ttl": graph.serialize("turtle"),
    }


SEEDS = _seeds()


# --- the property ----------------------------------------------------------------------


def _located(problem: Problem, files: set[str]) -> None:
    """A problem names one of the input files (or folders), what was expected and what came."""
    assert problem.file in files or any(problem.file.startswith(f) for f in files), problem
    assert problem.expected and problem.got is not None, problem


def _compare_and_export(claims: ClaimSet, root: Path) -> None:
    """What validate accepted, compare and every exporter take without an error."""
    out = root / "out"
    before = _snapshot(root, skip=out)
    result = api.compare(claims, as_of="2026-11-21")
    api.export(Bundle(claims, result), out)
    assert _snapshot(root, skip=out) == before, "a write outside --out"
    assert report_problems(out) == {}, "report.json breaks its schema"
    _count("(of which loaded, compared and exported)")


def _load_property(paths: list[Path], root: Path) -> None:
    try:
        loaded = check(paths)
    except ClaimGraphError as err:  # pragma: no cover - check() reports, never raises
        pytest.fail(f"check() raised instead of reporting: {err!r}")
    files = {str(p) for p in paths}
    for problem in loaded.problems:
        if problem.severity != "note":  # notes name new entities, not files
            _located(problem, files)
    if loaded.claimset is not None and loaded.claimset.claims:
        _compare_and_export(loaded.claimset, root)


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_claim_file_readers_fuzz(tmp_path: Path, fmt: str) -> None:
    """Every claim-file reader: mutated files load, or every problem is located; no crash."""
    assert set(SEEDS) == {READERS.canonical(n) for n in READERS.names()} | {"nq", "ttl"}

    @_settings(50)
    @given(edits=_edits)
    def run(edits: list[tuple[int, int, int, str]]) -> None:
        _count(f"claim file .{fmt}")
        root = _fresh(tmp_path)
        path = root / f"claims.{fmt}"
        path.write_text(_mutate(SEEDS[fmt], edits), encoding="utf-8", errors="surrogatepass")
        _load_property([path], root)

    run()


_record = st.one_of(
    st.dictionaries(st.sampled_from(["subject", "predicate", "object", "measure", "negated",
                                     "hedged", "section", "anchor", "start", "end", "level",
                                     "population", "status", "source", "confidence", "quote"]),
                    _value, max_size=6),
    st.lists(_value, min_size=3, max_size=3), _value)
_measure = st.dictionaries(st.sampled_from(["kind", "value", "low", "high", "bound", "horizon",
                                            "unit", "population"]), _value, max_size=5)


def _write_records(path: Path, fmt: str, source: Any, records: list[Any]) -> None:
    if fmt == "yaml":
        text = yaml.safe_dump({"source": source, "claims": records}, allow_unicode=True)
    elif fmt == "json":
        text = json.dumps({"source": source, "claims": records}, default=str)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t")
        columns = ["source", "subject", "predicate", "object", "start", "end", "measure_kind",
                   "value", "low", "high", "bound", "horizon"]
        writer.writerow(columns)
        for record in records:
            row = record if isinstance(record, dict) else {}
            writer.writerow([str(row.get(c, "")) for c in columns])
        text = buffer.getvalue()
    path.write_text(text, encoding="utf-8", errors="surrogatepass")


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_claim_records_fuzz(tmp_path: Path, fmt: str) -> None:
    """Claim records made of hostile values: loaded and compared, or refused with a location."""

    @_settings(50)
    @given(source=st.one_of(st.sampled_from(["nkf", "meta", "../x", "a b"]), _value),
           records=st.lists(st.one_of(_record, st.builds(
               lambda r, m: {**r, "measure": m} if isinstance(r, dict) else r, _record,
               _measure)), max_size=4))
    def run(source: Any, records: list[Any]) -> None:
        _count(f"claim records .{fmt}")
        root = _fresh(tmp_path)
        path = root / f"claims.{fmt}"
        _write_records(path, fmt, source, records)
        _load_property([path], root)

    run()


# --- documents -------------------------------------------------------------------------

_LINES = [line for page in (GOUT_TXT, ASTHMA_MD) for line in page.splitlines()] + [
    "Roughly 5 out of 10 patients die inside a year and up to 80 % of patients recover",
    "One in 600 people on dialysis get it each year.", "Mortality is 1e400 %.",
    "It affects " + "9" * 400 + " people.", "| cause | effect |", "|---|---|",
    "| warfarin | increases risk of calciphylaxis in 5 out of 10 |", "## Outlook", "- fever",
    "Symptoms include:", "e.g. " * 30, "Dr. A. B. Smith et al. say so.", "x" * 3000,
    "Between 50 % and 20 % die.", "It is " + "9" * 400 + " times more likely.",
    "It lasts " + "9" * 400 + " weeks.", "One in " + "9" * 400 + " people get it.",
    "35 of every 0 people get it.",
    "About 5 out of 10 people die within " + "9" * 400 + " years.",
]
_doc_text = st.lists(st.one_of(st.sampled_from(_LINES), st.sampled_from(ATOMS),
                               st.text(max_size=40)), min_size=1, max_size=12)
_TAGS = ["p", "h1", "h2", "li", "ul", "ol", "table", "tr", "td", "th", "script", "style",
         "article", "main", "div", "nav", "footer", "pre", "code", "blockquote", "svg"]


def _html(lines: list[str], tags: list[str]) -> str:
    body = "".join(f"<{t}>{line}</{t}>" if i % 3 else f"<{t}>{line}"
                   for i, (t, line) in enumerate(zip(itertools.cycle(tags or ["p"]), lines)))
    return f"<html><head><title>{lines[0][:30]}</title></head><body><main>{body}</main></body>"


_pdf_bytes = st.one_of(
    st.builds(lambda lines: hostile_pdfs.pdf(
        ("BT /F1 12 Tf 72 720 Td " + " ".join(
            "(" + line.replace("\\", "").replace("(", "").replace(")", "") + ") Tj T*"
            for line in lines) + " ET").encode("latin-1", "replace")), _doc_text),
    st.builds(lambda edits: _mutate(hostile_pdfs.pdf().decode("latin-1"), edits).encode(
        "latin-1", "replace"), _edits),
    st.sampled_from([make() for name, make in sorted(hostile_pdfs.HOSTILE.items())
                     if name != "LimitReachedError"]),
)

_DOCUMENTS: dict[str, st.SearchStrategy[bytes]] = {
    "txt": st.one_of(_doc_text.map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
                     _edits.map(lambda e: _mutate(GOUT_TXT, e).encode("utf-8", "surrogatepass"))),
    "md": st.one_of(_doc_text.map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
                    _edits.map(lambda e: _mutate(ASTHMA_MD, e).encode("utf-8", "surrogatepass"))),
    "html": st.one_of(
        st.builds(_html, _doc_text, st.lists(st.sampled_from(_TAGS), max_size=5)).map(
            lambda t: t.encode("utf-8", "surrogatepass")),
        _edits.map(lambda e: _mutate(BRINDLE_HTML, e).encode("utf-8", "surrogatepass"))),
    "pdf": _pdf_bytes,
}


@pytest.mark.parametrize("suffix", sorted(DOCUMENT_READERS.names()))
def test_document_readers_fuzz(tmp_path: Path, suffix: str) -> None:
    """Every document reader, then compare on the page: a report, or an error naming the file."""
    assert set(_DOCUMENTS) == {DOCUMENT_READERS.canonical(n) for n in DOCUMENT_READERS.names()}
    strategy = _DOCUMENTS[DOCUMENT_READERS.canonical(suffix)]

    @_settings(40)
    @given(data=strategy)
    def run(data: bytes) -> None:
        _count(f"document .{suffix}")
        root = _fresh(tmp_path)
        path = root / f"page.{suffix}"
        path.write_bytes(data)
        try:
            read_document(path)
        except ClaimGraphError as err:
            assert str(err).startswith(f"{path}"), err
        _commands(root, [["compare", str(path), "--out", str(root / "out-compare"),
                          "--as-of", "2026-11-21"]])

    run()


# --- the commands, in process ----------------------------------------------------------

_entity = st.fixed_dictionaries({"label": st.one_of(st.sampled_from(ATOMS), _value)},
                                optional={"synonyms": _value, "broader": _value,
                                          "type": _value, "id": _value})
_project = st.fixed_dictionaries({
    "sources": st.lists(st.fixed_dictionaries(
        {"id": st.one_of(st.sampled_from(["nkf", "mayo", "meta", "../x", ""]), _value)},
        optional={"title": _value, "publisher": _value, "next_review": _value,
                  "published": _value, "url": _value}), max_size=3),
    "topic": _value,
    "entities": st.lists(_entity, max_size=3),
    "claims": st.lists(st.one_of(_record, st.just(["warfarin", "increases_risk_of",
                                                   "calciphylaxis"])), max_size=4),
    "edits": st.one_of(st.just([]), _edits),
})


def _write_project(root: Path, spec: dict[str, Any]) -> Path:
    project = root / "project"
    (project / "claims").mkdir(parents=True)
    dump: Callable[[Any], str] = lambda data: yaml.safe_dump(data, allow_unicode=True)  # noqa: E731
    (project / "sources.yaml").write_text(
        dump({"topic": spec["topic"], "sources": spec["sources"]}), encoding="utf-8",
        errors="surrogatepass")
    (project / "vocabulary.yaml").write_text(
        _mutate(dump({"entities": spec["entities"]}), spec["edits"]), encoding="utf-8",
        errors="surrogatepass")
    ids = [s["id"] for s in spec["sources"] if isinstance(s["id"], str)] or ["nkf"]
    for i, source in enumerate(ids[:2]):
        name = source if source and "/" not in source and source not in (".", "..") else f"s{i}"
        (project / "claims" / f"{name}.yaml").write_text(
            dump({"source": source, "claims": spec["claims"]}), encoding="utf-8",
            errors="surrogatepass")
    return project


def _commands(root: Path, commands: list[list[str]]) -> None:
    """Run commands in process: exit 0 or 1, no exception, nothing written but into out-*/."""
    before = _snapshot(root)
    runner = CliRunner()
    with contextlib.chdir(root):  # a stray write into the working folder shows too
        for args in commands:
            result = runner.invoke(main, args)
            assert result.exit_code in (0, 1), (args, result.output, result.exception)
            assert result.exception is None or isinstance(result.exception, SystemExit), (
                args, result.exception)
            assert "Traceback" not in result.output
            _count(f"(commands that exited {result.exit_code})")
    after = {k: v for k, v in _snapshot(root).items() if not k.startswith("out-")}
    assert after == before, "a write outside --out"
    assert report_problems(root) == {}, "report.json breaks its schema"


def test_commands_fuzz(tmp_path: Path) -> None:
    """validate, build and compare on generated projects: exit 0 or 1, never a traceback."""

    @_settings(40)
    @given(spec=_project)
    def run(spec: dict[str, Any]) -> None:
        _count("commands validate/build/compare")
        root = _fresh(tmp_path)
        project = _write_project(root, spec)
        _commands(root, [["validate", str(project)],
                         ["build", str(project), "--out", str(root / "out-build")],
                         ["compare", str(project), "--out", str(root / "out-compare"),
                          "--as-of", "2026-11-21"]])

    run()
