"""RDF terms as the quads hold them: strings in N-Triples syntax.

A quad is a tuple of four strings, each term in its N-Triples syntax as
pyoxigraph writes it (``<iri>``, ``"text"``, ``"P12M"^^<…#duration>``,
``"fr"@fr``), the graph None for the default graph.  Plain strings, because
they cost Python the least: they hash at C speed, and unlike pyoxigraph's
term objects (which Python's cyclic collector tracks, so a million of them
alive make every collection slow) they are no work for the collector.  A
literal is exactly the lexical form written, so ``"P12M"^^xsd:duration`` and
``"1.0E0"^^xsd:double`` round-trip, and nothing process-wide (such as
rdflib's ``NORMALIZE_LITERALS``) is ever switched.  String escapes are
canonical N-Triples (``\\b``, ``\\f``, other controls as ``\\uXXXX``), as
pyoxigraph writes them.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import RDF

from .errors import ClaimGraphError

# One term in N-Triples syntax, and a quad of them: what ClaimGraph holds.
Term = str
TermQuad = tuple[Term, Term, Term, Term | None]

RDF_TYPE = f"<{RDF.type}>"

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
