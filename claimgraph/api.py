"""The public API: each step of the pipeline as one plain function.

``load`` → ``compare`` → ``export``; a notebook can call any one of them, and
the CLI is a thin layer over the same functions.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimgraph.exports.base import EXPORTERS, Bundle
from claimgraph.graph.errors import NotFoundError
from claimgraph.graph.files import publish
from claimgraph.graph.findings import Comparison, Conflict, Statement
from claimgraph.graph.model import ClaimSet, Entity
from claimgraph.ingest.claims import check, load
from claimgraph.ingest.records import keep_valid_claims

if TYPE_CHECKING:  # heavy imports only for type checkers
    import networkx as nx

    from claimgraph.graph.store import ClaimGraph

# Outputs of `build` (the graph and its RDF); `compare` and `demo` write all.
GRAPH_OUTPUTS = ("trig", "nquads", "jsonld", "turtle", "graphml", "gexf", "html")

__all__ = [
    "GRAPH_OUTPUTS",
    "agreement_matrix",
    "check",
    "claim_graph",
    "compare",
    "entity",
    "export",
    "extract",
    "figures",
    "load",
    "output_names",
    "query",
    "show",
    "statement_text",
    "to_networkx",
]


def compare(claims: ClaimSet, *, as_of: dt.date | str | None = None) -> Comparison:
    """Compare the sources of a claim set: statements, conflicts, gaps, agreement.

    >>> from claimgraph import EXAMPLE, load
    >>> result = compare(load(EXAMPLE), as_of="2026-01-01")
    >>> "numeric" in {c.kind for c in result.conflicts}
    True
    """
    from claimgraph.graph.compare import compare as _compare

    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    return _compare(claims, as_of=as_of)


def output_names(group: str = "all") -> tuple[str, ...]:
    """Return the registered exporter names of a group ('graph' or 'all')."""
    _load_exporters()
    if group == "graph":
        return tuple(n for n in GRAPH_OUTPUTS if n in EXPORTERS)
    return EXPORTERS.names()


def _load_exporters() -> None:
    """Import every exporter module so its registration runs."""
    import importlib
    import pkgutil

    import claimgraph.exports as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        importlib.import_module(f"claimgraph.exports.{info.name}")


def export(bundle: Bundle, out_dir: str | Path, names: Sequence[str] | None = None,
           *, on_step: Callable[[str], None] | None = None, jobs: int = 1,
           keep_views: bool = False) -> list[Path]:
    """Run exporters into ``out_dir``; return the files written, sorted.

    The files appear together or not at all, under a lock on ``out_dir``
    (see :func:`claimgraph.graph.files.publish`); other files there stay.

    The exporters run with the cyclic collector paused: the views they build
    (quads, the report, a networkx graph) are millions of acyclic objects,
    and the collector rescanning them as they grew was a third of the
    reports' time at 100 k claims.  The views made by this call are dropped
    at its end, before the collector runs again (a later call makes them
    anew); views the bundle already held stay.  ``keep_views`` keeps the new
    ones in the bundle too, for a caller about to end its process (freeing
    them cost 0.4 s at 100 k claims) or about to export again.

    ``jobs`` > 1 writes the outputs in that many forked processes (the RDF,
    the report and the network views each in one), same bytes; 1, the
    default, writes them all here, so a notebook or a server never forks
    unasked (see :func:`claimgraph.exports.runner.run_exporters`).
    """
    from claimgraph.exports.runner import run_exporters

    _load_exporters()
    chosen = [EXPORTERS.canonical(n) for n in (names or EXPORTERS.names())]
    return publish(out_dir, lambda staging: run_exporters(bundle, staging, chosen, jobs=jobs,
                                                          on_step=on_step,
                                                          keep_views=keep_views))


def claim_graph(claims: ClaimSet, *, base: str | None = None) -> ClaimGraph:
    """Return the RDF view of a claim set: one named graph per source."""
    from claimgraph.graph.store import ClaimGraph as _ClaimGraph

    return _ClaimGraph.from_claimset(claims, base=base) if base else \
        _ClaimGraph.from_claimset(claims)


def query(target: ClaimSet | ClaimGraph, sparql: str, *, backend: str = "rdflib",
          allow_service: bool = False) -> list[dict[str, str | None]]:
    """Run SPARQL over the named graphs; return one dict per row.

    Prefixes ``cg:``, ``skos:``, ``prov:``, ``dcterms:``, ``schema:`` and the
    id prefixes (``entity:``, ``claim:``, ``source:``, ``graph:``) are declared.
    ``SERVICE`` and ``FROM`` outside the project's graphs are refused unless
    ``allow_service`` (see :mod:`claimgraph.graph.sparql`).
    """
    from claimgraph.graph.sparql import query as _query

    store = claim_graph(target) if isinstance(target, ClaimSet) else target
    names, rows = _query(store, sparql, backend=backend, allow_service=allow_service)
    return [dict(zip(names, row, strict=True)) for row in rows]


def to_networkx(claims: ClaimSet, *, view: str = "statements") -> nx.MultiDiGraph:
    """Return the claims as a networkx MultiDiGraph (``view``: statements or claims)."""
    from claimgraph.graph.network import to_networkx as _to_networkx

    return _to_networkx(claims, view=view)


def entity(claims: ClaimSet, name: str) -> Entity:
    """Return the entity a label, synonym or id names (case- and plural-insensitive).

    Raises:
        NotFoundError: no entity has that name (a KeyError, with the closest label).
    """
    from claimgraph.ingest.normalize import label_key

    key = label_key(name)
    for e in claims.entities:
        if e.id == name or any(label_key(n) == key for n in (e.label, *e.synonyms)):
            return e
    from claimgraph.ingest.suggest import closest

    hint = closest(name, [e.label for e in claims.entities])
    if not hint.startswith("did you mean"):
        hint = "claims.entities lists every entity"
    raise NotFoundError(f"expected an entity's label, synonym or id, got {name!r} (hint: {hint})")


def figures(comparison: Comparison, conflict: Conflict | str) -> list[dict[str, object]]:
    """Return the figures of a numeric conflict, normalised, one dict per source.

    Each row gives the figure as stated and in its family's terms (survival
    as mortality): the point, the interval the bound allows, the horizon in
    months — what a chart of the disagreement needs.

    Raises:
        NotFoundError: ``conflict`` is an id that the comparison does not hold (a KeyError).
    """
    from claimgraph.graph.measures import describe, normalise

    if isinstance(conflict, str):
        found = [c for c in comparison.conflicts if c.id == conflict]
        if not found:
            raise NotFoundError(f"expected the id of a conflict in the comparison, got "
                                f"{conflict!r} (hint: ids are in result.conflicts, e.g. "
                                f"{comparison.conflicts[0].id!r})" if comparison.conflicts else
                                f"expected the id of a conflict in the comparison, got "
                                f"{conflict!r} (hint: this comparison found no conflicts)")
        conflict = found[0]
    rows: list[dict[str, object]] = []
    for statement_id in conflict.statements:
        st = comparison.statement(statement_id)
        if st.measure is None:
            continue
        fig = normalise(st.measure, st.qualifiers.population or st.measure.population)
        for source in st.supporters:
            rows.append({
                "source": source, "statement": st.id, "says": describe(st.measure),
                "kind": fig.kind, "point": fig.point, "low": fig.interval[0],
                "high": fig.interval[1], "bound": fig.bound.value,
                "horizon_months": round(fig.horizon / 30.4375, 1) if fig.horizon else None,
            })
    return sorted(rows, key=lambda r: (str(r["source"]), str(r["statement"])))


def statement_text(claims: ClaimSet, statement: Statement) -> str:
    """Return a statement as a short sentence ("warfarin increases risk of calciphylaxis")."""
    from claimgraph.graph.statements import build_index, statement_label

    return statement_label(statement, build_index(claims))


def agreement_matrix(comparison: Comparison) -> dict[str, dict[str, float | None]]:
    """Return source-to-source agreement as a symmetric nested dict (1.0 on the diagonal)."""
    matrix: dict[str, dict[str, float | None]] = {
        a: {b: (1.0 if a == b else None) for b in comparison.sources} for a in comparison.sources
    }
    for a, b, share in comparison.agreement:
        matrix[a][b] = matrix[b][a] = share
    return matrix


def show(claims: ClaimSet | Bundle, comparison: Comparison | None = None, *,
         focus: str | None = None, depth: int = 1, height: int = 720) -> object:
    """Display the interactive graph inline in a notebook (the page of ``graph.html``)."""
    from claimgraph.notebook import show_graph

    return show_graph(claims, comparison, focus=focus, depth=depth, height=height)


def extract(paths: Sequence[str | Path], *, sources: str | Path | None = None,
            vocabulary: str | Path | None = None,
            progress: bool = False) -> tuple[ClaimSet, dict[str, str]]:
    """Extract candidate claims from documents; return them and each source's text.

    Problems with single files (empty, binary, no text layer) are warnings:
    the other documents are still read.  A claim whose figure no claim file
    could hold (a 400-digit number) is left out with a warning.
    """
    from claimgraph.ingest.extract import extract_corpus

    claims, texts, problems = extract_corpus([Path(p) for p in paths], sources_manifest=sources,
                                             vocabulary=vocabulary, progress=progress)
    # A figure no claim file could hold (a 400-digit number on a page) would crash compare.
    claims, left_out = keep_valid_claims(claims, paths)
    problems = [*problems, *left_out]
    for problem in problems:
        warnings.warn(str(problem), UserWarning, stacklevel=2)
    return claims, texts
