"""The SPARQL side of the CLI: server options, a query on a server, printing results.

``claimgraph query`` prints local and server results through one
:func:`print_results`, so both look the same; the endpoint options are
shared by ``push``, ``query`` and ``compare``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import click
from rich.table import Table

from claimgraph.cli_support import console, fail, stage
from claimgraph.graph.errors import ClaimGraphError
from claimgraph.terminal import clean, escape_json

if TYPE_CHECKING:
    from rdflib import URIRef

    from claimgraph.graph.endpoint import Endpoint
    from claimgraph.graph.sparql import Results
    from claimgraph.graph.store import ClaimGraph

# --format for query: the RDF format CONSTRUCT and DESCRIBE results are written in.
QUERY_FORMATS = {"table": "turtle", "csv": "nquads", "json": "jsonld", "turtle": "turtle",
                  "ntriples": "nquads", "jsonld": "jsonld"}


DEFAULT_PREFIX = "https://w3id.org/claimgraph/id/"


def endpoint_options(*, required: bool) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Add --endpoint, --server, --graph-prefix and --timeout to a command."""
    from claimgraph.graph.endpoint_layouts import DEFAULT_TIMEOUT, LAYOUTS

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        for option in reversed((
            # No default at all when required: click 8.2+ takes default=None as given.
            click.option("--endpoint", required=required, metavar="URL",
                         help="Base URL of a SPARQL 1.1 server (e.g. http://127.0.0.1:7878). "
                              "Credentials come only from CLAIMGRAPH_ENDPOINT_TOKEN, "
                              "CLAIMGRAPH_ENDPOINT_USER/_PASSWORD or netrc."),
            click.option("--server", type=click.Choice(LAYOUTS.names()), default="oxigraph",
                         show_default=True,
                         help="Which server it is: where its query and graph store "
                              "services sit under --endpoint (see the README)."),
            click.option("--graph-prefix", default=DEFAULT_PREFIX, show_default=True,
                         metavar="IRI",
                         help="The project's base IRI on the server: its graphs are "
                              "IRI graph/<source>, IRI graph/meta and IRI graph/findings."),
            click.option("--timeout", type=click.FloatRange(0.1, 86400), show_default=True,
                         default=DEFAULT_TIMEOUT,
                         help="Seconds to wait for the server at each step of a request."),
        )):
            command = option(command)
        return command

    return decorate


def open_endpoint(url: str, server: str, timeout: float, prefix: str) -> Endpoint:
    """Return the server to talk to, or exit with one line on a bad URL or prefix."""
    from claimgraph.graph.endpoint import Endpoint

    if not prefix.endswith(("/", "#")) or ":" not in prefix:
        fail(f"--graph-prefix: expected an absolute IRI ending in / or #, got {prefix!r}",
              f"e.g. {DEFAULT_PREFIX}")
    try:
        return Endpoint.open(url, layout=server, timeout=timeout)
    except ClaimGraphError as err:
        fail(str(err))
        raise AssertionError from err  # unreachable: fail exits


@dataclass(frozen=True, slots=True)
class _ServerGraphs:
    """What the closed-query check reads of a project: its prefixes and graph names.

    On a server the graphs are only names, so this stands in for the ClaimGraph.
    """

    _prefixes: dict[str, str]
    names: tuple[URIRef, ...]

    def prefixes(self) -> dict[str, str]:
        return self._prefixes

    def graph_names(self) -> tuple[URIRef, ...]:
        return self.names


def query_endpoint(url: str, server: str, timeout: float, prefix: str, sparql: str,
                    allow_service: bool) -> tuple[Results, dict[str, str]]:
    """Run ``sparql`` on the server over the project's graphs, with our prefixes declared."""
    from rdflib import URIRef  # here only: reading pages (extract) never loads rdflib

    from claimgraph.graph.sparql import check_closed
    from claimgraph.graph.store import ClaimGraph

    remote = open_endpoint(url, server, timeout, prefix)
    with stage(f"querying {remote.query_url}"):
        graphs = remote.select_graphs(f"{prefix}graph/")
    if not graphs:
        fail(f"{remote.query_url}: expected the graphs of a pushed project under "
              f"<{prefix}graph/>, got none",
              "run 'claimgraph push PROJECT --endpoint URL' first, or check --graph-prefix")
    prefixes = ClaimGraph(base=prefix).prefixes()
    own_dataset = False
    if not allow_service:
        names = _ServerGraphs(prefixes, tuple(URIRef(g) for g in graphs))
        prepared = check_closed(cast("ClaimGraph", names), sparql, backend="endpoint")
        own_dataset = bool(dict.get(prepared.algebra, "datasetClause"))
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
    with stage(f"querying {remote.query_url}"):
        # FROM in the query (checked above to name the project's graphs) sets its own dataset.
        results = remote.query(prologue + sparql, graphs=() if own_dataset else graphs)
    return results, prefixes


def print_results(results: Results, fmt: str, prefixes: dict[str, str]) -> None:
    """Print query results as the table, CSV, SPARQL JSON or RDF that --format asks for."""
    from claimgraph.exports.report_csv import formula_safe
    from claimgraph.graph.sparql import graph_text, sparql_json

    if results.kind == "GRAPH":
        # \uXXXX is valid in Turtle, N-Triples and JSON alike: terminal controls go that way.
        text = graph_text(results, QUERY_FORMATS[fmt], prefixes)
        click.echo(escape_json(text), nl=False)
        return
    if fmt not in ("table", "csv", "json"):
        fail(f"query: expected --format table, csv or json for a {results.kind} query, "
              f"got {fmt}", "turtle, ntriples and jsonld are for CONSTRUCT and DESCRIBE")
        return
    if fmt == "json":
        click.echo(escape_json(json.dumps(sparql_json(results), indent=2, ensure_ascii=False)))
        return
    rows: list[tuple[str | None, ...]]
    if results.kind == "ASK":
        names, rows = ["ask"], [("true" if results.boolean else "false",)]
    else:
        names = list(results.variables)
        rows = [tuple(None if v is None else str(v) for v in row) for row in results.rows]
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([formula_safe(clean(n)) for n in names])
        writer.writerows([[formula_safe(clean("" if v is None else v)) for v in r]
                          for r in rows])
    else:
        # IRIs are long; a table is for reading, so show them as prefix:name.
        namespaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

        def compact(value: object) -> str:
            text = "" if value is None else str(value)
            for prefix, ns in namespaces:
                if text.startswith(ns):
                    return f"{prefix}:{text[len(ns):]}"
            return text

        table = Table(*names)
        for r in rows:
            table.add_row(*[compact(v) for v in r])
        console.print(table)
