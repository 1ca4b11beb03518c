"""push, query --endpoint and compare --endpoint against a real Oxigraph server.

Each test starts its own ``oxigraph serve`` (the PyPI package ``oxigraph``,
installed by the ``test`` extra) on a free loopback port with its data under
``tmp_path``, and stops it afterwards.  Without the binary the tests fail in
CI and are skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimgraph.cli import main
from claimgraph.examples import EXAMPLE
from claimgraph.graph.endpoint import (
    PASSWORD_ENV,
    TOKEN_ENV,
    USER_ENV,
    Endpoint,
    EndpointError,
    authorization,
)

from .conftest import write

PREFIX = "https://example.org/claims/"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).is_file():
        if os.environ.get("CI"):
            pytest.fail("CI must have the oxigraph server (pip install -e '.[test]')")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on a free loopback port; its URL."""
    port = _free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    process = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(tmp_path / "store"),
         "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                log.flush()
                pytest.fail("oxigraph serve exited: "
                            + (tmp_path / "oxigraph.log").read_text(errors="replace"))
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 30 s")
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _project(folder: Path, claims: dict[str, list[str]]) -> Path:
    ids = sorted(claims)
    write(folder / "sources.yaml", "sources:\n" + "".join(
        f"  - {{id: {s}, publisher: Publisher {s.upper()}}}\n" for s in ids))
    for source in ids:
        write(folder / "claims" / f"{source}.yaml", f"source: {source}\nclaims:\n" + "".join(
            f"  - {claim}\n" for claim in claims[source]))
    return folder


GOUT = {
    "a": ["[smoking, increases_risk_of, gout]", "[gout, has_symptom, joint pain]"],
    "b": ["[smoking, increases_risk_of, gout]", "[obesity, increases_risk_of, gout]"],
}
SUPPORT = ("SELECT ?s (COUNT(DISTINCT ?g) AS ?n) "
           "WHERE { GRAPH ?g { ?s cg:increases_risk_of ?o } } GROUP BY ?s")


def cli(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run the claimgraph command in-process; stdout and stderr apart."""
    return CliRunner().invoke(main, list(args), env=env)


def _ok(result: Result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def _failed(result: Result, code: int = 1) -> str:
    """Return the error text of a command that must fail cleanly with ``code``."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return " ".join(result.output.split())


# --- round trips -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_on_the_server_prints_what_the_local_query_prints(
        server: str, tmp_path: Path, fmt: str) -> None:
    """After push, the support-count query gives the same output on the server as locally."""
    project = _project(tmp_path / "p", GOUT)
    _ok(cli("push", str(project), "--endpoint", server))
    remote = _ok(cli("query", "--endpoint", server, SUPPORT, "--format", fmt))
    local = _ok(cli("query", str(project), SUPPORT, "--format", fmt))
    assert remote == local
    if fmt == "csv":
        assert remote.splitlines() == ["s,n", "https://w3id.org/claimgraph/id/entity/obesity,1",
                                       "https://w3id.org/claimgraph/id/entity/smoking,2"]


@pytest.mark.parametrize(("sparql", "fmt"), [
    ("ASK { ?c a cg:Claim ; cg:subject entity:obesity }", "json"),
    ("CONSTRUCT { ?s cg:increases_risk_of ?o } WHERE { GRAPH graph:a "
     "{ ?s cg:increases_risk_of ?o } }", "ntriples"),
    ("SELECT ?label WHERE { GRAPH graph:meta { ?e skos:prefLabel ?label } } "
     "ORDER BY DESC(?label) LIMIT 2", "csv"),
])
def test_ask_construct_and_ordered_select_match_the_local_query(
        server: str, tmp_path: Path, sparql: str, fmt: str) -> None:
    """ASK (as SPARQL JSON), CONSTRUCT (as N-Triples) and ORDER BY come back as locally."""
    project = _project(tmp_path / "p", GOUT)
    _ok(cli("push", str(project), "--endpoint", server))
    remote = _ok(cli("query", "--endpoint", server, sparql, "--format", fmt))
    assert remote == _ok(cli("query", str(project), sparql, "--format", fmt))
    assert remote.strip()


