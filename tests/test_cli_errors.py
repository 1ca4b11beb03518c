"""CLI error paths that had no test of their exit code and exact message (issue 12).

sqlite-utils style: each runs the command as a user would and asserts the exit
status, the whole output and that nothing was written.  The other paths are
in test_security.py, test_hostile_input.py, test_cli_options.py,
test_sparql_results.py and test_endpoint.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimgraph.cli import main
from claimgraph.examples import EXAMPLE

from .conftest import write


def _run(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def _no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)


@pytest.mark.parametrize("date", ["2026-13-45", "next week", "2026/01/01"])
def test_as_of_that_is_not_a_date(tmp_path: Path, date: str) -> None:
    """--as-of must be YYYY-MM-DD: exit 1, one line naming what came, nothing written."""
    result = _run("compare", EXAMPLE, "--out", tmp_path / "out", "--as-of", date)
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.output == f"error: --as-of: expected a date YYYY-MM-DD, got {date!r}\n"
    assert not (tmp_path / "out").exists()


def test_compare_without_paths_or_endpoint(tmp_path: Path) -> None:
    """compare needs PATHS or --endpoint: exit 1 with the hint naming both."""
    result = _run("compare", "--out", tmp_path / "out")
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.output == (
        "error: compare: expected projects, claim files or documents, got none\n"
        "hint: give PATHS, or --endpoint URL to compare the claims pushed there\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["build", "validate", "extract"])
def test_missing_paths_is_a_usage_error(tmp_path: Path, command: str) -> None:
    """build, validate and extract without a path: click's usage error, exit 2."""
    extra = [] if command == "validate" else ["--out", tmp_path / "out"]
    result = _run(command, *extra)
    assert result.exit_code == 2
    name = "DOCS" if command == "extract" else "PATHS"
    assert result.output.splitlines()[-1] == f"Error: Missing argument '{name}...'."
    assert not (tmp_path / "out").exists()


def test_extract_with_no_readable_document_writes_nothing(tmp_path: Path) -> None:
    """Every document unreadable: exit 1 and no project folder (it used to exit 0 and write
    a lone vocabulary.yaml, as if the pages had simply held no claim)."""
    empty = write(tmp_path / "empty.txt", "")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "project"
    result = _run("extract", empty, missing, "--out", out)
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.output == (
        f"{empty}: expected a document with text, got an empty file (hint: check the export)\n"
        f"{missing}: expected a readable file, got No such file or directory\n"
        "error: no document could be read, so there is nothing to extract; nothing was "
        "written\nhint: the lines above say what is wrong with each document\n")
    assert not out.exists()


def test_extract_with_no_readable_document_leaves_a_project_alone(tmp_path: Path) -> None:
    """The same run over a reviewed project changes none of its files."""
    out = tmp_path / "project"
    write(out / "claims" / "a.yaml", "# reviewed\nsource: a\nclaims:\n  - [a, causes, b]\n")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    result = _run("extract", write(tmp_path / "empty.txt", ""), "--out", out)
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_malformed_sparql_is_one_line_with_one_hint(tmp_path: Path) -> None:
    """A parser error is one line carrying its hint (the predeclared prefixes), exit 1; no
    second, shorter prefix list under it."""
    result = _run("query", EXAMPLE, "SELECT ?s WHERE {")
    _no_traceback(result)
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.startswith("error: SPARQL (rdflib): expected a valid SPARQL 1.1 query, got an "
                           "error: ")
    assert line.endswith("(hint: prefixes cg:, skos:, prov:, dcterms:, schema:, rdfs:, rdf:, "
                         "xsd:, owl: and the id prefixes (claim:, entity:, source:, graph:) "
                         "are declared for you; check braces, dots and variable names)")


def test_empty_outputs_list_names_the_outputs(tmp_path: Path) -> None:
    """--outputs ',' is a usage error that lists every output name."""
    result = _run("compare", EXAMPLE, "--out", tmp_path / "out", "--outputs", ",")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Error: Invalid value for '--outputs': expected a comma list of outputs from: gexf, "
        "graphml, html, jsonld, nquads, report-csv, report-html, report-json, report-md, trig, "
        "turtle; got nothing")
    assert not (tmp_path / "out").exists()
