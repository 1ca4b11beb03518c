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

from pathlib import Path

from claimgraph.graph import vocab
from claimgraph.graph.files import write_chunks_atomic
from claimgraph.graph.rdf_build import QuadBuilder
from claimgraph.graph.rdf_formats import RDF_FORMATS
from claimgraph.graph.rdf_write import keep_trig_for_turtle, quads_by_graph
from claimgraph.graph.store import ClaimGraph

from .base import EXPORTERS, Bundle, Exporter


def claim_graph(bundle: Bundle) -> ClaimGraph:
    """Return the ClaimGraph of a bundle, with its findings when it has them.

    Built once per bundle and shared by the four RDF exporters (the caller
    must not change it).  Claims and findings go through one builder into one
    set of quads, where adding the findings to a built graph copied the set.
    """
    return bundle.view("rdf", lambda: _build(bundle))


def _build(bundle: Bundle) -> ClaimGraph:
    base = bundle.base_iri or vocab.DEFAULT_BASE
    builder = QuadBuilder(base, ids=bundle.claim_ids())
    builder.add_claimset(bundle.claims)
    if bundle.comparison is not None:
        builder.add_findings(bundle.comparison)
    quads = quads_by_graph(builder.graphs)
    keep_trig_for_turtle(quads)  # the exporters write both, TriG first
    return ClaimGraph(base=base, quads=quads)


def _rdf_exporter(fmt: str) -> Exporter:
    spec = RDF_FORMATS.get(fmt)

    def export(bundle: Bundle, out_dir: Path) -> list[Path]:
        # The bytes of graph.serialize(fmt), encoded and written a megabyte at a time:
        # at 100 k claims the text is hundreds of MB, and as one str (UCS-2 once a
        # character is not Latin-1) or one bytes object it cost a copy or two more
        # than the file.
        graph = claim_graph(bundle)
        chunks = spec.chunks(graph.term_quads(), graph.prefixes(), graph.jsonld_context())
        return [write_chunks_atomic(Path(out_dir) / f"claims.{spec.suffix}", chunks)]

    export.__name__ = f"export_{fmt}"
    export.__doc__ = f"Write claims.{spec.suffix}: the claim graph as {fmt}."
    return export


for _name in RDF_FORMATS.names():
    EXPORTERS.register(_name)(_rdf_exporter(_name))