def test_push_writes_one_graph_per_source_plus_meta_and_findings(
        server: str, tmp_path: Path) -> None:
    """push names each graph it wrote, under --graph-prefix, meta last."""
    out = _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server,
                  "--graph-prefix", PREFIX))
    graphs = [line.split()[1] for line in out.splitlines() if line.startswith("wrote")]
    assert graphs == [f"<{PREFIX}graph/a>", f"<{PREFIX}graph/b>",
                      f"<{PREFIX}graph/findings>", f"<{PREFIX}graph/meta>"]
    endpoint = Endpoint.open(server)
    assert endpoint.select_graphs(PREFIX) == tuple(g[1:-1] for g in sorted(graphs))


def _graph_triples(server: str, graph: str) -> list[str]:
    sparql = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    out = _ok(cli("query", "--endpoint", server, "--graph-prefix", PREFIX, sparql,
                  "--format", "csv"))
    return out.splitlines()[1:]


@pytest.mark.parametrize("mode", [[], ["--atomic"]], ids=["bulk", "atomic"])
def test_repushing_a_changed_source_replaces_its_graph_whole(
        server: str, tmp_path: Path, mode: list[str]) -> None:
    """A re-push leaves only the new triples of a changed source: no old ones mixed in."""
    entity = "https://w3id.org/claimgraph/id/entity/"
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server,
            "--graph-prefix", PREFIX, *mode))
    changed = {**GOUT, "a": ["[alcohol, increases_risk_of, gout]"]}
    _ok(cli("push", str(_project(tmp_path / "q", changed)), "--endpoint", server,
            "--graph-prefix", PREFIX, *mode))
    predicate = "https://w3id.org/claimgraph/vocab#increases_risk_of"
    assert _graph_triples(server, f"{PREFIX}graph/a") == [
        f"{entity.replace('w3id.org/claimgraph/id', 'example.org/claims')}alcohol,"
        f"{predicate},{entity.replace('w3id.org/claimgraph/id', 'example.org/claims')}gout"]
    claims = _ok(cli("query", "--endpoint", server, "--graph-prefix", PREFIX,
                     "SELECT (COUNT(?c) AS ?n) WHERE { GRAPH graph:meta { ?c a cg:Claim } }",
                     "--format", "csv"))
    assert claims.splitlines() == ["n", "3"]


def test_a_source_dropped_from_the_project_leaves_the_server(
        server: str, tmp_path: Path) -> None:
    """Re-pushing without a source deletes its graph and says so."""
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server,
            "--graph-prefix", PREFIX))
    out = _ok(cli("push", str(_project(tmp_path / "q", {"a": GOUT["a"]})), "--endpoint",
                  server, "--graph-prefix", PREFIX))
    assert f"removed <{PREFIX}graph/b> (not in the project any more)" in out
    assert Endpoint.open(server).select_graphs(PREFIX) == (
        f"{PREFIX}graph/a", f"{PREFIX}graph/findings", f"{PREFIX}graph/meta")


def test_projects_under_other_prefixes_are_left_alone(server: str, tmp_path: Path) -> None:
    """A push replaces only its own prefix's graphs; another project's stay."""
    other = "https://example.org/other/"
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server,
            "--graph-prefix", other))
    _ok(cli("push", str(_project(tmp_path / "q", {"a": GOUT["a"]})), "--endpoint", server,
            "--graph-prefix", PREFIX))
    assert Endpoint.open(server).select_graphs(other) == (
        f"{other}graph/a", f"{other}graph/b", f"{other}graph/findings", f"{other}graph/meta")


