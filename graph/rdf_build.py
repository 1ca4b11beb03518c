"""Turn a ClaimSet (and a comparison's findings) into RDF quads.

The layout (DESIGN.md, "RDF"; checked by claimgraph/schemas/shapes.ttl):

- one named graph per source with that source's affirmed triples, so "which
  sources state this triple" is a ``GROUP BY ?g``;
- a metadata graph with every claim as a ``cg:Claim`` node (its statement an
  IRI, ``prov:wasDerivedFrom`` its source), one measure node per claim (two
  sources giving the same figure are two figures, so ``AVG`` over claims
  counts claims), SKOS entities, sources with their publishers and authors as
  ``prov:Agent`` nodes, each source graph linked to its source
  (``prov:wasDerivedFrom``) and publisher (``prov:wasAttributedTo``), and the
  predicate mappings;
- evidence as W3C Web Annotation: each claim is also an ``oa:Annotation``
  whose target (an ``oa:SpecificResource`` on the source) carries an
  ``oa:TextPositionSelector`` (the character span into the document's
  normalised text) and an ``oa:TextQuoteSelector`` (the words);
- and, when asked, a findings graph.

Every IRI is derived from content (ids from model.py), never a blank node,
and every literal gets an explicit datatype whose lexical form we choose, so
the same ClaimSet always gives the same quads.

The quads are built once, as tuples of terms in their N-Triples syntax
(``<iri>``, ``"text"``, ``"P12M"^^<…#duration>``; graph/rdf_terms.py):
a literal keeps the lexical form we chose (rdflib would rewrite
``"P12M"^^xsd:duration`` as ``P1Y`` unless told not to), plain strings hash
and compare at C speed and are no work for Python's cyclic collector, and
N-Quads is these strings joined.  rdflib terms are made from them only when
a caller asks for the rdflib view (graph/store.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, DefinedNamespace

from . import vocab
from .errors import ClaimGraphError, Problem, ValidationError
from .findings import Comparison
from .model import Claim, ClaimSet, Entity, Measure, ReviewStatus, Source, content_hash, slugify
from .rdf_formats import Term, iri_term, literal_term, quote_string, term_value
from .statements import ClaimIds

SCHEMA = Namespace("https://schema.org/")
# 2: statements as IRIs, agents, Web Annotation selectors, one measure node per claim.
FORMAT_VERSION = "claimgraph.rdf/2"
META = "meta"
FINDINGS = "findings"
RESERVED_GRAPHS = frozenset({META, FINDINGS})

# CURIE prefixes we can expand to an IRI for skos:exactMatch; the CURIE
# itself is always kept as cg:xref, so an unknown prefix loses nothing.
XREF_PREFIXES: dict[str, str] = {
    "MESH": "http://id.nlm.nih.gov/mesh/",
    "DOID": "http://purl.obolibrary.org/obo/DOID_",
    "UMLS": "https://uts.nlm.nih.gov/uts/umls/concept/",
    "NCIT": "http://purl.obolibrary.org/obo/NCIT_",
    "MONDO": "http://purl.obolibrary.org/obo/MONDO_",
    "HP": "http://purl.obolibrary.org/obo/HP_",
    "CHEBI": "http://purl.obolibrary.org/obo/CHEBI_",
}


class OA(DefinedNamespace):
    """The W3C Web Annotation terms the evidence uses."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


