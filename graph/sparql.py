"""Run SPARQL over a ClaimGraph on rdflib (default) or pyoxigraph.

Default-graph semantics, the same on both backends: a pattern outside
``GRAPH`` matches the RDF merge of all graphs, each triple once (rdflib
``Dataset(default_union=True)``; in pyoxigraph we load that union into the
store's default graph, because its ``use_default_graph_as_union=True``
repeats a triple once per graph that holds it), and ``GRAPH ?g`` ranges
over the named graphs: one per source, ``<base>graph/meta`` and, when
findings were added, ``<base>graph/findings``.  So "which sources state this
triple" is ``SELECT ?g WHERE { GRAPH ?g { ... } }``.

Results are ``(columns, rows)`` with every value as text (an IRI, a
literal's lexical form, or None when unbound).  A query without ORDER BY has
no defined row order, so we sort its rows (as text, None first) to make
results reproducible; a query with ORDER BY keeps the order it asked for.

Durations come back in canonical form on both backends (``P12M`` as
``P1Y``), because pyoxigraph stores them by value; the RDF files keep what
the claim said.  Known difference: rdflib returns no row for a pattern that
is only an OPTIONAL with no match, pyoxigraph (correctly) one unbound row.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal
from rdflib.plugins.sparql import prepareQuery

from .errors import ClaimGraphError
from .registry import Registry
from .store import ClaimGraph

Row = tuple[str | None, ...]
Result = tuple[list[str], list[Row]]
Backend = Callable[[ClaimGraph, str, dict[str, str]], Result]

BACKENDS: Registry[Backend] = Registry("SPARQL backend")

HINT = ("prefixes cg:, skos:, prov:, dcterms:, schema:, rdfs:, rdf:, xsd:, owl: and the "
        "id prefixes (claim:, entity:, source:, graph:) are declared for you; check braces, "
        "dots and variable names")


class SparqlError(ClaimGraphError, ValueError):
    """A query that does not parse or cannot run."""


def query(target: ClaimGraph, sparql: str, *, backend: str = "rdflib") -> Result:
    """Run ``sparql`` over ``target`` and return ``(columns, rows)``.

    SELECT gives its variables; ASK gives ``["ask"]`` and one row
    ``("true",)`` or ``("false",)``; CONSTRUCT and DESCRIBE give
    ``["subject", "predicate", "object"]``.

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence
    >>> cs = ClaimSet(claims=(Claim("warfarin", "increases_risk_of", "calciphylaxis",
    ...                             evidence=Evidence("nkf")),))
    >>> cols, rows = query(ClaimGraph.from_claimset(cs),
    ...     "SELECT ?g WHERE { GRAPH ?g { ?s cg:increases_risk_of ?o } }")
    >>> rows
    [('https://w3id.org/claimgraph/id/graph/nkf',)]

    Raises:
        SparqlError: the query does not parse (with the parser's message) or fails.
        UnknownFormatError: ``backend`` is not one of ``BACKENDS``.
    """
    run = BACKENDS.get(backend)
    columns, rows = run(target, sparql, target.prefixes())
    if not has_order_by(sparql):
        rows = sorted(rows, key=lambda row: tuple((v is not None, v or "") for v in row))
    return columns, rows


_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'
)
_ORDER_BY = re.compile(r"\border\s+by\b", re.IGNORECASE)


def has_order_by(sparql: str) -> bool:
    """Return whether the query (outside strings, IRIs and comments) says ORDER BY.

    >>> has_order_by('SELECT ?s { ?s ?p "order by" } # order by ?s')
    False
    >>> has_order_by("SELECT ?s { ?s ?p ?o } ORDER BY ?s")
    True
    """
    return bool(_ORDER_BY.search(_STRINGS_AND_COMMENTS.sub(" ", sparql)))


def _fail(backend: str, err: Exception) -> SparqlError:
    message = " ".join(str(err).split())
    return SparqlError(f"SPARQL ({backend}): expected a valid SPARQL 1.1 query, got an error: "
                       f"{message} (hint: {HINT})")


_DURATIONS = frozenset({XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration})


def _rdflib_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, BNode):
        return "_:" + str(value)
    if isinstance(value, Literal) and value.datatype in _DURATIONS:
        return _canonical_duration(value)
    return str(value)


def _canonical_duration(value: Literal) -> str:
    # oxigraph answers with canonical durations (P12M -> P1Y); so do we.
    canonical = str(Literal(str(value), datatype=value.datatype, normalize=True))
    return "PT0S" if canonical == "P0D" else canonical


@BACKENDS.register("rdflib")
def run_rdflib(target: ClaimGraph, sparql: str, prefixes: dict[str, str]) -> Result:
    """Run on the ClaimGraph's own rdflib Dataset (union default graph)."""
    try:
        prepared = prepareQuery(sparql, initNs=prefixes)
    except Exception as err:  # pyparsing and rdflib raise several types here
        raise _fail("rdflib", err) from err
    try:
        result = target.dataset.query(prepared)
        if result.type == "ASK":
            return ["ask"], [("true" if result.askAnswer else "false",)]
        if result.type == "SELECT":
            columns = [str(v) for v in result.vars or ()]
            rows: list[Row] = [
                tuple(_rdflib_text(row[i]) for i in range(len(columns)))  # type: ignore[index]
                for row in result
            ]
            return columns, rows
        triples: list[Row] = [
            tuple(_rdflib_text(t) for t in triple)  # type: ignore[union-attr]
            for triple in result
        ]
        return ["subject", "predicate", "object"], triples
    except Exception as err:
        raise _fail("rdflib", err) from err


_OX_STORES: weakref.WeakKeyDictionary[ClaimGraph, tuple[int, ox.Store]] = (
    weakref.WeakKeyDictionary()
)


def oxigraph_store(target: ClaimGraph) -> ox.Store:
    """Return an in-memory pyoxigraph Store with the graph's quads (cached per version)."""
    cached = _OX_STORES.get(target)
    if cached is not None and cached[0] == target.version:
        return cached[1]
    store = ox.Store()
    store.load(target.serialize("nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    # The union goes into the real default graph: oxigraph's union mode
    # repeats a triple once per graph holding it, rdflib's merges them.
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    _OX_STORES[target] = (target.version, store)
    return store


def _ox_text(term: Any) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return str(term.value)


@BACKENDS.register("oxigraph", aliases=("pyoxigraph",))
def run_oxigraph(target: ClaimGraph, sparql: str, prefixes: dict[str, str]) -> Result:
    """Run on pyoxigraph, loaded from the N-Quads (named graphs kept)."""
    store = oxigraph_store(target)
    try:
        result = store.query(sparql, prefixes=prefixes)
    except SyntaxError as err:
        raise _fail("oxigraph", err) from err
    try:
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [("true" if bool(result) else "false",)]
        if isinstance(result, ox.QuerySolutions):
            variables = result.variables
            columns = [v.value for v in variables]
            rows = [tuple(_ox_text(sol[v]) for v in variables) for sol in result]
            return columns, rows
        triples: list[Row] = [
            (_ox_text(t.subject), _ox_text(t.predicate), _ox_text(t.object)) for t in result
        ]
        return ["subject", "predicate", "object"], triples
    except OSError as err:
        raise _fail("oxigraph", err) from err
