"""The RDF formats a ClaimGraph reads and writes, in one registry.

We write every format ourselves, sorted, instead of calling rdflib's
serializers: their order is not guaranteed stable, and rdflib prints
xsd:double with six digits and rewrites durations, which would break the
round trip.  rdflib parses, with literal normalisation switched off so
``"P12M"^^xsd:duration`` reads back as written.

What a format does not support: Turtle has no named graphs, so the
``turtle`` writer emits the union of all graphs (which graph a triple came
from is lost; the claim nodes still say which source made each claim).
No blank nodes are written or expected.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass

import rdflib
from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from .errors import ClaimGraphError, Problem, ValidationError
from .jsonld_guard import refuse_remote_contexts
from .registry import Registry

# (subject, predicate, object, graph or None for the default graph)
Quad = tuple[URIRef, URIRef, Node, URIRef | None]
Writer = Callable[[Collection[Quad], dict[str, str]], str]


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF syntax: how to write it, rdflib's parser name, its file suffix."""

    name: str
    suffix: str
    media_type: str
    parser: str
    named_graphs: bool
    write: Writer


RDF_FORMATS: Registry[RdfFormat] = Registry("RDF format")
# rdflib's Turtle and TriG parsers say "at line 4 of <>:"; the line is the file's.
_ERROR_LINE = re.compile(r"\bat line (\d{1,9}) of <[^>]*>:")


def dataset_quads(ds: Dataset) -> set[Quad]:
    """Return every quad of ``ds`` with the default graph as None, deduplicated."""
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        graph = None if g is None or g == DATASET_DEFAULT_GRAPH_ID else URIRef(str(g))
        out.add((s, p, o, graph))
    return out  # type: ignore[return-value]


def parse_dataset(text: str, fmt: str, *, where: str = "RDF text") -> Dataset:
    """Parse ``text`` into a Dataset (default graph = union), keeping lexical forms.

    Raises:
        UnknownFormatError: ``fmt`` is not a registered RDF format.
        InputFileError: JSON-LD with a remote ``@context`` or ``@import`` (never fetched).
        ValidationError: the text is not valid ``fmt`` (a located problem).
    """
    spec = RDF_FORMATS.get(fmt)
    if spec.name == "jsonld":
        refuse_remote_contexts(text, where)  # before rdflib, which would fetch them
    ds = Dataset(default_union=True)
    try:
        with _lexical_forms_kept():
            ds.parse(data=text, format=spec.parser)
    except Exception as err:  # rdflib raises many unrelated types for bad syntax
        message = " ".join(str(err).split())
        at = _ERROR_LINE.search(message)
        # rdflib counts past the end when the text stops mid-statement.
        line = min(int(at.group(1)), max(1, len(text.splitlines()))) if at else None
        message = _ERROR_LINE.sub("", message).strip()
        if len(message) > 300:
            message = message[:300] + "..."
        raise ValidationError([Problem(
            where, line, f"{spec.name} RDF",
            f"a syntax error: {message}" if message else f"a {type(err).__name__}",
            f"check the file suffix; formats: {', '.join(RDF_FORMATS.names())}")]) from err
    return ds


@contextlib.contextmanager
def _lexical_forms_kept() -> Iterator[None]:
    # rdflib's parsers build literals with the module default; turn off its
    # canonicalisation for the parse only, so P12M stays P12M.
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = saved


# --- term syntax shared by N-Quads, Turtle and TriG ---------------------------

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def quote_string(text: str) -> str:
    r"""Return ``text`` as a one-line quoted N-Triples/Turtle string.

    >>> print(quote_string('say "hi"\n'))
    "say \"hi\"\n"
    """
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def iri_ref(iri: str) -> str:
    """Return ``<iri>``, refusing characters that no IRI may hold."""
    if _NOT_IN_IRI.search(iri):
        raise ClaimGraphError(f"RDF: expected an IRI, got {iri!r} (hint: percent-encode it)")
    return f"<{iri}>"


class _Terms:
    """Format terms, abbreviating IRIs with the longest matching prefix."""

    def __init__(self, prefixes: dict[str, str], *, abbreviate: bool) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.abbreviate = abbreviate
        self.cache: dict[Node, str] = {}

    def iri(self, iri: str) -> str:
        if self.abbreviate:
            for name, ns in self.prefixes:
                if iri.startswith(ns) and _is_local_name(iri[len(ns):]):
                    return f"{name}:{iri[len(ns):]}"
        return iri_ref(iri)

    def term(self, node: Node) -> str:
        text = self.cache.get(node)
        if text is not None:
            return text
        if isinstance(node, URIRef):
            text = self.iri(str(node))
        elif isinstance(node, Literal):
            text = quote_string(str(node))
            if node.language:
                text += "@" + node.language
            elif node.datatype is not None:
                text += "^^" + self.iri(str(node.datatype))
        else:
            raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {node!r} "
                                  "(hint: claimgraph writes no blank nodes)")
        if len(self.cache) < 1_000_000:
            self.cache[node] = text
        return text


def _is_local_name(local: str) -> bool:
    # A conservative PN_LOCAL: letters, digits, '_' and inner '-'.
    return bool(local) and local[0] != "-" and all(
        ch.isascii() and (ch.isalnum() or ch in "_-") for ch in local
    )


def _sort_key(node: Node) -> tuple[int, str, str, str]:
    if isinstance(node, Literal):
        return (1, str(node), str(node.datatype or ""), node.language or "")
    return (0, str(node), "", "")