class CGV(DefinedNamespace):
    """The claimgraph terms the RDF uses; a misspelt term raises (``_fail``)."""

    _NS = Namespace(str(vocab.CG))
    _fail = True

    Claim: URIRef
    ClaimSet: URIRef
    Measure: URIRef
    Statement: URIRef
    SourceGraph: URIRef
    Conflict: URIRef
    Gap: URIRef
    Side: URIRef
    subject: URIRef
    predicate: URIRef
    object: URIRef
    measure: URIRef
    polarity: URIRef
    certainty: URIRef
    status: URIRef
    statement: URIRef
    population: URIRef
    setting: URIRef
    level: URIRef
    section: URIRef
    anchor: URIRef
    origin: URIRef
    rule: URIRef
    confidence: URIRef
    flag: URIRef
    kind: URIRef
    value: URIRef
    low: URIRef
    high: URIRef
    bound: URIRef
    unit: URIRef
    horizon: URIRef
    xref: URIRef
    entityType: URIRef
    nextReview: URIRef
    accessed: URIRef
    sha256: URIRef
    path: URIRef
    authors: URIRef
    topic: URIRef
    newEntity: URIRef
    format: URIRef
    area: URIRef
    reason: URIRef
    explanation: URIRef
    about: URIRef
    concerns: URIRef
    side: URIRef
    says: URIRef
    index: URIRef
    source: URIRef
    label: URIRef
    assertedBy: URIRef
    hedgedBy: URIRef
    deniedBy: URIRef
    partlyAssertedBy: URIRef
    reconcilable: URIRef
    ratio: URIRef
    internal: URIRef


def node(iri: str) -> Term:
    """Return ``iri`` as the term the quads hold (``<iri>``)."""
    return iri_term(str(iri))


# The terms as plain attributes, made once: DefinedNamespace lookups cost
# ~2 µs each, which adds up to seconds over a million quads.
# C: claimgraph's terms; W: the Web Annotation terms; X: the others the layout uses.
C = SimpleNamespace(**{name: node(str(vocab.CG) + name) for name in CGV.__annotations__})
W = SimpleNamespace(**{name: node(str(OA._NS) + name) for name in OA.__annotations__})
X = SimpleNamespace(
    a=node(RDF.type), Seq=node(RDF.Seq), ObjectProperty=node(OWL.ObjectProperty),
    label=node(RDFS.label), closeMatch=node(SKOS.closeMatch), Concept=node(SKOS.Concept),
    prefLabel=node(SKOS.prefLabel), altLabel=node(SKOS.altLabel), broader=node(SKOS.broader),
    exactMatch=node(SKOS.exactMatch), Agent=node(PROV.Agent), Entity=node(PROV.Entity),
    derivedFrom=node(PROV.wasDerivedFrom), attributedTo=node(PROV.wasAttributedTo),
    isAbout=node(vocab.IAO_IS_ABOUT), publisher=node(DCTERMS.publisher),
    creator=node(DCTERMS.creator), title=node(DCTERMS.title), issued=node(DCTERMS.issued),
    modified=node(DCTERMS.modified), type=node(DCTERMS.type),
    CreativeWork=node(SCHEMA.CreativeWork), Organization=node(SCHEMA.Organization),
    name=node(SCHEMA.name), url=node(SCHEMA.url), lastReviewed=node(SCHEMA.lastReviewed),
)
A = X.a
DERIVED_FROM = X.derivedFrom
ATTRIBUTED_TO = X.attributedTo
IS_ABOUT = X.isAbout
_XSD = SimpleNamespace(**{name: node(XSD[name]) for name in (
    "decimal", "integer", "nonNegativeInteger", "boolean", "duration", "date", "gYear",
    "gYearMonth", "anyURI")})


