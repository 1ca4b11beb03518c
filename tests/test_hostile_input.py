"""Hostile input (issue 12): no traceback reaches a user; no input is read wrong.

Each test drives the command line as a user would and asserts the exit
status and the exact message, sqlite-utils style: one located line per
problem (``file:line: expected ..., got ... (hint: ...)``), then the summary.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import resource
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimgraph import api
from claimgraph.cli import main
from claimgraph.exports.base import Bundle
from claimgraph.graph.errors import ClaimGraphError, NotFoundError
from claimgraph.graph.model import Entity
from claimgraph.graph.rdf_build import RESERVED_GRAPHS
from claimgraph.ingest.documents import read_document
from claimgraph.ingest.readers_pdf import MAX_PAGES
from claimgraph.ingest.sources import RESERVED_IDS

from . import hostile_pdfs
from .conftest import write
from .ingest_pages import GOUT_TXT

FOUND = "error: {n} problem(s) found\nhint: fix the lines above\n"
NOT_WRITTEN = ("error: {n} problem(s) in the input; nothing was written\n"
               "hint: fix the lines above and run again (claimgraph validate PATH checks only)\n")
CLAIM = "source: x\nclaims:\n  - {claim}\n"


def _run(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _fails(result: Result, *lines: str, n: int | None = None) -> None:
    """Assert exit 1, no traceback, and exactly these problem lines before validate's summary."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.output == "".join(f"{line}\n" for line in lines) + FOUND.format(
        n=len(lines) if n is None else n)


# --- claim files that used to raise ---------------------------------------------------


@pytest.mark.parametrize(("name", "text", "line", "expected", "got"), [
    ("foreign.trig", "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\n", "",
     "RDF written by claimgraph (one cg:ClaimSet node <…/graph/meta> and cg:Claim nodes)",
     "none"),
    ("broken.trig", "@prefix ex: <http://e/> .\nex:a ex:b\n", ":2", "trig RDF", "a syntax error"),
    ("broken.nq", "<a> <b> <c> .\n", "", "nquads RDF", "a syntax error"),
    ("foreign.jsonld", '{"@graph": [{"@id": "http://e/a", "http://e/b": "c"}]}', "",
     "RDF written by claimgraph (one cg:ClaimSet node <…/graph/meta> and cg:Claim nodes)",
     "none"),
])
def test_foreign_or_broken_rdf_is_one_located_line(tmp_path: Path, name: str, text: str,
                                                   line: str, expected: str, got: str) -> None:
    """TriG, N-Quads and JSON-LD that claimgraph did not write: one located line, exit 1."""
    path = write(tmp_path / name, text)
    result = _run("validate", path)
    assert result.exit_code == 1 and not isinstance(result.exception, ClaimGraphError)
    first, *rest = result.output.splitlines()
    assert first.startswith(f"{path}{line}: expected {expected}, got {got}")
    assert first.endswith(")") and "(hint: " in first
    assert "\n".join(rest) + "\n" == FOUND.format(n=1)


def test_rdf_figures_follow_the_claim_file_rules(tmp_path: Path) -> None:
    """A NaN figure in claimgraph's own TriG is refused as in YAML, not crashed on by compare."""
    write(tmp_path / "c.yaml", CLAIM.format(
        claim="{subject: a, measure: {kind: mortality, value: 0.5}}"))
    assert _run("build", tmp_path / "c.yaml", "--out", tmp_path / "out").exit_code == 0
    trig = (tmp_path / "out" / "claims.trig").read_text(encoding="utf-8")
    nan, n = re.subn(r'cg:value "0\.5"\^\^xsd:\w+', 'cg:value "NaN"^^xsd:double', trig)
    assert n == 1
    path = write(tmp_path / "nan.trig", nan)
    result = _run("compare", path, "--out", tmp_path / "out2")
    assert result.exit_code == 1
    assert result.output == (f"{path}: expected a number from 1e-12 to 1e12 (or 0) for 'value', "
                             "got nan (hint: write the figure as the page gives it)\n"
                             + NOT_WRITTEN.format(n=1))
    assert not (tmp_path / "out2").exists()


