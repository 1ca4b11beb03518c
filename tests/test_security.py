"""Hostile input (issue 12): no write outside --out, no network, no formulas, no terminal tricks.

Each test drives the command line as a user would and asserts the exit
status and the exact message, sqlite-utils style.  Nothing here opens a
network connection: IRIs point at files under tmp_path or at 127.0.0.1:9,
and the point of every test is that they are refused before anyone tries.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimgraph.cli import main
from claimgraph.exports.report_csv import FORMULA_STARTS, cell, formula_safe
from claimgraph.graph.errors import InputFileError, UnsafePathError
from claimgraph.graph.model import Claim, ClaimSet, Evidence, Source
from claimgraph.graph.store import ClaimGraph
from claimgraph.ingest.review import write_candidates
from claimgraph.terminal import clean

from .conftest import write
from .ingest_pages import GOUT_TXT

ID_EXPECTED = ("expected a source id of letters, digits, '.', '_' or '-' (starting with a letter "
               "or digit, at most 100 characters)")
ID_HINT = "(hint: ids name claim files and graphs; use a short name such as 'nkf')"


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _project(root: Path, publisher: str = "Alpha") -> Path:
    write(root / "sources.yaml",
          f"sources:\n  - {{id: a, publisher: {json.dumps(publisher)}}}\n  - {{id: b}}\n")
    for source in ("a", "b"):
        write(root / "claims" / f"{source}.yaml",
              f"source: {source}\nclaims:\n  - [smoking, increases_risk_of, gout]\n")
    return root


# --- 1. extract never writes outside --out -------------------------------------------


@pytest.mark.parametrize("bad_id", ["../../escaped/config", "{tmp}/absolute", "a/b", ".hidden",
                                    "-dash", "x" * 101, "new\nline"])
def test_extract_refuses_unsafe_source_ids(tmp_path: Path, bad_id: str) -> None:
    """A manifest id that is not a plain name stops extract, located; nothing is written."""
    bad_id = bad_id.replace("{tmp}", str(tmp_path))  # absolute, yet under tmp_path if it leaks
    page = write(tmp_path / "in" / "gout.txt", GOUT_TXT)
    manifest = write(tmp_path / "in" / "s.yaml",
                     f"sources:\n  - {{id: {json.dumps(bad_id)}, file: gout.txt}}\n")
    before = _files(tmp_path)
    result = _run("extract", page, "--sources", manifest, "--out", tmp_path / "w" / "x" / "out")
    assert result.exit_code == 1
    assert result.output == (f"{manifest}:2: {ID_EXPECTED}, got {bad_id!r} {ID_HINT}\n"
                             "error: 1 problem(s) in the input; nothing was written\n"
                             "hint: fix the lines above and run again\n")
    assert _files(tmp_path) == before


def test_claim_file_source_id_is_checked_too(tmp_path: Path) -> None:
    """`source: ../x` in a claim file (no manifest) is refused where it is written."""
    path = write(tmp_path / "c.yaml", "source: ../x\nclaims:\n  - [a, causes, b]\n")
    result = _run("validate", path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}:1: {ID_EXPECTED}, got '../x' {ID_HINT}"


def test_write_candidates_refuses_ids_that_leave_the_folder(tmp_path: Path) -> None:
    """The writer itself refuses a source id that would leave the folder, before any write."""
    claimset = ClaimSet(sources=(Source("ok"), Source("../../x/config")), claims=(
        Claim("a", "causes", "b", evidence=Evidence("ok")),))
    with pytest.raises(UnsafePathError, match=r"^source '\.\./\.\./x/config': expected a source "
                                              r"id of letters"):
        write_candidates(claimset, tmp_path / "p" / "out")
    assert _files(tmp_path) == {}


def test_write_candidates_refuses_a_linked_claims_folder(tmp_path: Path) -> None:
    """A claims/ folder linked elsewhere is not written through: paths are proven inside --out."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "claims").symlink_to(tmp_path / "elsewhere")
    claimset = ClaimSet(sources=(Source("ok"),), claims=(
        Claim("a", "causes", "b", evidence=Evidence("ok")),))
    with pytest.raises(UnsafePathError) as err:
        write_candidates(claimset, tmp_path / "out")
    assert str(err.value) == (
        f"{tmp_path}/out/claims/ok.yaml: expected a path inside {tmp_path}/out, got one that "
        "resolves outside it (hint: source ids name files; use letters, digits, '.', '_' and "
        "'-', and do not link folders inside the output elsewhere)")
    assert list((tmp_path / "elsewhere").iterdir()) == []


