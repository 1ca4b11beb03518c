"""The ``claimgraph`` command: a thin layer over :mod:`claimgraph.api`.

Every command prints one line plus a hint on bad input and exits non-zero;
nothing is written when validation fails.  Text from the input reaches the
terminal only through :class:`~claimgraph.terminal.SafeConsole` (no markup,
no emoji, no control characters).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rdflib import URIRef
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from claimgraph import api
from claimgraph.examples import EXAMPLE
from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.graph.errors import ClaimGraphError, Problem, UnknownFormatError, ValidationError
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet
from claimgraph.graph.sparql import Results
from claimgraph.ingest.claims import check
from claimgraph.ingest.extract import PageReport
from claimgraph.ingest.records import keep_valid_claims
from claimgraph.terminal import SafeConsole, clean, escape_json, styled

if TYPE_CHECKING:
    from claimgraph.graph.endpoint import Endpoint

err_console = SafeConsole(stderr=True, soft_wrap=True)
console = SafeConsole()
DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"}


def _fail(message: str, hint: str = "", code: int = 1) -> None:
    err_console.print(styled("error:", "bold red", message))
    if hint:
        err_console.print(f"hint: {hint}", highlight=False, markup=False)
    sys.exit(code)


def _print_problems(problems: Sequence[object]) -> None:
    for problem in problems:
        err_console.print(str(problem), highlight=False, markup=False)


def _print_warnings(problems: Sequence[Problem]) -> None:
    for problem in problems:
        if problem.severity == "warning":
            err_console.print(f"warning: {problem}", highlight=False, markup=False)


def _stop_on_errors(problems: Sequence[Problem]) -> None:
    """Exit before anything is written when a problem is an error (a bad manifest, say)."""
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        _fail(f"{len(errors)} problem(s) in the input; nothing was written",
              "fix the lines above and run again")


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def _progress(*columns: ProgressColumn) -> Progress:
    """Return a transient progress display on stderr, drawn only when stderr is a terminal.

    Piped or captured stderr (a log, the tests) gets no progress lines at all,
    not even the blank line rich leaves behind otherwise.
    """
    return Progress(*(columns or Progress.get_default_columns()), TimeElapsedColumn(),
                    console=err_console, transient=True, disable=not err_console.is_terminal)


@contextlib.contextmanager
def _stage(description: str) -> Iterator[None]:
    """Show a spinner and the elapsed time while one stage (load, compare, ...) runs."""
    with _progress(SpinnerColumn(), TextColumn("{task.description}")) as progress:
        progress.add_task(description, total=None)
        yield


def _load_inputs(paths: Sequence[str], sources: str | None, vocabulary: str | None,
                 embeddings: bool = False, jobs: int = 1) -> tuple[ClaimSet, dict[str, str]]:
    """Load claim files and projects, extracting claims from any documents among them."""
    docs = [Path(p) for p in paths if _is_document(Path(p))]
    claim_paths = [p for p in paths if not _is_document(Path(p))]
    texts: dict[str, str] = {}
    claimset: ClaimSet | None = None
    if claim_paths:
        with _stage("loading claims"):
            result = check(claim_paths, sources=sources, vocabulary=vocabulary)
        if result.claimset is None:
            _print_problems(result.errors)
            _fail(f"{len(result.errors)} problem(s) in the input; nothing was written",
                  "fix the lines above and run again (claimgraph validate PATH checks only)")
        claimset = result.claimset
        _print_warnings(result.warnings)
    if docs:
        from claimgraph.ingest.claims import merge
        from claimgraph.ingest.extract import extract_corpus

        try:
            extracted, texts, problems = extract_corpus(docs, sources_manifest=sources,
                                                        vocabulary=vocabulary, progress=True,
                                                        jobs=jobs, embeddings=embeddings)
        except ClaimGraphError as err:
            _fail(str(err))
            raise AssertionError from err  # unreachable: _fail exits
        extracted, left_out = keep_valid_claims(extracted, docs)
        problems = [*problems, *left_out]
        _print_problems(problems)
        _stop_on_errors(problems)
        claimset = extracted if claimset is None else merge(claimset, extracted)
    if claimset is None:
        _fail("no input", "give claim files, project folders or documents")
        raise AssertionError  # unreachable: _fail exits
    if embeddings and not docs:
        err_console.print("note: --embeddings applies to documents; no document was given",
                          highlight=False, markup=False)
    return claimset, texts


def _summary(claims: ClaimSet, comparison: Comparison | None, written: Sequence[Path]) -> None:
    table = Table(title="Sources", title_justify="left")
    for col in ("source", "publisher", "claims", "negated", "hedged"):
        table.add_column(col, justify="right" if col in ("claims", "negated", "hedged") else "left")
    per = Counter(c.source for c in claims.claims)
    neg = Counter(c.source for c in claims.claims if c.negated)
    hed = Counter(c.source for c in claims.claims if c.hedged)
    for s in claims.sources:
        table.add_row(s.id, s.publisher or s.title, str(per[s.id]), str(neg[s.id]), str(hed[s.id]))
    console.print(table)
    console.print(f"{len(claims.claims)} claims, {len(claims.entities)} entities"
                  f" ({len(claims.new_entities)} not in the vocabulary)")
    if comparison is not None:
        status = Counter(st.status for st in comparison.statements)
        kinds = Counter(cf.kind for cf in comparison.conflicts)
        console.print(f"{len(comparison.statements)} statements: "
                      + ", ".join(f"{n} {k}" for k, n in sorted(status.items())))
        console.print(f"{len(comparison.conflicts)} conflicts: "
                      + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
        console.print(f"{len(comparison.gaps)} gaps across {len(comparison.sources)} sources")
    for path in written:
        console.print(f"wrote {path}", highlight=False)


def _run(claims: ClaimSet, out: str, names: Sequence[str], *, do_compare: bool,
         as_of: str | None, base: str | None, focus: str | None, depth: int,
         texts: dict[str, str] | None = None) -> None:
    if not claims.sources or not claims.claims:
        # An empty report would replace a good one in --out: refuse instead.
        what = ("no source could be read" if not claims.sources else
                f"none of the {len(claims.sources)} source(s) gave a claim")
        _fail(f"{what}, so there is nothing to compare; nothing was written",
              "the lines above say what is wrong with each input")
    try:
        with _stage(f"comparing {len(claims.claims):,} claims"):
            comparison = api.compare(claims, as_of=as_of) if do_compare else None
        bundle = Bundle(claims, comparison, base_iri=base, html_focus=focus, html_depth=depth,
                        documents=texts or {})
        with _progress() as progress:
            task = progress.add_task("exporting", total=len(names))
            done = iter(range(len(names)))

            def step(name: str) -> None:
                # Called as each exporter starts, so the bar counts the ones finished;
                # drawn at once, so a quick exporter's name is seen too.
                progress.update(task, completed=next(done), description=f"writing {name}",
                                refresh=True)

            written = api.export(bundle, out, names, on_step=step)
            progress.update(task, completed=len(names), description="written", refresh=True)
    except ClaimGraphError as err:
        _fail(str(err))
        return
    _summary(claims, comparison, written)


def _names_a_file(text: str) -> bool:
    """Whether an argument that may be a query or a file name names a file."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a long query is no file name ("File name too long")
        return False


