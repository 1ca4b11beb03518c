"""exports/graphml.py writes GraphML byte for byte as networkx's ElementTree writer does.

The exporter writes the text in one pass instead of building an element tree
(see graphml_lines); networkx stays the reference: on generated graphs (odd
characters, non-ASCII, empty values, one attribute name with several types,
nodes and edges without attributes) both must give the same bytes.
"""

from __future__ import annotations

import networkx as nx  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.exports.graphml import graphml_lines
from claimgraph.graph.errors import ClaimGraphError

_texts = st.text(alphabet='ab &<>"\'\r\n\t\x0b\x1c\u2028é€😀', max_size=6)
_values = st.one_of(_texts, st.integers(-5, 10**12), st.booleans(),
                    st.floats(allow_nan=False, allow_infinity=False))
_attrs = st.dictionaries(st.sampled_from(["label", "type", "w", "n x", "a&b"]), _values,
                         max_size=4)
_names = st.text(alphabet='ab&<"\n é', min_size=1, max_size=4)


@st.composite
def graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(**draw(st.dictionaries(st.sampled_from(["view", "topic"]), _values,
                                               max_size=2)))
    for node in draw(st.lists(_names, max_size=5, unique=True)):
        G.add_node(node, **draw(_attrs))
    nodes = list(G.nodes)
    if nodes:
        for _ in range(draw(st.integers(0, 6))):
            u, v = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
            G.add_edge(u, v, key=draw(_names), **draw(_attrs))
    return G


def networkx_text(G: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_graphml(G, encoding="utf-8", prettyprint=True))


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_graphml_matches_networkx(G: nx.MultiDiGraph) -> None:
    """graphml_lines(G) is networkx's prettyprinted GraphML, byte for byte."""
    assert graphml_lines(G) == networkx_text(G)


def test_empty_graph_matches_networkx() -> None:
    """A graph with no nodes, edges or attributes is written as networkx writes it."""
    assert graphml_lines(nx.MultiDiGraph()) == networkx_text(nx.MultiDiGraph())


def test_unflattened_value_is_refused() -> None:
    """A tuple value (not flattened) raises with a hint, as GraphML has no list type."""
    G = nx.MultiDiGraph()
    G.add_node("a", synonyms=("x", "y"))
    with pytest.raises(ClaimGraphError, match="flatten_attrs"):
        graphml_lines(G)