# --- 2. query reads the project's graphs and nothing else ----------------------------

OPEN_HINT = ("(hint: queries read only the project's graphs; pass --allow-service "
             "(allow_service=True in Python) to let this one reach other endpoints and files)")
UPDATE = ("error: SPARQL: expected a query (SELECT, ASK, CONSTRUCT or DESCRIBE), got an update "
          "(hint: queries only read; change the claim files to change the data)\n")
BACKENDS = ["rdflib", "oxigraph"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?x } } }",
    "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
    "SELECT * { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }",
    "PREFIX ex: <http://127.0.0.1:9/>\nASK { SERVICE ex:sparql { ?s ?p ?o } }",
])
def test_query_refuses_service(tmp_path: Path, backend: str, sparql: str) -> None:
    """SERVICE anywhere in a query is refused on both backends, before any request."""
    result = _run("query", _project(tmp_path), sparql, "--backend", backend)
    assert result.exit_code == 1
    assert result.output == ("error: SPARQL: expected a query over the project's own graphs, "
                             f"got SERVICE <http://127.0.0.1:9/sparql> {OPEN_HINT}\n")


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("keyword", ["FROM", "FROM NAMED"])
def test_query_refuses_from_outside_the_project(tmp_path: Path, backend: str,
                                                keyword: str) -> None:
    """FROM/FROM NAMED with a file IRI is refused, naming the graphs that may be used."""
    data = write(tmp_path / "data.ttl", "<urn:x:secret> <urn:x:is> <urn:x:read> .\n")
    sparql = f"SELECT * {keyword} <{data.as_uri()}> WHERE {{ ?s ?p ?o }}"
    result = _run("query", _project(tmp_path / "p"), sparql, "--backend", backend)
    assert result.exit_code == 1
    graphs = ", ".join(f"<https://w3id.org/claimgraph/id/graph/{g}>" for g in ("a", "b", "meta"))
    assert result.output == (
        f"error: SPARQL: expected FROM and FROM NAMED to name the project's graphs ({graphs}), "
        f"got {keyword} <{data.as_uri()}> {OPEN_HINT}\n")


@pytest.mark.parametrize("backend", BACKENDS)
def test_query_may_name_the_projects_own_graphs(tmp_path: Path, backend: str) -> None:
    """FROM a graph of the project, and SERVICE in comments and strings, run as before."""
    sparql = ("SELECT ?o FROM <https://w3id.org/claimgraph/id/graph/a> WHERE "
              "{ ?s cg:increases_risk_of ?o FILTER(?o != 'SERVICE <http://127.0.0.1:9/>') } "
              "# SERVICE <http://127.0.0.1:9/sparql> { }")
    result = _run("query", _project(tmp_path), sparql, "--backend", backend, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output == "o\nhttps://w3id.org/claimgraph/id/entity/gout\n"


def test_allow_service_is_the_only_way_out(tmp_path: Path) -> None:
    """With --allow-service rdflib reads a FROM file (a local one here); without it, no."""
    data = write(tmp_path / "data.ttl", "<urn:x:secret> <urn:x:is> <urn:x:read> .\n")
    sparql = f"SELECT ?s FROM <{data.as_uri()}> WHERE {{ ?s <urn:x:is> ?o }}"
    project = _project(tmp_path / "p")
    assert _run("query", project, sparql).exit_code == 1
    result = _run("query", project, sparql, "--allow-service", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output == "s\nurn:x:secret\n"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "DELETE WHERE { ?s ?p ?o }", "LOAD <http://127.0.0.1:9/x>",
                                    "CLEAR ALL", "DROP GRAPH graph:a"])
def test_query_refuses_updates(tmp_path: Path, backend: str, update: str) -> None:
    """An update is refused as such on both backends, even with --allow-service."""
    project = _project(tmp_path)
    for extra in ((), ("--allow-service",)):
        result = _run("query", project, update, "--backend", backend, *extra)
        assert result.exit_code == 1
        if not extra:
            assert result.output == UPDATE
        else:  # the backend's own parser refuses it
            assert result.output.startswith(f"error: SPARQL ({backend}): expected a valid SPARQL")


