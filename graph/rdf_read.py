"""Read a ClaimSet back from RDF that claimgraph wrote.

Reading indexes every triple by subject once and then walks the typed
nodes (``cg:ClaimSet``, ``cg:Claim``, ``skos:Concept``,
``schema:CreativeWork``), so it works on a Dataset with named graphs and on
a Turtle union alike.  What RDF holds as a set comes back sorted: entity
synonyms, broader ids and cross-references, ``new_entities``, and the order
of sources, entities and claims (author order is kept through an rdf:Seq).

It reads quads of terms in N-Triples syntax (what graph/rdf_formats.py
parses and graph/rdf_build.py builds), so every literal's lexical form is the
one written.  rdflib quads and pyoxigraph quads are accepted too, turned into
such terms once per distinct term.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

import pyoxigraph as ox
from rdflib import RDF, XSD

from . import vocab
from .errors import Problem, ValidationError
from .model import (
    Bound,
    Certainty,
    Claim,
    ClaimSet,
    Entity,
    EntityType,
    Evidence,
    Measure,
    Polarity,
    Qualifiers,
    ReviewStatus,
    Source,
)
from .rdf_build import META, A, C, Iris, W, X
from .rdf_formats import Term, TermQuad, Terms, literal_parts, term_text, term_value

Node = Term
# predicate → its one object, or the set of them when there are several: most
# (subject, predicate) pairs have one object, and a set per pair would cost 200
# bytes each, gigabytes over millions of quads.
Props = dict[Term, "Term | set[Term]"]
_NO_PROPS: Props = {}
E = TypeVar("E", bound=StrEnum)

HINT = "write it with claimgraph (export --format trig) or load the claim files instead"


_INTEGER = str(XSD.integer)
_RDF_MEMBER = f"<{RDF}_"


def index_quads(quads: Iterable[Iterable[object]]) -> dict[Node, Props]:
    """Return subject → predicate → objects over every graph of the quads.

    ``quads`` are term quads (``ClaimGraph.term_quads()``), rdflib
    ``(s, p, o, g)`` tuples or pyoxigraph quads; the last two are turned into
    terms, so all three index alike.
    """
    items = quads if isinstance(quads, list | tuple | set | frozenset) else list(quads)
    first = next(iter(items), None)
    terms: Iterable[TermQuad] = items  # type: ignore[assignment]
    if first is not None and type(tuple(first)[1]) is not str:  # a URIRef is a str too
        terms = _as_terms(items)
    index: dict[Node, Props] = {}
    for s, p, o, _g in terms:
        props = index.get(s)
        if props is None:
            index[s] = {p: o}
            continue
        objects = props.get(p)
        if objects is None:
            props[p] = o
        elif type(objects) is set:
            objects.add(o)
        elif objects != o:
            props[p] = {objects, o}  # type: ignore[arg-type]
    return index


def _as_terms(quads: Iterable[Iterable[object]]) -> list[tuple[Term, Term, Term, None]]:
    to_term = Terms()
    out = []
    for s, p, o, _g in quads:  # type: ignore[misc]
        if isinstance(p, ox.NamedNode):
            out.append((term_text(s), term_text(p), term_text(o), None))  # type: ignore[arg-type]
        else:
            out.append((to_term(s), to_term(p), to_term(o), None))  # type: ignore[arg-type]
    return out  # type: ignore[return-value]


def objects_of(props: Props, pred: Term) -> Iterable[Term]:
    """Return the objects of ``pred`` in one subject's index entry."""
    found = props.get(pred)
    if found is None:
        return ()
    return found if type(found) is set else (found,)  # type: ignore[return-value]


def typed_nodes(index: dict[Node, Props], cls: Term) -> list[Node]:
    """Return the subjects typed ``cls`` (a term, ``<iri>``), sorted by IRI."""
    return sorted(
        (s for s, props in index.items() if cls in objects_of(props, A)), key=term_value
    )


def find_base(index: dict[Node, Props], where: str = "RDF") -> str:
    """Return the base IRI from the one ``cg:ClaimSet`` node (``<base>graph/meta``)."""
    nodes = typed_nodes(index, C.ClaimSet)
    suffix = "graph/" + META
    if len(nodes) != 1 or not term_value(nodes[0]).endswith(suffix):
        got = "none" if not nodes else ", ".join(term_value(n) for n in nodes[:3])
        if len(nodes) > 3:
            got += f" and {len(nodes) - 3} more"
        raise ValidationError([Problem(
            where, None, f"RDF written by claimgraph (one cg:ClaimSet node <…/{suffix}> and "
            "cg:Claim nodes)", got, HINT)])
    return term_value(nodes[0])[: -len(suffix)]


