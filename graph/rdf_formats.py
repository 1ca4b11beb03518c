"""The RDF formats a ClaimGraph reads and writes, in one registry, and the term syntax.

A quad is a tuple of four strings, each term in its N-Triples syntax as
pyoxigraph writes it (``<iri>``, ``"text"``, ``"P12M"^^<…#duration>``,
``"fr"@fr``), the graph None for the default graph.  Plain strings, because
they cost Python the least: they hash at C speed, and unlike pyoxigraph's
term objects (which Python's cyclic collector tracks, so a million of them
alive make every collection slow) they are no work for the collector.  A
literal is exactly the lexical form written, so ``"P12M"^^xsd:duration`` and
``"1.0E0"^^xsd:double`` round-trip, and nothing process-wide (such as
rdflib's ``NORMALIZE_LITERALS``) is ever switched.

pyoxigraph parses every registered format (TriG, N-Quads, Turtle, JSON-LD;
it also knows N-Triples, N3 and RDF/XML) and formats each parsed term
(``str()`` of a pyoxigraph term is its canonical N-Triples form).  It never
fetches a JSON-LD context (it has no document loader); graph/jsonld_guard.py
refuses one first anyway, with its line.  rdflib parses none of our formats.

N-Quads is the terms joined and the lines sorted: byte for byte what
``pyoxigraph.serialize`` writes for the sorted quads (tests/test_rdf_oxigraph.py
checks it), without making a ``pyoxigraph.Quad`` per quad, which costs more
(~3 µs when the object is a literal) than the whole line.  TriG, Turtle and
JSON-LD we write ourselves, sorted: pyoxigraph's TriG writer keeps the input
order, declares prefixes in hash order and indents with tabs, so its output
is neither stable nor the layout our files have always had.  String escapes
are canonical N-Triples (``\\b``, ``\\f``, other controls as ``\\uXXXX``) in
every format, as pyoxigraph writes them.

What a format does not support: Turtle has no named graphs, so the
``turtle`` writer emits the union of all graphs (which graph a triple came
from is lost; the claim nodes still say which source made each claim).
No blank nodes are written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from .errors import ClaimGraphError, Problem, ValidationError
from .jsonld_guard import refuse_remote_contexts
from .registry import Registry

# An rdflib quad (subject, predicate, object, graph or None for the default
# graph): what ClaimGraph.quads() and the rdflib Dataset hand to callers.
Quad = tuple[URIRef, URIRef, Node, URIRef | None]
# One term in N-Triples syntax, and a quad of them: what ClaimGraph holds.
Term = str
TermQuad = tuple[Term, Term, Term, Term | None]
Writer = Callable[[Collection[TermQuad], dict[str, str]], str]

RDF_TYPE = f"<{RDF.type}>"


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF syntax: how to write it, pyoxigraph's and rdflib's names, its file suffix."""

    name: str
    suffix: str
    media_type: str
    parser: str  # rdflib's plugin name (rdflib writes CONSTRUCT results with blank nodes)
    oxigraph: ox.RdfFormat
    named_graphs: bool
    write: Writer


RDF_FORMATS: Registry[RdfFormat] = Registry("RDF format")

# pyoxigraph says "Parser error at line 4 column 2: ..." or "... between columns 1 and 4: ...".
_OX_AT = re.compile(r"^Parser error at line \d+ (?:column (\d+)|between columns (\d+) and \d+): ")
# tests/test_hostile_input.py pins an N-Quads syntax error as "<file>: expected ..." with no
# line; until it moves, N-Quads says its line and column inside the message instead.
_LINE_IN_MESSAGE = frozenset({"nquads"})


# --- term syntax ------------------------------------------------------------------

# Canonical N-Triples escapes, the ones pyoxigraph writes.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_UNESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'",
              "\\": "\\"}
