"""ClaimGraph: the claims as an rdflib Dataset, one named graph per source.

The Dataset is built with ``default_union=True``: a SPARQL query without
``GRAPH`` sees every graph, as pyoxigraph does with
``use_default_graph_as_union=True`` (see graph/sparql.py), so one query gives
the same rows on both.  The layout is described in graph/rdf_build.py.

A ClaimGraph holds quads of terms in N-Triples syntax (graph/rdf_formats.py
says why), built once (graph/rdf_build.py) or parsed by pyoxigraph: the files
are written from them, the claims read back from them and the oxigraph query
backend is bulk-loaded from them, with no rdflib term in between.  The
rdflib Dataset, the view users and the rdflib query backend see, is made
from them on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, URIRef
from rdflib.namespace import DCTERMS, PROV

from claimgraph import schemas

from . import vocab
from .errors import InputFileError, Problem, UnknownFormatError
from .findings import Comparison
from .model import ClaimSet
from .rdf_build import FINDINGS, META, OA, SCHEMA, A, C, Iris, QuadBuilder
from .rdf_formats import (
    RDF_FORMATS,
    Quad,
    RdflibTerms,
    TermQuad,
    Terms,
    dataset_quads,
    parse_quads,
)
from .rdf_read import canonical_claimset, find_base, read_claimset

__all__ = ["RDF_FORMATS", "ClaimGraph", "canonical_claimset"]


class ClaimGraph:
    """The RDF view of a ClaimSet: build it, query it, write it, read it back.

    >>> from claimgraph.graph.model import Claim, ClaimSet, Evidence, Source
    >>> cs = ClaimSet(sources=(Source("nkf"),), claims=(
    ...     Claim("warfarin", "increases_risk_of", "calciphylaxis", evidence=Evidence("nkf")),))
    >>> cg = ClaimGraph.from_claimset(cs, base="https://example.org/")
    >>> [str(g) for g in cg.graph_names()]
    ['https://example.org/graph/meta', 'https://example.org/graph/nkf']
    >>> cg.to_claimset() == cs
    True
    """

    def __init__(self, dataset: Dataset | None = None, *, base: str = vocab.DEFAULT_BASE,
                 quads: Iterable[TermQuad] | Iterable[Quad] = ()) -> None:
        # Exactly one of the two holds the truth: the term quads (cheap to
        # build, enough to write files, read claims back and fill an oxigraph
        # store) or the rdflib Dataset, made from the quads on first use
        # (rdflib SPARQL, callers of .dataset).
        self._quads: frozenset[TermQuad] | None = (
            None if dataset is not None else _term_quads(quads))
        self._dataset = dataset
        self._iris = Iris(base)
        self._version = 0  # bumped on every change, so query backends can cache

    @classmethod
    def from_claimset(cls, cs: ClaimSet, *, base: str = vocab.DEFAULT_BASE) -> ClaimGraph:
        """Build the Dataset for ``cs`` under ``base`` (see rdf_build.py for the layout).

        Raises:
            ValidationError: two different claims share an id, or a source id is reserved.
        """
        builder = QuadBuilder(base)
        builder.add_claimset(cs)
        # Straight into the set: no list of every quad beside it at the peak.
        return cls(base=base, quads=frozenset(builder.quads()))

    @classmethod
    def from_rdf(cls, text: str, format: str = "trig", *, where: str = "RDF text") -> ClaimGraph:
        """Parse RDF that claimgraph wrote (any registered format).

        Raises:
            UnknownFormatError: ``format`` is not in ``RDF_FORMATS``.
            ClaimGraphError: bad syntax, or no ``cg:ClaimSet`` node (not ours).
        """
        quads = parse_quads(text, format, where=where)
        # Only the cg:ClaimSet node is needed to find the base: no full index here.
        claimsets = {s for s, p, o, _g in quads if o == C.ClaimSet and p == A}
        base = find_base({s: {A: {C.ClaimSet}} for s in claimsets}, where)
        return cls(base=base, quads=quads)

    @classmethod
    def read(cls, path: Path | str, format: str | None = None) -> ClaimGraph:
        """Read a file; the format comes from its suffix unless given.

        Raises:
            InputFileError: the file cannot be read as UTF-8 text.
        """
        path = Path(path)
        fmt = format or path.suffix
        try:
            RDF_FORMATS.canonical(fmt)  # fail on the suffix before reading the file
        except UnknownFormatError as err:
            raise UnknownFormatError(
                f"{path}: {err} (hint: name the file .trig, .nq, .jsonld or .ttl)"
            ) from err
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputFileError(Problem(
                str(path), None, "a readable UTF-8 RDF file",
                f"{err.__class__.__name__}: {err}", "check the path and the encoding",
            )) from err
        return cls.from_rdf(text, fmt, where=str(path))

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset (default graph = union of the named graphs).

        Built on first access; changes made to it directly are seen by
        :meth:`serialize` and :meth:`to_claimset`.
        """
        if self._dataset is None:
            self._dataset = quads_to_dataset(self._quads or ())
            self._quads = None
        return self._dataset

    def quads(self) -> set[Quad]:
        """Return every quad as rdflib terms, the default graph's with graph None."""
        if self._quads is not None:
            return RdflibTerms().quads(self._quads)
        return dataset_quads(self.dataset)

    def term_quads(self) -> frozenset[TermQuad]:
        """Return every quad with its terms in N-Triples syntax, the default graph's as None.

        What the writers, the claim reader and the oxigraph store use: no
        rdflib term is made.

        >>> from claimgraph.graph.model import ClaimSet
        >>> cg = ClaimGraph.from_claimset(ClaimSet(), base="https://example.org/")
        >>> sorted(cg.term_quads())[0]
        ('<https://example.org/graph/meta>', '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>', '<https://w3id.org/claimgraph/vocab#ClaimSet>', '<https://example.org/graph/meta>')
        """  # noqa: E501
        if self._quads is not None:
            return self._quads
        return frozenset(Terms().quads(dataset_quads(self.dataset)))

    @property
    def base(self) -> str:
        return self._iris.base

    @property
    def version(self) -> int:
        """A counter that changes whenever the graph does (for caches)."""
        return self._version

    @property
    def meta_graph(self) -> URIRef:
        return self._iris.graph(META)

    @property
    def findings_graph(self) -> URIRef:
        return self._iris.graph(FINDINGS)

    def source_graph(self, source_id: str) -> URIRef:
        """Return the IRI of the named graph holding one source's affirmed triples."""
        return self._iris.graph(source_id)

    def graph_names(self) -> tuple[URIRef, ...]:
        """Return the IRIs of the non-empty named graphs, sorted."""
        names = {g for *_, g in self.term_quads()}
        return tuple(sorted(URIRef(g[1:-1]) for g in names if g is not None and g[0] == "<"))

    def prefixes(self) -> dict[str, str]:
        """Return the prefixes every serialisation and SPARQL query declares."""
        base = self.base
        return {
            "cg": str(vocab.CG), "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS),
            "schema": str(SCHEMA), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
            "owl": str(OWL), "biolink": str(vocab.BIOLINK), "obo": str(vocab.OBO),
            "oa": str(OA._NS),
            "claim": base + "claim/", "entity": base + "entity/", "source": base + "source/",
            "measure": base + "measure/", "graph": base + "graph/",
            "conflict": base + "conflict/", "gap": base + "gap/",
            "statement": base + "statement/", "agent": base + "agent/",
        }

    def to_claimset(self, *, where: str = "RDF") -> ClaimSet:
        """Read the claims back (sorted as :func:`canonical_claimset` sorts them).

        Raises:
            ValidationError: the quads are not claimgraph's layout; ``where`` names them.
        """
        return read_claimset(self.term_quads(), where=where)

    def add_findings(self, comparison: Comparison) -> ClaimGraph:
        """Write conflicts and gaps into ``<base>graph/findings``; return self.

        Conflicts point at the claim nodes of their statements (``cg:concerns``),
        so SPARQL can walk from a finding to the evidence.
        """
        builder = QuadBuilder(self.base)
        builder.add_findings(comparison)
        if self._quads is not None:
            self._quads = self._quads.union(builder.quads())
        else:
            add_quads(self.dataset, RdflibTerms().quads(builder.quads()))
        self._version += 1
        return self

    def serialize(self, format: str = "trig") -> str:
        """Return the graph as text, byte-identical for the same content.

        ``turtle`` writes the union of all graphs: graph names are lost.

        Raises:
            UnknownFormatError: ``format`` is not in ``RDF_FORMATS`` (lists the valid ones).
        """
        spec = RDF_FORMATS.get(format)
        text = spec.write(self.term_quads(), self.prefixes())
        return self._with_context(text) if spec.name == "jsonld" else text

    def jsonld_context(self) -> dict[str, Any]:
        """Return the context claims.jsonld carries inline.

        The vocabulary prefixes and type coercions of the context shipped in
        the package (``claimgraph/schemas/context.jsonld``), plus this graph's
        id prefixes (``claim:``, ``entity:`` ... under its base).  Inline,
        because claimgraph never fetches a context, and neither should a
        reader have to.
        """
        ids = {k: v for k, v in self.prefixes().items() if v.startswith(self.base)}
        return dict(sorted({**schemas.load("context")["@context"], **ids}.items()))

    def _with_context(self, text: str) -> str:
        # The writer gives {"@context": <prefixes>, "@graph": [...]} with indent=1:
        # swap the head for the same dump with our context, leaving the graph untouched.
        _, sep, rest = text.partition('\n "@graph": ')
        head = json.dumps({"@context": self.jsonld_context(), "@graph": []}, indent=1,
                          ensure_ascii=False).partition('\n "@graph": ')[0]
        return head + sep + rest

    def __len__(self) -> int:
        return len(self.term_quads())

    def __repr__(self) -> str:
        return f"ClaimGraph(base={self.base!r}, graphs={len(self.graph_names())})"