@pytest.mark.parametrize("suffix", ["csv", "tsv"])
def test_header_with_an_unclosed_quote(tmp_path: Path, suffix: str) -> None:
    """A CSV/TSV header with an unclosed quote is a located error, not UnboundLocalError."""
    sep = "," if suffix == "csv" else "\t"
    path = write(tmp_path / f"c.{suffix}", sep.join(["source", "subject", '"predicate']) + "\n")
    _fails(_run("validate", path), f"{path}:1: expected well-formed CSV, got unexpected end of "
           "data (hint: check for an unclosed quote)")


def test_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    """Aliases that expand past the budget are refused at their line, before any expansion."""
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    levels += [f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]"
               for p, n in zip("abcdefgh", "bcdefghi", strict=True)]
    path = write(tmp_path / "bomb.yaml", "\n".join(levels) + "\nsource: x\nclaims:\n"
                 "  - [*i, causes, b]\n")
    _fails(_run("validate", path), f"{path}:5: expected aliases that expand to at most 10,000 "
           "values in all, got more (hint: write the values out instead of using aliases)")


def test_yaml_recursive_alias_is_refused(tmp_path: Path) -> None:
    """An alias inside its own anchor is refused, not built into a looping value."""
    path = write(tmp_path / "loop.yaml", "source: x\nclaims: &c\n  - [a, causes, *c]\n")
    _fails(_run("validate", path), f"{path}:3: expected aliases that do not contain themselves, "
           "got a recursive alias (hint: replace the alias by the values)")


@pytest.mark.parametrize(("text", "got"), [
    ("[" * 20_000 + "]" * 20_000, "more"),
    ('{"source": "x",\n "claims": [["\\ud800", "causes", "b"]]}', "'\\ud800'"),
])
def test_json_too_deep_or_with_a_lone_surrogate(tmp_path: Path, text: str, got: str) -> None:
    """JSON nested 20,000 deep, or holding a lone surrogate, is one located line."""
    path = write(tmp_path / "c.json", text)
    expected = ({"more": "at most 64 levels of nesting, got more (hint: claim files need only a "
                         "few levels)"}.get(got) or
                f"text without lone surrogates, got {got} (hint: write the character itself, "
                "or a \\ud83d\\ude00 pair)")
    line = 1 if got == "more" else 2
    _fails(_run("validate", path), f"{path}:{line}: expected {expected}")


OFFSET = ("expected a character offset (a whole number from 0 to 1,000,000,000) for 'start', "
          "got {got} (hint: extract writes spans; delete start and end to drop one)")


@pytest.mark.parametrize(("start", "message"), [
    (".inf", OFFSET.format(got="inf")),
    (".nan", OFFSET.format(got="nan")),
    ("9" * 400, OFFSET.format(got="99999999999999999999... (400 characters)")),
    ("-5", OFFSET.format(got="-5")),
    ("5", "expected start ≤ end, got start 5 > end 3 (hint: a span runs from its first "
          "character to past its last)"),
])
def test_bad_spans_are_refused(tmp_path: Path, start: str, message: str) -> None:
    """Spans of .inf, .nan, 400 digits, negative or reversed are located errors."""
    path = write(tmp_path / "c.yaml", CLAIM.format(
        claim=f"{{subject: a, predicate: causes, object: b, start: {start}, end: 3}}"))
    _fails(_run("validate", path), f"{path}:3: {message}")


@pytest.mark.parametrize(("value", "got"), [
    (".nan", "nan"), (".inf", "inf"), ("5e-324", "'5e-324'"), ("1.0e+300", "1e+300")])
