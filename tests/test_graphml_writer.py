"""exports/graphml.py writes GraphML and GEXF byte for byte as networkx's writers do.

The exporter writes the text in one pass instead of building an element tree
(see graphml_lines and gexf_lines); networkx stays the reference: on generated
graphs (odd characters, non-ASCII, empty values, one attribute name with
several types, nodes and edges without attributes, the names GEXF writes as
XML attributes) both must give the same bytes.
"""

from __future__ import annotations

import re

import networkx as nx  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.exports.graphml import gexf_lines, graphml_lines
from claimgraph.graph.errors import ClaimGraphError

_texts = st.text(alphabet='ab &<>"\'\r\n\t\x0b\x1c\u2028é€😀', max_size=6)
_values = st.one_of(_texts, st.integers(-5, 10**12), st.booleans(),
                    st.floats(allow_nan=False, allow_infinity=False))
# "label", "id", "pid", "weight", "type", "start", "end", "key": names GEXF treats apart.
_attrs = st.dictionaries(
    st.sampled_from(["label", "type", "w", "n x", "a&b", "id", "pid", "weight", "start", "end",
                     "key"]),
    _values, max_size=4)
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
            key = G.add_edge(u, v, key=draw(_names))
            G.edges[u, v, key].update(draw(_attrs))  # may hold "key" too
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


def networkx_gexf(G: nx.MultiDiGraph) -> str:
    text = "\n".join(nx.generate_gexf(G, encoding="utf-8", prettyprint=True))
    return re.sub(r'\s+lastmodifieddate="[^"]*"', "", text, count=1)


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_gexf_matches_networkx(G: nx.MultiDiGraph) -> None:
    """gexf_lines(G) is networkx's prettyprinted GEXF without its date, byte for byte."""
    try:
        expected = networkx_gexf(G)
    except (nx.NetworkXError, TypeError) as err:  # e.g. a bool "start": networkx refuses
        with pytest.raises(type(err)):
            gexf_lines(G)
        return
    assert gexf_lines(G) == expected


@pytest.mark.parametrize("first", [0.0, -0.0])
def test_zero_and_negative_zero_each_written_as_networkx_writes_them(first: float) -> None:
    """0.0 and -0.0 are equal and hash alike, but print differently: a line kept for one
    is never given to the other (hypothesis found it in GraphML; GEXF kept lines the same way)."""
    G = nx.MultiDiGraph()
    G.add_node("a", x=first)
    G.add_node("b", x=-first)
    G.add_edge("a", "b", key="k", w=first)
    G.add_edge("b", "a", key="k", w=-first)
    assert graphml_lines(G) == networkx_text(G)
    assert gexf_lines(G) == networkx_gexf(G)


def test_gexf_features_not_copied_go_through_networkx() -> None:
    """A node with viz data is written by networkx itself, so the bytes still match."""
    G = nx.MultiDiGraph()
    G.add_node("a", viz={"size": 2.0}, label="A")
    assert gexf_lines(G) == networkx_gexf(G)


def test_xml_safe_fast_path_removes_what_the_whole_pattern_removes() -> None:
    """ASCII text without control characters (the fast path) loses exactly what _NOT_XML finds."""
    import random

    from claimgraph.exports.graphml import _NOT_XML, xml_safe

    rng = random.Random(3)
    parts = ["a", "&#65534;", "&#133;", "&amp;", "\x01", "\t", "\n", "é", "&#55296;",
             "&#57343;", "&#57344;", "#", "&", "&#65535;", "\x1f", "\ufffe"]
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        assert xml_safe(text) == _NOT_XML.sub("", text), repr(text)


def test_ascii_lines_is_the_reencoded_split_and_joined_text() -> None:
    """_ascii_lines gives what re-encoding, str.splitlines and joining with "\\n" give."""
    import random

    from claimgraph.exports.graphml import _ascii_lines

    rng = random.Random(5)
    parts = ["a", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028",
             "≤", "é", "😀", "&#", " "]
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 10)))
        expected = "\n".join(
            text.encode("ascii", "xmlcharrefreplace").decode("ascii").splitlines())
        assert _ascii_lines(text) == expected, repr(text)