@dataclass(frozen=True, slots=True)
class Iris:
    """Mint and parse the content-derived IRIs under one base.

    >>> Iris("https://example.org/").entity("vitamin-k")
    rdflib.term.URIRef('https://example.org/entity/vitamin-k')
    >>> Iris("https://example.org/").local(URIRef("https://example.org/entity/a%20b"), "entity")
    'a b'
    """

    base: str

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")) or not _valid_iri(self.base):
            raise ClaimGraphError(
                f"base IRI: expected an absolute IRI ending in '/' or '#', got {self.base!r} "
                "(hint: try 'https://example.org/claims/')"
            )

    def text(self, kind: str, *ids: str) -> str:
        """Return the IRI for ``ids`` under ``<base><kind>/`` as text (ids percent-encoded)."""
        return self.base + kind + "/" + "/".join(
            i if _SAFE_ID.match(i) else quote(i, safe="-._~") for i in ids)

    def _mint(self, kind: str, *ids: str) -> URIRef:
        return URIRef(self.text(kind, *ids))

    def graph(self, name: str) -> URIRef:
        return self._mint("graph", name)

    def entity(self, entity_id: str) -> URIRef:
        return self._mint("entity", entity_id)

    def claim(self, claim_id: str) -> URIRef:
        return self._mint("claim", claim_id)

    def source(self, source_id: str) -> URIRef:
        return self._mint("source", source_id)

    def measure(self, claim_id: str) -> URIRef:
        """Return the IRI of one claim's figure: one node per claim, never shared."""
        return self._mint("measure", claim_id)

    def statement(self, statement_id: str) -> URIRef:
        return self._mint("statement", statement_id)

    def target(self, claim_id: str) -> URIRef:
        return self._mint("claim", claim_id, "target")

    def selector(self, claim_id: str, kind: str) -> URIRef:
        return self._mint("claim", claim_id, kind)

    def agent(self, name: str) -> URIRef:
        """Return the IRI of a publisher or author, derived from the name.

        >>> Iris("https://example.org/").agent("Mayo Clinic")
        rdflib.term.URIRef('https://example.org/agent/mayo-clinic-ae9cd4e9')
        """
        return self._mint("agent", agent_id(name))

    def conflict(self, conflict_id: str) -> URIRef:
        return self._mint("conflict", conflict_id)

    def side(self, conflict_id: str, index: int) -> URIRef:
        return self._mint("conflict", conflict_id, "side", str(index))

    def gap(self, source_id: str, statement_id: str) -> URIRef:
        return self._mint("gap", source_id, statement_id)

    def authors(self, source_id: str) -> URIRef:
        return self._mint("source", source_id, "authors")

    def local(self, iri: object, kind: str) -> str:
        """Return the id inside an IRI this class minted for ``kind``.

        The IRI may be an rdflib URIRef, a pyoxigraph NamedNode or a term as
        the quads hold it (``<iri>``).
        """
        prefix = self.base + kind + "/"
        is_iri = isinstance(iri, URIRef | ox.NamedNode)
        if isinstance(iri, ox.NamedNode | ox.Literal | ox.BlankNode):
            text = iri.value
        elif type(iri) is str and iri[:1] in ('<', '"', "_"):  # a term as the quads hold it
            text, is_iri = term_value(iri), iri[0] == "<"
        else:
            text = str(iri)
        if not is_iri or not text.startswith(prefix):
            raise ClaimGraphError(
                f"RDF: expected a {kind} IRI starting with {prefix!r}, got {text!r} "
                "(hint: was this file written by claimgraph with another base IRI?)"
            )
        return unquote(text[len(prefix):])


def agent_id(name: str) -> str:
    """Return the id of a publisher or author: a slug and a hash of the name."""
    return f"{slugify(name)}-{content_hash(name)[:8]}"


_SAFE_ID = re.compile(r"^[A-Za-z0-9._~-]+$")
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _valid_iri(text: str) -> bool:
    return bool(_SCHEME.match(text)) and not _BAD_IRI.search(text)


_DURATION = re.compile(
    r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
_DATE_TYPES = (
    (re.compile(r"^\d{4}$"), _XSD.gYear, "{}-01-01"),
    (re.compile(r"^\d{4}-\d{2}$"), _XSD.gYearMonth, "{}-01"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), _XSD.date, "{}"),
)

def typed(lexical: str, datatype: Term) -> Term:
    """Return a typed literal that keeps ``lexical`` exactly; ``datatype`` as ``<iri>``.

    >>> print(typed("P12M", _XSD.duration))
    "P12M"^^<http://www.w3.org/2001/XMLSchema#duration>
    """
    return literal_term(lexical, datatype[1:-1])