class _Reader:
    def __init__(self, index: dict[Node, Props], base: str, where: str) -> None:
        self.index = index
        self.iris = Iris(base)
        self.where = where

    def fail(self, node: Node, expected: str, got: object) -> ValidationError:
        text = str(got)
        if len(text) > 200:
            text = text[:200] + "..."
        return ValidationError([Problem(self.where, None, f"{expected} on <{term_value(node)}>",
                                        text, HINT)])

    def objects(self, node: Node, pred: Term) -> Iterable[Term]:
        return objects_of(self.index.get(node, _NO_PROPS), pred)

    def one(self, node: Node, pred: Term, *, required: bool = False) -> Node | None:
        found = self.index.get(node, _NO_PROPS).get(pred)
        if type(found) is str:
            return found
        values = found or ()
        if len(values) > 1 or (required and not values):
            got = sorted(term_value(v) for v in values) or "none"
            raise self.fail(node, f"{'exactly' if required else 'at most'} one "
                            f"{term_value(pred)}", got)
        return next(iter(values), None)

    def text(self, node: Node, pred: Term, *, required: bool = False) -> str | None:
        value = self.one(node, pred, required=required)
        return None if value is None else term_value(value)

    def number(self, node: Node, pred: Term) -> float | None:
        value = self.one(node, pred)
        if value is None:
            return None
        lexical = term_value(value)
        try:
            if value[0] == '"' and literal_parts(value)[1] == _INTEGER:
                return int(lexical)
            return float(lexical)
        except ValueError:
            raise self.fail(node, f"a number for {term_value(pred)}", repr(lexical)) from None

    def integer(self, node: Node, pred: Term) -> int | None:
        value = self.one(node, pred)
        if value is None:
            return None
        lexical = term_value(value)
        try:
            return int(lexical)
        except ValueError:
            raise self.fail(node, f"an integer for {term_value(pred)}", repr(lexical)) from None

    def enum(self, node: Node, pred: Term, kind: type[E], default: E | None = None) -> E:
        value = self.text(node, pred, required=default is None)
        if value is None and default is not None:
            return default
        try:
            return kind(str(value))
        except ValueError:
            valid = ", ".join(m.value for m in kind)
            raise self.fail(node, f"{term_value(pred)} one of {valid}", repr(value)) from None

    def ids(self, node: Node, pred: Term, kind: str) -> tuple[str, ...]:
        return tuple(sorted(self.iris.local(v, kind) for v in self.objects(node, pred)))

    def texts(self, node: Node, pred: Term) -> tuple[str, ...]:
        return tuple(sorted(term_value(v) for v in self.objects(node, pred)))

    def source(self, node: Node) -> Source:
        url = self.one(node, X.url)
        return Source(
            id=self.iris.local(node, "source"),
            title=self.text(node, X.title) or "",
            publisher=self.name(self.one(node, X.publisher)) or "",
            url=None if url is None else term_value(url),
            authors=self.authors(node),
            published=self.text(node, X.issued),
            modified=self.text(node, X.modified),
            reviewed=self.text(node, X.lastReviewed),
            next_review=self.text(node, C.nextReview),
            accessed=self.text(node, C.accessed),
            kind=self.text(node, X.type),
            path=self.text(node, C.path),
            sha256=self.text(node, C.sha256),
        )

    def name(self, agent: Node | None) -> str | None:
        """Return an agent's schema:name (publishers and authors are agent nodes)."""
        if agent is None or agent[0] != "<":
            return None if agent is None else term_value(agent)
        return self.text(agent, X.name, required=True)

    def authors(self, node: Node) -> tuple[str, ...]:
        seq = self.one(node, C.authors)
        if seq is None:
            creators = self.objects(node, X.creator)
            return tuple(sorted(self.name(a) or "" for a in creators))
        members: list[tuple[int, str]] = []
        for pred in self.index.get(seq, _NO_PROPS):
            if pred.startswith(_RDF_MEMBER):
                try:
                    position = int(pred[len(_RDF_MEMBER):-1])
                except ValueError:
                    raise self.fail(seq, "rdf:_1, rdf:_2 ... members",
                                    term_value(pred)) from None
                members.extend((position, self.name(v) or "") for v in self.objects(seq, pred))
        return tuple(name for _, name in sorted(members))

    def selectors(self, node: Node) -> tuple[int | None, int | None, str | None]:
        """Return (start, end, text) from the claim's Web Annotation target."""
        start = end = text = None
        target = self.one(node, W.hasTarget)
        for selector in self.objects(target, W.hasSelector) if target else ():
            kinds = set(self.objects(selector, A))
            if W.TextPositionSelector in kinds:
                start, end = self.integer(selector, W.start), self.integer(selector, W.end)
            if W.TextQuoteSelector in kinds:
                text = self.text(selector, W.exact)
        return start, end, text

    def entity(self, node: Node) -> Entity:
        return Entity(
            id=self.iris.local(node, "entity"),
            label=self.text(node, X.prefLabel, required=True) or "",
            type=self.enum(node, C.entityType, EntityType, EntityType.OTHER),
            synonyms=self.texts(node, X.altLabel),
            broader=self.ids(node, X.broader, "entity"),
            xrefs=self.texts(node, C.xref),
        )

    def measure(self, node: Node) -> Measure:
        return Measure(
            kind=self.text(node, C.kind, required=True) or "",
            value=self.number(node, C.value),
            low=self.number(node, C.low),
            high=self.number(node, C.high),
            bound=self.enum(node, C.bound, Bound, Bound.APPROX),
            unit=self.text(node, C.unit) or "proportion",
            horizon=self.text(node, C.horizon),
            population=self.text(node, C.population),
        )

    def claim(self, node: Node) -> Claim:
        predicate = term_value(self.one(node, C.predicate, required=True))  # type: ignore[arg-type]
        if not predicate.startswith(str(vocab.CG)):
            raise self.fail(node, f"a cg:predicate in {vocab.CG}", predicate)
        obj = self.one(node, C.object)
        measure = self.one(node, C.measure)
        derived = self.one(node, X.derivedFrom, required=True)
        start, end, text = self.selectors(node)
        return Claim(
            subject=self.iris.local(self.one(node, C.subject, required=True), "entity"),
            predicate=predicate[len(str(vocab.CG)):],
            object=None if obj is None else self.iris.local(obj, "entity"),
            measure=None if measure is None else self.measure(measure),
            polarity=self.enum(node, C.polarity, Polarity, Polarity.AFFIRMED),
            certainty=self.enum(node, C.certainty, Certainty, Certainty.STATED),
            status=self.enum(node, C.status, ReviewStatus, ReviewStatus.ACCEPTED),
            qualifiers=Qualifiers(
                population=self.text(node, C.population),
                setting=self.text(node, C.setting),
                level=self.text(node, C.level),
            ),
            evidence=Evidence(
                source=self.iris.local(derived, "source"),
                section=self.text(node, C.section),
                anchor=self.text(node, C.anchor),
                start=start,
                end=end,
                text=text,
                origin=self.text(node, C.origin),
                rule=self.text(node, C.rule),
                confidence=self.number(node, C.confidence),
                flag=self.text(node, C.flag),
            ),
        )


