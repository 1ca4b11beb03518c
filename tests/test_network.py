"""The networkx projection: nodes, the claims and statements views, flattening."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from claimgraph.graph.errors import UnknownFormatError
from claimgraph.graph.model import ClaimSet, ReviewStatus
from claimgraph.graph.network import VIEWS, flatten_attrs, measure_node, to_networkx

from .store_samples import (
    CANDIDATE,
    MORTALITY_ALPHA,
    STS_ALPHA,
    ULCER,
    WARFARIN_ALPHA,
    WARFARIN_BETA,
    small_claimset,
)


def test_nodes_are_entities_and_measures() -> None:
    """Every entity and every distinct figure is a node, with label and type."""
    G = to_networkx(small_claimset())
    measures = {measure_node(c.measure) for c in small_claimset().claims if c.measure}
    entities = {e.id for e in small_claimset().entities}
    assert set(G.nodes) == entities | measures
    node = G.nodes["warfarin"]
    assert (node["label"], node["type"], node["n_sources"]) == ("warfarin", "medication", 2)
    assert G.nodes["vascular-disease"]["n_sources"] == 0
    node = measure_node(MORTALITY_ALPHA.measure)
    assert (G.nodes[node]["type"], G.nodes[node]["horizon"], G.nodes[node]["value"]) == (
        "measure", "P12M", 0.8)


def test_claims_view_has_one_edge_per_claim() -> None:
    """Each claim is an edge keyed by its id, with who said it and how."""
    G = to_networkx(small_claimset(), view="claims")
    assert {k for _, _, k in G.edges(keys=True)} == {c.id for c in small_claimset().claims}
    edge = G.edges["warfarin", "calciphylaxis", WARFARIN_BETA.id]
    assert (edge["claim_source"], edge["certainty"], edge["section"]) == ("beta", "hedged",
                                                                          "Risk")
    assert G.edges["sodium-thiosulfate", "calciphylaxis", STS_ALPHA.id]["polarity"] == "negated"
    assert all("source" not in d for _, _, d in G.edges(data=True))


def test_claims_view_keeps_qualifiers() -> None:
    """Population, setting and level are edge attributes."""
    G = to_networkx(small_claimset())
    edge = G.edges["calciphylaxis", "skin-ulcer", ULCER.id]
    assert (edge["population"], edge["setting"], edge["level"]) == (
        "people on dialysis", "hospital", "high")


def test_rejected_claims_are_left_out() -> None:
    """A claim a reviewer rejected is not drawn."""
    rejected = replace(CANDIDATE, status=ReviewStatus.REJECTED)
    claims = tuple(rejected if c == CANDIDATE else c for c in small_claimset().claims)
    G = to_networkx(replace(small_claimset(), claims=claims))
    assert not G.has_edge("dialysis", "calciphylaxis")
    assert G.has_edge("warfarin", "calciphylaxis")


def test_statements_view_merges_sources() -> None:
    """One edge per statement lists its affirming sources, sorted and ;-joined."""
    G = to_networkx(small_claimset(), view="statements")
    edge = G.edges["warfarin", "calciphylaxis", WARFARIN_ALPHA.statement_id]
    assert (edge["sources"], edge["n_sources"], edge["hedged"]) == ("alpha;beta", 2, False)
    denied = G.edges["sodium-thiosulfate", "calciphylaxis", STS_ALPHA.statement_id]
    assert (denied["sources"], denied["n_sources"], denied["denied_by"]) == ("", 0, "alpha")
    keys = {k for _, _, k in G.edges(keys=True)}
    assert keys == {c.statement_id for c in small_claimset().claims}


def test_statements_view_flags_hedged_only_statements() -> None:
    """A statement only ever hedged is flagged hedged."""
    G = to_networkx(ClaimSet(claims=(WARFARIN_BETA,)), view="statements")
    assert G.edges["warfarin", "calciphylaxis", WARFARIN_BETA.statement_id]["hedged"] is True


def test_unknown_view_lists_the_views() -> None:
    """An unknown view name lists the valid ones."""
    with pytest.raises(UnknownFormatError, match="claims, statements"):
        to_networkx(small_claimset(), view="triples")


@pytest.mark.parametrize("view", VIEWS.names())
def test_flatten_leaves_only_graphml_types(view: str) -> None:
    """After flattening, every attribute is a plain str, int, float or bool."""
    H = flatten_attrs(to_networkx(small_claimset(), view=view))
    values = [*H.graph.values()]
    values += [v for _, d in H.nodes(data=True) for v in d.values()]
    values += [v for *_, d in H.edges(keys=True, data=True) for v in d.values()]
    assert values and {type(v) for v in values} <= {str, int, float, bool}


@pytest.mark.parametrize("view", VIEWS.names())
def test_graphml_round_trip_keeps_counts_and_attributes(tmp_path: Path, view: str) -> None:
    """Flattened graphs survive write_graphml / read_graphml unchanged."""
    H = flatten_attrs(to_networkx(small_claimset(), view=view))
    path = tmp_path / "g.graphml"
    nx.write_graphml(H, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        H.number_of_nodes(), H.number_of_edges())
    assert dict(back.nodes(data=True)) == dict(H.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in H.edges(keys=True, data=True)}


def test_projection_is_deterministic() -> None:
    """Node and edge order does not depend on the order of the claims."""
    cs = small_claimset()
    a = to_networkx(cs)
    b = to_networkx(replace(cs, claims=cs.claims[::-1], entities=cs.entities[::-1]))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