def _as_of(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--as-of: expected a date YYYY-MM-DD, got {value!r}")
    return value


class _Group(click.Group):
    """The command group; the one place a ClaimGraphError becomes a message and exit 1.

    Commands catch the errors they expect and add their own hint; anything
    that still escapes is input we could not read, said in one line per
    problem, never a traceback.
    """

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ValidationError as err:
            _print_problems(err.problems)
            _fail(f"{len(err.problems)} problem(s) in the input; nothing was written",
                  "fix the lines above and run again")
        except ClaimGraphError as err:
            _fail(" ".join(str(err).split()))
        return None  # unreachable: _fail exits


@click.group(cls=_Group)
@click.version_option(package_name="claimgraph")
def main() -> None:
    """Turn what several sources say into a graph of claims, and compare them."""


_out = click.option("--out", "out", required=True, type=click.Path(file_okay=False),
                    help="Folder to write outputs into (created if missing).")
_as_of_opt = click.option("--as-of", default=None,
                          help="Date for freshness checks, YYYY-MM-DD (default: today).")
_base = click.option("--base", default=None, help="Base IRI for entities, claims and graphs.")
_sources = click.option("--sources", type=click.Path(dir_okay=False), default=None,
                        help="A sources manifest (the format of shared/seeds/sources.yaml).")
_vocab = click.option("--vocabulary", type=click.Path(dir_okay=False), default=None,
                      help="A vocabulary.yaml to resolve labels with.")
_focus = click.option("--html-focus", default=None,
                      help="Limit graph.html to the neighbourhood of this entity.")
# A graph of claims is a few steps across; a huge depth only made the walk loop for minutes.
MAX_DEPTH = 20
_depth = click.option("--depth", default=1, show_default=True,
                      type=click.IntRange(0, MAX_DEPTH),
                      help=f"Neighbourhood depth for --html-focus (0 to {MAX_DEPTH}).")
_embeddings = click.option(
    "--embeddings", is_flag=True, default=False,
    help="Also suggest merging entities close in meaning (sentence embeddings, offline; "
         "suggestions only, never applied). Needs torch (CPU build) and the embeddings "
         "extra: see the README, 'Optional: embedding-based merge suggestions'.")


_jobs = click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
                     help="Documents to read in parallel (worker processes; 1 reads in this "
                          "process). Claim files are always read here.")


