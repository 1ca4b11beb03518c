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

from claimgraph.graph.errors import ClaimGraphError
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
    return xml_safe(graphml_lines(claims_view(bundle))) + "\n"


# --- GraphML, as networkx writes it, in one pass -------------------------------------
#
# networkx builds an ElementTree element per node, edge and value, indents the tree
# and serialises it (most of the exporter's time at 100 k claims).  graphml_lines
# writes the same text directly: ``"\n".join(nx.generate_graphml(G,
# prettyprint=True))`` byte for byte (tests/test_graphml_writer.py compares the two
# on generated graphs; tests/golden/tiny.graphml pins the bytes).  What it copies:
# key ids d0, d1, ... in the order values are met (graph, then nodes, then edges),
# one key per (name, type, scope), keys listed newest first; a value's type from its
# Python type (no inference); ElementTree's escapes and two-space indent; non-ASCII
# as character references (ElementTree writes us-ascii); and the line splitting of
# ``str.splitlines``.

_GRAPHML_HEAD = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
_GRAPHML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}


def _text(value: str) -> str:
    """Escape character data as ElementTree does."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


def _attr(value: str) -> str:
    """Escape an attribute value as ElementTree does."""
    value = _text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#09;")
    return value


class _GraphmlKeys:
    """Hand out key ids d0, d1, ... per (name, type, scope), in the order asked."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str], str] = {}

    def data(self, scope: str, attrs: dict[str, object], pad: str) -> list[str]:
        """Return one ``<data>`` element per attribute, each on its own line."""
        out = []
        for name, value in attrs.items():
            kind = _GRAPHML_TYPES.get(type(value))
            if kind is None:
                raise ClaimGraphError(f"GraphML: expected a str, int, float or bool value for "
                                      f"{name!r}, got {type(value).__name__} "
                                      "(hint: flatten_attrs the graph first)")
            key = (str(name), kind, scope)
            key_id = self.ids.get(key)
            if key_id is None:
                key_id = self.ids[key] = f"d{len(self.ids)}"
            text = str(value)
            out.append(f'{pad}<data key="{key_id}">{_text(text)}</data>' if text
                       else f'{pad}<data key="{key_id}" />')
        return out

    def lines(self) -> list[str]:
        return [f'  <key id="{key_id}" for="{scope}" attr.name="{_attr(name)}" '
                f'attr.type="{kind}" />'
                for (name, kind, scope), key_id in reversed(self.ids.items())]


def graphml_lines(G: nx.MultiDiGraph) -> str:
    """Return ``"\n".join(nx.generate_graphml(G, prettyprint=True))`` for a flattened graph.

    >>> G = nx.MultiDiGraph(view="claims")
    >>> G.add_edge("a", "b", key="k", weight=0.5)
    'k'
    >>> print(graphml_lines(G))  # doctest: +NORMALIZE_WHITESPACE
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ...>
      <key id="d1" for="edge" attr.name="weight" attr.type="double" />
      <key id="d0" for="graph" attr.name="view" attr.type="string" />
      <graph edgedefault="directed">
        <node id="a" />
        <node id="b" />
        <edge source="a" target="b" id="k">
          <data key="d1">0.5</data>
        </edge>
        <data key="d0">claims</data>
      </graph>
    </graphml>
    """
    keys = _GraphmlKeys()
    graph_data = keys.data("graph", {k: v for k, v in G.graph.items()
                                     if k not in ("node_default", "edge_default")}, "    ")
    body: list[str] = []
    add = body.append
    for node, attrs in G.nodes(data=True):
        if attrs:
            add(f'    <node id="{_attr(str(node))}">')
            body.extend(keys.data("node", attrs, "      "))
            add("    </node>")
        else:
            add(f'    <node id="{_attr(str(node))}" />')
    edges = G.edges(data=True, keys=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, key, attrs in edges:
        head = f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}"' + (
            "" if key is None else f' id="{_attr(str(key))}"')
        if attrs:
            add(head + ">")
            body.extend(keys.data("edge", attrs, "      "))
            add("    </edge>")
        else:
            add(head + " />")
    body.extend(graph_data)
    directed = "directed" if G.is_directed() else "undirected"
    graph = ([f'  <graph edgedefault="{directed}">', *body, "  </graph>"] if body
             else [f'  <graph edgedefault="{directed}" />'])
    text = "\n".join([_GRAPHML_HEAD, *keys.lines(), *graph, "</graphml>"])
    # ElementTree writes us-ascii with character references, and the lines are
    # split by str.splitlines (which also breaks at \r, \x0b, \x1c ...).
    return "\n".join(text.encode("ascii", "xmlcharrefreplace").decode("ascii").splitlines())


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