def test_compare_on_the_server_writes_the_report_of_a_local_compare(
        server: str, tmp_path: Path) -> None:
    """compare --endpoint gives report.json byte for byte as compare of the same project."""
    _ok(cli("push", str(EXAMPLE), "--endpoint", server))
    _ok(cli("compare", "--endpoint", server, "--out", str(tmp_path / "remote"),
            "--as-of", "2026-01-01"))
    _ok(cli("compare", str(EXAMPLE), "--out", str(tmp_path / "local"), "--as-of", "2026-01-01"))
    remote = (tmp_path / "remote" / "report.json").read_bytes()
    assert remote == (tmp_path / "local" / "report.json").read_bytes()
    # Horizons come back as pushed (P12M), though Oxigraph stores P1Y.
    assert b'"horizon": "P12M"' in remote


def test_compare_on_the_server_equals_compare_of_the_pushed_rdf(
        server: str, tmp_path: Path) -> None:
    """Every output of compare --endpoint equals compare of the claims.trig of that project."""
    _ok(cli("compare", str(EXAMPLE), "--out", str(tmp_path / "first"), "--as-of", "2026-01-01",
            "--outputs", "trig"))
    _ok(cli("push", str(tmp_path / "first" / "claims.trig"), "--endpoint", server,
            "--graph-prefix", PREFIX))
    outputs = "report-json,report-md,graphml,nquads"
    _ok(cli("compare", "--endpoint", server, "--graph-prefix", PREFIX, "--out",
            str(tmp_path / "remote"), "--as-of", "2026-01-01", "--outputs", outputs))
    _ok(cli("compare", str(tmp_path / "first" / "claims.trig"), "--base", PREFIX, "--out",
            str(tmp_path / "local"), "--as-of", "2026-01-01", "--outputs", outputs))
    remote = sorted(p.name for p in (tmp_path / "remote").iterdir())
    assert remote == ["claims.nq", "graph.graphml", "report.json", "report.md"]
    for name in remote:
        assert (tmp_path / "remote" / name).read_bytes() == \
            (tmp_path / "local" / name).read_bytes(), name


# --- credentials -----------------------------------------------------------------


def test_a_token_in_the_environment_becomes_a_bearer_header() -> None:
    """CLAIMGRAPH_ENDPOINT_TOKEN gives 'Bearer TOKEN', ahead of a user and password."""
    env = {TOKEN_ENV: "s3cret", USER_ENV: "ann", PASSWORD_ENV: "pw"}
    assert authorization("http://h:1", env) == "Bearer s3cret"


def test_user_and_password_in_the_environment_become_basic_auth() -> None:
    """A user and password give HTTP Basic credentials, netrc unread."""
    env = {USER_ENV: "ann", PASSWORD_ENV: "pä ss", "NETRC": "/nonexistent"}
    assert authorization("http://h:1", env) == "Basic YW5uOnDDpCBzcw=="


def test_a_user_without_a_password_is_refused() -> None:
    """Half a pair of credentials is an error that names the missing variable."""
    with pytest.raises(EndpointError, match=f"got no {PASSWORD_ENV}"):
        authorization("http://h:1", {USER_ENV: "ann"})


def test_netrc_gives_the_credentials_of_the_endpoint_host(tmp_path: Path) -> None:
    """Without environment credentials, the netrc entry for the URL's host is used."""
    netrc = write(tmp_path / "netrc", "machine other.example login x password y\n"
                                      "machine db.example login ann password pw\n")
    netrc.chmod(0o600)
    env = {"NETRC": str(netrc)}
    assert authorization("https://db.example:8443/sparql", env) == "Basic YW5uOnB3"
    assert authorization("https://elsewhere.example", env) is None


def test_a_broken_netrc_is_a_located_error(tmp_path: Path) -> None:
    """A netrc that does not parse is reported with its file and line."""
    netrc = write(tmp_path / "netrc", "machine db.example login ann password pw\nmacdefx\n")
    netrc.chmod(0o600)
    # The line is where Python's netrc parser stopped reading: past the bad token.
    with pytest.raises(EndpointError, match=rf"{netrc}:\d+: expected a netrc entry, got bad "
                                            r"follower token 'macdefx'"):
        authorization("https://db.example", {"NETRC": str(netrc)})