def decimal_literal(value: float) -> Term:
    """Return ``value`` as an xsd:decimal in the canonical form oxigraph also uses.

    An ``int`` stays an xsd:integer, so it reads back as an int and the
    claim ids (which hash the figures' text) do not change.

    >>> [decimal_literal(x).split('"')[1] for x in (0.80, 1.0, 1e-05)]
    ['0.8', '1', '0.00001']
    """
    if isinstance(value, bool) or not math.isfinite(value):
        raise ClaimGraphError(f"RDF: expected a finite number, got {value!r}")
    if isinstance(value, int):
        return integer_literal(value)
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return typed("0" if text in ("", "-0") else text, _XSD.decimal)


def date_literal(text: str) -> Term:
    """Type an ISO date as xsd:date / gYearMonth / gYear; keep anything else as a string."""
    for pattern, datatype, padded in _DATE_TYPES:
        if pattern.match(text):
            try:
                date.fromisoformat(padded.format(text))
            except ValueError:
                break
            return typed(text, datatype)
    return quote_string(text)


def duration_literal(text: str) -> Term:
    """Type an ISO 8601 duration as xsd:duration; keep anything else as a string."""
    return typed(text, _XSD.duration) if _DURATION.match(text) else quote_string(text)


def boolean_literal(flag: bool) -> Term:
    return typed("true" if flag else "false", _XSD.boolean)


def integer_literal(number: int) -> Term:
    return typed(str(int(number)), _XSD.integer)


def offset_literal(number: int) -> Term:
    """Type a character offset as Web Annotation does (xsd:nonNegativeInteger).

    A negative offset (bad input) stays an xsd:integer, so the literal is
    never ill-typed; the SHACL shapes report it.
    """
    return typed(str(int(number)), _XSD.nonNegativeInteger if number >= 0 else _XSD.integer)


def xref_iri(curie: str) -> Term | None:
    """Expand a CURIE with a known prefix (``MESH:D002114``), else None."""
    prefix, sep, local = curie.partition(":")
    ns = XREF_PREFIXES.get(prefix.upper())
    if not sep or ns is None or not local or not _valid_iri(ns + local):
        return None
    return iri_term(ns + local)


Triple = tuple[Term, Term, Term]