_ESCAPED = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def _unescape(match: re.Match[str]) -> str:
    hex4, hex8, char = match.groups()
    return chr(int(hex4 or hex8, 16)) if char is None else _UNESCAPES.get(char, char)


def quote_string(text: str) -> str:
    r"""Return ``text`` as a one-line quoted N-Triples/Turtle string (a plain literal term).

    >>> print(quote_string('say "hi"\n\b'))
    "say \"hi\"\n\b"
    """
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def iri_ref(iri: str) -> str:
    """Return ``<iri>``, refusing characters that no IRI may hold."""
    if _NOT_IN_IRI.search(iri):
        raise ClaimGraphError(f"RDF: expected an IRI, got {iri!r} (hint: percent-encode it)")
    return f"<{iri}>"


iri_term = iri_ref


def literal_term(lexical: str, datatype: str | None = None, language: str | None = None) -> Term:
    """Return a literal term; a plain string when ``datatype`` is None or xsd:string.

    >>> print(literal_term("P12M", "http://www.w3.org/2001/XMLSchema#duration"))
    "P12M"^^<http://www.w3.org/2001/XMLSchema#duration>
    """
    text = quote_string(lexical)
    if language:
        return text + "@" + language.lower()  # pyoxigraph writes language tags lower case
    if datatype is None or datatype == XSD_STRING:
        return text
    return text + "^^" + iri_ref(datatype)


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def is_iri(term: Term) -> bool:
    return term[0] == "<"


def is_literal(term: Term) -> bool:
    return term[0] == '"'


def literal_parts(term: Term) -> tuple[str, str | None, str | None]:
    """Return a literal term's (lexical form, datatype IRI or None, language or None).

    >>> literal_parts('"a \\\\"b\\\\""^^<http://e/t>')
    ('a "b"', 'http://e/t', None)
    """
    end = term.rindex('"')
    quoted, rest = term[1:end], term[end + 1:]
    lexical = _ESCAPED.sub(_unescape, quoted) if "\\" in quoted else quoted
    if rest.startswith("^^<"):
        return lexical, rest[3:-1], None
    if rest.startswith("@"):
        return lexical, None, rest[1:]
    return lexical, None, None


def term_value(term: Term) -> str:
    """Return an IRI's text or a literal's lexical form (a blank node's label)."""
    if term[0] == "<":
        return term[1:-1]
    if term[0] == '"':
        return literal_parts(term)[0]
    return term[2:]


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph) -> Term | None:
    """Return a pyoxigraph term as the text quads hold (None for the default graph)."""
    return None if isinstance(term, ox.DefaultGraph) else str(term)


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


# --- writers ----------------------------------------------------------------------

SortKey = tuple[int, str, str, str]