def test_push_with_credentials_in_the_environment_reaches_the_server(
        server: str, tmp_path: Path) -> None:
    """Credentials from the environment go with the requests (Oxigraph ignores them)."""
    env = {TOKEN_ENV: "s3cret"}
    assert Endpoint.open(server, environ=env).auth == "Bearer s3cret"
    out = _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server, env=env))
    assert "graph/meta" in out


@pytest.mark.parametrize("option", ["--user", "--password", "--token"])
def test_credentials_are_no_command_line_option(option: str) -> None:
    """No command takes credentials as an option, where the process list would show them."""
    for command in ("push", "query", "compare"):
        result = cli(command, option, "x", "--endpoint", "http://127.0.0.1:1", "p")
        assert result.exit_code == 2
        assert f"No such option '{option}'" in result.output


def test_credentials_in_the_url_are_refused_without_echoing_them() -> None:
    """A user and password inside --endpoint are refused, and the password is not printed."""
    text = _failed(cli("query", "--endpoint", "http://ann:s3cret@127.0.0.1:1", "ASK {}"))
    assert "expected a URL without a user name or password" in text
    assert "s3cret" not in text and f"hint: put credentials in {TOKEN_ENV}" in text


# --- errors ----------------------------------------------------------------------


def _refused_port() -> int:
    return _free_port()  # closed again at once: nothing listens there


def test_a_refused_connection_is_one_line_with_a_hint(tmp_path: Path) -> None:
    """push, query and compare on a port where nothing listens exit 1 with the URL tried."""
    url = f"http://127.0.0.1:{_refused_port()}"
    project = str(_project(tmp_path / "p", GOUT))
    for args in (["push", project], ["query", "ASK {}"], ["compare", "--out",
                                                           str(tmp_path / "o")]):
        text = _failed(cli(*args, "--endpoint", url))
        assert f"{url}/" in text, args
        assert "expected a SPARQL server, got connection refused" in text, args
        assert "hint: is the server running?" in text
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("url", "got"), [
    ("ftp://127.0.0.1/", "expected an http(s) URL with a host, got 'ftp://127.0.0.1/'"),
    ("http:///query", "expected an http(s) URL with a host"),
    ("http://127.0.0.1:99999", "expected an http(s) URL, got 'http://127.0.0.1:99999'"),
    ("http://127.0.0.1:7878/?x=1", "expected a URL without '?' or '#' parts"),
])
def test_a_bad_endpoint_url_is_refused_before_any_request(url: str, got: str) -> None:
    """A URL that is no http(s) server address exits 1 naming --endpoint."""
    text = _failed(cli("query", "--endpoint", url, "ASK {}"))
    assert f"error: --endpoint: {got}" in text


def test_an_unknown_host_is_one_line() -> None:
    """A host name that does not resolve is said as such."""
    text = _failed(cli("query", "--endpoint", "http://no-such-host.invalid", "ASK {}"))
    assert "expected a SPARQL server, got an unknown host" in text


def test_a_server_that_does_not_answer_times_out(tmp_path: Path) -> None:
    """A server that accepts but never answers fails after --timeout, with the hint to raise it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        started = time.monotonic()
        text = _failed(cli("query", "--endpoint", url, "--timeout", "0.5", "ASK {}"))
        assert time.monotonic() - started < 10
    assert f"POST {url}/query: expected an answer within 0.5 s, got none" in text
    assert "raise --timeout" in text


def test_a_server_error_is_shown_with_its_status_and_message(server: str, tmp_path: Path) -> None:
    """The server's own complaint reaches the user, with the HTTP status."""
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server))
    # --allow-service skips our own parse, so the server parses the broken query.
    text = _failed(cli("query", "--endpoint", server, "--allow-service", "SELECT ?s WHERE {"))
    assert f"POST {server}/query: expected success, got HTTP 400 Bad Request: error at" in text
    assert "hint: the server could not run the request; check the query" in text


def test_the_wrong_server_layout_is_a_404_that_names_the_setting(server: str) -> None:
    """Paths of another kind of server give the server's 404 and the hint to check --server."""
    text = _failed(cli("query", "--endpoint", server, "--server", "graphdb", "ASK {}"))
    assert f"POST {server}: expected success, got HTTP 404 Not Found" in text
    assert "check --endpoint and --server" in text


