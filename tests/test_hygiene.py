"""Library calls leave the process as they found it: the cyclic collector keeps running.

compare() and building the rdflib Dataset used to switch the garbage collector
off for their whole run (process-wide state a caller does not expect).  Here
the collector must run *during* them: its generation-0 count goes up.
"""

from __future__ import annotations

import gc

import pytest

from claimgraph.graph.compare import compare
from claimgraph.graph.model import Claim, ClaimSet, Evidence, Polarity, Source
from claimgraph.graph.store import ClaimGraph


def many_claims(n: int = 3000) -> ClaimSet:
    sources = tuple(Source(f"s{i}") for i in range(5))
    claims = tuple(
        Claim(f"factor-{i % 400}", "increases_risk_of", f"condition-{i % 7}",
              polarity=Polarity.NEGATED if i % 11 == 0 else Polarity.AFFIRMED,
              evidence=Evidence(f"s{i % 5}", section=f"part {i}"))
        for i in range(n)
    )
    return ClaimSet(sources=sources, claims=claims)


def collections() -> int:
    return int(gc.get_stats()[0]["collections"])


@pytest.fixture(autouse=True)
def collector_on() -> None:
    assert gc.isenabled(), "the test process must start with the collector on"


def test_compare_leaves_the_collector_running() -> None:
    """The collector runs while compare() works, and is on afterwards."""
    cs = many_claims()
    before = collections()
    compare(cs)
    assert collections() > before
    assert gc.isenabled()


def test_building_the_dataset_leaves_the_collector_running() -> None:
    """Adding quads to the rdflib Dataset does not pause the collector."""
    graph = ClaimGraph.from_claimset(many_claims())
    before = collections()
    assert len(graph.dataset) > 0
    assert collections() > before
    assert gc.isenabled()
