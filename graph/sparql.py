"""Run SPARQL over a ClaimGraph on rdflib (default) or pyoxigraph.

Default-graph semantics, the same on both backends: a pattern outside
``GRAPH`` matches the RDF merge of all graphs, each triple once (rdflib
``Dataset(default_union=True)``; in pyoxigraph we load that union into the
store's default graph, because its ``use_default_graph_as_union=True``
repeats a triple once per graph that holds it), and ``GRAPH ?g`` ranges
over the named graphs: one per source, ``<base>graph/meta`` and, when
findings were added, ``<base>graph/findings``.  So "which sources state this
triple" is ``SELECT ?g WHERE { GRAPH ?g { ... } }``.

:func:`run` gives typed :class:`Results` (rdflib terms, whichever backend
ran), which :func:`sparql_json` writes as standard SPARQL 1.1 Query Results
JSON and :func:`graph_text` writes as RDF for CONSTRUCT and DESCRIBE.
:func:`query` gives the same as ``(columns, rows)`` with every value as text
(an IRI, a literal's lexical form, or None when unbound).  A query without
ORDER BY has no defined row order, so we sort its rows (as text, None first)
to make results reproducible; a query with ORDER BY keeps the order it asked
for.

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
from dataclasses import dataclass, field
from typing import Any, Literal as Kind

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib import XSD, BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query

from .errors import ClaimGraphError
from .rdf_formats import RDF_FORMATS, Terms
from .registry import Registry
from .store import ClaimGraph

Term = URIRef | Literal | BNode
Row = tuple[str | None, ...]
Result = tuple[list[str], list[Row]]


@dataclass(frozen=True, slots=True)
class Results:
    """What a query gave, as rdflib terms: rows (SELECT), a boolean (ASK) or triples.

    ``kind`` is ``"SELECT"``, ``"ASK"`` or ``"GRAPH"`` (CONSTRUCT and DESCRIBE).
    """

    kind: Kind["SELECT", "ASK", "GRAPH"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Term, Term, Term], ...] = field(default=())


Backend = Callable[[ClaimGraph, str, dict[str, str]], Results]

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
    results = run(target, sparql, backend=backend, allow_service=allow_service)
    if results.kind == "ASK":
        return ["ask"], [("true" if results.boolean else "false",)]
    if results.kind == "GRAPH":
        return ["subject", "predicate", "object"], sorted(
            tuple(_text(t) for t in triple) for triple in results.triples)
    return list(results.variables), [tuple(_text(v) for v in row) for row in results.rows]


def run(target: ClaimGraph, sparql: str, *, backend: str = "rdflib",
        allow_service: bool = False) -> Results:
    """Run ``sparql`` over ``target`` and return typed :class:`Results`.

    The same closed-query rules and row order as :func:`query`; durations come
    back canonical on both backends (see the module docstring).  CONSTRUCT and
    DESCRIBE triples are sorted.

    >>> from claimgraph.graph.model import ClaimSet
    >>> run(ClaimGraph.from_claimset(ClaimSet()), "ASK { ?s a cg:ClaimSet }").boolean
    True

    Raises:
        ClosedQueryError, SparqlError, UnknownFormatError: as :func:`query`.
    """
    runner = BACKENDS.get(backend)
    if not allow_service:
        check_closed(target, sparql, backend=backend)
    results = runner(target, sparql, target.prefixes())
    if results.kind == "SELECT" and not has_order_by(sparql):
        rows = sorted(results.rows,
                      key=lambda row: tuple((v is not None, _text(v) or "") for v in row))
        return Results("SELECT", results.variables, tuple(rows))
    if results.kind == "GRAPH":
        return Results("GRAPH", triples=tuple(sorted(
            set(results.triples), key=lambda t: tuple(_text(x) or "" for x in t))))
    return results


def sparql_json(results: Results) -> dict[str, Any]:
    """Return results in the SPARQL 1.1 Query Results JSON Format (W3C).

    Each bound value says its type (``uri``, ``literal`` with its ``datatype``
    or ``xml:lang``, ``bnode``); an unbound variable is left out of its row.

    >>> r = Results("SELECT", ("n",), ((Literal("3", datatype=XSD.integer),),))
    >>> sparql_json(r)["results"]["bindings"]
    [{'n': {'type': 'literal', 'value': '3', 'datatype': 'http://www.w3.org/2001/XMLSchema#integer'}}]

    Raises:
        SparqlError: CONSTRUCT or DESCRIBE results, which are RDF (:func:`graph_text`).
    """
    if results.kind == "ASK":
        return {"head": {}, "boolean": bool(results.boolean)}
    if results.kind == "GRAPH":
        raise SparqlError("SPARQL: expected a SELECT or ASK query for JSON results, got "
                          "CONSTRUCT or DESCRIBE (hint: its triples are written as RDF)")
    bindings = [
        {var: _json_term(value) for var, value in zip(results.variables, row, strict=True)
         if value is not None}
        for row in results.rows
    ]
    return {"head": {"vars": list(results.variables)}, "results": {"bindings": bindings}}


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def graph_text(results: Results, fmt: str, prefixes: dict[str, str]) -> str:
    """Write CONSTRUCT or DESCRIBE triples as RDF: ``turtle``, ``nquads`` (N-Triples) or ``jsonld``.

    Sorted, so the same answer is the same text; triples with blank nodes
    (a CONSTRUCT template may make them) go through rdflib's writer instead.

    Raises:
        UnknownFormatError: ``fmt`` is not an RDF format (lists them).
    """
    spec = RDF_FORMATS.get(fmt)
    if any(isinstance(t, BNode) for triple in results.triples for t in triple):
        graph = Graph()
        for name, ns in prefixes.items():
            graph.bind(name, ns)
        for triple in results.triples:
            graph.add(triple)
        return graph.serialize(format={"nquads": "nt"}.get(spec.name, spec.parser))
    quads = Terms().quads((s, p, o, None) for s, p, o in results.triples)
    return spec.write(quads, prefixes)


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


def _text(value: Term | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, BNode):
        return "_:" + str(value)
    return str(value)


def _rdflib_term(value: Any) -> Term | None:
    if isinstance(value, Literal) and value.datatype in _DURATIONS:
        return _canonical_duration(value)
    term: Term | None = value
    return term


def _canonical_duration(value: Literal) -> Literal:
    # oxigraph answers with canonical durations (P12M -> P1Y); so do we.
    canonical = str(Literal(str(value), datatype=value.datatype, normalize=True))
    return Literal("PT0S" if canonical == "P0D" else canonical, datatype=value.datatype,
                   normalize=False)


@BACKENDS.register("rdflib")
def run_rdflib(target: ClaimGraph, sparql: str, prefixes: dict[str, str]) -> Results:
    """Run on the ClaimGraph's own rdflib Dataset (union default graph)."""
    try:
        prepared = prepareQuery(sparql, initNs=prefixes)
    except Exception as err:  # pyparsing and rdflib raise several types here
        raise _fail("rdflib", err) from err
    try:
        result = target.dataset.query(prepared)
        if result.type == "ASK":
            return Results("ASK", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            columns = tuple(str(v) for v in result.vars or ())
            rows = tuple(
                tuple(_rdflib_term(row[i]) for i in range(len(columns)))  # type: ignore[index]
                for row in result
            )
            return Results("SELECT", columns, rows)
        triples = tuple(
            tuple(_rdflib_term(t) for t in triple)  # type: ignore[union-attr]
            for triple in result
        )
        return Results("GRAPH", triples=triples)  # type: ignore[arg-type]
    except Exception as err:
        raise _fail("rdflib", err) from err


_OX_STORES: weakref.WeakKeyDictionary[ClaimGraph, tuple[int, ox.Store]] = (
    weakref.WeakKeyDictionary()
)


def oxigraph_store(target: ClaimGraph) -> ox.Store:
    """Return an in-memory pyoxigraph Store with the graph's quads (cached per version).

    Bulk-loaded from the ClaimGraph's term quads: they are N-Triples terms
    already, so joined they are N-Quads for pyoxigraph's bulk loader, which
    costs less than making a ``pyoxigraph.Quad`` per quad in Python.
    """
    cached = _OX_STORES.get(target)
    if cached is not None and cached[0] == target.version:
        return cached[1]
    store = ox.Store()
    store.bulk_load("".join(f"{s} {p} {o} {g} .\n" if g is not None else f"{s} {p} {o} .\n"
                            for s, p, o, g in target.term_quads()), ox.RdfFormat.N_QUADS)
    # The union goes into the real default graph: oxigraph's union mode
    # repeats a triple once per graph holding it, rdflib's merges them.
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    _OX_STORES[target] = (target.version, store)
    return store


def _ox_term(term: Any) -> Term | None:
    """Return a pyoxigraph term as the rdflib term it is (lexical forms kept)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language, normalize=False)
    datatype = None if term.datatype.value == str(XSD.string) else URIRef(term.datatype.value)
    return Literal(term.value, datatype=datatype, normalize=False)


@BACKENDS.register("oxigraph", aliases=("pyoxigraph",))
def run_oxigraph(target: ClaimGraph, sparql: str, prefixes: dict[str, str]) -> Results:
    """Run on pyoxigraph, filled with the graph's quads (named graphs kept)."""
    store = oxigraph_store(target)
    try:
        result = store.query(sparql, prefixes=prefixes)
    except SyntaxError as err:
        raise _fail("oxigraph", err) from err
    # Rows repeat their IRIs and values: make each rdflib term once.
    made: dict[Any, Term | None] = {}

    def term(value: Any) -> Term | None:
        if value is None:
            return None
        found = made.get(value)
        if found is None:
            found = made[value] = _ox_term(value)
        return found

    try:
        if isinstance(result, ox.QueryBoolean):
            return Results("ASK", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = result.variables
            columns = tuple(v.value for v in variables)
            rows = tuple(tuple(term(sol[v]) for v in variables) for sol in result)
            return Results("SELECT", columns, rows)
        triples = tuple(
            (term(t.subject), term(t.predicate), term(t.object)) for t in result
        )
        return Results("GRAPH", triples=triples)  # type: ignore[arg-type]
    except OSError as err:
        raise _fail("oxigraph", err) from err
