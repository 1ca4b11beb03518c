"""ClaimGraph: the claims as an rdflib Dataset, one named graph per source.

The Dataset is built with ``default_union=True``: a SPARQL query without
``GRAPH`` sees every graph, as pyoxigraph does with
``use_default_graph_as_union=True`` (see graph/sparql.py), so one query gives
the same rows on both.  The layout is described in graph/rdf_build.py.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, URIRef
from rdflib.namespace import DCTERMS, PROV

from . import vocab
from .errors import InputFileError, Problem, UnknownFormatError
from .findings import Comparison
from .model import ClaimSet
from .rdf_build import FINDINGS, META, SCHEMA, Iris, QuadBuilder
from .rdf_formats import RDF_FORMATS, dataset_quads, parse_dataset
from .rdf_read import canonical_claimset, find_base, index_dataset, read_claimset

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

    def __init__(self, dataset: Dataset, *, base: str = vocab.DEFAULT_BASE) -> None:
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
        graph = cls(Dataset(default_union=True), base=base)
        graph._add(builder)
        return graph

    @classmethod
    def from_rdf(cls, text: str, format: str = "trig", *, where: str = "RDF text") -> ClaimGraph:
        """Parse RDF that claimgraph wrote (any registered format).

        Raises:
            UnknownFormatError: ``format`` is not in ``RDF_FORMATS``.
            ClaimGraphError: bad syntax, or no ``cg:ClaimSet`` node (not ours).
        """
        ds = parse_dataset(text, format, where=where)
        return cls(ds, base=find_base(index_dataset(ds), where))

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
        """The rdflib Dataset (default graph = union of the named graphs)."""
        return self._dataset

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
        return tuple(sorted({g for *_, g in dataset_quads(self._dataset) if g is not None}))

    def prefixes(self) -> dict[str, str]:
        """Return the prefixes every serialisation and SPARQL query declares."""
        base = self.base
        return {
            "cg": str(vocab.CG), "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS),
            "schema": str(SCHEMA), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
            "owl": str(OWL), "biolink": str(vocab.BIOLINK), "obo": str(vocab.OBO),
            "claim": base + "claim/", "entity": base + "entity/", "source": base + "source/",
            "measure": base + "measure/", "graph": base + "graph/",
            "conflict": base + "conflict/", "gap": base + "gap/",
        }

    def to_claimset(self) -> ClaimSet:
        """Read the claims back (sorted as :func:`canonical_claimset` sorts them)."""
        return read_claimset(self._dataset)

    def add_findings(self, comparison: Comparison) -> ClaimGraph:
        """Write conflicts and gaps into ``<base>graph/findings``; return self.

        Conflicts point at the claim nodes of their statements (``cg:concerns``),
        so SPARQL can walk from a finding to the evidence.
        """
        builder = QuadBuilder(self.base)
        builder.add_findings(comparison)
        self._add(builder)
        return self

    def serialize(self, format: str = "trig") -> str:
        """Return the graph as text, byte-identical for the same content.

        ``turtle`` writes the union of all graphs: graph names are lost.

        Raises:
            UnknownFormatError: ``format`` is not in ``RDF_FORMATS`` (lists the valid ones).
        """
        spec = RDF_FORMATS.get(format)
        return spec.write(dataset_quads(self._dataset), self.prefixes())

    def _add(self, builder: QuadBuilder) -> None:
        for name, triples in builder.graphs.items():
            graph = self._dataset.graph(name)
            self._dataset.addN((s, p, o, graph) for s, p, o in triples)
        self._version += 1

    def __len__(self) -> int:
        return len(dataset_quads(self._dataset))

    def __repr__(self) -> str:
        return f"ClaimGraph(base={self.base!r}, graphs={len(self.graph_names())})"

