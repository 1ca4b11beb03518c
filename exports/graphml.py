"""GraphML and GEXF exporters of the networkx projection (claims view).

Both files hold the "claims" view of graph/network.py: one edge per claim,
keyed by the claim id, attributes flattened (``;``-joined lists, no None).
We write through networkx's plain-XML writers (never lxml, whose bytes may
differ) and drop GEXF's ``lastmodifieddate``, so the bytes are the same on
every run.  Neither format keeps the RDF provenance graph: use TriG for that.

XML 1.0 cannot hold most control characters, not even as ``&#1;``, and
networkx writes them as they are; labels and quotes come from input, so
both writers drop them (tab, newline and carriage return stay).
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped]

from claimgraph.graph.network import flatten_attrs, to_networkx

from .base import EXPORTERS, Bundle, write_atomic

_GEXF_DATE = re.compile(r'\s+lastmodifieddate="[^"]*"')
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    r"""Return ``text`` without the characters XML 1.0 forbids.

    >>> xml_safe("a\x01b\tc\x1f")
    'ab\tc'
    """
    return _NOT_XML.sub("", text)


def claims_view(bundle: Bundle) -> nx.MultiDiGraph:
    """Return the bundle's flattened claims view, made once for both writers.

    The writers only read it (GraphML would pop a graph attribute ``id``;
    the view has only ``view`` and ``topic``).
    """
    return bundle.view("networkx-claims",
                       lambda: flatten_attrs(to_networkx(bundle.claims, view="claims")))


def graphml_text(bundle: Bundle) -> str:
    """Return the GraphML text of the bundle's claims view."""
    G = claims_view(bundle)
    # Default key ids (d0, d1, ...): named ids would repeat "label" for nodes
    # and edges, which GraphML forbids.
    return xml_safe("\n".join(nx.generate_graphml(G, encoding="utf-8", prettyprint=True))) + "\n"


def gexf_text(bundle: Bundle) -> str:
    """Return the GEXF text of the bundle's claims view (no modification date)."""
    G = claims_view(bundle)
    text = "\n".join(nx.generate_gexf(G, encoding="utf-8", prettyprint=True)) + "\n"
    return xml_safe(_GEXF_DATE.sub("", text, count=1))


@EXPORTERS.register("graphml")
def export_graphml(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write graph.graphml: entities, measures and one edge per claim."""
    return [write_atomic(Path(out_dir) / "graph.graphml", graphml_text(bundle))]


@EXPORTERS.register("gexf")
def export_gexf(bundle: Bundle, out_dir: Path) -> list[Path]:
    """Write graph.gexf: the same graph as GraphML, for Gephi."""
    return [write_atomic(Path(out_dir) / "graph.gexf", gexf_text(bundle))]
