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