def _graph_order(quads: Iterable[Quad]) -> dict[URIRef | None, list[Quad]]:
    graphs: dict[URIRef | None, list[Quad]] = defaultdict(list)
    for q in quads:
        graphs[q[3]].append(q)
    return {g: graphs[g] for g in sorted(graphs, key=lambda g: (g is not None, str(g or "")))}


# --- writers ------------------------------------------------------------------


def write_nquads(quads: Collection[Quad], prefixes: dict[str, str]) -> str:
    """Write N-Quads, one sorted line per quad."""
    terms = _Terms(prefixes, abbreviate=False)
    lines = set()
    for s, p, o, g in quads:
        graph = "" if g is None else " " + terms.term(g)
        lines.add(f"{terms.term(s)} {terms.term(p)} {terms.term(o)}{graph} .\n")
    return "".join(sorted(lines))


def _turtle_block(quads: Iterable[Quad], terms: _Terms, indent: str) -> list[str]:
    by_subject: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o, _g in quads:
        by_subject[s][p].add(o)
    lines = []
    for subject in sorted(by_subject, key=_sort_key):
        preds = by_subject[subject]
        ordered = sorted(preds, key=lambda p: (p != RDF.type, str(p)))
        parts = []
        for pred in ordered:
            verb = "a" if pred == RDF.type else terms.term(pred)
            objects = ", ".join(terms.term(o) for o in sorted(preds[pred], key=_sort_key))
            parts.append(f"{verb} {objects}")
        body = f" ;\n{indent}    ".join(parts)
        lines.append(f"{indent}{terms.term(subject)} {body} .\n")
    return lines


def _prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {k}: {iri_ref(v)} .\n" for k, v in sorted(prefixes.items()))


def write_trig(quads: Collection[Quad], prefixes: dict[str, str]) -> str:
    """Write TriG: prefixes, then each graph (default first) with sorted subjects."""
    terms = _Terms(prefixes, abbreviate=True)
    out = [_prefix_lines(prefixes)]
    for graph, graph_quads in _graph_order(quads).items():
        name = "" if graph is None else terms.term(graph) + " "
        out.append("\n" + name + "{\n")
        out.append("\n".join(_turtle_block(graph_quads, terms, "    ")))
        out.append("}\n")
    return "".join(out)


def write_turtle(quads: Collection[Quad], prefixes: dict[str, str]) -> str:
    """Write Turtle of the union of all graphs (graph names are lost)."""
    terms = _Terms(prefixes, abbreviate=True)
    union = {(s, p, o, None) for s, p, o, _g in quads}
    return _prefix_lines(prefixes) + "\n" + "\n".join(_turtle_block(union, terms, ""))


def _jsonld_term(node: Node, terms: _Terms) -> dict[str, str]:
    if isinstance(node, URIRef):
        return {"@id": _compact(str(node), terms)}
    if isinstance(node, Literal):
        value = {"@value": str(node)}
        if node.language:
            value["@language"] = node.language
        elif node.datatype is not None:
            value["@type"] = _compact(str(node.datatype), terms)
        return value
    raise ClaimGraphError(f"RDF: expected an IRI or a literal, got {node!r}")


def _compact(iri: str, terms: _Terms) -> str:
    for name, ns in terms.prefixes:
        if iri.startswith(ns) and _is_local_name(iri[len(ns):]):
            return f"{name}:{iri[len(ns):]}"
    return iri


def _jsonld_nodes(quads: Iterable[Quad], terms: _Terms) -> list[dict[str, object]]:
    by_subject: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o, _g in quads:
        by_subject[s][p].add(o)
    nodes = []
    for subject in sorted(by_subject, key=_sort_key):
        node: dict[str, object] = {"@id": _compact(str(subject), terms)}
        preds = by_subject[subject]
        if RDF.type in preds:
            node["@type"] = [_compact(str(t), terms) for t in sorted(preds[RDF.type], key=str)]
        for pred in sorted((p for p in preds if p != RDF.type), key=str):
            node[_compact(str(pred), terms)] = [
                _jsonld_term(o, terms) for o in sorted(preds[pred], key=_sort_key)
            ]
        nodes.append(node)
    return nodes


def write_jsonld(quads: Collection[Quad], prefixes: dict[str, str]) -> str:
    """Write JSON-LD (expanded values, compact IRIs), one object per named graph."""
    terms = _Terms(prefixes, abbreviate=True)
    top: list[dict[str, object]] = []
    for graph, graph_quads in _graph_order(quads).items():
        nodes = _jsonld_nodes(graph_quads, terms)
        if graph is None:
            top.extend(nodes)
        else:
            top.append({"@id": _compact(str(graph), terms), "@graph": nodes})
    doc = {"@context": dict(sorted(prefixes.items())), "@graph": top}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


for _fmt in (
    RdfFormat("trig", "trig", "application/trig", "trig", True, write_trig),
    RdfFormat("nquads", "nq", "application/n-quads", "nquads", True, write_nquads),
    RdfFormat("jsonld", "jsonld", "application/ld+json", "json-ld", True, write_jsonld),
    RdfFormat("turtle", "ttl", "text/turtle", "turtle", False, write_turtle),
):
    _aliases = {"nquads": ("nq",), "jsonld": ("json-ld",), "turtle": ("ttl",)}.get(_fmt.name, ())
    RDF_FORMATS.register(_fmt.name, aliases=_aliases)(_fmt)