class _Terms:
    """Format terms for Turtle/TriG/JSON-LD, abbreviating IRIs with the longest prefix."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        # A local name holds no '/' or '#', so a namespace ending in one can only be
        # the IRI up to its last '/' or '#': one dict lookup.  Others are tried in turn.
        self.by_namespace: dict[str, str] = {}
        for name, ns in self.prefixes:
            if ns[-1:] in ("/", "#"):
                self.by_namespace.setdefault(ns, name)
        self.others = [(name, ns) for name, ns in self.prefixes if ns[-1:] not in ("/", "#")]
        self.cache: dict[Term, str] = {}
        self.keys: dict[Term, SortKey] = {}
        self.verbs: dict[Term, tuple[bool, str]] = {}

    def compact(self, iri: str) -> str | None:
        """Return ``prefix:local`` with the longest namespace that leaves a valid local name."""
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        name = self.by_namespace.get(iri[:cut]) if cut else None
        found = cut if name is not None and _LOCAL_NAME.fullmatch(iri, cut) else -1
        for other, ns in self.others:  # longest first
            if len(ns) <= found:
                break
            if iri.startswith(ns) and _LOCAL_NAME.fullmatch(iri, len(ns)):
                name, found = other, len(ns)
                break
        return None if found < 0 else f"{name}:{iri[found:]}"

    def term(self, term: Term) -> str:
        text = self.cache.get(term)
        if text is not None:
            return text
        if term[0] == "<":
            text = self.compact(term[1:-1]) or term
        elif term[0] == '"':
            text = term
            cut = term.rfind('"^^<')
            if cut > 0 and term[-1] == ">":
                text = term[:cut + 3] + (self.compact(term[cut + 4:-1]) or term[cut + 3:])
        else:
            raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r} "
                                  "(hint: claimgraph writes no blank nodes)")
        if len(self.cache) < 1_000_000:
            self.cache[term] = text
        return text

    def key(self, term: Term) -> SortKey:
        """Sort IRIs before literals; IRIs by text, literals by value, datatype, language."""
        key = self.keys.get(term)
        if key is None:
            key = sort_key(term)
            if len(self.keys) < 1_000_000:
                self.keys[term] = key
        return key

    def verb(self, pred: Term) -> tuple[bool, str]:
        """Sort rdf:type first ('a'), then by IRI text: "_1" before "_10"."""
        key = self.verbs.get(pred)
        if key is None:
            key = self.verbs[pred] = (pred != RDF_TYPE, pred[1:-1])
        return key


def sort_key(term: Term) -> SortKey:
    if term[0] == "<":
        return (0, term[1:-1], "", "")
    if term[0] == '"':
        lexical, datatype, language = literal_parts(term)
        return (1, lexical, datatype or "", language or "")
    return (0, term_value(term), "", "")


# A conservative PN_LOCAL: ASCII letters, digits, '_' and '-' (not first).
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


Tree = dict[Term, dict[Term, list[Term]]]


def _graph_trees(quads: Iterable[TermQuad], *, union: bool = False) -> dict[Term | None, Tree]:
    """Group quads graph → subject → predicate → objects, graphs sorted (default first)."""
    graphs: dict[Term | None, Tree] = {}
    for s, p, o, g in quads:
        tree = graphs.get(None if union else g)
        if tree is None:
            tree = graphs[None if union else g] = {}
        preds = tree.get(s)
        if preds is None:
            preds = tree[s] = {}
        objects = preds.get(p)
        if objects is None:
            preds[p] = [o]
        else:
            objects.append(o)
    return {g: graphs[g] for g in sorted(graphs, key=lambda g: (g is not None,
                                                                 "" if g is None else g[1:-1]))}


def write_nquads(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write N-Quads, one sorted line per quad (``prefixes`` are not used: N-Quads has none).

    >>> print(write_nquads({("<http://e/a>", "<http://e/b>", '"c"', None)}, {}), end="")
    <http://e/a> <http://e/b> "c" .
    """
    lines = [f"{s} {p} {o} {g} .\n" if g is not None else f"{s} {p} {o} .\n"
             for s, p, o, g in quads]
    if not isinstance(quads, set | frozenset):
        lines = list(set(lines))  # distinct quads make distinct lines: no set needed above
    if any(line[0] == "_" or " _:" in line for line in lines):
        for s, p, o, g in quads:
            for term in (s, p, o, g or "<>"):
                if term[0] == "_":
                    raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r} "
                                          "(hint: claimgraph writes no blank nodes)")
    lines.sort()
    return "".join(lines)


def _turtle_block(tree: Tree, terms: _Terms, indent: str) -> list[str]:
    lines = []
    key, term, verb = terms.key, terms.term, terms.verb
    cached = terms.cache.get
    joint = f" ;\n{indent}    "
    for subject in sorted(tree, key=key):
        preds = tree[subject]
        parts = []
        for pred in sorted(preds, key=verb) if len(preds) > 1 else preds:
            said = "a" if pred == RDF_TYPE else cached(pred) or term(pred)
            objects = preds[pred]
            if len(objects) == 1:
                parts.append(f"{said} {cached(objects[0]) or term(objects[0])}")
            else:
                parts.append(f"{said} " + ", ".join(
                    term(o) for o in sorted(set(objects), key=key)))
        lines.append(f"{indent}{cached(subject) or term(subject)} {joint.join(parts)} .\n")
    return lines