def add_quads(ds: Dataset, quads: Iterable[Quad]) -> None:
    """Add quads to ``ds`` in bulk, one store call per named graph."""
    by_graph: dict[URIRef | None, list[Quad]] = {}
    for quad in quads:
        by_graph.setdefault(quad[3], []).append(quad)
    for name, group in sorted(by_graph.items(), key=lambda kv: str(kv[0] or "")):
        graph = ds.default_graph if name is None else ds.graph(name)
        # The store directly: Dataset.addN re-resolves the graph for every quad.
        ds.store.addN((s, p, o, graph) for s, p, o, _g in group)


def quads_to_dataset(quads: Iterable[TermQuad] | Iterable[Quad]) -> Dataset:
    """Return a union-default-graph Dataset holding ``quads`` (term or rdflib quads)."""
    ds = Dataset(default_union=True)
    items = list(quads)
    if items and type(items[0][1]) is str:
        add_quads(ds, RdflibTerms().quads(items))  # type: ignore[arg-type]
    else:
        add_quads(ds, items)  # type: ignore[arg-type]
    return ds


def _term_quads(quads: Iterable[TermQuad] | Iterable[Quad]) -> frozenset[TermQuad]:
    items = quads if isinstance(quads, list | set | frozenset | tuple) else list(quads)
    if not items or type(next(iter(items))[1]) is str:  # a URIRef is a str subclass
        return frozenset(items)  # type: ignore[arg-type]
    return frozenset(Terms().quads(items))  # type: ignore[arg-type]