# --- 3. a JSON-LD claim file never fetches a context ---------------------------------

def _jsonld(tmp_path: Path) -> dict[str, object]:
    claims = ClaimSet(sources=(Source("a"),), claims=(
        Claim("smoking", "increases_risk_of", "gout", evidence=Evidence("a")),))
    return json.loads(ClaimGraph.from_claimset(claims).serialize("jsonld"))


@pytest.mark.parametrize("where", ["top", "list", "node", "scoped", "import"])
def test_jsonld_remote_context_is_refused(tmp_path: Path, where: str) -> None:
    """A context by IRI (anywhere, in any form) or an @import is refused with its line."""
    doc = _jsonld(tmp_path)
    inline = doc["@context"]
    # A context rdflib could really load: before the fix it read this file.
    remote = write(tmp_path / "ctx.jsonld", json.dumps({"@context": inline})).as_uri()
    node = doc["@graph"][0]  # type: ignore[index]
    got = f"a remote context {remote!r}"
    if where == "top":
        doc["@context"] = remote
    elif where == "list":
        doc["@context"] = [inline, [remote]]
    elif where == "node":
        node["@context"] = remote
    elif where == "scoped":
        doc["@context"] = {**inline, "x": {"@id": "urn:x", "@context": remote}}  # type: ignore[dict-item]
    else:
        doc["@context"] = {"@import": remote, **inline}  # type: ignore[dict-item]
        got = f"an @import of {remote!r}"
    text = json.dumps(doc, indent=1)
    path = write(tmp_path / "claims.jsonld", text)
    # The error names the line where the object holding the reference opens.
    if where == "node":
        opening = text.rindex("{", 0, text.index(json.dumps(node["@id"])))
    elif where == "scoped":
        opening = text.index('"x": {')
    elif where == "import":
        opening = text.index('"@context": {')
    else:
        opening = 0
    line = text.count("\n", 0, opening) + 1
    result = _run("validate", path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path}:{line}: expected an inline @context (a mapping), got {got} (hint: claimgraph "
        "never fetches JSON-LD contexts; put the context's mapping inline (as claims.jsonld "
        "written by claimgraph does))")


def test_jsonld_with_inline_context_still_reads(tmp_path: Path) -> None:
    """The JSON-LD claimgraph writes (inline context) loads as before."""
    path = write(tmp_path / "claims.jsonld", json.dumps(_jsonld(tmp_path)))
    result = _run("validate", path)
    assert result.exit_code == 0, result.output
    assert result.output == "ok: 1 claims from 1 sources, 0 entities (0 new)\n"


def test_jsonld_api_refuses_remote_context_before_parsing() -> None:
    """ClaimGraph.from_rdf raises a located InputFileError, never a fetch."""
    with pytest.raises(InputFileError, match=r"^x\.jsonld:1: expected an inline @context"):
        ClaimGraph.from_rdf('{"@graph": [],\n "@context": "http://127.0.0.1:9/c"}', "jsonld",
                            where="x.jsonld")


# --- 4. no cell of any CSV can start a formula ------------------------------------------

# OWASP's CSV-injection examples, one per trigger character, and the bypass from issue 12.
OWASP = ["=1+1", "=HYPERLINK(\"http://127.0.0.1:9/\",\"x\")", "+1+1", "-1+1", "@SUM(1+1)",
         "\t=1+1", "\r=1+1", "-2+3+cmd|' /C calc'!A0", "=cmd|' /C calc'!A0", "-x", "+x", "@x"]


@pytest.mark.parametrize("text", OWASP)
def test_every_owasp_formula_start_is_guarded(text: str) -> None:
    """Text starting with = + - @ tab or CR gets a leading apostrophe, also inside lists."""
    assert text.startswith(FORMULA_STARTS)
    assert cell(text) == formula_safe(text) == "'" + text
    assert cell([text, text]) == f"'{text};'{text}"


@pytest.mark.parametrize(("value", "expected"), [
    (-0.5, "-0.5"), (-3, "-3"), ("-0.5", "-0.5"), ("-1e-05", "-1e-05"), ("-.5", "-.5"),
    ("-5%", "'-5%"), ("+5", "'+5"), ("a-b", "a-b"), ("", "")])