def read_claimset(quads: Iterable[Iterable[object]], *, where: str = "RDF",
                  index: dict[Node, Props] | None = None) -> ClaimSet:
    """Return the ClaimSet the quads describe; ``where`` names them in errors.

    ``quads`` are pyoxigraph quads or rdflib ``(s, p, o, g)`` tuples; an
    ``index`` already made from them by :func:`index_quads` is used instead.

    Raises:
        ValidationError: the RDF was not written by claimgraph or is inconsistent.
    """
    index = index_quads(quads) if index is None else index
    base = find_base(index, where)
    reader = _Reader(index, base, where)
    meta = f"<{base}graph/{META}>"
    topic = reader.text(meta, C.topic)
    claims = [reader.claim(node) for node in typed_nodes(index, C.Claim)]
    return ClaimSet(
        sources=tuple(reader.source(n) for n in typed_nodes(index, X.CreativeWork)),
        entities=tuple(reader.entity(n) for n in typed_nodes(index, X.Concept)),
        claims=tuple(sorted(claims, key=lambda c: c.id)),
        topic=topic,
        new_entities=reader.ids(meta, C.newEntity, "entity"),
    )


def canonical_claimset(cs: ClaimSet) -> ClaimSet:
    """Return ``cs`` in the order RDF gives back: what a round trip must equal.

    Sorts sources and entities by id, claims by id (dropping exact
    duplicates), and each entity's synonyms, broader ids and xrefs, because
    RDF stores those as sets.

    >>> cs = ClaimSet(entities=(Entity("b", "B", synonyms=("y", "x")), Entity("a", "A")))
    >>> [e.id for e in canonical_claimset(cs).entities], canonical_claimset(cs).entities[1].synonyms
    (['a', 'b'], ('x', 'y'))
    """
    entities = tuple(
        replace(e, synonyms=tuple(sorted(set(e.synonyms))), broader=tuple(sorted(set(e.broader))),
                xrefs=tuple(sorted(set(e.xrefs))))
        for e in sorted(cs.entities, key=lambda e: e.id)
    )
    claims = {c.id: c for c in cs.claims}
    return replace(
        cs,
        sources=tuple(sorted(cs.sources, key=lambda s: s.id)),
        entities=entities,
        claims=tuple(claims[k] for k in sorted(claims)),
        new_entities=tuple(sorted(set(cs.new_entities))),
    )
