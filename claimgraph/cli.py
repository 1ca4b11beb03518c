"""The ``claimgraph`` command: a thin layer over :mod:`claimgraph.api`.

Every command prints one line plus a hint on bad input and exits non-zero;
nothing is written when validation fails.  Text from the input reaches the
terminal only through :class:`~claimgraph.terminal.SafeConsole` (no markup,
no emoji, no control characters).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import click
from rich.progress import Progress
from rich.table import Table

from claimgraph import api
from claimgraph.examples import EXAMPLE
from claimgraph.exports.base import Bundle
from claimgraph.graph.errors import ClaimGraphError, Problem, ValidationError
from claimgraph.graph.findings import Comparison
from claimgraph.graph.model import ClaimSet
from claimgraph.ingest.claims import check
from claimgraph.ingest.extract import PageReport
from claimgraph.ingest.records import keep_valid_claims
from claimgraph.terminal import SafeConsole, clean, escape_json, styled

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


def _load_inputs(paths: Sequence[str], sources: str | None, vocabulary: str | None,
                 embeddings: bool = False) -> tuple[ClaimSet, dict[str, str]]:
    """Load claim files and projects, extracting claims from any documents among them."""
    docs = [Path(p) for p in paths if _is_document(Path(p))]
    claim_paths = [p for p in paths if not _is_document(Path(p))]
    texts: dict[str, str] = {}
    claimset: ClaimSet | None = None
    if claim_paths:
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
                                                        embeddings=embeddings)
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
        comparison = api.compare(claims, as_of=as_of) if do_compare else None
        bundle = Bundle(claims, comparison, base_iri=base, html_focus=focus, html_depth=depth,
                        documents=texts or {})
        with Progress(console=err_console, transient=True) as progress:
            task = progress.add_task("exporting", total=len(names))

            def step(name: str) -> None:
                progress.update(task, advance=1, description=f"writing {name}")

            written = api.export(bundle, out, names, on_step=step)
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


@main.command()
@_out
@_as_of_opt
def demo(out: str, as_of: str | None) -> None:
    """Build and compare the bundled calciphylaxis example; write every output."""
    claims, _ = _load_inputs([str(EXAMPLE)], None, None)
    _run(claims, out, api.output_names("all"), do_compare=True, as_of=_as_of(as_of), base=None,
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
def build(paths: tuple[str, ...], out: str, sources: str | None, vocabulary: str | None,
          base: str | None, html_focus: str | None, depth: int, embeddings: bool) -> None:
    """Build the claim graph of projects, claim files or documents; write RDF and graphs."""
    claims, texts = _load_inputs(paths, sources, vocabulary, embeddings)
    _run(claims, out, api.output_names("graph"), do_compare=True, as_of=None, base=base,
         focus=html_focus, depth=depth, texts=texts)


@main.command(name="compare")
@click.argument("paths", nargs=-1, required=True)
@_out
@_sources
@_vocab
@_as_of_opt
@_base
@_focus
@_depth
@_embeddings
def compare_cmd(paths: tuple[str, ...], out: str, sources: str | None, vocabulary: str | None,
                as_of: str | None, base: str | None, html_focus: str | None, depth: int,
                embeddings: bool) -> None:
    """Compare sources: write the report (HTML, Markdown, JSON, CSV), graph and RDF."""
    claims, texts = _load_inputs(paths, sources, vocabulary, embeddings)
    _run(claims, out, api.output_names("all"), do_compare=True, as_of=_as_of(as_of), base=base,
         focus=html_focus, depth=depth, texts=texts)


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
@click.argument("project")
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(list(_QUERY_FORMATS)), default="table",
              show_default=True,
              help="SELECT and ASK: table, csv or json (SPARQL 1.1 JSON results, typed). "
                   "CONSTRUCT and DESCRIBE are RDF: turtle (also for table), ntriples "
                   "(also for csv) or jsonld (also for json).")
@click.option("--backend", type=click.Choice(["rdflib", "oxigraph"]), default="rdflib",
              show_default=True)
@click.option("--allow-service", is_flag=True, default=False,
              help="Let SERVICE and FROM/FROM NAMED reach other endpoints and files "
                   "(refused by default: a query reads only the project's graphs).")
def query(project: str, sparql: str, fmt: str, backend: str, allow_service: bool) -> None:
    """Run a SPARQL query over a project's named graphs (one per source)."""
    from claimgraph.exports.report_csv import formula_safe
    from claimgraph.graph.sparql import ClosedQueryError, graph_text, sparql_json
    from claimgraph.graph.sparql import run as run_query
    from claimgraph.graph.store import ClaimGraph

    claims, _ = _load_inputs([project], None, None)
    if _names_a_file(sparql):
        from claimgraph.ingest.yamlsrc import read_text

        sparql = read_text(Path(sparql))  # a located InputFileError when it is not UTF-8
    graph = ClaimGraph.from_claimset(claims)
    try:
        results = run_query(graph, sparql, backend=backend, allow_service=allow_service)
    except ClosedQueryError as err:
        _fail(str(err))  # its own hint names --allow-service
        return
    except ClaimGraphError as err:
        _fail(str(err), "check the query; prefixes cg:, skos:, prov:, dcterms: are predeclared")
        return
    if results.kind == "GRAPH":
        # \uXXXX is valid in Turtle, N-Triples and JSON alike: terminal controls go that way.
        text = graph_text(results, _QUERY_FORMATS[fmt], graph.prefixes())
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
        namespaces = sorted(graph.prefixes().items(), key=lambda kv: -len(kv[1]))

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
def extract(docs: tuple[str, ...], out: str, sources: str | None, vocabulary: str | None,
            embeddings: bool) -> None:
    """Extract candidate claims from documents into one claims file per source."""
    from claimgraph.ingest.extract import extract_documents
    from claimgraph.ingest.review import write_candidates

    try:
        result = extract_documents([Path(d) for d in docs], sources_manifest=sources,
                                   vocabulary=vocabulary, progress=True,
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