def test_validate_and_compare_agree_on_figures(tmp_path: Path, value: str, got: str) -> None:
    """NaN, inf, denormal and huge figures: validate refuses them, so compare never crashes."""
    path = write(tmp_path / "c.yaml", CLAIM.format(
        claim=f"{{subject: a, measure: {{kind: count, value: {value}}}}}"))
    line = (f"{path}:3: expected a number from 1e-12 to 1e12 (or 0) for 'value', got {got} "
            "(hint: write the figure as the page gives it)")
    _fails(_run("validate", path), line)
    result = _run("compare", path, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output == f"{line}\n" + NOT_WRITTEN.format(n=1)


@pytest.mark.parametrize("name", ["sources.yaml", "vocabulary.yaml"])
@pytest.mark.parametrize(("topic", "got"), [("[1, 2]", "a list"), ("{a: 1}", "a mapping"),
                                            ("true", "true")])
def test_topic_must_be_text(tmp_path: Path, name: str, topic: str, got: str) -> None:
    """A non-string `topic:` in a manifest or a vocabulary is a located error."""
    body = "sources:\n  - {id: a}\n" if name == "sources.yaml" else "entities: []\n"
    path = write(tmp_path / name, f"{body}topic: {topic}\n")
    write(tmp_path / "claims" / "a.yaml", "source: a\nclaims:\n  - [x, causes, y]\n")
    line = 3 if name == "sources.yaml" else 2
    _fails(_run("validate", tmp_path), f"{path}:{line}: expected a topic name (text), got {got} "
           "(hint: write the topic as one name, e.g. topic: gout)")


@pytest.mark.parametrize("depth", ["99999999999999999999", "-1"])
def test_depth_out_of_range_is_refused(tmp_path: Path, depth: str) -> None:
    """--depth past 20 or below 0 is a usage error (exit 2), not minutes of looping."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim="[a, causes, b]"))
    result = _run("build", path, "--out", tmp_path / "out", "--html-focus", "a", "--depth", depth)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (f"Error: Invalid value for '--depth': {depth} is "
                                              "not in the range 0<=x<=20.")
    assert not (tmp_path / "out").exists()


def test_reserved_source_id_is_refused_where_it_is_read(tmp_path: Path) -> None:
    """'meta' names the metadata graph: validate refuses it, as query would crash on it."""
    sources = write(tmp_path / "sources.yaml", "sources:\n  - {id: a}\n  - {id: meta}\n")
    claims = write(tmp_path / "claims" / "meta.yaml", "source: meta\nclaims:\n  - [x, causes, y]\n")
    lines = [f"{where}: expected a source id other than findings or meta, got 'meta' (hint: these "
             "name graphs of their own in the RDF; rename the source)"
             for where in (f"{sources}:3", f"{claims}:1")]
    _fails(_run("validate", tmp_path), *lines)
    result = _run("query", tmp_path, "SELECT * WHERE { ?s ?p ?o }")
    assert result.exit_code == 1
    assert result.output == "\n".join(lines) + "\n" + NOT_WRITTEN.format(n=2)


def test_reserved_ids_are_the_reserved_graphs() -> None:
    """The loader refuses exactly the graph names the RDF builder keeps for itself."""
    assert set(RESERVED_IDS) == set(RESERVED_GRAPHS)


def test_query_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    """A query file in another encoding: one located line (the group handler), exit 1."""
    project = tmp_path / "p"
    write(project / "claims" / "a.yaml", "source: a\nclaims:\n  - [x, causes, y]\n")
    query = tmp_path / "q.rq"
    query.write_bytes(b"SELECT * \xff WHERE {}")
    result = _run("query", project, query)
    assert result.exit_code == 1
    assert result.output == (f"error: {query}:1: expected UTF-8 text, got the byte 0xff "
                             "(hint: re-save the file as UTF-8)\n")


def test_a_long_query_is_not_taken_for_a_file_name(tmp_path: Path) -> None:
    """A query longer than a file name may be is run, not refused with 'File name too long'."""
    write(tmp_path / "claims" / "a.yaml", "source: a\nclaims:\n  - [x, causes, y]\n")
    result = _run("query", tmp_path, "SELECT ?s WHERE { ?s a cg:Claim } #" + "x" * 5000,
                  "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2


# --- documents: one bad PDF is a warning, the rest are read ---------------------------


def test_each_pypdf_error_skips_only_its_pdf(tmp_path: Path) -> None:
    """LimitReached, Dependency, NotImplemented and Overflow errors skip one PDF each."""
    pdfs = []
    for name, make in hostile_pdfs.HOSTILE.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(make())
        pdfs.append((name, path))
    page = write(tmp_path / "gout.txt", GOUT_TXT)
    result = _run("compare", *[p for _, p in pdfs], page, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if ".pdf: expected" in line]
    assert len(warnings) == 4
    has_crypto = importlib.util.find_spec("cryptography") is not None
    for (name, path), line in zip(sorted(pdfs), sorted(warnings), strict=True):
        error = "" if name == "DependencyError" and has_crypto else name
        assert line.startswith(f"{path}: expected a readable PDF, got {error}")
        assert line.endswith("(hint: open and re-save it, or export the page as text)")
    assert (tmp_path / "out" / "report.json").is_file()
    assert "1 sources" in result.output.replace("across 1 sources", "1 sources")


def test_pdf_past_the_page_limit_is_refused(tmp_path: Path) -> None:
    """A PDF of more than MAX_PAGES pages is refused with the limit named."""
    path = tmp_path / "book.pdf"
    path.write_bytes(hostile_pdfs.pdf(pages=MAX_PAGES + 1))
    with pytest.raises(ClaimGraphError) as info:
        read_document(path)
    assert str(info.value) == (f"{path}: expected a PDF of at most {MAX_PAGES} pages and "
                               f"5,000,000 characters of text, got {MAX_PAGES + 1} pages "
                               "(hint: split it, or extract the pages you need)")


def test_pdf_past_the_text_limit_is_refused(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF whose text runs past MAX_CHARS is refused at the page that crosses it."""
    from claimgraph.ingest import readers_pdf

    monkeypatch.setattr(readers_pdf, "MAX_CHARS", 10)
    path = tmp_path / "long.pdf"
    path.write_bytes(hostile_pdfs.pdf(pages=2))
    with pytest.raises(ClaimGraphError) as info:
        read_document(path)
    assert str(info.value) == (f"{path}: expected a PDF of at most {MAX_PAGES} pages and 10 "
                               "characters of text, got more than 10 characters by page 1 "
                               "(hint: split it, or extract the pages you need)")


def test_document_past_the_byte_limit_is_refused_unread(tmp_path: Path) -> None:
    """A file larger than max_bytes is refused from its size, before it is read."""
    path = write(tmp_path / "big.txt", "x" * (3 * 1024 * 1024))
    with pytest.raises(ClaimGraphError) as info:
        read_document(path, max_bytes=2 * 1024 * 1024)
    assert str(info.value) == (f"{path}: expected a document of at most 2 MB, got 3.0 MB "
                               "(hint: split it, or raise max_bytes)")


# --- output folders (graph/files.publish): one line from the command ------------------


def test_full_disk_is_one_line(tmp_path: Path) -> None:
    """A write that runs out of room (a file-size limit here) is one line, exit 1."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim="[a, causes, b]"))
    out = tmp_path / "out"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    done = subprocess.run([sys.executable, "-m", "claimgraph", "build", str(path), "--out",
                           str(out)], capture_output=True, text=True, preexec_fn=limit,
                          timeout=120, check=False, env={**os.environ, "COLUMNS": "500"})
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"error: {out}: expected to write the outputs, got file too large (hint: check free "
        "space and permissions; the folder holds the previous outputs)")


def _read_only_folder(tmp_path: Path) -> Path:
    """Return a folder no one may write into: a locked temp folder, or (for root, whom
    permissions do not stop) the kernel's read-only /sys."""
    if not (hasattr(os, "geteuid") and os.geteuid() == 0):
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        return locked
    sys_folder = Path("/sys")
    try:
        (sys_folder / "claimgraph-probe").mkdir()
    except OSError:
        return sys_folder
    (sys_folder / "claimgraph-probe").rmdir()
    pytest.skip("no read-only folder on this machine")


def test_read_only_folder_is_one_line(tmp_path: Path) -> None:
    """--out inside a folder we may not write: one line, exit 1 (run as root too)."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim="[a, causes, b]"))
    locked = _read_only_folder(tmp_path)
    try:
        result = _run("build", path, "--out", locked / "out")
    finally:
        if locked.is_relative_to(tmp_path):
            locked.chmod(0o700)
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {locked / 'out'}: expected a folder to write into")


def test_out_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    """--out naming a file is refused before anything is read, the file kept."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim="[a, causes, b]"))
    out = write(tmp_path / "out", "mine")
    result = _run("build", path, "--out", out)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (f"Error: Invalid value for '--out': Directory "
                                              f"'{out}' is a file.")
    assert out.read_text(encoding="utf-8") == "mine"


# --- the API ---------------------------------------------------------------------------


def test_entity_not_found_is_a_claimgraph_keyerror() -> None:
    """api.entity() of an unknown name raises NotFoundError (a KeyError) with a message."""
    claims = api.load(Path(api.__file__).parent / "examples" / "calciphylaxis")
    with pytest.raises(KeyError) as info:
        api.entity(claims, "warfarine")
    assert isinstance(info.value, NotFoundError) and isinstance(info.value, ClaimGraphError)
    assert str(info.value) == ("expected an entity's label, synonym or id, got "
                               "'warfarine' (hint: did you mean 'warfarin'?)")


def test_figures_of_an_unknown_conflict_is_a_lookup_error() -> None:
    """api.figures() with an id no conflict has raises NotFoundError, not StopIteration."""
    claims = api.load(Path(api.__file__).parent / "examples" / "calciphylaxis")
    result = api.compare(claims, as_of="2026-11-21")
    with pytest.raises(LookupError) as info:
        api.figures(result, "cf-nothing")
    assert isinstance(info.value, NotFoundError)
    assert str(info.value) == ("expected the id of a conflict in the comparison, got "
                               f"'cf-nothing' (hint: ids are in result.conflicts, e.g. "
                               f"{result.conflicts[0].id!r})")


# --- data loss: a key given twice --------------------------------------------------------


def test_duplicate_yaml_key_is_refused(tmp_path: Path) -> None:
    """A claim key given twice in YAML is an error at the second one, not last-wins."""
    path = write(tmp_path / "c.yaml", "source: x\nclaims:\n  - subject: a\n    predicate: causes"
                 "\n    object: b\n    subject: c\n")
    _fails(_run("validate", path), f"{path}:6: expected each key once in a mapping, got a "
           "second 'subject' (hint: delete one of them (the first is on line 3))")


def test_duplicate_key_in_a_vocabulary_is_refused(tmp_path: Path) -> None:
    """Vocabularies and manifests go through the same loader: a repeated key is located."""
    vocab = write(tmp_path / "vocabulary.yaml", "entities:\n  - {label: x, type: condition,\n"
                  "     type: test}\n")
    write(tmp_path / "claims" / "a.yaml", "source: a\nclaims:\n  - [x, causes, y]\n")
    _fails(_run("validate", tmp_path), f"{vocab}:3: expected each key once in a mapping, got "
           "a second 'type' (hint: delete one of them (the first is on line 2))")


def test_duplicate_json_key_is_refused(tmp_path: Path) -> None:
    """A key given twice in a JSON object is an error at the object's line."""
    path = write(tmp_path / "c.json", '{"source": "x", "claims": [\n  {"subject": "a", '
                 '"predicate": "causes", "object": "b", "object": "c"}]}')
    _fails(_run("validate", path), f"{path}:2: expected each key once in an object, got a "
           "second 'object' (hint: delete one of them)")


def test_duplicate_csv_column_is_refused(tmp_path: Path) -> None:
    """A column named twice in a CSV header is an error on line 1."""
    path = write(tmp_path / "c.csv", "source,subject,predicate,object,object\nx,a,causes,b,c\n")
    _fails(_run("validate", path), f"{path}:1: expected each column name once, got a second "
           "'object' (hint: delete or rename one of the columns)")


# --- wrong output ----------------------------------------------------------------------


def test_control_characters_leave_graphml_and_gexf_well_formed(tmp_path: Path) -> None:
    """A label holding control characters still gives well-formed GraphML and GEXF."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim='["war\\x01far\\x1bin\\x7f", causes, b]'))
    result = _run("build", path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    for name in ("graph.graphml", "graph.gexf"):
        root = ET.parse(tmp_path / "out" / name).getroot()
        texts = {t for el in root.iter() for t in (el.text, *el.attrib.values()) if t}
        assert "warfarin\x7f" in texts, name


def test_noncharacters_and_surrogates_leave_graphml_and_gexf_well_formed(
        tmp_path: Path) -> None:
    """U+FFFE and U+FFFF (and, through the API, a lone surrogate) are dropped, not written
    as ``&#65534;``: XML forbids those characters as references too."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim='["war\\ufffefar\\uffffin", causes, b]'))
    result = _run("build", path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    claims = api.load(path)
    entities = tuple(Entity(e.id, e.label + "\ud800", synonyms=e.synonyms)
                     for e in claims.entities)
    api.export(Bundle(replace(claims, entities=entities), api.compare(claims)),
               tmp_path / "api", ["graphml", "gexf"])
    for out in ("out", "api"):
        for name in ("graph.graphml", "graph.gexf"):
            root = ET.parse(tmp_path / out / name).getroot()
            texts = {t for el in root.iter() for t in (el.text, *el.attrib.values()) if t}
            assert "warfarin" in texts, (out, name)


CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def test_control_characters_reach_no_report_or_csv(tmp_path: Path) -> None:
    """Controls and escape sequences in a publisher, labels, a section and an anchor are
    stripped from report.md, report.html and the CSVs (they were copied raw, so
    `cat report.md` cleared the screen), and a formula start they hid is still guarded."""
    project = tmp_path / "p"
    write(project / "sources.yaml", 'sources:\n  - {id: a, publisher: "Pub\\x01\\x1b[2J", '
          'title: "T\\x08\\x85"}\n  - {id: b}\n')
    for source in ("a", "b"):
        write(project / "claims" / f"{source}.yaml", f"source: {source}\nclaims:\n"
              '  - ["x\\x01\\x0by\\x7f", increases_risk_of, "\\x01=1+1"]\n'
              '  - {subject: "q\\x02", predicate: causes, object: r, section: "S\\x03", '
              'anchor: "an\\x04"}\n')
    result = _run("compare", project, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    for name in ("report.md", "report.html", "statements.csv", "conflicts.csv", "gaps.csv"):
        text = (out / name).read_text(encoding="utf-8")
        assert CONTROLS.findall(text) == [], name
    assert "Pub" in (out / "report.md").read_text(encoding="utf-8")
    assert "'=1+1" in (out / "statements.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(("value", "got", "hint"), [
    ("!!set {a, b}", "a !!set value", "remove the !!set tag; write the value as text or a list"),
    ("!!binary aGVsbG8=", "a !!binary value",
     "remove the !!binary tag; write the value as text or a list"),
    ("!!omap [{a: 1}]", "a !!omap value",
     "remove the !!omap tag; write the value as text or a list"),
    ("!warfarin x", "could not determine a constructor for the tag '!warfarin'", "remove the tag"),
])
def test_only_plain_yaml_values(tmp_path: Path, value: str, got: str, hint: str) -> None:
    """!!set, !!binary and other tags are refused, not turned into Python-repr labels."""
    path = write(tmp_path / "c.yaml", CLAIM.format(
        claim=f"{{subject: {value}, predicate: causes, object: b}}"))
    _fails(_run("validate", path), f"{path}:3: expected a plain YAML value (text, a number, "
           f"true/false, a list or a mapping), got {got} (hint: {hint})")


def test_list_where_a_label_goes_is_refused(tmp_path: Path) -> None:
    """A list as a subject is a located error, not the label "['a', 'b']"."""
    path = write(tmp_path / "c.yaml", CLAIM.format(claim="[[a, b], causes, c]"))
    _fails(_run("validate", path), f"{path}:3: expected text for 'subject', got a list "
           "(hint: quote the value if it holds ',' or ': ')")


def test_synonym_shadowing_a_label_is_a_vocabulary_error(tmp_path: Path) -> None:
    """One entity's synonym equal to another's label is an error naming both."""
    vocab = write(tmp_path / "vocabulary.yaml", "entities:\n  - {label: warfarin}\n"
                  "  - {label: coumadin, synonyms: [Warfarin]}\n")
    write(tmp_path / "claims" / "a.yaml", "source: a\nclaims:\n  - [warfarin, causes, y]\n")
    _fails(_run("validate", tmp_path), f"{vocab}:3: expected each label and synonym to name one "
           "entity, got the synonym 'Warfarin' of 'coumadin', which is the label of 'warfarin' "
           "(line 2) (hint: remove the synonym, or merge the two entries into one)")


@pytest.mark.parametrize(("name", "text", "line", "got"), [
    ("empty.yaml", "source: x\nclaims: []\n", 2, "an empty 'claims:' list"),
    ("none.yaml", "source: x\nclaims:\n", 2, "an empty 'claims:' list"),
    ("header.csv", "source,subject,predicate,object\n", 1, "a header and no rows"),
])
def test_a_file_without_claims_gives_a_warning(tmp_path: Path, name: str, text: str,
                                               line: int, got: str) -> None:
    """An empty claims: list or a header-only CSV is a warning, the rest still loads."""
    path = write(tmp_path / name, text)
    other = write(tmp_path / "other.yaml", CLAIM.format(claim="[a, causes, b]"))
    result = _run("validate", path, other)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"warning: {path}:{line}: expected at least one claim, got {got} (hint: add claims, or "
        "delete the file if the source says nothing)")
    result = _run("compare", path, other, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert result.output.startswith(f"warning: {path}:{line}: expected at least one claim")


def test_a_page_figure_no_claim_file_could_hold_is_left_out(tmp_path: Path) -> None:
    """A 400-digit number on a page is no figure; the page's real figures are still compared."""
    page = write(tmp_path / "tarn.txt", "Tarn fever\n\nTarn fever is spread by midges. It affects "
                 + "9" * 400 + " people each year. About 5 out of 10 people with tarn fever die "
                 "within a year.\n")
    result = _run("compare", page, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert "mortality" in json.dumps(report)
    assert "Infinity" not in json.dumps(report) and "999999999" not in json.dumps(report)


def test_rdf_claim_source_must_be_a_plain_id(tmp_path: Path) -> None:
    """A claim in RDF derived from a source IRI whose id is no plain name is refused, located."""
    write(tmp_path / "c.yaml", CLAIM.format(claim="[a, causes, b]"))
    assert _run("build", tmp_path / "c.yaml", "--out", tmp_path / "out").exit_code == 0
    trig = (tmp_path / "out" / "claims.trig").read_text(encoding="utf-8")
    odd, n = re.subn(r"prov:wasDerivedFrom source:x\b",
                     "prov:wasDerivedFrom <https://w3id.org/claimgraph/id/source/a:b>", trig)
    assert n >= 1
    path = write(tmp_path / "odd.trig", odd)
    _fails(_run("validate", path), f"{path}: expected a source id of letters, digits, '.', '_' or "
           "'-' (starting with a letter or digit, at most 100 characters), got 'a:b' (hint: ids "
           "name claim files and graphs; use a short name such as 'nkf')")


def test_a_page_with_a_400_digit_horizon_is_read(tmp_path: Path) -> None:
    """'within 999...9 years' on one page must not stop the batch (a traceback today)."""
    from claimgraph.ingest.extract import extract_corpus

    page = write(tmp_path / "tarn.txt", "Tarn fever\n\nAbout 5 out of 10 people with tarn fever "
                 f"die within {'9' * 400} years.\n")
    claims, _, _ = extract_corpus([page], progress=False)
    assert claims.sources