class QuadBuilder:
    """Collect the triples of each named graph, with term caches for speed."""

    def __init__(self, base: str, *, ids: ClaimIds | None = None) -> None:
        # A claim's id and its statement's: hashed here, or by the caller once already
        # for every output (exports/base.py, Bundle.claim_ids).
        self.claim_id: Callable[[Claim], str] = ids or _claim_id
        self.statement_id: Callable[[Claim], str] = (
            ids.statement_id if ids is not None else _statement_id)
        self.iris = Iris(base)
        self.graphs: dict[Term, list[Triple]] = {}
        self._strings: dict[str, Term] = {}
        self._numbers: dict[tuple[type, float], Term] = {}
        self._entities: dict[str, Term] = {}
        self._iris: dict[tuple[str, str], Term] = {}
        self._linked: set[str] = set()  # sources whose graph is linked to them
        self._statements: dict[str, Term] = {}  # typed in meta already, with its IRI
        self._kinds: dict[str, str] = {}  # kind -> "<" + base + kind + "/"

    def text(self, value: str) -> Term:
        lit = self._strings.get(value)
        if lit is None:
            lit = self._strings[value] = quote_string(value)
        return lit

    def number(self, value: float) -> Term:
        """Return a figure's literal; the same few figures recur across many claims."""
        key = (type(value), value)
        lit = self._numbers.get(key)
        if lit is None:
            lit = self._numbers[key] = decimal_literal(value)
        return lit

    def mint(self, kind: str, *ids: str) -> Term:
        # Iris.text's IRI, percent-encoding the ids the same way; the base was checked.
        # Inlined with the prefix made once per kind: it runs for most quads.
        prefix = self._kinds.get(kind)
        if prefix is None:
            prefix = self._kinds[kind] = "<" + self.iris.base + kind + "/"
        if len(ids) == 1:
            i = ids[0]
            return prefix + (i if _SAFE_ID.match(i) else quote(i, safe="-._~")) + ">"
        return prefix + "/".join([i if _SAFE_ID.match(i) else quote(i, safe="-._~")
                                  for i in ids]) + ">"

    def entity(self, entity_id: str) -> Term:
        iri = self._entities.get(entity_id)
        if iri is None:
            iri = self._entities[entity_id] = self.mint("entity", entity_id)
        return iri

    def cached(self, kind: str, key: str) -> Term:
        """Return a source, graph or predicate IRI, minted once per build."""
        iri = self._iris.get((kind, key))
        if iri is None:
            if kind == "predicate":
                iri = iri_term(vocab.predicate_iri(key))
            else:
                iri = self.mint(kind, agent_id(key) if kind == "agent" else key)
            self._iris[(kind, key)] = iri
        return iri

    def into(self, graph: Term) -> list[Triple]:
        return self.graphs.setdefault(graph, [])

    def quads(self) -> Iterator[tuple[Term, Term, Term, Term]]:
        """Yield every collected triple with its graph."""
        for graph, triples in self.graphs.items():
            for s, p, o in triples:
                yield (s, p, o, graph)

    def add_claimset(self, cs: ClaimSet) -> None:
        """Add every quad that describes ``cs``."""
        meta = self.into(self.mint("graph", META))
        node = self.mint("graph", META)
        meta.append((node, A, C.ClaimSet))
        meta.append((node, C.format, self.text(FORMAT_VERSION)))
        if cs.topic is not None:
            meta.append((node, C.topic, self.text(cs.topic)))
        meta.extend((node, C.newEntity, self.entity(e)) for e in cs.new_entities)
        meta.extend(self._predicates())
        for source in cs.sources:
            self._check_source_id(source.id, "sources")
            meta.extend(self._source(source))
            meta.extend(self._graph_link(source.id, source.publisher))
        for entity in cs.entities:
            meta.extend(self._entity(entity))
        for claim_id, claim in unique_claims(cs.claims, self.claim_id).items():
            self._claim(claim_id, claim, meta)

    def _predicates(self) -> Iterator[Triple]:
        # skos:closeMatch, not owl:equivalentProperty: "used for" is close to
        # biolink:treats but we do not claim the two are interchangeable.
        for p in vocab.PREDICATES.values():
            iri = iri_term(vocab.predicate_iri(p.name))
            yield (iri, A, X.ObjectProperty)
            yield (iri, X.label, self.text(p.label))
            yield (iri, X.closeMatch, iri_term(p.iri))
            yield (iri, C.area, self.text(p.area))

    def _check_source_id(self, source_id: str, where: str) -> None:
        if not source_id or source_id in RESERVED_GRAPHS:
            raise ValidationError([Problem(
                where, None, "a source id other than '', 'meta' and 'findings'",
                repr(source_id), "rename the source; these names are taken by the RDF graphs",
            )])

    def _graph_link(self, source_id: str, publisher: str = "") -> Iterator[Triple]:
        """Say where a source's named graph comes from: the source, and its publisher."""
        if source_id in self._linked:
            return
        self._linked.add(source_id)
        graph = self.cached("graph", source_id)
        yield (graph, A, C.SourceGraph)
        yield (graph, DERIVED_FROM, self.cached("source", source_id))
        if publisher:
            yield (graph, ATTRIBUTED_TO, self.cached("agent", publisher))

    def _agent(self, name: str, *classes: Term) -> Iterator[Triple]:
        node = self.cached("agent", name)
        yield (node, A, X.Agent)
        yield from ((node, A, cls) for cls in classes)
        yield (node, X.name, self.text(name))

    def _source(self, s: Source) -> Iterator[Triple]:
        node = self.mint("source", s.id)
        yield (node, A, X.CreativeWork)
        yield (node, A, X.Entity)
        if s.publisher:
            publisher = self.cached("agent", s.publisher)
            yield (node, X.publisher, publisher)
            yield (node, ATTRIBUTED_TO, publisher)
            yield from self._agent(s.publisher, X.Organization)
        optional = (
            (X.title, s.title or None, self.text),
            (X.issued, s.published, date_literal),
            (X.modified, s.modified, date_literal),
            (X.lastReviewed, s.reviewed, date_literal),
            (C.nextReview, s.next_review, date_literal),
            (C.accessed, s.accessed, date_literal),
            (X.type, s.kind, self.text),
            (C.sha256, s.sha256, self.text),
            (C.path, s.path, self.text),
        )
        for pred, value, make in optional:
            if value is not None:
                yield (node, pred, make(value))
        if s.url is not None:
            url = iri_term(s.url) if _valid_iri(s.url) else typed(s.url, _XSD.anyURI)
            yield (node, X.url, url)
        if s.authors:
            # dcterms:creator for queries, an rdf:Seq to keep the author order.
            seq = self.mint("source", s.id, "authors")
            yield (node, C.authors, seq)
            yield (seq, A, X.Seq)
            for i, author in enumerate(s.authors, start=1):
                agent = self.cached("agent", author)
                yield (node, X.creator, agent)
                yield (seq, f"<{RDF}_{i}>", agent)
                yield from self._agent(author)

    def _entity(self, e: Entity) -> Iterator[Triple]:
        node = self.entity(e.id)
        yield (node, A, X.Concept)
        yield (node, X.prefLabel, self.text(e.label))
        yield (node, C.entityType, self.text(str(e.type)))
        yield from ((node, X.altLabel, self.text(s)) for s in e.synonyms)
        yield from ((node, X.broader, self.entity(b)) for b in e.broader)
        for curie in e.xrefs:
            yield (node, C.xref, self.text(curie))
            iri = xref_iri(curie)
            if iri is not None:
                yield (node, X.exactMatch, iri)

    def _measure(self, claim_id: str, subject: Term, m: Measure,
                 meta: list[Triple]) -> Term:
        node = self.mint("measure", claim_id)
        meta.append((node, A, C.Measure))
        meta.append((node, IS_ABOUT, subject))  # the figure is about the subject
        meta.append((node, C.kind, self.text(m.kind)))
        meta.append((node, C.bound, self.text(str(m.bound))))
        meta.append((node, C.unit, self.text(m.unit)))
        for pred, number in ((C.value, m.value), (C.low, m.low), (C.high, m.high)):
            if number is not None:
                meta.append((node, pred, self.number(number)))
        if m.horizon is not None:
            meta.append((node, C.horizon, duration_literal(m.horizon)))
        if m.population is not None:
            meta.append((node, C.population, self.text(m.population)))
        return node

    def _claim(self, claim_id: str, c: Claim, meta: list[Triple]) -> None:
        source_id = c.source  # a property: read once
        if ("source", source_id) not in self._iris:
            self._check_source_id(source_id, c.evidence.origin or f"claim {claim_id}")
        node = self.mint("claim", claim_id)
        subject = self.entity(c.subject)
        predicate = self.cached("predicate", c.predicate)
        text = self.text
        statement = self.statement(self.statement_id(c), meta)
        source = self.cached("source", source_id)
        # One extend of a list made in one go: a claim node's first triples, in order.
        meta += [
            (node, A, C.Claim), (node, C.subject, subject), (node, C.predicate, predicate),
            (node, C.polarity, text(str(c.polarity))),
            (node, C.certainty, text(str(c.certainty))),
            (node, C.status, text(str(c.status))),
            (node, C.statement, statement), (node, DERIVED_FROM, source),
        ]
        if source_id not in self._linked:
            meta.extend(self._graph_link(source_id))
        target: Term | None = None
        if c.object is not None:
            target = self.entity(c.object)
            meta.append((node, C.object, target))
        if c.measure is not None:
            measure = self._measure(claim_id, subject, c.measure, meta)
            meta.append((node, C.measure, measure))
            target = target if target is not None else measure
        q, ev = c.qualifiers, c.evidence
        for pred, value in (
            (C.population, q.population), (C.setting, q.setting), (C.level, q.level),
            (C.section, ev.section), (C.anchor, ev.anchor), (C.origin, ev.origin),
            (C.rule, ev.rule), (C.flag, ev.flag),
        ):
            if value is not None:
                meta.append((node, pred, text(value)))
        if ev.confidence is not None:
            meta.append((node, C.confidence, self.number(ev.confidence)))
        self._evidence(claim_id, node, source, c, meta)
        # Negated and rejected claims live only as claim nodes: a bare triple
        # in the source's graph would read as the source asserting it.
        if target is not None and not c.negated and c.status is not ReviewStatus.REJECTED:
            self.into(self.cached("graph", source_id)).append((subject, predicate, target))

    def statement(self, statement_id: str, meta: list[Triple]) -> Term:
        """Return a statement's IRI, typing it ``cg:Statement`` in ``meta`` once."""
        iri = self._statements.get(statement_id)
        if iri is None:
            iri = self._statements[statement_id] = self.mint("statement", statement_id)
            meta.append((iri, A, C.Statement))
        return iri

    def _evidence(self, claim_id: str, node: Term, source: Term, c: Claim,
                  meta: list[Triple]) -> None:
        """Write where the claim's words are as a Web Annotation target on its source."""
        ev = c.evidence
        # mint("claim", claim_id, part) is the claim's IRI with "/part" before its ">":
        # made so, not minted again (three times per claim, for most quads' subjects).
        within = node[:-1] + "/"
        target = within + "target>"
        meta.append((node, A, W.Annotation))
        meta.append((node, W.hasTarget, target))
        meta.append((target, A, W.SpecificResource))
        meta.append((target, W.hasSource, source))
        if ev.start is not None or ev.end is not None:
            position = within + "position>"
            meta.append((target, W.hasSelector, position))
            meta.append((position, A, W.TextPositionSelector))
            for pred, number in ((W.start, ev.start), (W.end, ev.end)):
                if number is not None:
                    meta.append((position, pred, offset_literal(number)))
        if ev.text is not None:
            quote = within + "quote>"
            meta.append((target, W.hasSelector, quote))
            meta.append((quote, A, W.TextQuoteSelector))
            meta.append((quote, W.exact, self.text(ev.text)))

    def minted(self, kind: str) -> dict[str, Term]:
        """Return a dict that mints the IRI of each id of ``kind`` on first lookup.

        The findings name the same few sources (210 000 times at 100 k claims)
        and the same statements again and again: one dict lookup for each
        instead of a :meth:`mint` (a regex match and a concatenation).

        >>> builder = QuadBuilder("http://e/")
        >>> sources = builder.minted("source")
        >>> sources["nkf"] == builder.mint("source", "nkf"), sources["a b"], len(sources)
        (True, '<http://e/source/a%20b>', 2)
        """
        return _Minted(self.mint, kind)

    def add_findings(self, comparison: Comparison) -> None:
        """Add the conflicts and gaps of ``comparison`` to the findings graph."""
        out = self.into(self.mint("graph", FINDINGS))
        claims_of = {st.id: st.claims for st in comparison.statements}
        text, claim_id = self.text, self.claim_id
        sources, statements = self.minted("source"), self.minted("statement")
        for cf in comparison.conflicts:
            node = self.mint("conflict", cf.id)
            out.append((node, A, C.Conflict))
            out.append((node, C.kind, text(cf.kind)))
            out.append((node, C.reason, text(cf.reason)))
            out.append((node, C.about, text(cf.about)))
            out.append((node, C.explanation, text(cf.explanation)))
            out.append((node, C.internal, boolean_literal(cf.internal)))
            if cf.reconcilable is not None:
                out.append((node, C.reconcilable, boolean_literal(cf.reconcilable)))
            if cf.ratio is not None and math.isfinite(cf.ratio):
                out.append((node, C.ratio, decimal_literal(cf.ratio)))
            out.extend((node, C.source, sources[s]) for s in cf.sources)
            for st in cf.statements:
                out.append((node, C.statement, statements[st]))
                out.extend(
                    (node, C.concerns, self.mint("claim", claim_id(c)))
                    for c in claims_of.get(st, ())
                )
            for i, side in enumerate(cf.sides, start=1):
                side_node = self.mint("conflict", cf.id, "side", str(i))
                out.append((node, C.side, side_node))
                out.append((side_node, A, C.Side))
                out.append((side_node, C.index, integer_literal(i)))
                out.append((side_node, C.says, text(side.says)))
                out.extend((side_node, C.source, sources[s]) for s in side.sources)
                out.extend((side_node, C.statement, statements[s])
                           for s in side.statements)
        # Each statement's status and stances, as the report and graph.html show them:
        # one statement builder (graph/statements.py) behind every view.
        stances = ((C.assertedBy, "asserts"), (C.hedgedBy, "hedges"), (C.deniedBy, "denies"),
                   (C.partlyAssertedBy, "partial"))
        for statement in comparison.statements:
            node = statements[statement.id]
            out.append((node, C.status, text(statement.status)))
            out.append((node, C.area, text(statement.area)))
            for term, stance in stances:
                out.extend((node, term, sources[s]) for s in getattr(statement, stance))
        for gap in comparison.gaps:
            node = self.mint("gap", gap.source, gap.statement)
            out.append((node, A, C.Gap))
            out.append((node, C.source, sources[gap.source]))
            out.append((node, C.statement, statements[gap.statement]))
            out.append((node, C.label, text(gap.label)))
            out.append((node, C.area, text(gap.area)))
            out.extend((node, C.assertedBy, sources[s]) for s in gap.asserted_by)


