"""Extraction pauses the cyclic collector for its bulk build and leaves it as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from claimgraph.ingest.extract import extract_documents
from claimgraph.ingest.review import write_candidates

from .conftest import write


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_and_write_leave_the_collector_as_they_found_it(tmp_path: Path,
                                                                enabled: bool) -> None:
    """On before, on after; off before (a caller's choice), still off after."""
    page = write(tmp_path / "tarn.txt", "Tarn fever\n\nTarn fever causes a rash.\n")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        result = extract_documents([page], progress=False)
        assert gc.isenabled() is enabled
        write_candidates(result.claimset, tmp_path / "out", texts=result.texts)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert [c.object for c in result.claimset.claims] != []


def test_a_pause_leaves_nothing_frozen_and_keeps_a_callers_frozen_objects() -> None:
    """After a pause nothing is frozen; objects the caller froze stay frozen."""
    from claimgraph.graph.collector import collector_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            made = [[i] for i in range(1000)]
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
        gc.freeze()
        frozen = gc.get_freeze_count()
        with collector_paused():
            made += [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
    assert len(made) == 2000