def test_plain_negative_numbers_stay_numbers(value: object, expected: str) -> None:
    """A cell that is only a number (negative included) is left alone; anything more is guarded."""
    assert cell(value) == expected


def test_report_csvs_guard_hostile_labels(tmp_path: Path) -> None:
    """compare's three CSVs hold no cell that a spreadsheet would run, whatever the labels say."""
    project = tmp_path / "p"
    write(project / "sources.yaml", "sources:\n  - {id: a}\n  - {id: b}\n")
    rows = "".join(f"  - [{json.dumps(t)}, increases_risk_of, {json.dumps(t + ' risk')}]\n"
                   for t in OWASP)
    for source in ("a", "b"):
        write(project / "claims" / f"{source}.yaml", f"source: {source}\nclaims:\n{rows}")
    result = _run("compare", project, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    cells = [c for name in ("statements", "conflicts", "gaps")
             for row in csv.reader(io.StringIO((tmp_path / "out" / f"{name}.csv")
                                               .read_text(encoding="utf-8")))
             for c in row]
    bad = [c for c in cells if c.startswith(FORMULA_STARTS) and c != formula_safe(c)]
    assert bad == []
    assert "'-2+3+cmd|' /C calc'!A0" in cells


def test_query_csv_is_guarded(tmp_path: Path) -> None:
    """`query --format csv` guards cells the same way."""
    project = tmp_path / "p"
    write(project / "claims" / "a.yaml", "source: a\nclaims:\n  - ['-2+3+cmd', causes, gout]\n")
    sparql = "SELECT ?l WHERE { ?e skos:prefLabel ?l FILTER(?l != 'gout') }"
    result = _run("query", project, sparql, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output == "l\n'-2+3+cmd\n"


# --- 5. text from the input reaches the terminal as text ------------------------------

HOSTILE = "[blink]B[/]\x1b]8;;http://127.0.0.1:9/\x1b\\L\x1b]8;;\x1b\\\x1b[2J\x9b2J:100:"


def test_untrusted_text_prints_literally(tmp_path: Path) -> None:
    """A publisher's markup, emoji codes and escape sequences print as plain text."""
    result = _run("compare", _project(tmp_path / "p", publisher=HOSTILE), "--out", tmp_path / "o")
    assert result.exit_code == 0, result.output
    assert "│ [blink]B[/]L:100: │" in result.output
    assert not any(ch in result.output for ch in "\x1b\x9b\x07💯")


def test_located_problems_print_without_emoji(tmp_path: Path) -> None:
    """`l100.yaml:100:` prints as such, not as `l100.yaml💯`."""
    lines = "source: a\nclaims:\n" + "  # padding\n" * 97 + "  - [a, incrases_risk_of, b]\n"
    path = write(tmp_path / "l100.yaml", lines)
    result = _run("validate", path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path}:100: expected a known predicate, got 'incrases_risk_of' "
        "(hint: did you mean 'increases_risk_of'?)")


def test_error_messages_are_cleaned(tmp_path: Path) -> None:
    """An error naming a hostile path prints without markup or escape sequences."""
    result = _run("validate", tmp_path / "[red]x\x1b[31m:100:.yaml")
    assert result.exit_code == 1
    assert f"{tmp_path}/[red]x:100:.yaml: expected an existing file" in result.output
    assert "\x1b" not in result.output


def test_query_table_and_json_are_cleaned(tmp_path: Path) -> None:
    """Labels with escapes come out of `query` as plain text (table) or \\u escapes (JSON)."""
    project = tmp_path / "p"
    write(project / "claims" / "a.yaml",
          'source: a\nclaims:\n  - ["x\\e[2Jy\\x9b", causes, "[blink]z[/]"]\n')
    sparql = "SELECT ?l WHERE { ?e skos:prefLabel ?l } ORDER BY ?l"
    table = _run("query", project, sparql)
    assert table.exit_code == 0, table.output
    assert "│ [blink]z[/] │\n│ xy          │" in table.output
    assert "\x1b" not in table.output and "\x9b" not in table.output
    as_json = _run("query", project, sparql, "--format", "json")
    assert json.loads(as_json.output)["results"]["bindings"] == [
        {"l": {"type": "literal", "value": "[blink]z[/]"}},
        {"l": {"type": "literal", "value": "x\x1b[2Jy\x9b"}}]
    assert "\x1b" not in as_json.output and "\x9b" not in as_json.output


def test_clean_strips_every_control_but_tab_and_newline() -> None:
    """C0, DEL, C1 and bidi overrides go; tab, newline and other text stay."""
    controls = "".join(chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)])
    assert clean(controls + "a\u202eb") == "\t\nab"


