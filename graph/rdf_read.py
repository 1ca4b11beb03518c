"""Read a ClaimSet back from RDF that claimgraph wrote.

Reading indexes every triple by subject once and then walks the typed
nodes (``cg:ClaimSet``, ``cg:Claim``, ``skos:Concept``,
``schema:CreativeWork``), so it works on a Dataset with named graphs and on
a Turtle union alike.  What RDF holds as a set comes back sorted: entity
synonyms, broader ids and cross-references, ``new_entities``, and the order
of sources, entities and claims (author order is kept through an rdf:Seq).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from rdflib import RDF, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

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
from .rdf_build import CGV, META, OA, SCHEMA, Iris

Props = dict[URIRef, set[Node]]
E = TypeVar("E", bound=StrEnum)

HINT = "write it with claimgraph (export --format trig) or load the claim files instead"


def index_quads(quads: Iterable[tuple[Node, Node, Node, object]]) -> dict[Node, Props]:
    """Return subject → predicate → objects over every graph of the quads."""
    index: dict[Node, Props] = defaultdict(lambda: defaultdict(set))
    for s, p, o, _g in quads:
        index[s][p].add(o)  # type: ignore[index]
    return index


def typed_nodes(index: dict[Node, Props], cls: URIRef) -> list[Node]:
    """Return the subjects typed ``cls``, sorted by IRI."""
    return sorted(
        (s for s, props in index.items() if cls in props.get(RDF.type, ())), key=str
    )


def find_base(index: dict[Node, Props], where: str = "RDF") -> str:
    """Return the base IRI from the one ``cg:ClaimSet`` node (``<base>graph/meta``)."""
    nodes = typed_nodes(index, CGV.ClaimSet)
    suffix = "graph/" + META
    if len(nodes) != 1 or not str(nodes[0]).endswith(suffix):
        got = "none" if not nodes else ", ".join(str(n) for n in nodes[:3])
        if len(nodes) > 3:
            got += f" and {len(nodes) - 3} more"
        raise ValidationError([Problem(
            where, None, f"RDF written by claimgraph (one cg:ClaimSet node <…/{suffix}> and "
            "cg:Claim nodes)", got, HINT)])
    return str(nodes[0])[: -len(suffix)]


class _Reader:
    def __init__(self, index: dict[Node, Props], base: str, where: str) -> None:
        self.index = index
        self.iris = Iris(base)
        self.where = where

    def fail(self, node: Node, expected: str, got: object) -> ValidationError:
        text = str(got)
        if len(text) > 200:
            text = text[:200] + "..."
        return ValidationError([Problem(self.where, None, f"{expected} on <{node}>", text,
                                        HINT)])

    def one(self, node: Node, pred: URIRef, *, required: bool = False) -> Node | None:
        values = self.index[node].get(pred, set())
        if len(values) > 1 or (required and not values):
            got = sorted(str(v) for v in values) or "none"
            raise self.fail(node, f"{'exactly' if required else 'at most'} one {pred}", got)
        return next(iter(values), None)

    def text(self, node: Node, pred: URIRef, *, required: bool = False) -> str | None:
        value = self.one(node, pred, required=required)
        return None if value is None else str(value)

    def number(self, node: Node, pred: URIRef) -> float | None:
        value = self.one(node, pred)
        if value is None:
            return None
        try:
            if isinstance(value, Literal) and value.datatype == XSD.integer:
                return int(str(value))
            return float(str(value))
        except ValueError:
            raise self.fail(node, f"a number for {pred}", repr(str(value))) from None

    def integer(self, node: Node, pred: URIRef) -> int | None:
        value = self.one(node, pred)
        if value is None:
            return None
        try:
            return int(str(value))
        except ValueError:
            raise self.fail(node, f"an integer for {pred}", repr(str(value))) from None

    def enum(self, node: Node, pred: URIRef, kind: type[E], default: E | None = None) -> E:
        value = self.text(node, pred, required=default is None)
        if value is None and default is not None:
            return default
        try:
            return kind(str(value))
        except ValueError:
            valid = ", ".join(m.value for m in kind)
            raise self.fail(node, f"{pred} one of {valid}", repr(value)) from None

    def ids(self, node: Node, pred: URIRef, kind: str) -> tuple[str, ...]:
        return tuple(sorted(self.iris.local(v, kind) for v in self.index[node].get(pred, ())))

    def texts(self, node: Node, pred: URIRef) -> tuple[str, ...]:
        return tuple(sorted(str(v) for v in self.index[node].get(pred, ())))

    def source(self, node: Node) -> Source:
        url = self.one(node, SCHEMA.url)
        return Source(
            id=self.iris.local(node, "source"),
            title=self.text(node, DCTERMS.title) or "",
            publisher=self.name(self.one(node, DCTERMS.publisher)) or "",
            url=None if url is None else str(url),
            authors=self.authors(node),
            published=self.text(node, DCTERMS.issued),
            modified=self.text(node, DCTERMS.modified),
            reviewed=self.text(node, SCHEMA.lastReviewed),
            next_review=self.text(node, CGV.nextReview),
            kind=self.text(node, DCTERMS.type),
            path=self.text(node, CGV.path),
            sha256=self.text(node, CGV.sha256),
        )

    def name(self, agent: Node | None) -> str | None:
        """Return an agent's schema:name (publishers and authors are agent nodes)."""
        if agent is None or isinstance(agent, Literal):
            return None if agent is None else str(agent)
        return self.text(agent, SCHEMA.name, required=True)

    def authors(self, node: Node) -> tuple[str, ...]:
        seq = self.one(node, CGV.authors)
        if seq is None:
            creators = self.index[node].get(DCTERMS.creator, ())
            return tuple(sorted(self.name(a) or "" for a in creators))
        members: list[tuple[int, str]] = []
        for pred, values in self.index[seq].items():
            if str(pred).startswith(str(RDF) + "_"):
                position = int(str(pred)[len(str(RDF)) + 1:])
                members.extend((position, self.name(v) or "") for v in values)
        return tuple(name for _, name in sorted(members))

    def selectors(self, node: Node) -> tuple[int | None, int | None, str | None]:
        """Return (start, end, text) from the claim's Web Annotation target."""
        start = end = text = None
        target = self.one(node, OA.hasTarget)
        for selector in self.index[target].get(OA.hasSelector, ()) if target else ():
            kinds = self.index[selector].get(RDF.type, set())
            if OA.TextPositionSelector in kinds:
                start, end = self.integer(selector, OA.start), self.integer(selector, OA.end)
            if OA.TextQuoteSelector in kinds:
                text = self.text(selector, OA.exact)
        return start, end, text

    def entity(self, node: Node) -> Entity:
        return Entity(
            id=self.iris.local(node, "entity"),
            label=self.text(node, SKOS.prefLabel, required=True) or "",
            type=self.enum(node, CGV.entityType, EntityType, EntityType.OTHER),
            synonyms=self.texts(node, SKOS.altLabel),
            broader=self.ids(node, SKOS.broader, "entity"),
            xrefs=self.texts(node, CGV.xref),
        )

    def measure(self, node: Node) -> Measure:
        return Measure(
            kind=self.text(node, CGV.kind, required=True) or "",
            value=self.number(node, CGV.value),
            low=self.number(node, CGV.low),
            high=self.number(node, CGV.high),
            bound=self.enum(node, CGV.bound, Bound, Bound.APPROX),
            unit=self.text(node, CGV.unit) or "proportion",
            horizon=self.text(node, CGV.horizon),
            population=self.text(node, CGV.population),
        )

    def claim(self, node: Node) -> Claim:
        predicate = str(self.one(node, CGV.predicate, required=True))
        if not predicate.startswith(str(vocab.CG)):
            raise self.fail(node, f"a cg:predicate in {vocab.CG}", predicate)
        obj = self.one(node, CGV.object)
        measure = self.one(node, CGV.measure)
        derived = self.one(node, PROV.wasDerivedFrom, required=True)
        start, end, text = self.selectors(node)
        return Claim(
            subject=self.iris.local(self.one(node, CGV.subject, required=True), "entity"),
            predicate=predicate[len(str(vocab.CG)):],
            object=None if obj is None else self.iris.local(obj, "entity"),
            measure=None if measure is None else self.measure(measure),
            polarity=self.enum(node, CGV.polarity, Polarity, Polarity.AFFIRMED),
            certainty=self.enum(node, CGV.certainty, Certainty, Certainty.STATED),
            status=self.enum(node, CGV.status, ReviewStatus, ReviewStatus.ACCEPTED),
            qualifiers=Qualifiers(
                population=self.text(node, CGV.population),
                setting=self.text(node, CGV.setting),
                level=self.text(node, CGV.level),
            ),
            evidence=Evidence(
                source=self.iris.local(derived, "source"),
                section=self.text(node, CGV.section),
                anchor=self.text(node, CGV.anchor),
                start=start,
                end=end,
                text=text,
                origin=self.text(node, CGV.origin),
                rule=self.text(node, CGV.rule),
                confidence=self.number(node, CGV.confidence),
                flag=self.text(node, CGV.flag),
            ),
        )


def read_claimset(quads: Iterable[tuple[Node, Node, Node, object]], *,
                  where: str = "RDF") -> ClaimSet:
    """Return the ClaimSet the quads describe; ``where`` names them in errors.

    Raises:
        ValidationError: the RDF was not written by claimgraph or is inconsistent.
    """
    index = index_quads(quads)
    base = find_base(index, where)
    reader = _Reader(index, base, where)
    meta = URIRef(base + "graph/" + META)
    topic = reader.text(meta, CGV.topic)
    claims = [reader.claim(node) for node in typed_nodes(index, CGV.Claim)]
    return ClaimSet(
        sources=tuple(reader.source(n) for n in typed_nodes(index, SCHEMA.CreativeWork)),
        entities=tuple(reader.entity(n) for n in typed_nodes(index, SKOS.Concept)),
        claims=tuple(sorted(claims, key=lambda c: c.id)),
        topic=topic,
        new_entities=reader.ids(meta, CGV.newEntity, "entity"),
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