def _prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {k}: {iri_ref(v)} .\n" for k, v in sorted(prefixes.items()))


def write_trig(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write TriG: prefixes, then each graph (default first) with sorted subjects."""
    terms = _Terms(prefixes)
    out = [_prefix_lines(prefixes)]
    for graph, tree in _graph_trees(quads).items():
        name = "" if graph is None else terms.term(graph) + " "
        out.append("\n" + name + "{\n")
        out.append("\n".join(_turtle_block(tree, terms, "    ")))
        out.append("}\n")
    return "".join(out)


def write_turtle(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write Turtle of the union of all graphs (graph names are lost)."""
    terms = _Terms(prefixes)
    tree = _graph_trees(quads, union=True).get(None, {})
    return _prefix_lines(prefixes) + "\n" + "\n".join(_turtle_block(tree, terms, ""))


def _jsonld_term(term: Term, terms: _Terms) -> dict[str, str]:
    if term[0] == "<":
        return {"@id": _compact(term, terms)}
    if term[0] == '"':
        lexical, datatype, language = literal_parts(term)
        value = {"@value": lexical}
        if language:
            value["@language"] = language
        elif datatype is not None:
            value["@type"] = terms.compact(datatype) or datatype
        return value
    raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {term!r}")


def _compact(iri: Term, terms: _Terms) -> str:
    if iri[0] != "<":
        raise ClaimGraphError(f"RDF: expected an IRI, got {iri!r} "
                              "(hint: claimgraph writes no blank nodes)")
    return terms.compact(iri[1:-1]) or iri[1:-1]


def _jsonld_nodes(tree: Tree, terms: _Terms) -> list[dict[str, object]]:
    nodes = []
    for subject in sorted(tree, key=terms.key):
        node: dict[str, object] = {"@id": _compact(subject, terms)}
        preds = tree[subject]
        if RDF_TYPE in preds:
            node["@type"] = [_compact(t, terms)
                             for t in sorted(set(preds[RDF_TYPE]), key=term_value)]
        for pred in sorted((p for p in preds if p != RDF_TYPE), key=term_value):
            node[_compact(pred, terms)] = [
                _jsonld_term(o, terms) for o in sorted(set(preds[pred]), key=terms.key)
            ]
        nodes.append(node)
    return nodes


def write_jsonld(quads: Collection[TermQuad], prefixes: dict[str, str]) -> str:
    """Write JSON-LD (expanded values, compact IRIs), one object per named graph."""
    terms = _Terms(prefixes)
    top: list[dict[str, object]] = []
    for graph, tree in _graph_trees(quads).items():
        nodes = _jsonld_nodes(tree, terms)
        if graph is None:
            top.extend(nodes)
        else:
            top.append({"@id": _compact(graph, terms), "@graph": nodes})
    doc = {"@context": dict(sorted(prefixes.items())), "@graph": top}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


for _fmt in (
    RdfFormat("trig", "trig", "application/trig", "trig", ox.RdfFormat.TRIG, True, write_trig),
    RdfFormat("nquads", "nq", "application/n-quads", "nquads", ox.RdfFormat.N_QUADS, True,
              write_nquads),
    RdfFormat("jsonld", "jsonld", "application/ld+json", "json-ld", ox.RdfFormat.JSON_LD, True,
              write_jsonld),
    RdfFormat("turtle", "ttl", "text/turtle", "turtle", ox.RdfFormat.TURTLE, False,
              write_turtle),
):
    _aliases = {"nquads": ("nq",), "jsonld": ("json-ld",), "turtle": ("ttl",)}.get(_fmt.name, ())
    RDF_FORMATS.register(_fmt.name, aliases=_aliases)(_fmt)
