"""RDF exporters: TriG, N-Quads, JSON-LD and Turtle of the claim graph.

One exporter per registered RDF format (graph/rdf_formats.py), so a new
format is exported and tested without touching this file.  With a
comparison in the bundle, the findings graph (conflicts and gaps) is
included; Turtle writes the union of all graphs and loses graph names.
claims.jsonld carries the package's JSON-LD context
(``claimgraph/schemas/context.jsonld``) inline, with the id prefixes of its
base (:meth:`ClaimGraph.jsonld_context`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.graph import vocab
from claimgraph.graph.files import write_chunks_atomic
from claimgraph.graph.rdf_build import QuadBuilder
from claimgraph.graph.rdf_formats import RDF_FORMATS
from claimgraph.graph.rdf_write import QuadSplit, quads_by_graph
from claimgraph.graph.store import ClaimGraph

from .base import EXPORTERS, Bundle, Exporter


@dataclass(frozen=True, slots=True)
class RdfView:
    """What the four RDF exporters of a bundle write from, made once for them.

    The quads split by graph and sorted (with what their writers share, see
    QuadSplit), the prefixes and the JSON-LD context.  No set of the quads
    and no ClaimGraph: at 100 k claims hashing the 2 M quads into sets (to
    drop repeats, then for the frozenset) cost 0.7 s, and the writers drop
    repeats as they write.
    """

    quads: QuadSplit
    prefixes: dict[str, str]
    context: dict[str, Any]


def rdf_view(bundle: Bundle) -> RdfView:
    """Return the bundle's RDF view, with its findings when it has them (the caller must not
    change it)."""
    return bundle.view("rdf", lambda: _build(bundle))


def claim_graph(bundle: Bundle) -> ClaimGraph:
    """Return the ClaimGraph of the quads the RDF exporters write (made once per bundle)."""
    return bundle.view("rdf-graph", lambda: ClaimGraph(
        base=bundle.base_iri or vocab.DEFAULT_BASE, quads=frozenset(rdf_view(bundle).quads)))


def _build(bundle: Bundle) -> RdfView:
    base = bundle.base_iri or vocab.DEFAULT_BASE
    builder = QuadBuilder(base, ids=bundle.claim_ids())
    builder.add_claimset(bundle.claims)
    if bundle.comparison is not None:
        builder.add_findings(bundle.comparison)
    names = ClaimGraph(base=base)  # no quads: its prefixes and context depend on the base only
    return RdfView(quads_by_graph(builder.graphs), names.prefixes(), names.jsonld_context())


def _rdf_exporter(fmt: str) -> Exporter:
    spec = RDF_FORMATS.get(fmt)

    def export(bundle: Bundle, out_dir: Path) -> list[Path]:
        # The bytes of ClaimGraph.serialize(fmt), encoded and written a megabyte at a
        # time: at 100 k claims the text is hundreds of MB, and as one str (UCS-2 once a
        # character is not Latin-1) or one bytes object it cost a copy or two more
        # than the file.
        view = rdf_view(bundle)
        chunks = spec.chunks(view.quads, view.prefixes, view.context)
        return [write_chunks_atomic(Path(out_dir) / f"claims.{spec.suffix}", chunks)]

    export.__name__ = f"export_{fmt}"
    export.__doc__ = f"Write claims.{spec.suffix}: the claim graph as {fmt}."
    return export


for _name in RDF_FORMATS.names():
    EXPORTERS.register(_name)(_rdf_exporter(_name))