def test_a_broken_query_is_refused_before_it_is_sent(server: str, tmp_path: Path) -> None:
    """Without --allow-service, the query is parsed here and refused as locally."""
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server))
    text = _failed(cli("query", "--endpoint", server,
                       "SELECT ?s WHERE { SERVICE <http://x.example/> { ?s ?p ?o } }"))
    assert "got SERVICE <http://x.example/>" in text and "--allow-service" in text


def test_query_without_pushed_graphs_says_to_push_first(server: str) -> None:
    """No graphs under the prefix: exit 1 with the push command as the hint."""
    text = _failed(cli("query", "--endpoint", server, "ASK {}"))
    assert (f"{server}/query: expected the graphs of a pushed project under "
            f"<https://w3id.org/claimgraph/id/graph/>, got none") in text
    assert "hint: run 'claimgraph push PROJECT --endpoint URL' first" in text


def test_compare_without_pushed_claims_lists_the_graphs_there(
        server: str, tmp_path: Path) -> None:
    """compare --endpoint with the wrong prefix says what is on the server; nothing is written."""
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server,
            "--graph-prefix", PREFIX))
    text = _failed(cli("compare", "--endpoint", server, "--out", str(tmp_path / "o")))
    assert "expected the graph <https://w3id.org/claimgraph/id/graph/meta>" in text
    assert f"got no such graph (hint: push the project first, or give its --graph-prefix; " \
           f"graphs there: <{PREFIX}graph/a>" in text
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["compare", "p", "--endpoint", "http://127.0.0.1:1", "--out", "o"],
     "error: compare: expected PATHS or --endpoint, got both"),
    (["compare", "--out", "o"], "error: compare: expected projects, claim files or documents, "
                                "got none"),
    (["query", "p", "ASK {}", "--endpoint", "http://127.0.0.1:1"],
     "error: query: expected SPARQL with --endpoint, got 2 argument(s)"),
    (["query", "ASK {}"], "error: query: expected PROJECT SPARQL, got 1 argument(s)"),
    (["push", "p", "--endpoint", "http://127.0.0.1:1", "--graph-prefix", "claims"],
     "error: --graph-prefix: expected an absolute IRI ending in / or #, got 'claims'"),
])
def test_misused_arguments_are_one_line(args: list[str], message: str) -> None:
    """Wrong combinations of PATHS, PROJECT and --endpoint exit 1 with what was expected."""
    assert message in _failed(cli(*args))


def test_push_needs_an_endpoint(tmp_path: Path) -> None:
    """push without --endpoint is a usage error (exit 2)."""
    result = cli("push", str(_project(tmp_path / "p", GOUT)))
    assert result.exit_code == 2 and "Missing option '--endpoint'" in result.output


def test_reading_back_a_graph_that_is_not_ours_is_refused(server: str) -> None:
    """A meta graph without claimgraph's layout is refused as RDF that claimgraph did not write."""
    endpoint = Endpoint.open(server)
    endpoint.put_graph(f"{PREFIX}graph/meta", b"<http://x/s> <http://x/p> <http://x/o> .\n")
    text = _failed(cli("compare", "--endpoint", server, "--graph-prefix", PREFIX, "--out", "o"))
    assert f"{server}/store?graph=" in text and "cg:ClaimSet" in text


def test_results_json_is_the_servers_standard_json(server: str, tmp_path: Path) -> None:
    """--format json prints SPARQL 1.1 JSON results with typed values."""
    _ok(cli("push", str(_project(tmp_path / "p", GOUT)), "--endpoint", server))
    data = json.loads(_ok(cli("query", "--endpoint", server, SUPPORT, "--format", "json")))
    assert data["head"] == {"vars": ["s", "n"]}
    assert data["results"]["bindings"][1] == {
        "s": {"type": "uri", "value": "https://w3id.org/claimgraph/id/entity/smoking"},
        "n": {"type": "literal", "value": "2",
              "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}
