"""Library calls leave the process as they found it: the cyclic collector keeps running.

compare() and building the rdflib Dataset used to switch the garbage collector
off for their whole run (process-wide state a caller does not expect).  Here
the collector must run *during* them: its generation-0 count goes up.
"""

from __future__ import annotations

import gc
import os
import stat
from pathlib import Path

import pytest

from claimgraph.graph import files
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


def test_compare_leaves_the_collector_as_it_found_it() -> None:
    """compare() pauses the collector only for its own call: afterwards it is on, with the
    same thresholds, and collects on its own again; a caller's disabled collector stays off.

    (Whether a collection happens inside the call depended on how many objects the call
    happened to leave behind, so that was never a property to test.)
    """
    cs = many_claims()
    thresholds = gc.get_threshold()
    compare(cs)
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds
    before = collections()
    kept = [[] for _ in range(5 * thresholds[0])]  # tracked objects: gen-0 collections follow
    assert collections() > before
    assert len(kept) == 5 * thresholds[0]
    gc.disable()
    try:
        compare(cs)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_building_the_dataset_leaves_the_collector_running() -> None:
    """Adding quads to the rdflib Dataset does not pause the collector."""
    graph = ClaimGraph.from_claimset(many_claims())
    before = collections()
    assert len(graph.dataset) > 0
    assert collections() > before
    assert gc.isenabled()


def test_writing_outputs_leaves_the_umask_alone(tmp_path: Path) -> None:
    """write_atomic never reads or sets the process umask, yet files get the umask's mode."""
    calls: list[int] = []
    real = os.umask

    def spy(mask: int) -> int:
        calls.append(mask)
        return real(mask)

    old = real(0o027)
    os.umask = spy  # type: ignore[assignment]
    try:
        path = files.write_atomic(tmp_path / "out.txt", "x")
    finally:
        os.umask = real  # type: ignore[assignment]
        real(old)
    assert calls == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