# --- 6. links in claims/ that leave the project are not followed ---------------------

def test_linked_claim_file_outside_the_project_is_refused(tmp_path: Path) -> None:
    """A claims/ link to a file outside the project is refused, and its content never shown."""
    secret = write(tmp_path / "secret.txt", "TOP SECRET line one\n")
    project = _project(tmp_path / "p")
    (project / "claims" / "x.csv").symlink_to(secret)
    (project / "claims" / "inside.yaml").symlink_to(project / "claims" / "a.yaml")
    result = _run("validate", project)
    assert result.exit_code == 1
    assert result.output == (
        f"{project}/claims/x.csv: expected a file inside the project folder, got a link to a "
        "file outside it (not read) (hint: copy the file into the project instead of linking "
        "to it)\nerror: 1 problem(s) found\nhint: fix the lines above\n")
    assert "SECRET" not in result.output


def test_linked_manifest_outside_the_project_is_refused(tmp_path: Path) -> None:
    """sources.yaml linked from outside the project is refused the same way."""
    secret = write(tmp_path / "secret.yaml", "TOP SECRET: yes\n")
    project = _project(tmp_path / "p")
    (project / "sources.yaml").unlink()
    (project / "sources.yaml").symlink_to(secret)
    result = _run("compare", project, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{project}/sources.yaml: expected a file inside the project folder, got a link to a "
        "file outside it (not read) (hint: copy the file into the project instead of linking "
        "to it)")
    assert "SECRET" not in result.output
    assert not (tmp_path / "out").exists()


# --- 7. nothing to compare: exit 1, the old report stays ------------------------------

NOTHING_HINT = "hint: the lines above say what is wrong with each input\n"


@pytest.mark.parametrize("command", ["compare", "build"])
def test_unreadable_documents_leave_the_old_report(tmp_path: Path, command: str) -> None:
    """When every document is unreadable, exit 1 with one line and keep --out as it was."""
    out = tmp_path / "out"
    assert _run("compare", _project(tmp_path / "p"), "--out", out).exit_code == 0
    before = _files(out)
    empty = write(tmp_path / "empty.txt", "")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = _run(command, empty, binary, "--out", out)
    assert result.exit_code == 1
    assert result.output.endswith(
        "error: no source could be read, so there is nothing to compare; nothing was "
        f"written\n{NOTHING_HINT}")
    assert _files(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted(before)


def test_sources_without_any_claim_write_nothing(tmp_path: Path) -> None:
    """Sources whose every claim was rejected leave nothing to compare: exit 1, no output."""
    project = tmp_path / "p"
    write(project / "sources.yaml", "sources:\n  - {id: a}\n  - {id: b}\n")
    for source in ("a", "b"):
        write(project / "claims" / f"{source}.yaml", f"source: {source}\nclaims:\n"
              "  - {subject: a, predicate: causes, object: b, status: rejected}\n")
    result = _run("compare", project, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output == ("error: none of the 2 source(s) gave a claim, so there is nothing "
                             f"to compare; nothing was written\n{NOTHING_HINT}")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("link", ["vocabulary.yaml", "claims"])
def test_linked_vocabulary_or_claims_folder_outside_the_project_is_refused(
        tmp_path: Path, link: str) -> None:
    """A vocabulary.yaml, or the whole claims/ folder, linked from outside is refused too."""
    outside = tmp_path / "outside"
    write(outside / "vocabulary.yaml", "# TOP SECRET\nentities: []\n")
    write(outside / "a.yaml", "source: a\nclaims:\n  - [smoking, increases_risk_of, gout]\n")
    project = _project(tmp_path / "p")
    target = project / link
    if link == "claims":
        for path in target.iterdir():
            path.unlink()
        target.rmdir()
        target.symlink_to(outside)
        where = project / "claims" / "a.yaml"
    else:
        target.symlink_to(outside / "vocabulary.yaml")
        where = target
    result = _run("validate", project)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{where}: expected a file inside the project folder, got a link to a file outside "
        "it (not read) (hint: copy the file into the project instead of linking to it)")
    assert "SECRET" not in result.output
