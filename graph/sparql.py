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

Queries are closed: they read the project's graphs and nothing else.  Both
engines would otherwise reach out: ``SERVICE`` sends the query to another
endpoint, and rdflib loads ``FROM``/``FROM NAMED`` IRIs it does not hold
(``FROM <file:///etc/passwd>`` reads a file, ``FROM <http://…>`` fetches).
So before any backend runs, :func:`check_closed` parses the query with
rdflib's SPARQL parser (comments and strings cannot fool a parser as they
would a regex) and refuses ``SERVICE`` anywhere in it, and ``FROM``/``FROM
NAMED`` naming anything but the project's non-empty named graphs (rdflib
loads only graphs it finds empty).  A query that parser cannot read is
refused on every backend rather than run unchecked.  ``allow_service=True``
(``claimgraph query --allow-service``) is the one way to open it.  Updates
(``INSERT``, ``LOAD``, ``CLEAR`` ...) are refused whatever the flag says.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib import XSD, BNode, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query

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


class ClosedQueryError(SparqlError):
    """A query that would reach beyond the project's graphs (SERVICE, FROM), or an update."""


def query(target: ClaimGraph, sparql: str, *, backend: str = "rdflib",
          allow_service: bool = False) -> Result:
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

    Args:
        target: the graph to query.
        sparql: a SPARQL 1.1 query (prefixes of :meth:`ClaimGraph.prefixes` declared).
        backend: a name in ``BACKENDS``.
        allow_service: let ``SERVICE`` and ``FROM``/``FROM NAMED`` reach other
            endpoints and files (off: see the module docstring).

    Raises:
        ClosedQueryError: an update, or ``SERVICE``/``FROM`` outside the project's
            graphs without ``allow_service``.
        SparqlError: the query does not parse (with the parser's message) or fails.
        UnknownFormatError: ``backend`` is not one of ``BACKENDS``.
    """
    run = BACKENDS.get(backend)
    if not allow_service:
        check_closed(target, sparql, backend=backend)
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


_UPDATE = ("SPARQL: expected a query (SELECT, ASK, CONSTRUCT or DESCRIBE), got an update "
           "(hint: queries only read; change the claim files to change the data)")
_OPEN_HINT = ("queries read only the project's graphs; pass --allow-service (allow_service=True "
              "in Python) to let this one reach other endpoints and files")


def check_closed(target: ClaimGraph, sparql: str, *, backend: str = "rdflib") -> Query:
    """Parse ``sparql`` and refuse it unless it reads only ``target``'s own graphs.

    Returns the parsed query.

    >>> from claimgraph.graph.model import ClaimSet
    >>> check_closed(ClaimGraph.from_claimset(ClaimSet()),  # doctest: +ELLIPSIS
    ...              "SELECT * { SERVICE <http://x.example/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    claimgraph.graph.sparql.ClosedQueryError: SPARQL: ... got SERVICE <http://x.example/> (...)

    Raises:
        ClosedQueryError: an update, ``SERVICE``, or ``FROM``/``FROM NAMED``
            naming a graph the project does not have.
        SparqlError: the query does not parse.
    """
    try:
        prepared = prepareQuery(sparql, initNs=target.prefixes())
    except Exception as err:  # pyparsing and rdflib raise several types here
        if _is_update(sparql):
            raise ClosedQueryError(_UPDATE) from err
        raise _fail(backend, err) from err
    try:
        nodes = list(_walk(prepared.algebra))
    except RecursionError as err:
        raise SparqlError("SPARQL: expected a query of reasonable depth, got one nested too "
                          "deeply to check (hint: flatten the query)") from err
    # dict.get throughout: CompValue.get returns the key itself for a missing key.
    for node in nodes:
        if node.name == "ServiceGraphPattern":
            raise ClosedQueryError(
                f"SPARQL: expected a query over the project's own graphs, got SERVICE "
                f"{_term(dict.get(node, 'term'))} (hint: {_OPEN_HINT})")
    clauses = [c for node in nodes for c in dict.get(node, "datasetClause") or ()]
    if clauses:
        own = set(target.graph_names())
        for clause in clauses:
            default = dict.get(clause, "default")
            iri = default if default is not None else dict.get(clause, "named")
            if iri not in own:
                keyword = "FROM" if default is not None else "FROM NAMED"
                names = ", ".join(f"<{g}>" for g in sorted(own)) or "none"
                raise ClosedQueryError(
                    f"SPARQL: expected FROM and FROM NAMED to name the project's graphs "
                    f"({names}), got {keyword} {_term(iri)} (hint: {_OPEN_HINT})")
    return prepared


def _is_update(sparql: str) -> bool:
    try:
        return bool(parseUpdate(sparql).request)
    except Exception:  # not an update either: the query's own parse error is the one to show
        return False


def _walk(node: object) -> Iterator[CompValue]:
    """Yield every CompValue in a parsed query (patterns, expressions, subqueries)."""
    if isinstance(node, CompValue):
        yield node
        # dict.values: CompValue.get would resolve variables against a context.
        for value in dict.values(node):
            yield from _walk(value)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            yield from _walk(value)


def _term(term: object) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    return f"?{term}" if isinstance(term, Variable) else repr(term)


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