class _Minted(dict[str, Term]):
    """IRIs of one kind by id, each minted on its first lookup (see QuadBuilder.minted)."""

    __slots__ = ("kind", "mint")

    def __init__(self, mint: Callable[..., Term], kind: str) -> None:
        super().__init__()
        self.mint, self.kind = mint, kind

    def __missing__(self, key: str) -> Term:
        iri = self[key] = self.mint(self.kind, key)
        return iri


def _claim_id(claim: Claim) -> str:
    return claim.id


def _statement_id(claim: Claim) -> str:
    return claim.statement_id


def unique_claims(claims: Iterable[Claim],
                  claim_id: Callable[[Claim], str] | None = None) -> dict[str, Claim]:
    """Drop exact duplicates; raise when two different claims share one id.

    The claim IRI comes from ``Claim.id`` (or ``claim_id``, ids hashed
    already), which leaves out the evidence text, origin and review status;
    two claims that differ only there would merge into one node with two
    values and not read back.
    """
    seen: dict[str, Claim] = {}
    problems = []
    for claim in claims:
        key = (claim_id or _claim_id)(claim)
        other = seen.setdefault(key, claim)
        if other is not claim and other != claim:
            problems.append(Problem(
                claim.evidence.origin or "claims", None,
                f"one claim per id ({key}: same source, statement and span)",
                f"a second claim differing in text, origin or status (first: "
                f"{other.evidence.origin or 'unknown origin'})",
                "remove the duplicate claim",
            ))
    if problems:
        raise ValidationError(problems)
    return seen
