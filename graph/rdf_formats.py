"""The RDF formats a ClaimGraph reads and writes, in one registry, and the parser.

Quads are tuples of terms in N-Triples syntax (graph/rdf_terms.py says why);
the writers are in graph/rdf_write.py.  This module registers each format
(its writer, file suffix, media type, pyoxigraph's and rdflib's names), turns
terms into rdflib terms and back for the rdflib view, and parses.

pyoxigraph parses every registered format (TriG, N-Quads, Turtle, JSON-LD;
it also knows N-Triples, N3 and RDF/XML) and formats each parsed term
(``str()`` of a pyoxigraph term is its canonical N-Triples form).  It never
fetches a JSON-LD context (it has no document loader); graph/jsonld_guard.py
refuses one first anyway, with its line.  rdflib parses none of our formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from .errors import ClaimGraphError, Problem, ValidationError
from .jsonld_guard import refuse_remote_contexts
from .rdf_terms import (
    RDF_TYPE,
    XSD_STRING,
    Term,
    TermQuad,
    iri_ref,
    iri_term,
    is_iri,
    is_literal,
    literal_parts,
    literal_term,
    quote_string,
    term_text,
    term_value,
)
from .rdf_write import (
    Pieces,
    _jsonld,
    _nquads,
    _trig,
    _turtle,
    sort_key,
    write_jsonld,
    write_nquads,
    write_trig,
    write_turtle,
)
from .registry import Registry

# The term syntax and the writers, re-exported: callers import them from here.
__all__ = [
    "RDF_FORMATS", "RDF_TYPE", "XSD_STRING", "Quad", "RdfFormat", "RdflibTerms", "Term",
    "TermQuad", "Terms", "dataset_quads", "iri_ref", "iri_term", "is_iri", "is_literal",
    "literal_parts", "literal_term", "parse_quads", "quote_string", "rdflib_term",
    "rdflib_to_term", "sort_key", "term_text", "term_value", "write_jsonld", "write_nquads",
    "write_trig", "write_turtle",
]

# An rdflib quad (subject, predicate, object, graph or None for the default
# graph): what ClaimGraph.quads() and the rdflib Dataset hand to callers.
Quad = tuple[URIRef, URIRef, Node, URIRef | None]
# (quads, prefixes, JSON-LD context or None for the prefixes) -> the text as pieces.
PiecesWriter = Callable[[Collection[TermQuad], dict[str, str], "dict[str, Any] | None"], Pieces]


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF syntax: how to write it, pyoxigraph's and rdflib's names, its file suffix."""

    name: str
    suffix: str
    media_type: str
    parser: str  # rdflib's plugin name (rdflib writes CONSTRUCT results with blank nodes)
    oxigraph: ox.RdfFormat
    named_graphs: bool
    pieces: PiecesWriter

    def write(self, quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
        """Return the quads as text in this syntax, prefixes declared where it has them."""
        return "".join(self.pieces(quads, prefixes, None))

    def encode(self, quads: Collection[TermQuad], prefixes: dict[str, str],
               context: dict[str, Any] | None = None) -> bytes:
        """Return ``write``'s text as UTF-8 (JSON-LD with ``context`` as its ``@context``).

        The bytes of :meth:`chunks` joined: the whole text never exists as
        one str (two or four bytes a character once one character is not
        Latin-1), only as the bytes.
        """
        return b"".join(self.chunks(quads, prefixes, context))

    def chunks(self, quads: Collection[TermQuad], prefixes: dict[str, str],
               context: dict[str, Any] | None = None) -> Iterator[bytes]:
        """Yield :meth:`encode`'s bytes about a megabyte at a time, in order.

        What the exporters write: each chunk goes to the file as it is made
        (graph.files.write_chunks_atomic), so neither the text nor its bytes
        exist whole.
        """
        part: list[str] = []
        size = 0
        for piece in self.pieces(quads, prefixes, context):
            part.append(piece)
            size += len(piece)
            if size >= 1 << 20:
                yield "".join(part).encode("utf-8")
                part, size = [], 0
        yield "".join(part).encode("utf-8")


RDF_FORMATS: Registry[RdfFormat] = Registry("RDF format")

# pyoxigraph says "Parser error at line 4 column 2: ..." or "... between columns 1 and 4: ...".
_OX_AT = re.compile(r"^Parser error at line \d+ (?:column (\d+)|between columns (\d+) and \d+): ")
# tests/test_hostile_input.py pins an N-Quads syntax error as "<file>: expected ..." with no
# line; until it moves, N-Quads says its line and column inside the message instead.
_LINE_IN_MESSAGE = frozenset({"nquads"})


# --- rdflib <-> terms ---------------------------------------------------------------


class RdflibTerms:
    """Turn terms into rdflib terms, each distinct term once.

    Literals keep their lexical form (``normalize=False`` on each literal:
    nothing process-wide is switched).

    >>> lit = RdflibTerms()('"P12M"^^<http://www.w3.org/2001/XMLSchema#duration>')
    >>> str(lit), str(lit.datatype)
    ('P12M', 'http://www.w3.org/2001/XMLSchema#duration')
    """

    def __init__(self) -> None:
        self.cache: dict[Term, Node] = {}

    def __call__(self, term: Term) -> Node:
        node = self.cache.get(term)
        if node is None:
            node = self.cache[term] = rdflib_term(term)
        return node

    def quads(self, quads: Iterable[TermQuad]) -> set[Quad]:
        """Return the quads as rdflib quads (the default graph as None)."""
        return {(self(s), self(p), self(o), None if g is None else self(g))  # type: ignore[misc]
                for s, p, o, g in quads}


def rdflib_term(term: Term) -> Node:
    """Return one term as the rdflib term it is, lexical form kept."""
    if term[0] == "<":
        return URIRef(term[1:-1])
    if term[0] == "_":
        return BNode(term[2:])
    lexical, datatype, language = literal_parts(term)
    if language:
        return Literal(lexical, lang=language, normalize=False)
    return Literal(lexical, datatype=None if datatype is None else URIRef(datatype),
                   normalize=False)


class Terms:
    """Turn rdflib terms into terms, each distinct term once."""

    def __init__(self) -> None:
        self.cache: dict[Node, Term] = {}

    def __call__(self, node: Node) -> Term:
        term = self.cache.get(node)
        if term is None:
            term = self.cache[node] = rdflib_to_term(node)
        return term

    def quads(self, quads: Iterable[tuple[Node, Node, Node, Node | None]]) -> set[TermQuad]:
        """Return rdflib quads (graph None or rdflib's default graph id) as term quads."""
        return {(self(s), self(p), self(o),
                 None if g is None or g == DATASET_DEFAULT_GRAPH_ID else self(g))
                for s, p, o, g in quads}


def rdflib_to_term(node: Node) -> Term:
    """Return one rdflib term in N-Triples syntax.

    Raises:
        ClaimGraphError: an IRI no RDF syntax can hold, or a node that is not an RDF term.
    """
    if isinstance(node, URIRef):
        return iri_ref(str(node))
    if isinstance(node, BNode):
        return "_:" + str(node)
    if isinstance(node, Literal):
        return literal_term(str(node), None if node.datatype is None else str(node.datatype),
                            node.language)
    raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {node!r}")


def dataset_quads(ds: Dataset) -> set[Quad]:
    """Return every quad of ``ds`` with the default graph as None, deduplicated."""
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        graph = None if g is None or g == DATASET_DEFAULT_GRAPH_ID else URIRef(str(g))
        out.add((s, p, o, graph))
    return out  # type: ignore[return-value]


# --- parsing ----------------------------------------------------------------------


def parse_quads(text: str, fmt: str, *, where: str = "RDF text") -> list[TermQuad]:
    """Parse ``text`` with pyoxigraph into term quads, keeping every literal's lexical form.

    >>> parse_quads('<http://e/a> <http://e/h> "P12M"^^<http://www.w3.org/2001/XMLSchema#'
    ...             'duration> <http://e/g> .', "nquads")[0][2]
    '"P12M"^^<http://www.w3.org/2001/XMLSchema#duration>'

    Raises:
        UnknownFormatError: ``fmt`` is not a registered RDF format.
        InputFileError: JSON-LD with a remote ``@context`` or ``@import`` (never fetched).
        ValidationError: the text is not valid ``fmt`` (a located problem).
    """
    spec = RDF_FORMATS.get(fmt)
    if spec.name == "jsonld":
        refuse_remote_contexts(text, where)  # located, before any parser sees the text
    # One string per distinct term: a term repeated a million times is stored once.
    seen: dict[str, str] = {}
    keep = seen.setdefault
    default = ox.DefaultGraph()
    quads: list[TermQuad] = []
    add = quads.append
    try:
        for s, p, o, g in ox.parse(text, format=spec.oxigraph):
            s, p, o = str(s), str(p), str(o)
            graph = None if g == default else str(g)
            add((keep(s, s), keep(p, p), keep(o, o),
                 None if graph is None else keep(graph, graph)))
    except (SyntaxError, ValueError) as err:
        raise _syntax_problem(err, spec, text, where) from err
    return quads


def _syntax_problem(err: Exception, spec: RdfFormat, text: str, where: str) -> ValidationError:
    message = " ".join(str(getattr(err, "msg", None) or err).split())
    line = getattr(err, "lineno", None) if isinstance(err, SyntaxError) else None
    if line is not None:
        # A parser reports the line after the last when the text stops mid-statement.
        line = min(line, max(1, text.rstrip("\n").count("\n") + 1))
    at = _OX_AT.match(message)
    if at and line is not None:
        column = at.group(1) or at.group(2)
        message = message[at.end():]
        if spec.name in _LINE_IN_MESSAGE:
            message = f"line {line}, column {column}: {message}"
            line = None
        else:
            message = f"column {column}: {message}"
    if len(message) > 300:
        message = message[:300] + "..."
    return ValidationError([Problem(
        where, line, f"{spec.name} RDF",
        f"a syntax error: {message}" if message else f"a {type(err).__name__}",
        f"check the file suffix; formats: {', '.join(RDF_FORMATS.names())}")])


for _fmt in (
    RdfFormat("trig", "trig", "application/trig", "trig", ox.RdfFormat.TRIG, True, _trig),
    RdfFormat("nquads", "nq", "application/n-quads", "nquads", ox.RdfFormat.N_QUADS, True,
              _nquads),
    RdfFormat("jsonld", "jsonld", "application/ld+json", "json-ld", ox.RdfFormat.JSON_LD, True,
              _jsonld),
    RdfFormat("turtle", "ttl", "text/turtle", "turtle", ox.RdfFormat.TURTLE, False, _turtle),
):
    _aliases = {"nquads": ("nq",), "jsonld": ("json-ld",), "turtle": ("ttl",)}.get(_fmt.name, ())
    RDF_FORMATS.register(_fmt.name, aliases=_aliases)(_fmt)