def _outputs_option(default: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Return the --outputs option of a command whose default group is ``default``."""

    def parse(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
        valid = api.output_names("all")
        if value is None:
            return api.output_names(default)
        names = [n.strip() for n in value.split(",") if n.strip()]
        if not names:
            raise click.BadParameter(f"expected a comma list of outputs from: "
                                     f"{', '.join(valid)}; got nothing")
        chosen: list[str] = []
        for name in names:
            try:
                canonical = EXPORTERS.canonical(name)
            except UnknownFormatError as err:
                raise click.BadParameter(f"expected output names from: {', '.join(valid)}; got "
                                         f"{name!r} (hint: claimgraph formats lists them)") \
                    from err
            if canonical not in chosen:
                chosen.append(canonical)
        return tuple(chosen)

    which = "every output" if default == "all" else "the graph and its RDF"
    return click.option("--outputs", default=None, callback=parse, metavar="NAME,...",
                        help=f"Outputs to write, as a comma list (default: {which}; "
                             f"'claimgraph formats' lists the names).")


@main.command()
@_out
@_as_of_opt
@_outputs_option("all")
def demo(out: str, as_of: str | None, outputs: tuple[str, ...]) -> None:
    """Build and compare the bundled calciphylaxis example; write every output."""
    claims, _ = _load_inputs([str(EXAMPLE)], None, None)
    _run(claims, out, outputs, do_compare=True, as_of=_as_of(as_of), base=None,
         focus=None, depth=1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_out
@_sources
@_vocab
@_base
@_focus
@_depth
@_embeddings
@_jobs
@_outputs_option("graph")
def build(paths: tuple[str, ...], out: str, sources: str | None, vocabulary: str | None,
          base: str | None, html_focus: str | None, depth: int, embeddings: bool, jobs: int,
          outputs: tuple[str, ...]) -> None:
    """Build the claim graph of projects, claim files or documents; write RDF and graphs."""
    claims, texts = _load_inputs(paths, sources, vocabulary, embeddings, jobs)
    _run(claims, out, outputs, do_compare=True, as_of=None, base=base,
         focus=html_focus, depth=depth, texts=texts)


_DEFAULT_PREFIX = "https://w3id.org/claimgraph/id/"


def _endpoint_options(*, required: bool) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Add --endpoint, --server, --graph-prefix and --timeout to a command."""
    from claimgraph.graph.endpoint import DEFAULT_TIMEOUT, LAYOUTS

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
            click.option("--graph-prefix", default=_DEFAULT_PREFIX, show_default=True,
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


def _open_endpoint(url: str, server: str, timeout: float, prefix: str) -> Endpoint:
    from claimgraph.graph.endpoint import Endpoint

    if not prefix.endswith(("/", "#")) or ":" not in prefix:
        _fail(f"--graph-prefix: expected an absolute IRI ending in / or #, got {prefix!r}",
              f"e.g. {_DEFAULT_PREFIX}")
    try:
        return Endpoint.open(url, layout=server, timeout=timeout)
    except ClaimGraphError as err:
        _fail(str(err))
        raise AssertionError from err  # unreachable: _fail exits


@main.command(name="compare")
@click.argument("paths", nargs=-1)
@_out
@_sources
@_vocab
@_as_of_opt
@_base
@_focus
@_depth
@_embeddings
@_jobs
@_outputs_option("all")
@_endpoint_options(required=False)
def compare_cmd(paths: tuple[str, ...], out: str, sources: str | None, vocabulary: str | None,
                as_of: str | None, base: str | None, html_focus: str | None, depth: int,
                embeddings: bool, jobs: int, outputs: tuple[str, ...], endpoint: str | None,
                server: str, graph_prefix: str, timeout: float) -> None:
    """Compare sources: write the report (HTML, Markdown, JSON, CSV), graph and RDF.

    With --endpoint, the claims are the ones 'claimgraph push' stored on that server.
    """
    if endpoint is None:
        if not paths:
            _fail("compare: expected projects, claim files or documents, got none",
                  "give PATHS, or --endpoint URL to compare the claims pushed there")
        claims, texts = _load_inputs(paths, sources, vocabulary, embeddings, jobs)
    else:
        if paths or sources or vocabulary:
            _fail("compare: expected PATHS or --endpoint, got both",
                  "the claims pushed to the server already hold their sources and entities")
        from claimgraph.graph.endpoint import read_claims

        server_ = _open_endpoint(endpoint, server, timeout, graph_prefix)
        with _stage(f"reading claims from {server_.url}"):
            claims, texts = read_claims(server_, graph_prefix), {}
        base = base or (None if graph_prefix == _DEFAULT_PREFIX else graph_prefix)
    _run(claims, out, outputs, do_compare=True, as_of=_as_of(as_of), base=base,
         focus=html_focus, depth=depth, texts=texts)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_sources
@_vocab
@_as_of_opt
@_endpoint_options(required=True)
def push(paths: tuple[str, ...], sources: str | None, vocabulary: str | None,
         as_of: str | None, endpoint: str, server: str, graph_prefix: str,
         timeout: float) -> None:
    """Store a project on a SPARQL server: one graph per source, meta and findings.

    Each graph is replaced whole (Graph Store Protocol PUT); graphs under
    --graph-prefix that the project no longer has are deleted.
    """
    from claimgraph.graph.endpoint import push as push_graphs
    from claimgraph.graph.store import ClaimGraph

    server_ = _open_endpoint(endpoint, server, timeout, graph_prefix)
    claims, _ = _load_inputs(paths, sources, vocabulary)
    try:
        with _stage(f"comparing {len(claims.claims):,} claims"):
            comparison = api.compare(claims, as_of=_as_of(as_of))
            graph = ClaimGraph.from_claimset(claims, base=graph_prefix).add_findings(comparison)
            nquads = graph.serialize("nquads")
        with _progress() as progress:
            task = progress.add_task("pushing", total=None)

            def step(done: int, total: int, name: str) -> None:
                progress.update(task, completed=done, total=total,
                                description=f"writing <{name}>", refresh=True)

            pushed = push_graphs(server_, nquads, f"{graph_prefix}graph/", on_graph=step)
    except ClaimGraphError as err:
        _fail(str(err))
        return
    for name, count in pushed.written:
        console.print(f"wrote <{name}> ({count:,} triples)", highlight=False)
    for name in pushed.removed:
        console.print(f"removed <{name}> (not in the project any more)", highlight=False)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_sources
@_vocab
@click.option("--verbose", is_flag=True, help="List every label that is not in a vocabulary.")
def validate(paths: tuple[str, ...], sources: str | None, vocabulary: str | None,
             verbose: bool) -> None:
    """Check projects and claim files; list every problem; exit 1 if any."""
    result = check(paths, sources=sources, vocabulary=vocabulary)
    _print_problems(result.errors)
    if result.claimset is None:
        _fail(f"{len(result.errors)} problem(s) found", "fix the lines above")
    cs = result.claimset
    assert cs is not None  # checked above; for type checkers
    _print_warnings(result.warnings)
    if cs.new_entities:
        names = [cs.label(e) for e in cs.new_entities]
        shown = names if verbose else names[:8]
        more = "" if len(shown) == len(names) else f", ... (--verbose lists all {len(names)})"
        err_console.print(f"note: {len(names)} labels are not in a vocabulary and became new "
                          f"entities: {', '.join(shown)}{more}", highlight=False, markup=False)
        err_console.print("hint: add them (or synonyms for them) to vocabulary.yaml",
                          highlight=False, markup=False)
    console.print(f"ok: {len(cs.claims)} claims from {len(cs.sources)} sources, "
                  f"{len(cs.entities)} entities ({len(cs.new_entities)} new)")


# --format for query: the RDF format CONSTRUCT and DESCRIBE results are written in.
_QUERY_FORMATS = {"table": "turtle", "csv": "nquads", "json": "jsonld", "turtle": "turtle",
                  "ntriples": "nquads", "jsonld": "jsonld"}


@main.command()
@click.argument("args", nargs=-1, required=True, metavar="[PROJECT] SPARQL")
@click.option("--format", "fmt", type=click.Choice(list(_QUERY_FORMATS)), default="table",
              show_default=True,
              help="SELECT and ASK: table, csv or json (SPARQL 1.1 JSON results, typed). "
                   "CONSTRUCT and DESCRIBE are RDF: turtle (also for table), ntriples "
                   "(also for csv) or jsonld (also for json).")
@click.option("--backend", type=click.Choice(["rdflib", "oxigraph"]), default="rdflib",
              show_default=True, help="The engine for a local PROJECT.")
@click.option("--allow-service", is_flag=True, default=False,
              help="Let SERVICE and FROM/FROM NAMED reach other endpoints and files "
                   "(refused by default: a query reads only the project's graphs).")
@_endpoint_options(required=False)
def query(args: tuple[str, ...], fmt: str, backend: str, allow_service: bool,
          endpoint: str | None, server: str, graph_prefix: str, timeout: float) -> None:
    """Run a SPARQL query over a project's named graphs (one per source).

    Give PROJECT (claim files or a project folder), or --endpoint URL for the
    graphs 'claimgraph push' stored there; SPARQL is the query or a file holding it.
    """
    from claimgraph.graph.endpoint import EndpointError
    from claimgraph.graph.sparql import ClosedQueryError

    want = 1 if endpoint else 2
    if len(args) != want:
        usage = "SPARQL with --endpoint" if endpoint else "PROJECT SPARQL"
        _fail(f"query: expected {usage}, got {len(args)} argument(s)",
              "quote the query; give PROJECT only without --endpoint")
    sparql = args[-1]
    if _names_a_file(sparql):
        from claimgraph.ingest.yamlsrc import read_text

        sparql = read_text(Path(sparql))  # a located InputFileError when it is not UTF-8
    try:
        if endpoint:
            results, prefixes = _query_endpoint(endpoint, server, timeout, graph_prefix,
                                                sparql, allow_service)
        else:
            results, prefixes = _query_local(args[0], sparql, backend, allow_service)
    except (ClosedQueryError, EndpointError) as err:
        _fail(str(err))  # each carries its own hint (--allow-service; the server's answer)
        return
    except ClaimGraphError as err:
        _fail(str(err), "check the query; prefixes cg:, skos:, prov:, dcterms: are predeclared")
        return
    _print_results(results, fmt, prefixes)


def _query_local(project: str, sparql: str, backend: str,
                 allow_service: bool) -> tuple[Results, dict[str, str]]:
    from claimgraph.graph.sparql import run as run_query
    from claimgraph.graph.store import ClaimGraph

    claims, _ = _load_inputs([project], None, None)
    graph = ClaimGraph.from_claimset(claims)
    return run_query(graph, sparql, backend=backend, allow_service=allow_service), \
        graph.prefixes()


def _query_endpoint(url: str, server: str, timeout: float, prefix: str, sparql: str,
                    allow_service: bool) -> tuple[Results, dict[str, str]]:
    """Run ``sparql`` on the server over the project's graphs, with our prefixes declared."""
    from rdflib import RDF, RDFS

    from claimgraph.graph.sparql import check_closed
    from claimgraph.graph.store import ClaimGraph

    remote = _open_endpoint(url, server, timeout, prefix)
    with _stage(f"querying {remote.query_url}"):
        graphs = remote.select_graphs(f"{prefix}graph/")
    if not graphs:
        _fail(f"{remote.query_url}: expected the graphs of a pushed project under "
              f"<{prefix}graph/>, got none",
              "run 'claimgraph push PROJECT --endpoint URL' first, or check --graph-prefix")
    # A stand-in holding only the graph names: what the closed-query check needs to know.
    names = ClaimGraph(base=prefix, quads=[(URIRef(g), RDF.type, RDFS.Resource, URIRef(g))
                                           for g in graphs])
    prefixes = names.prefixes()
    own_dataset = False
    if not allow_service:
        prepared = check_closed(names, sparql, backend="endpoint")
        own_dataset = bool(dict.get(prepared.algebra, "datasetClause"))
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
    with _stage(f"querying {remote.query_url}"):
        # FROM in the query (checked above to name the project's graphs) sets its own dataset.
        results = remote.query(prologue + sparql, graphs=() if own_dataset else graphs)
    return results, prefixes


def _print_results(results: Results, fmt: str, prefixes: dict[str, str]) -> None:
    """Print query results as the table, CSV, SPARQL JSON or RDF that --format asks for."""
    from claimgraph.exports.report_csv import formula_safe
    from claimgraph.graph.sparql import graph_text, sparql_json

    if results.kind == "GRAPH":
        # \uXXXX is valid in Turtle, N-Triples and JSON alike: terminal controls go that way.
        text = graph_text(results, _QUERY_FORMATS[fmt], prefixes)
        click.echo(escape_json(text), nl=False)
        return
    if fmt not in ("table", "csv", "json"):
        _fail(f"query: expected --format table, csv or json for a {results.kind} query, "
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


@main.command()
@click.argument("docs", nargs=-1, required=True)
@_out
@_sources
@_vocab
@_embeddings
@_jobs
def extract(docs: tuple[str, ...], out: str, sources: str | None, vocabulary: str | None,
            embeddings: bool, jobs: int) -> None:
    """Extract candidate claims from documents into one claims file per source."""
    from claimgraph.ingest.extract import extract_documents
    from claimgraph.ingest.review import write_candidates

    try:
        result = extract_documents([Path(d) for d in docs], sources_manifest=sources,
                                   vocabulary=vocabulary, progress=True, jobs=jobs,
                                   embeddings=embeddings)
        claimset, left_out = keep_valid_claims(result.claimset, docs)
        problems = [*result.problems, *left_out]
        # Notes are merge suggestions, which go to merge-suggestions.yaml here.
        _print_problems([p for p in problems if p.severity != "note"])
        _stop_on_errors(problems)
        _pages_read(result.pages)
        written = write_candidates(claimset, Path(out), texts=result.texts,
                                   embeddings=embeddings)
    except ClaimGraphError as err:
        _fail(str(err))
        return
    for path in written:
        console.print(f"wrote {path}", highlight=False)


def _pages_read(pages: Sequence[PageReport]) -> None:
    """Print, per page, the share of sentences read, the yield and why anything was skipped."""
    table = Table(title="Pages read", title_justify="left")
    for col in ("source", "words", "sentences read", "claims", "per 1,000 words", "skipped"):
        table.add_column(col, justify="left" if col in ("source", "skipped") else "right")
    for page in pages:
        skipped = "; ".join(f"{n} in {why}" for why, n in page.skipped)
        table.add_row(page.source, str(page.words), f"{page.read}/{page.sentences} "
                      f"({page.share_read:.0%})", str(page.claims),
                      f"{page.claims_per_1000_words:.1f}", skipped or "none")
    console.print(table)


@main.command()
def formats() -> None:
    """List the registered claim-file readers and output exporters."""
    from claimgraph.ingest.readers import READERS

    console.print("claim files: " + ", ".join(READERS.names()))
    console.print("outputs:     " + ", ".join(api.output_names("all")))
